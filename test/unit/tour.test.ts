import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/schema/manifest.ts';
import { defaultState, parseState, serializeState } from '../../src/state/url-state.ts';
import { problemText, stepCheck, stepPatch } from '../../src/workshop/store.ts';
import { translate } from '../../src/i18n/messages.ts';
import {
  addStep,
  decodeTour,
  editStep,
  EMPTY_TOUR,
  encodeTour,
  moveStep,
  removeStep,
  stepQuery,
  tourFromJson,
  tourToJson,
  type Tour,
} from '../../src/state/tour.ts';
import { LIMITS, toBase64Url, TOUR_FORMAT } from '../../src/state/tour-format.ts';

const manifest = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/manifest.json'), 'utf8'),
) as Manifest;

const step = (q: string, title = '', note = '') => ({ q, title, note });
const three: Tour = {
  steps: [
    step('', 'Carte', 'Exportations stratégiques'),
    step('view=country&country=FRA', 'France', 'Partenaires « principaux »\nligne 2'),
    step('view=product&hs=284510', 'Eau lourde — Тяжёлая вода'),
  ],
};
const titles = (t: Tour) => t.steps.map((s) => s.title);

describe('tour model', () => {
  it('adds, edits, reorders and removes steps without changing the input', () => {
    let t = addStep(EMPTY_TOUR, step('?view=map&lang=fr&embed=1', 'A'));
    expect(t.steps[0]).toEqual(step('view=map', 'A'));
    t = addStep(t, step('?view=country&country=FRA&tour=abc&step=2&present=1', 'B'));
    t = addStep(t, step('view=flows', 'C'));
    expect(t.steps[1]?.q).toBe('view=country&country=FRA');
    const before = JSON.stringify(t);
    expect(titles(moveStep(t, 2, -1))).toEqual(['A', 'C', 'B']);
    expect(titles(moveStep(t, 0, 1))).toEqual(['B', 'A', 'C']);
    expect(moveStep(t, 0, -1)).toBe(t); // already first
    expect(moveStep(t, 2, 1)).toBe(t); // already last
    expect(titles(removeStep(t, 1))).toEqual(['A', 'C']);
    expect(removeStep(t, 7)).toBe(t);
    const e = editStep(t, 1, { title: 'Bee', note: 'n' });
    expect(e.steps[1]).toEqual(step('view=country&country=FRA', 'Bee', 'n'));
    expect(editStep(t, 0, { title: 'x'.repeat(500) }).steps[0]?.title).toHaveLength(LIMITS.title);
    expect(JSON.stringify(t)).toBe(before);
  });

  it('stops at the step limit', () => {
    let t = EMPTY_TOUR;
    for (let i = 0; i < LIMITS.steps; i++) t = addStep(t, step(`view=map&year=${i}`));
    expect(addStep(t, step('view=table'))).toBe(t);
  });

  it('keeps only the view parameters of a URL', () => {
    expect(stepQuery('?view=country&country=FRA&lang=ru&present=1')).toBe(
      'view=country&country=FRA',
    );
    expect(stepQuery('?codes=284510,840110')).toBe('codes=284510,840110');
  });
});

