/**
 * The resolved selection on the embedded default: the cases issue 12 names, each checked on
 * the real shards (Kazakhstan's Eurostat trend, Canada's heavy-water profile, the BACI subset's
 * coverage, the Eurostat partners outside its exporters), and the plural forms its words use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  ColumnarShard,
  ConversionColumns,
  CountryColumns,
  Manifest,
  MapColumns,
  MonthColumns,
  ProductColumns,
  ShardRef,
} from '../../src/schema/manifest.ts';
import { shardKey } from '../../src/schema/manifest.ts';
import type { ListColumns } from '../../src/schema/manifest.ts';
import { mapFigures, productYears } from '../../src/derive/figures.ts';
import { profileFigures } from '../../src/derive/profile-figures.ts';
import {
  coverageOf,
  reachLimited,
  resolve,
  selectionCodes,
  selectionKeys,
  type Resolved,
} from '../../src/derive/resolve.ts';
import { defaultState } from '../../src/state/url-state.ts';
import { type AtlasState } from '../../src/state/params.ts';
import { translate } from '../../src/i18n/messages.ts';
import { PUBLIC_DATA } from '../pipeline/independent.ts';

const manifest = JSON.parse(readFileSync(join(PUBLIC_DATA, 'manifest.json'), 'utf8')) as Manifest;
const load = <T>(ref: ShardRef) =>
  JSON.parse(readFileSync(join(PUBLIC_DATA, ref.path), 'utf8')) as T;
const BACI = 'baci-hs22-v202501';
const EU = 'eurostat-comext';

function state(dataset: string, patch: Partial<AtlasState>): AtlasState {
  return { ...defaultState(manifest, dataset), ...patch };
}

/** A country profile's figures, loaded as CountryView loads them. */
function profile(s: AtlasState) {
  const res = resolve(manifest, { ...s, view: 'country' }) as Resolved;
  const sel = selectionCodes(
    res,
    res.refs.list ? load<ColumnarShard<ListColumns>>(res.refs.list) : null,
  );
  const conversions = res.refs.conversions.map((c) => ({
    edition: c.edition,
    shard: load<ColumnarShard<ConversionColumns>>(c.ref),
  }));
  const keys = selectionKeys(res, sel, conversions);
  const products = res.refs.product.map((p) => ({
    code: p.code,
    shard: load<ColumnarShard<ProductColumns>>(p.ref),
  }));
  const ref = manifest.shards.country[shardKey.country(res.dataset.id, s.country)] as ShardRef;
  return {
    res,
    figures: profileFigures({
      manifest,
      res,
      sel,
      keys,
      iso3: s.country,
      country: load<ColumnarShard<CountryColumns>>(ref),
      totals: {
        map: res.refs.map.map((r) => load<ColumnarShard<MapColumns>>(r)),
        month: res.refs.month.map((r) => load<ColumnarShard<MonthColumns>>(r)),
        products,
      },
      second: res.second
        ? {
            map: res.refs.secondMap.map((r) => load<ColumnarShard<MapColumns>>(r)),
            month: res.refs.secondMonth.map((r) => load<ColumnarShard<MonthColumns>>(r)),
            products,
          }
        : undefined,
      productYears: productYears(products),
    }),
  };
}

