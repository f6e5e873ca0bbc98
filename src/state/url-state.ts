import type { DatasetMeta, Lang, Manifest } from '../schema/manifest.ts';
import { LANGS, type MessageKey } from '../i18n/messages.ts';
import { comparisonYear, isMonthly, monthAvailable } from '../derive/months.ts';
import { decodeTour } from '../workshop/tour.ts';
import { parseMemberList } from '../derive/groups.ts';

export const VIEWS = [
  'map',
  'table',
  'country',
  'product',
  'flows',
  'compare',
  'methods',
  'sources',
  'group',
  'regime',
] as const;
export type View = (typeof VIEWS)[number];
export const METRICS = ['value', 'share', 'change'] as const;
export type Metric = (typeof METRICS)[number];
export const FLOWS = ['export', 'import'] as const;
export type Flow = (typeof FLOWS)[number];
/** Flows view: the chart kind, and which of a country's flows it shows. */
export const FLOW_CHARTS = ['flowmap', 'sankey', 'chord', 'matrix', 'groups'] as const;
export type FlowChart = (typeof FLOW_CHARTS)[number];
export const FLOW_DIRS = ['both', 'export', 'import'] as const;
export type FlowDir = (typeof FLOW_DIRS)[number];
/** Flows view: how many flows (or countries per side) are shown before the rest is "Other". */
export const FLOW_TOP = { default: 20, min: 3, max: 50 } as const;

/** Everything a view depends on. Every field lives in the URL when it differs from its default. */
export interface AtlasState {
  view: View;
  dataset: string;
  year: number;
  /** Monthly datasets: month 1-12 of the year; 0 = the whole year (the default). */
  month: number;
  /** A second year to compare with on the profiles; 0 = none. Never equal to `year`. */
  year2: number;
  flow: Flow;
  list: string;
  /** Category (or tier) of the list; '' = the whole list. */
  cat: string;
  /** One HS6 code; '' = none. Takes precedence over list and category. */
  hs: string;
  /** An ad-hoc list of HS6 codes typed or pasted by the user; empty = none. */
  codes: string[];
  /** A second list to compare with (compare view). */
  vs: string;
  country: string;
  partner: string;
  metric: Metric;
  lang: Lang;
  embed: boolean;
  /** Flows view only (written to the URL there): chart kind, top N, a country's direction. */
  chart: FlowChart;
  top: number;
  dir: FlowDir;
  /** Workshop tour (issue 6): base64url JSON of its steps ('' = none); see src/workshop/tour.ts. */
  tour: string;
  /** The tour step shown (1-based; 0 = none) and whether it is presented full screen. */
  step: number;
  present: boolean;
  /**
   * A shipped group's id ('' = none). Its existence is checked once the groups file is loaded
   * (never with the first view), by selectGroup, which reports an unknown id.
   */
  group: string;
  /** A user's own group: ISO3 codes of the manifest, each once; [] = none. */
  members: string[];
}

/** Longest `tour` parameter accepted (the tour model writes at most 6000 characters). */
export const TOUR_PARAM_MAX = 12000;

/**
 * Why a parameter was not used, for the visible notice: `repeated` is a second, different value
 * of a parameter already read; `otherView` a setting of a view other than the one shown;
 * `tooMany` the values beyond the most a parameter keeps.
 */
export interface ParamNotice {
  param: string;
  value: string;
  reason: 'unknown' | 'invalid' | 'unavailable' | 'repeated' | 'otherView' | 'tooMany' | 'ignored';
}

