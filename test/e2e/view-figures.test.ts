/**
 * Figures of the flows view's tables, the compare view and the profile's concentration (HHI,
 * top-3 share, also in the year comparison) and possible re-export tables, on BACI, Eurostat
 * (monthly data; 2021 in HS2017, converted lists; 2022 a partial year of eleven months) and
 * JRC (categories). Each figure is read from the page of the built app and recomputed here by
 * plain parsing of the app's download file and the raw list files (each flow counted once),
 * never through the app's derive code; text is formatted by Intl as the README says the atlas
 * formats it (en-GB).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LISTS_DIR, readCsvRecords, readGzipText, readListFile } from '../pipeline/independent.ts';
import { DATA } from './download-check.ts';
import { startBrowserPerFile, watchErrors } from './harness.ts';

const BACI = 'baci-hs22-v202501';
const EUROSTAT = 'eurostat-comext';
const JRC = 'jrc-nuclear';
const CURRENCY: Record<string, string> = { [BACI]: 'USD', [EUROSTAT]: 'EUR', [JRC]: 'USD' };
const { browser, server } = startBrowserPerFile({ beforeAll, afterAll });

type Side = 'export' | 'import';

/** One flow of the download: a (period, exporter, importer, code) once, with its lists. */
interface Flow {
  year: number;
  exporter: string;
  importer: string;
  /** The HS code, or the category for category-level data (JRC). */
  code: string;
  value: number;
  /** Lists that count this flow in their total (a category outside the total does not). */
  lists: Set<string>;
}

/** Categories each list leaves out of its total (`total_excludes` of the raw list files). */
const excluded = new Map(
  ['chpl', 'indicative', 'jrc-nuclear'].map((id) => [
    id,
    new Set(readListFile(join(LISTS_DIR, `${id}.csv`)).totalExcludes),
  ]),
);

const flowCache = new Map<string, Flow[]>();
/** Every flow of a dataset's download file, each once, with the lists counting it. */
function flowsOf(dataset: string): Flow[] {
  const hit = flowCache.get(dataset);
  if (hit) return hit;
  const { records } = readCsvRecords(readGzipText(join(DATA, 'downloads', `${dataset}.csv.gz`)));
  const seen = new Map<string, Flow>();
  for (const r of records) {
    const code = r.hs6 || (r.category ?? '');
    const key = [r.period, r.exporter_iso3, r.importer_iso3, code].join('|');
    const f = seen.get(key) ?? {
      year: Number(r.year),
      exporter: r.exporter_iso3 ?? '',
      importer: r.importer_iso3 ?? '',
      code,
      value: Number(r.value),
      lists: new Set<string>(),
    };
    const list = r.list ?? '';
    if (!excluded.get(list)?.has(r.category ?? '')) f.lists.add(list);
    seen.set(key, f);
  }
  const out = [...seen.values()];
  flowCache.set(dataset, out);
  return out;
}

/** A list's flows of one year (all months of a partial year). */
const listFlows = (dataset: string, list: string, year: number) =>
  flowsOf(dataset).filter((f) => f.year === year && f.lists.has(list));

function sumBy(flows: readonly Flow[], key: (f: Flow) => string | null): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of flows) {
    const k = key(f);
    if (k !== null) out.set(k, (out.get(k) ?? 0) + f.value);
  }
  return out;
}

/** Positive values, largest first, ties by key: as every table of the atlas sorts. */
const ranked = (m: ReadonlyMap<string, number>): [string, number][] =>
  [...m].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const total = (xs: Iterable<number>) => [...xs].reduce((s, v) => s + v, 0);

const intl = {
  share: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }),
  int: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
};
/** A tiny but real share reads "< 0.1%", never "0%". */
const shareText = (s: number) =>
  s > 0 && s < 0.0005 ? `< ${intl.share.format(0.001)}` : intl.share.format(s);
const amount = (v: number, currency: string) => `${intl.int.format(v)} ${currency}`;

