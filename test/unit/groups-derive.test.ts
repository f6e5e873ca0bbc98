import { describe, expect, it } from 'vitest';
import {
  categoryRegimes,
  compareDates,
  groupLinks,
  groupsOf,
  groupTotal,
  insideOutside,
  insideOutsideFromShard,
  membersOn,
  placeValuesOfShard,
  regimeShares,
  regimesOf,
  REST,
  selectGroup,
  standing,
  topOutsidePartners,
} from '../../src/derive/groups.ts';
import { MAX_MEMBERS, parseMemberList } from '../../src/state/code-lists.ts';
import { mulberry32, int, pick } from '../fuzz/prng.ts';
import type { FlowPair } from '../../src/derive/flows.ts';
import type { GroupMeta } from '../../src/schema/groups.ts';
import type { ColumnarShard, FlowColumns, MapColumns } from '../../src/schema/manifest.ts';

const KNOWN = new Set(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'RUS', 'CHN', 'DEU', 'USA', 'FRA']);
const isKnown = (c: string) => KNOWN.has(c);

const pair = (exporter: string, importer: string, value: number): FlowPair => ({
  exporter,
  importer,
  value,
  byExporter: null,
  byImporter: null,
});

function group(partial: Partial<GroupMeta>): GroupMeta {
  return {
    id: 'g',
    family: 'f',
    names: { en: 'G', fr: 'G', es: 'G', ru: 'G' },
    asOf: '2024',
    sources: [{ title: 't', publisher: 'p', url: 'https://example.org/' }],
    members: [],
    formerMembers: [],
    otherParticipants: [],
    ...partial,
  };
}

