import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isGroupsFile } from '../../src/data/groups-file.ts';
import { GROUPS_PATH } from '../../src/schema/groups.ts';
import { SCHEMA_VERSION } from '../../src/schema/manifest.ts';

const FILE = resolve(import.meta.dirname, '../../public/data', GROUPS_PATH);
const good = () => JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;
type Doc = { groups: Record<string, unknown>[]; families: Record<string, unknown>[] };

describe('the groups file the app loads on first use', () => {
  it('accepts the built file', () => {
    expect(isGroupsFile(good(), SCHEMA_VERSION)).toBe(true);
  });

  const damaged: [string, (d: Doc & Record<string, unknown>) => unknown][] = [
    ['another schema version', (d) => ({ ...d, schemaVersion: SCHEMA_VERSION + 1 })],
    ['not an object', () => [1, 2]],
    ['no groups', (d) => ({ ...d, groups: undefined })],
    ['a group without members', (d) => ((d.groups[0] = { ...d.groups[0], members: [] }), d)],
    [
      'a member code in lower case',
      (d) => ((d.groups[0] = { ...d.groups[0], members: [{ iso3: 'kaz' }] }), d),
    ],
    ['a group without sources', (d) => ((d.groups[1] = { ...d.groups[1], sources: [] }), d)],
    ['a group of an unknown family', (d) => ((d.groups[1] = { ...d.groups[1], family: 'x' }), d)],
    ['a name missing', (d) => ((d.groups[2] = { ...d.groups[2], names: { en: 'X' } }), d)],
    ['an unknown regime', (d) => ((d.groups[2] = { ...d.groups[2], regime: 'OPCW' }), d)],
    ['a group id twice', (d) => (d.groups.push(d.groups[0] ?? {}), d)],
    ['no as-of date', (d) => ((d.groups[0] = { ...d.groups[0], asOf: '' }), d)],
  ];
  for (const [name, damage] of damaged) {
    it(`refuses a file with ${name}`, () => {
      expect(isGroupsFile(damage(good() as Doc & Record<string, unknown>), SCHEMA_VERSION)).toBe(
        false,
      );
    });
  }
});
