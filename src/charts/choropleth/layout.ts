import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import type { Names } from '../../schema/manifest.ts';

export interface WorldProps {
  n: Names;
}
export type WorldTopology = Topology<{ countries: GeometryCollection<WorldProps> }>;

export interface CountryShape {
  id: string;
  names: Names;
  /** SVG path data, projected once per width. */
  d: string;
  centroid: [number, number];
  /** Projected area in square pixels: small places get a larger hit target. */
  area: number;
}

export interface WorldLayout {
  width: number;
  height: number;
  shapes: CountryShape[];
}

/** Equal Earth keeps areas true, so large and small producers are not visually distorted. */
export function layoutWorld(topology: WorldTopology, width: number): WorldLayout {
  const collection = feature(topology, topology.objects.countries);
  const features = collection.features as Feature<Geometry, WorldProps>[];
  const projection = geoEqualEarth().fitWidth(width, collection);
  const path = geoPath(projection).digits(1);
  const [[, y0], [, y1]] = path.bounds(collection);
  const height = Math.ceil(y1 - y0 + 2);
  projection.translate([projection.translate()[0], projection.translate()[1] - y0 + 1]);
  const shapes: CountryShape[] = [];
  for (const f of features) {
    const d = path(f);
    if (!d) continue;
    const [cx, cy] = path.centroid(f);
    shapes.push({
      id: String(f.id),
      names: f.properties.n,
      d,
      centroid: [cx, cy],
      area: path.area(f),
    });
  }
  return { width, height, shapes };
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
