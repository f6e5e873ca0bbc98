import type { DatasetMeta, Manifest } from '../schema/manifest.ts';
import type { MessageKey } from '../i18n/messages.ts';
import {
  PARAM_NAMES,
  PARAMS,
  usableDatasets,
  type AtlasState,
  type NoticeReason,
  type ParamName,
  type ParamRow,
  type WriteContext,
} from './params.ts';

/**
 * Reading, writing and moving the URL state: each function walks the table of parameters in
 * src/state/params.ts, which holds every rule about a single parameter.
 */

export interface ParamNotice {
  param: string;
  value: string;
  reason: NoticeReason;
}

/** The text of each kind of notice; its placeholders are {param} and {value}. */
export const NOTICE_MESSAGES: Record<NoticeReason, MessageKey> = {
  unknown: 'noticeUnknown',
  invalid: 'noticeInvalid',
  unavailable: 'noticeUnavailable',
  repeated: 'noticeRepeated',
  otherView: 'noticeOtherView',
  tooMany: 'noticeTooMany',
  ignored: 'noticeIgnored',
};

/** Longest parameter name or value quoted in a notice, in characters (a link can be any size). */
export const NOTICE_TEXT_MAX = 80;

/** Cuts at a character boundary, so a cut emoji or accent never shows as a broken glyph. */
function clip(text: string): string {
  const chars = Array.from(text);
  return chars.length > NOTICE_TEXT_MAX ? `${chars.slice(0, NOTICE_TEXT_MAX - 1).join('')}…` : text;
}

// The walkers handle one row at a time under its own key; TypeScript cannot follow a key
// through a loop, so these two helpers hold the one cast each.
function rowOf(k: ParamName): ParamRow<ParamName> {
  return PARAMS[k] as unknown as ParamRow<ParamName>;
}
function setField(s: AtlasState, k: ParamName, v: AtlasState[ParamName]): void {
  (s as unknown as Record<ParamName, AtlasState[ParamName]>)[k] = v;
}

function datasetOf(manifest: Manifest, datasetId?: string): DatasetMeta | undefined {
  return (
    manifest.datasets.find((d) => d.id === datasetId) ??
    usableDatasets(manifest)[0] ??
    manifest.datasets[0]
  );
}

/** The defaults depend on the data: the first usable dataset, its latest year, its first list. */
export function defaultState(manifest: Manifest, datasetId?: string): AtlasState {
  const ds = datasetOf(manifest, datasetId);
  const s = {} as AtlasState;
  for (const k of PARAM_NAMES) setField(s, k, rowOf(k).initial(ds));
  return s;
}

/**
 * Parses a query string against the manifest. Each parameter is valid, invalid or missing;
 * invalid ones fall back to the default and are reported, never thrown.
 */
export function parseState(
  search: string,
  manifest: Manifest,
): { state: AtlasState; notices: ParamNotice[] } {
  const p = new URLSearchParams(search);
  const notices: ParamNotice[] = [];
  const reject = (param: string, value: string, reason: NoticeReason = 'invalid') =>
    notices.push({ param: clip(param), value: clip(value), reason });

  for (const key of new Set(p.keys())) {
    if (!Object.hasOwn(PARAMS, key)) {
      reject(key, p.get(key) ?? '', 'unknown');
      continue;
    }
    // The first value counts; a link that repeats a parameter with another value is told so.
    const [first, ...rest] = p.getAll(key).map((v) => v.trim());
    for (const v of new Set(rest)) if (v !== first) reject(key, v, 'repeated');
  }

  let s = defaultState(manifest);
  let ds = datasetOf(manifest, s.dataset);
  for (const k of PARAM_NAMES) {
    const row = rowOf(k);
    const raw = p.get(k)?.trim() ?? null;
    if (raw === null || (row.blankIsAbsent && raw === '')) continue;
    const ctx = { manifest, ds, s, reject: (v: string, why?: NoticeReason) => reject(k, v, why) };
    const value = row.read(raw, ctx);
    if (value === undefined) continue;
    if (row.views !== 'all' && !row.views.includes(s.view)) reject(k, raw, 'otherView');
    else setField(s, k, value);
    if (k === 'dataset') {
      // Every other default follows the dataset, which is why its row is read first.
      s = defaultState(manifest, s.dataset);
      ds = datasetOf(manifest, s.dataset);
    }
  }
  for (const k of PARAM_NAMES) Object.assign(s, rowOf(k).settle?.(s));
  return { state: s, notices };
}

/** Writes only what differs from the defaults (which depend on the dataset), in a fixed order. */
export function serializeState(s: AtlasState, manifest: Manifest): string {
  const w: WriteContext = {
    manifest,
    d: defaultState(manifest, s.dataset),
    top: defaultState(manifest),
  };
  const p = new URLSearchParams();
  const inLinkOrder = [...PARAM_NAMES].sort((a, b) => PARAMS[a].link - PARAMS[b].link);
  for (const k of inLinkOrder) {
    const row = rowOf(k);
    if (row.views !== 'all' && !row.views.includes(s.view)) continue;
    const v = row.write(s, w);
    if (v !== null) p.set(k, v);
  }
  const q = p.toString().replace(/%2C/g, ',');
  return q ? `?${q}` : '';
}

/**
 * Drops what a change made impossible, whatever view made it: a month the dataset or year
 * does not have (or next to a single HS code or custom list, which have yearly values only),
 * a second year the dataset lacks, the change metric where there is nothing to compare with,
 * and a tour step without a tour. Returns the same object when nothing changes.
 */
export function normalizeState(s: AtlasState, manifest: Manifest): AtlasState {
  return recheckState(
    s,
    manifest.datasets.find((d) => d.id === s.dataset),
  );
}

/** normalizeState against a dataset at hand (undefined: the state's dataset is unknown). */
export function recheckState(s: AtlasState, ds: DatasetMeta | undefined): AtlasState {
  let next = s;
  for (const k of PARAM_NAMES) {
    const recheck = rowOf(k).recheck;
    if (!recheck) continue;
    const v = recheck(next, ds);
    if (v === next[k]) continue;
    next = { ...next };
    setField(next, k, v);
  }
  return next;
}

/** Moves to another dataset, keeping what still makes sense there. */
export function switchDataset(s: AtlasState, manifest: Manifest, datasetId: string): AtlasState {
  const d = defaultState(manifest, datasetId);
  const ds = manifest.datasets.find((x) => x.id === datasetId);
  const next = { ...d };
  for (const k of PARAM_NAMES) {
    const rule = rowOf(k).onDataset;
    if (rule === 'keep') setField(next, k, s[k]);
    else if (rule !== 'default') setField(next, k, rule(s, ds, d));
  }
  return next;
}
