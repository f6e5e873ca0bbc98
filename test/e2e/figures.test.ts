/**
 * Figures the profile and product pages show that no other test reads: the year comparison's
 * change and rank cells, the codes and category tables, the unit-value outliers, and the
 * product page's exporters, importers, trend and unit-value strip. Each is recomputed here from the download file (plain CSV parse,
 * each flow counted once) and the list files, never through the app's derive code, and
 * compared with the text the page shows, formatted by Intl as the README says the atlas does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LISTS_DIR, readCsvRecords, readGzipText, readListFile } from '../pipeline/independent.ts';
import { DATA } from './download-check.ts';
import { startBrowserPerFile, trendTableRows, watchErrors } from './harness.ts';

const BACI = 'baci-hs22-v202501';
const JRC = 'jrc-nuclear';
const EU = 'eurostat-comext';
const { browser, server } = startBrowserPerFile({ beforeAll, afterAll });

interface Flow {
  year: number;
  /** The year, or YYYY-MM in a monthly dataset. */
  period: string;
  exporter: string;
  importer: string;
  code: string;
  category: string;
  value: number;
  /** Tonnes; null where the download has none. */
  q: number | null;
}

/**
 * A dataset's flows of one list (of all lists when `list` is null: a product page counts every
 * flow under its code), each (period, exporter, importer, code) once.
 */
function flowsOf(dataset: string, list: string | null, categories?: ReadonlySet<string>): Flow[] {
  const { records } = readCsvRecords(readGzipText(join(DATA, 'downloads', `${dataset}.csv.gz`)));
  const seen = new Map<string, Flow>();
  for (const r of records) {
    if (list !== null && r.list !== list) continue;
    if (categories && !categories.has(r.category ?? '')) continue;
    // Category-level data (JRC) have no code: the category is the key of a flow.
    const code = r.hs6 || (r.category ?? '');
    const key = [r.period, r.exporter_iso3, r.importer_iso3, code].join('|');
    seen.set(key, {
      year: Number(r.year),
      period: r.period ?? '',
      exporter: r.exporter_iso3 ?? '',
      importer: r.importer_iso3 ?? '',
      code,
      category: r.category ?? '',
      value: Number(r.value),
      q: r.quantity_t ? Number(r.quantity_t) : null,
    });
  }
  return [...seen.values()];
}

type Side = 'export' | 'import';
const me = (f: Flow, side: Side) => (side === 'export' ? f.exporter : f.importer);
const other = (f: Flow, side: Side) => (side === 'export' ? f.importer : f.exporter);

/** Value (and tonnes where every row has them) summed by a key. */
function sumBy(flows: readonly Flow[], key: (f: Flow) => string | null) {
  const out = new Map<string, { value: number; q: number; withQ: number; rows: number }>();
  for (const f of flows) {
    const k = key(f);
    if (k === null) continue;
    const a = out.get(k) ?? { value: 0, q: 0, withQ: 0, rows: 0 };
    a.value += f.value;
    a.rows++;
    if (f.q !== null) {
      a.q += f.q;
      a.withQ++;
    }
    out.set(k, a);
  }
  return out;
}

/** Largest first, ties by key, as every table of the atlas sorts. */
const ranked = <T extends { value: number }>(m: Map<string, T>) =>
  [...m]
    .filter(([, a]) => a.value > 0)
    .sort((a, b) => b[1].value - a[1].value || (a[0] < b[0] ? -1 : 1));

const en = {
  change: new Intl.NumberFormat('en-GB', {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }),
  share: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }),
  int: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
};
const perTonne = (v: number, currency: string) => `${en.int.format(v)} ${currency}/t`;
/** A tiny but real share reads "< 0.1%", never "0%" (which would mean no trade). */
const shareText = (s: number) =>
  s > 0 && s < 0.0005 ? `< ${en.share.format(0.001)}` : en.share.format(s);

