import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetCoverage, datasetNotes } from '../../src/i18n/notes.ts';
import type { Manifest } from '../../src/schema/manifest.ts';
import './i18n-catalogues.ts';

/**
 * Issue 14: the build's texts about a dataset (notes, coverage) are worded in the reader's
 * language from the manifest's facts; the embedded data's every note and coverage clause is.
 */
const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as Manifest;

describe('dataset notes and coverage in the reader’s language', () => {
  for (const lang of ['fr', 'es', 'ru'] as const)
    it(`${lang}: every note and coverage clause of the embedded datasets`, () => {
      for (const ds of manifest.datasets) {
        const notes = datasetNotes(ds, manifest.lists, lang);
        expect(notes.length, ds.id).toBeGreaterThanOrEqual(ds.notes.length);
        for (const n of notes) {
          expect(n.quoted, `${ds.id}: ${n.text}`).toBe(false);
          expect(n.text).not.toMatch(/\b(?:rows|the|list|upper bound|convert)\b|HS20\d\d|\{|\}/);
        }
        if (ds.coverage) {
          const c = datasetCoverage(ds, lang);
          expect(c, ds.id).not.toBeNull();
          expect(c).not.toMatch(/\b(?:the|only|exports|declared)\b|HS20\d\d/);
        }
      }
    });

  it('English stays as built, and an unknown note is quoted as published', () => {
    const ds = manifest.datasets[0];
    if (!ds) throw new Error('no dataset');
    expect(datasetNotes(ds, manifest.lists, 'en').map((n) => n.text)).toEqual(ds.notes);
    const odd = { ...ds, notes: ['A national file’s own words.'] };
    expect(datasetNotes(odd, manifest.lists, 'fr')).toEqual([
      { text: 'A national file’s own words.', quoted: true, kind: 'other' },
    ]);
    expect(datasetCoverage({ ...ds, id: 'unknown', coverage: 'partners A and B' }, 'ru')).toBe(
      null,
    );
  });
});
