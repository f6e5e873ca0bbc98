/**
 * UN Comtrade readers (legacy CSV, Comtrade Plus CSV and API JSON) through the real CLI: the
 * real legacy files and Plus sample beside the project (skipped when absent), and small
 * hand-written fixtures (test/pipeline/fixtures/comtrade/README.md) that hold one case of
 * every kind of row. Expected figures are recomputed from the raw files with a plain CSV or
 * JSON parse, never with the pipeline's own readers.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { describeShared } from '../shared-data.ts';
import { jsonTable, plainNumber, scalarText } from '../../scripts/lib/json-records.ts';
import type { InputCoverage } from '../../src/schema/manifest.ts';
import {
  cleanTemps,
  runCli,
  tempDir,
  writeTree,
  type BuildReport,
  type FileReport,
} from './helpers.ts';
import { LISTS_DIR, ROOT, SHARED, parseCsvText, readListFile } from './independent.ts';

afterAll(cleanTemps);
const FIXTURES = join(ROOT, 'test/pipeline/fixtures/comtrade');
const MONTHLY =
  'monthly row in an annual Comtrade file: the months would count the year twice; build monthly files separately';

interface Columnar {
  columns: string[];
  data: Record<string, (string | number | null)[]>;
}
interface Manifest {
  datasets: {
    id: string;
    rows: number;
    value: number;
    years: number[];
    lists: string[];
    mirror: boolean;
    reconciled: boolean;
    aggregates: { rows: number; value: number };
    yearEditions?: Record<string, string>;
    licence: string;
    publisher: string;
    inputCoverage: InputCoverage;
  }[];
  lists: { id: string; hsEdition: string }[];
}

interface Build {
  out: string;
  status: number | null;
  stderr: string;
  report: BuildReport;
  manifest: Manifest;
  quarantine: string[][];
  file: (name: string) => FileReport;
  json: <T = Columnar>(path: string) => T;
  download: (dataset: string) => Record<string, string>[];
}

/** Builds the given files (name -> source path or text) with the real CLI. */
function build(files: Record<string, { from: string } | string>): Build {
  const root = tempDir();
  const input = join(root, 'in');
  writeTree(
    input,
    Object.fromEntries(Object.entries(files).filter(([, v]) => typeof v === 'string')) as Record<
      string,
      string
    >,
  );
  for (const [name, v] of Object.entries(files)) {
    if (typeof v === 'string') continue;
    mkdirSync(dirname(join(input, name)), { recursive: true });
    copyFileSync(v.from, join(input, name));
  }
  const out = join(root, 'out');
  const run = runCli(['--input', input, '--out', out]);
  if (run.status !== 0) throw new Error(`build failed (${run.status}):\n${run.stderr}`);
  const json = <T = Columnar>(p: string) => JSON.parse(readFileSync(join(out, p), 'utf8')) as T;
  const report = json<BuildReport>('build-report.json');
  return {
    out,
    status: run.status,
    stderr: run.stderr,
    report,
    manifest: json<Manifest>('manifest.json'),
    quarantine: parseCsvText(readFileSync(join(out, 'quarantine.csv'), 'utf8')).slice(1),
    file: (name) => {
      const f = report.files.find((x) => x.file === name);
      if (!f) throw new Error(`${name} not in build-report.json`);
      return f;
    },
    json,
    download: (dataset) => {
      const text = gunzipSync(readFileSync(join(out, 'downloads', `${dataset}.csv.gz`))).toString();
      const [head = [], ...rows] = parseCsvText(text);
      return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
    },
  };
}

/** valueRead = kept + out of scope + quarantined + aggregate, and the same for rows. */
function expectBalanced(f: FileReport): void {
  expect(f.valueRead, `${f.file} value balance`).toBe(
    f.valueKept + f.valueOutOfScope + f.valueQuarantined + f.valueAggregate,
  );
  expect(f.rowsRead, `${f.file} row balance`).toBe(
    f.rowsKept + f.rowsOutOfScope + f.rowsQuarantined + f.rowsAggregate,
  );
}

