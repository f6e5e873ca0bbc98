import type { DatasetMeta, Manifest } from '../schema/manifest.ts';
import type { AtlasState } from './params.ts';
import { normalizeState, recheckState, switchDataset } from './url-state.ts';

/**
 * What a control's change ends as, written as the patch it amounts to. The controls hand the
 * bare change to update(), which runs normalizeState once; these helpers show the outcome of
 * the same rules without a manifest at hand (the tests read them).
 */

function periodChange(
  state: AtlasState,
  ds: DatasetMeta | undefined,
  change: Partial<AtlasState>,
): Partial<AtlasState> {
  const next = recheckState({ ...state, ...change }, ds);
  const patch: Partial<AtlasState> = { ...change };
  for (const k of ['month', 'metric'] as const)
    if (next[k] !== state[k] || k in change) Object.assign(patch, { [k]: next[k] });
  return patch;
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
  return periodChange(state, ds, { year });
}

/** A month (0 = whole year) of the current or another year, from the month control. */
export function monthPatch(
  state: AtlasState,
  ds: DatasetMeta | undefined,
  year: number,
  month: number,
): Partial<AtlasState> {
  return periodChange(state, ds, year !== state.year ? { month, year } : { month });
}

/** A change of dataset: what it keeps (switchDataset), then what the new period allows. */
export function datasetPatch(state: AtlasState, manifest: Manifest, id: string): AtlasState {
  return normalizeState(switchDataset(state, manifest, id), manifest);
}

/** A category belongs to one list, so a new list starts from the whole list. */
export function listPatch(list: string): Partial<AtlasState> {
  return { list, cat: '' };
}
