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
  | 'mirror'
  | 'coverage'
  | 'reporter'
>;

/** The partner code of World-total rows (see FlowRow.worldPartner). */
export const WORLD = 'WLD';

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
  /**
   * The row's HS edition when a source mixes editions (Comtrade H4 and H5 files, the CN of
   * each year); absent means the dataset's `hsEdition`.
   */
  edition?: HsEdition;
  /**
   * Whose declaration the value is, for sources that keep both (UN Comtrade); absent for one
   * value per flow (BACI, Eurostat, national files).
   */
  reportedBy?: 'exporter' | 'importer';
  /**
   * The partner is the World aggregate (partner code 0, WLD): the reporter's total with all
   * partners. Kept, with partner WLD, only when the file has no partner rows for the same
   * flow; otherwise set aside as an aggregate (never added to its parts).
   */
  worldPartner?: boolean;
  /** Set when a field was repaired (leading zero restored, alias applied); counted in the report. */
  repairs: string[];
}

/** A row that cannot be used, with the value it carried when that value was readable. */
export interface RowProblem {
  problem: string;
  value: number | null;
}

/**
 * A row that is a total of other rows (commodity TOTAL, a chapter or heading, re-exports that
 * are already inside exports): counted with its value and reason, never added.
 */
export interface AggregateRow {
  aggregate: string;
  value: number;
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
  /** Read every file line by line, never by the byte scanner (scripts/pipeline/byte-scan.ts). */
  lineByLine?: boolean;
}

export interface FlowFileParser {
  dataset: DatasetDescriptor;
  parse(fields: string[]): FlowRow | RowProblem | AggregateRow;
  /** Set for bulk formats the DuckDB scan can read whole when the file is clean. */
  bulk?: BulkScan;
}

/**
 * What a reader of a bulk format (BACI's columns: year, exporter, importer, code, value,
 * quantity) tells the byte scanner (scripts/pipeline/byte-scan.ts), so that its plain rows on
 * no list are counted from the bytes and never split or parsed as strings.
 */
export interface BulkScan {
  /** Decimals of value and quantity in the file's unit (3 for thousands and tonnes). */
  valueDecimals: number;
  /** Every country code of the file's code system that resolves, with its ISO3. */
  countries: ReadonlyMap<string, string>;
  /** The edition's known codes, or null to accept any six digits. */
  knownCodes: ReadonlySet<string> | null;
  /** The file's one year (from its name or first row); null when it cannot be told. */
  year: number | null;
}

export interface FlowReader {
  kind: 'flows';
  format: string;
  matches(header: string[]): boolean;
  /** Throws an Error with a plain reason when the file cannot be read as this format. */
  /**
   * `first` is the file's first data row (null if none), for formats whose dataset depends on
   * it: a Comtrade file of monthly rows is a monthly dataset.
   */
  open(
    file: string,
    header: string[],
    ref: ReferenceData,
    opts: ReaderOptions,
    first?: string[] | null,
  ): FlowFileParser;
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

export function isProblem(r: FlowRow | RowProblem | AggregateRow): r is RowProblem {
  return 'problem' in r;
}

export function isAggregate(r: FlowRow | RowProblem | AggregateRow): r is AggregateRow {
  return 'aggregate' in r;
}
