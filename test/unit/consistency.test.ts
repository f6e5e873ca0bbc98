/**
 * One figure, one derivation (issue 12): seeded combinations of dataset, list, category, code
 * or own codes, year or month, flow, country and second year on the embedded default. For each,
 * the figures the views show are produced exactly as the views produce them (resolve ->
 * the shards it names -> src/derive/figures.ts) and compared, to the unit, with the same figure
 * recomputed from the download file (consistency-oracle.ts: plain CSV parse, each flow once).
 * The list conversion tables (../shared/data/hs-concordance) check that the download's rows of
 * a converted year sit under codes the correlation tables link to the list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  ColumnarShard,
  ConversionColumns,
  CountryColumns,
  FlowColumns,
  Manifest,
  MapColumns,
  MonthColumns,
  ProductColumns,
  ShardRef,
} from '../../src/schema/manifest.ts';
import { shardKey } from '../../src/schema/manifest.ts';
import type { ListColumns } from '../../src/schema/manifest.ts';
import {
  flowFigures,
  mapFigures,
  monthlyFigures,
  productYears,
  type TotalsSource,
} from '../../src/derive/figures.ts';
import { compareFigures } from '../../src/derive/compare-figures.ts';
import { profileFigures } from '../../src/derive/profile-figures.ts';
import {
  conversionTargets,
  coverageOf,
  editionOf,
  reachOf,
  resolve,
  selectionCodes,
  selectionKeys,
  type Resolved,
} from '../../src/derive/resolve.ts';
import { defaultState } from '../../src/state/url-state.ts';
import { type AtlasState, type Flow } from '../../src/state/params.ts';
import { chance, int, mulberry32, pick, shuffle } from '../fuzz/prng.ts';
import { LISTS_DIR, PUBLIC_DATA, readCsvRecords, readListFile } from '../pipeline/independent.ts';
import { describeShared, sharedPath } from '../shared-data.ts';
import {
  byCountry,
  countryBy,
  downloadRows,
  flowsOf,
  pairs,
  sum,
  type DlRow,
  type Flow as DlFlow,
  type Pick,
} from './consistency-oracle.ts';

const SEED = 20261204;
// Mutation testing runs a seeded prefix of the same combinations (vitest.mutation.config.ts).
const CASES = Number(process.env.ATLAS_CONSISTENCY_CASES ?? 520);
const manifest = JSON.parse(readFileSync(join(PUBLIC_DATA, 'manifest.json'), 'utf8')) as Manifest;
const shardCache = new Map<string, unknown>();
function load<T>(ref: ShardRef): T {
  let v = shardCache.get(ref.path);
  if (v === undefined) {
    v = JSON.parse(readFileSync(join(PUBLIC_DATA, ref.path), 'utf8'));
    shardCache.set(ref.path, v);
  }
  return v as T;
}
const loadAll = <T>(refs: readonly ShardRef[]) => refs.map((r) => load<T>(r));

/** The shards a resolved selection names, loaded as the views load them. */
function selectionOf(res: Resolved) {
  const sel = selectionCodes(
    res,
    res.refs.list ? load<ColumnarShard<ListColumns>>(res.refs.list) : null,
  );
  const conversions = res.refs.conversions.map((c) => ({
    edition: c.edition,
    shard: load<ColumnarShard<ConversionColumns>>(c.ref),
  }));
  const keys = selectionKeys(res, sel, conversions);
  const byEdition = conversionTargets(res, conversions);
  const products = res.refs.product.map((p) => ({
    code: p.code,
    shard: load<ColumnarShard<ProductColumns>>(p.ref),
  }));
  return {
    sel,
    keys,
    targets: (year: number) => byEdition(editionOf(res.dataset, year)),
    products,
    totals: {
      map: loadAll<ColumnarShard<MapColumns>>(res.refs.map),
      month: loadAll<ColumnarShard<MonthColumns>>(res.refs.month),
      products,
    } satisfies TotalsSource,
  };
}

