import { describe, expect, it } from 'vitest';
import {
  defaultDir,
  filterRows,
  foldForSearch,
  nextSort,
  rankingRows,
  sortRows,
  type RankingRow,
} from '../../src/derive/ranking.ts';
import type { CountryValue } from '../../src/derive/map-model.ts';

const NAMES: Record<string, string> = {
  CIV: 'Côte d’Ivoire',
  MEX: 'México',
  DEU: 'Alemania',
  ALB: 'Albania',
  FRO: 'Feroe, Islas',
  ZAF: 'Sudáfrica',
  AUT: 'Austria',
};

function cv(iso3: string, value: number, change: number | null = null): CountryValue {
  return { iso3, value, broad: 0, share: value / 100, change, rank: 0 };
}

/** Ranks as buildMapModel sets them: by value among positive values. */
function rows(): RankingRow[] {
  const values = [
    cv('CIV', 10, 0.5),
    cv('MEX', 40, -0.2),
    cv('DEU', 50, null),
    cv('ALB', 0),
    cv('FRO', 0),
    cv('ZAF', 0.5, 2),
    cv('AUT', 40, 0.1),
  ];
  const ranked = values.filter((v) => v.value > 0).sort((a, b) => b.value - a.value);
  ranked.forEach((v, i) => (v.rank = i + 1));
  return rankingRows(values, (iso3) => NAMES[iso3] ?? iso3);
}

const order = (r: RankingRow[]) => r.map((x) => x.iso3);

describe('foldForSearch', () => {
  it('drops accents, case and apostrophe variants', () => {
    expect(foldForSearch('Côte d’Ivoire', 'fr')).toBe("cote d'ivoire");
    expect(foldForSearch('  MÉXICO ', 'es')).toBe('mexico');
    expect(foldForSearch('Færøerne', 'en')).toBe('faeroerne');
    expect(foldForSearch('Guinée-Bissau', 'fr')).toBe('guinee bissau');
  });
  it('treats ё as е in Russian names', () => {
    expect(foldForSearch('Рёюньон', 'ru')).toBe('реюньон');
    expect(foldForSearch('Египет', 'ru')).toBe('египет');
  });
});

describe('filterRows', () => {
  it('finds names without accents and by ISO3 code', () => {
    expect(order(filterRows(rows(), 'mexico', 'es'))).toEqual(['MEX']);
    expect(order(filterRows(rows(), "cote d'", 'fr'))).toEqual(['CIV']);
    expect(order(filterRows(rows(), 'sudafr', 'es'))).toEqual(['ZAF']);
    expect(order(filterRows(rows(), 'deu', 'es'))).toEqual(['DEU']);
    expect(order(filterRows(rows(), 'al', 'es'))).toEqual(['DEU', 'ALB']);
  });
  it('returns every row for an empty query', () => {
    expect(filterRows(rows(), '   ', 'en')).toHaveLength(7);
  });
});

describe('sortRows', () => {
  it('ranks by value with zero-value countries last, ties by name', () => {
    expect(order(sortRows(rows(), 'rank', 'ascending', 'es'))).toEqual([
      'DEU',
      'AUT',
      'MEX',
      'CIV',
      'ZAF',
      'ALB',
      'FRO',
    ]);
    expect(order(sortRows(rows(), 'value', 'descending', 'es'))).toEqual(
      order(sortRows(rows(), 'rank', 'ascending', 'es')),
    );
  });
  it('keeps zero-value countries last even in ascending value order', () => {
    expect(order(sortRows(rows(), 'value', 'ascending', 'es'))).toEqual([
      'ZAF',
      'CIV',
      'AUT',
      'MEX',
      'DEU',
      'ALB',
      'FRO',
    ]);
  });
  it('sorts names with the collation of the language', () => {
    expect(order(sortRows(rows(), 'country', 'ascending', 'es'))).toEqual([
      'DEU',
      'AUT',
      'CIV',
      'MEX',
      'ZAF',
      'ALB',
      'FRO',
    ]);
    expect(order(sortRows(rows(), 'country', 'descending', 'es'))).toEqual([
      'ZAF',
      'MEX',
      'CIV',
      'AUT',
      'DEU',
      'FRO',
      'ALB',
    ]);
  });
  it('puts a missing change last in both directions', () => {
    expect(order(sortRows(rows(), 'change', 'descending', 'es')).slice(0, 5)).toEqual([
      'ZAF',
      'CIV',
      'AUT',
      'MEX',
      'DEU',
    ]);
    expect(order(sortRows(rows(), 'change', 'ascending', 'es')).slice(0, 5)).toEqual([
      'MEX',
      'AUT',
      'CIV',
      'ZAF',
      'DEU',
    ]);
  });
  it('does not change the input', () => {
    const input = rows();
    const before = order(input);
    sortRows(input, 'country', 'descending', 'en');
    expect(order(input)).toEqual(before);
  });
});

describe('nextSort', () => {
  it('flips the same column and starts a new one in its natural direction', () => {
    expect(nextSort({ key: 'rank', dir: 'ascending' }, 'rank')).toEqual({
      key: 'rank',
      dir: 'descending',
    });
    expect(nextSort({ key: 'rank', dir: 'ascending' }, 'value')).toEqual({
      key: 'value',
      dir: 'descending',
    });
    expect(defaultDir('country')).toBe('ascending');
    expect(defaultDir('change')).toBe('descending');
  });
});
