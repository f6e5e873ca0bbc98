import { describe, expect, it } from 'vitest';
import type { ListCode } from '../../src/derive/compare.ts';
import {
  editionMarks,
  productCountries,
  profileBy,
  selectedKeys,
  specificitySplit,
  standing,
  yearlyTotals,
} from '../../src/derive/profile.ts';
import { productLists } from '../../src/derive/profile-product.ts';
import type {
  ColumnarShard,
  DatasetMeta,
  ListMeta,
  MapColumns,
  ProductColumns,
} from '../../src/schema/manifest.ts';
import { countryShard } from './profile-fixture.ts';

function columnar<C extends string>(cols: readonly C[], rows: (string | number | null)[][]) {
  return {
    schemaVersion: 1,
    notice: '',
    columns: [...cols],
    data: Object.fromEntries(cols.map((c, i) => [c, rows.map((r) => r[i] ?? null)])),
  } as ColumnarShard<C>;
}

const shard = countryShard([
  [2023, 'export', 'DEU', '284510', 60, 1.5],
  [2023, 'export', 'DEU', '840110', 40, null],
  [2023, 'export', 'ITA', '284510', 100, 2],
  [2023, 'import', 'USA', '840110', 30, 0.25],
  [2022, 'export', 'DEU', '284510', 10, 1],
  [2023, 'export', 'XXX', '999999', 1000, 1],
]);
const counted = new Set(['284510', '840110']);

describe('country profile tables', () => {
  it('top partners with value, share and tonnes where known', () => {
    const { rows, total } = profileBy(shard, 'partner', 'export', 2023, counted);
    expect(total).toBe(200);
    expect(rows).toEqual([
      { key: 'DEU', value: 100, share: 0.5, quantityT: 1.5, quantityPartial: true },
      { key: 'ITA', value: 100, share: 0.5, quantityT: 2, quantityPartial: false },
    ]);
    const codes = profileBy(shard, 'code', 'export', 2023, counted).rows;
    expect(codes.map((r) => [r.key, r.value, r.quantityT])).toEqual([
      ['284510', 160, 3.5],
      ['840110', 40, null],
    ]);
  });

  it('yearly totals over every year of the dataset, zero where nothing', () => {
    expect(yearlyTotals(shard, counted, [2021, 2022, 2023])).toEqual([
      { year: 2021, export: 0, import: 0 },
      { year: 2022, export: 10, import: 0 },
      { year: 2023, export: 200, import: 30 },
    ]);
  });

  it('selected keys: list total, category, single code, and category datasets', () => {
    const codes = new Map<string, ListCode>([
      [
        '284510',
        {
          code: '284510',
          categories: ['nuclear'],
          specificity: 'core',
          description: '',
          item: '',
          inTotal: true,
        },
      ],
      [
        '840110',
        {
          code: '840110',
          categories: ['nuclear', 'x'],
          specificity: 'broad',
          description: '',
          item: '',
          inTotal: true,
        },
      ],
      [
        '111111',
        {
          code: '111111',
          categories: ['ignore'],
          specificity: null,
          description: '',
          item: '',
          inTotal: false,
        },
      ],
    ]);
    const list = {
      categories: [
        { id: 'nuclear', label: 'N', codes: 2, inTotal: true },
        { id: 'x', label: 'X', codes: 1, inTotal: true },
        { id: 'ignore', label: 'I', codes: 1, inTotal: false },
      ],
    } as ListMeta;
    expect([...selectedKeys(list, 'hs6', codes, { cat: '', hs: '' })]).toEqual([
      '284510',
      '840110',
    ]);
    expect([...selectedKeys(list, 'hs6', codes, { cat: 'x', hs: '' })]).toEqual(['840110']);
    expect([...selectedKeys(list, 'hs6', codes, { cat: '', hs: '284510' })]).toEqual(['284510']);
    expect([...selectedKeys(list, 'category', codes, { cat: '', hs: '' })]).toEqual([
      'nuclear',
      'x',
    ]);
  });
});

describe('rank and share', () => {
  it('ranks among countries with a positive value, share of the world total', () => {
    const series = [
      { year: 2023, iso3: 'AAA', value: 60, broad: 0 },
      { year: 2023, iso3: 'BBB', value: 30, broad: 0 },
      { year: 2023, iso3: 'CCC', value: 10, broad: 0 },
      { year: 2022, iso3: 'AAA', value: 30, broad: 0 },
    ];
    const covered = ['AAA', 'BBB', 'CCC', 'DDD'];
    expect(standing(series, 'AAA', 2023, [2022, 2023], covered)).toEqual({
      value: 60,
      broad: 0,
      share: 0.6,
      rank: 1,
      reporting: 3,
      change: 1,
    });
    const c = standing(series, 'CCC', 2023, [2022, 2023], covered);
    expect([c.rank, c.share, c.change]).toEqual([3, 0.1, null]);
    expect(standing(series, 'DDD', 2023, [2023], covered).rank).toBe(0);
  });
});

describe('core and broad', () => {
  it('splits each category by the broad part the map shard carries', () => {
    const map = columnar<MapColumns>(
      ['year', 'iso3', 'category', 'export', 'import', 'exportBroad', 'importBroad'],
      [
        [2023, 'FRA', '', 100, 0, 40, 0],
        [2023, 'FRA', 'nuclear', 80, 0, 20, 0],
        [2023, 'DEU', '', 5, 5, 5, 5],
      ],
    );
    const s = specificitySplit(map, 'FRA', 2023);
    expect(s.get('')?.exportCoreShare).toBeCloseTo(0.6, 12);
    expect(s.get('')?.importCoreShare).toBeNull();
    expect(s.get('nuclear')?.exportCoreShare).toBeCloseTo(0.75, 12);
    expect(s.has('x')).toBe(false);
  });
});

