import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Lang, Manifest } from '../../src/schema/manifest.ts';
import { translate } from '../../src/i18n/messages.ts';
import { defaultState } from '../../src/state/url-state.ts';
import type { AtlasState } from '../../src/state/params.ts';
import { Controls } from '../../src/ui/Controls.tsx';

const manifest = JSON.parse(
  readFileSync(new URL('../../public/data/manifest.json', import.meta.url), 'utf8'),
) as Manifest;
const BACI = 'baci-hs22-v202501';
const JRC = 'jrc-nuclear';

/** Server markup: enough to check labels and ARIA without a browser (effects do not run). */
function render(state: Partial<AtlasState>, lang: Lang = 'en', m: Manifest = manifest): string {
  const s = { ...defaultState(m, state.dataset), ...state, lang };
  return renderToStaticMarkup(
    createElement(Controls, {
      manifest: m,
      state: s,
      update: () => undefined,
      t: (key, vars) => translate(lang, key, vars),
      lang,
      nameOf: (iso3: string) => iso3,
    }),
  );
}

const attr = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]);

describe('Controls markup', () => {
  it('labels every select, input and textarea', () => {
    const html = render({ dataset: BACI });
    const ids = attr(html, /<(?:select|textarea|input)[^>]*\bid="([^"]+)"/g);
    expect(ids.length).toBeGreaterThanOrEqual(6);
    for (const id of ids) {
      const labelled = html.includes(`for="${id}"`);
      const inFieldset = new RegExp(`<fieldset[^>]*>\\s*<legend>.*?id="${id}"`).test(html);
      expect(labelled || inFieldset, id).toBe(true);
    }
    // Radios are labelled by wrapping labels inside legends' fieldsets.
    expect(html.match(/type="radio"/g)?.length).toBe(5);
    expect(html.match(/<legend>/g)?.length).toBe(2);
  });

  it('never uses a positive tabindex', () => {
    for (const ds of [BACI, JRC]) {
      const html = render({ dataset: ds });
      for (const v of attr(html, /tabindex="(-?\d+)"/gi)) expect(Number(v)).toBeLessThanOrEqual(0);
    }
  });

  it('renders the HS search as a WAI-ARIA combobox controlling a listbox', () => {
    const html = render({ dataset: BACI });
    const input = html.match(/<input[^>]*role="combobox"[^>]*>/)?.[0] ?? '';
    expect(input).toContain('aria-expanded="false"');
    expect(input).toContain('aria-autocomplete="list"');
    const controls = input.match(/aria-controls="([^"]+)"/)?.[1];
    expect(controls).toBeTruthy();
    expect(html).toMatch(new RegExp(`<ul[^>]*id="${controls}"[^>]*role="listbox"`));
  });

  it('calls CHPL groups tiers and offers the whole list first', () => {
    const html = render({ dataset: BACI, list: 'chpl' });
    expect(html).toContain('>Tier</label>');
    expect(html).toContain('<option value="" selected="">Whole list</option>');
    expect(html).toContain('Tier 1: integrated circuits');
    expect(render({ dataset: BACI, list: 'indicative' })).toContain('>Category</label>');
  });

  it('marks categories outside the list total', () => {
    const html = render({ dataset: JRC, cat: 'ignore' });
    expect(html).toContain('Not fuel-cycle specific (JRC: ignore) (not in the list total)');
    expect(html).toContain('not in the list total: the list’s publisher');
  });

  it('hides HS search and ad-hoc codes for a category-level dataset, saying why', () => {
    const html = render({ dataset: JRC });
    expect(html).not.toContain('role="combobox"');
    expect(html).not.toContain('<textarea');
    expect(html).toContain(translate('en', 'ctlHsCategoryOnly'));
    expect(render({ dataset: BACI })).toContain('<textarea');
  });

  it('disables change in a first year with the reason, and the year buttons at the ends', () => {
    const changeRadio = (html: string) => html.match(/<input[^>]*value="change"[^>]*>/)?.[0] ?? '';
    const first = render({ dataset: JRC, year: 2017 });
    expect(changeRadio(first)).toContain('disabled=""');
    expect(first).toContain('2017 is the first year of this dataset');
    expect(first).toMatch(/<button[^>]*aria-label="Previous year"[^>]*disabled=""/);
    expect(first).not.toMatch(/<button[^>]*aria-label="Next year"[^>]*disabled=""/);
    const mid = render({ dataset: JRC, year: 2019 });
    expect(changeRadio(mid)).not.toBe('');
    expect(changeRadio(mid)).not.toContain('disabled');
    expect(mid).not.toMatch(/<button[^>]*disabled=""/);
  });

  it('shows the applied code count and the selected code', () => {
    const html = render({ dataset: BACI, codes: ['840110', '284450'], hs: '' });
    expect(html).toContain('2 codes applied.');
    expect(html).toContain('8401.10, 2844.50</textarea>');
    expect(render({ dataset: BACI, hs: '840110' })).toContain('Selected code: 8401.10');
  });

  it('renders data strings as text, never as markup', () => {
    const m = structuredClone(manifest);
    const chpl = m.lists.find((l) => l.id === 'chpl');
    if (!chpl?.categories[0]) throw new Error('chpl has no categories');
    chpl.categories[0].label = '<img src=x onerror=alert(1)>';
    const html = render({ dataset: BACI, list: 'chpl' }, 'en', m);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('speaks the chosen language', () => {
    expect(render({ dataset: BACI }, 'fr')).toContain('>Jeu de données</label>');
    expect(render({ dataset: BACI }, 'ru')).toContain('>Набор данных</label>');
    expect(render({ dataset: BACI, list: 'chpl' }, 'es')).toContain('>Nivel</label>');
  });
});
