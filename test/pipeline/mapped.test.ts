import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeShared } from '../shared-data.ts';
import {
  cleanTemps,
  expectReconciled,
  runCli,
  tempDir,
  writeTree,
  type BuildReport,
} from './helpers.ts';
import type { Manifest } from '../../src/schema/manifest.ts';
import { ROOT, SHARED, parseCsvText } from './independent.ts';

afterAll(cleanTemps);

const RAW = join(SHARED, 'taiwan-customs-8542/taiwan_exports_by_country_2013_2025.csv');
const RAW_WORLD = join(
  SHARED,
  'taiwan-customs-8542/taiwan_exports_8542_2013_2025_world_by_ccc.csv',
);
const MAPPING = join(ROOT, 'data/mappings/taiwan-customs-8542.json');
const MAPPING_WORLD = join(ROOT, 'data/mappings/taiwan-customs-8542-world.json');
const CONCORDANCE = join(SHARED, 'hs-concordance');
const CHPL_TIER1 = ['854231', '854232', '854233', '854239'];
interface Columnar {
  data: Record<string, (string | number | null)[]>;
}

/** The Taiwan Customs file read through a declarative mapping: the national-statistics case. */
describeShared(
  'a national file through a --mapping',
  [
    'taiwan-customs-8542/taiwan_exports_by_country_2013_2025.csv',
    'taiwan-customs-8542/taiwan_exports_8542_2013_2025_world_by_ccc.csv',
    'hs-concordance',
  ],
  () => {
    const root = tempDir();
    // With the correlation tables, so the HS2022 lists reach the HS2012 (2013-2016) and
    // HS2017 (2017-2021) years of the Customs nomenclature.
    const input = writeTree(join(root, 'in'), {
      'taiwan.csv': readFileSync(RAW),
      'taiwan-world.csv': readFileSync(RAW_WORLD),
      ...Object.fromEntries(
        readdirSync(CONCORDANCE)
          .filter((f) => f.endsWith('.csv'))
          .map((f) => [f, readFileSync(join(CONCORDANCE, f))]),
      ),
    });
    const out = join(root, 'out');
    const run = runCli([
      ...['--input', input, '--out', out],
      ...['--mapping', MAPPING, '--mapping', MAPPING_WORLD],
    ]);
    const report = () =>
      JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8')) as BuildReport;
    // Independent sums over the raw file, by year, code and destination name (Chinese).
    const rows = parseCsvText(readFileSync(RAW, 'utf8').replace(/^\uFEFF/, '')).slice(1);
    const dollars = (v: string) => Math.round(Number(v));

    it('builds, reconciles, and reads every row', () => {
      expect(run.status, run.stderr).toBe(0);
      const r = report();
      expectReconciled(r);
      const f = r.files.find((x) => x.file === 'taiwan.csv');
      expect(f?.format).toBe('mapping taiwan-customs-8542');
      expect(f?.rowsRead).toBe(rows.length);
      expect(f?.valueRead).toBe(rows.reduce((s, x) => s + dollars(x[4] ?? ''), 0));
      // "Others" is not a country: its rows are quarantined with their value, nothing else.
      const others = rows.filter((x) => x[1] === '其他國家');
      expect(f?.rowsQuarantined).toBe(others.length);
      expect(f?.valueQuarantined).toBe(others.reduce((s, x) => s + dollars(x[4] ?? ''), 0));
    });

    it('exports to the United States and to Russia equal the raw file, year by year', () => {
      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
        datasets: {
          id: string;
          years: number[];
          lists: string[];
          yearEditions?: Record<string, string>;
          coverage?: string;
          reporter?: { iso3: string; flow: string; names: Record<string, string> };
        }[];
      };
      const ds = manifest.datasets.find((d) => d.id === 'taiwan-customs-8542');
      expect(ds?.years).toEqual(Array.from({ length: 13 }, (_, i) => 2013 + i));
      expect(ds?.lists).toContain('chpl');
      // The reporter is a fact the app words in each language; no English sentence is built.
      expect(ds?.coverage).toBeUndefined();
      expect(ds?.reporter).toMatchObject({ iso3: 'TWN', flow: 'export' });
      // "hsEdition": "in force": the CCC of each year follows that year's HS edition.
      expect(ds?.yearEditions).toEqual({
        ...Object.fromEntries([2013, 2014, 2015, 2016].map((y) => [String(y), 'HS2012'])),
        ...Object.fromEntries([2017, 2018, 2019, 2020, 2021].map((y) => [String(y), 'HS2017'])),
      });
      for (const [iso3, name] of [
        ['USA', '美國'],
        ['RUS', '俄羅斯'],
      ] as const) {
        for (const year of [2013, 2021, 2024]) {
          const expected = rows
            .filter(
              (x) =>
                x[0] === String(year) &&
                x[1] === name &&
                CHPL_TIER1.includes((x[2] ?? '').slice(0, 6)),
            )
            .reduce((s, x) => s + dollars(x[4] ?? ''), 0);
          const flows = JSON.parse(
            readFileSync(join(out, `flows/taiwan-customs-8542/${year}.json`), 'utf8'),
          ) as Columnar;
          const d = flows.data;
          let got = 0;
          (d.importer ?? []).forEach((imp, i) => {
            if (
              imp === iso3 &&
              d.exporter?.[i] === 'TWN' &&
              CHPL_TIER1.includes(String(d.code?.[i]))
            )
              got += Number(d.value?.[i]);
          });
          expect(got, `${iso3} ${year}`).toBe(expected);
        }
      }
    });

    it('the map shows Taiwan as the only exporter, with every destination as an importer', () => {
      const dir = join(out, 'map/taiwan-customs-8542/chpl');
      const files = readdirSync(dir);
      expect(files).toHaveLength(13);
      const shard = JSON.parse(readFileSync(join(dir, '2024.json'), 'utf8')) as Columnar;
      const exporters = (shard.data.iso3 ?? []).filter(
        (_, i) => shard.data.category?.[i] === '' && Number(shard.data.export?.[i]) > 0,
      );
      expect(exporters).toEqual(['TWN']);
    });

    it('inputCoverage: Taiwan the only exporter, its destinations the importers, World none', () => {
      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
      const cov = (id: string) => manifest.datasets.find((d) => d.id === id)?.inputCoverage;
      const byCountry = cov('taiwan-customs-8542');
      expect(byCountry?.exporters).toEqual(['TWN']);
      expect(byCountry?.importers).toContain('USA');
      expect(byCountry?.importers).toContain('RUS');
      expect(byCountry?.importers).not.toContain('WLD');
      // Every destination the file names (198, each a different place), "Others" (quarantined)
      // aside.
      const names = new Set(rows.map((x) => x[1]).filter((n) => n !== '其他國家'));
      expect(names.size).toBe(198);
      expect(byCountry?.importers).toHaveLength(names.size);
      // Codes by the edition in force each year; no nomenclature among the inputs.
      expect(byCountry?.hsCodes.map((h) => `${h.edition} ${h.nomenclature}`)).toEqual([
        'HS2012 0',
        'HS2017 0',
        'HS2022 0',
      ]);
      expect(byCountry?.productSubset).toBe(false);
    });

    it('the world-total file (ROC calendar, thousands of USD) equals the partner rows and is set aside, never added', () => {
      const world = parseCsvText(readFileSync(RAW_WORLD, 'utf8')).slice(1);
      const rocYear = (p: string) => Number(/^(\d+)年/.exec(p)?.[1]) + 1911;
      const thousands = (v: string) => Math.round(Number(v) * 1000);
      // Independently: per year, the world file and the sum over destinations agree to within
      // the rounding of the thousands figures (SOURCES.md says they are equal).
      for (const year of [2013, 2022, 2025]) {
        const w = world.filter((x) => rocYear(x[1] ?? '') === year);
        const c = rows.filter((x) => x[0] === String(year));
        const diff = Math.abs(
          w.reduce((s, x) => s + thousands(x[5] ?? ''), 0) -
            c.reduce((s, x) => s + dollars(x[4] ?? ''), 0),
        );
        expect(diff, String(year)).toBeLessThan(w.length);
      }
      const f = report().files.find((x) => x.file === 'taiwan-world.csv');
      expect(f?.format).toBe('mapping taiwan-customs-8542');
      expect(f?.rowsRead).toBe(world.length);
      expect(f?.valueRead).toBe(world.reduce((s, x) => s + thousands(x[5] ?? ''), 0));
      // Every in-scope world row has partner rows beside it: all set aside as totals.
      expect(f?.rowsKept).toBe(0);
      expect(f?.rowsQuarantined).toBe(0);
      expect(f?.rowsAggregate).toBe(world.length - (f?.rowsOutOfScope ?? 0));
      expect(f?.aggregateReasons).toEqual({
        'World total, partner rows present': f?.rowsAggregate,
      });
      const partial = world.filter((x) => (x[1] ?? '').includes('~'));
      expect(partial.length).toBeGreaterThan(0);
      expect(f?.repairs['partial year: months 1-7, preliminary']).toBe(partial.length);
    });
  },
);

