/**
 * Query strings for the URL fuzzers (test/unit/url-fuzz.test.ts and test/e2e/url-fuzz.test.ts):
 * a fixed seed, so case N is the same on every run. Valid values come from the manifest and the
 * URL module's own constants; the rest are the kinds of thing a link pasted from an e-mail, a
 * chat or an attacker can carry: wrong types, huge numbers, unknown codes and parameters,
 * repeated parameters, markup and script, odd Unicode, very long values, tours that are
 * garbage or hostile, all of it plain, percent-encoded, double-encoded or broken.
 */
import type { Manifest } from '../../src/schema/manifest.ts';
import { LANGS } from '../../src/schema/manifest.ts';
import { defaultState } from '../../src/state/url-state.ts';
import { FLOW_CHARTS, FLOW_DIRS, FLOW_TOP, FLOWS, METRICS, VIEWS } from '../../src/state/params.ts';
import { encodeTour } from '../../src/state/tour.ts';
import { LIMITS, toBase64Url } from '../../src/state/tour-format.ts';
import { chance, int, mulberry32, pick, randomString, type Rng } from './prng.ts';

export const URL_FUZZ_SEED = 20260704;

export interface UrlCase {
  /** Case number; hostile payloads carry it as their marker (data-fuzz=N, window.__fuzz=N). */
  n: number;
  /** The query string, with its "?". */
  search: string;
  /** The kinds of value the case holds, for failure messages and the counts printed. */
  kinds: string[];
  /** True when a payload would create an element or run script if it were ever parsed as HTML. */
  hostile: boolean;
}

/** Markup and script that leave a trace (an element with data-fuzz, or window.__fuzz) if run. */
export function hostilePayloads(n: number): string[] {
  return [
    `<img src=x data-fuzz="${n}" onerror="window.__fuzz=${n}">`,
    `<svg data-fuzz="${n}" onload="window.__fuzz=${n}"></svg>`,
    `"><script data-fuzz="${n}">window.__fuzz=${n}</script>`,
    `'><iframe data-fuzz="${n}" srcdoc="<script>parent.__fuzz=${n}</script>"></iframe>`,
    `javascript:window.__fuzz=${n}`,
    `<a data-fuzz="${n}" href="javascript:window.__fuzz=${n}">x</a>`,
    `<details data-fuzz="${n}" open ontoggle="window.__fuzz=${n}">`,
    `<style data-fuzz="${n}">*{display:none!important}</style>`,
    `<div data-fuzz="${n}" style="position:fixed;inset:0;background:red">`,
    `&lt;img data-fuzz=${n} src=x onerror=window.__fuzz=${n}&gt;`,
    `{{constructor.constructor('window.__fuzz=${n}')()}}`,
    `<math data-fuzz="${n}"><mtext><img src=x onerror="window.__fuzz=${n}"></mtext></math>`,
  ];
}

/** Values of no particular kind that trip naive parsers: types, numbers, placeholders. */
const WRONG_TYPES = [
  '',
  ' ',
  'true',
  'false',
  'null',
  'undefined',
  '[]',
  '{}',
  '[object Object]',
  '0x10',
  '1.5',
  '-1',
  '1,2',
  '2023-01',
  '{param}',
  '{value}{param}',
  '$t(title)',
  '%s%s%n',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
];

const HUGE_NUMBERS = [
  '1e308',
  '-1e308',
  '1e-400',
  '-0',
  '0',
  'NaN',
  'Infinity',
  '-Infinity',
  '99999999999999999999',
  '9007199254740993',
  '00002023',
  '+2023',
  '2023.0',
  '2023e0',
  '٢٠٢٣',
  '２０２３',
  '2\u200b023',
  '0012',
  '999',
  '50.0',
];

const UNICODE = [
  '🛰️🚀',
  '\u202Eview\u202C',
  'مرحبا',
  'שלום',
  'Ελλάδα',
  'a\u0000b',
  '\u0000',
  'e\u0301\u0301\u0301',
  '\uFEFFmap',
  '\u00A0map\u00A0',
  'ＭＡＰ',
  'Ⅻ',
  '🏳️‍🌈',
  '\u2028\u2029',
];

/** Parameters the atlas does not have, some close to real ones, some hostile. */
function unknownKey(rng: Rng, n: number): string {
  return pick(rng, [
    'foo',
    'VIEW',
    'View',
    'view ',
    ' view',
    'view[]',
    'view.x',
    'utm_source',
    'fbclid',
    '__proto__',
    'constructor',
    'hasOwnProperty',
    '',
    'k'.repeat(int(rng, 100, 400)),
    pick(rng, hostilePayloads(n)),
    pick(rng, UNICODE),
  ]);
}

