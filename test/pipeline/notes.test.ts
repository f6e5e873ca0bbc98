import { describe, expect, it } from 'vitest';
import { datasetNotes } from '../../scripts/pipeline/notes.ts';

/** The manifest's notes are facts: the readers' words become reasons the app can word. */
describe('dataset notes as facts', () => {
  it('merges the reasons the atlas knows and keeps the words of one it does not', () => {
    const files: {
      aggregateReasons: Record<string, number>;
      aggregateValues: Record<string, number>;
      repairs: Record<string, number>;
    }[] = [
      {
        aggregateReasons: { 'HS4 heading total': 2, 'product total (heading)': 3 },
        aggregateValues: { 'HS4 heading total': 200, 'product total (heading)': 30 },
        repairs: { 'value rounded to the whole euro': 1 },
      },
      {
        aggregateReasons: {
          'exports after inward processing (already inside exports)': 4,
          'subtotal of a reader the atlas does not know': 1,
        },
        aggregateValues: {
          'exports after inward processing (already inside exports)': 7,
          'subtotal of a reader the atlas does not know': 3,
        },
        repairs: { 'value rounded to the dollar': 5, 'country code alias applied': 6 },
      },
    ];
    const conversion = { kind: 'conversion', list: 'l', to: 'HS2017', flows: 1, value: 9 } as const;
    expect(
      datasetNotes({ granularity: 'hs6', mirror: true }, files, [conversion], {
        productSubset: true,
      }),
    ).toEqual([
      { kind: 'upperBound' },
      { kind: 'mirror' },
      { kind: 'setAside', reason: 'exports-inward-processing', rows: 4, value: 7 },
      { kind: 'setAside', reason: 'hs4-heading', rows: 5, value: 230 },
      {
        kind: 'setAside',
        reason: 'other',
        rows: 1,
        value: 3,
        text: 'subtotal of a reader the atlas does not know',
      },
      { kind: 'repaired', reason: 'country-alias', rows: 6 },
      { kind: 'repaired', reason: 'value-rounded', rows: 6 },
      conversion,
      { kind: 'productSubset' },
    ]);
  });

  it('a category-level dataset says so, and nothing more than it has', () => {
    expect(
      datasetNotes({ granularity: 'category', mirror: false }, [], [], { productSubset: false }),
    ).toEqual([{ kind: 'upperBound' }, { kind: 'categoryOnly' }]);
  });
});
