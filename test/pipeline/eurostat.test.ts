/**
 * The Eurostat Comext dataset of the embedded default, recomputed from the raw monthly files
 * with plain string handling: CN8 rows roll up to HS6, HS4 heading rows are totals that are
 * never added, and the CN of 2020-2021 (HS2017) and 2022 (HS2022) take the lists through the
 * UNSD correlation table, applied here by the rule README.md states ("HS editions").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeShared } from '../shared-data.ts';
import type { FileReport } from './helpers.ts';
import {
  add,
  asObject,
  LISTS_DIR,
  PUBLIC_DATA,
  readCsvRecords,
  readJson,
  readListFile,
  SHARED,
  type MapShard,
  type RawList,
} from './independent.ts';

const ID = 'eurostat-comext';
const DIR = 'eu-comext-ru-neighbours';
const FILES = [2020, 2021, 2022].map((y) => `${DIR}/comext_eu27_exports_to_ru_neighbours_${y}.csv`);

/** The 27 member states and seven partners of the extract (SOURCES.md), alpha-2 -> alpha-3. */
const ISO3: Record<string, string> = {
  AT: 'AUT', BE: 'BEL', BG: 'BGR', CY: 'CYP', CZ: 'CZE', DE: 'DEU', DK: 'DNK', EE: 'EST',
  ES: 'ESP', FI: 'FIN', FR: 'FRA', GR: 'GRC', HR: 'HRV', HU: 'HUN', IE: 'IRL', IT: 'ITA',
  LT: 'LTU', LU: 'LUX', LV: 'LVA', MT: 'MLT', NL: 'NLD', PL: 'POL', PT: 'PRT', RO: 'ROU',
  SE: 'SWE', SI: 'SVN', SK: 'SVK', RU: 'RUS', BY: 'BLR', KZ: 'KAZ', GE: 'GEO', AM: 'ARM',
  UZ: 'UZB', KG: 'KGZ',
}; // prettier-ignore

interface RawRow {
  year: number;
  month: number;
  exporter: string;
  importer: string;
  product: string;
  value: bigint;
}

/**
 * One direction of the UNSD HS2022-HS2017 correlation with the catch-all rule: links touching
 * a code with more than 50 links are left out; a code left with none keeps its same-numbered
 * code if linked.
 */
function correlate(from: 'hs2017' | 'hs2022'): (code: string) => string[] {
  const to = from === 'hs2017' ? 'hs2022' : 'hs2017';
  const { records } = readCsvRecords(
    readFileSync(join(SHARED, 'hs-concordance/hs2022_to_hs2017_correlation.csv'), 'utf8'),
  );
  const links = new Map<string, string[]>();
  const linksOfTarget = new Map<string, number>();
  for (const r of records) {
    const a = r[from] ?? '';
    const b = r[to] ?? '';
    links.set(a, [...(links.get(a) ?? []), b]);
    linksOfTarget.set(b, (linksOfTarget.get(b) ?? 0) + 1);
  }
  return (code) => {
    const l = links.get(code) ?? [];
    const kept = l.length > 50 ? [] : l.filter((c) => (linksOfTarget.get(c) ?? 0) <= 50);
    if (kept.length > 0) return kept;
    return l.includes(code) ? [code] : [];
  };
}

