import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature, quantize } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { NO_ISO_PLACES, numericToIso3, isoNames } from '../normalize/countries.ts';
import type { Names } from '../../src/schema/manifest.ts';

const require = createRequire(import.meta.url);

/**
 * Features of world-atlas 50m that carry no ISO id get the stable pseudo-codes and names of
 * NO_ISO_PLACES (scripts/normalize/countries.ts), so they are drawn, focusable and named, and
 * a dataset reporting one of them (Kosovo, XKX) names it as the map does. Ashmore and Cartier
 * shares Australia's id "036" in the source and gets its own here.
 */
const NO_ID: Record<string, { id: string; names: Names }> = Object.fromEntries(
  Object.entries(NO_ISO_PLACES).map(([id, p]) => [p.worldAtlasName, { id, names: p.names }]),
);

type WorldTopology = Topology<{ countries: GeometryCollection<WorldFeatureProps> }>;

export interface WorldFeatureProps {
  /** Names in the four interface languages, so countries without data are named too. */
  n: Names;
}

/**
 * The map's geometry: world-atlas countries-50m (110m lacks Singapore, Malta, Bahrain…),
 * simplified and re-quantised so the first view stays small, with ISO alpha-3 ids.
 * Antarctica is left out: no trade statistics, and it takes a fifth of the map's height.
 */
export function buildWorldTopology(keepWeightQuantile = 0.1, quantization = 1e4): WorldTopology {
  const source = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = source.objects.countries;
  const geometries = countries.geometries
    .map((g) => {
      const name = (g.properties as { name?: string } | undefined)?.name ?? '';
      const special = NO_ID[name];
      const iso3 = special?.id ?? (g.id !== undefined ? numericToIso3(String(g.id)) : null);
      if (!iso3) throw new Error(`world-atlas feature "${name}" (${String(g.id)}) has no ISO code`);
      const names = special?.names ?? isoNames(iso3) ?? { en: name, fr: name, es: name, ru: name };
      return { ...g, id: iso3, properties: { n: names } };
    })
    .filter((g) => g.id !== 'ATA')
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const topology: Topology = {
    type: 'Topology',
    arcs: source.arcs,
    transform: source.transform,
    objects: { countries: { type: 'GeometryCollection', geometries } },
  } as Topology;
  const pre = presimplify(topology as unknown as Parameters<typeof presimplify>[0]);
  const simplified = simplify(pre, quantile(pre, keepWeightQuantile));
  const pruned = pruneArcs(simplified as unknown as Topology);
  return quantize(
    pruned as unknown as Parameters<typeof quantize>[0],
    quantization,
  ) as unknown as WorldTopology;
}

type ArcRefs = number[] | ArcRefs[];

/** Drops arcs no geometry uses any more (Antarctica's) and renumbers the references. */
function pruneArcs(t: Topology): Topology {
  const used = new Map<number, number>();
  const arcs: Topology['arcs'] = [];
  const remap = (refs: ArcRefs): ArcRefs =>
    refs.map((r) => {
      if (Array.isArray(r)) return remap(r);
      const i = r < 0 ? ~r : r;
      let j = used.get(i);
      if (j === undefined) {
        j = arcs.length;
        used.set(i, j);
        const arc = t.arcs[i];
        if (arc) arcs.push(arc);
      }
      return r < 0 ? ~j : j;
    }) as ArcRefs;
  const objects = Object.fromEntries(
    Object.entries(t.objects).map(([k, o]) => {
      const gc = o as GeometryCollection;
      return [
        k,
        {
          ...gc,
          geometries: gc.geometries.map((g) =>
            'arcs' in g ? { ...g, arcs: remap(g.arcs as ArcRefs) } : g,
          ),
        },
      ];
    }),
  );
  return { ...t, arcs, objects } as Topology;
}

/** Width of the projected map's coordinate space; the SVG scales it to any screen. */
export const MAP_WIDTH = 1000;

/**
 * Projects the world once, at build time (Equal Earth, fitted to MAP_WIDTH), so the browser
 * draws ready-made SVG paths instead of projecting ten thousand points on every load.
 * Paths use relative commands rounded to 0.1 unit: ample at the map's 12x zoom limit.
 */
export function buildWorldPaths(topology: WorldTopology): string {
  const collection = feature(topology, topology.objects.countries);
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, collection);
  const bounds = geoPath(projection).bounds(collection);
  const y0 = bounds[0][1];
  const [tx, ty] = projection.translate();
  projection.translate([tx, ty - y0 + 1]);
  const path = geoPath(projection).digits(1);
  const height = Math.ceil(bounds[1][1] - y0 + 2);
  const shapes = collection.features.map((f) => {
    const [cx, cy] = path.centroid(f);
    return {
      id: String(f.id),
      n: f.properties.n,
      d: toRelative(path(f) ?? ''),
      c: [round1(cx), round1(cy)],
      a: round1(path.area(f)),
    };
  });
  return JSON.stringify({ width: MAP_WIDTH, height, projection: 'EqualEarth', shapes });
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** Rewrites absolute M/L/Z path data as relative moves, which are much shorter. */
export function toRelative(d: string): string {
  let out = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const re = /([MLZ])([^MLZ]*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(d))) {
    const cmd = m[1];
    if (cmd === 'Z') {
      out += 'z';
      x = startX;
      y = startY;
      continue;
    }
    const [ax, ay] = (m[2] ?? '').split(',').map(Number) as [number, number];
    // Work in tenths as integers so deltas add up exactly to the absolute coordinates.
    const dx = Math.round(ax * 10) - Math.round(x * 10);
    const dy = Math.round(ay * 10) - Math.round(y * 10);
    const rel = `${dx / 10},${dy / 10}`.replace(/,-/g, '-');
    if (cmd === 'M') {
      out += `m${rel}`;
      startX = ax;
      startY = ay;
    } else out += `l${rel}`;
    x = ax;
    y = ay;
  }
  return out;
}