/** Herfindahl-Hirschman index, worked from its definition: squared shares in percent. */
function plainHhi(values: readonly number[]): number {
  const t = total(values);
  return values.reduce((s, v) => s + ((v / t) * 100) ** 2, 0);
}
/** The usual reading bands: below 1,500, 1,500 to 2,500, above 2,500. */
const band = (h: number) =>
  h < 1500 ? 'unconcentrated' : h <= 2500 ? 'moderately concentrated' : 'highly concentrated';
const top3 = (values: readonly number[]) =>
  total([...values].sort((a, b) => b - a).slice(0, 3)) / total(values);

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${server().url}${path}`);
  return { page, errors };
}

/** A table's body rows: each row's attributes asked for, and each td's text and data-value. */
async function bodyRows(page: Page, selector: string, attrs: string[] = ['data-key']) {
  const rows = page.locator(`${selector} tbody tr`);
  await rows.first().waitFor({ state: 'attached', timeout: 30_000 });
  return rows.evaluateAll(
    (rs, names) =>
      rs.map((r) => ({
        attrs: names.map((n) => r.getAttribute(n) ?? ''),
        head: (r.querySelector('th')?.textContent ?? '').trim(),
        cells: [...r.querySelectorAll('td')].map((td) => ({
          text: (td.textContent ?? '').trim(),
          value: td.hasAttribute('data-value') ? td.getAttribute('data-value') : null,
        })),
      })),
    attrs,
  );
}

// ---------------------------------------------------------------------------------------------
// The flows view
// ---------------------------------------------------------------------------------------------

/** Exporter>importer pairs of flows (self-flows left out), largest first. */
function pairsOf(flows: readonly Flow[]): [string, number][] {
  return ranked(
    sumBy(flows, (f) => (f.exporter === f.importer ? null : `${f.exporter}>${f.importer}`)),
  );
}

/**
 * The flows table against plain pairs: each of the top rows (rank, pair, exact value, share of
 * the total), the "Other flows" row and the total row.
 */
async function checkFlowsTable(
  page: Page,
  pairs: [string, number][],
  top: number,
  currency: string,
) {
  const all = total(pairs.map(([, v]) => v));
  const rows = await bodyRows(page, '[data-testid="flows-table"]', [
    'data-exporter',
    'data-importer',
    'data-value',
  ]);
  expect(
    rows.map((r) => ({
      pair: `${r.attrs[0]}>${r.attrs[1]}`,
      value: Number(r.attrs[2]),
      cells: r.cells.map((c) => c.text),
    })),
  ).toEqual(
    pairs.slice(0, top).map(([pair, v], i) => ({
      pair,
      value: v,
      // Rank, importer's name (the exporter is the row's header), value, share.
      cells: [String(i + 1), expect.any(String), amount(v, currency), shareText(v / all)],
    })),
  );
  const rest = pairs.slice(top);
  const foot = page.locator('[data-testid="flows-table"] tfoot tr');
  const feet = await foot.evaluateAll((rs) =>
    rs.map((r) => ({
      key: r.getAttribute('data-key'),
      value: Number(r.getAttribute('data-value')),
      text: [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim()),
    })),
  );
  const restValue = total(rest.map(([, v]) => v));
  expect(feet).toEqual([
    ...(rest.length > 0
      ? [
          {
            key: 'other',
            value: restValue,
            text: [
              '',
              `Other flows (${intl.int.format(rest.length)})`,
              amount(restValue, currency),
              shareText(restValue / all),
            ],
          },
        ]
      : []),
    { key: 'total', value: all, text: ['', 'Total', amount(all, currency), '100%'] },
  ]);
}

/**
 * The matrix against plain pairs: the N largest exporters (rows) and importers (columns) and
 * "Other", every cell, the exporters' totals (last column), the importers' totals (last row)
 * and the grand total.
 */
async function checkMatrix(page: Page, pairs: [string, number][], n: number) {
  const side = (i: 0 | 1) => {
    const m = new Map<string, number>();
    for (const [pair, v] of pairs) {
      const k = pair.split('>')[i] ?? '';
      m.set(k, (m.get(k) ?? 0) + v);
    }
    const keys = ranked(m).map(([k]) => k);
    const kept = keys.slice(0, n);
    return {
      keys: keys.length > n ? [...kept, '~other'] : kept,
      bucket: (k: string) => (kept.includes(k) ? k : '~other'),
    };
  };
  const ex = side(0);
  const im = side(1);
  const cells = ex.keys.map(() => im.keys.map(() => 0));
  for (const [pair, v] of pairs) {
    const [e = '', i = ''] = pair.split('>');
    const row = cells[ex.keys.indexOf(ex.bucket(e))];
    const c = im.keys.indexOf(im.bucket(i));
    if (row) row[c] = (row[c] ?? 0) + v;
  }
  const rowTotals = cells.map((r) => total(r));
  const colTotals = im.keys.map((_, c) => total(cells.map((r) => r[c] ?? 0)));
  const want = [
    ...cells.map((r, i) => [...r, rowTotals[i] ?? NaN]),
    [...colTotals, total(rowTotals)],
  ];
  const table = page.getByTestId('matrix');
  await table.locator('tbody tr').first().waitFor({ state: 'attached', timeout: 30_000 });
  expect(
    await table.locator('thead th[data-key]').evaluateAll((hs) => hs.map((h) => h.dataset.key)),
  ).toEqual(im.keys);
  const shown = await table.locator('tbody tr').evaluateAll((rs) =>
    rs.map((r) => ({
      key: r.getAttribute('data-key'),
      values: [...r.querySelectorAll('td')].map((td) => Number(td.getAttribute('data-value'))),
    })),
  );
  expect(shown).toEqual([
    ...ex.keys.map((k, i) => ({ key: k, values: want[i] })),
    { key: 'total', values: want[want.length - 1] },
  ]);
}

describe('the flows view: the table of flows and the matrix against the download', () => {
  const cases = [
    { label: 'BACI 2023, CHPL', dataset: BACI, list: 'chpl', year: 2023, q: '' },
    {
      label: 'Eurostat 2021 (HS2017 data, the list converted), indicative list',
      dataset: EUROSTAT,
      list: 'indicative',
      year: 2021,
      q: `&dataset=${EUROSTAT}&list=indicative&year=2021`,
    },
    {
      label: 'Eurostat 2022 (January to November), CHPL',
      dataset: EUROSTAT,
      list: 'chpl',
      year: 2022,
      q: `&dataset=${EUROSTAT}&year=2022`,
    },
    {
      label: 'JRC 2021, categories',
      dataset: JRC,
      list: 'jrc-nuclear',
      year: 2021,
      q: `&dataset=${JRC}&list=jrc-nuclear&year=2021`,
    },
  ];
  for (const c of cases) {
    it(`${c.label}: every row of the flows table, Other and the total; the matrix`, async () => {
      const pairs = pairsOf(listFlows(c.dataset, c.list, c.year));
      expect(pairs.length).toBeGreaterThan(20);
      const { page, errors } = await open(`?view=flows${c.q}`);
      await checkFlowsTable(page, pairs, 20, CURRENCY[c.dataset] ?? '');
      await page.goto(`${server().url}?view=flows${c.q}&chart=matrix&top=5`);
      await checkMatrix(page, pairs, 5);
      expect(errors, errors.join('\n')).toEqual([]);
      await page.close();
    });
  }

  const partnerCases = [
    { label: 'BACI 2023, Germany', dataset: BACI, list: 'chpl', year: 2023, iso3: 'DEU', q: '' },
    {
      label: 'Eurostat 2021 (converted), Russia',
      dataset: EUROSTAT,
      list: 'indicative',
      year: 2021,
      iso3: 'RUS',
      q: `&dataset=${EUROSTAT}&list=indicative&year=2021`,
    },
    {
      label: 'JRC 2020, France',
      dataset: JRC,
      list: 'jrc-nuclear',
      year: 2020,
      iso3: 'FRA',
      q: `&dataset=${JRC}&list=jrc-nuclear&year=2020`,
    },
  ];
  for (const c of partnerCases) {
    it(`${c.label}: a country's partner rows and totals, outgoing and incoming`, async () => {
      const { page, errors } = await open(`?view=flows${c.q}&country=${c.iso3}`);
      for (const dir of ['export', 'import'] as const) {
        const mine = listFlows(c.dataset, c.list, c.year).filter(
          (f) => (dir === 'export' ? f.exporter : f.importer) === c.iso3,
        );
        const pairs = pairsOf(mine);
        if (pairs.length === 0) {
          // Eurostat holds no flow into the EU: no table, a sentence instead.
          await page.goto(`${server().url}?view=flows${c.q}&country=${c.iso3}&dir=${dir}`);
          await page.locator('.fl-empty').waitFor();
          expect(await page.getByTestId('flows-table').count()).toBe(0);
          continue;
        }
        await page.goto(`${server().url}?view=flows${c.q}&country=${c.iso3}&dir=${dir}`);
        await checkFlowsTable(page, pairs, 20, CURRENCY[c.dataset] ?? '');
      }
      expect(errors, errors.join('\n')).toEqual([]);
      await page.close();
    });
  }
});