/** The text of each kind of notice; its placeholders are {param} and {value}. */
export const NOTICE_MESSAGES: Record<ParamNotice['reason'], MessageKey> = {
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

/**
 * Datasets that can be shown: a dataset without rows (a format sample made only of aggregate
 * rows, say) has no map, so it is never the default and the selector offers it disabled.
 */
export function usableDatasets(manifest: Manifest): DatasetMeta[] {
  return manifest.datasets.filter((d) => d.rows > 0 && d.years.length > 0);
}

/** The defaults depend on the data: the first usable dataset, its latest year, its first list. */
export function defaultState(manifest: Manifest, datasetId?: string): AtlasState {
  const ds =
    manifest.datasets.find((d) => d.id === datasetId) ??
    usableDatasets(manifest)[0] ??
    manifest.datasets[0];
  return {
    view: 'map',
    dataset: ds?.id ?? '',
    year: ds ? (ds.years[ds.years.length - 1] ?? 0) : 0,
    month: 0,
    year2: 0,
    flow: 'export',
    list: ds?.lists[0] ?? '',
    cat: '',
    hs: '',
    codes: [],
    vs: '',
    country: '',
    partner: '',
    metric: 'value',
    lang: 'en',
    embed: false,
    chart: 'flowmap',
    top: FLOW_TOP.default,
    dir: 'both',
    tour: '',
    step: 0,
    present: false,
    group: '',
    members: [],
  };
}

/** Most codes an ad-hoc list keeps; more are reported, not silently dropped. */
export const MAX_CODES = 200;
/** The form of a group id in data/groups/ (lower-case words joined by hyphens). */
const GROUP_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const KNOWN = new Set([
  'view',
  'dataset',
  'year',
  'month',
  'year2',
  'flow',
  'list',
  'cat',
  'hs',
  'codes',
  'vs',
  'country',
  'partner',
  'metric',
  'lang',
  'embed',
  'chart',
  'top',
  'dir',
  'tour',
  'step',
  'present',
  'group',
  'members',
]);

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
  const get = (k: string) => {
    const v = p.get(k);
    return v === null ? null : v.trim();
  };
  const reject = (param: string, value: string, reason: ParamNotice['reason'] = 'invalid') =>
    notices.push({ param: clip(param), value: clip(value), reason });

  for (const key of new Set(p.keys())) {
    if (!KNOWN.has(key)) {
      reject(key, p.get(key) ?? '', 'unknown');
      continue;
    }
    // The first value counts; a link that repeats a parameter with another value is told so.
    const [first, ...rest] = p.getAll(key).map((v) => v.trim());
    for (const v of new Set(rest)) if (v !== first) reject(key, v, 'repeated');
  }

  const dsParam = get('dataset');
  let ds: DatasetMeta | undefined = usableDatasets(manifest).find((d) => d.id === dsParam);
  if (dsParam !== null && !ds)
    reject(
      'dataset',
      dsParam,
      manifest.datasets.some((d) => d.id === dsParam) ? 'unavailable' : 'invalid',
    );
  ds ??= defaultDataset(manifest);
  const s = defaultState(manifest, ds?.id);

  const view = get('view');
  if (view !== null) {
    if ((VIEWS as readonly string[]).includes(view)) s.view = view as View;
    else reject('view', view);
  }
  const year = get('year');
  if (year !== null) {
    const y = /^\d{4}$/.test(year) ? Number(year) : NaN;
    if (ds?.years.includes(y)) s.year = y;
    else reject('year', year, /^\d{4}$/.test(year) ? 'unavailable' : 'invalid');
  }
  const year2 = get('year2');
  if (year2 !== null && year2 !== '') {
    const y = /^\d{4}$/.test(year2) ? Number(year2) : NaN;
    if (ds?.years.includes(y) && y !== s.year) s.year2 = y;
    else reject('year2', year2, /^\d{4}$/.test(year2) ? 'unavailable' : 'invalid');
  }
  const flow = get('flow');
  if (flow !== null) {
    if ((FLOWS as readonly string[]).includes(flow)) s.flow = flow as Flow;
    else reject('flow', flow);
  }
  const list = get('list');
  if (list !== null) {
    if (ds?.lists.includes(list)) s.list = list;
    else
      reject('list', list, manifest.lists.some((l) => l.id === list) ? 'unavailable' : 'invalid');
  }
  const cat = get('cat');
  if (cat !== null && cat !== '') {
    const meta = manifest.lists.find((l) => l.id === s.list);
    if (meta?.categories.some((c) => c.id === cat)) s.cat = cat;
    else reject('cat', cat);
  }
  const hs = get('hs');
  if (hs !== null && hs !== '') {
    if (!/^\d{6}$/.test(hs)) reject('hs', hs);
    else if (ds?.granularity !== 'hs6') reject('hs', hs, 'unavailable');
    else s.hs = hs;
  }
  const codes = get('codes');
  if (codes !== null && codes !== '') {
    const parsed = parseCodeList(codes);
    if (parsed.codes.length === 0 || ds?.granularity !== 'hs6')
      reject('codes', codes, ds?.granularity !== 'hs6' ? 'unavailable' : 'invalid');
    else {
      s.codes = parsed.codes.slice(0, MAX_CODES);
      if (parsed.rejected.length) reject('codes', parsed.rejected.join(','));
      if (parsed.codes.length > MAX_CODES)
        reject('codes', parsed.codes.slice(MAX_CODES).join(','), 'tooMany');
    }
  }
  const vs = get('vs');
  if (vs !== null && vs !== '') {
    if (ds?.lists.includes(vs)) s.vs = vs;
    else reject('vs', vs);
  }
  for (const key of ['country', 'partner'] as const) {
    const v = get(key);
    if (v === null || v === '') continue;
    const up = v.toUpperCase();
    if (/^[A-Z][A-Z0-9]{2}$/.test(up) && manifest.countries.some((c) => c.iso3 === up)) s[key] = up;
    else reject(key, v);
  }
  const month = get('month');
  if (month !== null && month !== '') {
    const m = /^\d{1,2}$/.test(month) ? Number(month) : NaN;
    if (!(m >= 1 && m <= 12)) reject('month', month);
    // Yearly data, a month missing from a partial year, or a selection that has yearly
    // values only (one HS code, a custom list): the whole year is shown, with the notice.
    else if (!isMonthly(ds) || !monthAvailable(ds, s.year, m) || s.hs || s.codes.length)
      reject('month', month, 'unavailable');
    else s.month = m;
  }
  const metric = get('metric');
  if (metric !== null) {
    if ((METRICS as readonly string[]).includes(metric)) s.metric = metric as Metric;
    else reject('metric', metric);
  }
  if (s.metric === 'change' && ds && comparisonYear(ds, s.year, s.month) === null) {
    // The first year (or a month with no same month a year earlier) has nothing to compare with.
    reject('metric', 'change', 'unavailable');
    s.metric = 'value';
  }
  const lang = get('lang');
  if (lang !== null) {
    if ((LANGS as string[]).includes(lang)) s.lang = lang as Lang;
    else reject('lang', lang);
  }
  const embed = get('embed');
  if (embed !== null) {
    if (embed === '1' || embed === '0') s.embed = embed === '1';
    else reject('embed', embed);
  }
  // The flows view's own settings: another view neither shows nor writes them back, so a link
  // that gives them there is told they were not used (rather than keeping a hidden state).
  const flowsOnly = (param: string, value: string) => {
    if (s.view === 'flows') return true;
    reject(param, value, 'otherView');
    return false;
  };
  const chart = get('chart');
  if (chart !== null) {
    if (!(FLOW_CHARTS as readonly string[]).includes(chart)) reject('chart', chart);
    else if (flowsOnly('chart', chart)) s.chart = chart as FlowChart;
  }
  const top = get('top');
  if (top !== null) {
    const n = /^\d{1,3}$/.test(top) ? Number(top) : NaN;
    if (!(n >= FLOW_TOP.min && n <= FLOW_TOP.max)) reject('top', top);
    else if (flowsOnly('top', top)) s.top = n;
  }
  const dir = get('dir');
  if (dir !== null) {
    if (!(FLOW_DIRS as readonly string[]).includes(dir)) reject('dir', dir);
    else if (flowsOnly('dir', dir)) s.dir = dir as FlowDir;
  }
  // Workshop tour: kept when at least one step can be read; the problems of the other steps
  // are shown by the tour menu and the presentation. A link whose tour is not a tour at all
  // (cut, garbled, or not made by the atlas) gets the notice instead of an empty presentation.
  const tour = get('tour');
  if (tour !== null && tour !== '') {
    const readable =
      tour.length <= TOUR_PARAM_MAX &&
      /^[A-Za-z0-9_-]+$/.test(tour) &&
      (decodeTour(tour).tour?.steps.length ?? 0) > 0;
    if (readable) s.tour = tour;
    else reject('tour', tour);
  }
  const step = get('step');
  if (step !== null && step !== '') {
    const n = /^\d{1,2}$/.test(step) ? Number(step) : NaN;
    if (!(n >= 1)) reject('step', step);
    else if (!s.tour) reject('step', step, 'unavailable');
    else s.step = n;
  }
  const present = get('present');
  if (present !== null && present !== '') {
    if (present !== '1' && present !== '0') reject('present', present);
    else if (present === '1' && !s.tour) reject('present', present, 'unavailable');
    else s.present = present === '1';
  }
  if (s.present && !s.step) s.step = 1;
  // Groups: the id's form is checked here, and whether such a group exists once the groups file
  // is loaded (it is not part of the first view); a member list is checked against the manifest.
  const group = get('group');
  if (group !== null && group !== '') {
    if (GROUP_ID.test(group.toLowerCase())) s.group = group.toLowerCase();
    else reject('group', group);
  }
  // One group per link: a shipped group counts, and a member list beside it is not used.
  const members = get('members');
  if (members !== null && members !== '' && s.group) reject('members', members, 'ignored');
  else if (members !== null && members !== '') {
    const known = new Set(manifest.countries.map((c) => c.iso3));
    const parsed = parseMemberList(members, (c) => known.has(c));
    if (parsed.unknown.length) reject('members', parsed.unknown.join(','));
    if (parsed.tooMany.length) reject('members', parsed.tooMany.join(','), 'tooMany');
    s.members = parsed.members;
  }
  return { state: s, notices };
}

