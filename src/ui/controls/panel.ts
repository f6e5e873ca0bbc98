import type { DatasetMeta, ListMeta, Manifest } from '../../schema/manifest.ts';
import type { AtlasState, Metric } from '../../state/url-state.ts';
import { switchDataset } from '../../state/url-state.ts';
import { comparisonYear, monthAvailable } from '../../derive/months.ts';

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
 * Change needs an earlier period: the previous year, or for a month the same month a year
 * earlier. The rule matches parseState, which refuses metric=change otherwise, so the
 * control and the URL never disagree.
 */
export function changeAvailable(ds: DatasetMeta | undefined, year: number, month = 0): boolean {
  return comparisonYear(ds, year, month) !== null;
}

function metricFor(ds: DatasetMeta | undefined, year: number, metric: Metric, month = 0): Metric {
  return metric === 'change' && !changeAvailable(ds, year, month) ? 'value' : metric;
}

/**
 * Moving to the first year drops 'change', which has nothing to compare with there; a month
 * the new year does not have (a partial year) falls back to the whole year.
 */
export function yearPatch(
  state: AtlasState,
  ds: DatasetMeta | undefined,
  year: number,
): Partial<AtlasState> {
  const month = state.month > 0 && monthAvailable(ds, year, state.month) ? state.month : 0;
  const metric = metricFor(ds, year, state.metric, month);
  const patch: Partial<AtlasState> = { year };
  if (month !== state.month) patch.month = month;
  if (metric !== state.metric) patch.metric = metric;
  return patch;
}

/** A month (0 = whole year) of the current or another year, from the month control. */
export function monthPatch(
  state: AtlasState,
  ds: DatasetMeta | undefined,
  year: number,
  month: number,
): Partial<AtlasState> {
  const metric = metricFor(ds, year, state.metric, month);
  const patch: Partial<AtlasState> = { month };
  if (year !== state.year) patch.year = year;
  if (metric !== state.metric) patch.metric = metric;
  return patch;
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