describe('tour in the URL', () => {
  it('round-trips through a compact base64url parameter (accents, Cyrillic, new lines)', () => {
    const { param, tooLong } = encodeTour(three);
    expect(tooLong).toBe(false);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(param.length).toBeLessThan(400);
    expect(decodeTour(param)).toEqual({ tour: three, problems: [] });
    // And through the atlas's URL state, beside the view's own parameters.
    const s = { ...defaultState(manifest), view: 'country' as const, country: 'FRA', tour: param };
    const q = serializeState({ ...s, step: 2, present: true }, manifest);
    expect(q).toBe(`?view=country&country=FRA&tour=${param}&step=2&present=1`);
    const back = parseState(q, manifest);
    expect(back.notices).toEqual([]);
    expect(back.state).toEqual({ ...s, step: 2, present: true });
  });

  it('refuses a tour too long for a link', () => {
    let t = EMPTY_TOUR;
    for (let i = 0; i < 10; i++) t = addStep(t, step('view=map', `T${i}`, 'n'.repeat(1500)));
    expect(encodeTour(t)).toEqual({ param: '', tooLong: true });
    expect(encodeTour(EMPTY_TOUR)).toEqual({ param: '', tooLong: false });
  });

  it('reports a damaged parameter, and URL state rejects what is not base64url', () => {
    expect(decodeTour('!!!').problems).toEqual([{ code: 'encoding' }]);
    expect(decodeTour(toBase64Url('{"v":1,"s":[["view=map"],')).problems).toEqual([
      { code: 'encoding' },
    ]);
    expect(decodeTour(toBase64Url('{"v":9,"s":[]}')).problems).toEqual([{ code: 'version' }]);
    expect(decodeTour(toBase64Url('[1]')).problems).toEqual([{ code: 'format' }]);
    const { notices, state } = parseState('?tour=a%20b&step=2&present=1', manifest);
    expect(state.tour).toBe('');
    expect(notices.map((n) => `${n.param}:${n.reason}`)).toEqual([
      'tour:invalid',
      'step:unavailable',
      'present:unavailable',
    ]);
  });
});

describe('tour as a JSON file', () => {
  it('round-trips', () => {
    const json = tourToJson(three);
    expect(JSON.parse(json)).toMatchObject({ format: TOUR_FORMAT, version: 1 });
    expect(JSON.parse(json).steps[1].view).toBe('?view=country&country=FRA');
    expect(tourFromJson(json, stepCheck(manifest))).toEqual({ tour: three, problems: [] });
  });

  it('refuses what is not a tour, with the reason', () => {
    expect(tourFromJson('{"format": ').problems).toEqual([{ code: 'json' }]);
    expect(tourFromJson('{"steps": []}').problems).toEqual([{ code: 'format' }]);
    expect(tourFromJson(JSON.stringify({ format: TOUR_FORMAT, version: 2, steps: [] }))).toEqual({
      tour: null,
      problems: [{ code: 'version' }],
    });
    expect(tourFromJson(JSON.stringify({ format: TOUR_FORMAT, version: 1 })).problems).toEqual([
      { code: 'noSteps' },
    ]);
    expect(tourFromJson(' '.repeat(LIMITS.file + 1)).problems).toEqual([{ code: 'tooLarge' }]);
  });

  it('reports every invalid step instead of dropping it silently', () => {
    const json = JSON.stringify({
      format: TOUR_FORMAT,
      version: 1,
      steps: [
        { view: '?view=country&country=FRA', title: 'ok' },
        'not a step',
        { title: 'no view' },
        { view: '?view=map', title: 42 },
        { view: '?view=map', note: 'x'.repeat(LIMITS.note + 1) },
        { view: '?view=map&year=1850&colour=red', title: 'kept, with a warning' },
        { view: 'has spaces in it' },
      ],
    });
    const r = tourFromJson(json, stepCheck(manifest));
    expect(titles(r.tour as Tour)).toEqual(['ok', 'kept, with a warning']);
    expect(r.problems).toEqual([
      { code: 'stepShape', step: 2 },
      { code: 'stepView', step: 3 },
      { code: 'stepTitle', step: 4 },
      { code: 'stepNote', step: 5 },
      { code: 'stepParams', step: 6, params: 'colour=red, year=1850' },
      { code: 'stepView', step: 7 },
    ]);
    const t = (k: Parameters<typeof translate>[1], v?: Parameters<typeof translate>[2]) =>
      translate('fr', k, v);
    expect(problemText(r.problems[4] as never, t)).toContain('colour=red, year=1850');
    expect(problemText({ code: 'stepShape', step: 2 }, t)).toBe(
      'L’étape 2 n’est pas une étape\u00a0: écartée.',
    );
  });

  it('a step shows its view in the current language, in the tour', () => {
    const param = encodeTour(three).param;
    const s = { ...defaultState(manifest), lang: 'fr' as const, tour: param };
    const p = stepPatch(three, 2, manifest, s);
    expect(p).toMatchObject({ view: 'country', country: 'FRA', lang: 'fr', tour: param, step: 2 });
  });
});