/** Writes only what differs from the defaults (which depend on the dataset), in a fixed order. */
export function serializeState(s: AtlasState, manifest: Manifest): string {
  const d = defaultState(manifest, s.dataset);
  const top = defaultState(manifest);
  const p = new URLSearchParams();
  if (s.view !== d.view) p.set('view', s.view);
  if (s.dataset !== top.dataset) p.set('dataset', s.dataset);
  if (s.year !== d.year) p.set('year', String(s.year));
  if (s.year2 && s.year2 !== s.year) p.set('year2', String(s.year2));
  if (s.month > 0 && isMonthly(manifest.datasets.find((x) => x.id === s.dataset)))
    p.set('month', String(s.month));
  if (s.flow !== d.flow) p.set('flow', s.flow);
  if (s.list !== d.list) p.set('list', s.list);
  if (s.cat) p.set('cat', s.cat);
  if (s.hs) p.set('hs', s.hs);
  if (s.codes.length) p.set('codes', s.codes.join(','));
  if (s.vs) p.set('vs', s.vs);
  if (s.country) p.set('country', s.country);
  if (s.partner) p.set('partner', s.partner);
  if (s.metric !== d.metric) p.set('metric', s.metric);
  if (s.lang !== d.lang) p.set('lang', s.lang);
  if (s.embed) p.set('embed', '1');
  if (s.view === 'flows') {
    if (s.chart !== d.chart) p.set('chart', s.chart);
    if (s.top !== d.top) p.set('top', String(s.top));
    if (s.dir !== d.dir) p.set('dir', s.dir);
  }
  if (s.group) p.set('group', s.group);
  if (s.members.length) p.set('members', s.members.join(','));
  if (s.tour) {
    p.set('tour', s.tour);
    if (s.step) p.set('step', String(s.step));
    if (s.present) p.set('present', '1');
  }
  const q = p.toString().replace(/%2C/g, ',');
  return q ? `?${q}` : '';
}

