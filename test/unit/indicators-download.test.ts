/**
 * A profile's indicators on the embedded BACI data (indicative list, 2023), for every country
 * and code: partner concentration (HHI, 0-10,000, and the top-3 share), codes both imported and
 * exported (the smaller side as possible re-export), and unit values against the world median
 * (more than 3x either way, at least 5 countries; robust z on logs). The app computes them from
 * the country and product shards through src/derive; the test recomputes them from the download
 * file with plain arithmetic and compares, to rounding.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hhi, topShare, transitCodes, unitValueChecks } from '../../src/derive/indicators.ts';
import { productCountries, productYearly, profileBy } from '../../src/derive/profile.ts';
import {
  shardKey,
  type ColumnarShard,
  type CountryColumns,
  type Manifest,
  type ProductColumns,
} from '../../src/schema/manifest.ts';
import { PUBLIC_DATA, readCsvRecords, readGzipText } from '../pipeline/independent.ts';

const DS = 'baci-hs22-v202501';
const LIST = 'indicative';
const YEAR = 2023;
const manifest = JSON.parse(readFileSync(join(PUBLIC_DATA, 'manifest.json'), 'utf8')) as Manifest;
const shard = <T>(path: string) => JSON.parse(readFileSync(join(PUBLIC_DATA, path), 'utf8')) as T;

interface Flow {
  ex: string;
  im: string;
  code: string;
  value: number;
  q: number | null;
}
/** The list's flows of the year, each (exporter, importer, code) once. */
const flows: Flow[] = (() => {
  const { records } = readCsvRecords(readGzipText(join(PUBLIC_DATA, 'downloads', `${DS}.csv.gz`)));
  const seen = new Map<string, Flow>();
  for (const r of records) {
    if (r.list !== LIST || Number(r.year) !== YEAR) continue;
    const f = {
      ex: r.exporter_iso3 ?? '',
      im: r.importer_iso3 ?? '',
      code: r.hs6 ?? '',
      value: Number(r.value),
      q: r.quantity_t ? Number(r.quantity_t) : null,
    };
    seen.set(`${f.ex}|${f.im}|${f.code}`, f);
  }
  return [...seen.values()];
})();
const codes = new Set(flows.map((f) => f.code));
const countries = [...new Set(flows.flatMap((f) => [f.ex, f.im]))].sort();
const sides = ['export', 'import'] as const;
const me = (f: Flow, side: 'export' | 'import') => (side === 'export' ? f.ex : f.im);
const other = (f: Flow, side: 'export' | 'import') => (side === 'export' ? f.im : f.ex);

function sumBy(fs: readonly Flow[], key: (f: Flow) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of fs) out.set(key(f), (out.get(key(f)) ?? 0) + f.value);
  return out;
}

