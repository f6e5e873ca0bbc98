import type { ColumnarShard, MapColumns } from '../schema/manifest.ts';

export interface RankedCountry {
  iso3: string;
  value: number;
  share: number;
  broadShare: number;
}

/**
 * Ranks countries by the list total (category '') for one year and direction. The world
 * total is the sum over all reporting countries, so shares add up to one.
 */
export function topCountries(
  shard: ColumnarShard<MapColumns>,
  year: number,
  flow: 'export' | 'import',
  n: number,
): { rows: RankedCountry[]; world: number; worldBroad: number } {
  const d = shard.data;
  const broadCol = flow === 'export' ? d.exportBroad : d.importBroad;
  const valueCol = d[flow];
  const all: RankedCountry[] = [];
  let world = 0;
  let worldBroad = 0;
  for (let i = 0; i < d.year.length; i++) {
    if (d.year[i] !== year || d.category[i] !== '') continue;
    const value = Number(valueCol[i] ?? 0);
    const broad = Number(broadCol[i] ?? 0);
    if (value <= 0) continue;
    world += value;
    worldBroad += broad;
    all.push({
      iso3: String(d.iso3[i]),
      value,
      share: 0,
      broadShare: value > 0 ? broad / value : 0,
    });
  }
  all.sort((a, b) => b.value - a.value || (a.iso3 < b.iso3 ? -1 : 1));
  const rows = all.slice(0, n).map((r) => ({ ...r, share: world > 0 ? r.value / world : 0 }));
  return { rows, world, worldBroad };
}
