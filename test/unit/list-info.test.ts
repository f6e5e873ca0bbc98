/**
 * Facts about codes read from list shards (description, broad flag) and the words for what a
 * view shows, on hand-made shards whose expected values are worked out in the comments, and on
 * the embedded manifest's lists (names as written in data/lists/*.csv).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ColumnarShard, Manifest } from '../../src/schema/manifest.ts';
import { broadCodesOf, definite, listInfo, selectionLabel } from '../../src/derive/list-info.ts';
import { resolve } from '../../src/derive/resolve.ts';
import { defaultState } from '../../src/state/url-state.ts';
import type { AtlasState } from '../../src/state/params.ts';
import type { T } from '../../src/i18n/types.ts';
import { PUBLIC_DATA } from '../pipeline/independent.ts';

const manifest = JSON.parse(readFileSync(join(PUBLIC_DATA, 'manifest.json'), 'utf8')) as Manifest;

/** A translator that writes the key and its variables, so a test sees which message and what. */
const t: T = (key, vars) => `${key}${vars ? ` ${JSON.stringify(vars)}` : ''}`;

function shard(data: Record<string, (string | null)[]>): ColumnarShard<string> {
  return { schemaVersion: 1, notice: '', columns: Object.keys(data), data };
}

describe('listInfo and broadCodesOf', () => {
  // List A: 111111 first core with a description, then broad (another category) with another
  // description; 222222 core without a description. List B: 222222 with a description and no
  // specificity; 333333 broad.
  const a = shard({
    hs6: ['111111', '222222', '111111'],
    description: ['Reactors', '', 'Reactors, other wording'],
    specificity: ['core', 'core', 'broad'],
  });
  const b = shard({
    hs6: ['222222', '333333'],
    description: ['Heavy water', 'Valves'],
    specificity: [null, 'broad'],
  });

  it('keeps the first description found, and a code is broad when any row says so', () => {
    expect(listInfo([a, b])).toEqual(
      new Map([
        ['111111', { hs6: '111111', description: 'Reactors', broad: true }],
        ['222222', { hs6: '222222', description: 'Heavy water', broad: false }],
        ['333333', { hs6: '333333', description: 'Valves', broad: true }],
      ]),
    );
    expect(broadCodesOf(listInfo([a, b]))).toEqual(new Set(['111111', '333333']));
  });

  it('a broad row read first stays broad after a core row of the same code', () => {
    const first = shard({ hs6: ['444444'], description: ['X'], specificity: ['broad'] });
    const then = shard({ hs6: ['444444'], description: ['Y'], specificity: ['core'] });
    expect(listInfo([first, then]).get('444444')).toEqual({
      hs6: '444444',
      description: 'X',
      broad: true,
    });
  });

  it('a shard without description or specificity columns gives empty, not broad, codes', () => {
    const bare = shard({ hs6: ['555555'] });
    expect(listInfo([bare])).toEqual(
      new Map([['555555', { hs6: '555555', description: '', broad: false }]]),
    );
    expect(broadCodesOf(listInfo([bare]))).toEqual(new Set());
    expect(listInfo([shard({})])).toEqual(new Map());
  });
});

describe('definite', () => {
  it('puts "the" before an English name without an article, and nowhere else', () => {
    expect(definite('Common High Priority List', 'en')).toBe('the Common High Priority List');
    expect(definite('The Wassenaar list', 'en')).toBe('The Wassenaar list');
    expect(definite('an own list', 'en')).toBe('an own list');
    expect(definite('A list', 'en')).toBe('A list');
    // "Another" and "Theme" begin with an article's letters, not with an article.
    expect(definite('Another list', 'en')).toBe('the Another list');
    expect(definite('Theme list', 'en')).toBe('the Theme list');
    expect(definite('', 'en')).toBe('');
    expect(definite('Common High Priority List', 'fr')).toBe('Common High Priority List');
  });
});

describe('selectionLabel', () => {
  const state = (patch: Partial<AtlasState>): AtlasState => ({
    ...defaultState(manifest),
    ...patch,
  });
  const res = (patch: Partial<AtlasState>) => resolve(manifest, state(patch));
  const info = listInfo([
    shard({
      hs6: ['284510', '840130'],
      description: [
        'Heavy water (deuterium oxide)',
        // 72 characters: shortened to 68 and an ellipsis.
        'Fuel elements (cartridges), non-irradiated, for nuclear reactors: others',
      ],
      specificity: ['core', 'core'],
    }),
  ]);

  it('names the list (with its article in English) or a category of it', () => {
    expect(selectionLabel(res({ list: 'chpl' }), info, t, 'en')).toBe(
      'the Common High Priority List',
    );
    expect(selectionLabel(res({ list: 'chpl' }), info, t, 'fr')).toBe('Common High Priority List');
    const nuclear = manifest.lists
      .find((l) => l.id === 'indicative')
      ?.categories.find((c) => c.id === 'nuclear')?.label;
    expect(nuclear).toBeTruthy();
    expect(selectionLabel(res({ list: 'indicative', cat: 'nuclear' }), info, t, 'en')).toBe(
      `selectionCategory ${JSON.stringify({ list: 'the Indicative strategic-goods list', category: nuclear })}`,
    );
  });

  it('names one code by its description, shortened past 70 characters, or by its number', () => {
    expect(selectionLabel(res({ hs: '284510' }), info, t, 'en')).toBe(
      `selectionHs ${JSON.stringify({ code: '284510', description: 'Heavy water (deuterium oxide)' })}`,
    );
    const long = 'Fuel elements (cartridges), non-irradiated, for nuclear reactors: others';
    expect(long.length).toBe(72);
    expect(selectionLabel(res({ hs: '840130' }), info, t, 'en')).toBe(
      `selectionHs ${JSON.stringify({ code: '840130', description: `${long.slice(0, 68)}…` })}`,
    );
    // No description known (no list facts loaded yet, or none for the code).
    expect(selectionLabel(res({ hs: '284510' }), null, t, 'en')).toBe(
      `pgSelHs ${JSON.stringify({ code: '284510' })}`,
    );
    expect(selectionLabel(res({ hs: '850440' }), info, t, 'en')).toBe(
      `pgSelHs ${JSON.stringify({ code: '850440' })}`,
    );
  });

  it("counts a user's own codes, formatted in the page's language", () => {
    expect(selectionLabel(res({ codes: ['284510', '840130', '850440'] }), info, t, 'en')).toBe(
      `covOwnList ${JSON.stringify({ n: '3' })}`,
    );
    expect(selectionLabel(null, info, t, 'en')).toBe('');
  });

  it('a description of exactly 70 characters is kept whole', () => {
    const seventy = 'x'.repeat(70);
    const i = listInfo([shard({ hs6: ['284510'], description: [seventy], specificity: ['core'] })]);
    expect(selectionLabel(res({ hs: '284510' }), i, t, 'en')).toBe(
      `selectionHs ${JSON.stringify({ code: '284510', description: seventy })}`,
    );
  });
});