describe('a user group from the URL or a pasted list', () => {
  it('reads codes in any case and separator, keeps each once, in the order given', () => {
    const r = parseMemberList('kaz, KGZ;tjk  TKM\nuzb,KAZ', isKnown);
    expect(r.members).toEqual(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    expect(r.duplicates).toEqual(['KAZ']);
    expect(r.unknown).toEqual([]);
  });

  it('reports unknown and malformed codes instead of dropping them', () => {
    const r = parseMemberList('KAZ,XXX,12,KAZA,<script>alert(1)</script>,EU', isKnown);
    expect(r.members).toEqual(['KAZ']);
    expect(r.unknown).toEqual(['XXX', '12', 'KAZA', '<script>alert(1)</sc', 'EU']);
  });

  it('reports members past the limit, never keeping more', () => {
    const r = parseMemberList('KAZ,KGZ,TJK', isKnown, 2);
    expect(r.members).toEqual(['KAZ', 'KGZ']);
    expect(r.tooMany).toEqual(['TJK']);
    expect(MAX_MEMBERS).toBeGreaterThanOrEqual(200);
  });

  it('an empty or blank value is an empty group with nothing to report', () => {
    expect(parseMemberList('', isKnown)).toEqual({
      members: [],
      unknown: [],
      duplicates: [],
      tooMany: [],
    });
    expect(parseMemberList(' , ;', isKnown).members).toEqual([]);
  });
});

describe('membership on a date', () => {
  it('compares dates at the coarser precision', () => {
    expect(compareDates('2004-05', '2004')).toBe(0);
    expect(compareDates('2004-05-01', '2004-06')).toBe(-1);
    expect(compareDates('2020-01-31', '2020-02')).toBe(-1);
    expect(compareDates('2021', '2020-12-31')).toBe(1);
  });

  it('counts members from their joining date and former members until they left', () => {
    const g = group({
      members: [{ iso3: 'DEU' }, { iso3: 'KAZ', joined: '2015-01-01' }],
      formerMembers: [{ iso3: 'FRA', joined: '1990', left: '2020-01-31' }],
    });
    expect(membersOn(g, '2014')).toEqual(['DEU', 'FRA']);
    expect(membersOn(g, '2015')).toEqual(['DEU', 'KAZ', 'FRA']);
    expect(membersOn(g, '2019-12')).toEqual(['DEU', 'KAZ', 'FRA']);
    expect(membersOn(g, '2020')).toEqual(['DEU', 'KAZ']);
    expect(membersOn(g, '1989')).toEqual(['DEU']);
  });

  it('lists the groups a country belongs to', () => {
    const a = group({ id: 'a', members: [{ iso3: 'KAZ' }] });
    const b = group({ id: 'b', members: [{ iso3: 'DEU' }] });
    expect(groupsOf([a, b], 'KAZ').map((g) => g.id)).toEqual(['a']);
  });
});

const MAP: ColumnarShard<MapColumns> = {
  schemaVersion: 3,
  notice: '',
  columns: ['year', 'iso3', 'category', 'export', 'import', 'exportBroad', 'importBroad'],
  data: {
    year: [2023, 2023, 2023, 2023, 2022],
    iso3: ['KAZ', 'KGZ', 'UZB', 'KAZ', 'KAZ'],
    category: ['', '', '', 'nuclear', ''],
    export: [600, 300, 100, 50, 999],
    import: [10, null, 5, 1, 1],
    exportBroad: [0, 0, 0, 0, 0],
    importBroad: [0, 0, 0, 0, 0],
  },
};

/** The places the data speak for on each side (reachOf): TJK is covered, TKM is not. */
const REACH = ['KAZ', 'KGZ', 'UZB', 'TJK'];

describe('group totals and members shares', () => {
  it('sums the members of the chosen year, category and flow', () => {
    const totals = placeValuesOfShard(MAP, 2023, '', 'export', REACH);
    expect([...totals].sort()).toEqual([
      ['KAZ', 600],
      ['KGZ', 300],
      ['TJK', 0],
      ['UZB', 100],
    ]);
    const g = groupTotal(totals, ['UZB', 'KAZ', 'KGZ', 'TJK', 'TKM', 'KAZ']);
    expect(g.total).toBe(1000);
    expect(g.members.map((m) => [m.iso3, m.value, m.share, m.rank])).toEqual([
      ['KAZ', 600, 0.6, 1],
      ['KGZ', 300, 0.3, 2],
      ['UZB', 100, 0.1, 3],
      ['TJK', 0, 0, 4],
    ]);
    expect(g.noData).toEqual(['TKM']);
  });

  it('a member the data speak for reads 0 without trade; one outside their reach is no data', () => {
    const imports = placeValuesOfShard(MAP, 2023, '', 'import', REACH);
    // KGZ has a row with no import value, TJK no row: both covered, both a true zero.
    expect(imports.get('KGZ')).toBe(0);
    expect(imports.get('TJK')).toBe(0);
    expect(imports.has('TKM')).toBe(false);
    const g = groupTotal(imports, ['KAZ', 'KGZ', 'TKM']);
    expect(g.total).toBe(10);
    expect(g.members.map((m) => [m.iso3, m.value])).toEqual([
      ['KAZ', 10],
      ['KGZ', 0],
    ]);
    expect(g.noData).toEqual(['TKM']);
  });

  it('a total of zero has no shares', () => {
    const g = groupTotal(new Map([['KAZ', 0]]), ['KAZ']);
    expect(g.members[0]?.share).toBeNull();
  });

  it('reads a category, not the list total, and the year asked for', () => {
    const nuclear = placeValuesOfShard(MAP, 2023, 'nuclear', 'export', REACH);
    expect(nuclear.get('KAZ')).toBe(50);
    expect(nuclear.get('KGZ')).toBe(0);
    expect(placeValuesOfShard(MAP, 2022, '', 'export', REACH).get('KAZ')).toBe(999);
  });
});

const PAIRS = [
  pair('KAZ', 'KGZ', 10),
  pair('KAZ', 'CHN', 40),
  pair('KGZ', 'RUS', 5),
  pair('RUS', 'KAZ', 20),
  pair('CHN', 'KGZ', 7),
  pair('DEU', 'USA', 1000),
  pair('KAZ', 'RUS', 30),
];
const CA = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];