describe(`indicators of every country (${DS}, ${LIST}, ${YEAR}) against the download`, () => {
  it('partner concentration: HHI and top-3 share', () => {
    let checked = 0;
    for (const iso3 of countries) {
      const ref = manifest.shards.country[shardKey.country(DS, iso3)];
      if (!ref) continue;
      const country = shard<ColumnarShard<CountryColumns>>(ref.path);
      for (const side of sides) {
        const values = [
          ...sumBy(
            flows.filter((f) => me(f, side) === iso3),
            (f) => other(f, side),
          ).values(),
        ];
        const total = values.reduce((s, v) => s + v, 0);
        const wantHhi =
          total > 0 ? values.reduce((s, v) => s + (10_000 * v * v) / (total * total), 0) : 0;
        const top3 = [...values]
          .sort((a, b) => b - a)
          .slice(0, 3)
          .reduce((s, v) => s + v, 0);
        const rows = profileBy(country, 'partner', side, YEAR, codes).rows.map((r) => r.value);
        expect(hhi(rows), `${iso3} ${side} HHI`).toBeCloseTo(wantHhi, 6);
        expect(topShare(rows), `${iso3} ${side} top 3`).toBeCloseTo(
          total > 0 ? top3 / total : 0,
          12,
        );
        if (total > 0) checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('codes both imported and exported, the smaller side as possible re-export, largest first', () => {
    let withTransit = 0;
    for (const iso3 of countries) {
      const ref = manifest.shards.country[shardKey.country(DS, iso3)];
      if (!ref) continue;
      const ex = sumBy(
        flows.filter((f) => f.ex === iso3),
        (f) => f.code,
      );
      const im = sumBy(
        flows.filter((f) => f.im === iso3),
        (f) => f.code,
      );
      const want = [...ex]
        .filter(([c, v]) => v > 0 && (im.get(c) ?? 0) > 0)
        .map(([c, v]) => ({
          code: c,
          export: v,
          import: im.get(c) ?? 0,
          possibleReexport: Math.min(v, im.get(c) ?? 0),
        }))
        .sort((a, b) => b.possibleReexport - a.possibleReexport || (a.code < b.code ? -1 : 1));
      const got = transitCodes(shard<ColumnarShard<CountryColumns>>(ref.path), YEAR, codes);
      expect(got, iso3).toEqual(want);
      if (want.length > 0) withTransit++;
    }
    expect(withTransit).toBeGreaterThan(50);
  });

  it('unit values: median, ratio, robust z and the flag, for every code and direction', () => {
    const median = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      const m = Math.floor(s.length / 2);
      return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
    };
    let flagged = 0;
    for (const code of [...codes].sort()) {
      const ref = manifest.shards.product[shardKey.product(DS, code)];
      if (!ref) continue;
      const product = shard<ColumnarShard<ProductColumns>>(ref.path);
      for (const side of sides) {
        // A country's unit value: its value over the tonnes of the rows that give them.
        const acc = new Map<string, { value: number; q: number; withQ: number }>();
        for (const f of flows.filter((x) => x.code === code)) {
          const a = acc.get(me(f, side)) ?? { value: 0, q: 0, withQ: 0 };
          a.value += f.value;
          if (f.q !== null) {
            a.q += f.q;
            a.withQ++;
          }
          acc.set(me(f, side), a);
        }
        const uv = [...acc]
          .filter(([, a]) => a.value > 0 && a.withQ > 0 && a.q > 0)
          .map(([iso3, a]) => ({ iso3, uv: a.value / a.q }));
        const got = unitValueChecks(productCountries(product, YEAR, side).rows);
        expect(got.countries, `${code} ${side} countries`).toBe(uv.length);
        if (uv.length === 0) {
          expect(got.median).toBeNull();
          continue;
        }
        const m = median(uv.map((u) => u.uv));
        expect(got.median, `${code} ${side} median`).toBeCloseTo(m, 6);
        const logs = uv.map((u) => Math.log(u.uv));
        const lm = median(logs);
        const spread = 1.4826 * median(logs.map((l) => Math.abs(l - lm)));
        const want = new Map(
          uv.map((u) => [
            u.iso3,
            {
              ratio: u.uv / m,
              z: spread > 0 ? (Math.log(u.uv) - lm) / spread : null,
              flagged: uv.length >= 5 && (u.uv / m > 3 || u.uv / m < 1 / 3),
            },
          ]),
        );
        for (const c of got.checks) {
          const w = want.get(c.iso3);
          expect(w, `${code} ${side} ${c.iso3}`).toBeDefined();
          expect(c.ratio).toBeCloseTo(w?.ratio ?? NaN, 9);
          if (w?.z === null) expect(c.z).toBeNull();
          else expect(c.z).toBeCloseTo(w?.z ?? NaN, 9);
          expect(c.flagged, `${code} ${side} ${c.iso3} flagged`).toBe(w?.flagged);
          if (c.flagged) flagged++;
        }
        expect(got.checks.length).toBe(want.size);
      }
    }
    expect(flagged).toBeGreaterThan(10);
  });
});

describe('a product page against the download: its countries and its years', () => {
  it(`every code's exporters and importers (${DS}, ${YEAR}): order, value, share, tonnes, unit value`, () => {
    let rowsChecked = 0;
    for (const code of [...codes].sort()) {
      const ref = manifest.shards.product[shardKey.product(DS, code)];
      if (!ref) continue;
      const product = shard<ColumnarShard<ProductColumns>>(ref.path);
      for (const side of sides) {
        const acc = new Map<string, { value: number; q: number; withQ: number }>();
        for (const f of flows.filter((x) => x.code === code)) {
          const a = acc.get(me(f, side)) ?? { value: 0, q: 0, withQ: 0 };
          a.value += f.value;
          if (f.q !== null) {
            a.q += f.q;
            a.withQ++;
          }
          acc.set(me(f, side), a);
        }
        const total = [...acc.values()].reduce((s, a) => s + a.value, 0);
        const want = [...acc]
          .filter(([, a]) => a.value > 0)
          .sort((a, b) => b[1].value - a[1].value || (a[0] < b[0] ? -1 : 1))
          .map(([iso3, a]) => ({
            iso3,
            value: a.value,
            share: a.value / total,
            q: a.withQ > 0 ? a.q : null,
            uv: a.withQ > 0 && a.q > 0 ? a.value / a.q : null,
          }));
        const got = productCountries(product, YEAR, side);
        expect(got.total, `${code} ${side} total`).toBe(total);
        expect(
          got.rows.map((r) => r.iso3),
          `${code} ${side} order`,
        ).toEqual(want.map((w) => w.iso3));
        got.rows.forEach((r, i) => {
          const w = want[i];
          expect(r.value).toBe(w?.value);
          expect(r.share).toBeCloseTo(w?.share ?? NaN, 12);
          if (w?.q === null) expect(r.quantityT).toBeNull();
          else expect(r.quantityT).toBeCloseTo(w?.q ?? NaN, 3);
          if (w?.uv === null) expect(r.unitValue).toBeNull();
          else expect(r.unitValue).toBeCloseTo(w?.uv ?? NaN, 3);
        });
        rowsChecked += got.rows.length;
      }
    }
    expect(rowsChecked).toBeGreaterThan(1000);
  });

  it('every Eurostat code: world exports and imports per year, each flow once', () => {
    const EU = 'eurostat-comext';
    const ds = manifest.datasets.find((d) => d.id === EU);
    const { records } = readCsvRecords(
      readGzipText(join(PUBLIC_DATA, 'downloads', `${EU}.csv.gz`)),
    );
    const seen = new Set<string>();
    const sums = new Map<string, Map<number, number>>();
    for (const r of records) {
      const k = `${r.period}|${r.exporter_iso3}|${r.importer_iso3}|${r.hs6}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const byYear = sums.get(r.hs6 ?? '') ?? new Map<number, number>();
      byYear.set(Number(r.year), (byYear.get(Number(r.year)) ?? 0) + Number(r.value));
      sums.set(r.hs6 ?? '', byYear);
    }
    const years = ds?.years ?? [];
    expect(years).toEqual([2020, 2021, 2022]);
    let checked = 0;
    for (const [code, byYear] of sums) {
      const ref = manifest.shards.product[shardKey.product(EU, code)];
      if (!ref) continue;
      // Every flow has an exporter and an importer: both world totals are the flows' sum.
      expect(
        productYearly(shard<ColumnarShard<ProductColumns>>(ref.path), [...years].reverse()),
        code,
      ).toEqual(
        years.map((y) => ({ year: y, export: byYear.get(y) ?? 0, import: byYear.get(y) ?? 0 })),
      );
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });
});
