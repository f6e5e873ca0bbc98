import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Matrix } from '../../src/charts/chord/Matrix.tsx';
import { FlowMap } from '../../src/charts/flowmap/FlowMap.tsx';
import { layoutFlowMap } from '../../src/charts/flowmap/layout.ts';
import { Strip } from '../../src/charts/strip/Strip.tsx';
import { TimeSeries } from '../../src/charts/timeseries/TimeSeries.tsx';
import { Trend } from '../../src/charts/trend/Trend.tsx';
import { formatMoney } from '../../src/format/number.ts';
import type { Lang } from '../../src/schema/manifest.ts';
import { ALL, KEYS, pluralBlocks } from './i18n-catalogues.ts';

/**
 * Issue 14: typography and figures. French puts a no-break space before a colon and inside
 * guillemets and a narrow no-break space before ; ? ! and %, with typographic apostrophes and
 * digits grouped by a narrow no-break space; Russian quotes with «ёлочки» and sets off a clause
 * with an em dash; Spanish opens a question or exclamation with ¿ ¡. One style per language
 * for the same kind of figure.
 */
const NBSP = '\u00a0';
const NNBSP = '\u202f';
/** Text a reader sees: plural blocks flattened to their forms, placeholders left out. */
const texts = (s: string): string[] => {
  const blocks = pluralBlocks(s);
  if (blocks.length === 0) return [s.replace(/\{\w+\}/g, 'X')];
  const forms = blocks.flatMap((b) => [...b.forms.values()]);
  let rest = s;
  for (const b of [...blocks].reverse()) rest = rest.slice(0, b.start) + 'X' + rest.slice(b.end);
  return [rest, ...forms].map((x) => x.replace(/\{\w+\}/g, 'X').replace(/#/g, '2'));
};
const all = (lang: 'fr' | 'es' | 'ru') =>
  KEYS.flatMap((k) => texts(ALL[lang][k] ?? '').map((text) => ({ k, text })));

describe('typography (issue 14)', () => {
  it('French: no-break spaces before : ; ? ! % and inside « », typographic apostrophes', () => {
    const bad: string[] = [];
    for (const { k, text } of all('fr')) {
      if (/ [:;?!»]|\d %/.test(text)) bad.push(`${k}: plain space before punctuation: ${text}`);
      if (/« /.test(text)) bad.push(`${k}: plain space after «: ${text}`);
      // Punctuation glued to a word ("data:build" and addresses are code, not prose).
      if (/[^\s\u00a0\u202f][:;?!](?=\s|$)/.test(text))
        bad.push(`${k}: no space before punctuation: ${text}`);
      if (new RegExp(`${NNBSP}:|${NBSP}[;?!]`).test(text))
        bad.push(`${k}: wrong kind of space: ${text}`);
      if (/\p{L}'\p{L}/u.test(text)) bad.push(`${k}: straight apostrophe: ${text}`);
      if (/\d \d{3}(?!\d)/.test(text)) bad.push(`${k}: digits grouped by a plain space: ${text}`);
    }
    expect(bad).toEqual([]);
  });

  it('Russian: «ёлочки», no straight or English quotes', () => {
    // rmFmtJson shows a JSON sample, whose quotes are code.
    const bad = all('ru').filter(({ k, text }) => k !== 'rmFmtJson' && /["“”„]/.test(text));
    expect(bad).toEqual([]);
  });

  it('Spanish: a question or exclamation opens with ¿ or ¡', () => {
    const bad: string[] = [];
    for (const { k, text } of all('es'))
      for (const sentence of text.split(/(?<=[.:;])\s+/)) {
        if (sentence.includes('?') && !sentence.includes('¿')) bad.push(`${k}: ${sentence}`);
        if (sentence.includes('!') && !sentence.includes('¡')) bad.push(`${k}: ${sentence}`);
      }
    expect(bad).toEqual([]);
  });

  it('Spanish: thousands of millions in one style ("6 mil M US$", never "5998,4 M")', () => {
    for (const v of [1e9, 5.9984e9, 9.99e9, 3.77e10, 9.9e11]) {
      const s = formatMoney(v, 'USD', 'es');
      expect(s, String(v)).toMatch(/^\d{1,3}(?:,\d)?\smil\sM\sUS\$$/);
    }
    expect(formatMoney(5.5e6, 'EUR', 'es')).toMatch(/^5,5\sM\s€$/);
    // No trailing zero: "1 M", not "1,0 M".
    expect(formatMoney(1e6, 'USD', 'fr')).toMatch(/^1\sM\s\$US$/);
  });

  it('French: chart tooltips and accessible names built in code keep the no-break spaces', () => {
    const value = (v: number) => `${v}\u202f$`;
    const render = (lang: Lang) => [
      renderToStaticMarkup(
        createElement(Trend, {
          years: [2021, 2022],
          series: [{ id: 'export', label: 'Exportations', className: 'tr-export' }],
          values: [[10, 20]],
          breaks: [],
          highlight: [],
          title: 'T',
          summary: 'S',
          formatTick: value,
          formatValue: value,
          tableCaption: 'C',
          yearHeader: 'Année',
          highlightNote: 'n',
          lang,
        }),
      ),
      renderToStaticMarkup(
        createElement(Strip, {
          points: [{ id: 'FRA', label: 'France', value: 5 }],
          median: 5,
          highlight: [],
          title: 'T',
          summary: 'S',
          medianLabel: 'médiane',
          formatTick: value,
          formatValue: value,
          tableToggle: 'Tableau',
          tableCaption: 'C',
          head: ['Pays', 'Valeur', 'Rapport'],
          extra: () => '1',
          lang,
        }),
      ),
      renderToStaticMarkup(
        createElement(TimeSeries, {
          points: [{ key: '2022-03', year: 2022, month: 3, values: [1, 2] }],
          series: [
            { id: 'export', label: 'Exportations', className: 'ts-export' },
            { id: 'import', label: 'Importations', className: 'ts-import' },
          ],
          breaks: [],
          title: 'T',
          summary: 'S',
          formatTick: value,
          formatValue: value,
          pointLabel: () => 'mars 2022',
          selectedKey: '',
          selectedNote: '',
          monthLink: () => ({ href: '#', onClick: () => undefined }),
          onSelect: () => undefined,
          tableToggle: 'Tableau',
          tableCaption: 'C',
          tableHint: 'H',
          monthHeader: 'Mois',
          lang,
        }),
      ),
      renderToStaticMarkup(
        createElement(Matrix, {
          rows: ['FRA'],
          cols: ['DEU'],
          cells: [[3]],
          rowTotals: [3],
          colTotals: [3],
          total: 3,
          caption: 'C',
          hint: 'H',
          corner: 'X',
          totalLabel: 'Total',
          name: (k: string) => (k === 'FRA' ? 'France' : 'Allemagne'),
          format: value,
          cellLabel: () => 'cellule',
          lang,
        }),
      ),
      renderToStaticMarkup(
        createElement(FlowMap, {
          layout: layoutFlowMap(
            [{ exporter: 'FRA', importer: 'DEU', value: 3 }],
            new Map<string, [number, number]>([
              ['FRA', [10, 10]],
              ['DEU', [50, 20]],
            ]),
            { width: 100, height: 50 },
          ),
          base: [],
          title: 'T',
          describe: () => ({ title: 'France → Allemagne', lines: ['3\u202f$', '100\u202f%'] }),
          kind: () => 'out' as const,
          arcsLabel: 'Flux',
          lang,
        }),
      ),
    ];
    const spoken = (html: string) =>
      [...html.matchAll(/<title>([^<]*)<\/title>|aria-label="([^"]*)"/g)].map(
        (m) => m[1] ?? m[2] ?? '',
      );
    const fr = render('fr').flatMap(spoken);
    const withColon = fr.filter((x) => x.includes(':'));
    // Each of the five charts says at least one "label: value".
    expect(withColon.length).toBeGreaterThanOrEqual(5);
    const bad = fr.filter((x) => / [:;]|[^\s\u00a0\u202f][:;](?=\s|$)/.test(x));
    expect(bad).toEqual([]);
    expect(fr.filter((x) => x.includes(';'))).toEqual(
      expect.arrayContaining([expect.stringContaining('\u202f; ')]),
    );
    // English keeps its own punctuation.
    const en = render('en').flatMap(spoken);
    expect(en.filter((x) => /[\u00a0\u202f][:;]/.test(x))).toEqual([]);
  });
});
