/**
 * The typed data contract between the build pipeline (scripts/) and the app (src/).
 * Bump SCHEMA_VERSION whenever a shard or manifest field changes meaning, so an app
 * never reads data it does not understand.
 */
export const SCHEMA_VERSION = 3;

export type HsEdition = 'HS1992' | 'HS1996' | 'HS2002' | 'HS2007' | 'HS2012' | 'HS2017' | 'HS2022';
/** The interface languages, declared once: adding one here makes every catalogue fail the type check until it has the language. */
export const LANGS = ['en', 'fr', 'es', 'ru'] as const;
export type Lang = (typeof LANGS)[number];
export type Names = Record<Lang, string>;

/** Whether flows carry HS6 codes or only the categories of one list. */
export type Granularity = 'hs6' | 'category';

export interface DatasetMeta {
  id: string;
  title: string;
  source: string;
  publisher: string;
  licence: string;
  licenceUrl: string;
  citation: string;
  url: string;
  hsEdition: HsEdition;
  granularity: Granularity;
  /** For category-level datasets: the list whose categories the source already applied. */
  categoryList?: string;
  currency: string;
  /** 'year' or 'month'. */
  frequency: 'year' | 'month';
  years: number[];
  /** Monthly datasets: the months present, `YYYY-MM`, in order (a year may be partial). */
  months?: string[];
  /**
   * Years whose HS edition differs from `hsEdition` (Eurostat CN of 2020-2021 follows HS2017,
   * CN 2022 HS2022): a list's coverage can change there, a series break.
   */
  yearEditions?: Record<string, HsEdition>;
  /**
   * True when the source keeps both declarations of a flow (UN Comtrade): exports come from
   * the exporter's reports and imports from the importer's, never added together. False:
   * one value per flow (BACI reconciles; Eurostat and national files are one side's reports,
   * so the other side's figures are mirror values).
   */
  mirror: boolean;
  /**
   * What the data covers when it is not world trade (Eurostat: EU-27 exports to seven
   * partners; a national file: one reporter's exports): its totals and shares are totals of
   * this coverage, and the app says so wherever it speaks of "world" figures. The source's
   * reach only, in English as its descriptor or mapping gives it; a product subset is a fact of
   * `inputCoverage`, worded by the app.
   */
  coverage?: string;
  /**
   * One reporter's declarations (a national file whose mapping gives no description of its own
   * coverage): the app words "exports reported by one country only" in each language from it,
   * with the reporter's names as the map gives them.
   */
  reporter?: { iso3: string; flow: 'export' | 'import'; names: Names };
  /** Rows recognised as totals of other rows (World partner, TOTAL, headings), never added. */
  aggregates: { rows: number; value: number };
  /** Lists that apply to this dataset, and why others do not (a fact the app words). */
  lists: string[];
  listsNotApplied: { list: string; reason: NotAppliedReason }[];
  /** Number of flow rows kept (strategic codes only) and their total value. */
  rows: number;
  value: number;
  reconciled: boolean;
  /**
   * What a reader must know about the dataset's figures, as facts the app words in the
   * reader's language (schema 3; schema 2 had English sentences).
   */
  notes: DatasetNote[];
  /** Lists of another HS edition applied through correlation tables (absent when none). */
  listConversions?: ListConversionMeta[];
  /** What the input holds: codes, countries on each side, list codes per year. */
  inputCoverage: InputCoverage;
}

/**
 * Why a list does not apply to a dataset: the source gives another list's categories only, or
 * no correlation table links the list's edition to the data's (`conversionTableOnly`: only a
 * one-code-per-code conversion table does, which cannot show splits and merges).
 */
export type NotAppliedReason =
  | { kind: 'categoryOnly'; categoryList: string }
  | { kind: 'noTable'; from: HsEdition; to: HsEdition }
  | { kind: 'conversionTableOnly'; from: HsEdition; to: HsEdition };

