import type { DatasetMeta, Manifest, ShardRef } from '../schema/manifest.ts';
import { shardKey } from '../schema/manifest.ts';
import type { AtlasState } from '../state/url-state.ts';

/**
 * What the current state selects, and which shards it needs. Precedence: ad-hoc codes,
 * then a single HS code, then a list category, then the whole list.
 */
export type Selection =
  | { kind: 'list'; list: string; category: ''; mapRef: ShardRef | undefined }
  | { kind: 'category'; list: string; category: string; mapRef: ShardRef | undefined }
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
  const mapRef = manifest.shards.map[shardKey.map(ds, state.list)];
  if (state.cat) return { kind: 'category', list: state.list, category: state.cat, mapRef };
  return { kind: 'list', list: state.list, category: '', mapRef };
}

/** Countries the dataset has any data for: a country shard exists for each of them. */
export function coveredCountries(manifest: Manifest, dataset: string): string[] {
  const prefix = `${dataset}/`;
  return Object.keys(manifest.shards.country)
    .filter((k) => k.startsWith(prefix))
    .map((k) => k.slice(prefix.length));
}
