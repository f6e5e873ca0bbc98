/**
 * The compare table: which codes list B adds or drops relative to list A, valued in the year
 * shown, on the codes of that year's HS edition.
 */
import type { ColumnarShard, MapColumns, ProductColumns } from '../schema/manifest.ts';
import type { Flow } from '../state/params.ts';
import { coverageOf, type Coverage, type Resolved, type SelectionCodes } from './resolve.ts';

/** One group of the compare table: codes of the data's edition, how many traded, their value. */
export interface CompareGroup {
  codes: number;
  traded: number;
  value: number;
}

export interface CompareFigures {
  /** Each list's total, as the map shows it (its own map shard). */
  totalA: number;
  totalB: number;
  coverageA: Coverage;
  coverageB: Coverage;
  onlyA: CompareGroup;
  onlyB: CompareGroup;
  both: CompareGroup;
  /** World value of each code of the data's edition in the year and direction. */
  values: Map<string, number>;
  /** A list code's value: the sum over the codes it becomes in the year's edition. */
  valueOfListCode: (list: 'a' | 'b', code: string) => number;
}

/**
 * Which codes list B adds or drops relative to list A, valued in the year shown. The groups are
 * formed on the codes of the year's HS edition (each list converted where its edition differs),
 * so onlyA + both equals list A's total and onlyB + both list B's, to the unit.
 */
export function compareFigures(input: {
  a: {
    res: Resolved;
    sel: SelectionCodes;
    keys: (year: number) => ReadonlySet<string>;
    map: ColumnarShard<MapColumns> | null;
  };
  b: {
    res: Resolved;
    sel: SelectionCodes;
    keys: (year: number) => ReadonlySet<string>;
    map: ColumnarShard<MapColumns> | null;
  };
  flow: Flow;
  products: readonly { code: string; shard: ColumnarShard<ProductColumns> }[];
  /** Per list, list code -> codes of the year's edition (identity when the editions agree). */
  targets: { a: ReadonlyMap<string, readonly string[]>; b: ReadonlyMap<string, readonly string[]> };
}): CompareFigures {
  const year = input.a.res.period.year;
  const values = new Map<string, number>();
  for (const { code, shard } of input.products) {
    const d = shard.data;
    let sum = values.get(code) ?? 0;
    for (let i = 0; i < d.year.length; i++)
      if (Number(d.year[i]) === year) sum += Number(d[input.flow][i] ?? 0);
    values.set(code, sum);
  }
  const ka = input.a.keys(year);
  const kb = input.b.keys(year);
  const group = (codes: string[]): CompareGroup => {
    let value = 0;
    let traded = 0;
    for (const c of codes) {
      const v = values.get(c) ?? 0;
      value += v;
      if (v > 0) traded++;
    }
    return { codes: codes.length, traded, value };
  };
  const total = (m: ColumnarShard<MapColumns> | null) => {
    if (!m) return 0;
    const d = m.data;
    let sum = 0;
    for (let i = 0; i < d.year.length; i++)
      if (Number(d.year[i]) === year && d.category[i] === '') sum += Number(d[input.flow][i] ?? 0);
    return sum;
  };
  return {
    totalA: total(input.a.map),
    totalB: total(input.b.map),
    coverageA: coverageOf(input.a.res, input.a.sel, year),
    coverageB: coverageOf(input.b.res, input.b.sel, year),
    onlyA: group([...ka].filter((c) => !kb.has(c))),
    onlyB: group([...kb].filter((c) => !ka.has(c))),
    both: group([...ka].filter((c) => kb.has(c))),
    values,
    valueOfListCode: (list, code) =>
      (input.targets[list].get(code) ?? [code]).reduce((s, c) => s + (values.get(c) ?? 0), 0),
  };
}