/** A table's rows as the page shows them: row key, then each cell's text and data-value. */
async function tableRows(page: Page, testId: string) {
  const table = page.getByTestId(testId);
  await table.locator('tbody tr').first().waitFor({ state: 'attached', timeout: 30_000 });
  return table.locator('tbody tr').evaluateAll((rs) =>
    rs.map((r) => ({
      key: r.getAttribute('data-key') ?? '',
      cells: [...r.querySelectorAll('td')].map((td) => ({
        text: (td.textContent ?? '').trim(),
        value: td.hasAttribute('data-value') ? Number(td.getAttribute('data-value')) : null,
      })),
    })),
  );
}

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${server().url}${path}`);
  return { page, errors };
}

describe('figures of the profile and product pages against the download', () => {
  it('the year comparison (JRC, France, 2020 against 2021): totals, change and rank cells, partners and their changes', async () => {
    const inTotal = new Set(
      readListFile(join(LISTS_DIR, 'jrc-nuclear.csv')).rows.map((r) => r.category),
    );
    for (const x of readListFile(join(LISTS_DIR, 'jrc-nuclear.csv')).totalExcludes)
      inTotal.delete(x);
    const flows = flowsOf(JRC, 'jrc-nuclear', inTotal);
    const iso3 = 'FRA';
    const [earlier, later] = [2020, 2021];
    const totals = (year: number, side: Side) =>
      sumBy(
        flows.filter((f) => f.year === year),
        (f) => me(f, side),
      );
    const value = (year: number, side: Side) => totals(year, side).get(iso3)?.value ?? 0;
    const rank = (year: number, side: Side) =>
      ranked(totals(year, side)).findIndex(([k]) => k === iso3) + 1;
    for (const side of ['export', 'import'] as const) {
      expect(value(earlier, side), `France ${side}s in ${earlier}`).toBeGreaterThan(0);
      expect(rank(later, side)).toBeGreaterThan(0);
    }

    const { page, errors } = await open(
      `?view=country&dataset=${JRC}&country=${iso3}&year=${later}&year2=${earlier}`,
    );
    const rows = new Map((await tableRows(page, 'compare-table')).map((r) => [r.key, r.cells]));
    for (const [key, side] of [
      ['ex', 'export'],
      ['im', 'import'],
    ] as const) {
      const a = value(earlier, side);
      const b = value(later, side);
      expect(rows.get(key)?.map((c) => c.value)).toEqual([a, b, null]);
      expect(rows.get(key)?.[2]?.text, `${side} change`).toBe(en.change.format((b - a) / a));
    }
    for (const [key, side] of [
      ['rx', 'export'],
      ['rm', 'import'],
    ] as const) {
      expect(
        rows.get(key)?.map((c) => c.text),
        `${side} rank`,
      ).toEqual([String(rank(earlier, side)), String(rank(later, side)), '']);
    }

    for (const side of ['export', 'import'] as const) {
      const by = (year: number) =>
        sumBy(
          flows.filter((f) => f.year === year && me(f, side) === iso3),
          (f) => other(f, side),
        );
      const pe = by(earlier);
      const pl = by(later);
      const keys = [
        ...new Set([
          ...ranked(pl)
            .slice(0, 10)
            .map(([k]) => k),
          ...ranked(pe)
            .slice(0, 10)
            .map(([k]) => k),
        ]),
      ];
      const shown = await tableRows(page, `compare-partners-${side}`);
      expect(shown.map((r) => r.key)).toEqual(keys);
      for (const r of shown) {
        const a = pe.get(r.key)?.value ?? 0;
        const b = pl.get(r.key)?.value ?? 0;
        expect(
          r.cells.map((c) => c.value),
          r.key,
        ).toEqual([a, b, null]);
        expect(r.cells[2]?.text, `${side} partner ${r.key} change`).toBe(
          a > 0 ? en.change.format((b - a) / a) : '–',
        );
      }
    }
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it("a country's codes table (BACI, Germany, indicative list): value, share and unit value of every code", async () => {
    const flows = flowsOf(BACI, 'indicative').filter((f) => f.year === 2023);
    const { page, errors } = await open('?view=country&country=DEU&list=indicative');
    for (const side of ['export', 'import'] as const) {
      const mine = flows.filter((f) => me(f, side) === 'DEU');
      const byCode = sumBy(mine, (f) => f.code);
      const total = [...byCode.values()].reduce((s, a) => s + a.value, 0);
      const expected = ranked(byCode)
        .slice(0, 10)
        .map(([code, a]) => ({
          key: code,
          value: a.value,
          share: shareText(a.value / total),
          // A code some of whose rows have no tonnes has no unit value ("–").
          unit:
            a.withQ === a.rows && a.q > 0
              ? perTonne(a.value / (Math.round(a.q * 1000) / 1000), 'USD')
              : '–',
        }));
      expect(expected.filter((e) => e.unit !== '–').length).toBeGreaterThan(2);
      const shown = await tableRows(page, `codes-${side}`);
      expect(
        shown.map((r) => ({
          key: r.key,
          value: r.cells[0]?.value,
          share: r.cells[1]?.text,
          unit: r.cells[3]?.text,
        })),
        side,
      ).toEqual(expected);
    }
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  for (const c of [
    { dataset: BACI, year: 2023, iso3: 'DEU', side: 'export', query: '' },
    { dataset: BACI, year: 2023, iso3: 'DEU', side: 'import', query: '' },
    { dataset: EU, year: 2022, iso3: 'DEU', side: 'export', query: `&dataset=${EU}&year=2022` },
    { dataset: EU, year: 2022, iso3: 'KAZ', side: 'import', query: `&dataset=${EU}&year=2022` },
  ] as const) {
    it(`a country's category table (${c.dataset} ${c.year}, ${c.iso3} ${c.side}s, indicative list): codes with data, value, share of the country, part under core codes`, async () => {
      const listFile = join(LISTS_DIR, 'indicative.csv');
      const asked = new Map<string, Set<string>>();
      for (const r of readListFile(listFile).rows) {
        asked.set(r.category, (asked.get(r.category) ?? new Set()).add(r.hs6));
      }
      const specificity = new Map<string, string>();
      const body = readFileSync(listFile, 'utf8').replace(/^(#.*\n)+/, '');
      for (const r of readCsvRecords(body).records) {
        specificity.set(`${r.category}|${r.hs6}`, r.specificity ?? '');
      }
      // The download's rows of the list: one per flow and category, so a code in two
      // categories counts in each, and once in the country's total.
      const { records } = readCsvRecords(
        readGzipText(join(DATA, 'downloads', `${c.dataset}.csv.gz`)),
      );
      const rows = records.filter((r) => r.list === 'indicative' && r.year === String(c.year));
      const withRows = new Map<string, Set<string>>();
      for (const r of rows) {
        const cat = r.category ?? '';
        withRows.set(cat, (withRows.get(cat) ?? new Set()).add(r.hs6 ?? ''));
      }
      const mine = rows.filter(
        (r) => (c.side === 'export' ? r.exporter_iso3 : r.importer_iso3) === c.iso3,
      );
      const seen = new Set<string>();
      let total = 0;
      for (const r of mine) {
        const key = [r.period, r.exporter_iso3, r.importer_iso3, r.hs6].join('|');
        if (seen.has(key)) continue;
        seen.add(key);
        total += Number(r.value);
      }
      expect(total).toBeGreaterThan(0);
      const { page, errors } = await open(
        `?view=country&country=${c.iso3}&list=indicative${c.query}`,
      );
      const shown = await tableRows(page, 'category-table');
      expect(shown.map((r) => r.key)).toEqual([...asked.keys()]);
      const at = c.side === 'export' ? 1 : 4;
      let checked = 0;
      for (const row of shown) {
        const cat = row.key;
        const k = withRows.get(cat)?.size ?? 0;
        expect(row.cells[0], cat).toEqual({ text: `${k} of ${asked.get(cat)?.size}`, value: k });
        if (k === 0) {
          expect(row.cells[at], cat).toEqual({ text: 'no data', value: null });
          continue;
        }
        const inCat = mine.filter((r) => r.category === cat);
        const value = inCat.reduce((s, r) => s + Number(r.value), 0);
        const broad = inCat
          .filter((r) => specificity.get(`${cat}|${r.hs6}`) === 'broad')
          .reduce((s, r) => s + Number(r.value), 0);
        expect(row.cells[at]?.value, cat).toBe(value);
        expect(row.cells[at + 1]?.text, `${cat} share`).toBe(shareText(value / total));
        expect(row.cells[at + 2]?.text, `${cat} core`).toBe(
          value > 0 ? shareText((value - broad) / value) : '–',
        );
        if (value > 0) checked++;
      }
      // BACI's extract holds nuclear codes only; Eurostat's holds several categories.
      expect(checked).toBeGreaterThanOrEqual(c.dataset === EU ? 3 : 1);
      expect(errors, errors.join('\n')).toEqual([]);
      await page.close();
    });
  }

  for (const c of [
    { dataset: BACI, year: 2023, iso3: 'FRA', query: '' },
    { dataset: EU, year: 2022, iso3: 'DEU', query: `&dataset=${EU}&year=2022` },
    { dataset: EU, year: 2022, iso3: 'KAZ', query: `&dataset=${EU}&year=2022` },
  ] as const) {
    it(`a profile's headline ranks, shares and change (${c.dataset} ${c.year}, ${c.iso3}, CHPL)`, async () => {
      const flows = flowsOf(c.dataset, 'chpl');
      // A partial year (Eurostat 2022: January to November) is compared with the same months.
      const months = new Set(flows.filter((f) => f.year === c.year).map((f) => f.period.slice(5)));
      const { page, errors } = await open(`?view=country&country=${c.iso3}${c.query}`);
      const dds = page.locator('dl.pg-totals dd');
      await expect.poll(() => dds.count()).toBe(3);
      let checked = 0;
      let changes = 0;
      for (const [i, side] of (['export', 'import'] as const).entries()) {
        const now = sumBy(
          flows.filter((f) => f.year === c.year),
          (f) => me(f, side),
        );
        const before = sumBy(
          flows.filter((f) => f.year === c.year - 1 && months.has(f.period.slice(5))),
          (f) => me(f, side),
        );
        const mine = now.get(c.iso3)?.value ?? 0;
        const dd = dds.nth(i);
        if (mine === 0) continue;
        const world = [...now.values()].reduce((sum, a) => sum + a.value, 0);
        const order = ranked(now);
        const rank = order.findIndex(([iso3]) => iso3 === c.iso3) + 1;
        expect(Number(await dd.getAttribute('data-value')), side).toBe(mine);
        const text = (await dd.textContent()) ?? '';
        expect(text, side).toContain(
          c.dataset === EU
            ? `Rank ${rank} of the ${order.length} places the data cover; ${shareText(mine / world)} of their total`
            : `Rank ${rank} of ${order.length} countries; ${shareText(mine / world)} of the world total`,
        );
        const prev = before.get(c.iso3)?.value ?? 0;
        if (c.dataset === EU && prev > 0) {
          expect(text, side).toContain(
            `${en.change.format((mine - prev) / prev)} from 2021 (January–November)`,
          );
          changes++;
        }
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
      expect(changes).toBe(c.dataset === EU ? 1 : 0);
      expect(errors, errors.join('\n')).toEqual([]);
      await page.close();
    });
  }

  it("a profile's unusual year-on-year changes (JRC 2017-2021, each series judged by the rule the page states)", async () => {
    const excluded = new Set(readListFile(join(LISTS_DIR, 'jrc-nuclear.csv')).totalExcludes);
    const flows = flowsOf(JRC, 'jrc-nuclear');
    const years = [2017, 2018, 2019, 2020, 2021];
    /** The rows the rule lists for one series: key, years, before, after. */
    const jumps = (key: string, values: number[]) => {
      const changes = values.flatMap((v, i) => {
        const before = values[i - 1] ?? 0;
        return i > 0 && before > 0 && v > 0
          ? [{ year: years[i] ?? 0, before, value: v, log: Math.log(v / before) }]
          : [];
      });
      if (changes.length < 4) return [];
      const mid = (xs: number[]) => {
        const s = [...xs].sort((a, b) => a - b);
        const h = Math.floor(s.length / 2);
        return s.length % 2 ? (s[h] ?? 0) : ((s[h - 1] ?? 0) + (s[h] ?? 0)) / 2;
      };
      const m = mid(changes.map((c) => c.log));
      const spread = 1.4826 * mid(changes.map((c) => Math.abs(c.log - m)));
      return changes
        .filter((c) => {
          const far = spread > 0 ? Math.abs(c.log - m) > 3 * spread : Math.abs(c.log - m) > 0;
          return far && Math.abs(c.log) >= Math.log(2);
        })
        .map((c) => ({
          key: `${key}-${c.year}`,
          years: `${c.year - 1}→${c.year}`,
          before: c.before,
          after: c.value,
          change: en.change.format(c.value / c.before - 1),
          z: spread > 0 ? ((c.log - m) / spread).toFixed(1) : '–',
        }));
    };
    let listed = 0;
    for (const iso3 of ['FRA', 'USA', 'RUS', 'CAN', 'KAZ', 'DEU']) {
      const expected: ReturnType<typeof jumps> = [];
      for (const side of ['export', 'import'] as const) {
        const mine = flows.filter((f) => me(f, side) === iso3);
        const total = years.map((y) =>
          mine
            .filter((f) => f.year === y && !excluded.has(f.category))
            .reduce((s, f) => s + f.value, 0),
        );
        expected.push(...jumps(`total-${side}`, total));
        for (const cat of [...new Set(mine.map((f) => f.category))].sort()) {
          const series = years.map((y) =>
            mine.filter((f) => f.year === y && f.category === cat).reduce((s, f) => s + f.value, 0),
          );
          expected.push(...jumps(`${cat}-${side}`, series));
        }
      }
      const { page, errors } = await open(`?dataset=${JRC}&view=country&country=${iso3}`);
      const table = page.getByTestId('yoy-jumps');
      await table.waitFor({ state: 'attached' });
      const shown = await table.locator('tbody tr').evaluateAll((rs) =>
        rs
          .filter((r) => r.querySelectorAll('td').length > 1)
          .map((r) => {
            const td = [...r.querySelectorAll('td')];
            return {
              key: r.getAttribute('data-key') ?? '',
              years: (td[0]?.textContent ?? '').trim(),
              before: Number(td[1]?.getAttribute('data-value')),
              after: Number(td[2]?.getAttribute('data-value')),
              change: (td[3]?.textContent ?? '').trim(),
              z: (td[4]?.textContent ?? '').trim(),
            };
          }),
      );
      const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : 1);
      expect(shown.sort(byKey), iso3).toEqual(expected.sort(byKey));
      listed += expected.length;
      expect(errors, errors.join('\n')).toEqual([]);
      await page.close();
    }
    // The rule lists some changes across these countries, and leaves most alone.
    expect(listed).toBeGreaterThan(0);
  });

  it('unit values more than 3x from the world median (BACI, indicative list): the flagged codes, unit values, medians and counts', async () => {
    const flows = flowsOf(BACI, 'indicative').filter((f) => f.year === 2023);
    /** Per code and side, every country's unit value: its value over its known tonnes. */
    const unitValues = (code: string, side: Side) => {
      const out = new Map<string, number>();
      for (const [iso3, a] of sumBy(
        flows.filter((f) => f.code === code),
        (f) => me(f, side),
      ))
        if (a.value > 0 && a.withQ > 0 && a.q > 0) out.set(iso3, a.value / a.q);
      return out;
    };
    const median = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      const m = Math.floor(s.length / 2);
      return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
    };
    const codes = [...new Set(flows.map((f) => f.code))];
    /** Every flagged (country, code, side) of the year, found by plain arithmetic. */
    const flagged = new Map<string, { key: string; uv: number; median: number; n: number }[]>();
    for (const code of codes)
      for (const side of ['export', 'import'] as const) {
        const uv = unitValues(code, side);
        if (uv.size < 5) continue;
        const m = median([...uv.values()]);
        for (const [iso3, v] of uv)
          if (v / m > 3 || v / m < 1 / 3)
            flagged.set(iso3, [
              ...(flagged.get(iso3) ?? []),
              { key: `${code}-${side}`, uv: v, median: m, n: uv.size },
            ]);
      }
    // The country with the most flagged codes (ties by ISO code), so the table is not empty.
    const [iso3, rows] = [...flagged].sort(
      (a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1),
    )[0] ?? ['', []];
    expect(rows.length).toBeGreaterThan(1);
    const { page, errors } = await open(`?view=country&country=${iso3}&list=indicative`);
    const shown = await tableRows(page, 'unit-value-outliers');
    expect(shown.map((r) => r.key).sort()).toEqual(rows.map((r) => r.key).sort());
    for (const r of shown) {
      const want = rows.find((x) => x.key === r.key);
      expect(
        r.cells.map((c) => c.value),
        r.key,
      ).toEqual([
        Math.round(want?.uv ?? NaN),
        Math.round(want?.median ?? NaN),
        null,
        null,
        want?.n,
      ]);
    }
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it("the product page's exporters and importers (BACI, 850440): value, share, tonnes' unit value", async () => {
    const flows = flowsOf(BACI, 'chpl').filter((f) => f.year === 2023 && f.code === '850440');
    const { page, errors } = await open('?view=product&hs=850440');
    for (const side of ['export', 'import'] as const) {
      const by = sumBy(flows, (f) => me(f, side));
      const total = [...by.values()].reduce((s, a) => s + a.value, 0);
      const expected = ranked(by)
        .slice(0, 10)
        .map(([iso3, a]) => ({
          key: iso3,
          value: a.value,
          share: shareText(a.value / total),
          unit: a.withQ > 0 && a.q > 0 ? perTonne(a.value / a.q, 'USD') : '–',
        }));
      expect(expected).toHaveLength(10);
      const shown = await tableRows(page, `product-${side}ers`);
      expect(
        shown.map((r) => ({
          key: r.key,
          value: r.cells[0]?.value,
          share: r.cells[1]?.text,
          unit: r.cells[3]?.text,
        })),
        side,
      ).toEqual(expected);
      // The key figures above the tables: the world total, the countries, the largest.
      const kf = page.getByTestId('product-key-figures').locator(`[data-flow="${side}"] dd`);
      const top = ranked(by)[0];
      expect(
        {
          total: Number(await kf.getAttribute('data-value')),
          countries: Number(await kf.getAttribute('data-countries')),
          top: await kf.locator('.kf-rank').getAttribute('data-top'),
          topShare: (await kf.locator('.kf-rank').textContent())?.includes(
            shareText((top?.[1].value ?? 0) / total),
          ),
        },
        `${side} key figures`,
      ).toEqual({ total, countries: ranked(by).length, top: top?.[0], topShare: true });
    }
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });
  it("the product page's trend (Eurostat, 847150: 2020, 2021 and the partial 2022, across the CN's change of HS edition) and unit-value strip (BACI, 850440)", async () => {
    // Trend: the world's exports and imports of the code per year, every flow once.
    const eu = flowsOf(EU, null).filter((f) => f.code === '847150');
    const byYear = sumBy(eu, (f) => String(f.year));
    expect([...byYear.keys()].sort()).toEqual(['2020', '2021', '2022']);
    const { page, errors } = await open(`?dataset=${EU}&view=product&hs=847150`);
    const trend = page.getByTestId('trend-chart');
    await expect.poll(() => trend.locator('tbody tr').count()).toBe(3);
    const rows = await trendTableRows(trend);
    // Each flow is one country's export and another's import: the two world totals agree.
    expect(rows).toEqual(
      [2020, 2021, 2022].map((y) => {
        const v = byYear.get(String(y))?.value ?? 0;
        return [y, v, v];
      }),
    );
    await page.close();

    // Strip: each exporter's unit value (value over the tonnes of its rows with a quantity),
    // their median, and the dots more than 3 times above or below it.
    const baci = flowsOf(BACI, null).filter((f) => f.year === 2023 && f.code === '850440');
    const uv = new Map(
      [...sumBy(baci, (f) => f.exporter)]
        .filter(([, a]) => a.value > 0 && a.withQ > 0 && a.q > 0)
        .map(([iso3, a]) => [iso3, a.value / a.q]),
    );
    const sorted = [...uv.values()].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    const median =
      sorted.length % 2 === 1
        ? (sorted[mid] ?? 0)
        : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
    const flagged = [...uv]
      .filter(([, v]) => v / median > 3 || v / median < 1 / 3)
      .map(([iso3]) => iso3)
      .sort();
    expect(uv.size).toBeGreaterThan(10);
    expect(flagged.length).toBeGreaterThan(0);
    const p2 = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors2 = watchErrors(p2);
    await p2.goto(`${server().url}?view=product&hs=850440`);
    const strip = p2.getByTestId('strip-chart');
    await expect.poll(() => strip.locator('circle[data-id]').count()).toBe(uv.size);
    const shown = await strip
      .locator('tbody tr')
      .evaluateAll((rs) =>
        rs.map(
          (r) =>
            [
              r.getAttribute('data-key') ?? '',
              Number(r.querySelector('td')?.getAttribute('data-value')),
            ] as const,
        ),
      );
    expect(shown.map(([k]) => k).sort()).toEqual([...uv.keys()].sort());
    for (const [iso3, v] of shown) expect(v, iso3).toBeCloseTo(uv.get(iso3) ?? -1, 6);
    expect(Number(await strip.locator('[data-median]').getAttribute('data-median'))).toBe(
      Math.round(median),
    );
    const on = await strip
      .locator('circle.sp-on')
      .evaluateAll((cs) => cs.map((c) => c.getAttribute('data-id') ?? ''));
    expect(on.sort()).toEqual(flagged);
    const summary = (await strip.locator('.tr-summary').textContent()) ?? '';
    expect(summary).toContain(
      `${uv.size} countries have a quantity; the median is ${perTonne(median, 'USD')}`,
    );
    expect(summary).toContain(
      `${flagged.length} ${flagged.length === 1 ? 'lies' : 'lie'} more than a factor of 3 from the median`,
    );
    expect([...errors, ...errors2], [...errors, ...errors2].join('\n')).toEqual([]);
    await p2.close();
  });
});