/**
 * Why rows were set aside as totals of other rows: `hs4-heading` and `chapter` are code
 * totals, `-cn8` when the file also holds the CN8 rows under them; `other` is a reason the
 * atlas has no words for (a reader's breakdown, processing flows), kept in `text`.
 */
export type SetAsideReason =
  | 'hs4-heading'
  | 'chapter'
  | 'hs4-heading-cn8'
  | 'chapter-cn8'
  | 'commodity-total'
  | 'world-partner'
  | 're-exports'
  | 're-imports'
  | 'domestic-exports'
  | 'foreign-imports'
  | 'exports-inward-processing'
  | 'exports-outward-processing'
  | 'imports-inward-processing'
  | 'imports-outward-processing'
  | 'breakdown-partner2'
  | 'breakdown-customs'
  | 'breakdown-transport'
  | 'breakdown-supply'
  | 'aggregate-record'
  | 'other';

/** How rows were repaired on reading; `value-rounded` to a whole unit of the dataset's currency. */
export type RepairReason = 'value-rounded' | 'country-alias' | 'hs-leading-zero' | 'other';

/**
 * One fact about a dataset's figures (DatasetMeta.notes). `text` holds the build report's
 * English words for a reason of kind `other`, the only case where the app has no wording.
 */
export type DatasetNote =
  /** Values under an HS code are an upper bound: a code also covers goods not controlled. */
  | { kind: 'upperBound' }
  /** The source gives values by category only (no HS6 detail). */
  | { kind: 'categoryOnly' }
  /** Both declarations of a flow are kept (exporter's exports, importer's imports). */
  | { kind: 'mirror' }
  /** Rows that are totals of other rows, counted and not added; value in the dataset's currency. */
  | { kind: 'setAside'; rows: number; value: number; reason: SetAsideReason; text?: string }
  /** Rows repaired on reading (build-report.json lists them per file). */
  | { kind: 'repaired'; rows: number; reason: RepairReason; text?: string }
  /**
   * A list converted to the data's edition (`listConversions` has the counts): the flows under
   * the codes reached other than one-to-one, and their value in the dataset's currency.
   */
  | { kind: 'conversion'; list: string; to: HsEdition; flows: number; value: number }
  /** The input is a product subset (`inputCoverage.hsCodes` has the counts). */
  | { kind: 'productSubset' };

/**
 * What a dataset's input holds, so that a total over part of a list is said to be one and a
 * country or code outside the input is "no data", never zero. Built from every row
 * read (on a list or not, quarantined rows excepted) and from the kept flows.
 */
export interface InputCoverage {
  /**
   * HS6 datasets: per HS edition of the data, the distinct HS6 codes among all rows read and
   * the number of HS6 codes in that edition's nomenclature (0 when the nomenclature file was
   * not among the inputs). Empty for category-level datasets.
   */
  hsCodes: { edition: HsEdition; input: number; nomenclature: number }[];
  /** True when the input holds under 80% of its nomenclature (the 32-code BACI extract). */
  productSubset: boolean;
  /**
   * Countries (ISO3 or pseudo-code) that appear as exporter, and as importer, in any row read:
   * the places the data can speak for on that side (Eurostat: the EU-27 as exporters, seven
   * partners as importers). A place outside is "not covered" on that side, not zero. Sorted.
   */
  exporters: string[];
  importers: string[];
  /** Per list id, then per year (`"2021"`): which of the list's codes the input holds. */
  lists: Record<string, Record<string, ListYearCoverage>>;
}

export interface ListYearCoverage {
  /** The data's HS edition in that year (after `yearEditions`). */
  edition: HsEdition;
  /**
   * HS6 datasets: the list's codes, in the list's own edition, with at least one kept flow in
   * the year under the code or the codes it converts to. Category-level datasets: the list's
   * category ids with at least one kept flow. Sorted.
   */
  withRows: string[];
  /** List codes (list's edition) with no counterpart in the year's edition (status `none`). */
  noCounterpart: string[];
}

