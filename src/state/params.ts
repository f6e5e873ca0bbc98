import { LANGS, type DatasetMeta, type Lang, type Manifest } from '../schema/manifest.ts';
import { comparisonYear, isMonthly, monthAvailable } from './calendar.ts';
import { MAX_CODES, parseCodeList, parseMemberList } from './code-lists.ts';
import { readStep, unpackTourParam } from './tour-format.ts';

/**
 * The URL parameters, one row each. A row says the parameter's default, how a link's value is
 * read (used, or refused with a notice saying why), how it is written back, which views it
 * belongs to, whether a tour step keeps it, and what it is re-checked against when the dataset
 * or the period changes. parseState, serializeState, defaultState, switchDataset,
 * normalizeState, the list of known parameters and the tour's list all walk this table
 * (src/state/url-state.ts, src/state/tour.ts), so a new parameter is one field of AtlasState,
 * one row here, and its control.
 */

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

/**
 * Everything a view depends on. Every field lives in the URL when it differs from its default.
 * The compiler holds this interface and PARAMS together: a field without a row, or a row
 * without a field, fails the type check.
 */
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
  /** Workshop tour: base64url JSON of its steps ('' = none); see src/state/tour.ts. */
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

/**
 * Why a parameter was not used, for the visible notice: `repeated` is a second, different value
 * of a parameter already read; `otherView` a setting of a view other than the one shown;
 * `tooMany` the values beyond the most a parameter keeps.
 */
export type NoticeReason =
  'unknown' | 'invalid' | 'unavailable' | 'repeated' | 'otherView' | 'tooMany' | 'ignored';

/** What a row's reader sees. */
export interface ReadContext {
  manifest: Manifest;
  /** The dataset the link shows: its own when usable, the default one otherwise. */
  ds: DatasetMeta | undefined;
  /** The defaults, with every row above this one already read: a row may depend on those. */
  s: Readonly<AtlasState>;
  /** Reports a value of this parameter as not used (a notice); 'invalid' unless told. */
  reject: (value: string, reason?: NoticeReason) => void;
}

/** What a row's writer sees. */
export interface WriteContext {
  manifest: Manifest;
  /** The defaults of the state's own dataset. */
  d: Readonly<AtlasState>;
  /** The defaults of the default dataset (the dataset itself is written against those). */
  top: Readonly<AtlasState>;
}

export interface ParamRow<K extends keyof AtlasState> {
  /**
   * A link that sets it to a value other than its default, with whatever it needs beside it,
   * valid against the embedded sample data (public/data): the table's test reads and writes it.
   */
  example: string;
  /** Its place in a written link (1 first); links keep the order they always had. */
  link: number;
  /** The default, which may depend on the dataset. */
  initial: (ds: DatasetMeta | undefined) => AtlasState[K];
  /** Whether an empty value (`cat=`) counts as not given; otherwise it is read (and refused). */
  blankIsAbsent: boolean;
  /**
   * Reads a link's (trimmed) value: the value to use, or undefined to keep the default after
   * reporting why through ctx.reject.
   */
  read: (raw: string, ctx: ReadContext) => AtlasState[K] | undefined;
  /** The link's value, or null when it is the default and so left out. */
  write: (s: Readonly<AtlasState>, w: WriteContext) => string | null;
  /**
   * The views that use it: elsewhere a link's value is refused ('otherView') and never written.
   * 'all' for the parameters every view reads or carries along.
   */
  views: 'all' | readonly View[];
  /** Whether a tour step keeps it (the language is the audience's; the tour's own are not). */
  inStep: boolean;
  /**
   * On a change of dataset: kept as it is, back to the new dataset's default, or decided by
   * the new dataset (`ds` undefined when the id is unknown; `d` its defaults).
   */
  onDataset:
    | 'keep'
    | 'default'
    | ((s: Readonly<AtlasState>, ds: DatasetMeta | undefined, d: AtlasState) => AtlasState[K]);
  /**
   * After any change (a year, a month, a code, a dataset): the value the rest of the state
   * still allows, checked in table order so a row may rely on the rows above it.
   */
  recheck?: (s: Readonly<AtlasState>, ds: DatasetMeta | undefined) => AtlasState[K];
  /** After a link is read: adjusts other fields this one implies. */
  settle?: (s: Readonly<AtlasState>) => Partial<AtlasState>;
}

