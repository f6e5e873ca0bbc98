import type { DatasetMeta, HsEdition, Lang, ListMeta } from './manifest.ts';

/**
 * metadata.json, written beside every download (src/download/): its shape is part of the
 * contract users' programs read, so it lives with the other declared shapes. Fields the
 * manifest already has take the manifest's types.
 */

/** Sums of a selection, per currency (and per declaration where a dataset keeps both). */
export interface ValueTotal {
  currency: string;
  /** Set for datasets with both declarations: whose reports these rows are. */
  reportedBy?: string;
  rows: number;
  /** Every row added: a code in two categories (or lists) counts twice. */
  sumOfRows: number;
  /** Each flow counted once, as the view's totals count it. */
  flows: number;
  eachFlowOnce: number;
}

/**
 * Which of a list's codes the dataset holds in one year (manifest `inputCoverage.lists`), as
 * metadata.json gives it. A code in none of the three groups cannot occur: `withData`,
 * `withoutData` and `noCounterpart` split the list's codes (or categories).
 */
export interface ListYearCoverageMeta {
  list: string;
  year: number;
  /** The data's HS edition in that year. */
  edition: HsEdition;
  /**
   * What the three groups hold: `code`, the list's HS6 codes in the list's own edition;
   * `category`, the list's category ids (category-level datasets).
   */
  unit: 'code' | 'category';
  /** Distinct HS6 codes of the list (ListMeta.codes). */
  codes: number;
  /** How many codes (or categories) the three groups split: `codes`, or the list's categories. */
  total: number;
  /** Codes (or categories) with at least one flow in the dataset that year. */
  withData: string[];
  /**
   * Codes with a counterpart but no flow that year: no data, never zero. Absent when the
   * download was built without the list's codes (`counts.withoutData` still says how many).
   */
  withoutData?: string[];
  /** Codes with no counterpart in the year's HS edition. */
  noCounterpart: string[];
  counts: { withData: number; withoutData: number; noCounterpart: number };
}

/** What the dataset's input covers (manifest `inputCoverage`), for the file's lists and years. */
export interface DownloadCoverage {
  /** True when the input holds a small part of its HS nomenclature (totals cover it only). */
  productSubset: boolean;
  /** Per HS edition of the data: distinct HS6 codes in the input, codes in the nomenclature. */
  hsCodes: { edition: HsEdition; input: number; nomenclature: number }[];
  /** Places the data speak for as exporters and as importers; any other is not covered. */
  exporters: number;
  importers: number;
  /** One entry per list in the file and year it covers, in the file's list order. */
  lists: ListYearCoverageMeta[];
}

/** What metadata.json holds (and the README says in words). */
export interface DownloadMetadata {
  title: string;
  /** The data build this file comes from: the atlas build script and the file's checksum. */
  build: { generatedBy: string; file: string; sha256: string; rows: number };
  created: string;
  /** The language of README.txt (this file's texts stay English, for programs). */
  language: Lang;
  choice: 'data shown' | 'full dataset';
  view: string;
  url: string;
  filters: string[];
  /** The manifest's facts about the dataset, its title in the README's language. */
  dataset: Pick<
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
    | 'frequency'
    | 'years'
    | 'months'
    | 'currency'
    | 'mirror'
    | 'reconciled'
  > & {
    /** Every year's HS edition, written out even where the manifest leaves it implicit. */
    yearEditions: Record<string, HsEdition>;
    /** What the data cover, in words. */
    coverage: string;
  };
  lists: (Pick<ListMeta, 'id' | 'version' | 'hsEdition' | 'source' | 'licence'> & {
    /** In the README's language. */
    name: string;
    conversion?: string;
  })[];
  /**
   * The file's columns in order: DOWNLOAD_COLUMNS, then reported_by for a mirror dataset (the
   * writer, src/download/run.ts, builds them typed; tables read back give plain strings).
   */
  columns: string[];
  format: Record<string, string>;
  rows: number;
  totals: ValueTotal[];
  /** Country pages and flows: the country's exports and imports, each flow once. */
  countryTotals?: { country: string; currency: string; exports: number; imports: number }[];
  /**
   * What the dataset's input covers, for the lists in the file (`lists`) and the years the
   * file covers (the one year or month filtered, else every year of the dataset): which list
   * codes have data, which have none (no data, not zero), which have no counterpart in the
   * year's HS edition; whether the input is a product subset; how many exporters and
   * importers the data speak for. Absent when the manifest predates `inputCoverage`.
   */
  coverage?: DownloadCoverage;
  caveats: string[];
  howToCite: string;
}