/** Rows of a CSV file as objects keyed by header (independent parse). */
function csvObjects(path: string): Record<string, string>[] {
  const [head = [], ...rows] = parseCsvText(readFileSync(path, 'utf8'));
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

/** Whole dollars of a decimal text, or null when it is not a number. */
const dollars = (s: string): number | null =>
  /^\d+(\.\d+)?$/.test(s.trim()) ? Math.round(Number(s)) : null;

/** One map shard's list-total (category '') exports and imports by country. */
function mapTotals(shard: Columnar): Map<string, { export: number; import: number }> {
  const d = shard.data;
  const out = new Map<string, { export: number; import: number }>();
  (d.iso3 ?? []).forEach((iso3, i) => {
    if (d.category?.[i] !== '') return;
    out.set(String(iso3), { export: Number(d.export?.[i]), import: Number(d.import?.[i]) });
  });
  return out;
}

describe('JSON documents as tables (scripts/lib/json-records.ts)', () => {
  it('numbers never use exponent notation; null, booleans and strings as text', () => {
    expect(plainNumber(6804128143.0)).toBe('6804128143');
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(1.5e-7)).toBe('0.00000015');
    expect(plainNumber(-2.5e22)).toBe('-25000000000000000000000');
    expect(plainNumber(123.45)).toBe('123.45');
    expect([null, true, false, 'H5'].map(scalarText)).toEqual(['', 'true', 'false', 'H5']);
  });

  it('takes {data: [...]} or a top-level array of flat records, keys in first-seen order', () => {
    const t = jsonTable('{"count":2,"data":[{"a":1,"b":null},{"c":true,"a":"x"}]}');
    expect(t).toEqual({
      ok: true,
      header: ['a', 'b', 'c'],
      records: [
        { fields: ['1', '', ''], line: 1, raw: '{"a":1,"b":null}' },
        { fields: ['x', '', 'true'], line: 2, raw: '{"c":true,"a":"x"}' },
      ],
    });
    expect(jsonTable('[{"a":2}]')).toMatchObject({ ok: true, header: ['a'] });
    expect(jsonTable('{"results":[{"id":1}]}')).toMatchObject({ ok: false });
    expect(jsonTable('{"a":"b"}')).toMatchObject({ ok: false });
    expect(jsonTable('[{"a":{"b":1}}]')).toMatchObject({
      ok: false,
      reason: 'JSON record 1 is not flat: field "a" holds an object',
    });
    expect(jsonTable('{"data":[]}')).toEqual({
      ok: false,
      reason: 'JSON document with no records',
    });
    expect(jsonTable('{"data":[')).toMatchObject({ ok: false });
  });
});