/** The form of a group id in data/groups/ (lower-case words joined by hyphens). */
const GROUP_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Longest `tour` parameter accepted (the tour model writes at most 6000 characters). */
export const TOUR_PARAM_MAX = 12000;

const YEAR = /^\d{4}$/;
const ISO3 = /^[A-Z][A-Z0-9]{2}$/;

/** A value from a fixed vocabulary, refused as invalid otherwise. */
function oneOf<V extends string>(values: readonly V[]) {
  return (raw: string, ctx: ReadContext): V | undefined => {
    if ((values as readonly string[]).includes(raw)) return raw as V;
    ctx.reject(raw);
    return undefined;
  };
}

/** Written when it differs from the dataset's default. */
function unlessDefault<K extends keyof AtlasState>(key: K) {
  return (s: Readonly<AtlasState>, w: WriteContext): string | null =>
    s[key] !== w.d[key] ? String(s[key]) : null;
}

/** Written when set ('' and 0 are "none"). */
function whenSet<K extends 'cat' | 'hs' | 'vs' | 'country' | 'partner' | 'group'>(key: K) {
  return (s: Readonly<AtlasState>): string | null => s[key] || null;
}

/** ISO3 of a country of the manifest, in any case. */
function readCountry(raw: string, ctx: ReadContext): string | undefined {
  const up = raw.toUpperCase();
  if (ISO3.test(up) && ctx.manifest.countries.some((c) => c.iso3 === up)) return up;
  ctx.reject(raw);
  return undefined;
}

/** A tour a link can present: at least one step readable (the others are the menu's business). */
function readableTour(param: string): boolean {
  if (param.length > TOUR_PARAM_MAX || !/^[A-Za-z0-9_-]+$/.test(param)) return false;
  const read = unpackTourParam(param);
  return 'raw' in read && read.raw.some((x, i) => !('problem' in readStep(x, i + 1)));
}

/**
 * The table, in the order a link is read: a row's reader and re-check may look at the rows
 * above it (the dataset comes first, since every default follows it).
 */