/**
 * How a list code maps to the data's edition (README, "HS editions"): `exact` one code to one
 * code and back; `split` to several codes that hold nothing else; `merged` to one code that
 * also holds goods of other codes; `n:n` to several codes, some holding other goods too;
 * `none` no corresponding code.
 */
export type ConversionStatus = 'exact' | 'split' | 'merged' | 'n:n' | 'none';

/** A list applied to a dataset of another HS edition; per-code detail in shards.conversion. */
export interface ListConversionMeta {
  list: string;
  from: HsEdition;
  to: HsEdition;
  /** Editions passed through on the way ([] for one correlation table). */
  via: HsEdition[];
  /** Correlation tables used, as input paths. */
  tables: string[];
  /** Key in shards.conversion: shardKey.conversion(list, to). */
  shard: string;
  /** Distinct list codes, and how many of them have each status. */
  codes: number;
  counts: Record<ConversionStatus, number>;
  /** Codes of the data's edition the list now covers, and those reached by non-exact codes. */
  targets: number;
  upperBound: number;
  /** List codes with links to catch-all headings (8549, 8524...) left out. */
  setAside: number;
}

export interface CategoryMeta {
  id: string;
  label: string;
  codes: number;
  /** False for categories the list's publisher marks as outside its scope (JRC "Ignore"). */
  inTotal: boolean;
}

export interface ListMeta {
  id: string;
  name: string;
  version: string;
  hsEdition: HsEdition;
  source: string;
  licence: string;
  description: string;
  file: string;
  codes: number;
  categories: CategoryMeta[];
  hasSpecificity: boolean;
}

export interface ShardRef {
  path: string;
  bytes: number;
  sha256: string;
  rows: number;
}

/**
 * A gzip download file. `plain` is the size and SHA-256 of its decompressed content: a host
 * that serves the file with `Content-Encoding: gzip` makes the browser hand over those bytes
 * instead of the file's (absent in data built before it was added).
 */
export interface DownloadRef extends ShardRef {
  plain?: { bytes: number; sha256: string };
}

export interface CountryMeta {
  iso3: string;
  /** False for aggregates and pseudo-codes (BACI "Europe EFTA, nes") that have no ISO 3166 code. */
  iso: boolean;
  names: Names;
}

export interface Manifest {
  schemaVersion: number;
  generatedBy: string;
  notice: string;
  datasets: DatasetMeta[];
  lists: ListMeta[];
  countries: CountryMeta[];
  /** Shards keyed by kind, then by a key documented in shardKey(). */
  shards: {
    map: Record<string, ShardRef>;
    flows: Record<string, ShardRef>;
    country: Record<string, ShardRef>;
    product: Record<string, ShardRef>;
    download: Record<string, DownloadRef>;
    /** Codes of each list with HS descriptions: `lists/<id>.json`. */
    list: Record<string, ShardRef>;
    /** A list's codes converted to another HS edition: `lists/<id>@<edition>.json`. */
    conversion?: Record<string, ShardRef>;
    /** Monthly datasets: map totals by month, one shard per year (MONTH_COLUMNS). */
    month?: Record<string, ShardRef>;
  };
  /**
   * World geometry, projected at build time (Equal Earth): WorldPaths, one SVG path per place,
   * ids ISO alpha-3 (X.. for places without one).
   */
  geo: { world: ShardRef };
  hs: { descriptionsFrom: string };
}

/** Stable keys so the app and scripts agree on where a shard lives. */
export const shardKey = {
  map: (dataset: string, list: string, year: number) => `${dataset}/${list}/${year}`,
  month: (dataset: string, list: string, year: number) => `${dataset}/${list}/${year}`,
  flows: (dataset: string, year: number) => `${dataset}/${year}`,
  country: (dataset: string, iso3: string) => `${dataset}/${iso3}`,
  product: (dataset: string, hs6: string) => `${dataset}/${hs6}`,
  download: (dataset: string) => dataset,
  conversion: (list: string, edition: HsEdition) => `${list}@${edition}`,
};

