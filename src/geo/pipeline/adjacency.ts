import { lineString, length } from '@turf/turf';
import type { Topology, GeometryObject } from 'topojson-specification';
import { polygonsOf, type TownFeature } from './townFeature';

export interface NeighbourPair {
  a: string;
  b: string;
  sharedBorderKm: number;
}

function arcIndex(signed: number): number {
  return signed < 0 ? ~signed : signed;
}

function arcsOfGeometry(geometry: GeometryObject): number[] {
  const found: number[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'number') found.push(arcIndex(value));
    else if (Array.isArray(value)) value.forEach(walk);
  };
  walk((geometry as { arcs?: unknown }).arcs);
  return found;
}

/**
 * Neighbours read from the topology: two units are neighbours when they use the same arc, i.e.
 * share a border of positive length. Units meeting at a single vertex share no arc.
 */
export function neighbourPairs(topology: Topology, objectName: string): NeighbourPair[] {
  const collection = topology.objects[objectName] as { geometries: GeometryObject[] };
  const usersOfArc = new Map<number, Set<string>>();
  for (const geometry of collection.geometries) {
    const name = (geometry.properties as { name: string }).name;
    for (const arc of arcsOfGeometry(geometry)) {
      if (!usersOfArc.has(arc)) usersOfArc.set(arc, new Set());
      usersOfArc.get(arc)!.add(name);
    }
  }
  const lengths = new Map<string, NeighbourPair>();
  for (const [arc, users] of usersOfArc) {
    if (users.size < 2) continue;
    const names = [...users].sort();
    const km = length(lineString(topology.arcs[arc] as number[][]), { units: 'kilometers' });
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const key = `${names[i]}|${names[j]}`;
        const pair = lengths.get(key) ?? { a: names[i], b: names[j], sharedBorderKm: 0 };
        pair.sharedBorderKm += km;
        lengths.set(key, pair);
      }
    }
  }
  return [...lengths.values()].filter((p) => p.sharedBorderKm > 0);
}

/** Pairs of units that share at least one vertex but no border: they touch at points only. */
export function pointContacts(features: TownFeature[], pairs: NeighbourPair[]): { a: string; b: string }[] {
  const unitsAtVertex = new Map<string, Set<string>>();
  for (const feature of features) {
    for (const polygon of polygonsOf(feature)) {
      for (const ring of polygon) {
        for (const [x, y] of ring) {
          const key = `${x},${y}`;
          if (!unitsAtVertex.has(key)) unitsAtVertex.set(key, new Set());
          unitsAtVertex.get(key)!.add(feature.properties.name);
        }
      }
    }
  }
  const neighbours = new Set(pairs.map((p) => `${p.a}|${p.b}`));
  const contacts = new Set<string>();
  for (const users of unitsAtVertex.values()) {
    if (users.size < 2) continue;
    const names = [...users].sort();
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const key = `${names[i]}|${names[j]}`;
        if (!neighbours.has(key)) contacts.add(key);
      }
    }
  }
  return [...contacts].map((key) => {
    const [a, b] = key.split('|');
    return { a, b };
  });
}
