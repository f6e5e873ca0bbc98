import { registerCatalog } from '../i18n/messages.ts';
import type { Manifest } from '../schema/manifest.ts';
import { parseState, serializeState } from '../state/url-state.ts';
import { type AtlasState } from '../state/params.ts';
import type { ViewProps } from '../state/view-props.ts';
import * as catalogue from '../i18n/catalog/workshop-tour.ts';
import {
  addStep,
  decodeTour,
  encodeTour,
  EMPTY_TOUR,
  stepQuery,
  tourFromJson,
  tourToJson,
  type StepCheck,
  type Tour,
  type TourRead,
} from '../state/tour.ts';
import { LIMITS, type TourProblem } from '../state/tour-format.ts';

// The editor's and presenter's texts load with this module, not with the map.
registerCatalog(catalogue);

/** The tour survives a reload (and a link without `tour`) in this browser. */
export const STORAGE_KEY = 'strategic-trade-atlas.tour';

export function loadStored(): Tour {
  try {
    const text = localStorage.getItem(STORAGE_KEY);
    return (text && tourFromJson(text).tour) || EMPTY_TOUR;
  } catch {
    return EMPTY_TOUR;
  }
}

function store(tour: Tour): void {
  try {
    if (tour.steps.length) localStorage.setItem(STORAGE_KEY, tourToJson(tour));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage full or disabled (private mode): the URL still holds the tour.
  }
}

/** The parameters of a step's view that this data does not have, for the import report. */
export function stepCheck(manifest: Manifest): StepCheck {
  return (q) =>
    parseState(q, manifest)
      .notices.map((n) => `${n.param}=${n.value}`)
      .join(', ');
}

/** The tour shown: the link's when it has one, else the one kept in this browser. */
export function currentTour(state: AtlasState, manifest: Manifest): TourRead {
  return state.tour
    ? decodeTour(state.tour, stepCheck(manifest))
    : { tour: loadStored(), problems: [] };
}

/** Saves a changed tour in the browser and in the URL; says when it is too long for the URL. */
export function commitTour(props: Pick<ViewProps, 'update'>, tour: Tour): { tooLong: boolean } {
  store(tour);
  const { param, tooLong } = encodeTour(tour);
  props.update({ tour: param, ...(param ? {} : { step: 0, present: false }) }, 'replace');
  return { tooLong };
}

/** The current view as a step: its query without language or tour, titled by its heading. */
export function currentStep(props: Pick<ViewProps, 'state' | 'manifest'>, title: string) {
  const q = stepQuery(serializeState(props.state, props.manifest));
  return { q, title: title.slice(0, LIMITS.title), note: '' };
}

/** Adds the current view; returns the new step number, or 0 when the tour is full. */
export function addCurrentView(props: ViewProps, title: string): number {
  const tour = currentTour(props.state, props.manifest).tour ?? loadStored();
  const next = addStep(tour, currentStep(props, title));
  if (next === tour) return 0;
  commitTour(props, next);
  return next.steps.length;
}

/** The state patch that shows step `n` (1-based) of a tour, in the current language. */
export function stepPatch(
  tour: Tour,
  n: number,
  manifest: Manifest,
  state: AtlasState,
): Partial<AtlasState> {
  const step = tour.steps[n - 1];
  const view = parseState(step?.q ?? '', manifest).state;
  return {
    ...view,
    lang: state.lang,
    embed: false,
    tour: state.tour,
    step: n,
  };
}

/** A problem in the reader's language. */
export function problemText(p: TourProblem, t: ViewProps['t']): string {
  switch (p.code) {
    case 'json':
      return t('wsErrJson');
    case 'format':
      return t('wsErrFormat');
    case 'version':
      return t('wsErrVersion');
    case 'noSteps':
      return t('wsErrNoSteps');
    case 'tooLarge':
      return t('wsErrTooLarge');
    case 'encoding':
      return t('wsErrEncoding');
    case 'tooMany':
      return t('wsErrTooMany', { max: p.max });
    case 'stepShape':
      return t('wsErrStepShape', { n: String(p.step) });
    case 'stepView':
      return t('wsErrStepView', { n: String(p.step) });
    case 'stepTitle':
      return t('wsErrStepTitle', { n: String(p.step) });
    case 'stepNote':
      return t('wsErrStepNote', { n: String(p.step) });
    case 'stepParams':
      return t('wsErrStepParams', { n: String(p.step), params: p.params });
  }
}