/**
 * Every shard is columnar: one array per column, all of equal length, so that gzip
 * compresses repeated codes well and the app can hand the columns to arquero as is.
 */
export interface ColumnarShard<C extends string> {
  schemaVersion: number;
  notice: string;
  columns: C[];
  data: Record<C, (string | number | null)[]>;
}

/*
 * The columns of each shard, declared once for the pipeline that writes them (scripts/) and
 * the app that reads them; each type is its list's members, so renaming a column here fails
 * the type check wherever the column is named.
 */

/** Map shard: one row per year, country and category ('' = list total, each code once). */
export const MAP_COLUMNS = [
  'year',
  'iso3',
  'category',
  'export',
  'import',
  'exportBroad',
  'importBroad',
] as const;
export type MapColumns = (typeof MAP_COLUMNS)[number];

/** Month shard: the map shard's columns by month (1-12) of one year. */
export const MONTH_COLUMNS = ['month', ...MAP_COLUMNS] as const;
export type MonthColumns = (typeof MONTH_COLUMNS)[number];

/**
 * Flows shard: one row per exporter, importer and code (or category) in a year. Datasets with
 * both declarations (`mirror`) add `byExporter` and `byImporter`: the value as the exporter
 * and as the importer reported it (null where that side did not); `value` is the exporter's
 * report, else the importer's.
 */
export const FLOW_COLUMNS = ['exporter', 'importer', 'code', 'value', 'quantityT'] as const;
export const FLOW_MIRROR_COLUMNS = [...FLOW_COLUMNS, 'byExporter', 'byImporter'] as const;
export type FlowColumns = (typeof FLOW_MIRROR_COLUMNS)[number];

/** Country shard: one row per year, direction, partner and code (or category). */
export const COUNTRY_COLUMNS = ['year', 'flow', 'partner', 'code', 'value', 'quantityT'] as const;
export type CountryColumns = (typeof COUNTRY_COLUMNS)[number];

/**
 * Conversion shard: one row per list code and code of the data's edition it maps to (hs6
 * null when none); alsoFrom lists the other codes of the list's edition that share hs6
 * (space-separated), offList how many of them are not on the list, setAside the catch-all
 * links left out for the list code.
 */
export const CONVERSION_COLUMNS = [
  'code',
  'status',
  'hs6',
  'description',
  'alsoFrom',
  'offList',
  'setAside',
] as const;
export type ConversionColumns = (typeof CONVERSION_COLUMNS)[number];

/** Product shard: one row per year and country. */
export const PRODUCT_COLUMNS = [
  'year',
  'iso3',
  'export',
  'import',
  'exportQuantityT',
  'importQuantityT',
] as const;
export type ProductColumns = (typeof PRODUCT_COLUMNS)[number];

/** List shard (`lists/<id>.json`): one row per code and category. */
export const LIST_COLUMNS = [
  'hs6',
  'category',
  'specificity',
  'regime',
  'item',
  'description',
] as const;
export type ListColumns = (typeof LIST_COLUMNS)[number];

/** The download's columns (a mirror dataset's adds `reported_by`). */
export const DOWNLOAD_COLUMNS = [
  'year',
  'period',
  'exporter_iso3',
  'exporter',
  'importer_iso3',
  'importer',
  'hs6',
  'hs_description',
  'list',
  'category',
  'value',
  'currency',
  'quantity_t',
] as const;
export type DownloadColumn = (typeof DOWNLOAD_COLUMNS)[number];

/** geo/world.json: the map's places as ready-made SVG paths in a width x height space. */
export interface WorldPaths {
  width: number;
  height: number;
  projection: string;
  /** id, names, path data, centroid, projected area. */
  shapes: { id: string; n: Names; d: string; c: [number, number]; a: number }[];
}
