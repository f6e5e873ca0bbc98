import type { ColumnarShard, CountryColumns } from '../../src/schema/manifest.ts';

/** A country shard from rows [year, flow, partner, code, value, quantityT]. */
export function countryShard(
  rows: [number, string, string, string, number, number | null][],
): ColumnarShard<CountryColumns> {
  const cols = ['year', 'flow', 'partner', 'code', 'value', 'quantityT'] as const;
  return {
    schemaVersion: 1,
    notice: '',
    columns: [...cols],
    data: Object.fromEntries(cols.map((c, i) => [c, rows.map((r) => r[i] ?? null)])) as Record<
      CountryColumns,
      (string | number | null)[]
    >,
  };
}
