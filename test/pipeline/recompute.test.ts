/**
 * Recomputes the committed figures from the raw files, independently of the pipeline: the
 * raw CSVs, the list files and the outputs are read here with plain string handling and
 * summed with BigInt, then compared with public/data to the dollar.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeShared } from '../shared-data.ts';
import {
  add,
  asObject,
  LISTS_DIR,
  mapRows,
  PUBLIC_DATA,
  readCsvRecords,
  readGzipText,
  readJson,
  readListFile,
  SHARED,
  thousandsToDollars,
  tonnesToKg,
  type MapShard,
  type RawList,
} from './independent.ts';

import type { FileReport } from './helpers.ts';

const BACI_FILE = 'baci-energy-subset/BACI_HS22_Y2023_V202501_energy_subset.csv';
const JRC_FILE = 'nuclear-trade-360info/nuclear-commodity-data.csv';
const BACI_ID = 'baci-hs22-v202501';
const JRC_ID = 'jrc-nuclear';
const EUROSTAT_FILES = [2020, 2021, 2022].map(
  (y) => `eu-comext-ru-neighbours/comext_eu27_exports_to_ru_neighbours_${y}.csv`,
);
const DOWNLOAD_HEADER =
  'year,period,exporter_iso3,exporter,importer_iso3,importer,hs6,hs_description,list,category,value,currency,quantity_t';

interface Download {
  header: string[];
  records: Record<string, string>[];
}

function readDownload(dataset: string): Download {
  return readCsvRecords(readGzipText(join(PUBLIC_DATA, 'downloads', `${dataset}.csv.gz`)));
}

/** Sums a download per `list|category` (value, kilograms, rows) and per list (rows). */
function sumDownload(d: Download) {
  const value = new Map<string, bigint>();
  const kg = new Map<string, bigint>();
  const rows = new Map<string, bigint>();
  const rowsPerList = new Map<string, bigint>();
  const valueYearCat = new Map<string, bigint>();
  for (const r of d.records) {
    const key = `${r.list}|${r.category}`;
    if (!/^\d+$/.test(r.value ?? '')) throw new Error(`value is not whole dollars: ${r.value}`);
    add(value, key, BigInt(r.value ?? ''));
    add(valueYearCat, `${r.list}|${r.year}|${r.category}`, BigInt(r.value ?? ''));
    if ((r.quantity_t ?? '') !== '') add(kg, key, tonnesToKg(r.quantity_t ?? ''));
    add(rows, key, 1n);
    add(rowsPerList, r.list ?? '', 1n);
  }
  return { value, kg, rows, rowsPerList, valueYearCat };
}

/** All years of a list's map shards (one file per year) as one set of rows. */
function mapShard(dataset: string, list: string) {
  const dir = join(PUBLIC_DATA, 'map', dataset, list);
  return readdirSync(dir)
    .sort()
    .flatMap((f) => mapRows(readJson<MapShard>(join(dir, f))));
}

interface BuildReport {
  reconciled: boolean;
  totals: Omit<FileReport, 'file' | 'status' | 'dataset'>;
  datasets: { id: string; rows: number; value: number; reconciled: boolean }[];
  files: FileReport[];
}

function allLists(): RawList[] {
  return readdirSync(LISTS_DIR)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => readListFile(join(LISTS_DIR, f)));
}

/**
 * HS2017 code -> HS2022 codes, straight from the UNSD correlation CSV, by the rule README.md
 * states ("HS editions"): links touching a code with more than 50 links (8549 e-waste and
 * the like) are left out; a code left with none keeps its same-numbered code if linked.
 */