/** The download's terms for what the state selects (list categories, or codes). */
function pickOf(res: Resolved, categories?: string[]): Pick {
  if (res.kind === 'hs' || res.kind === 'codes') return { by: 'codes', codes: new Set(res.codes) };
  const list = res.list;
  if (!list) throw new Error('no list');
  const cats =
    categories ??
    (res.kind === 'category'
      ? [res.category]
      : list.categories.filter((c) => c.inTotal).map((c) => c.id));
  return { by: 'categories', list: list.id, categories: new Set(cats) };
}

const monthsSet = (res: Resolved, months: readonly number[]) =>
  res.dataset.frequency === 'month' ? new Set(months) : undefined;

interface Case {
  n: number;
  state: AtlasState;
  label: string;
}

/** Draws the combinations: every dataset, list, kind of selection, period, flow and country. */
function drawCases(): Case[] {
  const rng = mulberry32(SEED);
  const out: Case[] = [];
  const datasets = manifest.datasets.filter((d) => d.rows > 0);
  for (let n = 0; n < CASES; n++) {
    const ds = pick(rng, datasets);
    const base = defaultState(manifest, ds.id);
    const list = pick(rng, ds.lists);
    const listMeta = manifest.lists.find((l) => l.id === list);
    const year = pick(rng, ds.years);
    const rows = downloadRows(ds.id);
    const codesHeld = [...new Set(rows.filter((r) => r.year === year).map((r) => r.hs6))].sort();
    const s: AtlasState = { ...base, list, year, flow: chance(rng, 0.5) ? 'export' : 'import' };
    const kind = ds.granularity === 'hs6' ? int(rng, 0, 5) : int(rng, 0, 2);
    // 0-1 whole list, 2 category, 3 one code held, 4 own codes (some not held), 5 a code not held.
    if (kind === 2 && listMeta) s.cat = pick(rng, listMeta.categories).id;
    if (kind === 3 && codesHeld.length) s.hs = pick(rng, codesHeld);
    if (kind === 4)
      s.codes = [
        ...shuffle(rng, codesHeld).slice(0, int(rng, 1, 4)),
        ...(chance(rng, 0.3) ? ['854231'] : []),
      ];
    if (kind === 5) s.hs = pick(rng, ['854231', '930100', '880600']);
    const months = (ds.months ?? []).filter((m) => m.startsWith(`${year}-`));
    if (ds.frequency === 'month' && months.length && chance(rng, 0.4) && !s.hs && !s.codes.length)
      s.month = Number(pick(rng, months).slice(5, 7));
    const reach = [...ds.inputCoverage.exporters, ...ds.inputCoverage.importers];
    s.country = chance(rng, 0.1) ? 'NZL' : pick(rng, reach);
    const others = ds.years.filter((y) => y !== year);
    if (others.length && chance(rng, 0.4)) s.year2 = pick(rng, others);
    const what = s.codes.length
      ? `codes ${s.codes.join(',')}`
      : s.hs
        ? `hs ${s.hs}`
        : s.cat
          ? `${list}/${s.cat}`
          : list;
    out.push({
      n,
      state: s,
      label: `#${n} ${ds.id} ${what} ${year}${s.month ? `-${s.month}` : ''} ${s.flow} ${s.country}${s.year2 ? ` vs ${s.year2}` : ''}`,
    });
  }
  return out;
}

const cases = drawCases();
const checked = {
  noData: 0,
  map: 0,
  ranking: 0,
  headline: 0,
  categories: 0,
  shares: 0,
  core: 0,
  trend: 0,
  partners: 0,
  codes: 0,
  flows: 0,
  monthly: 0,
  second: 0,
  compare: 0,
};

