import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  ColumnarShard,
  CountryColumns,
  ListMeta,
  Manifest,
  MapColumns,
} from '../../src/schema/manifest.ts';
import { listCodes, type ListColumns } from '../../src/derive/compare.ts';
import {
  categoryBreakdown,
  countedKeys,
  countryBy,
  countryTotals,
} from '../../src/derive/country-totals.ts';
import { coveredCountries } from '../../src/derive/selection.ts';
import { concatShards } from '../../src/derive/columnar.ts';
import { MAP_COLUMNS } from '../../src/schema/manifest.ts';

const DATA = resolve(import.meta.dirname, '../../public/data');
const read = <T>(path: string) => JSON.parse(readFileSync(resolve(DATA, path), 'utf8')) as T;
const manifest = read<Manifest>('manifest.json');
/** Every year of a list's map shards (one file per year), joined. */
const mapShard = (ds: string, list: string) =>
  concatShards(
    readdirSync(resolve(DATA, `map/${ds}/${list}`))
      .sort()
      .map((f) => read<ColumnarShard<MapColumns>>(`map/${ds}/${list}/${f}`)),
    MAP_COLUMNS,
  );
const countryShard = (ds: string, iso3: string) =>
  read<ColumnarShard<CountryColumns>>(`country/${ds}/${iso3}.json`);
const listMeta = (id: string) => manifest.lists.find((l) => l.id === id) as ListMeta;
const codesOf = (id: string) =>
  listCodes(read<ColumnarShard<ListColumns>>(`lists/${id}.json`), listMeta(id));

const BACI = 'baci-hs22-v202501';
const JRC = 'jrc-nuclear';

/** The list-total row of a map shard, read directly. */
function mapRow(shard: ColumnarShard<MapColumns>, iso3: string, year: number, category = '') {
  const d = shard.data;
  for (let i = 0; i < d.year.length; i++) {
    if (d.year[i] === year && d.iso3[i] === iso3 && d.category[i] === category) {
      return { export: Number(d.export[i]), import: Number(d.import[i]) };
    }
  }
  return { export: 0, import: 0 };
}

describe('countryTotals on the real BACI × CHPL shard', () => {
  const shard = mapShard(BACI, 'chpl');
  const covered = coveredCountries(manifest, BACI);
  const t = countryTotals(shard, 'FRA', 2023, [2023], covered);

  it('reads exports and imports from the list total row, with their balance', () => {
    const row = mapRow(shard, 'FRA', 2023);
    expect(row.export).toBeGreaterThan(0);
    expect(t.export.value).toBe(row.export);
    expect(t.import.value).toBe(row.import);
    expect(t.balance).toBe(row.export - row.import);
    expect(t.previousYear).toBeNull();
    expect(t.export.change).toBeNull();
  });

  it('ranks and shares against every country of the year', () => {
    const d = shard.data;
    const exports: number[] = [];
    for (let i = 0; i < d.year.length; i++)
      if (d.category[i] === '' && d.year[i] === 2023) exports.push(Number(d.export[i]));
    const world = exports.reduce((a, b) => a + b, 0);
    expect(t.export.share).toBeCloseTo(t.export.value / world, 12);
    expect(t.export.rank).toBe(exports.filter((v) => v > t.export.value).length + 1);
    expect(t.export.reporting).toBe(exports.filter((v) => v > 0).length);
  });

  it('gives zero and rank 0 for a covered country without trade in a direction', () => {
    const none = covered.find((c) => mapRow(shard, c, 2023).export === 0);
    expect(none).toBeDefined();
    const z = countryTotals(shard, none as string, 2023, [2023], covered);
    expect(z.export).toMatchObject({ value: 0, rank: 0, share: 0 });
  });
});