describe('inside against outside trade', () => {
  it('splits exports between members and with the rest of the world', () => {
    expect(insideOutside(PAIRS, CA, 'export')).toEqual({ inside: 10, outside: 75, total: 85 });
  });

  it('splits imports the other way round', () => {
    expect(insideOutside(PAIRS, CA, 'import')).toEqual({ inside: 10, outside: 27, total: 37 });
  });

  it('reads a flows shard over the selected codes, each once', () => {
    const shard: ColumnarShard<FlowColumns> = {
      schemaVersion: 3,
      notice: '',
      columns: ['exporter', 'importer', 'code', 'value', 'quantityT'],
      data: {
        exporter: ['KAZ', 'KAZ', 'KAZ', 'KGZ'],
        importer: ['KGZ', 'CHN', 'CHN', 'KAZ'],
        code: ['284410', '284410', '999999', '284410'],
        value: [1, 2, 4, 8],
        quantityT: [null, null, null, null],
        byExporter: [],
        byImporter: [],
      },
    };
    expect(insideOutsideFromShard(shard, new Set(['284410']), CA, 'export')).toEqual({
      inside: 9,
      outside: 2,
      total: 11,
    });
  });

  it('ranks the partners outside the group with their share of outside trade', () => {
    expect(topOutsidePartners(PAIRS, CA, 'export', 2)).toEqual([
      { iso3: 'CHN', value: 40, share: 40 / 75 },
      { iso3: 'RUS', value: 35, share: 35 / 75 },
    ]);
    expect(topOutsidePartners(PAIRS, CA, 'import', 5).map((p) => p.iso3)).toEqual(['RUS', 'CHN']);
    expect(topOutsidePartners(PAIRS, CA, 'export', 0)).toEqual([]);
  });
});

describe('regimes', () => {
  it('reads the regime ids in the lists regime column', () => {
    expect(regimesOf('NSG')).toEqual(['NSG']);
    expect(regimesOf('Australia Group')).toEqual(['AG']);
    expect(regimesOf('BWC / Australia Group')).toEqual(['AG']);
    expect(regimesOf('CWC Schedule 2')).toEqual(['CWC']);
    expect(regimesOf('Wassenaar Munitions List')).toEqual(['Wassenaar']);
    expect(regimesOf('Wassenaar dual-use Cat. 2 / NSG')).toEqual(['Wassenaar', 'NSG']);
    expect(regimesOf('Wassenaar dual-use Cat. 3 / CHPL')).toEqual(['Wassenaar']);
    expect(regimesOf('MTCR')).toEqual(['MTCR']);
    expect(regimesOf('CHPL')).toEqual([]);
    expect(regimesOf('')).toEqual([]);
  });

  it('ties each category to the regimes its codes name, most named first', () => {
    const m = categoryRegimes([
      { category: 'chemical', regime: 'CWC Schedule 2' },
      { category: 'chemical', regime: 'CWC Schedule 3' },
      { category: 'chemical', regime: 'Australia Group' },
      { category: 'nuclear', regime: 'NSG' },
      { category: 'electronics', regime: 'CHPL' },
    ]);
    expect(m.get('chemical')).toEqual(['CWC', 'AG']);
    expect(m.get('nuclear')).toEqual(['NSG']);
    expect(m.has('electronics')).toBe(false);
  });

  it('gives each country the share of its trade with non-participants', () => {
    const rows = regimeShares(PAIRS, ['KAZ', 'RUS', 'DEU', 'USA'], 'export');
    expect(rows.map((r) => [r.iso3, r.participant, r.total, r.outside])).toEqual([
      ['DEU', true, 1000, 0],
      ['KAZ', true, 80, 50],
      ['RUS', true, 20, 0],
      ['CHN', false, 7, 7],
      ['KGZ', false, 5, 0],
    ]);
    expect(rows[1]?.share).toBe(50 / 80);
  });
});

