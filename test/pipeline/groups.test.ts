/**
 * Group files: every refusal names its file and line; the shipped groups are complete. Then the
 * group figures the app derives from the embedded default data (public/data: map and flows
 * shards) are recomputed from the download files and the group files by plain parsing here,
 * without the project's readers or src/derive, and must be equal.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGroups, parseGroupFile } from '../../scripts/groups/load-groups.ts';
import { InputError } from '../../scripts/lib/errors.ts';
import {
  categoryRegimes,
  placeValuesOfShard,
  groupLinks,
  groupTotal,
  REST,
  standing,
  insideOutside,
  membersOn,
  regimeShares,
  topOutsidePartners,
} from '../../src/derive/groups.ts';
import { flowPairs } from '../../src/derive/flows.ts';
import { GROUPS_PATH, type GroupsFile } from '../../src/schema/groups.ts';
import type {
  ColumnarShard,
  FlowColumns,
  Manifest,
  MapColumns,
} from '../../src/schema/manifest.ts';
import { cleanTemps, tempDir } from './helpers.ts';
import { int, mulberry32, pick } from '../fuzz/prng.ts';
import {
  parseCsvText,
  PUBLIC_DATA,
  readCsvRecords,
  readGzipText,
  readJson,
  ROOT,
} from './independent.ts';

const GROUPS_DIR = join(ROOT, 'data/groups');

afterAll(() => cleanTemps());

/** A valid family file; the comments give the line of each value the cases break. */
const GOOD = [
  '{', // 1
  '  "family": {', // 2
  '    "id": "test",', // 3
  '    "names": { "en": "Test", "fr": "Test", "es": "Prueba", "ru": "Тест" }', // 4
  '  },', // 5
  '  "groups": [', // 6
  '    {', // 7
  '      "id": "ca",', // 8
  '      "regime": "NSG",', // 9
  '      "names": { "en": "Central Asia", "fr": "Asie centrale", "es": "Asia Central", "ru": "Центральная Азия" },', // 10
  '      "asOf": "2021-12",', // 11
  '      "sources": [', // 12
  '        { "title": "M49", "publisher": "UNSD", "url": "https://unstats.un.org/unsd/methodology/m49/" }', // 13
  '      ],', // 14
  '      "members": [', // 15
  '        { "iso3": "KAZ", "joined": "1992" },', // 16
  '        { "iso3": "KGZ" },', // 17
  '        { "iso3": "UZB" }', // 18
  '      ],', // 19
  '      "formerMembers": [{ "iso3": "GBR", "left": "2020-01-31" }]', // 20
  '    }', // 21
  '  ]', // 22
  '}', // 23
].join('\n');

