/**
 * URL fuzzing (issue 7): generated query strings through parseState against the real
 * manifest. Whatever the link holds, the parser never throws, yields a state inside every
 * field's domain, reports each parameter it did not use, quotes it in a bounded notice, and
 * yields a state that survives its own URL unchanged.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n/messages.ts';
import { LANGS } from '../../src/schema/manifest.ts';
import type { Manifest } from '../../src/schema/manifest.ts';
import { comparisonYear, isMonthly, monthAvailable } from '../../src/state/calendar.ts';
import {
  defaultState,
  NOTICE_MESSAGES,
  NOTICE_TEXT_MAX,
  parseState,
  serializeState,
} from '../../src/state/url-state.ts';
import {
  FLOW_CHARTS,
  FLOW_DIRS,
  FLOW_TOP,
  FLOWS,
  METRICS,
  TOUR_PARAM_MAX,
  usableDatasets,
  VIEWS,
  type AtlasState,
} from '../../src/state/params.ts';
import { MAX_CODES, parseCodeList } from '../../src/state/code-lists.ts';
import { decodeTour } from '../../src/state/tour.ts';
import { MAX_MEMBERS, parseMemberList } from '../../src/state/code-lists.ts';
import { kindCounts, urlCases, type UrlCase } from '../fuzz/url-cases.ts';

const manifest = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/manifest.json'), 'utf8'),
) as Manifest;

const CASES = 1500;
const KNOWN = new Set(manifest.countries.map((c) => c.iso3));
const PARAMS = Object.keys(defaultState(manifest)) as (keyof AtlasState)[];
/** Parameters for which an empty value means "none", their default. */
const EMPTY_IS_NONE = new Set<string>([
  'year2',
  'month',
  'cat',
  'hs',
  'codes',
  'vs',
  'country',
  'partner',
  'tour',
  'step',
  'present',
  'group',
  'members',
]);

/** Every field inside its domain, the domain read from the manifest and the module. */
function domainErrors(s: AtlasState): string[] {
  const bad: string[] = [];
  const check = (ok: boolean, field: keyof AtlasState) => {
    if (!ok) bad.push(`${field}=${JSON.stringify(s[field])}`);
  };
  const ds = usableDatasets(manifest).find((d) => d.id === s.dataset);
  check(ds !== undefined, 'dataset');
  if (!ds) return bad;
  const list = manifest.lists.find((l) => l.id === s.list);
  check((VIEWS as readonly string[]).includes(s.view), 'view');
  check(ds.years.includes(s.year), 'year');
  check(
    s.month === 0 ||
      (isMonthly(ds) && monthAvailable(ds, s.year, s.month) && !s.hs && !s.codes.length),
    'month',
  );
  check(s.year2 === 0 || (ds.years.includes(s.year2) && s.year2 !== s.year), 'year2');
  check((FLOWS as readonly string[]).includes(s.flow), 'flow');
  check(ds.lists.includes(s.list) && list !== undefined, 'list');
  check(s.cat === '' || (list?.categories.some((c) => c.id === s.cat) ?? false), 'cat');
  check(s.hs === '' || (/^\d{6}$/.test(s.hs) && ds.granularity === 'hs6'), 'hs');
  check(
    s.codes.length <= MAX_CODES &&
      new Set(s.codes).size === s.codes.length &&
      s.codes.every((c) => /^\d{6}$/.test(c)) &&
      (s.codes.length === 0 || ds.granularity === 'hs6'),
    'codes',
  );
  check(s.vs === '' || ds.lists.includes(s.vs), 'vs');
  for (const k of ['country', 'partner'] as const)
    check(s[k] === '' || manifest.countries.some((c) => c.iso3 === s[k]), k);
  check((METRICS as readonly string[]).includes(s.metric), 'metric');
  check(s.metric !== 'change' || comparisonYear(ds, s.year, s.month) !== null, 'metric');
  check(LANGS.includes(s.lang), 'lang');
  check(typeof s.embed === 'boolean', 'embed');
  check((FLOW_CHARTS as readonly string[]).includes(s.chart), 'chart');
  check((FLOW_DIRS as readonly string[]).includes(s.dir), 'dir');
  check(Number.isInteger(s.top) && s.top >= FLOW_TOP.min && s.top <= FLOW_TOP.max, 'top');
  check(
    s.tour === '' ||
      (s.tour.length <= TOUR_PARAM_MAX && (decodeTour(s.tour).tour?.steps.length ?? 0) > 0),
    'tour',
  );
  check(Number.isInteger(s.step) && s.step >= 0 && (s.step === 0 || s.tour !== ''), 'step');
  check(
    typeof s.present === 'boolean' && (!s.present || (s.tour !== '' && s.step >= 1)),
    'present',
  );
  check(s.group === '' || /^[a-z0-9][a-z0-9-]{0,63}$/.test(s.group), 'group');
  check(
    s.members.length <= MAX_MEMBERS &&
      new Set(s.members).size === s.members.length &&
      s.members.every((c) => manifest.countries.some((x) => x.iso3 === c)) &&
      (s.members.length === 0 || s.group === ''),
    'members',
  );
  return bad;
}

/** A field as a link would give it, to compare with what the link gave. */
function written(s: AtlasState, key: keyof AtlasState): string {
  const v = s[key];
  if (Array.isArray(v)) return v.join(',');
  if (typeof v === 'boolean') return v ? '1' : '0';
  return String(v);
}

