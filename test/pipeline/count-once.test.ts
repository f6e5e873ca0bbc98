import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baciCsv, buildTree, cleanTemps, downloadLines, expectReconciled } from './helpers.ts';

afterAll(cleanTemps);

interface Shard {
  data: Record<string, (string | number)[]>;
}

/**
 * 281111 (hydrogen fluoride) sits in two categories of the indicative list, nuclear and
 * chemical; the real BACI subset carries no such code, so this fixture exercises the rule
 * that a list total counts each code once while each category shows it.
 */
describe('a code in two categories of one list', () => {
  const built = buildTree({
    'BACI_HS22_Y2023_V202501.csv': baciCsv(['2023,4,8,281111,10.5,1.000', '2023,8,4,284510,2.25,']),
  });
  const shard = JSON.parse(
    readFileSync(join(built.out, 'map/baci-hs22-v202501/indicative/2023.json'), 'utf8'),
  ) as Shard;
  const row = (iso3: string, category: string) => {
    const d = shard.data;
    const i = (d.iso3 ?? []).findIndex((v, k) => v === iso3 && d.category?.[k] === category);
    return i < 0 ? null : { export: d.export?.[i], import: d.import?.[i] };
  };

  it('is counted once in the list total and once in each of its categories', () => {
    expectReconciled(built.report);
    expect(row('AFG', '')?.export).toBe(10_500);
    expect(row('AFG', 'nuclear')?.export).toBe(10_500);
    expect(row('AFG', 'chemical')?.export).toBe(10_500);
    expect(row('ALB', '')).toEqual({ export: 2_250, import: 10_500 });
  });

  it('appears once per category in the download, as the contract says', () => {
    const lines = downloadLines(built.out).filter(
      (l) => l.includes(',281111,') && l.includes(',indicative,'),
    );
    expect(lines.map((l) => l.split(',').slice(-5, -3).join(','))).toEqual([
      'indicative,chemical',
      'indicative,nuclear',
    ]);
  });
});
