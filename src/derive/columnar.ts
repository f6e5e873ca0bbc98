import type { ColumnarShard } from '../schema/manifest.ts';

/** Joins shards with the same columns (e.g. one map shard per year) into one. */
export function concatShards<C extends string>(
  shards: ColumnarShard<C>[],
  columns: readonly C[],
): ColumnarShard<C> {
  const data = {} as Record<C, (string | number | null)[]>;
  for (const c of columns) data[c] = shards.flatMap((s) => s.data[c] ?? []);
  return {
    schemaVersion: shards[0]?.schemaVersion ?? 0,
    notice: shards[0]?.notice ?? '',
    columns: [...columns],
    data,
  };
}