function refusal(text: string): string {
  try {
    parseGroupFile('groups/test.json', text);
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  throw new Error('the file was accepted');
}

describe('a group file is refused with its file and line', () => {
  it('accepts the good file', () => {
    const r = parseGroupFile('groups/test.json', GOOD);
    expect(r.family).toEqual({
      id: 'test',
      names: { en: 'Test', fr: 'Test', es: 'Prueba', ru: 'Тест' },
      file: 'test.json',
    });
    expect(r.groups[0]?.members.map((m) => m.iso3)).toEqual(['KAZ', 'KGZ', 'UZB']);
    expect(r.groups[0]?.regime).toBe('NSG');
  });

  const cases: [string, (t: string) => string, string][] = [
    [
      'unknown ISO3 code',
      (t) => t.replace('"KGZ"', '"KGX"'),
      'groups/test.json:17: unknown ISO3 code "KGX"',
    ],
    [
      'lower-case code',
      (t) => t.replace('"KGZ"', '"kgz"'),
      'groups/test.json:17: unknown ISO3 code "kgz" (write it in capitals)',
    ],
    [
      'EU as a member',
      (t) => t.replace('"KGZ"', '"EU"'),
      'groups/test.json:17: unknown ISO3 code "EU"',
    ],
    [
      'duplicate member',
      (t) => t.replace('"UZB"', '"KAZ"'),
      'groups/test.json:18: duplicate member KAZ (first on line 16)',
    ],
    [
      'missing source',
      (t) => t.replace(/ {6}"sources": \[\n.*\n {6}\],\n/, ''),
      'groups/test.json:7: group "ca" has no source: "sources" needs at least one',
    ],
    [
      'empty sources',
      (t) => t.replace(/"sources": \[\n.*\n {6}\]/, '"sources": [\n\n      ]'),
      'groups/test.json:12: group "ca" has no source: "sources" needs at least one',
    ],
    [
      'source without address',
      (t) => t.replace('https://unstats.un.org/unsd/methodology/m49/', 'unstats'),
      'groups/test.json:13: source address "unstats" is not an http(s) address',
    ],
    [
      'missing date',
      (t) => t.replace('      "asOf": "2021-12",\n', ''),
      'groups/test.json:7: group "ca" has no "asOf" date (the date its members hold)',
    ],
    [
      'malformed date',
      (t) => t.replace('"2021-12"', '"Dec 2021"'),
      'groups/test.json:11: asOf "Dec 2021" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
    ],
    [
      'unknown regime',
      (t) => t.replace('"NSG"', '"Zangger"'),
      'groups/test.json:9: unknown regime id "Zangger" (one of NSG, AG, MTCR, Wassenaar, CWC)',
    ],
    [
      'missing name in a language',
      (t) => t.replace(', "ru": "Центральная Азия"', ''),
      'groups/test.json:10: missing name in "ru" (names need en, fr, es and ru)',
    ],
    [
      'empty name',
      (t) => t.replace('"es": "Asia Central"', '"es": " "'),
      'groups/test.json:10: name in "es" must be a non-empty string',
    ],
    [
      'misspelt key',
      (t) => t.replace('"members"', '"member"'),
      'groups/test.json:15: unknown key "member" in a group',
    ],
    [
      'former member without a date',
      (t) => t.replace(', "left": "2020-01-31"', ''),
      'groups/test.json:20: former member GBR has no "left" date',
    ],
    [
      'member and former member',
      (t) => t.replace('{ "iso3": "GBR"', '{ "iso3": "KAZ"'),
      'groups/test.json:20: KAZ is both a member and a former member',
    ],
    [
      'invalid JSON',
      (t) => t.replace('"KGZ" },', '"KGZ" }'),
      'groups/test.json:18: expected "]" but found "{"',
    ],
    [
      'a key twice',
      (t) => t.replace('"asOf": "2021-12",', '"asOf": "2021-12", "asOf": "2022",'),
      'groups/test.json:11: key "asOf" appears twice',
    ],
    [
      'a group id twice',
      (t) =>
        t.replace(
          /( {4}\{\n[\s\S]*\n {4}\})\n {2}\]/,
          (_, g: string) => `${g},\n${g.replace('"GBR"', '"FRA"')}\n  ]`,
        ),
      'groups/test.json:22: group id "ca" appears twice (first on line 7)',
    ],
    [
      'no members',
      (t) => t.replace(/"members": \[[\s\S]*?\],/, '"members": [],'),
      'groups/test.json:15: group "ca" has no members',
    ],
  ];
  for (const [name, mutate, message] of cases) {
    it(name, () => {
      expect(refusal(mutate(GOOD))).toBe(message);
    });
  }

  it('refuses a group id used in two files, naming the second', () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.json'), GOOD);
    writeFileSync(join(dir, 'b.json'), GOOD.replace('"id": "test"', '"id": "other"'));
    expect(() => loadGroups(dir)).toThrow(
      `${join(dir, 'b.json')}:7: group id "ca" is already used in a.json`,
    );
  });

  it('a folder that does not exist holds no groups', () => {
    expect(loadGroups(join(tempDir(), 'none'))).toEqual({ families: [], groups: [] });
  });
});

