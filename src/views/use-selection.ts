import { useMemo } from 'react';
import type { ColumnarShard, ConversionColumns, Manifest } from '../schema/manifest.ts';
import type { AtlasState } from '../state/params.ts';
import type { ListColumns } from '../schema/manifest.ts';
import {
  conversionTargets,
  editionOf,
  resolve,
  selectionCodes,
  selectionKeys,
  type Resolved,
  type SelectionCodes,
} from '../derive/resolve.ts';
import { useShards, type LoadFailure } from '../data/use-data.ts';

export interface SelectionState {
  res: Resolved | null;
  /** The selection's codes, once the list shard is in (null while loading). */
  sel: SelectionCodes | null;
  /** The shard keys counted per year, once the conversion shards are in (when asked for). */
  keys: ((year: number) => ReadonlySet<string>) | null;
  /** What each list code becomes in a year's HS edition (with the keys). */
  targets: ((year: number) => ReadonlyMap<string, readonly string[]>) | null;
  failure: LoadFailure | null;
}

/**
 * The resolved selection of a view, with the small shards it needs: the list shard (which
 * codes a category holds) and, with `withKeys`, the conversion shards (what a list code is in
 * each year's HS edition). Every view takes its selection from here.
 */
export function useSelection(
  manifest: Manifest,
  state: AtlasState,
  withKeys = false,
): SelectionState {
  const res = useMemo(() => resolve(manifest, state), [manifest, state]);
  const list = useShards<ListColumns>(res?.refs.list ? [res.refs.list] : []);
  const conv = useShards<ConversionColumns>(
    withKeys && res ? res.refs.conversions.map((c) => c.ref) : [],
  );
  const listShard = list.status === 'ready' ? (list.data[0] ?? null) : null;
  const sel = useMemo(
    () =>
      res && (list.status === 'ready' || !res.refs.list) ? selectionCodes(res, listShard) : null,
    [res, list.status, listShard],
  );
  const { keys, targets } = useMemo(() => {
    if (!withKeys || !res || !sel || conv.status !== 'ready') return { keys: null, targets: null };
    const shards = conv.data as ColumnarShard<ConversionColumns>[];
    const conversions = res.refs.conversions.map((c, i) => ({
      edition: c.edition,
      shard: shards[i] as ColumnarShard<ConversionColumns>,
    }));
    const byEdition = conversionTargets(res, conversions);
    return {
      keys: selectionKeys(res, sel, conversions),
      targets: (year: number) => byEdition(editionOf(res.dataset, year)),
    };
  }, [withKeys, res, sel, conv]);
  const failure = list.status === 'error' ? list : conv.status === 'error' ? conv : null;
  return { res, sel, keys, targets, failure };
}