/** 1-based ranks of the places of `reach` with trade, largest first, ties by code. */
function ranksOf(
  totals: ReadonlyMap<string, number>,
  reach: readonly string[],
): Map<string, number> {
  const r = new Set(reach);
  const order = [...totals]
    .filter(([k, v]) => r.has(k) && v > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Map(order.map(([k], i) => [k, i + 1]));
}

function checkMap(c: Case, rows: DlRow[]) {
  const res = resolve(manifest, { ...c.state, view: 'map' }) as Resolved;
  const { totals, sel, products } = selectionOf(res);
  const coverage = coverageOf(res, sel, res.period.year, productYears(products));
  const model = mapFigures(manifest, res, c.state.flow, totals, coverage);
  const now = byCountry(
    flowsOf(rows, pickOf(res), new Set([res.period.year]), monthsSet(res, res.period.months)),
    c.state.flow,
  );
  // Every place the data speak for on this side, and no other, is on the map and ranking;
  // none at all when the input holds none of the selection's codes (no data is not zero).
  const noData = coverage.withRows.length === 0;
  expect([...model.values.keys()].sort(), c.label).toEqual(
    noData ? [] : [...reachOf(res.dataset, c.state.flow)].sort(),
  );
  if (noData) {
    expect(now.size, `${c.label} no data, yet the download has flows`).toBe(0);
    checked.noData++;
    return;
  }
  const ranks = ranksOf(now, reachOf(res.dataset, c.state.flow));
  const world = sum(now.values());
  for (const [iso3, v] of model.values) {
    expect(v.value, `${c.label} map ${iso3}`).toBe(now.get(iso3) ?? 0);
    expect(v.share, `${c.label} share ${iso3}`).toBeCloseTo((now.get(iso3) ?? 0) / world, 12);
    expect(v.rank, `${c.label} rank ${iso3}`).toBe(ranks.get(iso3) ?? 0);
  }
  for (const iso3 of now.keys())
    expect(model.values.has(iso3), `${c.label} reach ${iso3}`).toBe(true);
  expect(model.world, `${c.label} world`).toBe(sum(now.values()));
  const ranked = [...model.values.values()].filter((v) => v.value > 0);
  expect(model.reporting, c.label).toBe(ranked.length);
  const order = [...ranked].sort((a, b) => a.rank - b.rank).map((v) => v.value);
  expect(order, `${c.label} ranking order`).toEqual([...order].sort((a, b) => b - a));
  checked.map++;
  if (res.previous) {
    const before = byCountry(
      flowsOf(rows, pickOf(res), new Set([res.previous.year]), monthsSet(res, res.previous.months)),
      c.state.flow,
    );
    for (const [iso3, v] of model.values) {
      const b = before.get(iso3) ?? 0;
      const want = b > 0 ? ((now.get(iso3) ?? 0) - b) / b : null;
      if (want === null) expect(v.change, `${c.label} change ${iso3}`).toBeNull();
      else expect(v.change, `${c.label} change ${iso3}`).toBeCloseTo(want, 12);
    }
    checked.ranking++;
  }
}

function checkProfile(c: Case, rows: DlRow[]) {
  const state = { ...c.state, view: 'country' as const };
  const res = resolve(manifest, state) as Resolved;
  const iso3 = state.country;
  const countryRef = manifest.shards.country[shardKey.country(res.dataset.id, iso3)];
  if (!countryRef) {
    // A place with no shard has no flow of any list in the download either.
    expect(
      rows.some((r) => r.exporter === iso3 || r.importer === iso3),
      c.label,
    ).toBe(false);
    return;
  }
  const s = selectionOf(res);
  const figures = profileFigures({
    manifest,
    res,
    sel: s.sel,
    keys: s.keys,
    iso3,
    country: load<ColumnarShard<CountryColumns>>(countryRef),
    totals: s.totals,
    second: res.second
      ? {
          products: s.products,
          map: loadAll<ColumnarShard<MapColumns>>(res.refs.secondMap),
          month: loadAll<ColumnarShard<MonthColumns>>(res.refs.secondMonth),
        }
      : undefined,
    productYears: productYears(s.products),
  });
  const year = res.period.year;
  const flows = flowsOf(rows, pickOf(res), new Set([year]), monthsSet(res, res.period.months));
  for (const side of ['export', 'import'] as const) {
    const covered = reachOf(res.dataset, side).includes(iso3);
    const h = figures[side];
    expect(h.covered, `${c.label} ${side} covered`).toBe(covered);
    const totals = byCountry(flows, side);
    const want = totals.get(iso3) ?? 0;
    if (covered) {
      expect(h.value, `${c.label} headline ${side}`).toBe(want);
      const reach = reachOf(res.dataset, side);
      expect(h.rank, `${c.label} rank ${side}`).toBe(ranksOf(totals, reach).get(iso3) ?? 0);
      const world = sum(totals.values());
      expect(h.share, `${c.label} share ${side}`).toBeCloseTo(world > 0 ? want / world : 0, 12);
      expect(h.reporting, `${c.label} reporting ${side}`).toBe(
        [...totals].filter(([k, v]) => reach.includes(k) && v > 0).length,
      );
    } else expect(want, `${c.label} uncovered ${side} has flows`).toBe(0);
    // Partners and codes are whole years (country shards are yearly).
    const yearFlows = flowsOf(rows, pickOf(res), new Set([year]));
    for (const by of ['partner', 'code'] as const) {
      const got = (by === 'partner' ? figures.partners : figures.codes)[side];
      const oracle = countryBy(yearFlows, iso3, side, by);
      expect(new Map(got.rows.map((r) => [r.key, r.value])), `${c.label} ${by} ${side}`).toEqual(
        new Map([...oracle].filter(([, v]) => v > 0)),
      );
      expect(got.total, `${c.label} ${by} total`).toBe(sum(oracle.values()));
      // Largest first, ties by key, each with its share of the total.
      const total = sum(oracle.values());
      expect(
        got.rows.map((r) => [r.key, r.share]),
        `${c.label} ${by} order and shares`,
      ).toEqual(
        [...oracle]
          .filter(([, v]) => v > 0)
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .map(([k, v]) => [k, v / total]),
      );
    }
  }
  const ex = figures.export;
  const im = figures.import;
  expect(figures.balance, `${c.label} balance`).toBe(
    ex.covered && im.covered && figures.coverage.withRows.length > 0 ? ex.value - im.value : null,
  );
  checked.headline++;
  checked.partners++;
  checked.codes++;
  if (figures.categories) {
    for (const cat of figures.categories) {
      const catFlows = flowsOf(
        rows,
        pickOf(res, [cat.id]),
        new Set([year]),
        monthsSet(res, res.period.months),
      );
      for (const side of ['export', 'import'] as const) {
        const got = cat[side];
        const want = byCountry(catFlows, side).get(iso3) ?? 0;
        if (got === null) expect(want, `${c.label} ${cat.id} no data`).toBe(0);
        else expect(got, `${c.label} category ${cat.id} ${side}`).toBe(want);
        // "No data" exactly when no code of the category has data, or the side is not covered.
        const expectNull =
          cat.coverage.withRows.length === 0 || !reachOf(res.dataset, side).includes(iso3);
        expect(got === null, `${c.label} ${cat.id} null`).toBe(expectNull);
      }
    }
    checked.categories++;
    checkShares(c, res, figures, rows);
  } else expect(res.kind === 'hs' || res.kind === 'codes', c.label).toBe(true);
  // Every year of the data, oldest first, each with the months the download holds for it
  // (none listed for yearly data or a whole year).
  expect(
    figures.trend.map((p) => p.year),
    `${c.label} trend years`,
  ).toEqual([...new Set(rows.map((r) => r.year))].sort((a, b) => a - b));
  for (const p of figures.trend) {
    const yf = flowsOf(rows, pickOf(res), new Set([p.year]));
    const held = [...new Set(rows.filter((r) => r.year === p.year).map((r) => r.month))]
      .filter((m) => m > 0)
      .sort((a, b) => a - b);
    expect(p.months, `${c.label} trend ${p.year} months`).toEqual(held.length === 12 ? [] : held);
    for (const side of ['export', 'import'] as const) {
      const want = byCountry(yf, side).get(iso3) ?? 0;
      const got = p[side];
      if (got === null) expect(want, `${c.label} trend ${p.year} ${side} null`).toBe(0);
      else expect(got, `${c.label} trend ${p.year} ${side}`).toBe(want);
      // No data (null, never 0) exactly where the side is not covered or no code has data.
      expect(got === null, `${c.label} trend ${p.year} ${side} null`).toBe(
        !reachOf(res.dataset, side).includes(iso3) || p.coverage.withRows.length === 0,
      );
    }
  }
  checked.trend++;
  const second = figures.second;
  if (res.second && second) {
    const months = second.months.length > 0 ? new Set(second.months) : undefined;
    for (const [y, h] of [
      [year, second.shown],
      [second.year, second.other],
    ] as const) {
      const f = flowsOf(rows, pickOf(res), new Set([y]), months);
      const partners = y === year ? second.partnersShown : second.partnersOther;
      // Partners of each whole year (country shards are yearly).
      const whole = flowsOf(rows, pickOf(res), new Set([y]));
      for (const side of ['export', 'import'] as const) {
        if (!reachOf(res.dataset, side).includes(iso3))
          expect(h[side].covered, `${c.label} second ${y} ${side} not covered`).toBe(false);
        expect(
          new Map(partners[side].map((r) => [r.key, r.value])),
          `${c.label} second ${y} ${side} partners`,
        ).toEqual(new Map([...countryBy(whole, iso3, side, 'partner')].filter(([, v]) => v > 0)));
      }
      for (const side of ['export', 'import'] as const)
        if (h[side].covered) {
          const totals = byCountry(f, side);
          expect(h[side].value, `${c.label} second ${y} ${side}`).toBe(totals.get(iso3) ?? 0);
          expect(h[side].rank, `${c.label} second ${y} ${side} rank`).toBe(
            ranksOf(totals, reachOf(res.dataset, side)).get(iso3) ?? 0,
          );
        }
    }
    checked.second++;
  }
  if (res.dataset.frequency === 'month') {
    const shards = loadAll<ColumnarShard<MonthColumns>>(
      res.dataset.years
        .map((y) =>
          res.list
            ? manifest.shards.month?.[shardKey.month(res.dataset.id, res.list.id, y)]
            : undefined,
        )
        .filter((r): r is ShardRef => r !== undefined),
    );
    const points = monthlyFigures(res, shards, iso3);
    if (points) {
      for (const p of points) {
        const f = flowsOf(rows, pickOf(res), new Set([p.year]), new Set([p.m]));
        expect(p.export, `${c.label} month ${p.month}`).toBe(byCountry(f, 'export').get(iso3) ?? 0);
        expect(p.import, `${c.label} month ${p.month}`).toBe(byCountry(f, 'import').get(iso3) ?? 0);
      }
      checked.monthly++;
    }
  }
}

/**
 * Which codes of a list are broad, read from the list file itself (data/lists/<id>.csv: the
 * `specificity` column, or the front matter's `default_specificity` when it is empty): by
 * category, and for the list total (a code is broad there when any of its rows is).
 */
interface ListSpecificity {
  edition: string;
  byCategory: Map<string, Set<string>>;
  any: Set<string>;
  /** 'broad' or 'none' when every code of the list is broad, or none is; else null. */
  uniform: 'broad' | 'none' | null;
}
const specCache = new Map<string, ListSpecificity>();
function listSpecificity(id: string): ListSpecificity {
  const hit = specCache.get(id);
  if (hit) return hit;
  const lines = readFileSync(join(LISTS_DIR, `${id}.csv`), 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n');
  const front = lines.filter((l) => l.startsWith('#'));
  const meta = (key: string) =>
    front
      .find((l) => l.slice(1).trim().startsWith(`${key}:`))
      ?.slice(1)
      .trim()
      .slice(key.length + 1)
      .trim() ?? '';
  const { records } = readCsvRecords(lines.filter((l) => !l.startsWith('#')).join('\n'));
  const byCategory = new Map<string, Set<string>>();
  const any = new Set<string>();
  let broad = 0;
  for (const r of records) {
    const spec = (r.specificity ?? '').trim() || meta('default_specificity');
    const cat = (r.category ?? '').trim();
    if (!byCategory.has(cat)) byCategory.set(cat, new Set());
    if (spec !== 'broad') continue;
    broad++;
    byCategory.get(cat)?.add((r.hs6 ?? '').trim());
    any.add((r.hs6 ?? '').trim());
  }
  const out: ListSpecificity = {
    edition: meta('hs_edition'),
    byCategory,
    any,
    uniform: broad === records.length ? 'broad' : broad === 0 ? 'none' : null,
  };
  specCache.set(id, out);
  return out;
}

/**
 * The profile's category shares and core/broad parts, recomputed from the download (values,
 * each flow once) and the list file (which codes are broad). Shares: a category's value over
 * the list total (the categories the list counts), null outside the total or without data.
 * Core part: (value - value under broad codes) / value, null without trade. Broad codes are
 * known for a year whose HS edition is the list's own, and for a list whose codes are all broad
 * or none (a converted code keeps its list codes' specificity); category-level data (JRC) have
 * no specificity, so nothing of them is broad. Other years (the indicative list converted to
 * HS2017 for Eurostat 2020-21) are left to the shares.
 */
function checkShares(
  c: Case,
  res: Resolved,
  figures: ReturnType<typeof profileFigures>,
  rows: DlRow[],
) {
  const list = res.list;
  if (!list || !figures.categories) return;
  const iso3 = c.state.country;
  const year = res.period.year;
  const months = monthsSet(res, res.period.months);
  const inTotal = list.categories.filter((k) => k.inTotal).map((k) => k.id);
  const totalFlows = flowsOf(rows, pickOf(res, inTotal), new Set([year]), months);
  const spec = listSpecificity(list.id);
  const category = res.dataset.granularity === 'category';
  const known = category || spec.uniform !== null || editionOf(res.dataset, year) === spec.edition;
  const isBroad = (cat: string | null, hs6: string) =>
    category || spec.uniform === 'none'
      ? false
      : spec.uniform === 'broad'
        ? true
        : (cat === null ? spec.any : (spec.byCategory.get(cat) ?? new Set<string>())).has(hs6);
  /** A country's value on one side and the part of it under broad codes. */
  const split = (flows: readonly DlFlow[], side: 'export' | 'import', cat: string | null) => {
    let value = 0;
    let broad = 0;
    for (const f of flows) {
      if ((side === 'export' ? f.exporter : f.importer) !== iso3) continue;
      value += f.value;
      if (isBroad(cat, f.hs6)) broad += f.value;
    }
    return { value, broad, core: value > 0 ? (value - broad) / value : null };
  };
  for (const cat of figures.categories) {
    const catFlows = flowsOf(rows, pickOf(res, [cat.id]), new Set([year]), months);
    for (const side of ['export', 'import'] as const) {
      const v = cat[side];
      const t = split(totalFlows, side, null).value;
      const share = side === 'export' ? cat.exportShare : cat.importShare;
      const want = v === null || !cat.inTotal ? null : t > 0 ? v / t : 0;
      if (want === null) expect(share, `${c.label} ${cat.id} ${side} share null`).toBeNull();
      else expect(share, `${c.label} ${cat.id} ${side} share`).toBeCloseTo(want, 12);
      if (!known) continue;
      const core = side === 'export' ? cat.exportCore : cat.importCore;
      const s = split(catFlows, side, cat.id);
      if (s.core === null) expect(core, `${c.label} ${cat.id} ${side} core null`).toBeNull();
      else expect(core, `${c.label} ${cat.id} ${side} core`).toBeCloseTo(s.core, 12);
    }
  }
  checked.shares++;
  // The list total's core and broad parts: null for a side the data do not cover.
  const hasRow = totalFlows.some((f) => f.exporter === iso3 || f.importer === iso3);
  const noData = figures.coverage.withRows.length === 0;
  if (noData && !hasRow) {
    expect(figures.core, `${c.label} core without data`).toBeNull();
    return;
  }
  expect(figures.core, `${c.label} core`).not.toBeNull();
  if (!known) return;
  for (const side of ['export', 'import'] as const) {
    const s = split(totalFlows, side, null);
    const covered = figures[side].covered;
    const got = figures.core;
    expect(
      side === 'export' ? got?.exportBroad : got?.importBroad,
      `${c.label} ${side} broad`,
    ).toBe(covered ? s.broad : null);
    if (covered && res.kind === 'list')
      expect(figures[side].broad, `${c.label} ${side} headline broad`).toBe(s.broad);
    const core = side === 'export' ? got?.exportCore : got?.importCore;
    if (!covered || s.core === null) expect(core, `${c.label} ${side} list core null`).toBeNull();
    else expect(core, `${c.label} ${side} list core`).toBeCloseTo(s.core, 12);
  }
  checked.core++;
}

function checkFlows(c: Case, rows: DlRow[]) {
  const res = resolve(manifest, { ...c.state, view: 'flows' }) as Resolved;
  const ref = manifest.shards.flows[shardKey.flows(res.dataset.id, res.period.year)];
  if (!ref) return;
  const { keys } = selectionOf(res);
  const got = flowFigures(res, load<ColumnarShard<FlowColumns>>(ref), keys);
  const want = pairs(flowsOf(rows, pickOf(res), new Set([res.period.year])));
  expect(new Map(got.map((p) => [`${p.exporter}>${p.importer}`, p.value])), c.label).toEqual(
    new Map([...want].filter(([, v]) => v > 0)),
  );
  checked.flows++;
}

function checkCompare(c: Case, rows: DlRow[]) {
  const ds = manifest.datasets.find((d) => d.id === c.state.dataset);
  if (!ds || ds.lists.length < 2) return;
  const vs = ds.lists.find((l) => l !== c.state.list) ?? '';
  const plain = { ...c.state, view: 'compare' as const, cat: '', hs: '', codes: [] };
  const ra = resolve(manifest, plain) as Resolved;
  const rb = resolve(manifest, { ...plain, list: vs }) as Resolved;
  const a = selectionOf(ra);
  const b = selectionOf(rb);
  const year = ra.period.year;
  const flow: Flow = c.state.flow;
  const wanted = [...new Set([...a.keys(year), ...b.keys(year)])];
  const products = wanted.flatMap((code) => {
    const ref = manifest.shards.product[shardKey.product(ds.id, code)];
    return ref ? [{ code, shard: load<ColumnarShard<ProductColumns>>(ref) }] : [];
  });
  const g = compareFigures({
    a: { res: ra, sel: a.sel, keys: a.keys, map: a.totals.map[0] ?? null },
    b: { res: rb, sel: b.sel, keys: b.keys, map: b.totals.map[0] ?? null },
    flow,
    products,
    targets: { a: a.targets(year), b: b.targets(year) },
  });
  const listFlows = (r: Resolved) => flowsOf(rows, pickOf(r), new Set([year]));
  const fa = listFlows(ra);
  const fb = listFlows(rb);
  expect(g.totalA, `${c.label} compare A`).toBe(sum(fa.map((f) => f.value)));
  expect(g.totalB, `${c.label} compare B`).toBe(sum(fb.map((f) => f.value)));
  if (ds.granularity === 'hs6') {
    const ca = new Set(fa.map((f) => f.hs6));
    const cb = new Set(fb.map((f) => f.hs6));
    const all = flowsOf(rows, { by: 'codes', codes: new Set([...ca, ...cb]) }, new Set([year]));
    const value = (keep: (code: string) => boolean) =>
      sum(all.filter((f) => keep(f.hs6)).map((f) => f.value));
    expect(g.onlyA.value, `${c.label} only A`).toBe(value((x) => ca.has(x) && !cb.has(x)));
    expect(g.onlyB.value, `${c.label} only B`).toBe(value((x) => cb.has(x) && !ca.has(x)));
    expect(g.both.value, `${c.label} both`).toBe(value((x) => ca.has(x) && cb.has(x)));
    expect(g.onlyA.value + g.both.value, c.label).toBe(g.totalA);
  }
  checked.compare++;
}

describe(`every view's figures equal the download file (${CASES} seeded combinations, seed ${SEED})`, () => {
  for (const c of cases) {
    it(c.label, () => {
      const rows = downloadRows(c.state.dataset);
      checkMap(c, rows);
      checkProfile(c, rows);
      checkFlows(c, rows);
      checkCompare(c, rows);
    });
  }
  it('covered every kind of figure', () => {
    console.log(
      `consistency: ${cases.length} combinations; figures checked: ${JSON.stringify(checked)}`,
    );
    for (const [k, v] of Object.entries(checked))
      expect(v, k).toBeGreaterThan(Math.floor((20 * CASES) / 520));
  });
});

const CORRELATION = sharedPath('hs-concordance/hs2022_to_hs2017_correlation.csv');

describeShared(
  'converted years sit under correlated codes',
  ['hs-concordance/hs2022_to_hs2017_correlation.csv'],
  () => {
    it('every download row of a list in a year of another HS edition is under a code the correlation table links to the list', () => {
      const links = readCsvRecords(readFileSync(CORRELATION, 'utf8')).records;
      const to2017 = new Map<string, Set<string>>();
      const to2022 = new Map<string, Set<string>>();
      for (const l of links) {
        const a = l.hs2022 ?? '';
        const b = l.hs2017 ?? '';
        to2017.set(a, (to2017.get(a) ?? new Set()).add(b));
        to2022.set(b, (to2022.get(b) ?? new Set()).add(a));
      }
      let rowsChecked = 0;
      for (const ds of manifest.datasets.filter((d) => d.granularity === 'hs6' && d.rows > 0)) {
        for (const listId of ds.lists) {
          const raw = readListFile(join(LISTS_DIR, `${listId}.csv`));
          const codes = new Set(raw.rows.map((r) => r.hs6));
          for (const year of ds.years) {
            const edition = editionOf(ds, year);
            if (edition === raw.hsEdition) continue;
            const table = raw.hsEdition === 'HS2022' ? to2017 : to2022;
            const reach = new Set([...codes].flatMap((c) => [...(table.get(c) ?? [])]));
            for (const r of downloadRows(ds.id)) {
              if (r.list !== listId || r.year !== year) continue;
              expect(reach.has(r.hs6), `${ds.id} ${listId} ${year} ${r.hs6}`).toBe(true);
              rowsChecked++;
            }
          }
        }
      }
      expect(rowsChecked).toBeGreaterThan(1000);
    });
  },
);

describe('coverage is what the download holds', () => {
  it('a list code has data in a year exactly when the download has a row under it or its counterparts', () => {
    for (const ds of manifest.datasets.filter((d) => d.rows > 0)) {
      for (const listId of ds.lists) {
        const state = { ...defaultState(manifest, ds.id), list: listId };
        for (const year of ds.years) {
          const res = resolve(manifest, { ...state, year }) as Resolved;
          const s = selectionOf(res);
          const cov = coverageOf(res, s.sel, year);
          const held = new Set(
            downloadRows(ds.id)
              .filter((r) => r.year === year && r.list === listId)
              .map((r) => (ds.granularity === 'category' ? r.category : r.hs6)),
          );
          const targets = s.targets(year);
          const hasRows = (code: string) =>
            ds.granularity === 'category'
              ? held.has(code)
              : (targets.get(code) ?? [code]).some((x) => held.has(x));
          expect(cov.withRows, `${ds.id} ${listId} ${year}`).toEqual(cov.asked.filter(hasRows));
        }
      }
    }
  });
});