describe('Comtrade fixtures (hand-written): both declarations, totals, bad rows', () => {
  const plusCsv = join(FIXTURES, 'plus-bulk.csv');
  const plusJson = join(FIXTURES, 'plus-api.json');
  const legacyCsv = join(FIXTURES, 'legacy.csv');
  const a = build({
    'plus-bulk.csv': { from: plusCsv },
    'legacy.csv': { from: legacyCsv },
    // JSON that is not a table of records is skipped with a reason, not failed.
    'names.json': '{"土耳其": "Turkey", "日本": "Japan"}\n',
    'nested.json': '[{"a": {"b": 1}}]\n',
  });
  const b = build({ 'plus-api.json': { from: plusJson } });
  const plusRows = csvObjects(plusCsv);
  const legacyRows = csvObjects(legacyCsv);
  const apiRecords = (
    JSON.parse(readFileSync(plusJson, 'utf8')) as { data: Record<string, unknown>[] }
  ).data;

  it('recognises the three formats by header and reconciles every file', () => {
    expect(a.file('plus-bulk.csv').format).toMatch(/^UN Comtrade Plus/);
    expect(a.file('legacy.csv').format).toMatch(/^UN Comtrade legacy/);
    expect(b.file('plus-api.json').format).toMatch(/^UN Comtrade Plus/);
    for (const f of [a.file('plus-bulk.csv'), a.file('legacy.csv'), b.file('plus-api.json')]) {
      expect(f.status).toBe('data');
      expectBalanced(f);
    }
    expect(a.report.reconciled).toBe(true);
    expect(b.report.reconciled).toBe(true);
    expect(a.file('names.json')).toMatchObject({ status: 'skipped', dataset: null });
    expect(a.file('names.json').reason).toMatch(/^JSON document that is not a table/);
    expect(a.file('nested.json').reason).toBe(
      'JSON record 1 is not flat: field "a" holds an object',
    );
  });

  it('value read equals the raw primary values (independent sums)', () => {
    const plus = plusRows.reduce((s, r) => s + (dollars(r.primaryValue ?? '') ?? 0), 0);
    const legacy = legacyRows.reduce((s, r) => s + (dollars(r['Trade Value (US$)'] ?? '') ?? 0), 0);
    const api = apiRecords.reduce(
      (s, r) => s + (typeof r.primaryValue === 'number' ? Math.round(r.primaryValue) : 0),
      0,
    );
    expect(plus).toBe(21_695_286);
    expect(api).toBe(plus);
    expect(legacy).toBe(1_507_877);
    expect(a.file('plus-bulk.csv').valueRead).toBe(plus);
    expect(b.file('plus-api.json').valueRead).toBe(api);
    expect(a.file('legacy.csv').valueRead).toBe(legacy);
  });

  it('counts each kind of total as an aggregate, never added', () => {
    const p = a.file('plus-bulk.csv');
    expect(p).toMatchObject({ rowsRead: 18, rowsKept: 6, rowsQuarantined: 6, rowsAggregate: 6 });
    expect(p.aggregateReasons).toEqual({
      'commodity TOTAL': 1,
      'chapter total': 1,
      'HS4 heading total': 1,
      're-exports (already inside exports)': 1,
      'breakdown by customs procedure': 1,
      'World total, partner rows present': 1,
    });
    // TOTAL 9,000,000 + chapter 5,000,000 + heading 1,500,000 + re-export 200 + breakdown 400
    // + FRA's World row 3,000,000 (FRA has a partner row for 854231).
    expect(p.valueAggregate).toBe(18_500_600);
    expect(p.repairs).toEqual({
      'value rounded to the dollar': 1,
      'country code alias applied': 2,
    });
    const l = a.file('legacy.csv');
    expect(l).toMatchObject({ rowsRead: 11, rowsKept: 4, rowsQuarantined: 3, rowsAggregate: 4 });
    expect(l.aggregateReasons).toEqual({
      'commodity TOTAL': 1,
      'chapter total': 1,
      're-exports (already inside exports)': 1,
      'World total, partner rows present': 1,
    });
    // TOTAL, chapter, re-export, and JPN's World row for 854231 (JPN -> KOR is a partner row).
    expect(l.valueAggregate).toBe(1_000_000 + 400_000 + 300 + 90_000);
    expect(l.repairs).toEqual({ 'country code alias applied': 1 });
  });

  it('quarantine.csv names file, line (record for JSON) and reason', () => {
    const q = a.quarantine.map(([file, line, reason, value]) => [file, line, reason, value]);
    expect(q).toEqual([
      ['legacy.csv', '9', 'unknown reporter code "97 (EU2)"', '4000'],
      ['legacy.csv', '10', 'non-numeric trade value "12x"', ''],
      ['legacy.csv', '11', MONTHLY, '100'],
      ['plus-bulk.csv', '12', 'unknown partner code "899 (_X)"', '300'],
      ['plus-bulk.csv', '13', 'non-numeric trade value "abc"', ''],
      ['plus-bulk.csv', '14', 'non-numeric FOB value "n/a"', '800'],
      ['plus-bulk.csv', '15', MONTHLY, '90000'],
      ['plus-bulk.csv', '16', 'malformed commodity code "9999AA"', '60'],
      ['plus-bulk.csv', '18', 'unknown trade flow code "Z"', '70'],
    ]);
    // The JSON's "line" is the record number: one less than the CSV line (no header line).
    const qb = b.quarantine.map(([file, line, reason]) => [file, line, reason]);
    expect(qb).toEqual(
      q
        .filter(([file]) => file === 'plus-bulk.csv')
        .map(([, line, reason]) => ['plus-api.json', String(Number(line) - 1), reason]),
    );
    // Its raw text is the record's JSON.
    const raw = JSON.parse(b.quarantine[0]?.[4] ?? '{}') as Record<string, unknown>;
    expect(raw).toMatchObject({ partnerCode: 899, partnerISO: '_X', primaryValue: 300 });
  });

  it("the map shows A's exports from A's reports and B's imports from B's reports", () => {
    const chpl = mapTotals(a.json('map/comtrade-plus/chpl/2022.json'));
    // Independently: FRA's own export rows to partners and USA's own import rows, CHPL codes.
    const sum = (pred: (r: Record<string, string>) => boolean) =>
      plusRows.filter(pred).reduce((s, r) => s + (dollars(r.primaryValue ?? '') ?? 0), 0);
    const plain = (r: Record<string, string>) =>
      r.freqCode === 'A' &&
      r.customsCode === 'C00' &&
      ['854231', '880730'].includes(r.cmdCode ?? '');
    const fraExports = sum((r) => plain(r) && r.reporterISO === 'FRA' && r.flowCode === 'X');
    const usaImports = sum((r) => plain(r) && r.reporterISO === 'USA' && r.flowCode === 'M');
    // FRA's World row (3,000,000) is set aside; its 880730 row has a bad FOB value (800).
    expect(fraExports - 3_000_000 - 800 - 300).toBe(1_000_000);
    expect(chpl.get('FRA')).toEqual({ export: 1_000_000, import: 0 });
    // USA's imports: from FRA (1,100,000 CIF, not FRA's 1,000,000 FOB) and from TWN (S19).
    expect(usaImports).toBe(1_230_000);
    expect(chpl.get('USA')).toEqual({ export: 0, import: 1_230_000 });
    expect(chpl.get('TWN')).toEqual({ export: 123_456, import: 0 });
    // A World row without partner rows is kept, partner WLD, on the reporter's side only.
    expect(chpl.get('DEU')).toEqual({ export: 700_000, import: 0 });
    expect(chpl.has('WLD')).toBe(false);
    const ind = mapTotals(a.json('map/comtrade-plus/indicative/2022.json'));
    expect(ind.get('FRA')?.export).toBe(1_000_000 + 50_000);

    const leg = mapTotals(a.json('map/comtrade-legacy/chpl/2022.json'));
    expect(leg.get('JPN')).toEqual({ export: 5_000, import: 0 });
    expect(leg.get('KOR')).toEqual({ export: 0, import: 5_200 });
    expect(leg.get('ROU')).toEqual({ export: 0, import: 2_500 });
  });

  it("inputCoverage: a reporter's exports put it among exporters, its imports among importers", () => {
    const cov = (id: string) => a.manifest.datasets.find((d) => d.id === id)?.inputCoverage;
    // Plus rows used: FRA's exports to USA, USA's imports from FRA and from TWN (S19), TWN's
    // export to USA, DEU's World row (kept, partner WLD: not a place). Quarantined rows (_X)
    // and totals are not read for coverage.
    expect(cov('comtrade-plus')).toMatchObject({
      exporters: ['DEU', 'FRA', 'TWN'],
      importers: ['USA'],
      // No nomenclature among the inputs: its size is unknown (0), so no subset is claimed.
      hsCodes: [{ edition: 'HS2022', input: 3, nomenclature: 0 }],
      productSubset: false,
    });
    // Legacy: JPN's exports to KOR and World, KOR's and ROU's (ROM) imports from JPN.
    expect(cov('comtrade-legacy')).toMatchObject({
      exporters: ['JPN'],
      importers: ['KOR', 'ROU'],
      hsCodes: [{ edition: 'HS2022', input: 3, nomenclature: 0 }],
    });
    expect(cov('comtrade-plus')?.lists.chpl?.['2022']).toEqual({
      edition: 'HS2022',
      withRows: ['854231', '880730'],
      noCounterpart: [],
    });
  });

  it('the download has a final reported_by column with both declarations', () => {
    const rows = a.download('comtrade-plus');
    const text = gunzipSync(readFileSync(join(a.out, 'downloads/comtrade-plus.csv.gz'))).toString();
    expect(text.split('\n')[0]?.split(',').pop()).toBe('reported_by');
    const fraUsa = rows
      .filter(
        (r) =>
          r.exporter_iso3 === 'FRA' &&
          r.importer_iso3 === 'USA' &&
          r.hs6 === '854231' &&
          r.list === 'chpl',
      )
      .map((r) => [r.reported_by, r.value]);
    expect(fraUsa).toEqual([
      ['exporter', '1000000'],
      ['importer', '1100000'],
    ]);
    expect(rows.find((r) => r.exporter_iso3 === 'DEU')).toMatchObject({
      importer_iso3: 'WLD',
      reported_by: 'exporter',
      value: '700000',
      quantity_t: '0.07',
    });
    const leg = a.download('comtrade-legacy');
    expect(
      leg
        .filter((r) => r.hs6 === '854231' && r.list === 'chpl')
        .map((r) => [r.exporter_iso3, r.importer_iso3, r.reported_by, r.value]),
    ).toEqual([
      ['JPN', 'KOR', 'exporter', '5000'],
      ['JPN', 'KOR', 'importer', '5200'],
    ]);
    // JPN's World row for 284510 has no partner rows: kept as JPN -> WLD.
    expect(leg.find((r) => r.hs6 === '284510')).toMatchObject({
      exporter_iso3: 'JPN',
      importer_iso3: 'WLD',
      value: '777',
    });
  });

  it('the manifest describes mirror datasets with Comtrade terms', () => {
    const plus = a.manifest.datasets.find((d) => d.id === 'comtrade-plus');
    expect(plus).toMatchObject({
      rows: 6,
      value: 3_103_456,
      years: [2022],
      mirror: true,
      reconciled: true,
      aggregates: { rows: 6, value: 18_500_600 },
      publisher: 'UN Comtrade (UN Statistics Division)',
    });
    expect(plus?.licence).toMatch(/redistribution/);
    expect(plus?.lists).toEqual(['chpl', 'indicative']);
  });

  it('the JSON response gives the same atlas data as the same records in CSV', () => {
    const files = (out: string, dir: string) => readdirSync(join(out, dir)).sort();
    for (const dir of [
      'map/comtrade-plus/chpl',
      'map/comtrade-plus/indicative',
      'flows/comtrade-plus',
    ]) {
      expect(files(b.out, dir)).toEqual(files(a.out, dir));
      for (const f of files(a.out, dir)) {
        expect(readFileSync(join(b.out, dir, f), 'utf8'), `${dir}/${f}`).toBe(
          readFileSync(join(a.out, dir, f), 'utf8'),
        );
      }
    }
    expect(b.download('comtrade-plus')).toEqual(a.download('comtrade-plus'));
    const counts = (f: FileReport) => ({ ...f, file: '', format: null });
    expect(counts(b.file('plus-api.json'))).toEqual(counts(a.file('plus-bulk.csv')));
  });
});

