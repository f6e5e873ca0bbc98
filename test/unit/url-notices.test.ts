/**
 * What a link gets told about each parameter it gives wrongly, one parameter at a time: the
 * kind of notice (a value the atlas never takes is "invalid"; a well-formed value this dataset
 * or view does not have is "unavailable"; a view's own setting given on another view is
 * "otherView"), and the state that falls back to the default. The expectations follow the
 * URL contract (README, design notes) against the embedded manifest: BACI 2023 (HS6, three
 * lists), Eurostat 2020-2022 monthly up to 2022-11, JRC 2017-2021 by category.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/schema/manifest.ts';
import {
  defaultState,
  NOTICE_TEXT_MAX,
  parseState,
  serializeState,
} from '../../src/state/url-state.ts';
import { type AtlasState } from '../../src/state/params.ts';
import { MAX_CODES } from '../../src/state/code-lists.ts';

const manifest = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/manifest.json'), 'utf8'),
) as Manifest;
const base = defaultState(manifest);
const jrc = defaultState(manifest, 'jrc-nuclear');
const euro = defaultState(manifest, 'eurostat-comext');

type Case = [string, [string, string, string][], Partial<AtlasState>?];

const CASES: Case[] = [
  ['?year=1999', [['year', '1999', 'unavailable']], { year: 2023 }],
  ['?year=20x3', [['year', '20x3', 'invalid']], { year: 2023 }],
  ['?dataset=jrc-nuclear&year=2019', [], { year: 2019 }],
  ['?dataset=jrc-nuclear&year2=2018', [], { year: 2021, year2: 2018 }],
  ['?dataset=jrc-nuclear&year2=2021', [['year2', '2021', 'unavailable']], { year2: 0 }],
  ['?dataset=jrc-nuclear&year2=1990', [['year2', '1990', 'unavailable']], { year2: 0 }],
  ['?dataset=jrc-nuclear&year2=last', [['year2', 'last', 'invalid']], { year2: 0 }],
  ['?list=indicative', [], { list: 'indicative' }],
  ['?list=nope', [['list', 'nope', 'invalid']], { list: 'chpl' }],
  ['?dataset=jrc-nuclear&list=chpl', [['list', 'chpl', 'unavailable']], { list: 'jrc-nuclear' }],
  ['?cat=TIER_2', [], { cat: 'TIER_2' }],
  ['?cat=mining', [['cat', 'mining', 'invalid']], { cat: '' }],
  ['?hs=854231', [], { hs: '854231' }],
  ['?hs=85423', [['hs', '85423', 'invalid']], { hs: '' }],
  ['?dataset=jrc-nuclear&hs=854231', [['hs', '854231', 'unavailable']], { hs: '' }],
  ['?codes=854231,880730', [], { codes: ['854231', '880730'] }],
  ['?codes=xyz', [['codes', 'xyz', 'invalid']], { codes: [] }],
  ['?dataset=jrc-nuclear&codes=854231', [['codes', '854231', 'unavailable']], { codes: [] }],
  ['?codes=854231,12x', [['codes', '12x', 'invalid']], { codes: ['854231'] }],
  ['?view=compare&vs=indicative', [], { vs: 'indicative' }],
  ['?view=compare&vs=nope', [['vs', 'nope', 'invalid']], { vs: '' }],
  ['?view=country&country=FRA', [], { country: 'FRA' }],
  ['?view=country&country=fra', [], { country: 'FRA' }],
  ['?view=country&country=XXX', [['country', 'XXX', 'invalid']], { country: '' }],
  ['?embed=1', [], { embed: true }],
  ['?embed=yes', [['embed', 'yes', 'invalid']], { embed: false }],
  ['?lang=fr', [], { lang: 'fr' }],
  ['?lang=de', [['lang', 'de', 'invalid']], { lang: 'en' }],
  ['?view=flows&top=3', [], { top: 3 }],
  ['?view=flows&top=50', [], { top: 50 }],
  ['?view=flows&top=2', [['top', '2', 'invalid']], { top: 20 }],
  ['?view=flows&top=51', [['top', '51', 'invalid']], { top: 20 }],
  ['?top=10', [['top', '10', 'otherView']], { top: 20 }],
  ['?chart=sankey', [['chart', 'sankey', 'otherView']], { chart: 'flowmap' }],
  ['?view=flows&chart=pie', [['chart', 'pie', 'invalid']], { chart: 'flowmap' }],
  ['?dir=import', [['dir', 'import', 'otherView']], { dir: 'both' }],
  ['?view=flows&dir=import', [], { dir: 'import' }],
  ['?step=2', [['step', '2', 'unavailable']], { step: 0 }],
  ['?present=1', [['present', '1', 'unavailable']], { present: false }],
  ['?present=2', [['present', '2', 'invalid']], { present: false }],
  ['?tour=@@', [['tour', '@@', 'invalid']], { tour: '' }],
  ['?metric=change', [['metric', 'change', 'unavailable']], { metric: 'value' }],
  ['?dataset=jrc-nuclear&metric=change', [], { metric: 'change' }],
  ['?colour=red', [['colour', 'red', 'unknown']]],
  ['?year=2023&year=2022', [['year', '2022', 'repeated']], { year: 2023 }],
  ['?year=2023&year=2023', [], { year: 2023 }],
];

describe('a notice for every parameter given wrongly, and the default in its place', () => {
  for (const [search, notices, state] of CASES) {
    it(search, () => {
      const r = parseState(search, manifest);
      expect(r.notices.map((n) => [n.param, n.value, n.reason])).toEqual(notices);
      if (state) expect(r.state).toMatchObject(state);
    });
  }

  it('the default dataset defaults and another dataset brings its own', () => {
    expect(base).toMatchObject({ dataset: 'baci-hs22-v202501', year: 2023, list: 'chpl' });
    expect(jrc).toMatchObject({ dataset: 'jrc-nuclear', year: 2021, list: 'jrc-nuclear' });
    expect(euro).toMatchObject({ dataset: 'eurostat-comext', year: 2022, list: 'chpl' });
  });

  it(`at most ${MAX_CODES} own codes; the rest are named as too many`, () => {
    const codes = Array.from({ length: MAX_CODES + 2 }, (_, i) => String(100000 + i));
    const r = parseState(`?codes=${codes.join(',')}`, manifest);
    expect(r.state.codes).toEqual(codes.slice(0, MAX_CODES));
    expect(r.notices.map((n) => [n.param, n.value, n.reason])).toEqual([
      ['codes', codes.slice(MAX_CODES).join(','), 'tooMany'],
    ]);
  });

  it(`a parameter or value longer than ${NOTICE_TEXT_MAX} characters is cut in the notice`, () => {
    const long = 'x'.repeat(NOTICE_TEXT_MAX + 5);
    const [n] = parseState(`?lang=${long}`, manifest).notices;
    expect(n?.value).toBe(`${'x'.repeat(NOTICE_TEXT_MAX - 1)}…`);
    const [m] = parseState(`?lang=${'y'.repeat(NOTICE_TEXT_MAX)}`, manifest).notices;
    expect(m?.value).toBe('y'.repeat(NOTICE_TEXT_MAX));
  });

  it('a second year equal to the first is not written back', () => {
    expect(serializeState({ ...jrc, year2: 2018 }, manifest)).toBe(
      '?dataset=jrc-nuclear&year2=2018',
    );
    expect(serializeState({ ...jrc, year2: 2021 }, manifest)).toBe('?dataset=jrc-nuclear');
  });
});