describe('the resolved selection', () => {
  it('own codes over one code over a category over the list, each code once', () => {
    const s = state(BACI, { cat: 'TIER_1', hs: '284510', codes: ['840130', '840130', '284510'] });
    const r = resolve(manifest, s) as Resolved;
    expect([r.kind, r.codes]).toEqual(['codes', ['840130', '284510']]);
    expect(resolve(manifest, { ...s, codes: [] })?.kind).toBe('hs');
    expect(resolve(manifest, { ...s, codes: [], hs: '' })?.kind).toBe('category');
    expect(resolve(manifest, { ...s, codes: [], hs: '', cat: '' })?.kind).toBe('list');
  });

  it('a partial year compares with the same months a year earlier, by list; never for a code', () => {
    const r = resolve(manifest, state(EU, { year: 2022 })) as Resolved;
    expect(r.period.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(r.previous).toMatchObject({
      year: 2021,
      months: r.period.months,
      sameMonths: true,
      editionChanges: true,
    });
    expect(r.monthShards).toBe(true);
    expect(resolve(manifest, state(EU, { year: 2022, hs: '854231' }))?.previous).toBeNull();
  });

  it("a profile's second year is compared over the months both years hold", () => {
    const r = resolve(
      manifest,
      state(EU, { view: 'country', country: 'KAZ', year: 2022, year2: 2021 }),
    ) as Resolved;
    expect(r.second?.period).toMatchObject({
      year: 2021,
      months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
      sameMonths: false,
    });
    expect(r.refs.secondMonth).toHaveLength(2);
    expect(r.refs.secondMap).toHaveLength(0);
  });
});

describe('issue 12 on the embedded default', () => {
  it("Kazakhstan's CHPL imports from the EU: the 2021 trend is the map's 143,487,954 EUR (HS2017 880330 included)", () => {
    const s = state(EU, { view: 'country', country: 'KAZ', year: 2021, flow: 'import' });
    const { figures } = profile(s);
    expect(figures.import.value).toBe(143_487_954);
    expect(figures.trend.find((p) => p.year === 2021)?.import).toBe(143_487_954);
    expect(figures.codes.import.rows.find((r) => r.key === '880330')?.value).toBe(15_780_745);
    // Kazakhstan is a partner of EU exporters only: its exports are not covered, not zero.
    expect(figures.export.covered).toBe(false);
    expect(figures.trend.every((p) => p.export === null)).toBe(true);
    const russia = profile({ ...s, country: 'RUS' }).figures;
    expect(russia.trend.find((p) => p.year === 2021)?.import).toBe(2_330_603_471);
  });

  it('Kazakhstan 2022 against 2021 compares January-November of both', () => {
    const { figures } = profile(
      state(EU, { view: 'country', country: 'KAZ', year: 2022, year2: 2021 }),
    );
    const second = figures.second;
    expect(second?.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(second?.shown.import.value).toBe(figures.import.value);
    // The headline's change is against the same months, and so is the second year's total.
    const change = figures.import.change ?? 0;
    expect((second?.shown.import.value ?? 0) / (second?.other.import.value ?? 1) - 1).toBeCloseTo(
      change,
      12,
    );
  });

  it("Canada's heavy-water profile shows the code's figures, no CHPL categories", () => {
    const { figures } = profile(state(BACI, { view: 'country', country: 'CAN', hs: '284510' }));
    expect(figures.categories).toBeNull();
    expect(figures.core).toBeNull();
    expect(figures.export.value).toBeGreaterThan(0);
    expect(figures.codes.export.rows.map((r) => r.key)).toEqual(['284510']);
  });

  it("CHPL on BACI: 2 of 50 codes have data; Canada's Tier 1 is no data, not 0", () => {
    const { figures } = profile(state(BACI, { view: 'country', country: 'CAN' }));
    expect([figures.coverage.withRows.length, figures.coverage.asked.length]).toEqual([2, 50]);
    const tier1 = figures.categories?.find((c) => c.id === 'TIER_1');
    expect(tier1?.coverage.withRows).toEqual([]);
    expect([tier1?.export, tier1?.import]).toEqual([null, null]);
  });

  it("a tier the input does not hold is no data on the map and in Canada's headline, never 0", () => {
    const s = state(BACI, { cat: 'TIER_1' });
    const r = resolve(manifest, s) as Resolved;
    const sel = selectionCodes(r, load<ColumnarShard<ListColumns>>(r.refs.list as ShardRef));
    const cov = coverageOf(r, sel, 2023);
    const model = mapFigures(
      manifest,
      r,
      'export',
      { map: r.refs.map.map((x) => load<ColumnarShard<MapColumns>>(x)) },
      cov,
    );
    expect(model.values.size).toBe(0);
    const { figures } = profile({ ...s, view: 'country', country: 'CAN' });
    expect([figures.export.noData, figures.import.noData, figures.balance]).toEqual([
      true,
      true,
      null,
    ]);
  });

  it('854231 in BACI: no product shard, so no data for the code', () => {
    const r = resolve(manifest, state(BACI, { view: 'product', hs: '854231' })) as Resolved;
    expect(r.missing).toEqual(['854231']);
    const cov = coverageOf(r, selectionCodes(r, null), 2023);
    expect(cov.withRows).toEqual([]);
  });

  it("Eurostat's exports map holds the EU-27 only: the seven partners are not covered", () => {
    const r = resolve(manifest, state(EU, { year: 2021, flow: 'export' })) as Resolved;
    const model = mapFigures(
      manifest,
      r,
      'export',
      { map: r.refs.map.map((x) => load<ColumnarShard<MapColumns>>(x)) },
      null,
    );
    expect(model.values.size).toBe(27);
    for (const p of ['RUS', 'BLR', 'KAZ', 'GEO', 'ARM', 'UZB', 'KGZ'])
      expect(model.values.has(p)).toBe(false);
    const imports = mapFigures(
      manifest,
      r,
      'import',
      { map: r.refs.map.map((x) => load<ColumnarShard<MapColumns>>(x)) },
      null,
    );
    expect([...imports.values.keys()].sort()).toEqual([
      'ARM',
      'BLR',
      'GEO',
      'KAZ',
      'KGZ',
      'RUS',
      'UZB',
    ]);
    expect(reachLimited(r.dataset)).toBe(true);
    expect(reachLimited(manifest.datasets.find((d) => d.id === BACI) as Resolved['dataset'])).toBe(
      false,
    );
  });
});

describe('plural forms', () => {
  const say = (lang: 'en' | 'fr' | 'es' | 'ru', k: number, n: number) =>
    translate(lang, 'covSelPartial', { k: String(k), n: String(n), year: '2023' });
  it('English agrees with each number', () => {
    expect(say('en', 1, 50)).toMatch(/^1 of the 50 codes of this selection has data/);
    expect(say('en', 2, 50)).toMatch(
      /^2 of the 50 codes of this selection have data.*those codes only/,
    );
  });
  it('Russian agrees with the total after «из»: 1, 21 take the genitive singular', () => {
    expect(say('ru', 2, 50)).toContain('по 2 из 50 кодов');
    expect(say('ru', 2, 21)).toContain('по 2 из 21 кода');
    expect(say('ru', 1, 22)).toContain('по 1 из 22 кодов');
    expect(say('ru', 1, 22)).toContain('только этот код');
  });
  it('French agrees with the part; Spanish with both', () => {
    expect(say('fr', 1, 50)).toMatch(/^1 code sur 50 de cette sélection a des données/);
    expect(say('fr', 2, 50)).toMatch(/^2 codes sur 50 de cette sélection ont des données/);
    expect(say('es', 2, 50)).toMatch(/^2 de los 50 códigos de esta selección tienen datos/);
    expect(say('es', 1, 50)).toMatch(/^1 de los 50 códigos de esta selección tiene datos/);
  });
  it('numbers written with grouping spaces still choose their form', () => {
    expect(translate('ru', 'covSubset', { k: '32', n: '5\u00a0614', edition: 'HS2022' })).toContain(
      'из 5\u00a0614 кодов',
    );
  });
});
