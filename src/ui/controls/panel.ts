import type { DatasetMeta, ListMeta, Manifest } from '../../schema/manifest.ts';
import type { AtlasState, Metric } from '../../state/url-state.ts';
import { switchDataset } from '../../state/url-state.ts';

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

/**
 * Change needs a previous year. The rule matches parseState, which refuses metric=change
 * for a dataset's first year, so the control and the URL never disagree.
 */
export function changeAvailable(ds: DatasetMeta | undefined, year: number): boolean {
  if (!ds || ds.years.length === 0) return false;
  return Math.min(...ds.years) !== year;
}

function metricFor(ds: DatasetMeta | undefined, year: number, metric: Metric): Metric {
  return metric === 'change' && !changeAvailable(ds, year) ? 'value' : metric;
}

/** Moving to the first year drops 'change', which has nothing to compare with there. */
export function yearPatch(
  state: AtlasState,
  ds: DatasetMeta | undefined,
  year: number,
): Partial<AtlasState> {
  const metric = metricFor(ds, year, state.metric);
  return metric === state.metric ? { year } : { year, metric };
}

/** switchDataset keeps the metric; it must not keep 'change' where the year cannot have it. */
export function datasetPatch(state: AtlasState, manifest: Manifest, id: string): AtlasState {
  const next = switchDataset(state, manifest, id);
  const ds = manifest.datasets.find((d) => d.id === id);
  return { ...next, metric: metricFor(ds, next.year, next.metric) };
}

/** A category belongs to one list, so a new list starts from the whole list. */
export function listPatch(list: string): Partial<AtlasState> {
  return { list, cat: '' };
}

/** The lists a dataset applies, with their metadata, in the dataset's order. */
export function datasetLists(manifest: Manifest, ds: DatasetMeta | undefined): ListMeta[] {
  if (!ds) return [];
  return ds.lists
    .map((id) => manifest.lists.find((l) => l.id === id))
    .filter((l): l is ListMeta => l !== undefined);
}
