import { describe, expect, it } from 'vitest';
import { appGeo } from '../../tests/fixtures/appGeo';
import { firstUnit, nextUnit, type Direction } from './keyboardOrder';

const grid = [
  { name: 'nw', point: [113.0, 23.1] as [number, number] },
  { name: 'ne', point: [113.1, 23.1] as [number, number] },
  { name: 'sw', point: [113.0, 23.0] as [number, number] },
  { name: 'se', point: [113.1, 23.0] as [number, number] },
  { name: 'far-ne', point: [113.12, 23.3] as [number, number] },
];

describe('arrow keys between units', () => {
  it('moves to the nearest unit in the direction pressed', () => {
    expect(nextUnit(grid, 'nw', 'right')).toBe('ne');
    expect(nextUnit(grid, 'nw', 'down')).toBe('sw');
    expect(nextUnit(grid, 'se', 'left')).toBe('sw');
    expect(nextUnit(grid, 'se', 'up')).toBe('ne');
    expect(nextUnit(grid, 'ne', 'up')).toBe('far-ne');
    expect(nextUnit(grid, 'sw', 'left')).toBeNull();
    expect(nextUnit(grid, 'nobody', 'left')).toBeNull();
    expect(firstUnit(grid.filter((u) => u.name !== 'far-ne'))).toBe('nw');
  });

  it('reaches every one of the 35 units from the first by arrow keys alone', () => {
    const units = appGeo().meta.towns.map((t) => ({ name: t.name, point: t.label }));
    const seen = new Set([firstUnit(units)!]);
    const queue = [...seen];
    while (queue.length > 0) {
      const from = queue.shift()!;
      for (const d of ['up', 'down', 'left', 'right'] as Direction[]) {
        const next = nextUnit(units, from, d);
        if (next && !seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect(seen.size).toBe(35);
  });
});
