import { readFileSync } from 'node:fs';
import type {
  ColumnarShard,
  DatasetMeta,
  Manifest,
  MonthColumns,
} from '../../src/schema/manifest.ts';
import { MONTH_COLUMNS } from '../../src/schema/manifest.ts';

/**
 * A small hand-made monthly dataset shaped like Eurostat Comext (EUR, 2020-01 to 2022-11,
 * HS2017 in 2020-2021 and HS2022 from 2022), added to the committed manifest so the tests do
 * not depend on the real monthly data being built.
 */
export const EU = 'eu-monthly-test';
export const EMPTY = 'empty-sample';

const real = JSON.parse(
  readFileSync(new URL('../../public/data/manifest.json', import.meta.url), 'utf8'),
) as Manifest;

export const MONTHS = [
  ...[2020, 2021].flatMap((y) =>
    Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`),
  ),
  ...Array.from({ length: 11 }, (_, i) => `2022-${String(i + 1).padStart(2, '0')}`),
];

const base: DatasetMeta = {
  id: EU,
  title: 'Test Comext monthly',
  source: 'test',
  publisher: 'test',
  licence: 'CC BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  citation: 'test',
  url: 'https://example.org',
  hsEdition: 'HS2022',
  granularity: 'hs6',
  currency: 'EUR',
  frequency: 'month',
  years: [2020, 2021, 2022],
  months: MONTHS,
  yearEditions: { '2020': 'HS2017', '2021': 'HS2017' },
  inputCoverage: {
    hsCodes: [],
    productSubset: false,
    exporters: ['DEU', 'FRA'],
    importers: ['ARM', 'RUS'],
    lists: {},
  },
  mirror: false,
  aggregates: { rows: 12, value: 5000 },
  lists: ['chpl'],
  listsNotApplied: [],
  rows: 100,
  value: 1000,
  reconciled: true,
  notes: [],
};

export const euDataset: DatasetMeta = base;
export const emptyDataset: DatasetMeta = {
  ...base,
  id: EMPTY,
  title: 'Format sample',
  frequency: 'year',
  months: undefined,
  rows: 0,
  value: 0,
  years: [2022],
};

const ref = (path: string) => ({ path, bytes: 1, sha256: 'x', rows: 1 });

/** The committed manifest with the test monthly dataset and an empty sample first. */
export const manifest: Manifest = {
  ...real,
  // The empty sample comes first: it must not become the default dataset.
  datasets: [emptyDataset, ...real.datasets, euDataset],
  shards: {
    ...real.shards,
    month: Object.fromEntries(
      [2020, 2021, 2022].map((y) => [`${EU}/chpl/${y}`, ref(`month/${EU}/chpl/${y}.json`)]),
    ),
    country: {
      ...real.shards.country,
      [`${EU}/DEU`]: ref(`country/${EU}/DEU.json`),
      [`${EU}/ARM`]: ref(`country/${EU}/ARM.json`),
      [`${EU}/RUS`]: ref(`country/${EU}/RUS.json`),
    },
  },
};

type Row = [month: number, iso3: string, category: string, exp: number, imp: number];

/** A month shard from rows; broad parts are a tenth of each value. */
export function monthShard(year: number, rows: Row[]): ColumnarShard<MonthColumns> {
  const data = Object.fromEntries(MONTH_COLUMNS.map((c) => [c, []])) as unknown as Record<
    MonthColumns,
    (string | number | null)[]
  >;
  for (const [month, iso3, category, exp, imp] of rows) {
    data.month.push(month);
    data.year.push(year);
    data.iso3.push(iso3);
    data.category.push(category);
    data.export.push(exp);
    data.import.push(imp);
    data.exportBroad.push(exp / 10);
    data.importBroad.push(imp / 10);
  }
  return { schemaVersion: 1, notice: '', columns: [...MONTH_COLUMNS], data };
}