/** A value the parameter accepts for some dataset of this manifest. */
function validValue(rng: Rng, key: string, manifest: Manifest): string {
  const ds = pick(rng, manifest.datasets);
  const lists = manifest.lists;
  const list = pick(rng, lists);
  const country = () => pick(rng, manifest.countries).iso3;
  switch (key) {
    case 'view':
      return pick(rng, VIEWS);
    case 'dataset':
      return ds.id;
    case 'year':
    case 'year2':
      return String(pick(rng, ds.years.length ? ds.years : [2023]));
    case 'month':
    case 'step':
      return String(int(rng, 1, 12));
    case 'flow':
      return pick(rng, FLOWS);
    case 'list':
    case 'vs':
      return list.id;
    case 'cat':
      return list.categories.length ? pick(rng, list.categories).id : '';
    case 'hs':
      return pick(rng, ['284510', '840110', '850440', '930100', '880211']);
    case 'codes':
      return pick(rng, ['284510,840110', '8401.10; 2844 40', '10121 930100', '284510,284510']);
    case 'country':
    case 'partner':
      return chance(rng, 0.2) ? country().toLowerCase() : country();
    case 'metric':
      return pick(rng, METRICS);
    case 'lang':
      return pick(rng, LANGS);
    case 'embed':
    case 'present':
      return pick(rng, ['0', '1']);
    case 'chart':
      return pick(rng, FLOW_CHARTS);
    case 'top':
      return String(int(rng, FLOW_TOP.min, FLOW_TOP.max));
    case 'dir':
      return pick(rng, FLOW_DIRS);
    case 'tour':
      return validTour(rng);
    case 'group':
      return pick(rng, ['nsg', 'central-asia', 'eu-27', 'NSG', 'wassenaar']);
    case 'members': {
      const codes = Array.from({ length: int(rng, 1, 6) }, country);
      return codes.join(pick(rng, [',', ';', ' ', ', ']));
    }
    default:
      return '';
  }
}

/** A value of the right shape that names nothing in the data. */
function unknownCode(rng: Rng, key: string): string {
  switch (key) {
    case 'year':
    case 'year2':
      return pick(rng, ['1899', '2099', '0000', '9999']);
    case 'month':
      return pick(rng, ['0', '13', '00', '99']);
    case 'hs':
    case 'codes':
      return pick(rng, ['999999', '000000', '28451', '2845100', '28451a']);
    case 'country':
    case 'partner':
      return pick(rng, ['ZZZ', 'XXX', 'EU27', 'UK', 'FR', 'W00', 'ABW ']);
    case 'dataset':
      return pick(rng, ['baci', 'comtrade', 'eurostat', 'BACI-HS22-V202501']);
    case 'list':
    case 'vs':
    case 'cat':
      return pick(rng, ['nope', 'CHPL', 'tier_1', 'TIER_9', 'wassenaar']);
    case 'top':
      return pick(rng, ['2', '51', '1000', '0']);
    case 'group':
      return pick(rng, ['nope', 'wco-europe', '-nsg', 'nsg ', 'eu_27', 'g'.repeat(70), 'nsg/../x']);
    case 'members':
      return pick(rng, ['ZZZ', 'KAZ,XXX', 'EU', 'KAZ,KAZ,12', 'kaz;kgz,EU27', 'W00 ABW']);
    default:
      return randomString(rng, int(rng, 1, 8), 'abcdefghijklmnopqrstuvwxyz');
  }
}

function validTour(rng: Rng): string {
  const steps = Array.from({ length: int(rng, 1, 4) }, (_, i) => ({
    q: pick(rng, ['', 'view=country&country=FRA', 'view=flows&hs=840130', 'view=table']),
    title: `Step ${i + 1}`,
    note: chance(rng, 0.5) ? 'A note' : '',
  }));
  return encodeTour({ steps }).param;
}

/** A readable tour whose titles and notes are markup carrying the marker `n`. */
function markedTour(n: number): string {
  const [a = '', b = '', c = ''] = hostilePayloads(n);
  return encodeTour({
    steps: [
      { q: 'view=country&country=FRA', title: a, note: b },
      { q: 'view=flows&hs=840130', title: c, note: '' },
    ],
  }).param;
}