/**
 * Reads HS codes typed or pasted in any common way: "8401.10, 2844 40; 854231".
 * Six digits after removing dots and spaces inside a code; five-digit codes get their
 * leading zero back; anything else is rejected and reported.
 */
export function parseCodeList(text: string): { codes: string[]; rejected: string[] } {
  const codes: string[] = [];
  const rejected: string[] = [];
  const tokens: string[] = [];
  for (const chunk of text.split(/[,;\n\r\t]+/)) {
    const c = chunk.trim();
    if (!c) continue;
    // "2844 40" is one code written with a space; "284440 840110" is two.
    if (/^[\d.\s]+$/.test(c) && /^\d{5,6}$/.test(c.replace(/[.\s]/g, ''))) tokens.push(c);
    else tokens.push(...c.split(/\s+/));
  }
  for (const token of tokens) {
    const compact = token.replace(/[.\s]/g, '');
    const code = /^\d{5}$/.test(compact) ? `0${compact}` : compact;
    if (/^\d{6}$/.test(code)) {
      if (!codes.includes(code)) codes.push(code);
    } else rejected.push(token.slice(0, 20));
  }
  return { codes, rejected };
}

function defaultDataset(manifest: Manifest): DatasetMeta | undefined {
  return usableDatasets(manifest)[0] ?? manifest.datasets[0];
}

/**
 * Drops what a change made impossible, whatever view made it: a month the dataset or year
 * does not have (or next to a single HS code or custom list, which have yearly values only),
 * and the change metric where there is nothing to compare with.
 */
export function normalizeState(s: AtlasState, manifest: Manifest): AtlasState {
  const ds = manifest.datasets.find((d) => d.id === s.dataset);
  let next = s;
  if (
    s.month !== 0 &&
    (!isMonthly(ds) || !monthAvailable(ds, s.year, s.month) || s.hs || s.codes.length > 0)
  )
    next = { ...next, month: 0 };
  if (next.year2 !== 0 && (next.year2 === next.year || !ds?.years.includes(next.year2)))
    next = { ...next, year2: 0 };
  if (next.metric === 'change' && ds && comparisonYear(ds, next.year, next.month) === null)
    next = { ...next, metric: 'value' };
  if (!next.tour && (next.step || next.present)) next = { ...next, step: 0, present: false };
  return next;
}

/** Moves to another dataset, keeping what still makes sense there. */
export function switchDataset(s: AtlasState, manifest: Manifest, datasetId: string): AtlasState {
  const d = defaultState(manifest, datasetId);
  const ds = manifest.datasets.find((x) => x.id === datasetId);
  return {
    ...d,
    view: s.view,
    flow: s.flow,
    lang: s.lang,
    embed: s.embed,
    metric: s.metric,
    chart: s.chart,
    top: s.top,
    dir: s.dir,
    year: ds?.years.includes(s.year) ? s.year : d.year,
    month: 0,
    year2: ds?.years.includes(s.year2) ? s.year2 : 0,
    list: ds?.lists.includes(s.list) ? s.list : d.list,
    cat: ds?.lists.includes(s.list) ? s.cat : '',
    hs: ds?.granularity === 'hs6' ? s.hs : '',
    codes: ds?.granularity === 'hs6' ? s.codes : [],
    country: s.country,
    tour: s.tour,
    step: s.step,
    present: s.present,
    group: s.group,
    members: s.members,
  };
}