function hs2017To2022(): (code: string) => string[] {
  const { header, records } = readCsvRecords(
    readFileSync(join(SHARED, 'hs-concordance/hs2022_to_hs2017_correlation.csv'), 'utf8'),
  );
  expect(header).toEqual(['hs2022', 'hs2017', 'relationship']);
  const by17 = new Map<string, string[]>();
  const links22 = new Map<string, number>();
  for (const r of records) {
    const a = r.hs2022 ?? '';
    const b = r.hs2017 ?? '';
    by17.set(b, [...(by17.get(b) ?? []), a]);
    links22.set(a, (links22.get(a) ?? 0) + 1);
  }
  return (code) => {
    const links = by17.get(code) ?? [];
    const kept = links.length > 50 ? [] : links.filter((c) => (links22.get(c) ?? 0) <= 50);
    if (kept.length > 0) return kept;
    return links.includes(code) ? [code] : [];
  };
}

describeShared(
  `BACI recomputed from the raw file`,
  [
    'baci-energy-subset/BACI_HS22_Y2023_V202501_energy_subset.csv',
    'country-codes/baci_country_codes_V202501.csv',
    'hs-concordance/hs2022_to_hs2017_correlation.csv',
  ],
  () => {
    /** Independent figures from the raw BACI file. */
    const raw = {
      rows: 0,
      value: 0n,
      keptRows: 0,
      keptValue: 0n,
      lists: [] as RawList[],
      perCat: new Map<string, bigint>(), // list|category -> USD
      kgPerCat: new Map<string, bigint>(), // list|category -> kg
      pairs: new Map<string, bigint>(), // list -> (flow, category) pairs
      pairsPerCat: new Map<string, bigint>(), // list|category -> pairs
      converted: new Map<string, Set<string>>(), // list -> its codes in HS2022, if converted
      listTotal: new Map<string, bigint>(), // list -> USD, each flow once, excluded categories out
      exporter: new Map<string, bigint>(), // list|iso3 -> USD, each flow once
      importer: new Map<string, bigint>(),
      /** Expected download rows: exporter|importer|hs6|list|category -> value|kg */
      expectedRows: new Map<string, string>(),
    };
    let download: Download;

    beforeAll(() => {
      // BACI country codes -> ISO3, from CEPII's own table (SOURCES.md: 490 "Other Asia, nes" is Taiwan).
      const countries = readCsvRecords(
        readFileSync(join(SHARED, 'country-codes/baci_country_codes_V202501.csv'), 'utf8'),
      ).records;
      const iso3 = new Map<string, string>();
      for (const c of countries) {
        iso3.set(c.country_code ?? '', c.country_iso3 === 'S19' ? 'TWN' : (c.country_iso3 ?? ''));
      }
      const country = (code: string) => {
        const v = iso3.get(code);
        if (!v) throw new Error(`BACI country code ${code} is not in the country table`);
        return v;
      };

      // HS2022 lists apply as they are; the HS2017 JRC list through the correlation table, each
      // converted code carrying the categories of the codes it comes from (once each).
      raw.lists = allLists().filter((l) => l.hsEdition === 'HS2022' || l.hsEdition === 'HS2017');
      const to2022 = hs2017To2022();
      const codeCats = raw.lists.map((l) => {
        const m = new Map<string, string[]>();
        for (const r of l.rows) {
          const codes = l.hsEdition === 'HS2022' ? [r.hs6] : to2022(r.hs6);
          for (const c of codes) {
            const cats = m.get(c) ?? [];
            if (!cats.includes(r.category)) m.set(c, [...cats, r.category]);
          }
        }
        if (l.hsEdition !== 'HS2022') raw.converted.set(l.id, new Set(m.keys()));
        return { id: l.id, m, excludes: l.totalExcludes };
      });

      const lines = readFileSync(join(SHARED, BACI_FILE), 'utf8').split('\n');
      expect(lines[0]?.trim()).toBe('t,i,j,k,v,q');
      for (const line of lines.slice(1)) {
        if (line.trim() === '') continue;
        const f = line.trim().split(',');
        if (f.length !== 6) throw new Error(`BACI line with ${f.length} fields: ${line}`);
        const [, i = '', j = '', k = '', v = '', q = ''] = f;
        const dollars = thousandsToDollars(v);
        const kg = q === '' ? null : tonnesToKg(q);
        raw.rows++;
        raw.value += dollars;
        let kept = false;
        for (const { id, m, excludes } of codeCats) {
          const cats = m.get(k);
          if (!cats) continue;
          kept = true;
          if (cats.some((c) => !excludes.includes(c))) {
            add(raw.listTotal, id, dollars);
            add(raw.exporter, `${id}|${country(i)}`, dollars);
            add(raw.importer, `${id}|${country(j)}`, dollars);
          }
          for (const c of cats) {
            add(raw.perCat, `${id}|${c}`, dollars);
            if (kg !== null) add(raw.kgPerCat, `${id}|${c}`, kg);
            add(raw.pairs, id, 1n);
            add(raw.pairsPerCat, `${id}|${c}`, 1n);
            raw.expectedRows.set(
              `${country(i)}|${country(j)}|${k}|${id}|${c}`,
              `${dollars}|${kg ?? ''}`,
            );
          }
        }
        if (kept) {
          raw.keptRows++;
          raw.keptValue += dollars;
        }
      }
      download = readDownload(BACI_ID);
      console.log(
        `BACI raw: ${raw.rows} rows, ${raw.value} USD; kept ${raw.keptRows} rows, ${raw.keptValue} USD\n` +
          `  list totals (each flow once): ${JSON.stringify(asObject(raw.listTotal))}\n` +
          `  per list and category: ${JSON.stringify(asObject(raw.perCat))}\n` +
          `  (flow, category) pairs: ${JSON.stringify(asObject(raw.pairs))}`,
      );
    });

    it('parses the one row with float noise to the nearest dollar', () => {
      expect(thousandsToDollars('4744.4130000000005')).toBe(4744413n);
      expect(thousandsToDollars('0.009')).toBe(9n);
      expect(thousandsToDollars('19.3365')).toBe(19337n);
      expect(thousandsToDollars('12')).toBe(12000n);
    });

    it('reads every raw row (62,926); the HS2022 lists apply, and the HS2017 JRC list converted', () => {
      expect(raw.rows).toBe(62926);
      expect(raw.lists.map((l) => `${l.id} ${l.hsEdition}`)).toEqual([
        'chpl HS2022',
        'indicative HS2022',
        'jrc-nuclear HS2017',
      ]);
      expect(download.header.join(',')).toBe(DOWNLOAD_HEADER);
      const listsInDownload = [...new Set(download.records.map((r) => r.list))].sort();
      expect(listsInDownload).toEqual(['chpl', 'indicative', 'jrc-nuclear']);
    });

    it('the JRC list converted to HS2022 holds the codes an independent conversion gives', () => {
      const manifest = readJson<{
        datasets: {
          id: string;
          lists: string[];
          listConversions?: { list: string; shard: string; targets: number }[];
        }[];
        shards: { conversion?: Record<string, { path: string }> };
      }>(join(PUBLIC_DATA, 'manifest.json'));
      const ds = manifest.datasets.find((d) => d.id === BACI_ID);
      expect(ds?.lists).toEqual(['chpl', 'indicative', JRC_ID]);
      const conv = ds?.listConversions?.find((c) => c.list === JRC_ID);
      const expected = [...(raw.converted.get(JRC_ID) ?? [])].sort();
      // 22 codes: 17 keep their number, 2844.40 splits in four, 8103.90 and 8109.20/30/90 in two.
      expect(expected).toHaveLength(29);
      expect(conv?.targets).toBe(expected.length);
      const ref = manifest.shards.conversion?.[conv?.shard ?? ''];
      const shard = readJson<MapShard>(join(PUBLIC_DATA, ref?.path ?? 'missing'));
      const codes = new Set((shard.data.hs6 ?? []).filter((c) => c !== null).map(String));
      expect([...codes].sort()).toEqual(expected);
      // In this BACI subset the JRC list reaches only codes that kept their number.
      const carried = new Set(download.records.filter((r) => r.list === JRC_ID).map((r) => r.hs6));
      expect([...carried].sort()).toEqual(['284450', '284510', '840110', '840130', '840140']);
    });

    it('(a) download total per list and category equals the raw sum to the dollar', () => {
      const d = sumDownload(download);
      expect(asObject(d.value)).toEqual(asObject(raw.perCat));
      expect(asObject(d.kg)).toEqual(asObject(raw.kgPerCat));
    });

    it('(b) list total, each flow once, equals the map shard list totals (exports and imports)', () => {
      for (const l of raw.lists) {
        const rows = mapShard(BACI_ID, l.id).filter((r) => r.category === '');
        expect(new Set(rows.map((r) => r.year))).toEqual(new Set([2023]));
        const exp = rows.reduce((s, r) => s + r.export, 0n);
        const imp = rows.reduce((s, r) => s + r.import, 0n);
        expect({ list: l.id, exp }).toEqual({ list: l.id, exp: raw.listTotal.get(l.id) });
        expect({ list: l.id, imp }).toEqual({ list: l.id, imp: raw.listTotal.get(l.id) });
        // Per category, the map shard agrees with the independent sums too.
        const perCat = new Map<string, bigint>();
        for (const r of mapShard(BACI_ID, l.id)) {
          if (r.category !== '') add(perCat, `${l.id}|${r.category}`, r.export);
        }
        const expected = new Map([...raw.perCat].filter(([k]) => k.startsWith(`${l.id}|`)));
        expect(asObject(perCat)).toEqual(asObject(expected));
      }
      // The two indicative codes that sit in two categories (281111, 842119) are not in this
      // BACI subset, so here each list total also equals the sum of its categories (those in
      // the total: the JRC "ignore" codes are not).
      for (const l of raw.lists) {
        const sumCats = [...raw.perCat]
          .filter(([k]) => k.startsWith(`${l.id}|`))
          .filter(([k]) => !l.totalExcludes.includes(k.split('|')[1] ?? ''))
          .reduce((s, [, v]) => s + v, 0n);
        expect(raw.listTotal.get(l.id)).toBe(sumCats);
      }
    });

    it('(c) download row count per list equals the number of (flow, category) pairs', () => {
      const d = sumDownload(download);
      expect(asObject(d.rowsPerList)).toEqual(asObject(raw.pairs));
      expect(asObject(d.rows)).toEqual(asObject(raw.pairsPerCat));
    });

    it('the download holds exactly the expected rows (exporter, importer, code, list, category)', () => {
      const actual = new Map<string, string>();
      for (const r of download.records) {
        expect(r.year).toBe('2023');
        expect(r.period).toBe('2023');
        expect(r.currency).toBe('USD');
        const key = `${r.exporter_iso3}|${r.importer_iso3}|${r.hs6}|${r.list}|${r.category}`;
        expect(actual.has(key), `duplicate download row ${key}`).toBe(false);
        const kg = (r.quantity_t ?? '') === '' ? '' : String(tonnesToKg(r.quantity_t ?? ''));
        actual.set(key, `${r.value}|${kg}`);
      }
      const missing = [...raw.expectedRows.keys()].filter((k) => !actual.has(k));
      const extra = [...actual.keys()].filter((k) => !raw.expectedRows.has(k));
      const wrong = [...raw.expectedRows]
        .filter(([k, v]) => actual.has(k) && actual.get(k) !== v)
        .map(([k, v]) => `${k}: expected ${v}, download has ${actual.get(k)}`);
      expect({
        missing: missing.slice(0, 10),
        extra: extra.slice(0, 10),
        wrong: wrong.slice(0, 10),
      }).toEqual({ missing: [], extra: [], wrong: [] });
      expect(actual.size).toBe(raw.expectedRows.size);
    });

    it('(d) per-country totals equal the map shard (every list, exports and imports)', () => {
      for (const l of raw.lists) {
        const rows = mapShard(BACI_ID, l.id).filter((r) => r.category === '');
        const exp = new Map<string, bigint>();
        const imp = new Map<string, bigint>();
        for (const r of rows) {
          if (r.export !== 0n) add(exp, `${l.id}|${r.iso3}`, r.export);
          if (r.import !== 0n) add(imp, `${l.id}|${r.iso3}`, r.import);
        }
        const mine = (m: Map<string, bigint>) =>
          new Map([...m].filter(([k, v]) => k.startsWith(`${l.id}|`) && v !== 0n));
        expect(asObject(exp)).toEqual(asObject(mine(raw.exporter)));
        expect(asObject(imp)).toEqual(asObject(mine(raw.importer)));
      }
      expect(raw.exporter.size).toBeGreaterThan(100);
    });

    it('build-report.json reconciles and its BACI figures equal the raw file', () => {
      const report = readJson<BuildReport>(join(PUBLIC_DATA, 'build-report.json'));
      expect(report.reconciled).toBe(true);
      const data = report.files.filter((f) => f.status === 'data');
      // The Eurostat files are recomputed in eurostat.test.ts.
      expect(data.map((f) => f.file).sort()).toEqual([BACI_FILE, ...EUROSTAT_FILES, JRC_FILE]);
      for (const f of report.files) {
        expect(f.valueRead, f.file).toBe(
          f.valueKept + f.valueOutOfScope + f.valueQuarantined + f.valueAggregate,
        );
        expect(
          f.rowsRead >= f.rowsKept + f.rowsOutOfScope + f.rowsQuarantined + f.rowsAggregate,
          f.file,
        ).toBe(true);
      }
      for (const f of data) {
        expect(f.rowsRead, f.file).toBe(
          f.rowsKept + f.rowsOutOfScope + f.rowsQuarantined + f.rowsAggregate,
        );
      }
      for (const key of [
        'valueRead',
        'valueKept',
        'valueOutOfScope',
        'valueQuarantined',
        'valueAggregate',
      ] as const) {
        expect(report.totals[key], key).toBe(data.reduce((s, f) => s + f[key], 0));
      }
      const baci = report.files.find((f) => f.file === BACI_FILE);
      expect(baci).toBeDefined();
      expect(BigInt(baci?.valueRead ?? -1)).toBe(raw.value);
      expect(baci?.rowsRead).toBe(raw.rows);
      expect(BigInt(baci?.valueKept ?? -1)).toBe(raw.keptValue);
      expect(baci?.rowsKept).toBe(raw.keptRows);
      expect(BigInt(baci?.valueOutOfScope ?? -1)).toBe(raw.value - raw.keptValue);
      expect(baci?.valueQuarantined).toBe(0);
      const ds = report.datasets.find((d) => d.id === BACI_ID);
      expect(ds?.reconciled).toBe(true);
      expect(BigInt(ds?.value ?? -1)).toBe(raw.keptValue);
      const manifest = readJson<{ datasets: { id: string; value: number; rows: number }[] }>(
        join(PUBLIC_DATA, 'manifest.json'),
      );
      const m = manifest.datasets.find((d) => d.id === BACI_ID);
      expect(BigInt(m?.value ?? -1)).toBe(raw.keptValue);
      expect(m?.rows).toBe(raw.keptRows);
    });
  },
);

