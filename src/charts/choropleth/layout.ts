import type { Names, WorldPaths } from '../../schema/manifest.ts';

export interface CountryShape {
  id: string;
  names: Names;
  /** SVG path data, projected at build time. */
  d: string;
  centroid: [number, number];
  /** Projected area in map units: small places get a dot so they can be seen and hit. */
  area: number;
}

export interface WorldLayout {
  width: number;
  height: number;
  shapes: CountryShape[];
}

/**
 * The world arrives projected (scripts/geo/world.ts), so the browser does no projection
 * work at all: the SVG's viewBox scales the paths to any width.
 */
export function layoutWorld(world: WorldPaths): WorldLayout {
  return {
    width: world.width,
    height: world.height,
    shapes: world.shapes.map((s) => ({ id: s.id, names: s.n, d: s.d, centroid: s.c, area: s.a })),
  };
}

export type Direction = 'left' | 'right' | 'up' | 'down';
const ANGLE: Record<Direction, number> = {
  right: 0,
  down: Math.PI / 2,
  left: Math.PI,
  up: -Math.PI / 2,
};

/**
 * The country to move to with an arrow key: the nearest centroid roughly in that direction
 * (within 75 degrees), preferring ones straight ahead. Lets keyboard users walk the map
 * geographically instead of tabbing through 240 places.
 */
export function neighbour(
  shapes: readonly CountryShape[],
  fromId: string,
  dir: Direction,
): string | null {
  const from = shapes.find((s) => s.id === fromId);
  if (!from) return shapes[0]?.id ?? null;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const s of shapes) {
    if (s.id === fromId) continue;
    const dx = s.centroid[0] - from.centroid[0];
    const dy = s.centroid[1] - from.centroid[1];
    const dist = Math.hypot(dx, dy);
    if (dist === 0) continue;
    let diff = Math.abs(Math.atan2(dy, dx) - ANGLE[dir]);
    if (diff > Math.PI) diff = 2 * Math.PI - diff;
    if (diff > (75 * Math.PI) / 180) continue;
    const score = dist * (1 + 2 * diff);
    if (score < bestScore) {
      bestScore = score;
      best = s.id;
    }
  }
  return best;
}