/**
 * One step of the UNSD correlation (`from,to,relationship` rows) as the README states its
 * rule: a link touching a code with more than 50 links is set aside, and a code left with
 * none keeps its same-numbered code if that is one of its links.
 */
function correlationStep(file: string, fromCol: string, toCol: string) {
  const [header = [], ...rows] = parseCsvText(readFileSync(file, 'utf8'));
  const a = header.indexOf(fromCol);
  const z = header.indexOf(toCol);
  const links = new Map<string, string[]>();
  const count = new Map<string, number>();
  for (const r of rows) {
    const x = r[a] ?? '';
    const y = r[z] ?? '';
    links.set(x, [...(links.get(x) ?? []), y]);
    count.set(y, (count.get(y) ?? 0) + 1);
  }
  return (code: string): string[] => {
    const l = links.get(code) ?? [];
    const kept = l.length > 50 ? [] : l.filter((c) => (count.get(c) ?? 0) <= 50);
    if (kept.length > 0) return kept;
    return l.includes(code) ? [code] : [];
  };
}

/**
 * Every code of every list in data/lists, carried to each of `editions` through the
 * correlation tables (HS2022 -> HS2017 -> HS2012, one step at a time).
 */
function listScopes(concordance: string, editions: string[]): Record<string, Set<string>> {
  const down2022 = correlationStep(
    join(concordance, 'hs2022_to_hs2017_correlation.csv'),
    'hs2022',
    'hs2017',
  );
  const down2017 = correlationStep(
    join(concordance, 'hs2017_to_hs2012_correlation.csv'),
    'hs2017',
    'hs2012',
  );
  const steps: Record<string, { next: string; step: (c: string) => string[] }> = {
    HS2022: { next: 'HS2017', step: down2022 },
    HS2017: { next: 'HS2012', step: down2017 },
  };
  const out: Record<string, Set<string>> = Object.fromEntries(
    editions.map((e) => [e, new Set<string>()]),
  );
  for (const file of readdirSync(LISTS_DIR).filter((f) => f.endsWith('.csv'))) {
    const list = readListFile(join(LISTS_DIR, file));
    let edition = list.hsEdition;
    let codes = new Set(list.rows.map((r) => r.hs6));
    for (;;) {
      for (const c of codes) out[edition]?.add(c);
      const s = steps[edition];
      if (!s) break;
      codes = new Set([...codes].flatMap(s.step));
      edition = s.next;
    }
  }
  return out;
}

