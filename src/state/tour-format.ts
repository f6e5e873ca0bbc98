/**
 * The tour's URL and file format, without the tour model: the limits, base64url, and reading
 * a `tour` parameter down to its raw steps. The URL parameter table checks a link's tour with
 * it; src/state/tour.ts builds the tour model on top.
 */

export const TOUR_FORMAT = 'strategic-trade-atlas-tour';
export const TOUR_VERSION = 1;
export const LIMITS = {
  steps: 50,
  title: 200,
  note: 2000,
  query: 2000,
  /** Longest `tour` URL parameter written: longer tours stay in the browser and the JSON file. */
  url: 6000,
  /** Largest JSON file read on import. */
  file: 500_000,
} as const;

/** Why a tour, or one of its steps, could not be read. `step` is 1-based. */
export type TourProblem =
  | { code: 'json' | 'format' | 'version' | 'noSteps' | 'tooLarge' | 'encoding' }
  | { code: 'tooMany'; max: number }
  | { code: 'stepShape' | 'stepView' | 'stepTitle' | 'stepNote'; step: number }
  | { code: 'stepParams'; step: number; params: string };

/** A `tour` parameter unpacked to its raw steps, or the reason it is not a tour at all. */
export function unpackTourParam(param: string): { raw: unknown[] } | { problem: TourProblem } {
  if (param.length > LIMITS.url * 2) return { problem: { code: 'tooLarge' } };
  let text: string;
  try {
    text = fromBase64Url(param);
  } catch {
    return { problem: { code: 'encoding' } };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: { code: 'encoding' } };
  }
  if (!isObject(value) || !Array.isArray(value.s)) return { problem: { code: 'format' } };
  if (value.v !== TOUR_VERSION) return { problem: { code: 'version' } };
  return {
    raw: value.s.map((x: unknown) =>
      Array.isArray(x) ? { view: x[0], title: x[1] ?? '', note: x[2] ?? '' } : x,
    ),
  };
}

/** One raw step's fields when they have the form a step needs; `step` is 1-based. */
export function readStep(
  x: unknown,
  step: number,
): { view: string; title: string; note: string } | { problem: TourProblem } {
  if (!isObject(x)) return { problem: { code: 'stepShape', step } };
  const { view, title = '', note = '' } = x;
  if (typeof view !== 'string' || view.length > LIMITS.query || !/^\??[^\s#]*$/.test(view))
    return { problem: { code: 'stepView', step } };
  if (typeof title !== 'string' || title.length > LIMITS.title)
    return { problem: { code: 'stepTitle', step } };
  if (typeof note !== 'string' || note.length > LIMITS.note)
    return { problem: { code: 'stepNote', step } };
  return { view, title, note };
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(param: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(param)) throw new Error('not base64url');
  const bin = atob(param.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
