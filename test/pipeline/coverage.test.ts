/**
 * The manifest's `inputCoverage` of the embedded default, recomputed from the raw files with
 * plain string handling: the HS6 codes of every row read against the nomenclature, the places
 * on each side, and which list codes (in the list's own edition) have kept flows each year,
 * lists of another edition going through the UNSD correlation table by README.md's rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeShared } from '../shared-data.ts';
import type { DatasetMeta, InputCoverage, Manifest } from '../../src/schema/manifest.ts';
import {
  LISTS_DIR,
  PUBLIC_DATA,
  readCsvRecords,
  readJson,
  readListFile,
  ROOT,
  SHARED,
  type RawList,
} from './independent.ts';

const read = (p: string) => readCsvRecords(readFileSync(join(SHARED, p), 'utf8')).records;
const sorted = (s: Iterable<string>) => [...s].sort();

/** `code -> iso3` aliases of data/reference (ROM -> ROU, S19 -> TWN...). */
function aliases(): Map<string, string> {
  const { records } = readCsvRecords(
    readFileSync(join(ROOT, 'data/reference/country-aliases.csv'), 'utf8'),
  );
  return new Map(records.map((r) => [r.code ?? '', r.iso3 ?? '']));
}

/** HS6 codes of an edition's nomenclature: BACI's product list and the HS table, together. */
function nomenclature(edition: 'HS2017' | 'HS2022'): number {
  const codes = new Set<string>();
  const hs = read(`hs-nomenclature/${edition.toLowerCase()}_harmonized-system.csv`);
  for (const r of hs)
    if (r.level === '6' && /^\d{6}$/.test(r.hscode ?? '')) codes.add(r.hscode ?? '');
  if (edition === 'HS2022') {
    for (const r of read('baci-energy-subset/product_codes_HS22_V202501.csv'))
      if (/^\d{6}$/.test(r.code ?? '')) codes.add(r.code ?? '');
  }
  return codes.size;
}

/**
 * One direction of the UNSD HS2022-HS2017 correlation, links touching a code with more than
 * 50 links left out, a code left with none keeping its same-numbered code if linked.
 */
