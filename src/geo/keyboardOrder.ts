/**
 * Moving between units with the arrow keys: from a unit's label point, the next unit in a direction
 * is the nearest label point within 60° of that direction, where points off the axis count as
 * farther (so → goes to the unit to the right, not to one far up and slightly right).
 */
export type Direction = 'up' | 'down' | 'left' | 'right';

export interface UnitPoint {
  name: string;
  /** [lon, lat] */
  point: [number, number];
}

const AXIS: Record<Direction, [number, number]> = { right: [1, 0], left: [-1, 0], up: [0, 1], down: [0, -1] };

export function nextUnit(units: readonly UnitPoint[], from: string, direction: Direction): string | null {
  const origin = units.find((u) => u.name === from);
  if (!origin) return null;
  // Degrees of longitude are shorter than degrees of latitude at Dongguan's latitude (about 23°N).
  const lonScale = Math.cos((origin.point[1] * Math.PI) / 180);
  const [ax, ay] = AXIS[direction];
  let best: { name: string; cost: number } | null = null;
  for (const u of units) {
    if (u.name === from) continue;
    const dx = (u.point[0] - origin.point[0]) * lonScale;
    const dy = u.point[1] - origin.point[1];
    const along = dx * ax + dy * ay;
    const across = Math.abs(dx * ay - dy * ax);
    if (along <= 0 || across > along * Math.tan(Math.PI / 3)) continue;
    const cost = along + 2 * across;
    if (!best || cost < best.cost) best = { name: u.name, cost };
  }
  return best?.name ?? null;
}

/** The unit to start from: the one nearest the north-west corner, where a reader starts. */
export function firstUnit(units: readonly UnitPoint[]): string | null {
  let best: { name: string; score: number } | null = null;
  for (const u of units) {
    const score = u.point[0] - u.point[1];
    if (!best || score < best.score) best = { name: u.name, score };
  }
  return best?.name ?? null;
}
