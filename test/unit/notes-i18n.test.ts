import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  datasetCoverage,
  datasetNotes,
  datasetReach,
  notAppliedReason,
} from '../../src/i18n/notes.ts';
import { datasetTitle } from '../../src/i18n/names.ts';
import type { DatasetNote, Manifest } from '../../src/schema/manifest.ts';
import './i18n-catalogues.ts';

/**
 * The build writes facts about a dataset (notes, inputCoverage), not sentences; the app words
 * them in the reader's language. Every note and coverage clause of the embedded data is.
 */
const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as Manifest;

describe('dataset notes and coverage in the reader’s language', () => {
  it('the manifest holds facts: no note is an English sentence', () => {
    for (const ds of manifest.datasets)
      for (const n of ds.notes) {
        expect(typeof n, ds.id).toBe('object');
        // Only a reason the atlas has no words for keeps the build's English.
        if ('text' in n) expect(n).toMatchObject({ reason: 'other' });
      }
  });

  for (const lang of ['fr', 'es', 'ru'] as const)
    it(`${lang}: every note and coverage clause of the embedded datasets`, () => {
      for (const ds of manifest.datasets) {
        const notes = datasetNotes(ds, manifest.lists, lang);
        expect(notes.length, ds.id).toBeGreaterThanOrEqual(ds.notes.length);
        for (const n of notes) {
          expect(n.quoted, `${ds.id}: ${n.text}`).toBe(false);
          expect(n.text).not.toMatch(
            /\b(?:rows?|the|list|upper bound|converted|value|rounded)\b|HS20\d\d|\{|\}/,
          );
        }
        const c = datasetCoverage(ds, lang);
        if (ds.coverage || ds.inputCoverage.productSubset) {
          expect(c, ds.id).not.toBeNull();
          expect(c).not.toMatch(/\b(?:the|only|exports|declared|of|in)\b|HS20\d\d/);
        } else expect(c).toBeNull();
        if (ds.coverage) expect(datasetReach(ds, lang), ds.id).not.toBeNull();
        // Why a list does not apply is a fact too (the JRC data give only their own categories).
        for (const n of ds.listsNotApplied) {
          expect(typeof n.reason, ds.id).toBe('object');
          expect(notAppliedReason(n.reason, manifest.lists, lang)).not.toMatch(
            /\b(?:the|gives|only|list|categories|HS)\b|HS20\d\d/,
          );
        }
      }
    });

  it('English is worded from the same facts', () => {
    const eu = manifest.datasets.find((d) => d.id === 'eurostat-comext');
    if (!eu) throw new Error('no Eurostat dataset');
    const en = datasetNotes(eu, manifest.lists, 'en').map((n) => n.text);
    expect(en[0]).toBe(
      'Values under an HS code are an upper bound on strategic trade: a code also covers goods that are not controlled.',
    );
    expect(en).toContainEqual(
      expect.stringMatching(
        /^[\d,]+ rows, worth [\d,]+\u00a0EUR, repeat what other rows hold and were not added: HS4 heading total \(the CN8 rows under it are the detail\)\.$/,
      ),
    );
    expect(datasetCoverage(eu, 'en')).toMatch(
      /^exports declared by the 27 EU member states .*\(chapters 28-90\); only the HS6 codes in the input \(a product subset: [\d,]+ of 5,388 in HS2017, [\d,]+ of 5,614 in HS2022\): totals cover these codes only$/,
    );
  });

  it('a Comtrade build: title and reach in each language, from the dataset id', () => {
    const ds = manifest.datasets[0];
    if (!ds) throw new Error('no dataset');
    for (const id of ['comtrade-legacy', 'comtrade-plus-monthly']) {
      const comtrade = {
        ...ds,
        id,
        title: 'UN Comtrade (…), HS6, …, as reported by each country',
        coverage:
          'the reporters, partners and codes of the Comtrade files supplied (each row as its reporter declared it)',
      };
      for (const lang of ['fr', 'es', 'ru'] as const) {
        expect(datasetReach(comtrade, lang), `${id} ${lang}`).toMatch(/Comtrade/);
        expect(datasetReach(comtrade, lang)).not.toMatch(/\b(?:the|reporters|supplied)\b/);
        expect(datasetTitle(comtrade, lang)).toMatch(/^UN Comtrade \(/);
        expect(datasetTitle(comtrade, lang)).not.toMatch(/\b(?:as reported|annual|monthly)\b/);
      }
    }
    expect(datasetTitle({ ...ds, id: 'comtrade-plus-monthly' }, 'fr')).toBe(
      'UN Comtrade (API ou fichiers en vrac de Comtrade Plus), SH6, mensuel, tel que déclaré par chaque pays',
    );
  });

  it('a reason the atlas cannot word is the whole note in English, quoted', () => {
    const ds = manifest.datasets[0];
    if (!ds) throw new Error('no dataset');
    const notes: DatasetNote[] = [
      {
        kind: 'setAside',
        rows: 1,
        value: 1234567,
        reason: 'other',
        text: 'exports after inward processing',
      },
      { kind: 'repaired', rows: 3, reason: 'value-rounded' },
    ];
    expect(datasetNotes({ ...ds, notes, currency: 'EUR' }, manifest.lists, 'fr')).toEqual([
      {
        text: '1 row, worth 1,234,567\u00a0EUR, repeats what other rows hold and was not added: exports after inward processing.',
        quoted: true,
        kind: 'aggregates',
      },
      {
        text: '3 lignes corrigées\u00a0: valeur arrondie à l’unité (EUR) (voir build-report.json).',
        quoted: false,
        kind: 'repairs',
      },
    ]);
    expect(datasetReach({ ...ds, id: 'unknown', coverage: 'partners A and B' }, 'ru')).toBe(null);
    // One reporter's file: worded from the fact, with the reporter's name in the language.
    const kosovo = {
      ...ds,
      id: 'national',
      reporter: {
        iso3: 'XKX',
        flow: 'export' as const,
        names: { en: 'Kosovo', fr: 'Kosovo', es: 'Kosovo', ru: 'Косово' },
      },
    };
    expect(datasetReach(kosovo, 'en')).toBe('exports reported by one country only: Kosovo');
    expect(datasetReach(kosovo, 'fr')).toBe(
      'exportations déclarées par un seul pays\u00a0: Kosovo',
    );
    expect(datasetReach(kosovo, 'ru')).toBe('экспорт по данным одной страны: Косово');
    expect(
      datasetCoverage(
        {
          ...ds,
          id: 'unknown',
          coverage: 'partners A and B',
          inputCoverage: { ...ds.inputCoverage, productSubset: false },
        },
        'ru',
      ),
    ).toBe('partners A and B');
  });
});
