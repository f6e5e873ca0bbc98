import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/schema/manifest.ts';
import { parseLang } from '../../src/state/lang.ts';
import { NOT_IN_STEP, PARAM_NAMES, PARAMS } from '../../src/state/params.ts';
import { stepQuery } from '../../src/state/tour.ts';
import {
  defaultState,
  normalizeState,
  parseState,
  serializeState,
  switchDataset,
} from '../../src/state/url-state.ts';

// Every check here is derived from the table of URL parameters, so a new row is covered by
// these tests as soon as it exists.
const manifest = JSON.parse(
  readFileSync(new URL('../../public/data/manifest.json', import.meta.url), 'utf8'),
) as Manifest;

describe('the table of URL parameters', () => {
  it('has one row per field of the state, each at its own place in a link', () => {
    expect([...PARAM_NAMES].sort()).toEqual(Object.keys(defaultState(manifest)).sort());
    const places = PARAM_NAMES.map((k) => PARAMS[k].link).sort((a, b) => a - b);
    expect(places).toEqual(PARAM_NAMES.map((_, i) => i + 1));
  });

  it('writes nothing for the defaults', () => {
    expect(serializeState(defaultState(manifest), manifest)).toBe('');
    for (const ds of manifest.datasets)
      expect(serializeState(defaultState(manifest, ds.id), manifest)).toBe(
        ds.id === defaultState(manifest).dataset ? '' : `?dataset=${ds.id}`,
      );
  });

  describe.each(PARAM_NAMES)('%s', (key) => {
    const row = PARAMS[key];

    it('reads its example without a notice, away from the default, and writes it back', () => {
      const { state, notices } = parseState(`?${row.example}`, manifest);
      expect(notices).toEqual([]);
      // The dataset is written against the default dataset; every other field against its own.
      const d = defaultState(manifest, key === 'dataset' ? undefined : state.dataset);
      expect(state[key]).not.toEqual(d[key]);
      const written = serializeState(state, manifest);
      expect(new URLSearchParams(written).get(key)).toBe(new URLSearchParams(row.example).get(key));
      // Round trip: the written link reads back as the same state, and writes the same link.
      const back = parseState(written, manifest);
      expect(back.notices).toEqual([]);
      expect(back.state).toEqual(state);
      expect(serializeState(back.state, manifest)).toBe(written);
      // A state read from a link is already normal.
      expect(normalizeState(state, manifest)).toBe(state);
    });

    it('leaves its default out of a link', () => {
      const d = defaultState(manifest);
      const w = { manifest, d, top: d };
      expect(row.write(d, w)).toBeNull();
    });

    it('refuses a value it cannot use, with a notice, and keeps the default', () => {
      const { state, notices } = parseState(`?${key}=%3Cx%3E`, manifest);
      expect(notices.map((n) => [n.param, n.value])).toEqual([[key, '<x>']]);
      expect(notices[0]?.reason).toMatch(/^(invalid|unavailable)$/);
      expect(state[key]).toEqual(defaultState(manifest)[key]);
    });

    it('is kept by a tour step unless the table says otherwise', () => {
      const q = stepQuery(`?${key}=1`);
      expect(q === '').toBe(NOT_IN_STEP.has(key));
      expect(NOT_IN_STEP.has(key)).toBe(!row.inStep);
    });

    it('survives a change of dataset as its rule says', () => {
      const { state } = parseState(`?${row.example}`, manifest);
      const same = switchDataset(state, manifest, state.dataset);
      if (row.onDataset === 'keep') expect(same[key]).toEqual(state[key]);
      if (row.onDataset === 'default')
        expect(same[key]).toEqual(defaultState(manifest, state.dataset)[key]);
    });

    it('is refused on views it does not belong to', () => {
      if (row.views === 'all') return;
      const other = ['map', 'country'].find((v) => !(row.views as readonly string[]).includes(v));
      const q = new URLSearchParams(row.example);
      q.set('view', other ?? 'map');
      const { state, notices } = parseState(`?${q}`, manifest);
      expect(notices.map((n) => `${n.param}:${n.reason}`)).toContain(`${key}:otherView`);
      expect(new URLSearchParams(serializeState(state, manifest)).has(key)).toBe(false);
    });
  });
});

describe('parseLang (the language before the manifest is read)', () => {
  it('reads the four languages and falls back to English for anything else', () => {
    expect(['?lang=fr', '?lang=es', '?x=1&lang=ru', '?lang=en'].map(parseLang)).toEqual([
      'fr',
      'es',
      'ru',
      'en',
    ]);
    // Missing, unknown, differently written or empty: English, never an error.
    expect(['', '?lang=de', '?lang=FR', '?lang=', '?lang=fr-FR'].map(parseLang)).toEqual([
      'en',
      'en',
      'en',
      'en',
      'en',
    ]);
    // The first of repeated values counts, as for every other parameter.
    expect(parseLang('?lang=es&lang=fr')).toBe('es');
  });
});