// ---------------------------------------------------------------------------------------------
// The compare view
// ---------------------------------------------------------------------------------------------

/** List codes counted in the total, from the raw list file (the lists' own HS edition). */
function rawListCodes(id: string): Set<string> {
  const raw = readListFile(join(LISTS_DIR, `${id}.csv`));
  const out = new Set(
    raw.rows.filter((r) => !raw.totalExcludes.includes(r.category)).map((r) => r.hs6),
  );
  return out;
}

describe('the compare view: each list total, the codes only one list holds and those of both', () => {
  const cases = [
    {
      label: 'BACI 2023, exports',
      dataset: BACI,
      year: 2023,
      flow: 'export' as Side,
      q: '',
      sameEdition: true,
    },
    {
      label: 'BACI 2023, imports',
      dataset: BACI,
      year: 2023,
      flow: 'import' as Side,
      q: '&flow=import',
      sameEdition: true,
    },
    {
      label: 'Eurostat 2022 (January to November), exports',
      dataset: EUROSTAT,
      year: 2022,
      flow: 'export' as Side,
      q: `&dataset=${EUROSTAT}&year=2022`,
      sameEdition: true,
    },
    {
      label: 'Eurostat 2021 (HS2017 data, both lists converted), imports',
      dataset: EUROSTAT,
      year: 2021,
      flow: 'import' as Side,
      q: `&dataset=${EUROSTAT}&year=2021&flow=import`,
      sameEdition: false,
    },
  ];
  for (const c of cases) {
    it(`${c.label}: CHPL against the indicative list`, async () => {
      const currency = CURRENCY[c.dataset] ?? '';
      const flows = flowsOf(c.dataset).filter((f) => f.year === c.year);
      const inA = (f: Flow) => f.lists.has('chpl');
      const inB = (f: Flow) => f.lists.has('indicative');
      // A group's value and its codes with trade: the flows of codes on A only, B only, both.
      const group = (keep: (f: Flow) => boolean) => {
        const byCode = sumBy(flows.filter(keep), (f) => f.code);
        return { value: total(byCode.values()), traded: ranked(byCode).length };
      };
      const a = group(inA);
      const b = group(inB);
      const onlyA = group((f) => inA(f) && !inB(f));
      const onlyB = group((f) => inB(f) && !inA(f));
      const both = group((f) => inA(f) && inB(f));
      expect(onlyA.value * onlyB.value * both.value).toBeGreaterThan(0);

      const { page, errors } = await open(`?view=compare&vs=indicative${c.q}`);
      const rows = await bodyRows(page, '[data-testid="compare-totals"]');
      expect(rows.map((r) => r.head)).toEqual([
        expect.stringMatching(/^All of the Common High Priority List/),
        expect.stringMatching(/^All of the Indicative strategic-goods list/),
        'Only in the Common High Priority List',
        'Only in the Indicative strategic-goods list',
        'In both lists',
      ]);
      const plain = [a, b, onlyA, onlyB, both];
      expect(
        rows.map((r) => ({
          traded: r.cells[1]?.text,
          value: Number(r.cells[3]?.value),
          text: r.cells[3]?.text,
        })),
      ).toEqual(
        plain.map((g) => ({
          traded: intl.int.format(g.traded),
          value: g.value,
          text: amount(g.value, currency),
        })),
      );
      if (c.sameEdition) {
        // Data and lists in one edition: the codes of each group are the raw lists'.
        const la = rawListCodes('chpl');
        const lb = rawListCodes('indicative');
        const counts = [
          la.size,
          lb.size,
          [...la].filter((x) => !lb.has(x)).length,
          [...lb].filter((x) => !la.has(x)).length,
          [...la].filter((x) => lb.has(x)).length,
        ];
        expect(rows.map((r) => r.cells[0]?.text)).toEqual(counts.map((n) => intl.int.format(n)));
        // Each code's value in the three code tables, largest first, then by code.
        const byCode = sumBy(flows, (f) => f.code);
        for (const [i, codes] of [
          [0, [...la].filter((x) => !lb.has(x))],
          [1, [...lb].filter((x) => !la.has(x))],
          [2, [...la].filter((x) => lb.has(x))],
        ] as const) {
          const want = codes
            .map((code) => [code, byCode.get(code) ?? 0] as const)
            .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
          const shown = await page
            .locator('table.pg-codes')
            .nth(i)
            .locator('tbody tr')
            .evaluateAll((rs) =>
              rs.map((r) => [
                r.getAttribute('data-code') ?? '',
                Number(r.querySelector('td[data-value]')?.getAttribute('data-value')),
              ]),
            );
          expect(shown, `code table ${i}`).toEqual(want);
        }
      } else {
        // The groups are formed on the year's own codes: the note names the edition.
        expect(await page.getByTestId('compare-edition').first().textContent()).toContain('HS2017');
      }
      expect(errors, errors.join('\n')).toEqual([]);
      await page.close();
    });
  }
});