describeShared(
  `Eurostat Comext recomputed from the raw files`,
  [
    'eu-comext-ru-neighbours/comext_eu27_exports_to_ru_neighbours_2020.csv',
    'eu-comext-ru-neighbours/comext_eu27_exports_to_ru_neighbours_2021.csv',
    'eu-comext-ru-neighbours/comext_eu27_exports_to_ru_neighbours_2022.csv',
    'hs-concordance/hs2022_to_hs2017_correlation.csv',
  ],
  () => {
    const raw: RawRow[] = [];
    const perFile = new Map<
      string,
      { rows: number; value: bigint; heading: bigint; headingRows: number }
    >();
    let lists: RawList[] = [];
    /** list -> edition -> HS6 codes counted in the list total (excluded categories out). */
    const totalCodes = new Map<string, Map<string, Set<string>>>();

    beforeAll(() => {
      for (const file of FILES) {
        const { header, records } = readCsvRecords(readFileSync(join(SHARED, file), 'utf8'));
        expect(header).toEqual(['period', 'reporter', 'partner', 'product', 'value_eur']);
        const f = { rows: 0, value: 0n, heading: 0n, headingRows: 0 };
        for (const r of records) {
          const value = BigInt(r.value_eur ?? '');
          f.rows++;
          f.value += value;
          const product = r.product ?? '';
          if (product.length === 4) {
            f.heading += value;
            f.headingRows++;
            continue;
          }
          expect(product).toMatch(/^\d{8}$/);
          const [y, m] = (r.period ?? '').split('-');
          const exporter = ISO3[r.reporter ?? ''];
          const importer = ISO3[r.partner ?? ''];
          expect(exporter, r.reporter).toBeDefined();
          expect(importer, r.partner).toBeDefined();
          raw.push({
            year: Number(y),
            month: Number(m),
            exporter: exporter ?? '',
            importer: importer ?? '',
            product,
            value,
          });
        }
        perFile.set(file, f);
      }
      lists = readdirSync(LISTS_DIR)
        .filter((f) => f.endsWith('.csv'))
        .sort()
        .map((f) => readListFile(join(LISTS_DIR, f)));
      const from = { HS2017: correlate('hs2017'), HS2022: correlate('hs2022') };
      for (const l of lists) {
        const own = new Set(
          l.rows.filter((r) => !l.totalExcludes.includes(r.category)).map((r) => r.hs6),
        );
        const convert = from[l.hsEdition as 'HS2017' | 'HS2022'];
        const other = new Set([...own].flatMap((c) => convert(c)));
        const byEdition = new Map<string, Set<string>>([[l.hsEdition, own]]);
        byEdition.set(l.hsEdition === 'HS2017' ? 'HS2022' : 'HS2017', other);
        totalCodes.set(l.id, byEdition);
      }
    });

    const editionOf = (year: number) => (year >= 2022 ? 'HS2022' : 'HS2017');

    /** Raw list totals by key, each CN8 row once if its HS6 carries the list in its year's CN. */
    function rawTotals(list: string, key: (r: RawRow, side: 'x' | 'm') => string) {
      const x = new Map<string, bigint>();
      const m = new Map<string, bigint>();
      for (const r of raw) {
        if (!totalCodes.get(list)?.get(editionOf(r.year))?.has(r.product.slice(0, 6))) continue;
        if (r.value !== 0n) {
          add(x, key(r, 'x'), r.value);
          add(m, key(r, 'm'), r.value);
        }
      }
      return { x, m };
    }

    it('build-report: each file reconciles, HS4 heading rows are counted as totals and never added', () => {
      const report = readJson<{ files: FileReport[] }>(join(PUBLIC_DATA, 'build-report.json'));
      for (const file of FILES) {
        const f = report.files.find((r) => r.file === file);
        const want = perFile.get(file);
        expect(f?.status, file).toBe('data');
        expect(f?.rowsRead).toBe(want?.rows);
        expect(BigInt(f?.valueRead ?? -1)).toBe(want?.value);
        expect(BigInt(f?.valueAggregate ?? -1)).toBe(want?.heading);
        expect(f?.rowsAggregate).toBe(want?.headingRows);
        expect(Object.keys(f?.aggregateReasons ?? {})).toEqual([
          'HS4 heading total (the CN8 rows under it are the detail)',
        ]);
        expect(f?.valueQuarantined).toBe(0);
        // CN8 rows only: kept (on a list) plus out of scope (on none).
        expect(BigInt((f?.valueKept ?? 0) + (f?.valueOutOfScope ?? 0))).toBe(
          (want?.value ?? 0n) - (want?.heading ?? 0n),
        );
      }
      expect(perFile.get(FILES[0] ?? '')?.headingRows).toBeGreaterThan(1000);
    });

    it('manifest: monthly, in euros, 35 months, 2020-2021 marked as HS2017 (a series break at 2022)', () => {
      const m = readJson<{
        datasets: {
          id: string;
          currency: string;
          frequency: string;
          months?: string[];
          yearEditions?: Record<string, string>;
          hsEdition: string;
          lists: string[];
          aggregates: { rows: number; value: number };
        }[];
      }>(join(PUBLIC_DATA, 'manifest.json'));
      const ds = m.datasets.find((d) => d.id === ID);
      expect(ds?.currency).toBe('EUR');
      expect(ds?.frequency).toBe('month');
      const months = [...new Set(raw.map((r) => `${r.year}-${String(r.month).padStart(2, '0')}`))];
      expect(ds?.months).toEqual(months.sort());
      expect(ds?.months).toHaveLength(35);
      expect(ds?.hsEdition).toBe('HS2022');
      expect(ds?.yearEditions).toEqual({ '2020': 'HS2017', '2021': 'HS2017' });
      expect(ds?.lists).toEqual(['chpl', 'indicative', 'jrc-nuclear']);
      const heading = [...perFile.values()].reduce((s, f) => s + f.heading, 0n);
      expect(BigInt(ds?.aggregates.value ?? -1)).toBe(heading);
    });

    it('month shards: every list total by month and country equals the raw CN8 sums', () => {
      const manifest = readJson<{ shards: { month?: Record<string, { path: string }> } }>(
        join(PUBLIC_DATA, 'manifest.json'),
      );
      let compared = 0;
      for (const l of lists) {
        const want = rawTotals(l.id, (r, side) =>
          [r.year, r.month, side === 'x' ? r.exporter : r.importer].join('|'),
        );
        const got = { x: new Map<string, bigint>(), m: new Map<string, bigint>() };
        for (const year of [2020, 2021, 2022]) {
          const ref = manifest.shards.month?.[`${ID}/${l.id}/${year}`];
          if (!ref) continue;
          const s = readJson<MapShard>(join(PUBLIC_DATA, ref.path));
          const col = (c: string) => s.data[c] ?? [];
          col('month').forEach((month, i) => {
            if (col('category')[i] !== '') return;
            const k = `${col('year')[i]}|${month}|${col('iso3')[i]}`;
            const x = BigInt(Number(col('export')[i]));
            const m = BigInt(Number(col('import')[i]));
            if (x !== 0n) add(got.x, k, x);
            if (m !== 0n) add(got.m, k, m);
          });
        }
        expect(asObject(got.x), `${l.id} exports`).toEqual(asObject(want.x));
        expect(asObject(got.m), `${l.id} imports`).toEqual(asObject(want.m));
        compared += want.x.size;
      }
      expect(compared).toBeGreaterThan(1000);
    });

    it('CHPL trade diversion: EU exports to Armenia, Kyrgyzstan, Kazakhstan rise in 2022 as those to Russia fall (yearly map shards equal the raw sums)', () => {
      const want = rawTotals(
        'chpl',
        (r, side) => `${r.year}|${side === 'x' ? r.exporter : r.importer}`,
      ).m;
      const got = new Map<string, bigint>();
      for (const year of [2021, 2022]) {
        const s = readJson<MapShard>(join(PUBLIC_DATA, `map/${ID}/chpl/${year}.json`));
        s.data.iso3?.forEach((iso3, i) => {
          if (s.data.category?.[i] === '')
            got.set(`${year}|${iso3}`, BigInt(Number(s.data.import?.[i])));
        });
      }
      for (const iso3 of ['RUS', 'ARM', 'KGZ', 'KAZ']) {
        for (const year of [2021, 2022]) {
          expect(got.get(`${year}|${iso3}`), `${iso3} ${year}`).toBe(want.get(`${year}|${iso3}`));
        }
      }
      const at = (y: number, c: string) => got.get(`${y}|${c}`) ?? 0n;
      expect(at(2022, 'RUS')).toBeLessThan(at(2021, 'RUS'));
      for (const c of ['ARM', 'KGZ', 'KAZ']) expect(at(2022, c), c).toBeGreaterThan(at(2021, c));
    });
  },
);