describeShared(
  `JRC nuclear recomputed from the raw file`,
  [
    'nuclear-trade-360info/nuclear-commodity-data.csv',
    'hs-concordance/hs2022_to_hs2017_correlation.csv',
  ],
  () => {
    const raw = {
      rows: 0,
      value: 0n,
      perCat: new Map<string, bigint>(), // jrc-nuclear|category
      perYearCat: new Map<string, bigint>(), // jrc-nuclear|year|category
      listTotal: 0n, // without the excluded categories
      listTotalByYear: new Map<string, bigint>(),
      excludes: [] as string[],
      categories: new Set<string>(),
    };
    let download: Download;

    /** "Spent Fuel / HLW" -> "spent-fuel-hlw": the list's category ids. */
    const slug = (s: string) =>
      s
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');

    beforeAll(() => {
      const list = allLists().find((l) => l.id === JRC_ID);
      if (!list) throw new Error('no jrc-nuclear list');
      raw.excludes = list.totalExcludes;
      raw.categories = new Set(list.rows.map((r) => r.category));
      const { header, records } = readCsvRecords(readFileSync(join(SHARED, JRC_FILE), 'utf8'));
      expect(header.join(',')).toBe(
        'source,source_iso3,recipient,recipient_iso3,year,category,value_usd',
      );
      const keys = new Set<string>();
      for (const r of records) {
        const v = r.value_usd ?? '';
        if (!/^\d+$/.test(v)) throw new Error(`JRC value is not whole dollars: "${v}"`);
        const cat = slug(r.category ?? '');
        if (!raw.categories.has(cat))
          throw new Error(`JRC category ${r.category} is not on the list`);
        keys.add(`${r.source_iso3}|${r.recipient_iso3}|${r.year}|${cat}`);
        const dollars = BigInt(v);
        raw.rows++;
        raw.value += dollars;
        add(raw.perCat, `${JRC_ID}|${cat}`, dollars);
        add(raw.perYearCat, `${JRC_ID}|${r.year}|${cat}`, dollars);
        if (!raw.excludes.includes(cat)) {
          raw.listTotal += dollars;
          add(raw.listTotalByYear, r.year ?? '', dollars);
        }
      }
      // Each raw row is one distinct (flow, category) pair.
      expect(keys.size).toBe(raw.rows);
      download = readDownload(JRC_ID);
      console.log(
        `JRC raw: ${raw.rows} rows, ${raw.value} USD; list total without ${raw.excludes.join(',')}: ${raw.listTotal} USD\n` +
          `  per category: ${JSON.stringify(asObject(raw.perCat))}`,
      );
    });

    it('reads 31,194 rows in six categories, and the list excludes "ignore" from its total', () => {
      expect(raw.rows).toBe(31194);
      expect(raw.excludes).toEqual(['ignore']);
      expect(new Set([...raw.perCat.keys()].map((k) => k.split('|')[1]))).toEqual(raw.categories);
      expect(raw.categories.size).toBe(6);
      expect(download.header.join(',')).toBe(DOWNLOAD_HEADER);
    });

    it('download totals per category and per year and category equal the raw sums', () => {
      const d = sumDownload(download);
      expect(asObject(d.value)).toEqual(asObject(raw.perCat));
      expect(asObject(d.valueYearCat)).toEqual(asObject(raw.perYearCat));
      expect(asObject(d.rowsPerList)).toEqual({ [JRC_ID]: String(raw.rows) });
      for (const r of download.records) {
        expect(r.hs6).toBe('');
        expect(r.quantity_t).toBe('');
        expect(r.currency).toBe('USD');
      }
    });

    it('map shard: the list total (without "ignore") and each category equal the raw sums', () => {
      const rows = mapShard(JRC_ID, JRC_ID);
      const totals = rows.filter((r) => r.category === '');
      expect(totals.reduce((s, r) => s + r.export, 0n)).toBe(raw.listTotal);
      expect(totals.reduce((s, r) => s + r.import, 0n)).toBe(raw.listTotal);
      const byYear = new Map<string, bigint>();
      for (const r of totals) add(byYear, String(r.year), r.export);
      expect(asObject(byYear)).toEqual(asObject(raw.listTotalByYear));
      const perYearCat = new Map<string, bigint>();
      for (const r of rows) {
        if (r.category !== '') add(perYearCat, `${JRC_ID}|${r.year}|${r.category}`, r.export);
      }
      expect(asObject(perYearCat)).toEqual(asObject(raw.perYearCat));
      expect(raw.listTotal).toBeLessThan(raw.value);
    });

    it('build-report.json: the JRC file is read and kept in full', () => {
      const report = readJson<BuildReport>(join(PUBLIC_DATA, 'build-report.json'));
      const f = report.files.find((x) => x.file === JRC_FILE);
      expect(f).toBeDefined();
      expect(BigInt(f?.valueRead ?? -1)).toBe(raw.value);
      expect(BigInt(f?.valueKept ?? -1)).toBe(raw.value);
      expect(f?.rowsRead).toBe(raw.rows);
      expect(f?.rowsKept).toBe(raw.rows);
      expect(report.datasets.find((d) => d.id === JRC_ID)?.reconciled).toBe(true);
    });
  },
);