describe('partners and codes from the real country shards', () => {
  it('BACI: partners summed over the counted codes give the map total', () => {
    for (const list of ['chpl', 'indicative']) {
      const keys = countedKeys(listMeta(list), 'hs6', codesOf(list));
      for (const iso3 of ['FRA', 'USA', 'CHN', 'DEU']) {
        const row = mapRow(mapShard(BACI, list), iso3, 2023);
        const cs = countryShard(BACI, iso3);
        for (const flow of ['export', 'import'] as const) {
          const byPartner = countryBy(cs, 'partner', flow, 2023, keys);
          const byCode = countryBy(cs, 'code', flow, 2023, keys);
          expect(byPartner.total, `${list} ${iso3} ${flow}`).toBe(row[flow]);
          expect(byCode.total).toBe(row[flow]);
          const shares = byPartner.rows.reduce((a, r) => a + r.share, 0);
          if (row[flow] > 0) expect(shares).toBeCloseTo(1, 9);
          expect(byCode.rows.every((r) => keys.has(r.key))).toBe(true);
          // Sorted by value, largest first.
          const values = byPartner.rows.map((r) => r.value);
          expect(values).toEqual([...values].sort((x, y) => y - x));
        }
      }
    }
  });

  it('JRC: category ids are the codes, and "ignore" stays out of the total', () => {
    const keys = countedKeys(listMeta(JRC), 'category', new Map());
    expect(keys.has('ignore')).toBe(false);
    expect(keys.has('mining')).toBe(true);
    const cs = countryShard(JRC, 'FRA');
    for (const year of [2017, 2021]) {
      const row = mapRow(mapShard(JRC, JRC), 'FRA', year);
      expect(countryBy(cs, 'partner', 'export', year, keys).total).toBe(row.export);
      expect(countryBy(cs, 'partner', 'import', year, keys).total).toBe(row.import);
    }
  });

  it('JRC: change from the previous year uses the previous year of the dataset', () => {
    const shard = mapShard(JRC, JRC);
    const years = manifest.datasets.find((d) => d.id === JRC)?.years ?? [];
    const t = countryTotals(shard, 'FRA', 2019, years, coveredCountries(manifest, JRC));
    const before = mapRow(shard, 'FRA', 2018).export;
    const now = mapRow(shard, 'FRA', 2019).export;
    expect(t.previousYear).toBe(2018);
    expect(t.export.change).toBeCloseTo((now - before) / before, 12);
  });
});

describe('categoryBreakdown', () => {
  it('BACI × indicative: each category equals the country shard over its codes', () => {
    const meta = listMeta('indicative');
    const codes = codesOf('indicative');
    const rows = categoryBreakdown(mapShard(BACI, 'indicative'), meta, 'USA', 2023);
    expect(rows.map((r) => r.id)).toEqual(meta.categories.map((c) => c.id));
    const cs = countryShard(BACI, 'USA');
    for (const r of rows) {
      const inCat = new Set(
        [...codes.values()].filter((c) => c.categories.includes(r.id)).map((c) => c.code),
      );
      expect(countryBy(cs, 'partner', 'export', 2023, inCat).total, r.id).toBe(r.export);
      expect(countryBy(cs, 'partner', 'import', 2023, inCat).total, r.id).toBe(r.import);
    }
    const total = mapRow(mapShard(BACI, 'indicative'), 'USA', 2023).export;
    const nuclear = rows.find((r) => r.id === 'nuclear');
    if (!nuclear) throw new Error('no nuclear row');
    expect(nuclear.exportShare).toBeCloseTo(nuclear.export / total, 12);
  });

  it('JRC: the ignore category is reported but marked outside the total', () => {
    const rows = categoryBreakdown(mapShard(JRC, JRC), listMeta(JRC), 'FRA', 2020);
    const ignore = rows.find((r) => r.id === 'ignore');
    if (!ignore) throw new Error('no ignore row');
    expect(ignore.inTotal).toBe(false);
    const counted = rows.filter((r) => r.inTotal).reduce((a, r) => a + r.export, 0);
    expect(counted).toBe(mapRow(mapShard(JRC, JRC), 'FRA', 2020).export);
  });
});