export const PARAMS: { readonly [K in keyof AtlasState]: ParamRow<K> } = {
  dataset: {
    example: 'dataset=jrc-nuclear',
    link: 2,
    initial: (ds) => ds?.id ?? '',
    blankIsAbsent: false,
    read: (raw, ctx) => {
      if (usableDatasets(ctx.manifest).some((d) => d.id === raw)) return raw;
      ctx.reject(raw, ctx.manifest.datasets.some((d) => d.id === raw) ? 'unavailable' : 'invalid');
      return undefined;
    },
    write: (s, w) => (s.dataset !== w.top.dataset ? s.dataset : null),
    views: 'all',
    inStep: true,
    onDataset: 'default',
  },
  view: {
    example: 'view=country',
    link: 1,
    initial: () => 'map',
    blankIsAbsent: false,
    read: oneOf(VIEWS),
    write: unlessDefault('view'),
    views: 'all',
    inStep: true,
    onDataset: 'keep',
  },
  year: {
    example: 'dataset=jrc-nuclear&year=2018',
    link: 3,
    initial: (ds) => (ds ? (ds.years[ds.years.length - 1] ?? 0) : 0),
    blankIsAbsent: false,
    read: (raw, ctx) => {
      const y = YEAR.test(raw) ? Number(raw) : NaN;
      if (ctx.ds?.years.includes(y)) return y;
      ctx.reject(raw, YEAR.test(raw) ? 'unavailable' : 'invalid');
      return undefined;
    },
    write: unlessDefault('year'),
    views: 'all',
    inStep: true,
    onDataset: (s, ds, d) => (ds?.years.includes(s.year) ? s.year : d.year),
  },
  year2: {
    example: 'dataset=jrc-nuclear&year2=2019',
    link: 4,
    initial: () => 0,
    blankIsAbsent: true,
    read: (raw, ctx) => {
      const y = YEAR.test(raw) ? Number(raw) : NaN;
      if (ctx.ds?.years.includes(y) && y !== ctx.s.year) return y;
      ctx.reject(raw, YEAR.test(raw) ? 'unavailable' : 'invalid');
      return undefined;
    },
    write: (s) => (s.year2 && s.year2 !== s.year ? String(s.year2) : null),
    views: 'all',
    inStep: true,
    onDataset: (s, ds) => (ds?.years.includes(s.year2) ? s.year2 : 0),
    recheck: (s, ds) =>
      s.year2 !== 0 && (s.year2 === s.year || !ds?.years.includes(s.year2)) ? 0 : s.year2,
  },
  flow: {
    example: 'flow=import',
    link: 6,
    initial: () => 'export',
    blankIsAbsent: false,
    read: oneOf(FLOWS),
    write: unlessDefault('flow'),
    views: 'all',
    inStep: true,
    onDataset: 'keep',
  },
  list: {
    example: 'list=indicative',
    link: 7,
    initial: (ds) => ds?.lists[0] ?? '',
    blankIsAbsent: false,
    read: (raw, ctx) => {
      if (ctx.ds?.lists.includes(raw)) return raw;
      ctx.reject(raw, ctx.manifest.lists.some((l) => l.id === raw) ? 'unavailable' : 'invalid');
      return undefined;
    },
    write: unlessDefault('list'),
    views: 'all',
    inStep: true,
    onDataset: (s, ds, d) => (ds?.lists.includes(s.list) ? s.list : d.list),
  },
  cat: {
    example: 'cat=TIER_1',
    link: 8,
    initial: () => '',
    blankIsAbsent: true,
    read: (raw, ctx) => {
      const meta = ctx.manifest.lists.find((l) => l.id === ctx.s.list);
      if (meta?.categories.some((c) => c.id === raw)) return raw;
      ctx.reject(raw);
      return undefined;
    },
    write: whenSet('cat'),
    views: 'all',
    inStep: true,
    // A category belongs to its list: kept only where the list is.
    onDataset: (s, ds) => (ds?.lists.includes(s.list) ? s.cat : ''),
  },
  hs: {
    example: 'hs=840110',
    link: 9,
    initial: () => '',
    blankIsAbsent: true,
    read: (raw, ctx) => {
      if (!/^\d{6}$/.test(raw)) ctx.reject(raw);
      else if (ctx.ds?.granularity !== 'hs6') ctx.reject(raw, 'unavailable');
      else return raw;
      return undefined;
    },
    write: whenSet('hs'),
    views: 'all',
    inStep: true,
    onDataset: (s, ds) => (ds?.granularity === 'hs6' ? s.hs : ''),
  },
  codes: {
    example: 'codes=284440,840110',
    link: 10,
    initial: () => [],
    blankIsAbsent: true,
    read: (raw, ctx) => {
      const parsed = parseCodeList(raw);
      if (parsed.codes.length === 0 || ctx.ds?.granularity !== 'hs6') {
        ctx.reject(raw, ctx.ds?.granularity !== 'hs6' ? 'unavailable' : 'invalid');
        return undefined;
      }
      if (parsed.rejected.length) ctx.reject(parsed.rejected.join(','));
      if (parsed.codes.length > MAX_CODES)
        ctx.reject(parsed.codes.slice(MAX_CODES).join(','), 'tooMany');
      return parsed.codes.slice(0, MAX_CODES);
    },
    write: (s) => (s.codes.length ? s.codes.join(',') : null),
    views: 'all',
    inStep: true,
    onDataset: (s, ds) => (ds?.granularity === 'hs6' ? s.codes : []),
  },
  vs: {
    example: 'vs=indicative',
    link: 11,
    initial: () => '',
    blankIsAbsent: true,
    read: (raw, ctx) => {
      if (ctx.ds?.lists.includes(raw)) return raw;
      ctx.reject(raw);
      return undefined;
    },
    write: whenSet('vs'),
    views: 'all',
    inStep: true,
    onDataset: 'default',
  },
  country: {
    example: 'country=FRA',
    link: 12,
    initial: () => '',
    blankIsAbsent: true,
    read: readCountry,
    write: whenSet('country'),
    views: 'all',
    inStep: true,
    onDataset: 'keep',
  },
  partner: {
    example: 'partner=DEU',
    link: 13,
    initial: () => '',
    blankIsAbsent: true,
    read: readCountry,
    write: whenSet('partner'),
    views: 'all',
    inStep: true,
    onDataset: 'default',
  },
  month: {
    example: 'dataset=eurostat-comext&month=3',
    link: 5,
    initial: () => 0,
    blankIsAbsent: true,
    read: (raw, ctx) => {
      const m = /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
      const { ds, s } = ctx;
      if (!(m >= 1 && m <= 12)) ctx.reject(raw);
      // Yearly data, a month missing from a partial year, or a selection that has yearly
      // values only (one HS code, a custom list): the whole year is shown, with the notice.
      else if (!isMonthly(ds) || !monthAvailable(ds, s.year, m) || s.hs || s.codes.length)
        ctx.reject(raw, 'unavailable');
      else return m;
      return undefined;
    },
    write: (s, w) =>
      s.month > 0 && isMonthly(w.manifest.datasets.find((x) => x.id === s.dataset))
        ? String(s.month)
        : null,
    views: 'all',
    inStep: true,
    onDataset: 'default',
    recheck: (s, ds) =>
      s.month !== 0 &&
      (!isMonthly(ds) || !monthAvailable(ds, s.year, s.month) || s.hs || s.codes.length > 0)
        ? 0
        : s.month,
  },
  metric: {
    example: 'metric=share',
    link: 14,
    initial: () => 'value',
    blankIsAbsent: false,
    read: (raw, ctx) => {
      const metric = oneOf(METRICS)(raw, ctx);
      // The first year (or a month with no same month a year earlier) has nothing to compare with.
      if (
        metric === 'change' &&
        ctx.ds &&
        comparisonYear(ctx.ds, ctx.s.year, ctx.s.month) === null
      ) {
        ctx.reject('change', 'unavailable');
        return undefined;
      }
      return metric;
    },
    write: unlessDefault('metric'),
    views: 'all',
    inStep: true,
    onDataset: 'keep',
    recheck: (s, ds) =>
      s.metric === 'change' && ds && comparisonYear(ds, s.year, s.month) === null
        ? 'value'
        : s.metric,
  },
  lang: {
    example: 'lang=fr',
    link: 15,
    initial: () => 'en',
    blankIsAbsent: false,
    read: oneOf(LANGS),
    write: unlessDefault('lang'),
    views: 'all',
    inStep: false,
    onDataset: 'keep',
  },
  embed: {
    example: 'embed=1',
    link: 16,
    initial: () => false,
    blankIsAbsent: false,
    read: (raw, ctx) => {
      if (raw === '1' || raw === '0') return raw === '1';
      ctx.reject(raw);
      return undefined;
    },
    write: (s) => (s.embed ? '1' : null),
    views: 'all',
    inStep: false,
    onDataset: 'keep',
  },
  // The flows view's own settings: another view neither shows nor writes them back, so a link
  // that gives them there is told they were not used (rather than keeping a hidden state).
  chart: {
    example: 'view=flows&chart=sankey',
    link: 17,
    initial: () => 'flowmap',
    blankIsAbsent: false,
    read: oneOf(FLOW_CHARTS),
    write: unlessDefault('chart'),
    views: ['flows'],
    inStep: true,
    onDataset: 'keep',
  },
  top: {
    example: 'view=flows&top=10',
    link: 18,
    initial: () => FLOW_TOP.default,
    blankIsAbsent: false,
    read: (raw, ctx) => {
      const n = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
      if (n >= FLOW_TOP.min && n <= FLOW_TOP.max) return n;
      ctx.reject(raw);
      return undefined;
    },
    write: unlessDefault('top'),
    views: ['flows'],
    inStep: true,
    onDataset: 'keep',
  },
  dir: {
    example: 'view=flows&dir=export',
    link: 19,
    initial: () => 'both',
    blankIsAbsent: false,
    read: oneOf(FLOW_DIRS),
    write: unlessDefault('dir'),
    views: ['flows'],
    inStep: true,
    onDataset: 'keep',
  },
  // Workshop tour: kept when at least one step can be read; the problems of the other steps
  // are shown by the tour menu and the presentation. A link whose tour is not a tour at all
  // (cut, garbled, or not made by the atlas) gets the notice instead of an empty presentation.
  tour: {
    example: 'tour=eyJ2IjoxLCJzIjpbWyJ2aWV3PWNvdW50cnkmY291bnRyeT1GUkEiLCJGcmFuY2UiXV19',
    link: 22,
    initial: () => '',
    blankIsAbsent: true,
    read: (raw, ctx) => {
      if (readableTour(raw)) return raw;
      ctx.reject(raw);
      return undefined;
    },
    write: (s) => s.tour || null,
    views: 'all',
    inStep: false,
    onDataset: 'keep',
  },
  step: {
    example: 'tour=eyJ2IjoxLCJzIjpbWyJ2aWV3PWNvdW50cnkmY291bnRyeT1GUkEiLCJGcmFuY2UiXV19&step=1',
    link: 23,
    initial: () => 0,
    blankIsAbsent: true,
    read: (raw, ctx) => {
      const n = /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
      if (!(n >= 1)) ctx.reject(raw);
      else if (!ctx.s.tour) ctx.reject(raw, 'unavailable');
      else return n;
      return undefined;
    },
    write: (s) => (s.tour && s.step ? String(s.step) : null),
    views: 'all',
    inStep: false,
    onDataset: 'keep',
    recheck: (s) => (s.tour ? s.step : 0),
  },
  present: {
    example:
      'tour=eyJ2IjoxLCJzIjpbWyJ2aWV3PWNvdW50cnkmY291bnRyeT1GUkEiLCJGcmFuY2UiXV19&step=1&present=1',
    link: 24,
    initial: () => false,
    blankIsAbsent: true,
    read: (raw, ctx) => {
      if (raw !== '1' && raw !== '0') ctx.reject(raw);
      else if (raw === '1' && !ctx.s.tour) ctx.reject(raw, 'unavailable');
      else return raw === '1';
      return undefined;
    },
    write: (s) => (s.tour && s.present ? '1' : null),
    views: 'all',
    inStep: false,
    onDataset: 'keep',
    recheck: (s) => (s.tour ? s.present : false),
    // Presenting starts at the first step.
    settle: (s) => (s.present && !s.step ? { step: 1 } : {}),
  },
  // Groups: the id's form is checked here, and whether such a group exists once the groups file
  // is loaded (it is not part of the first view); a member list is checked against the manifest.
  group: {
    example: 'group=eu',
    link: 20,
    initial: () => '',
    blankIsAbsent: true,
    read: (raw, ctx) => {
      if (GROUP_ID.test(raw.toLowerCase())) return raw.toLowerCase();
      ctx.reject(raw);
      return undefined;
    },
    write: whenSet('group'),
    views: 'all',
    inStep: true,
    onDataset: 'keep',
  },
  members: {
    example: 'members=FRA,DEU',
    link: 21,
    initial: () => [],
    blankIsAbsent: true,
    read: (raw, ctx) => {
      // One group per link: a shipped group counts, and a member list beside it is not used.
      if (ctx.s.group) {
        ctx.reject(raw, 'ignored');
        return undefined;
      }
      const known = new Set(ctx.manifest.countries.map((c) => c.iso3));
      const parsed = parseMemberList(raw, (c) => known.has(c));
      if (parsed.unknown.length) ctx.reject(parsed.unknown.join(','));
      if (parsed.tooMany.length) ctx.reject(parsed.tooMany.join(','), 'tooMany');
      return parsed.members;
    },
    write: (s) => (s.members.length ? s.members.join(',') : null),
    views: 'all',
    inStep: true,
    onDataset: 'keep',
  },
};

export type ParamName = keyof AtlasState;

/** The rows in reading order, typed loosely for the walkers (each row is typed above). */
export const PARAM_NAMES: readonly ParamName[] = Object.freeze(Object.keys(PARAMS) as ParamName[]);

/** Parameters a tour step never keeps (the language is the audience's, the rest the tour's). */
export const NOT_IN_STEP: ReadonlySet<string> = new Set(
  PARAM_NAMES.filter((k) => !PARAMS[k].inStep),
);

/**
 * Datasets that can be shown: a dataset without rows (a format sample made only of aggregate
 * rows, say) has no map, so it is never the default and the selector offers it disabled.
 */
export function usableDatasets(manifest: Manifest): DatasetMeta[] {
  return manifest.datasets.filter((d) => d.rows > 0 && d.years.length > 0);
}