describe('damaged group files (seeded fuzz)', () => {
  /** One damage of the kinds hand-edited JSON suffers. */
  const damage = (text: string, rng: () => number): string => {
    const lines = text.split('\n');
    const n = int(rng, 0, lines.length - 1);
    const line = lines[n] ?? '';
    const at = int(rng, 0, Math.max(0, line.length - 1));
    const kind = pick(rng, ['drop-char', 'dup-line', 'drop-line', 'swap-code', 'insert', 'cut']);
    if (kind === 'drop-char') lines[n] = line.slice(0, at) + line.slice(at + 1);
    else if (kind === 'dup-line') lines.splice(n, 0, line);
    else if (kind === 'drop-line') lines.splice(n, 1);
    else if (kind === 'swap-code')
      lines[n] = line.replace(/"[A-Z]{3}"/, `"${pick(rng, ['XXX', 'kaz', 'EU', 'FRA', ''])}"`);
    else if (kind === 'insert')
      lines[n] =
        line.slice(0, at) + pick(rng, ['"', ',', '{', ']', '\\', 'é', '\u0000']) + line.slice(at);
    else return lines.slice(0, n).join('\n');
    return lines.join('\n');
  };

  it('either reads a damaged file or refuses it with a line inside the file, never anything else', () => {
    const rng = mulberry32(16);
    let refused = 0;
    for (let i = 0; i < 500; i++) {
      const text = damage(damage(GOOD, rng), rng);
      try {
        const r = parseGroupFile('groups/test.json', text);
        // What is read is whole: every member a real code, once.
        for (const g of r.groups) {
          const codes = g.members.map((m) => m.iso3);
          expect(new Set(codes).size, `case ${i}`).toBe(codes.length);
          for (const c of codes) expect(c, `case ${i}`).toMatch(/^[A-Z]{3}$/);
          expect(g.sources.length, `case ${i}`).toBeGreaterThan(0);
        }
      } catch (e) {
        if (!(e instanceof InputError))
          throw new Error(`case ${i}: ${String(e)}\n${text}`, { cause: e });
        refused++;
        expect(e.file, `case ${i}`).toBe('groups/test.json');
        expect(e.line, `case ${i}: ${e.message}`).toBeGreaterThanOrEqual(1);
        expect(e.line, `case ${i}: ${e.message}`).toBeLessThanOrEqual(text.split('\n').length);
      }
    }
    expect(refused).toBeGreaterThan(100);
  });
});

/** The shipped files read plainly (JSON.parse), as a reader of the repository would. */
interface PlainGroup {
  id: string;
  regime?: string;
  asOf: string;
  sources: { url: string }[];
  members: { iso3: string }[];
  formerMembers?: { iso3: string; left: string }[];
  names: Record<string, string>;
}
function plainGroups(): Map<string, PlainGroup> {
  const out = new Map<string, PlainGroup>();
  for (const f of ['regimes.json', 'unions.json', 'wco-regions.json', 'operation-regions.json']) {
    const doc = JSON.parse(readFileSync(join(GROUPS_DIR, f), 'utf8')) as { groups: PlainGroup[] };
    for (const g of doc.groups) out.set(g.id, g);
  }
  return out;
}
const PLAIN = plainGroups();
const members = (id: string) => (PLAIN.get(id)?.members ?? []).map((m) => m.iso3);

