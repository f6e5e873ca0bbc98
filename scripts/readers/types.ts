import type { DatasetMeta, HsEdition } from '../../src/schema/manifest.ts';
import type { CorrelationTable } from '../hs/convert.ts';
import type { CountryAlias } from '../normalize/countries.ts';

/** What the source says about itself; the pipeline adds years, lists and totals. */
export type DatasetDescriptor = Pick<
  DatasetMeta,
  | 'id'
  | 'title'
  | 'source'
  | 'publisher'
  | 'licence'
  | 'licenceUrl'
  | 'citation'
  | 'url'
  | 'hsEdition'
  | 'granularity'
  | 'categoryList'
  | 'currency'
  | 'frequency'
>;

/** One normalised flow, in whole currency units and kilograms (integers, so sums are exact). */
export interface FlowRow {
  year: number;
  period: string;
  exporter: string;
  importer: string;
  /** Null for category-level sources. */
  hs6: string | null;
  category: string | null;
  /**
   * A finer national code (CN8, an 11-digit tariff line) rolled up into `hs6`: rows that
   * differ only in it are parts of one flow, summed, never taken for duplicates.
   */
  detail?: string;
  value: number;
  quantityKg: number | null;
  /** Set when a field was repaired (leading zero restored, alias applied); counted in the report. */
  repairs: string[];
}

/** A row that cannot be used, with the value it carried when that value was readable. */
export interface RowProblem {
  problem: string;
  value: number | null;
}

export interface ReferenceData {
  /** BACI numeric code -> ISO3 (or BACI pseudo-code) and repaired name. */
  baciCountries: Map<string, { iso3: string; name: string }>;
  /** Known HS6 codes and descriptions per edition, from product or nomenclature files. */
  products: Map<HsEdition, Map<string, string>>;
  aliases: Map<string, CountryAlias>;
  /** HS correlation (and conversion) tables between editions, in the order read. */
  correlations: CorrelationTable[];
}

export interface ReaderOptions {
  /** Edition to assume when a file does not say (`--hs-edition`). */
  hsEdition: HsEdition | null;
  /** Readers made from `--mapping` files (national statistics). */
  extraReaders?: FlowReader[];
}

export interface FlowFileParser {
  dataset: DatasetDescriptor;
  parse(fields: string[]): FlowRow | RowProblem;
  /**
   * Fast path for the bulk of a full release: the value of a well-formed row whose code is on
   * no list, or null to take the full parse. Such rows are counted, never staged, so their
   * countries and year are not checked.
   */
  outOfScopeValue?(fields: string[], scope: ReadonlySet<string>): number | null;
}

export interface FlowReader {
  kind: 'flows';
  format: string;
  matches(header: string[]): boolean;
  /** Throws an Error with a plain reason when the file cannot be read as this format. */
  open(file: string, header: string[], ref: ReferenceData, opts: ReaderOptions): FlowFileParser;
}

export interface ReferenceReader {
  kind: 'reference';
  format: string;
  matches(header: string[]): boolean;
  /** Returns a parser fed with each data row; it stores what it learns in `ref`. */
  open(
    file: string,
    header: string[],
    ref: ReferenceData,
  ): (fields: string[], line: number) => void;
}

export type Reader = FlowReader | ReferenceReader;

export function isProblem(r: FlowRow | RowProblem): r is RowProblem {
  return 'problem' in r;
}