const RAW_CHINA = join(
  SHARED,
  'china-critical-minerals-comtrade/china_exports_hs6_by_partner_monthly.csv',
);
const MAPPING_CHINA = join(ROOT, 'data/mappings/china-comtrade-critical-minerals.json');

/** A monthly file through a mapping: China's graphite exports, months as dates. */
describeShared(
  'a monthly file through a --mapping',
  ['china-critical-minerals-comtrade/china_exports_hs6_by_partner_monthly.csv', 'hs-concordance'],
  () => {
    const root = tempDir();
    const input = writeTree(join(root, 'in'), {
      'china.csv': readFileSync(RAW_CHINA),
      ...Object.fromEntries(
        readdirSync(CONCORDANCE)
          .filter((f) => f.endsWith('.csv'))
          .map((f) => [f, readFileSync(join(CONCORDANCE, f))]),
      ),
    });
    const out = join(root, 'out');
    const run = runCli(['--input', input, '--out', out, '--mapping', MAPPING_CHINA]);
    const rows = parseCsvText(readFileSync(RAW_CHINA, 'utf8')).slice(1);
    const ID = 'china-comtrade-critical-minerals';
    // 380110 artificial graphite is on the indicative list (nuclear, broad).
    const graphite = rows.filter((x) => x[2] === '380110');

    it('builds a monthly dataset whose months and editions follow the file', () => {
      expect(run.status, run.stderr).toBe(0);
      const r = JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8')) as BuildReport;
      expectReconciled(r);
      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
        datasets: {
          id: string;
          frequency: string;
          months?: string[];
          yearEditions?: Record<string, string>;
        }[];
      };
      const ds = manifest.datasets.find((d) => d.id === ID);
      expect(ds?.frequency).toBe('month');
      const months = [...new Set(rows.map((x) => (x[0] ?? '').slice(0, 7)))].sort();
      expect(ds?.months).toEqual(months);
      expect(months).toHaveLength(96);
      expect(ds?.yearEditions).toEqual(
        Object.fromEntries([2017, 2018, 2019, 2020, 2021].map((y) => [String(y), 'HS2017'])),
      );
      const f = r.files.find((x) => x.file === 'china.csv');
      expect(f?.rowsKept).toBe(graphite.length);
    });

    it("month shards: China's graphite exports by month equal the raw file", () => {
      const want = new Map<string, number>();
      for (const x of graphite) {
        const k = `${Number(x[0]?.slice(0, 4))}|${Number(x[0]?.slice(5, 7))}`;
        want.set(k, (want.get(k) ?? 0) + Math.round(Number(x[3])));
      }
      const got = new Map<string, number>();
      for (const year of [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]) {
        const s = JSON.parse(
          readFileSync(join(out, `month/${ID}/indicative/${year}.json`), 'utf8'),
        ) as Columnar;
        (s.data.iso3 ?? []).forEach((iso3, i) => {
          if (iso3 !== 'CHN' || s.data.category?.[i] !== '') return;
          const v = Number(s.data.export?.[i]);
          if (v !== 0) got.set(`${s.data.year?.[i]}|${s.data.month?.[i]}`, v);
        });
      }
      expect(Object.fromEntries([...got].sort())).toEqual(
        Object.fromEntries([...want].filter(([, v]) => v !== 0).sort()),
      );
      expect(got.size).toBe(96);
    });
  },
);