describe('the shipped groups', () => {
  it('load, and each names a source and a date and its members in four languages', () => {
    const { groups } = loadGroups(GROUPS_DIR);
    expect(groups.map((g) => [g.id, g.members.length])).toEqual([
      ['asean', 10],
      ['central-asia', 5],
      ['nsg', 48],
      ['australia-group', 42],
      ['mtcr', 35],
      ['wassenaar', 42],
      ['eu-27', 27],
      ['eaeu', 5],
      ['wco-asia-pacific', 35],
      ['wco-east-southern-africa', 24],
    ]);
    for (const g of groups) {
      expect(g.sources.length).toBeGreaterThan(0);
      expect(g.asOf).toMatch(/^\d{4}/);
      expect(Object.keys(g.names).sort()).toEqual(['en', 'es', 'fr', 'ru']);
    }
    expect(groups.filter((g) => g.regime).map((g) => g.regime)).toEqual([
      'NSG',
      'AG',
      'MTCR',
      'Wassenaar',
    ]);
  });

  it('are written to public/data/groups.json as the loader reads them, outside the manifest', () => {
    const file = readJson<GroupsFile>(join(PUBLIC_DATA, GROUPS_PATH));
    const loaded = loadGroups(GROUPS_DIR);
    expect(file.groups).toEqual(loaded.groups);
    expect(file.families).toEqual(loaded.families);
    const manifest = readFileSync(join(PUBLIC_DATA, 'manifest.json'), 'utf8');
    expect(manifest).not.toContain(GROUPS_PATH);
  });

  it('read the same in the plain parse as in the loader', () => {
    for (const g of loadGroups(GROUPS_DIR).groups) {
      expect(g.members.map((m) => m.iso3)).toEqual(members(g.id));
    }
  });
});

// ---- Figures on the embedded default, recomputed from the download files ----

const BACI = 'baci-hs22-v202501';
const EU = 'eurostat-comext';