describe('the group a URL asks for (proposed: group=<id>, members=<ISO3,...>)', () => {
  const nsg = group({ id: 'nsg', members: [{ iso3: 'DEU' }, { iso3: 'USA' }] });
  const groups = [nsg, group({ id: 'central-asia', members: [{ iso3: 'KAZ' }] })];

  it('chooses a shipped group by id, in any case', () => {
    expect(selectGroup({ group: 'NSG' }, groups, isKnown)).toEqual({
      group: nsg,
      members: ['DEU', 'USA'],
      notices: [],
    });
  });

  it('ignores a member list beside a group id, and says so', () => {
    const s = selectGroup({ group: 'nsg', members: 'KAZ' }, groups, isKnown);
    expect(s.members).toEqual(['DEU', 'USA']);
    expect(s.notices).toEqual([{ param: 'members', value: 'KAZ', reason: 'ignored' }]);
  });

  it('names an unknown id and falls back to the member list', () => {
    const s = selectGroup({ group: 'wco-europe', members: 'kaz,XXX,KGZ' }, groups, isKnown);
    expect(s.group).toBeNull();
    expect(s.members).toEqual(['KAZ', 'KGZ']);
    expect(s.notices).toEqual([
      { param: 'group', value: 'wco-europe', reason: 'unknown' },
      { param: 'members', value: 'XXX', reason: 'invalid' },
    ]);
  });

  it('a user group of only bad codes is empty, every code named', () => {
    const s = selectGroup({ members: 'EU;ZZZ' }, groups, isKnown);
    expect(s.members).toEqual([]);
    expect(s.notices).toEqual([{ param: 'members', value: 'EU,ZZZ', reason: 'invalid' }]);
  });

  it('no parameter, no group and no notice', () => {
    expect(selectGroup({}, groups, isKnown)).toEqual({ group: null, members: [], notices: [] });
    expect(selectGroup({ group: ' ', members: '' }, groups, isKnown).notices).toEqual([]);
  });

  it('hostile values (seeded fuzz): never throws, keeps only known codes, quotes at most 60 characters', () => {
    const rng = mulberry32(16);
    const pieces = [
      'KAZ',
      'kgz',
      'XXX',
      '',
      ' ',
      ',',
      ';',
      '%2C',
      '<img src=x onerror=alert(1)>',
      '"',
      '\\',
      '\u0000',
      'é',
      '𝒳',
      'DEU'.repeat(50),
      'nsg',
      '../',
      '=',
      '&',
      '+',
      '\n',
      'USA',
    ];
    for (let i = 0; i < 2000; i++) {
      const value = () =>
        Array.from({ length: int(rng, 0, 12) }, () => pick(rng, pieces)).join(
          pick(rng, ['', ',', ' ']),
        );
      const params = {
        group: pick(rng, [null, value(), 'nsg', 'NSG ']),
        members: pick(rng, [null, value()]),
      };
      const s = selectGroup(params, groups, isKnown);
      for (const m of s.members)
        expect(KNOWN.has(m) || m === 'DEU' || m === 'USA', `case ${i}`).toBe(true);
      expect(new Set(s.members).size, `case ${i}`).toBe(s.members.length);
      for (const n of s.notices) expect(n.value.length, `case ${i}`).toBeLessThanOrEqual(60);
      if (s.group === null && (params.members ?? '').trim() !== '') {
        const parsed = parseMemberList(params.members ?? '', isKnown);
        expect(s.members, `case ${i}`).toEqual(parsed.members);
        expect(
          s.notices.some((n) => n.reason === 'invalid'),
          `case ${i}`,
        ).toBe(parsed.unknown.length > 0);
      }
    }
  });
});

describe('a country among its group, and flows between groups', () => {
  const totals = new Map([
    ['KAZ', 600],
    ['KGZ', 300],
    ['UZB', 100],
    ['TJK', 40],
  ]);

  it('gives rank, share and the median of the other members', () => {
    expect(standing(totals, CA, 'KGZ')).toEqual({
      rank: 2,
      of: 4,
      share: 300 / 1040,
      peersMedian: 100,
    });
    expect(standing(totals, CA, 'KAZ').peersMedian).toBe(100);
    expect(standing(totals, ['KAZ', 'KGZ', 'UZB'], 'UZB').peersMedian).toBe(450);
  });

  it('a member without data has no rank; a group of one has no peers', () => {
    expect(standing(totals, CA, 'TKM')).toEqual({
      rank: null,
      of: 4,
      share: null,
      peersMedian: 200,
    });
    expect(standing(totals, ['KAZ'], 'KAZ').peersMedian).toBeNull();
  });

  it('sums flows between groups and the rest, each country in the first group holding it', () => {
    const groups = [
      { id: 'ca', members: CA },
      { id: 'big', members: ['KAZ', 'RUS', 'CHN'] },
    ];
    const links = groupLinks(PAIRS, groups);
    expect(links).toEqual([
      { from: REST, to: REST, value: 1000 },
      { from: 'ca', to: 'big', value: 75 },
      { from: 'big', to: 'ca', value: 27 },
      { from: 'ca', to: 'ca', value: 10 },
    ]);
    const total = PAIRS.reduce((s, p) => s + p.value, 0);
    expect(links.reduce((s, l) => s + l.value, 0)).toBe(total);
  });

  it('expands one group into its members', () => {
    const links = groupLinks(PAIRS, [{ id: 'ca', members: CA }], 'ca');
    expect(links.filter((l) => l.from === 'KAZ')).toEqual([
      { from: 'KAZ', to: REST, value: 70 },
      { from: 'KAZ', to: 'KGZ', value: 10 },
    ]);
  });
});
