import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/schema/manifest.ts';
import {
  defaultState,
  parseState,
  serializeState,
  switchDataset,
} from '../../src/state/url-state.ts';
import { type AtlasState } from '../../src/state/params.ts';
import { parseCodeList } from '../../src/state/code-lists.ts';

const manifest = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/manifest.json'), 'utf8'),
) as Manifest;
const BACI = 'baci-hs22-v202501';

describe('URL state', () => {
  it('defaults come from the data: first dataset, its latest year and first list', () => {
    const d = defaultState(manifest);
    expect(d.dataset).toBe(BACI);
    expect(d.year).toBe(2023);
    expect(d.list).toBe('chpl');
    expect(serializeState(d, manifest)).toBe('');
  });

  it('writes only non-default values, and a dataset brings its own defaults', () => {
    const jrc = defaultState(manifest, 'jrc-nuclear');
    expect(jrc.year).toBe(2021);
    expect(jrc.list).toBe('jrc-nuclear');
    expect(serializeState(jrc, manifest)).toBe('?dataset=jrc-nuclear');
    expect(serializeState({ ...jrc, year: 2019, flow: 'import', cat: 'mining' }, manifest)).toBe(
      '?dataset=jrc-nuclear&year=2019&flow=import&cat=mining',
    );
  });

  it('round-trips every kind of parameter', () => {
    const states: AtlasState[] = [
      { ...defaultState(manifest), view: 'table', flow: 'import', metric: 'share', lang: 'ru' },
      { ...defaultState(manifest), list: 'indicative', cat: 'nuclear', embed: true },
      { ...defaultState(manifest), hs: '850440', lang: 'fr' },
      { ...defaultState(manifest), codes: ['284510', '840110'], vs: 'indicative' },
      {
        ...defaultState(manifest, 'jrc-nuclear'),
        year: 2018,
        metric: 'change',
        view: 'country',
        country: 'FRA',
      },
    ];
    for (const s of states) {
      const q = serializeState(s, manifest);
      const back = parseState(q, manifest);
      expect(back.notices, q).toEqual([]);
      expect(back.state, q).toEqual(s);
    }
  });

  it('falls back to defaults with a notice for each invalid or unknown parameter', () => {
    const { state, notices } = parseState(
      '?year=abc&flow=sideways&list=nope&metric=%3Cscript%3E&lang=de&foo=1&dataset=zzz&hs=12&embed=yes',
      manifest,
    );
    expect(state).toEqual(defaultState(manifest));
    const params = notices.map((n) => n.param).sort();
    expect(params).toEqual([
      'dataset',
      'embed',
      'flow',
      'foo',
      'hs',
      'lang',
      'list',
      'metric',
      'year',
    ]);
    expect(notices.find((n) => n.param === 'foo')?.reason).toBe('unknown');
  });

  it('reports values that exist but not for this dataset as unavailable', () => {
    // Every list applies to BACI (the HS2017 JRC list through the HS correlation table), so
    // the unavailable list is asked of the JRC dataset, which carries its own categories only.
    const { state, notices } = parseState('?dataset=jrc-nuclear&year=2023&list=chpl', manifest);
    expect(state.year).toBe(2021);
    expect(notices).toEqual([
      { param: 'year', value: '2023', reason: 'unavailable' },
      { param: 'list', value: 'chpl', reason: 'unavailable' },
    ]);
    expect(parseState('?dataset=jrc-nuclear&hs=284510', manifest).notices[0]?.reason).toBe(
      'unavailable',
    );
  });

  it('refuses change for the first year, which has no previous year', () => {
    const r = parseState('?dataset=jrc-nuclear&year=2017&metric=change', manifest);
    expect(r.state.metric).toBe('value');
    expect(r.notices.map((n) => n.param)).toEqual(['metric']);
  });

  it('switching dataset keeps what still applies', () => {
    const s = {
      ...defaultState(manifest),
      flow: 'import' as const,
      lang: 'es' as const,
      hs: '850440',
    };
    const j = switchDataset(s, manifest, 'jrc-nuclear');
    expect(j).toMatchObject({
      dataset: 'jrc-nuclear',
      flow: 'import',
      lang: 'es',
      hs: '',
      year: 2021,
      list: 'jrc-nuclear',
    });
  });
});

describe('parseCodeList', () => {
  it('reads codes however they are typed or pasted', () => {
    expect(parseCodeList('8401.10, 2844 40; 854231\n10121\t850440').codes).toEqual([
      '840110',
      '284440',
      '854231',
      '010121',
      '850440',
    ]);
    expect(parseCodeList('284510 840110').codes).toEqual(['284510', '840110']);
  });
  it('reports what it cannot read and drops repeats', () => {
    const r = parseCodeList('2845, 284510, abc, 284510, 1234567');
    expect(r.codes).toEqual(['284510']);
    expect(r.rejected).toEqual(['2845', 'abc', '1234567']);
  });
});

describe('group parameters', () => {
  it('keeps a group id in lower case and a member list as ISO3 codes, each once', () => {
    const g = parseState('?view=group&group=NSG', manifest);
    expect(g.state).toMatchObject({ view: 'group', group: 'nsg', members: [] });
    expect(g.notices).toEqual([]);
    const m = parseState('?view=group&members=kaz;KGZ kaz,tjk', manifest);
    expect(m.state.members).toEqual(['KAZ', 'KGZ', 'TJK']);
    expect(m.notices).toEqual([]);
    expect(serializeState(m.state, manifest)).toBe('?view=group&members=KAZ,KGZ,TJK');
  });

  it('names what it does not use: a malformed id, unknown codes, a list beside a group', () => {
    const bad = parseState('?group=<b>x</b>&view=regime', manifest);
    expect(bad.state.group).toBe('');
    expect(bad.state.view).toBe('regime');
    expect(bad.notices).toEqual([{ param: 'group', value: '<b>x</b>', reason: 'invalid' }]);
    const codes = parseState('?members=KAZ,ZZZ,EU', manifest);
    expect(codes.state.members).toEqual(['KAZ']);
    expect(codes.notices).toEqual([{ param: 'members', value: 'ZZZ,EU', reason: 'invalid' }]);
    const both = parseState('?group=central-asia&members=KAZ,KGZ', manifest);
    expect(both.state).toMatchObject({ group: 'central-asia', members: [] });
    expect(both.notices).toEqual([{ param: 'members', value: 'KAZ,KGZ', reason: 'ignored' }]);
  });
});