/** Download rows as records, read with the test's own CSV parser. */
function download(dataset: string): Record<string, string>[] {
  const text = readGzipText(join(PUBLIC_DATA, `downloads/${dataset}.csv.gz`));
  const [header = [], ...rows] = parseCsvText(text);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/**
 * exporter>importer -> value for one list, year and (optionally) category: a code on the list
 * in two categories is one flow, so rows are taken once per period, pair and code.
 */
function plainPairs(
  rows: Record<string, string>[],
  list: string,
  year: number,
  category?: string,
): Map<string, number> {
  const seen = new Set<string>();
  const out = new Map<string, number>();
  for (const r of rows) {
    if (r.list !== list || Number(r.year) !== year) continue;
    if (category !== undefined && r.category !== category) continue;
    const key = `${r.period}|${r.exporter_iso3}|${r.importer_iso3}|${r.hs6}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (r.exporter_iso3 === r.importer_iso3) continue;
    const pair = `${r.exporter_iso3}>${r.importer_iso3}`;
    out.set(pair, (out.get(pair) ?? 0) + Number(r.value));
  }
  return out;
}

interface Plain {
  total: number;
  byMember: Map<string, number>;
  inside: number;
  outside: number;
  partners: Map<string, number>;
}

/** A group's figures by hand: totals, the inside/outside split, outside partners. */
function plainFigures(pairs: Map<string, number>, group: string[], flow: 'export' | 'import') {
  const out: Plain = { total: 0, byMember: new Map(), inside: 0, outside: 0, partners: new Map() };
  for (const [pair, v] of pairs) {
    const [exporter = '', importer = ''] = pair.split('>');
    const self = flow === 'export' ? exporter : importer;
    const other = flow === 'export' ? importer : exporter;
    if (!group.includes(self)) continue;
    out.total += v;
    out.byMember.set(self, (out.byMember.get(self) ?? 0) + v);
    if (group.includes(other)) out.inside += v;
    else {
      out.outside += v;
      out.partners.set(other, (out.partners.get(other) ?? 0) + v);
    }
  }
  return out;
}

function listCodes(list: string, category?: string): Set<string> {
  const text = readFileSync(join(ROOT, 'data/lists', `${list}.csv`), 'utf8');
  const body = text
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n');
  const { records } = readCsvRecords(body);
  return new Set(
    records
      .filter((r) => category === undefined || r.category === category)
      .map((r) => r.hs6 ?? ''),
  );
}

const mapShard = (dataset: string, list: string, year: number) =>
  readJson<ColumnarShard<MapColumns>>(join(PUBLIC_DATA, `map/${dataset}/${list}/${year}.json`));
/** The places a dataset speaks for on a side, as the manifest records them (reachOf). */
function reach(dataset: string, flow: 'export' | 'import'): string[] {
  const m = readJson<Manifest>(join(PUBLIC_DATA, 'manifest.json'));
  const ds = m.datasets.find((d) => d.id === dataset);
  if (!ds) throw new Error(`no dataset ${dataset}`);
  return flow === 'export' ? ds.inputCoverage.exporters : ds.inputCoverage.importers;
}
const flowsShard = (dataset: string, year: number) =>
  readJson<ColumnarShard<FlowColumns>>(join(PUBLIC_DATA, `flows/${dataset}/${year}.json`));

/** What the app derives from the shards, against the figures computed by hand. */
function compare(
  dataset: string,
  list: string,
  year: number,
  group: string[],
  flow: 'export' | 'import',
  category?: string,
) {
  const rows = download(dataset);
  const plain = plainFigures(plainPairs(rows, list, year, category), group, flow);
  const app = groupTotal(
    placeValuesOfShard(
      mapShard(dataset, list, year),
      year,
      category ?? '',
      flow,
      reach(dataset, flow),
    ),
    group,
  );
  // The codes the download holds for the list in that year: the list's own codes, or what they
  // convert to for data of another HS edition (Eurostat 2021 is in HS2017).
  const codes = new Set(
    rows
      .filter((r) => r.list === list && Number(r.year) === year)
      .filter((r) => category === undefined || r.category === category)
      .map((r) => r.hs6 ?? ''),
  );
  if (dataset === BACI)
    expect([...codes].every((c) => listCodes(list, category).has(c))).toBe(true);
  const pairs = flowPairs(flowsShard(dataset, year), codes);
  const split = insideOutside(pairs, group, flow);
  const partners = topOutsidePartners(pairs, group, flow, 5);

  expect(app.total).toBe(plain.total);
  // The download has flows only: a member with a map row of 0 (it only imports) and a member
  // without a row (no data) both have no flow there.
  const positive = app.members.filter((m) => m.value !== 0);
  expect(new Map(positive.map((m) => [m.iso3, m.value]))).toEqual(plain.byMember);
  for (const m of app.members) expect(m.share).toBe(m.value / plain.total);
  const zeroOrNoData = [
    ...app.noData,
    ...app.members.filter((m) => m.value === 0).map((m) => m.iso3),
  ];
  expect(zeroOrNoData.sort()).toEqual(group.filter((c) => !plain.byMember.has(c)).sort());
  expect(split).toEqual({ inside: plain.inside, outside: plain.outside, total: plain.total });
  const top = [...plain.partners].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).slice(0, 5);
  expect(partners.map((p) => [p.iso3, p.value])).toEqual(top);
  return { plain, app, split, partners };
}

/** Figures printed for the report (README, issue). */
const FIGURES: string[] = [];
afterAll(() => {
  if (FIGURES.length) console.log(`groups.test.ts figures:\n${FIGURES.join('\n')}`);
});
const usd = (v: number) => Math.round(v).toLocaleString('en-US');

describe('group figures on the embedded default equal the download file', () => {
  it('Central Asia: BACI 2023 indicative list, exports and imports', () => {
    for (const flow of ['export', 'import'] as const) {
      const r = compare(BACI, 'indicative', 2023, members('central-asia'), flow);
      FIGURES.push(
        `central-asia ${flow} BACI 2023 indicative: total ${usd(r.plain.total)} USD, inside ${usd(r.split.inside)}, outside ${usd(r.split.outside)}, members with data ${r.app.members.map((m) => `${m.iso3} ${(100 * (m.share ?? 0)).toFixed(1)}%`).join(', ')}; no data ${r.app.noData.join(' ')}; top outside ${r.partners.map((p) => `${p.iso3} ${usd(p.value)}`).join(', ')}`,
      );
    }
  });

  it('NSG participants: BACI 2023, indicative list and its nuclear category', () => {
    for (const category of [undefined, 'nuclear']) {
      const r = compare(BACI, 'indicative', 2023, members('nsg'), 'export', category);
      expect(r.app.members.length).toBeGreaterThan(20);
      FIGURES.push(
        `nsg export BACI 2023 indicative${category ? `/${category}` : ''}: total ${usd(r.plain.total)} USD, inside ${usd(r.split.inside)} (${((100 * r.split.inside) / r.split.total).toFixed(1)}%), outside ${usd(r.split.outside)}; top 3 members ${r.app.members
          .slice(0, 3)
          .map((m) => `${m.iso3} ${(100 * (m.share ?? 0)).toFixed(1)}%`)
          .join(', ')}`,
      );
    }
  });

  it('EU-27 and two WCO regions: BACI 2023 CHPL; EU-27 in Eurostat 2021', () => {
    for (const id of ['eu-27', 'wco-asia-pacific', 'wco-east-southern-africa']) {
      const r = compare(BACI, 'chpl', 2023, members(id), 'export');
      FIGURES.push(
        `${id} export BACI 2023 chpl: total ${usd(r.plain.total)} USD, inside ${usd(r.split.inside)}, outside ${usd(r.split.outside)}`,
      );
    }
    const eu = compare(EU, 'chpl', 2021, members('eu-27'), 'export');
    // Eurostat holds EU-27 exports to seven partners outside the EU only.
    expect(eu.split.inside).toBe(0);
    FIGURES.push(`eu-27 export Eurostat 2021 chpl: total ${usd(eu.plain.total)} EUR, all outside`);
  });

  it('the regime share: nuclear category, trade with countries outside the NSG', () => {
    const text = readFileSync(join(ROOT, 'data/lists/indicative.csv'), 'utf8');
    const { records } = readCsvRecords(
      text
        .split('\n')
        .filter((l) => !l.startsWith('#'))
        .join('\n'),
    );
    const tie = categoryRegimes(
      records.map((r) => ({ category: r.category ?? '', regime: r.regime ?? '' })),
    );
    expect(tie.get('nuclear')?.[0]).toBe('NSG');
    expect(tie.get('missile')).toEqual(['MTCR']);
    expect(tie.get('military')).toEqual(['Wassenaar']);
    expect(tie.get('biological')).toEqual(['AG']);

    const nsg = members('nsg');
    const nsgGroup = loadGroups(GROUPS_DIR).groups.find((g) => g.id === 'nsg');
    // The list holds on its date (2024); every participant had joined by the data's year.
    expect(nsgGroup && membersOn(nsgGroup, '2023').sort()).toEqual([...nsg].sort());

    const plainPairsNuclear = plainPairs(download(BACI), 'indicative', 2023, 'nuclear');
    const app = regimeShares(
      flowPairs(flowsShard(BACI, 2023), listCodes('indicative', 'nuclear')),
      nsg,
      'export',
    );
    const plain = new Map<string, { total: number; outside: number }>();
    for (const [pair, v] of plainPairsNuclear) {
      const [exporter = '', importer = ''] = pair.split('>');
      const r = plain.get(exporter) ?? { total: 0, outside: 0 };
      r.total += v;
      if (!nsg.includes(importer)) r.outside += v;
      plain.set(exporter, r);
    }
    expect(new Map(app.map((r) => [r.iso3, { total: r.total, outside: r.outside }]))).toEqual(
      plain,
    );
    for (const r of app) {
      expect(r.participant).toBe(nsg.includes(r.iso3));
      expect(r.share).toBe(r.total > 0 ? r.outside / r.total : null);
    }
    const participantsOut = app.filter((r) => r.participant).reduce((s, r) => s + r.outside, 0);
    const participantsAll = app.filter((r) => r.participant).reduce((s, r) => s + r.total, 0);
    FIGURES.push(
      `regime share, nuclear (NSG) exports BACI 2023: NSG participants export ${usd(participantsAll)} USD, of which ${usd(participantsOut)} (${((100 * participantsOut) / participantsAll).toFixed(1)}%) to non-participants; top exporters ${app
        .slice(0, 3)
        .map((r) => `${r.iso3} ${(100 * (r.share ?? 0)).toFixed(1)}% outside`)
        .join(', ')}`,
    );
  });
});

describe('the JSON reader behind the group files', () => {
  it('refuses what JSON does not allow, at the line it is on', () => {
    const at = (text: string) => refusal(text);
    expect(at(GOOD.replace('"KGZ"', '"K\tGZ"'))).toBe(
      'groups/test.json:17: a control character (U+0009) inside a string',
    );
    expect(at(GOOD.replace('"KGZ"', '"K\\qGZ"'))).toBe(
      'groups/test.json:17: bad escape "\\q" in a string',
    );
    expect(at(`${GOOD}\n{}`)).toBe(
      'groups/test.json:24: unexpected "{" after the end of the document',
    );
    expect(at(GOOD.slice(0, GOOD.indexOf('"KGZ"') + 3))).toBe(
      'groups/test.json:17: unclosed string',
    );
    expect(at(GOOD.replace('"2021-12"', "'2021-12'"))).toBe(`groups/test.json:11: unexpected "'"`);
  });

  it('reads escapes, numbers and a byte-order mark', () => {
    const r = parseGroupFile(
      'groups/test.json',
      `\uFEFF${GOOD.replace('"Test", "fr"', '"T\\u00e9st \\"x\\"", "fr"')}`,
    );
    expect(r.family.names.en).toBe('Tést "x"');
    expect(refusal(GOOD.replace('"1992"', '1992'))).toBe(
      'groups/test.json:16: joined must be a non-empty string',
    );
  });
});

describe('flows between groups and a country among its group, on the embedded default', () => {
  it('BACI 2023 indicative: Central Asia, the EU-27 and the other NSG participants against the rest, as the download gives them', () => {
    const order = ['central-asia', 'eu-27', 'nsg'];
    const nodeOf = new Map<string, string>();
    for (const id of order) for (const c of members(id)) if (!nodeOf.has(c)) nodeOf.set(c, id);
    const plain = new Map<string, number>();
    for (const [pair, v] of plainPairs(download(BACI), 'indicative', 2023)) {
      const [exporter = '', importer = ''] = pair.split('>');
      const k = `${nodeOf.get(exporter) ?? REST}>${nodeOf.get(importer) ?? REST}`;
      plain.set(k, (plain.get(k) ?? 0) + v);
    }
    const links = groupLinks(
      flowPairs(flowsShard(BACI, 2023), listCodes('indicative')),
      order.map((id) => ({ id, members: members(id) })),
    );
    expect(new Map(links.map((l) => [`${l.from}>${l.to}`, l.value]))).toEqual(plain);
    FIGURES.push(
      `group links BACI 2023 indicative (USD): ${links
        .slice(0, 6)
        .map((l) => `${l.from}>${l.to} ${usd(l.value)}`)
        .join(', ')}`,
    );

    const totals = placeValuesOfShard(
      mapShard(BACI, 'indicative', 2023),
      2023,
      '',
      'import',
      reach(BACI, 'import'),
    );
    const kaz = standing(totals, members('central-asia'), 'KAZ');
    const values = members('central-asia')
      .filter((c) => c !== 'KAZ')
      .map((c) => totals.get(c) ?? 0)
      .sort((a, b) => a - b);
    expect(kaz.rank).toBe(1);
    expect(kaz.peersMedian).toBe(((values[1] ?? 0) + (values[2] ?? 0)) / 2);
    FIGURES.push(
      `KAZ among central-asia, imports BACI 2023 indicative: rank ${kaz.rank} of ${kaz.of}, share ${(100 * (kaz.share ?? 0)).toFixed(1)}%, peers' median ${usd(kaz.peersMedian ?? 0)} USD`,
    );
  });
});
