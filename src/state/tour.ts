/**
 * Workshop tours: an ordered list of saved views, each a view's query string (the URL state
 * without language, tour or presentation parameters), a title and a note. Pure functions only:
 * editing returns a new tour; the URL and JSON forms are read back with every problem reported.
 */

import {
  isObject,
  LIMITS,
  readStep,
  TOUR_FORMAT,
  TOUR_VERSION,
  toBase64Url,
  unpackTourParam,
  type TourProblem,
} from './tour-format.ts';
import { NOT_IN_STEP } from './params.ts';

export interface TourStep {
  /** The view's query string, without "?" ("view=country&country=FRA"); '' is the map. */
  q: string;
  title: string;
  note: string;
}

export interface Tour {
  steps: TourStep[];
}

export const EMPTY_TOUR: Tour = { steps: [] };
export interface TourRead {
  /** Null when the whole input is unreadable (then `problems` says why). */
  tour: Tour | null;
  /** Steps left out or kept with a warning; the tour is never silently shortened. */
  problems: TourProblem[];
}

/** Checks a step's view against the data: the parameters that do not apply ('' = fine). */
export type StepCheck = (q: string) => string;

/** A view's query string as a step keeps it: no "?", no language, embed or tour parameters. */
export function stepQuery(search: string): string {
  const p = new URLSearchParams(search.replace(/^\?/, ''));
  for (const k of [...p.keys()]) if (NOT_IN_STEP.has(k)) p.delete(k);
  return p.toString().replace(/%2C/g, ',');
}

export function addStep(tour: Tour, step: TourStep): Tour {
  if (tour.steps.length >= LIMITS.steps) return tour;
  return { steps: [...tour.steps, clean(step)] };
}

export function removeStep(tour: Tour, index: number): Tour {
  if (index < 0 || index >= tour.steps.length) return tour;
  return { steps: tour.steps.filter((_, i) => i !== index) };
}

/** Moves a step by `delta` places (-1 up, +1 down), clamped to the ends. */
export function moveStep(tour: Tour, index: number, delta: number): Tour {
  const to = Math.max(0, Math.min(tour.steps.length - 1, index + delta));
  if (index < 0 || index >= tour.steps.length || to === index) return tour;
  const steps = [...tour.steps];
  const [s] = steps.splice(index, 1);
  if (s) steps.splice(to, 0, s);
  return { steps };
}

export function editStep(
  tour: Tour,
  index: number,
  patch: Partial<Pick<TourStep, 'title' | 'note'>>,
): Tour {
  if (index < 0 || index >= tour.steps.length) return tour;
  return {
    steps: tour.steps.map((s, i) => (i === index ? clean({ ...s, ...patch }) : s)),
  };
}

function clean(s: TourStep): TourStep {
  return {
    q: stepQuery(s.q),
    title: s.title.slice(0, LIMITS.title),
    note: s.note.slice(0, LIMITS.note),
  };
}

// ---- URL form: base64url of compact JSON {"v":1,"s":[[q,title,note],...]} ----

/** The `tour` URL parameter, or tooLong when the tour is too long for a link. */
export function encodeTour(tour: Tour): { param: string; tooLong: boolean } {
  if (tour.steps.length === 0) return { param: '', tooLong: false };
  const s = tour.steps.map((x) =>
    x.note ? [x.q, x.title, x.note] : x.title ? [x.q, x.title] : [x.q],
  );
  const param = toBase64Url(JSON.stringify({ v: TOUR_VERSION, s }));
  return param.length > LIMITS.url ? { param: '', tooLong: true } : { param, tooLong: false };
}

export function decodeTour(param: string, check?: StepCheck): TourRead {
  if (!param) return { tour: EMPTY_TOUR, problems: [] };
  const read = unpackTourParam(param);
  return 'problem' in read ? { tour: null, problems: [read.problem] } : readSteps(read.raw, check);
}

// ---- JSON file form ----

export function tourToJson(tour: Tour): string {
  return `${JSON.stringify(
    {
      format: TOUR_FORMAT,
      version: TOUR_VERSION,
      steps: tour.steps.map((s) => ({ view: `?${s.q}`, title: s.title, note: s.note })),
    },
    null,
    2,
  )}\n`;
}

/** Reads an exported tour file: the whole file is refused only when it is not a tour at all. */
export function tourFromJson(text: string, check?: StepCheck): TourRead {
  if (text.length > LIMITS.file) return { tour: null, problems: [{ code: 'tooLarge' }] };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { tour: null, problems: [{ code: 'json' }] };
  }
  if (!isObject(value) || value.format !== TOUR_FORMAT)
    return { tour: null, problems: [{ code: 'format' }] };
  if (value.version !== TOUR_VERSION) return { tour: null, problems: [{ code: 'version' }] };
  if (!Array.isArray(value.steps)) return { tour: null, problems: [{ code: 'noSteps' }] };
  return readSteps(value.steps, check);
}

function readSteps(raw: unknown[], check?: StepCheck): TourRead {
  const problems: TourProblem[] = [];
  const steps: TourStep[] = [];
  raw.forEach((x, i) => {
    const step = i + 1;
    const read = readStep(x, step);
    if ('problem' in read) return problems.push(read.problem);
    const { view, title, note } = read;
    const q = stepQuery(view);
    // A view whose parameters this data does not have is kept (they fall back to defaults
    // when shown) and reported, so the trainer can fix it.
    const params = check?.(q) ?? '';
    if (params) problems.push({ code: 'stepParams', step, params });
    steps.push({ q, title, note });
  });
  if (steps.length > LIMITS.steps) {
    problems.push({ code: 'tooMany', max: LIMITS.steps });
    steps.length = LIMITS.steps;
  }
  return { tour: { steps }, problems };
}