/** A `tour` parameter in the URL alphabet whose content is broken, oversized or hostile. */
function badTour(rng: Rng, n: number): string {
  const h = pick(rng, hostilePayloads(n));
  const json = (v: unknown) => toBase64Url(JSON.stringify(v));
  return pick(rng, [
    () =>
      randomString(rng, int(rng, 1, 200), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_'),
    () => toBase64Url('not json at all'),
    () => toBase64Url('{"v":1,"s":[["view=map"],'),
    () => json({ v: 1, s: 'steps' }),
    () => json({ v: '1', s: [] }),
    () => json({ v: 2, s: [['view=map']] }),
    () => json([1, 2, 3]),
    () => json(null),
    () => json({ v: 1, s: [null, 1, 'x', {}, [], [[]], [1, 2, 3]] }),
    () => json({ v: 1, s: [['view=map', h, h]] }),
    () => json({ v: 1, s: [[`view=${h}`, 'T']] }),
    () => json({ v: 1, s: [['view=country&country=FRA', { toString: h }, ['note']]] }),
    () => json({ v: 1, s: [['view=map', 'x'.repeat(LIMITS.title + 1)]] }),
    () => json({ v: 1, s: Array.from({ length: LIMITS.steps + 5 }, () => ['']) }),
    () => toBase64Url(`{"v":1,"s":[],"__proto__":{"polluted":"${n}"}}`),
    () => toBase64Url('['.repeat(4000) + ']'.repeat(4000)),
    () => btoa('\xff\xfe\xfd').replace(/=+$/, ''),
    () => 'A'.repeat(LIMITS.url * 2 + 1),
  ])();
}

type Encoding = 'plain' | 'raw' | 'double' | 'plus' | 'lower' | 'broken';

const BROKEN_ESCAPES = [
  '%E0%A4%A',
  '%',
  '%zz',
  '%C3',
  '%ED%A0%80',
  '%00',
  '%FF%FE',
  '%%',
  '%2',
  '%u003C',
];

/**
 * Writes a key or value into the query. Everything outside printable ASCII is always
 * percent-encoded (as a browser would send it), so the unit test parses the same string the
 * page receives; "raw" leaves markup characters such as < > " ' as they are.
 */
function encode(rng: Rng, text: string, how: Encoding, isKey: boolean): string {
  const plain = encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
  switch (how) {
    case 'plain':
      return plain;
    case 'double':
      return encodeURIComponent(plain);
    case 'plus':
      return plain.replace(/%20/g, '+');
    case 'lower':
      return plain.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
    case 'broken': {
      const cut = int(rng, 0, plain.length);
      return plain.slice(0, cut) + pick(rng, BROKEN_ESCAPES) + plain.slice(cut);
    }
    case 'raw':
      return plain.replace(/%(2[0-9A-F]|3[A-F]|40|5[B-F]|60|7[B-E])/g, (m) => {
        const c = String.fromCharCode(parseInt(m.slice(1), 16));
        // These would split the pair, start the fragment, or start an escape.
        return '&#%+'.includes(c) || (isKey && c === '=') ? m : c;
      });
  }
}

/** A value for `key`, and the kind of value it is. */
function fuzzValue(rng: Rng, key: string, n: number, manifest: Manifest): [string, string] {
  const r = rng();
  if (key === 'tour' && r < 0.6)
    return chance(rng, 0.3) ? [validTour(rng), 'valid'] : [badTour(rng, n), 'bad-tour'];
  if (r < 0.3) return [validValue(rng, key, manifest), 'valid'];
  if (r < 0.45) return [unknownCode(rng, key), 'unknown-code'];
  if (r < 0.6) return [pick(rng, hostilePayloads(n)), 'hostile'];
  if (r < 0.7) return [pick(rng, HUGE_NUMBERS), 'number'];
  if (r < 0.8) return [pick(rng, WRONG_TYPES), 'wrong-type'];
  if (r < 0.88) return [pick(rng, UNICODE), 'unicode'];
  if (r < 0.93)
    return [randomString(rng, int(rng, 300, 6000), 'ab<>"\'&=;:/ 0123456789é🚀'), 'long'];
  return [
    randomString(rng, int(rng, 1, 24), 'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789-_.~!*()'),
    'random',
  ];
}

/**
 * `count` cases from `seed`. The first few are written by hand (the classics every parser
 * should survive); the rest are drawn.
 */
export function urlCases(manifest: Manifest, count: number, seed = URL_FUZZ_SEED): UrlCase[] {
  const rng = mulberry32(seed);
  const keys = Object.keys(defaultState(manifest));
  const fixed: [string, string[]][] = [
    ['?year=1e308&top=-0&step=NaN&month=99999999999999999999', ['number']],
    ['?view=%E0%A4%A&country=%&list=%zz', ['broken']],
    ['?view=<img src=x data-fuzz="1" onerror="window.__fuzz=1">', ['hostile']],
    ['?view=%253Csvg%2520data-fuzz%253D2%2520onload%253Dwindow.__fuzz%253D2%253E', ['hostile']],
    ['?view=table&view=flows&view=<svg data-fuzz=4 onload=window.__fuzz=4>', ['repeated']],
    ['?a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9&j=10&k=11&l=12', ['unknown-key']],
    ['?lang=fr&hs=999999&country=ZZZ&partner=%3Cb%3E', ['unknown-code']],
    ['?&&&=&==&?view=table', ['shape']],
    ['?view=flows&chart=sankey&top=50&dir=import&present=1', ['valid']],
    ['?view=map&chart=sankey&top=10', ['other-view']],
    [`?codes=${Array.from({ length: 250 }, (_, i) => String(100000 + i)).join(',')}`, ['long']],
    ['?tour=AAAA&present=1&step=3', ['bad-tour']],
    [
      '?embed=1&view=table&year=%3Csvg%20data-fuzz%3D13%20onload%3Dwindow.__fuzz%3D13%3E',
      ['embed'],
    ],
    [`?present=1&step=1&lang=zz&tour=${markedTour(14)}`, ['hostile-tour', 'present']],
    [`?view=flows&tour=${markedTour(15)}&step=1&step=2&embed=yes`, ['hostile-tour', 'repeated']],
    ['?view=group&group=no-such-group&members=KAZ,ZZZ', ['unknown-code']],
    ['?view=group&group=NSG%2F..%2Fx&members=kaz;KGZ;kaz;EU', ['unknown-code']],
    ['?view=group&group=central-asia&members=KAZ,KGZ', ['valid']],
    [
      `?members=${Array.from({ length: 320 }, (_, i) => ['KAZ', 'FRA'][i % 2]).join(',')}`,
      ['long'],
    ],
    ['?view=regime&members=<svg data-fuzz=20 onload=window.__fuzz=20>&group=', ['hostile']],
  ];
  const cases: UrlCase[] = fixed.slice(0, count).map(([search, kinds], n) => ({
    n,
    search,
    kinds,
    // Plain, (double-)encoded or in a tour, the marker is in the text.
    hostile: /data-fuzz|__fuzz/.test(search) || kinds.includes('hostile-tour'),
  }));
  for (let n = cases.length; n < count; n++) {
    const pairs: string[] = [];
    const kinds = new Set<string>();
    let hostile = false;
    const size = int(rng, 1, 6);
    for (let i = 0; i < size; i++) {
      let key: string;
      if (chance(rng, 0.12)) {
        key = unknownKey(rng, n);
        kinds.add('unknown-key');
      } else key = pick(rng, keys);
      const [value, kind] = fuzzValue(rng, key, n, manifest);
      kinds.add(kind);
      if (kind === 'hostile' || key.includes('data-fuzz')) hostile = true;
      const how = pick<Encoding>(rng, [
        'plain',
        'plain',
        'raw',
        'raw',
        'double',
        'plus',
        'lower',
        'broken',
      ]);
      if (how !== 'plain') kinds.add(how);
      const k = encode(rng, key, chance(rng, 0.8) ? 'plain' : how, true);
      pairs.push(chance(rng, 0.05) ? k : `${k}=${encode(rng, value, how, false)}`);
      // The same parameter again, with another value.
      if (chance(rng, 0.08)) {
        const [again, againKind] = fuzzValue(rng, key, n, manifest);
        pairs.push(`${k}=${encodeURIComponent(again)}`);
        kinds.add('repeated');
        if (againKind === 'hostile') hostile = true;
      }
    }
    // Embedded and presented pages render without the header: they need their notices too.
    if (chance(rng, 0.08)) {
      pairs.push('embed=1');
      kinds.add('embed');
    } else if (chance(rng, 0.05)) {
      pairs.push(`tour=${validTour(rng)}&present=1`);
      kinds.add('present');
    }
    const sep = chance(rng, 0.05) ? pick(rng, ['&&', ';', '&amp;']) : '&';
    cases.push({ n, search: `?${pairs.join(sep)}`, kinds: [...kinds], hostile });
  }
  return cases;
}

/** How many cases hold each kind, for the line each fuzzer prints. */
export function kindCounts(cases: readonly UrlCase[]): string {
  const counts = new Map<string, number>();
  for (const c of cases) for (const k of c.kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}
