import type { Lang } from '../schema/manifest.ts';
import type { CountryValue } from './map-model.ts';

export type SortKey = 'rank' | 'country' | 'value' | 'share' | 'change';
/** The words of aria-sort, so the table can hand them to the header as they are. */
export type SortDir = 'ascending' | 'descending';

export interface RankingRow extends CountryValue {
  name: string;
}

/** Rows of the ranking with each country's name in the current language. */
export function rankingRows(
  values: Iterable<CountryValue>,
  nameOf: (iso3: string) => string,
): RankingRow[] {
  return [...values].map((v) => ({ ...v, name: nameOf(v.iso3) }));
}

/** The direction a column sorts in when first chosen: names A→Z, rank 1 first, biggest first. */
export function defaultDir(key: SortKey): SortDir {
  return key === 'country' || key === 'rank' ? 'ascending' : 'descending';
}

// Letters that Unicode does not decompose into a base letter and a mark, so NFD alone
// would leave "Curaçao" findable by "curacao" but not "Færøerne" by "faeroerne".
const FOLD: Record<string, string> = {
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * Lower case without accents, apostrophe variants or extra spaces, so that "cote d'ivoire"
 * finds "Côte d’Ivoire", "mexico" finds "México" and "е" matches "ё" in Russian names.
 */
export function foldForSearch(text: string, lang: Lang): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase(lang)
    .replace(/[æœøßłđðþı]/g, (c) => FOLD[c] ?? c)
    .replace(/[’‘`´]/g, "'")
    .replace(/[-‐–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Countries whose name (in the current language) or ISO3 code matches the query. */
export function filterRows(rows: RankingRow[], query: string, lang: Lang): RankingRow[] {
  const q = foldForSearch(query, lang);
  if (!q) return rows;
  const code = query.trim().toUpperCase();
  return rows.filter((r) => r.iso3 === code || foldForSearch(r.name, lang).includes(q));
}

/**
 * Sorts a copy. Countries with no trade always come after those with some, whatever the
 * column, because their rank, share and change carry no information; within each group the
 * chosen column decides, then the name. A missing change sorts last in both directions so
 * the informative rows stay on top.
 */
export function sortRows(rows: RankingRow[], key: SortKey, dir: SortDir, lang: Lang): RankingRow[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const sign = dir === 'ascending' ? 1 : -1;
  const byName = (a: RankingRow, b: RankingRow) =>
    collator.compare(a.name, b.name) || (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0);
  const compare = (a: RankingRow, b: RankingRow): number => {
    switch (key) {
      case 'country':
        return sign * byName(a, b);
      case 'rank':
        // Rank 1 is the largest value: ascending rank is descending value.
        return sign * (b.value - a.value);
      case 'value':
        return sign * (a.value - b.value);
      case 'share':
        return sign * (a.share - b.share);
      case 'change':
        if (a.change === null || b.change === null) {
          return a.change === b.change ? 0 : a.change === null ? 1 : -1;
        }
        return sign * (a.change - b.change);
    }
  };
  return [...rows].sort((a, b) => {
    const zeroA = a.value > 0 ? 0 : 1;
    const zeroB = b.value > 0 ? 0 : 1;
    return zeroA - zeroB || compare(a, b) || byName(a, b);
  });
}

/** The next sort state when a column header is pressed: same column flips, new one starts fresh. */
export function nextSort(
  current: { key: SortKey; dir: SortDir },
  key: SortKey,
): { key: SortKey; dir: SortDir } {
  if (current.key !== key) return { key, dir: defaultDir(key) };
  return { key, dir: current.dir === 'ascending' ? 'descending' : 'ascending' };
}
