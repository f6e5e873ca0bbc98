import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { ColumnarShard, ShardRef } from '../schema/manifest.ts';
import { DataError, loadShard, loadTopology, peekLoaded, type DataErrorKind } from './loader.ts';
import { loadProgress, onLoadProgress, type LoadProgress } from './progress.ts';

/**
 * A failed load: `error` in English (for logs), `kind`, `path` and `detail` for the page to
 * word it in the reader's language; kind `absent` when the manifest lists no such file.
 */
export interface LoadFailure {
  status: 'error';
  error: string;
  path: string;
  kind: DataErrorKind | 'absent' | 'other';
  detail: Record<string, string>;
}

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; data: T } | LoadFailure;

export function describeFailure(e: unknown, fallbackPath = ''): LoadFailure {
  if (e instanceof DataError)
    return { status: 'error', error: e.message, path: e.path, kind: e.kind, detail: e.detail };
  return { status: 'error', error: String(e), path: fallbackPath, kind: 'other', detail: {} };
}

/** How far the data files being fetched have arrived (see progress.ts). */
export function useLoadProgress(): LoadProgress {
  return useSyncExternalStore(onLoadProgress, loadProgress);
}

/**
 * Loads a list of manifest files; the view re-renders when all are in, or shows which one
 * failed. A missing ref (the manifest has no such shard) is an error, not an endless spinner.
 */
function useLoaded<T>(
  refs: (ShardRef | undefined)[],
  load: (ref: ShardRef) => Promise<T>,
  missing: string,
): Loaded<T[]> {
  const key = refs.map((r) => r?.path ?? '∅').join('|');
  const [state, setState] = useState<{ key: string; value: Loaded<T[]> }>({
    key,
    value: { status: 'loading' },
  });
  useEffect(() => {
    let live = true;
    if (refs.some((r) => !r)) return;
    Promise.all(refs.map((r) => load(r as ShardRef))).then(
      (data) => live && setState({ key, value: { status: 'ready', data } }),
      (e: unknown) => live && setState({ key, value: describeFailure(e) }),
    );
    return () => {
      live = false;
    };
    // refs are identified by their paths: a new array with the same paths is the same request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  // Shards already in memory are ready at once: a year change back to a year seen before (or
  // prefetched) repaints in the same render instead of flashing a loading state.
  const cached = useMemo<Loaded<T[]> | null>(() => {
    const values = refs.map((r) => (r ? peekLoaded<T>(r.path) : undefined));
    return values.every((v) => v !== undefined) ? { status: 'ready', data: values as T[] } : null;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (refs.some((r) => !r))
    return { status: 'error', error: missing, path: '', kind: 'absent', detail: {} };
  if (state.key === key) return state.value;
  return cached ?? { status: 'loading' };
}

export function useShards<C extends string>(
  refs: (ShardRef | undefined)[],
  missing = 'no data file for this selection',
): Loaded<ColumnarShard<C>[]> {
  return useLoaded(refs, (r) => loadShard<C>(r), missing);
}

export function useShard<C extends string>(
  ref: ShardRef | undefined,
  missing?: string,
): Loaded<ColumnarShard<C>> {
  const all = useShards<C>([ref], missing);
  return all.status === 'ready' ? { status: 'ready', data: all.data[0] as ColumnarShard<C> } : all;
}

export function useTopology<T>(ref: ShardRef | undefined): Loaded<T> {
  const all = useLoaded<T>(
    [ref],
    (r) => loadTopology<T>(r),
    'the manifest lists no world geometry',
  );
  return all.status === 'ready' ? { status: 'ready', data: all.data[0] as T } : all;
}