// ---------------------------------------------------------------------------------------------
// The profile: concentration, possible re-export, and the concentration of the year comparison
// ---------------------------------------------------------------------------------------------

/** A country's partners over a list in a year (all months of a partial year). */
function partners(dataset: string, list: string, year: number, iso3: string, side: Side) {
  return ranked(
    sumBy(
      listFlows(dataset, list, year).filter(
        (f) => (side === 'export' ? f.exporter : f.importer) === iso3,
      ),
      (f) => (side === 'export' ? f.importer : f.exporter),
    ),
  ).map(([, v]) => v);
}

describe("the profile's concentration and possible re-export tables", () => {
  const cases = [
    {
      label: 'BACI 2023, Germany, CHPL',
      dataset: BACI,
      list: 'chpl',
      year: 2023,
      iso3: 'DEU',
      q: '',
      transit: true,
    },
    {
      label: 'BACI 2023, Kazakhstan, indicative list',
      dataset: BACI,
      list: 'indicative',
      year: 2023,
      iso3: 'KAZ',
      q: '&list=indicative',
      transit: true,
    },
    {
      label: 'JRC 2021, France, categories',
      dataset: JRC,
      list: 'jrc-nuclear',
      year: 2021,
      iso3: 'FRA',
      q: `&dataset=${JRC}&list=jrc-nuclear&year=2021`,
      transit: true,
    },
    {
      label: 'Eurostat 2021 (converted), Germany, indicative list',
      dataset: EUROSTAT,
      list: 'indicative',
      year: 2021,
      iso3: 'DEU',
      q: `&dataset=${EUROSTAT}&list=indicative&year=2021`,
      // Eurostat holds the EU's exports only: no code goes both ways.
      transit: false,
    },
  ];
  for (const c of cases) {
    it(`${c.label}: partners, HHI, its reading and the top-3 share; codes both ways`, async () => {
      const currency = CURRENCY[c.dataset] ?? '';
      const { page, errors } = await open(`?view=country&country=${c.iso3}${c.q}`);
      const conc = await bodyRows(page, '[data-testid="concentration"]');
      const reach = new Set(
        flowsOf(c.dataset).flatMap((f) => [`export ${f.exporter}`, `import ${f.importer}`]),
      );
      expect(conc.map((r) => r.attrs[0])).toEqual(['export', 'import']);
      for (const [i, side] of (['export', 'import'] as const).entries()) {
        const cells = conc[i]?.cells.map((x) => ({ text: x.text, value: x.value }));
        if (!reach.has(`${side} ${c.iso3}`)) {
          // Eurostat holds no imports of an EU member: not covered, nothing measured.
          expect(
            cells?.map((x) => x.text),
            side,
          ).toEqual(['Not covered', '–', '–', '–']);
          continue;
        }
        const values = partners(c.dataset, c.list, c.year, c.iso3, side);
        expect(values.length, side).toBeGreaterThan(1);
        const h = plainHhi(values);
        expect(cells, side).toEqual([
          { text: intl.int.format(values.length), value: String(values.length) },
          { text: intl.int.format(h), value: String(Math.round(h)) },
          { text: band(h), value: null },
          { text: shareText(top3(values)), value: null },
        ]);
      }

      // Codes (or categories) the country both exported and imported in the year; the smaller
      // side bounds a possible re-export. Largest first, then by code.
      const flows = listFlows(c.dataset, c.list, c.year);
      const ex = sumBy(
        flows.filter((f) => f.exporter === c.iso3),
        (f) => f.code,
      );
      const im = sumBy(
        flows.filter((f) => f.importer === c.iso3),
        (f) => f.code,
      );
      const want = [...ex]
        .filter(([code, v]) => v > 0 && (im.get(code) ?? 0) > 0)
        .map(([code, v]) => {
          const m = im.get(code) ?? 0;
          return { code, values: [v, m, Math.min(v, m)] };
        })
        .sort((x, y) => (y.values[2] ?? 0) - (x.values[2] ?? 0) || (x.code < y.code ? -1 : 1));
      expect(want.length > 0, 'codes both ways').toBe(c.transit);
      const transit = page.getByTestId('transit');
      if (want.length === 0) {
        expect(await transit.textContent()).toContain('no code was both imported and exported');
      } else {
        const shown = await bodyRows(page, '[data-testid="transit"]');
        expect(
          shown.map((r) => ({
            code: r.attrs[0],
            values: r.cells.map((x) => Number(x.value)),
            texts: r.cells.map((x) => x.text),
          })),
        ).toEqual(want.map((w) => ({ ...w, texts: w.values.map((v) => amount(v, currency)) })));
      }
      expect(errors, errors.join('\n')).toEqual([]);
      await page.close();
    });
  }

  const yearCases = [
    {
      label: 'JRC, France, 2021 against 2019',
      dataset: JRC,
      list: 'jrc-nuclear',
      iso3: 'FRA',
      years: [2019, 2021],
      q: `&dataset=${JRC}&list=jrc-nuclear&year=2021&year2=2019`,
    },
    {
      label: 'Eurostat, Germany, 2022 (January to November) against 2021 (converted)',
      dataset: EUROSTAT,
      list: 'indicative',
      iso3: 'DEU',
      years: [2021, 2022],
      q: `&dataset=${EUROSTAT}&list=indicative&year=2022&year2=2021`,
    },
  ];
  for (const c of yearCases) {
    it(`the year comparison (${c.label}): HHI and top-3 share of each year's partners`, async () => {
      const { page, errors } = await open(`?view=country&country=${c.iso3}${c.q}`);
      const rows = new Map(
        (await bodyRows(page, '[data-testid="compare-table"]')).map((r) => [
          r.attrs[0],
          r.cells.map((x) => x.text),
        ]),
      );
      const reach = new Set(flowsOf(c.dataset).map((f) => `${f.importer}`));
      for (const [h, t, side] of [
        ['hx', 'tx', 'export'],
        ['hm', 'tm', 'import'],
      ] as const) {
        if (side === 'import' && !reach.has(c.iso3)) {
          expect(rows.get(h), h).toEqual(['–', '–', '']);
          expect(rows.get(t), t).toEqual(['–', '–', '']);
          continue;
        }
        const [v0, v1] = c.years.map((y) => partners(c.dataset, c.list, y, c.iso3, side));
        expect(rows.get(h), h).toEqual([
          intl.int.format(plainHhi(v0 ?? [])),
          intl.int.format(plainHhi(v1 ?? [])),
          '',
        ]);
        expect(rows.get(t), t).toEqual([shareText(top3(v0 ?? [])), shareText(top3(v1 ?? [])), '']);
      }
      expect(errors, errors.join('\n')).toEqual([]);
      await page.close();
    });
  }
});