function correlate(from: 'hs2017' | 'hs2022'): (code: string) => string[] {
  const to = from === 'hs2017' ? 'hs2022' : 'hs2017';
  const links = new Map<string, string[]>();
  const linksOfTarget = new Map<string, number>();
  for (const r of read('hs-concordance/hs2022_to_hs2017_correlation.csv')) {
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
  `inputCoverage recomputed from the raw files`,
  [
    'hs-nomenclature/hs2022_harmonized-system.csv',
    'hs-nomenclature/hs2017_harmonized-system.csv',
    'baci-energy-subset/product_codes_HS22_V202501.csv',
    'hs-concordance/hs2022_to_hs2017_correlation.csv',
    'country-codes/baci_country_codes_V202501.csv',
    'baci-energy-subset/BACI_HS22_Y2023_V202501_energy_subset.csv',
    'nuclear-trade-360info/nuclear-commodity-data.csv',
  ],
  () => {
    let manifest: Manifest;
    let lists: RawList[];
    const convert = { HS2017: (c: string) => [c], HS2022: (c: string) => [c] };
    const dataset = (id: string): DatasetMeta => {
      const d = manifest.datasets.find((x) => x.id === id);
      if (!d) throw new Error(`${id} not in the manifest`);
      return d;
    };
    /** List codes (own edition) whose codes in `edition` meet `has`, and those with none. */
    const listCodes = (l: RawList, edition: 'HS2017' | 'HS2022', has: (hs6: string) => boolean) => {
      const codes = new Set(l.rows.map((r) => r.hs6));
      const to =
        l.hsEdition === edition
          ? (c: string) => [c]
          : l.hsEdition === 'HS2022'
            ? convert.HS2022
            : convert.HS2017;
      return {
        withRows: sorted([...codes].filter((c) => to(c).some(has))),
        noCounterpart: sorted([...codes].filter((c) => to(c).length === 0)),
        codes: codes.size,
      };
    };

    beforeAll(() => {
      manifest = readJson<Manifest>(join(PUBLIC_DATA, 'manifest.json'));
      lists = readdirSync(LISTS_DIR)
        .filter((f) => f.endsWith('.csv'))
        .sort()
        .map((f) => readListFile(join(LISTS_DIR, f)));
      // HS2022 list codes to HS2017 and back.
      convert.HS2022 = correlate('hs2022');
      convert.HS2017 = correlate('hs2017');
    });

    it('BACI: its 32 codes of 5,614, a product subset said so; the countries of the file', () => {
      const alias = aliases();
      const iso3 = new Map<string, string>();
      for (const c of read('country-codes/baci_country_codes_V202501.csv')) {
        const code = c.country_iso3 ?? '';
        iso3.set(c.country_code ?? '', alias.get(code) ?? code);
      }
      const lines = readFileSync(
        join(SHARED, 'baci-energy-subset/BACI_HS22_Y2023_V202501_energy_subset.csv'),
        'utf8',
      )
        .trim()
        .split('\n')
        .slice(1);
      const codes = new Set<string>();
      const exporters = new Set<string>();
      const importers = new Set<string>();
      for (const line of lines) {
        const [t = '', i = '', j = '', k = ''] = line.trim().split(',');
        expect(t).toBe('2023');
        codes.add(k);
        exporters.add(iso3.get(i) ?? `unknown ${i}`);
        importers.add(iso3.get(j) ?? `unknown ${j}`);
      }
      const d = dataset('baci-hs22-v202501');
      const cov: InputCoverage = d.inputCoverage;
      expect(codes.size).toBe(32);
      expect(cov.hsCodes).toEqual([
        { edition: 'HS2022', input: 32, nomenclature: nomenclature('HS2022') },
      ]);
      expect(nomenclature('HS2022')).toBe(5614);
      expect(cov.productSubset).toBe(true);
      expect(cov.exporters).toEqual(sorted(exporters));
      expect(cov.importers).toEqual(sorted(importers));
      expect(cov.exporters.some((c) => c.startsWith('unknown'))).toBe(false);
      // A subset is a fact of inputCoverage, worded by the app; the reach is world trade.
      expect(d.coverage).toBeUndefined();
      expect(d.notes).toContainEqual({ kind: 'productSubset' });

      // Every row of the file is kept or out of scope (none quarantined), so a list code has
      // rows when one of its codes in HS2022 is among the file's codes.
      const counts: Record<string, string> = {};
      for (const l of lists) {
        const expected = listCodes(l, 'HS2022', (c) => codes.has(c));
        const got = cov.lists[l.id]?.['2023'];
        expect(got, l.id).toEqual({
          edition: 'HS2022',
          withRows: expected.withRows,
          noCounterpart: expected.noCounterpart,
        });
        counts[l.id] = `${expected.withRows.length} of ${expected.codes}`;
      }
      expect(counts).toEqual({ chpl: '2 of 50', indicative: '9 of 149', 'jrc-nuclear': '5 of 22' });
      expect(cov.lists['jrc-nuclear']?.['2023']?.withRows).toEqual([
        '284450',
        '284510',
        '840110',
        '840130',
        '840140',
      ]);
    });

    it('Eurostat: the EU-27 as exporters, seven partners as importers; codes per CN edition', () => {
      const EU = ['AUT', 'BEL', 'BGR', 'CYP', 'CZE', 'DEU', 'DNK', 'EST', 'ESP', 'FIN', 'FRA',
      'GRC', 'HRV', 'HUN', 'IRL', 'ITA', 'LTU', 'LUX', 'LVA', 'MLT', 'NLD', 'POL', 'PRT', 'ROU',
      'SWE', 'SVN', 'SVK']; // prettier-ignore
      const edition = (year: number) => (year >= 2022 ? 'HS2022' : 'HS2017');
      const codes = { HS2017: new Set<string>(), HS2022: new Set<string>() };
      const byYear = new Map<number, Set<string>>();
      const reporters = new Set<string>();
      const partners = new Set<string>();
      for (const y of [2020, 2021, 2022]) {
        for (const r of read(
          `eu-comext-ru-neighbours/comext_eu27_exports_to_ru_neighbours_${y}.csv`,
        )) {
          const product = r.product ?? '';
          if (product.length === 4) continue; // HS4 heading totals: aggregates
          expect(product).toMatch(/^\d{8}$/);
          const year = Number((r.period ?? '').slice(0, 4));
          codes[edition(year)].add(product.slice(0, 6));
          const s = byYear.get(year) ?? new Set<string>();
          s.add(product.slice(0, 6));
          byYear.set(year, s);
          reporters.add(r.reporter ?? '');
          partners.add(r.partner ?? '');
        }
      }
      const d = dataset('eurostat-comext');
      const cov = d.inputCoverage;
      expect(reporters.size).toBe(27);
      expect(sorted(partners)).toEqual(['AM', 'BY', 'GE', 'KG', 'KZ', 'RU', 'UZ']);
      expect(cov.exporters).toEqual(sorted(EU));
      expect(cov.importers).toEqual(['ARM', 'BLR', 'GEO', 'KAZ', 'KGZ', 'RUS', 'UZB']);
      expect(cov.hsCodes).toEqual([
        { edition: 'HS2017', input: codes.HS2017.size, nomenclature: nomenclature('HS2017') },
        { edition: 'HS2022', input: codes.HS2022.size, nomenclature: nomenclature('HS2022') },
      ]);
      expect(cov.productSubset).toBe(true);
      expect(d.coverage).toMatch(
        /^exports declared by the 27 EU member states .*\(chapters 28-90\)$/,
      );
      expect(d.notes).toContainEqual({ kind: 'productSubset' });
      expect(d.notes).toContainEqual({
        kind: 'setAside',
        rows: expect.any(Number) as number,
        value: expect.any(Number) as number,
        reason: 'hs4-heading-cn8',
      });

      const chpl: string[] = [];
      for (const l of lists) {
        for (const year of [2020, 2021, 2022]) {
          const e = edition(year);
          const expected = listCodes(l, e, (c) => byYear.get(year)?.has(c) ?? false);
          expect(cov.lists[l.id]?.[String(year)], `${l.id} ${year}`).toEqual({
            edition: e,
            withRows: expected.withRows,
            noCounterpart: expected.noCounterpart,
          });
          if (l.id === 'chpl') chpl.push(`${year}: ${expected.withRows.length}`);
        }
      }
      expect(chpl).toEqual(['2020: 17', '2021: 17', '2022: 18']);
      // The CHPL's 8541.51/59 (HS2022) have no HS2017 counterpart.
      expect(cov.lists.chpl?.['2021']?.noCounterpart).toEqual(['854151', '854159']);
    });

    it('JRC: no HS codes; the categories with flows each year; the countries of the file', () => {
      const alias = aliases();
      const category: Record<string, string> = {
        Mining: 'mining',
        Enrichment: 'enrichment',
        'Fuel fabrication': 'fuel-fabrication',
        'Power Plant': 'power-plant',
        'Spent Fuel / HLW': 'spent-fuel-hlw',
        Ignore: 'ignore',
      };
      const byYear = new Map<string, Set<string>>();
      const sources = new Set<string>();
      const recipients = new Set<string>();
      for (const r of read('nuclear-trade-360info/nuclear-commodity-data.csv')) {
        const s = byYear.get(r.year ?? '') ?? new Set<string>();
        s.add(category[r.category ?? ''] ?? `unknown ${r.category}`);
        byYear.set(r.year ?? '', s);
        sources.add(alias.get(r.source_iso3 ?? '') ?? r.source_iso3 ?? '');
        recipients.add(alias.get(r.recipient_iso3 ?? '') ?? r.recipient_iso3 ?? '');
      }
      const d = dataset('jrc-nuclear');
      const cov = d.inputCoverage;
      expect(cov.hsCodes).toEqual([]);
      expect(cov.productSubset).toBe(false);
      expect(d.coverage).toBeUndefined();
      expect(cov.exporters).toEqual(sorted(sources));
      expect(cov.importers).toEqual(sorted(recipients));
      expect(Object.keys(cov.lists)).toEqual(['jrc-nuclear']);
      expect(Object.keys(cov.lists['jrc-nuclear'] ?? {})).toEqual(sorted(byYear.keys()));
      for (const [year, cats] of byYear) {
        expect(cov.lists['jrc-nuclear']?.[year]).toEqual({
          edition: 'HS2017',
          withRows: sorted(cats),
          noCounterpart: [],
        });
      }
    });
  },
);