/** What the parser should make of a value it accepts (case, leading zeros, code spelling). */
function canonical(key: string, v: string): string {
  if (key === 'country' || key === 'partner') return v.toUpperCase();
  if (['year', 'year2', 'month', 'top', 'step'].includes(key) && /^\d+$/.test(v))
    return String(Number(v));
  if (key === 'codes') return parseCodeList(v).codes.join(',');
  if (key === 'group') return v.toLowerCase();
  if (key === 'members') return parseMemberList(v, (c) => KNOWN.has(c)).members.join(',');
  return v;
}

/** Each parameter of the link that the state does not reflect, as "param=value". */
function unusedParams(search: string, s: AtlasState): { param: string; value: string }[] {
  const p = new URLSearchParams(search);
  const unused: { param: string; value: string }[] = [];
  for (const key of new Set(p.keys())) {
    const [first = '', ...rest] = p.getAll(key).map((v) => v.trim());
    if (!(PARAMS as string[]).includes(key)) {
      unused.push({ param: key, value: p.get(key) ?? '' });
      continue;
    }
    for (const v of rest) if (v !== first) unused.push({ param: key, value: v });
    if (first === '' && EMPTY_IS_NONE.has(key)) continue;
    if (canonical(key, first) !== written(s, key as keyof AtlasState))
      unused.push({ param: key, value: first });
  }
  return unused;
}

const chars = (t: string) => Array.from(t).length;
/** A notice quotes a text whole, or its beginning followed by an ellipsis. */
const quotes = (quoted: string, text: string) =>
  quoted === text || (quoted.endsWith('…') && text.startsWith(quoted.slice(0, -1)));

describe('URL fuzzing: generated query strings through parseState', () => {
  const cases = urlCases(manifest, CASES);

  it(`holds for ${CASES} generated query strings`, () => {
    const failures: string[] = [];
    const fail = (c: UrlCase, what: string) => {
      if (failures.length < 20) failures.push(`case ${c.n} [${c.kinds.join(',')}] ${what}`);
    };
    let noticesSeen = 0;
    let roundTrips = 0;
    for (const c of cases) {
      let parsed: ReturnType<typeof parseState>;
      try {
        parsed = parseState(c.search, manifest);
      } catch (e) {
        fail(c, `threw ${String(e)}`);
        continue;
      }
      const { state, notices } = parsed;
      noticesSeen += notices.length;

      const bad = domainErrors(state);
      if (bad.length) fail(c, `state outside its domain: ${bad.join(' ')}`);

      for (const u of unusedParams(c.search, state))
        if (!notices.some((n) => quotes(n.param, u.param)))
          fail(
            c,
            `${u.param}=${JSON.stringify(u.value.slice(0, 40))} unused, and no notice says so`,
          );

      for (const n of notices) {
        if (chars(n.value) > NOTICE_TEXT_MAX || chars(n.param) > NOTICE_TEXT_MAX)
          fail(c, `notice longer than ${NOTICE_TEXT_MAX}: ${n.param.length}/${n.value.length}`);
        if (!(n.reason in NOTICE_MESSAGES)) fail(c, `unknown notice reason ${n.reason}`);
        // The text quotes the value verbatim: no placeholder in it is expanded, nothing escaped.
        const key = NOTICE_MESSAGES[n.reason];
        const template = translate(state.lang, key);
        const text = translate(state.lang, key, { param: n.param, value: n.value });
        if (
          (template.includes('{value}') && !text.includes(n.value)) ||
          (template.includes('{param}') && !text.includes(n.param))
        )
          fail(c, `notice text does not quote ${JSON.stringify(n.value)}: ${text}`);
      }

      const q = serializeState(state, manifest);
      const back = parseState(q, manifest);
      if (back.notices.length)
        fail(c, `its own URL ${q} gives notices ${JSON.stringify(back.notices)}`);
      else if (JSON.stringify(back.state) !== JSON.stringify(state))
        fail(c, `round trip through ${q} changed the state`);
      else if (serializeState(back.state, manifest) !== q) fail(c, `URL ${q} is not stable`);
      else roundTrips++;
    }
    console.log(
      `URL fuzz (unit): ${cases.length} query strings tried (${kindCounts(cases)}); ` +
        `${noticesSeen} notices checked; ${roundTrips} round trips`,
    );
    expect(failures).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(1000);
  });

  it('the generated cases reach every parameter and every kind of notice', () => {
    // A fuzzer that never produced a kind of input would pass without testing it.
    const reasons = new Set<string>();
    const params = new Set<string>();
    let accepted = 0;
    for (const c of cases) {
      const { state, notices } = parseState(c.search, manifest);
      for (const n of notices) reasons.add(n.reason);
      for (const k of new URLSearchParams(c.search).keys()) params.add(k);
      if (JSON.stringify(state) !== JSON.stringify(defaultState(manifest, state.dataset)))
        accepted++;
    }
    expect([...reasons].sort()).toEqual(Object.keys(NOTICE_MESSAGES).sort());
    for (const k of PARAMS) expect(params, k).toContain(k);
    expect(cases.filter((c) => c.hostile).length).toBeGreaterThan(200);
    expect(accepted).toBeGreaterThan(300);
  });

  it('the same seed gives the same cases', () => {
    expect(urlCases(manifest, 50).map((c) => c.search)).toEqual(
      cases.slice(0, 50).map((c) => c.search),
    );
  });
});