describe('trend with edition breaks', () => {
  const ds = {
    id: 'eu',
    years: [2020, 2021, 2022],
    hsEdition: 'HS2022',
    yearEditions: { '2020': 'HS2017', '2021': 'HS2017' },
    listConversions: [
      { list: 'chpl', from: 'HS2022', to: 'HS2017', shard: 'chpl@HS2017' },
      { list: 'other', from: 'HS2022', to: 'HS2017', shard: 'other@HS2017' },
    ],
  } as unknown as DatasetMeta;
  it('marks the year the edition changes and the conversions of the list', () => {
    const m = editionMarks(ds, 'chpl');
    expect(m.breaks).toEqual([{ year: 2022, prev: 2021, from: 'HS2017', to: 'HS2022' }]);
    expect(m.editions.map((e) => e.edition)).toEqual(['HS2017', 'HS2017', 'HS2022']);
    expect(m.conversions.map((c) => c.shard)).toEqual(['chpl@HS2017']);
    expect(editionMarks({ ...ds, yearEditions: undefined }, 'x').breaks).toEqual([]);
  });
});

describe('product profile', () => {
  const product = columnar<ProductColumns>(
    ['year', 'iso3', 'export', 'import', 'exportQuantityT', 'importQuantityT'],
    [
      [2023, 'CAN', 300, 0, 2, null],
      [2023, 'FRA', 100, 50, null, 1],
      [2023, 'ARG', 0, 500, null, 10],
      [2022, 'CAN', 999, 0, 1, null],
    ],
  );
  it('countries by value with share, tonnes and unit value', () => {
    const { rows, total } = productCountries(product, 2023, 'export');
    expect(total).toBe(400);
    expect(rows).toEqual([
      { iso3: 'CAN', value: 300, quantityT: 2, unitValue: 150, share: 0.75 },
      { iso3: 'FRA', value: 100, quantityT: null, unitValue: null, share: 0.25 },
    ]);
  });

  it('finds the lists and categories holding a code, directly or through a conversion', () => {
    const ds = {
      hsEdition: 'HS2022',
      lists: ['a', 'b'],
      listConversions: [{ list: 'b', from: 'HS2017', to: 'HS2022', shard: 'b@HS2022' }],
    } as unknown as DatasetMeta;
    const listCols = ['hs6', 'category', 'specificity', 'regime', 'item', 'description'] as const;
    const a = columnar(listCols, [
      ['284510', 'nuclear', 'broad', 'NSG', 'Heavy water', 'Heavy water (deuterium oxide)'],
      ['840110', 'nuclear', 'core', 'NSG', 'Reactors', 'Nuclear reactors'],
    ]);
    const b = columnar(listCols, [['284510', 'power-plant', null, '', 'Heavy water', 'old']]);
    const conv = columnar(
      ['code', 'status', 'hs6', 'description', 'alsoFrom', 'offList', 'setAside'] as const,
      [['284510', 'exact', '284510', 'Heavy water (deuterium oxide)', null, 0, 0]],
    );
    const metaA = {
      id: 'a',
      name: 'A',
      hsEdition: 'HS2022',
      categories: [{ id: 'nuclear', label: 'Nuclear', codes: 2, inTotal: true }],
    } as unknown as ListMeta;
    const metaB = {
      id: 'b',
      name: 'B',
      hsEdition: 'HS2017',
      categories: [{ id: 'power-plant', label: 'Power plant', codes: 1, inTotal: true }],
    } as unknown as ListMeta;
    const r = productLists(
      '284510',
      ds,
      [
        { meta: metaA, shard: a },
        { meta: metaB, shard: b },
      ],
      new Map([['b@HS2022', conv]]),
    );
    expect(r.description).toBe('Heavy water (deuterium oxide)');
    expect(
      r.entries.map((e) => [e.list, e.categoryLabel, e.specificity, e.regime, e.status]),
    ).toEqual([
      ['a', 'Nuclear', 'broad', 'NSG', 'same'],
      ['b', 'Power plant', null, '', 'exact'],
    ]);
    expect(productLists('999999', ds, [{ meta: metaA, shard: a }], new Map()).entries).toEqual([]);
  });
});

describe('year2 in the URL', async () => {
  const { readFileSync } = await import('node:fs');
  const { parseState, serializeState, normalizeState } =
    await import('../../src/state/url-state.ts');
  const manifest = JSON.parse(
    readFileSync(new URL('../../public/data/manifest.json', import.meta.url), 'utf8'),
  ) as import('../../src/schema/manifest.ts').Manifest;
  it('parses, writes only when set, and rejects a year of another dataset or the same year', () => {
    const q = '?view=country&dataset=jrc-nuclear&year2=2017&country=FRA';
    const { state, notices } = parseState(q, manifest);
    expect(notices).toEqual([]);
    expect(state.year2).toBe(2017);
    expect(serializeState(state, manifest)).toBe(q);
    expect(parseState('?dataset=jrc-nuclear&year2=2021', manifest).notices).toEqual([
      { param: 'year2', value: '2021', reason: 'unavailable' },
    ]);
    expect(parseState('?year2=2017', manifest).state.year2).toBe(0);
    // Choosing the comparison year as the year drops the comparison.
    expect(normalizeState({ ...state, year: 2017 }, manifest).year2).toBe(0);
  });
});
