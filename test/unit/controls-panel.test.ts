import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DatasetMeta, ListMeta, Manifest } from '../../src/schema/manifest.ts';
import { defaultState } from '../../src/state/url-state.ts';
import { categoryTerm, datasetLists, yearNeighbours } from '../../src/ui/controls/panel.ts';
import { datasetPatch, listPatch, yearPatch } from '../../src/state/transitions.ts';
import { changeAvailable } from '../../src/state/calendar.ts';

const manifest = JSON.parse(
  readFileSync(new URL('../../public/data/manifest.json', import.meta.url), 'utf8'),
) as Manifest;
const BACI = 'baci-hs22-v202501';
const JRC = 'jrc-nuclear';
const ds = (id: string) => manifest.datasets.find((d) => d.id === id) as DatasetMeta;
const list = (id: string) => manifest.lists.find((l) => l.id === id);

describe('categoryTerm', () => {
  it('calls the CHPL groups tiers and the others categories', () => {
    expect(categoryTerm(list('chpl'))).toBe('tier');
    expect(categoryTerm(list('indicative'))).toBe('category');
    expect(categoryTerm(list('jrc-nuclear'))).toBe('category');
    expect(categoryTerm(undefined)).toBe('category');
    const mixed = { categories: [{ id: 'TIER_1' }, { id: 'other' }] } as ListMeta;
    expect(categoryTerm(mixed)).toBe('category');
  });
});

describe('yearNeighbours', () => {
  it('gives the previous and next years, null at the ends', () => {
    expect(yearNeighbours([2017, 2018, 2019], 2018)).toEqual({ prev: 2017, next: 2019 });
    expect(yearNeighbours([2019, 2017, 2018], 2017)).toEqual({ prev: null, next: 2018 });
    expect(yearNeighbours([2017, 2018, 2019], 2019)).toEqual({ prev: 2018, next: null });
    expect(yearNeighbours([2023], 2023)).toEqual({ prev: null, next: null });
    expect(yearNeighbours([2023], 1999)).toEqual({ prev: null, next: null });
  });
});

describe('changeAvailable', () => {
  it('is false for the first year of a dataset, true after it', () => {
    expect(changeAvailable(ds(BACI), 2023)).toBe(false);
    expect(changeAvailable(ds(JRC), 2017)).toBe(false);
    expect(changeAvailable(ds(JRC), 2018)).toBe(true);
    expect(changeAvailable(undefined, 2018)).toBe(false);
  });
});

describe('yearPatch', () => {
  const jrc = { ...defaultState(manifest, JRC), year: 2019 };
  it('changes only the year while change has a previous year', () => {
    expect(yearPatch({ ...jrc, metric: 'change' }, ds(JRC), 2018)).toEqual({ year: 2018 });
    expect(yearPatch(jrc, ds(JRC), 2017)).toEqual({ year: 2017 });
  });
  it('drops change on the first year', () => {
    expect(yearPatch({ ...jrc, metric: 'change' }, ds(JRC), 2017)).toEqual({
      year: 2017,
      metric: 'value',
    });
  });
});

describe('datasetPatch', () => {
  it('returns a whole state and keeps flow, metric and view', () => {
    const s = {
      ...defaultState(manifest, BACI),
      flow: 'import' as const,
      metric: 'share' as const,
    };
    const next = datasetPatch(s, manifest, JRC);
    expect(next.dataset).toBe(JRC);
    expect(next.flow).toBe('import');
    expect(next.metric).toBe('share');
    expect(next.list).toBe('jrc-nuclear');
    expect(ds(JRC).years).toContain(next.year);
    expect(Object.keys(next).sort()).toEqual(Object.keys(s).sort());
  });

  it('clears the HS code and ad-hoc codes on a category-level dataset', () => {
    const s = { ...defaultState(manifest, BACI), hs: '840110', codes: ['284440'] };
    const next = datasetPatch(s, manifest, JRC);
    expect(next.hs).toBe('');
    expect(next.codes).toEqual([]);
  });

  it('does not carry change into a first year', () => {
    const s = { ...defaultState(manifest, JRC), metric: 'change' as const };
    expect(s.year).toBe(2021);
    expect(datasetPatch(s, manifest, BACI).metric).toBe('value');
    expect(datasetPatch(s, manifest, JRC).metric).toBe('change');
  });
});

describe('listPatch', () => {
  it('resets the category', () => {
    expect(listPatch('indicative')).toEqual({ list: 'indicative', cat: '' });
  });
});

describe('datasetLists', () => {
  it('keeps the dataset order and only lists the dataset applies', () => {
    expect(datasetLists(manifest, ds(BACI)).map((l) => l.id)).toEqual(ds(BACI).lists);
    expect(datasetLists(manifest, ds(JRC)).map((l) => l.id)).toEqual(['jrc-nuclear']);
    expect(datasetLists(manifest, undefined)).toEqual([]);
  });
});
