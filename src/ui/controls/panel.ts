import type { DatasetMeta, ListMeta, Manifest } from '../../schema/manifest.ts';

/**
 * CHPL calls its groups tiers (TIER_1 … TIER_4_B); calling them categories would not match
 * the document users read beside the atlas.
 */
export function categoryTerm(list: ListMeta | undefined): 'tier' | 'category' {
  const cats = list?.categories ?? [];
  return cats.length > 0 && cats.every((c) => /^TIER_/i.test(c.id)) ? 'tier' : 'category';
}

/** The neighbouring years the previous/next buttons go to; null at either end. */
export function yearNeighbours(
  years: readonly number[],
  year: number,
): { prev: number | null; next: number | null } {
  const sorted = [...years].sort((a, b) => a - b);
  const i = sorted.indexOf(year);
  if (i < 0) return { prev: null, next: null };
  return { prev: sorted[i - 1] ?? null, next: sorted[i + 1] ?? null };
}

/** The lists a dataset applies, with their metadata, in the dataset's order. */
export function datasetLists(manifest: Manifest, ds: DatasetMeta | undefined): ListMeta[] {
  if (!ds) return [];
  return ds.lists
    .map((id) => manifest.lists.find((l) => l.id === id))
    .filter((l): l is ListMeta => l !== undefined);
}