describeShared(
  'real UN Comtrade files (legacy IDN exports, Plus API sample)',
  [
    'comtrade-legacy-idn',
    'comtradeplus-format-sample/comtradeplus_api_get_C_A_HS_sample.json',
    'hs-concordance',
    'hs-nomenclature',
  ],
  () => {
    const legacyDir = join(SHARED, 'comtrade-legacy-idn');
    const plusSample = join(
      SHARED,
      'comtradeplus-format-sample/comtradeplus_api_get_C_A_HS_sample.json',
    );
    const legacyFiles = readdirSync(legacyDir).filter((f) => f.endsWith('.csv'));
    const files: Record<string, { from: string }> = {};
    for (const f of legacyFiles) files[f] = { from: join(legacyDir, f) };
    files['plus-sample.json'] = { from: plusSample };
    for (const dir of ['hs-concordance', 'hs-nomenclature']) {
      for (const f of readdirSync(join(SHARED, dir)).filter((x) => x.endsWith('.csv')))
        files[`${dir}/${f}`] = { from: join(SHARED, dir, f) };
    }
    const built = build(files);
    const b = () => built;
    const raw = new Map(legacyFiles.map((f) => [f, csvObjects(join(legacyDir, f))]));
    const EDITION: Record<string, string> = { H4: 'HS2012', H5: 'HS2017' };

    it('reads every row of every legacy file and reconciles with the raw Trade Value', () => {
      expect(legacyFiles).toHaveLength(4);
      let total = 0;
      for (const f of legacyFiles) {
        const rows = raw.get(f) ?? [];
        const report = b().file(f);
        expect(report.status).toBe('data');
        expect(report.dataset).toBe('comtrade-legacy');
        expectBalanced(report);
        expect(report.rowsRead).toBe(rows.length);
        const sum = rows.reduce((s, r) => s + (dollars(r['Trade Value (US$)'] ?? '') ?? NaN), 0);
        expect(report.valueRead, f).toBe(sum);
        expect(report.rowsQuarantined, f).toBe(0);
        total += sum;
      }
      expect(total).toBe(1_382_332_140_430);
      expect(b().report.reconciled).toBe(true);
    });

    it('keeps, per year and code, the raw values under the codes of the converted lists', () => {
      const m = b().manifest;
      // Codes in scope per edition, from the list files and the UNSD correlation tables read
      // here with plain string handling, by the README's rule (never from the build's shards).
      const scopes = listScopes(join(SHARED, 'hs-concordance'), ['HS2012', 'HS2017']);
      expect(scopes.HS2012?.has('284510')).toBe(true);
      const expected = new Map<string, number>();
      for (const rows of raw.values()) {
        for (const r of rows) {
          const edition = EDITION[r.Classification ?? ''] ?? '?';
          const code = r['Commodity Code'] ?? '';
          if (!scopes[edition]?.has(code)) continue;
          const k = `${r.Year}|${code}`;
          expected.set(k, (expected.get(k) ?? 0) + Number(r['Trade Value (US$)']));
        }
      }
      const ds = m.datasets.find((d) => d.id === 'comtrade-legacy');
      expect(ds?.years).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021]);
      const got = new Map<string, number>();
      for (const year of ds?.years ?? []) {
        const d = b().json(`flows/comtrade-legacy/${year}.json`).data;
        (d.code ?? []).forEach((code, i) => {
          // Indonesia's exports to the World: no partner rows, so the World rows are kept.
          expect([d.exporter?.[i], d.importer?.[i]]).toEqual(['IDN', 'WLD']);
          const k = `${year}|${String(code)}`;
          got.set(k, (got.get(k) ?? 0) + Number(d.value?.[i]));
        });
      }
      expect(got.size).toBe(expected.size);
      expect(Object.fromEntries([...got].sort())).toEqual(Object.fromEntries([...expected].sort()));
      const kept = [...expected.values()].reduce((s, v) => s + v, 0);
      expect(ds?.value).toBe(kept);
      expect(ds?.rows).toBe(881);
      expect(kept).toBe(21_289_624_150);
      // The download: every row IDN -> WLD, the exporter's report.
      const dl = b().download('comtrade-legacy');
      expect(dl.length).toBeGreaterThan(0);
      expect(
        new Set(dl.map((r) => `${r.exporter_iso3}>${r.importer_iso3}:${r.reported_by}`)),
      ).toEqual(new Set(['IDN>WLD:exporter']));
    });

    it('H4 years use HS2012 and H5 years HS2017', () => {
      const ds = b().manifest.datasets.find((d) => d.id === 'comtrade-legacy');
      const fromRaw: Record<string, string> = {};
      for (const rows of raw.values())
        for (const r of rows) fromRaw[r.Year ?? ''] = EDITION[r.Classification ?? ''] ?? '?';
      expect(ds?.yearEditions).toEqual(fromRaw);
      expect(ds?.yearEditions).toEqual({
        '2014': 'HS2012',
        '2015': 'HS2012',
        '2016': 'HS2012',
        '2017': 'HS2017',
        '2018': 'HS2017',
        '2019': 'HS2017',
        '2020': 'HS2017',
        '2021': 'HS2017',
      });
    });

    it('the Plus API sample (commodity TOTAL only) is all aggregates', () => {
      const doc = JSON.parse(readFileSync(plusSample, 'utf8')) as {
        data: { primaryValue: number }[];
      };
      const sum = doc.data.reduce((s, r) => s + Math.round(r.primaryValue), 0);
      expect(sum).toBe(155_218_297_800);
      const f = b().file('plus-sample.json');
      expect(f).toMatchObject({
        status: 'data',
        dataset: 'comtrade-plus',
        rowsRead: 4,
        rowsKept: 0,
        rowsAggregate: 4,
        valueRead: sum,
        valueAggregate: sum,
        aggregateReasons: { 'commodity TOTAL': 4 },
      });
      expectBalanced(f);
      expect(b().manifest.datasets.find((d) => d.id === 'comtrade-plus')).toMatchObject({
        rows: 0,
        value: 0,
        reconciled: true,
        aggregates: { rows: 4, value: sum },
      });
    });
  },
);

