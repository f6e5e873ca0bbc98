import type { DatasetMeta, Manifest, ShardRef } from '../schema/manifest.ts';
import { shardKey } from '../schema/manifest.ts';
import type { AtlasState } from '../state/url-state.ts';

/**
 * What the current state selects, and which shards it needs. Precedence: ad-hoc codes,
 * then a single HS code, then a list category, then the whole list.
 */
export type Selection =
  | { kind: 'list'; list: string; category: ''; mapRefs: ShardRef[] }
  | { kind: 'category'; list: string; category: string; mapRefs: ShardRef[] }
  | { kind: 'hs'; hs: string; productRefs: (ShardRef | undefined)[]; missing: string[] }
  | { kind: 'codes'; codes: string[]; productRefs: ShardRef[]; missing: string[] };

export function datasetOf(manifest: Manifest, state: AtlasState): DatasetMeta | undefined {
  return manifest.datasets.find((d) => d.id === state.dataset);
}

export function selectionOf(manifest: Manifest, state: AtlasState): Selection {
  const ds = state.dataset;
  if (state.codes.length > 0) {
    const carried = state.codes.filter((c) => manifest.shards.product[shardKey.product(ds, c)]);
    return {
      kind: 'codes',
      codes: state.codes,
      productRefs: carried.map((c) => manifest.shards.product[shardKey.product(ds, c)] as ShardRef),
      missing: state.codes.filter((c) => !carried.includes(c)),
    };
  }
  if (state.hs) {
    const ref = manifest.shards.product[shardKey.product(ds, state.hs)];
    return { kind: 'hs', hs: state.hs, productRefs: [ref], missing: ref ? [] : [state.hs] };
  }
  const mapRefs = mapShardRefs(manifest, ds, state.list, state.year);
  if (state.cat) return { kind: 'category', list: state.list, category: state.cat, mapRefs };
  return { kind: 'list', list: state.list, category: '', mapRefs };
}

/** Countries the dataset has any data for: a country shard exists for each of them. */
export function coveredCountries(manifest: Manifest, dataset: string): string[] {
  const prefix = `${dataset}/`;
  return Object.keys(manifest.shards.country)
    .filter((k) => k.startsWith(prefix))
    .map((k) => k.slice(prefix.length));
}

/**
 * The map shards of a year and of the year before (for the change metric). A year in which a
 * list has no trade at all has no shard: that is zero, not an error.
 */
export function mapShardRefs(
  manifest: Manifest,
  dataset: string,
  list: string,
  year: number,
): ShardRef[] {
  const years = manifest.datasets.find((d) => d.id === dataset)?.years ?? [];
  const i = years.indexOf(year);
  const wanted = i > 0 ? [year, years[i - 1] ?? year] : [year];
  return wanted
    .map((y) => manifest.shards.map[shardKey.map(dataset, list, y)])
    .filter((r): r is ShardRef => r !== undefined);
}
