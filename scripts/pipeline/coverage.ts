/**
 * What each dataset's input holds (manifest `datasets[].inputCoverage`): the HS6 codes and
 * the places on each side of every row read, on a list or not, and which list codes have
 * kept flows in each year. The app uses it to tell "no data" from zero and to say when a
 * total covers only part of a list (src/schema/manifest.ts, InputCoverage).
 */
import type {
  DatasetMeta,
  HsEdition,
  InputCoverage,
  ListYearCoverage,
} from '../../src/schema/manifest.ts';
import type { ListConversionResult } from '../hs/list-conversion.ts';
import type { StrategicList } from '../lists/load-lists.ts';
import { WORLD, type FlowRow } from '../readers/types.ts';

/** Under this share of its nomenclature an input is a product subset. */
export const PRODUCT_SUBSET_SHARE = 0.8;

/**
 * Codes and places seen in the rows of one file (then merged per dataset). Only rows that
 * are used or counted out of scope are added: quarantined and aggregate rows never are, and
 * the World pseudo-partner is not a place.
 */
export class InputSeen {
  readonly exporters = new Set<string>();
  readonly importers = new Set<string>();
  readonly codes = new Map<HsEdition, Set<string>>();

  /** Synchronous and cheap: called once per row of files with millions of rows. */
  add(row: FlowRow, edition: HsEdition): void {
    if (row.exporter !== WORLD) this.exporters.add(row.exporter);
    if (row.importer !== WORLD) this.importers.add(row.importer);
    if (row.hs6 !== null) this.code(edition, row.hs6);
  }

  place(side: 'exporter' | 'importer', iso3: string): void {
    if (iso3 !== WORLD) (side === 'exporter' ? this.exporters : this.importers).add(iso3);
  }

  private lastEdition: HsEdition | null = null;
  private lastCodes = new Set<string>();

  code(edition: HsEdition, hs6: string): void {
    if (edition !== this.lastEdition) {
      let s = this.codes.get(edition);
      if (!s) this.codes.set(edition, (s = new Set()));
      this.lastEdition = edition;
      this.lastCodes = s;
    }
    this.lastCodes.add(hs6);
  }

  merge(other: InputSeen): void {
    for (const x of other.exporters) this.exporters.add(x);
    for (const x of other.importers) this.importers.add(x);
    for (const [e, codes] of other.codes) for (const c of codes) this.code(e, c);
  }
}

const sorted = (s: Iterable<string>) => [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export interface CoverageInputs {
  ds: Pick<DatasetMeta, 'id' | 'hsEdition' | 'granularity' | 'years' | 'yearEditions'>;
  seen: InputSeen | undefined;
  /** HS6 codes of each edition's nomenclature in the reference files. */
  nomenclature: (edition: HsEdition) => number;
  /** The lists applied to the dataset. */
  lists: readonly StrategicList[];
  convert: (list: StrategicList, to: HsEdition) => ListConversionResult;
  /**
   * Kept flows: `year|edition|hs6` for HS6 datasets, `year|category` for category-level
   * ones.
   */
  kept: ReadonlySet<string>;
}

export function inputCoverage(c: CoverageInputs): InputCoverage {
  const { ds } = c;
  const hsCodes =
    ds.granularity === 'hs6'
      ? sorted(c.seen?.codes.keys() ?? []).map((e) => {
          const edition = e as HsEdition;
          return {
            edition,
            input: c.seen?.codes.get(edition)?.size ?? 0,
            nomenclature: c.nomenclature(edition),
          };
        })
      : [];
  const productSubset = hsCodes.some((h) => h.input < PRODUCT_SUBSET_SHARE * h.nomenclature);
  const lists: Record<string, Record<string, ListYearCoverage>> = {};
  for (const l of c.lists) {
    const byYear: Record<string, ListYearCoverage> = {};
    for (const year of ds.years) {
      const edition = ds.yearEditions?.[String(year)] ?? ds.hsEdition;
      byYear[String(year)] =
        ds.granularity === 'category'
          ? { edition, withRows: categoriesWithRows(l, year, c.kept), noCounterpart: [] }
          : codesWithRows(l, year, edition, c);
    }
    lists[l.id] = byYear;
  }
  return {
    hsCodes,
    productSubset,
    exporters: sorted(c.seen?.exporters ?? []),
    importers: sorted(c.seen?.importers ?? []),
    lists,
  };
}

function categoriesWithRows(l: StrategicList, year: number, kept: ReadonlySet<string>) {
  return sorted([...l.categories.keys()].filter((cat) => kept.has(`${year}|${cat}`)));
}

function codesWithRows(
  l: StrategicList,
  year: number,
  edition: HsEdition,
  c: CoverageInputs,
): ListYearCoverage {
  const codes = new Set(l.codes.map((x) => x.hs6));
  const has = (hs6: string) => c.kept.has(`${year}|${edition}|${hs6}`);
  if (l.hsEdition === edition)
    return { edition, withRows: sorted([...codes].filter(has)), noCounterpart: [] };
  const r = c.convert(l, edition);
  // A list that cannot be converted is not applied (classify.ts): never asked here.
  if (!r.ok) return { edition, withRows: [], noCounterpart: [] };
  const withRows: string[] = [];
  const none: string[] = [];
  for (const cc of r.value.conversion.codes) {
    if (!codes.has(cc.code)) continue;
    if (cc.status === 'none') none.push(cc.code);
    if (cc.targets.some((t) => has(t.hs6))) withRows.push(cc.code);
  }
  return { edition, withRows: sorted(new Set(withRows)), noCounterpart: sorted(new Set(none)) };
}