/** A Comtrade Plus file whose first row is monthly: a monthly dataset with month shards. */
describe('monthly Comtrade Plus files', () => {
  const header = readFileSync(join(FIXTURES, 'plus-bulk.csv'), 'utf8').split('\n')[0] ?? '';
  const cols = header.split(',');
  const row = (v: Record<string, string>) => {
    const base: Record<string, string> = {
      typeCode: 'C', freqCode: 'M', classificationCode: 'H6', cmdCode: '854231',
      customsCode: 'C00', mosCode: '0', motCode: '0', partner2Code: '0', isAggregate: 'false',
    }; // prettier-ignore
    return cols.map((c) => ({ ...base, ...v })[c] ?? '').join(',');
  };
  const month = (m: number, reporter: string, code: string, flow: string, partner: string, partnerCode: string, value: number) =>
    row({ refYear: '2022', refMonth: String(m), period: `2022${String(m).padStart(2, '0')}`, reporterISO: reporter, reporterCode: code, flowCode: flow, partnerISO: partner, partnerCode, primaryValue: String(value) }); // prettier-ignore
  const lines = [
    header,
    month(2, 'FRA', '251', 'X', 'USA', '842', 400_000),
    month(2, 'USA', '842', 'M', 'FRA', '251', 450_000),
    month(3, 'FRA', '251', 'X', 'USA', '842', 900_000),
    row({ freqCode: 'A', refYear: '2022', refMonth: '52', period: '2022', reporterISO: 'FRA', reporterCode: '251', flowCode: 'X', partnerISO: 'USA', partnerCode: '842', primaryValue: '1300000' }), // prettier-ignore
  ];
  const root = tempDir();
  const input = writeTree(join(root, 'in'), { 'monthly.csv': lines.join('\n') + '\n' });
  const out = join(root, 'out');
  const run = runCli(['--input', input, '--out', out]);
  const read = <T>(p: string) => JSON.parse(readFileSync(join(out, p), 'utf8')) as T;

  it('builds comtrade-plus-monthly with its months, and quarantines the annual row', () => {
    expect(run.status, run.stderr).toBe(0);
    const m = read<{ datasets: { id: string; frequency: string; months?: string[] }[] }>(
      'manifest.json',
    );
    const ds = m.datasets.find((d) => d.id === 'comtrade-plus-monthly');
    expect(ds?.frequency).toBe('month');
    expect(ds?.months).toEqual(['2022-02', '2022-03']);
    const q = readFileSync(join(out, 'quarantine.csv'), 'utf8');
    expect(q).toContain('monthly.csv,5,annual row in a monthly Comtrade file');
  });

  it("month shards keep each side's own declaration", () => {
    const s = read<Columnar>('month/comtrade-plus-monthly/chpl/2022.json');
    const at = (iso3: string, month: number) => {
      const i = s.data.iso3?.findIndex(
        (x, n) => x === iso3 && s.data.month?.[n] === month && s.data.category?.[n] === '',
      );
      return i === undefined || i < 0
        ? null
        : { export: s.data.export?.[i], import: s.data.import?.[i] };
    };
    expect(at('FRA', 2)).toEqual({ export: 400_000, import: 0 });
    expect(at('USA', 2)).toEqual({ export: 0, import: 450_000 });
    expect(at('FRA', 3)).toEqual({ export: 900_000, import: 0 });
    expect(at('USA', 3)).toBeNull();
  });
});
