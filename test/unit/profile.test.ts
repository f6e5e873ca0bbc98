import { describe, expect, it } from 'vitest';
import { productCountries, profileBy, yearlyByKey } from '../../src/derive/profile.ts';
import { productLists } from '../../src/derive/profile-product.ts';
import type {
  ColumnarShard,
  DatasetMeta,
  ListMeta,
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

  it('yearly series by code, each year through its own keys', () => {
    // 2022 counts 284510 only (say, another HS edition), 2023 both codes.
    const keys = (y: number) => (y === 2022 ? new Set(['284510']) : counted);
    expect(Object.fromEntries(yearlyByKey(shard, keys, [2021, 2022, 2023], 'export'))).toEqual({
      '284510': [
        { year: 2021, value: 0 },
        { year: 2022, value: 10 },
        { year: 2023, value: 160 },
      ],
      '840110': [
        { year: 2021, value: 0 },
        { year: 2022, value: 0 },
        { year: 2023, value: 40 },
      ],
    });
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
