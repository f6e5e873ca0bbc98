/**
 * Bad raw input through the real CLI: every broken file or row is skipped, failed or
 * quarantined with its file, line and reason; the report still reconciles; a build with
 * nothing usable exits 1 and leaves the previous output alone; builds are reproducible.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { csvRecords } from '../../scripts/lib/csv-records.ts';
import { openInput } from '../../scripts/lib/open-input.ts';
import {
  baciCsv,
  buildTree,
  cleanTemps,
  downloadLines,
  expectReconciled,
  listCsv,
  readTree,
  runCli,
  tempDir,
  writeTree,
  zipBytes,
  type Tree,
} from './helpers.ts';

const BACI = 'BACI_HS22_Y2023_V202501.csv';
const PRODUCTS = 'product_codes_HS22_V202501.csv';
const COUNTRIES = 'country_codes_V202501.csv';
const PRODUCT_CODES = [
  'code,description',
  '850440,Electrical static converters',
  '854159,Photosensitive semiconductor devices n.e.c.',
  '284510,Heavy water (deuterium oxide)',
  '850300,Parts of electric motors and generators',
  '010121,Horses; live, pure-bred breeding animals',
].join('\n');
const COUNTRY_CODES = [
  'country_code,country_name,country_iso2,country_iso3',
  '4,Afghanistan,AF,AFG',
  '8,Albania,AL,ALB',
  '251,France,FR,FRA',
  '842,USA,US,USA',
  '490,"Other Asia, nes",,S19',
].join('\n');
/** Lines 2-5: three rows on the lists (12 500, 100 000 and 3 250 USD), one off-list (7 000). */
const GOOD = [
  '2023,4,8,850440,12.5,1.0',
  '2023,251,842,854159,100,',
  '2023,842,490,284510,3.25,0.5',
  '2023,8,4,850300,7,',
];
const ZIPPED = 'BACI_HS22_Y2021_V202501.zip';

/** Many distinct in-scope rows for one year, so a truncated gzip fails part-way through. */
const manyRows = (year: number) =>
  Array.from({ length: 4000 }, (_, n) => `${year},4,8,850440,${(n * 7919) % 99991}.${n % 997},`);
const only = (rows: { file: string }[], file: string) => rows.filter((r) => r.file === file);

/** Runs the CLI where it must fail: exit 1, `error: ...`, previous output untouched. */
function expectRefused(files: Tree, extraArgs: string[] = []) {
  const root = tempDir();
  const input = writeTree(join(root, 'in'), files);
  const out = join(root, 'out');
  writeTree(out, { 'marker.txt': 'previous build' });
  const run = runCli(['--input', input, '--out', out, ...extraArgs]);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/^error: /m);
  expect(run.stderr).toContain(`The previous contents of ${out} were left unchanged.`);
  expect(readTree(out)).toEqual(new Map([['marker.txt', Buffer.from('previous build')]]));
  expect(readdirSync(root).sort()).toEqual(['in', 'out']);
  return run;
}

let cases = 0;
afterEach(() => {
  cases++;
});
afterAll(() => {
  cleanTemps();
  console.log(`bad-input.test.ts: ${cases} cases ran`);
});

describe('files that cannot be read', () => {
  it('skips a file with an unknown header and says why', () => {
    const b = buildTree({ [BACI]: baciCsv(GOOD), 'notes.csv': 'foo,bar\n1,2\n' });
    expect(b.file('notes.csv')).toMatchObject({
      status: 'skipped',
      reason: 'header not recognised: "foo,bar"',
      rowsRead: 0,
    });
    expect(b.stdout).toContain('notes.csv: skipped (header not recognised: "foo,bar")');
    expect(b.file(BACI)).toMatchObject({ status: 'data', rowsRead: 4, rowsKept: 3 });
    expectReconciled(b.report);
  });

  it('refuses to build from a lone unrecognised file', () => {
    const run = expectRefused({ 'notes.csv': 'foo,bar\n1,2\n' });
    expect(run.stderr).toMatch(
      /error: no usable trade data in .*\n {2}notes.csv: header not recognised: "foo,bar"/,
    );
  });

  it('skips an empty file, and refuses to build from it alone', () => {
    const b = buildTree({ [BACI]: baciCsv(GOOD), 'empty.csv': '' });
    expect(b.file('empty.csv')).toMatchObject({ status: 'skipped', reason: 'empty file' });
    expect(b.stdout).toContain('empty.csv: skipped (empty file)');
    expectReconciled(b.report);
    const run = expectRefused({ [BACI]: '' });
    expect(run.stderr).toContain(`error: no usable trade data in`);
    expect(run.stderr).toContain(`  ${BACI}: empty file`);
  });

  it('fails corrupt and truncated gzip files without writing any of their rows', () => {
    const garbage = Buffer.concat([
      Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]),
      Buffer.from('this is not deflate data \xff\xfe\xfd'),
    ]);
    const whole = gzipSync(baciCsv(manyRows(2022)));
    const files = {
      [BACI]: baciCsv(GOOD),
      'BACI_HS22_Y2021_V202501.csv.gz': garbage,
      'BACI_HS22_Y2022_V202501.csv.gz': whole.subarray(0, whole.length >> 1),
    };
    const b = buildTree(files);
    for (const name of ['BACI_HS22_Y2021_V202501.csv.gz', 'BACI_HS22_Y2022_V202501.csv.gz']) {
      const f = b.file(name);
      expect(f.status).toBe('failed');
      expect(f.reason).toMatch(/corrupt gzip data \(/);
      expect(f).toMatchObject({ rowsRead: 0, rowsKept: 0, valueRead: 0, valueKept: 0 });
      // The line is where reading stopped: 0 for garbage, further on for a cut file.
      const at = new RegExp(
        `^ {2}${name}:(\\d+): corrupt gzip data \\(.*\\) \\[file not used\\]$`,
        'm',
      ).exec(b.stderr);
      expect(at, b.stderr).not.toBeNull();
      if (name.endsWith('2022_V202501.csv.gz')) expect(Number(at?.[1])).toBeGreaterThan(0);
      expect(only(b.quarantine, name)).toEqual([]);
    }
    expect(b.report.totals.rowsKept).toBe(3);
    expect(downloadLines(b.out).filter((l) => /^202[12],/.test(l))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(b.out, 'manifest.json'), 'utf8'));
    expect(manifest.datasets[0].years).toEqual([2023]);
    expect(readdirSync(join(b.out, 'flows/baci-hs22-v202501'))).toEqual(['2023.json']);
    expectReconciled(b.report);
    expectRefused({ 'BACI_HS22_Y2021_V202501.csv.gz': garbage });
  });

  it('fails corrupt zip archives: junk, truncated, and an entry whose data is damaged', () => {
    const inner = { 'BACI_HS22_Y2020_V202501.csv': baciCsv(manyRows(2020)) };
    const whole = zipBytes(inner);
    const files = {
      [BACI]: baciCsv(GOOD),
      'BACI_HS22_Y2018_V202501.zip': Buffer.from('PK\x03\x04 not really a zip archive'),
      'BACI_HS22_Y2019_V202501.zip': whole.subarray(0, whole.length >> 1),
      // Header readable, then the deflate stream turns to junk half-way through.
      'BACI_HS22_Y2020_V202501.zip': zipBytes(inner, (_, d) =>
        Buffer.concat([d.subarray(0, d.length >> 1), Buffer.alloc(d.length >> 1, 0xff)]),
      ),
      // Not even the header inflates (0xff: a reserved block type).
      'BACI_HS22_Y2017_V202501.zip': zipBytes(inner, (_, d) => Buffer.alloc(d.length, 0xff)),
    };
    const b = buildTree(files);
    for (const y of [2017, 2018, 2019, 2020]) {
      const f = b.report.files.find((x) => x.file.startsWith(`BACI_HS22_Y${y}_V202501.zip`));
      if (!f) throw new Error(`no report for ${y}`);
      expect(f.status, f.file).toBe('failed');
      expect(f.reason, f.file).toMatch(/corrupt zip archive \(/);
      expect(f).toMatchObject({ rowsRead: 0, valueRead: 0 });
      expect(b.stderr).toMatch(
        new RegExp(`^ {2}BACI_HS22_Y${y}_V202501.zip.*:\\d+: corrupt zip`, 'm'),
      );
    }
    expect(b.quarantine).toEqual([]);
    expect(downloadLines(b.out).filter((l) => /^20(1\d|20),/.test(l))).toEqual([]);
    expectReconciled(b.report);
  });
});

describe('rows that cannot be used are quarantined with file, line and reason', () => {
  it('quarantines truncated lines and lines with too many fields', () => {
    const b = buildTree({ [BACI]: baciCsv([...GOOD, '2023,4,8', '2023,4,8,850440,1,2,3']) });
    expect(b.quarantine).toEqual([
      {
        file: BACI,
        line: '6',
        reason: 'truncated line: 3 of 6 fields',
        value: '',
        raw: '2023,4,8',
      },
      {
        file: BACI,
        line: '7',
        reason: 'too many fields: 7 instead of 6',
        value: '',
        raw: '2023,4,8,850440,1,2,3',
      },
    ]);
    expect(b.file(BACI)).toMatchObject({
      rowsRead: 6,
      rowsQuarantined: 2,
      rowsWithoutValue: 2,
      valueQuarantined: 0,
      quarantineReasons: { 'truncated line': 1, 'too many fields': 1 },
    });
    expect(b.stdout).toContain('quarantined 1: truncated line');
    expectReconciled(b.report);
  });

  it('quarantines non-numeric, negative and missing values', () => {
    const bad = ['2023,4,8,850440,abc,', '2023,4,8,854159,-3,', '2023,8,4,850440,,'];
    const b = buildTree({ [BACI]: baciCsv([...GOOD, ...bad]) });
    expect(b.quarantine.map((r) => [r.file, r.line, r.reason, r.value, r.raw])).toEqual([
      [BACI, '6', 'non-numeric value "abc"', '', bad[0]],
      [BACI, '7', 'negative value "-3"', '', bad[1]],
      [BACI, '8', 'missing value', '', bad[2]],
    ]);
    expect(b.file(BACI)).toMatchObject({ rowsQuarantined: 3, rowsWithoutValue: 3 });
    expectReconciled(b.report);
  });

  it('restores a lost leading zero only when the padded code is a known code', () => {
    const lists = writeTree(tempDir(), { 'test.csv': listCsv(['850440', '010121']) });
    const rows = [...GOOD, '2023,4,8,10121,5,', '2023,4,8,10122,6,'];
    const b = buildTree({ [BACI]: baciCsv(rows), [PRODUCTS]: PRODUCT_CODES }, ['--lists', lists]);
    expect(b.file(PRODUCTS)).toMatchObject({ status: 'reference', rowsRead: 5 });
    expect(b.file(BACI)).toMatchObject({
      repairs: { 'HS code leading zero restored': 1 },
      rowsKept: 2,
      valueKept: 12_500 + 5_000,
    });
    expect(b.quarantine).toEqual([
      {
        file: BACI,
        line: '7',
        reason: 'HS code "10122" has five digits and "010122" is not a known code',
        value: '6000',
        raw: '2023,4,8,10122,6,',
      },
    ]);
    expect(downloadLines(b.out).some((l) => l.includes(',010121,') && l.includes(',5000,'))).toBe(
      true,
    );
    expectReconciled(b.report);
  });

  it('quarantines unknown country codes, keeping their value in the totals', () => {
    const rows = [...GOOD, '2023,999,8,850440,2,', '2023,4,999,854159,3,'];
    const b = buildTree({ [BACI]: baciCsv(rows), [COUNTRIES]: COUNTRY_CODES });
    expect(b.quarantine.map((r) => [r.file, r.line, r.reason, r.value])).toEqual([
      [BACI, '6', 'unknown exporter code "999"', '2000'],
      [BACI, '7', 'unknown importer code "999"', '3000'],
    ]);
    expect(b.file(BACI)).toMatchObject({ valueQuarantined: 5000, rowsWithoutValue: 0 });
    expect(downloadLines(b.out).some((l) => l.includes(',USA,') && l.includes(',TWN,'))).toBe(true);
    expectReconciled(b.report);
  });

  it('quarantines duplicates within and across files, naming the row they repeat', () => {
    const more = `more/${BACI}`;
    const b = buildTree({
      [BACI]: baciCsv([...GOOD, GOOD[0] ?? '']),
      [more]: baciCsv(['2023,251,842,854159,100,', '2023,4,8,284510,1,']),
    });
    expect(b.quarantine).toEqual([
      { file: BACI, line: '6', reason: `duplicate of ${BACI}:2`, value: '12500', raw: GOOD[0] },
      { file: more, line: '2', reason: `duplicate of ${BACI}:3`, value: '100000', raw: GOOD[1] },
    ]);
    expect(b.report.duplicates).toBe(2);
    expect(b.file(BACI).quarantineReasons).toEqual({ 'duplicate row': 1 });
    expect(b.file(more)).toMatchObject({ rowsKept: 1, rowsQuarantined: 1, valueKept: 1000 });
    expect(b.report.totals.rowsKept).toBe(4);
    expectReconciled(b.report);
  });
});

describe('encodings and compression', () => {
  it('reads a file with a BOM and CRLF line endings', () => {
    const b = buildTree({ [BACI]: baciCsv(GOOD, { bom: true, crlf: true }) });
    expect(b.quarantine).toEqual([]);
    expect(b.file(BACI)).toMatchObject({ status: 'data', rowsRead: 4, rowsKept: 3 });
    expect(b.file(BACI).valueKept).toBe(12_500 + 100_000 + 3_250);
    expect(downloadLines(b.out).filter((l) => l.includes('\r'))).toEqual([]);
    expectReconciled(b.report);
  });

  it('quarantines CRLF rows with their raw text exactly, after blank lines', () => {
    const text = baciCsv([...GOOD, '', '2023,4,8'], { crlf: true });
    const b = buildTree({ [BACI]: text });
    expect(b.quarantine).toEqual([
      {
        file: BACI,
        line: '7',
        reason: 'truncated line: 3 of 6 fields',
        value: '',
        raw: '2023,4,8',
      },
    ]);
    expectReconciled(b.report);
  });

  it('reads a gzip file and a zip archive', () => {
    const gz = 'BACI_HS22_Y2022_V202501.csv.gz';
    const b = buildTree({
      [gz]: gzipSync(baciCsv(GOOD.map((r) => r.replace(/^2023/, '2022')))),
      [ZIPPED]: zipBytes({
        'Readme.pdf': '%PDF-1.4 not a table',
        'BACI_HS22_Y2021_V202501.csv': baciCsv(GOOD.map((r) => r.replace(/^2023/, '2021'))),
      }),
    });
    for (const name of [gz, `${ZIPPED}!/BACI_HS22_Y2021_V202501.csv`]) {
      expect(b.file(name)).toMatchObject({ status: 'data', rowsRead: 4, rowsKept: 3 });
    }
    expect(b.report.files).toHaveLength(2);
    const manifest = JSON.parse(readFileSync(join(b.out, 'manifest.json'), 'utf8'));
    expect(manifest.datasets[0].years).toEqual([2021, 2022]);
    expectReconciled(b.report);
  });

  it.skipIf(!existsSync('/proc/self/fd'))(
    'closes the files it opens, even corrupt ones',
    async () => {
      const dir = writeTree(tempDir(), {
        'small.csv.gz': gzipSync(baciCsv(GOOD)),
        'bad.csv.gz': Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff]),
        'bad.zip': zipBytes({ 'a.csv': baciCsv(GOOD) }, (_, d) => Buffer.alloc(d.length, 0xff)),
      });
      const open = () => readdirSync('/proc/self/fd').length;
      const before = open();
      for (let n = 0; n < 20; n++) {
        for (const name of ['small.csv.gz', 'bad.csv.gz', 'bad.zip']) {
          try {
            for await (const part of openInput(join(dir, name))) {
              const it = csvRecords(part.stream, name, part.compression);
              await it.next();
              await it.return(undefined);
              part.stream.destroy();
            }
          } catch {
            // corrupt on purpose
          }
        }
      }
      await new Promise((r) => setTimeout(r, 200));
      expect(open() - before).toBeLessThan(5);
    },
  );
});

describe('list files and reproducibility', () => {
  for (const bad of ['85044', '85A440']) {
    it(`refuses a list with the malformed code ${bad}`, () => {
      const text = listCsv(['850440', bad, '854159']);
      const lists = writeTree(tempDir(), { 'test.csv': text });
      const line = text.split('\n').findIndex((l) => l.startsWith(`${bad},`)) + 1;
      const run = expectRefused({ [BACI]: baciCsv(GOOD) }, ['--lists', lists]);
      expect(run.stderr).toContain(
        `error: ${join(lists, 'test.csv')}:${line}: malformed HS code "${bad}": need six digits`,
      );
    });
  }

  it('builds byte-identical output from the same input twice', () => {
    const files: Tree = {
      [BACI]: baciCsv([
        ...GOOD,
        GOOD[1] ?? '',
        '2023,4,8',
        '2023,4,8,10121,1,',
        '2023,999,8,850440,1,',
      ]),
      [PRODUCTS]: PRODUCT_CODES,
      [COUNTRIES]: COUNTRY_CODES,
      'BACI_HS22_Y2022_V202501.csv.gz': gzipSync(baciCsv(manyRows(2022).slice(0, 50))),
      [ZIPPED]: zipBytes({ 'BACI_HS22_Y2021_V202501.csv': baciCsv(manyRows(2021).slice(0, 50)) }),
      'empty.csv': '',
      'notes.csv': 'foo,bar\n',
    };
    const a = buildTree(files);
    const again = runCli(['--input', a.input, '--out', join(dirname(a.out), 'again')]);
    expect(again.status).toBe(0);
    const first = readTree(a.out);
    const second = readTree(join(dirname(a.out), 'again'));
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, bytes] of first) expect(second.get(path)?.equals(bytes), path).toBe(true);
    expect(first.size).toBeGreaterThan(10);
    expectReconciled(a.report);
  });
});

describe('group files (data/groups, --groups)', () => {
  /** A one-group family, its members on lines 7-8 (data/groups/README.md). */
  const family = (members: string) =>
    [
      '{',
      '  "family": { "id": "t", "names": { "en": "T", "fr": "T", "es": "T", "ru": "T" } },',
      '  "groups": [',
      '    {',
      '      "id": "g", "names": { "en": "G", "fr": "G", "es": "G", "ru": "G" }, "asOf": "2024",',
      '      "sources": [{ "title": "t", "publisher": "p", "url": "https://example.org/g" }],',
      '      "members": [',
      members,
      '      ]',
      '    }',
      '  ]',
      '}',
    ].join('\n');

  it('builds with a good group file and writes it to groups.json, not to the manifest', () => {
    const groups = writeTree(tempDir(), {
      'g.json': family('{ "iso3": "AFG" }, { "iso3": "ALB" }'),
    });
    const b = buildTree({ [BACI]: baciCsv(GOOD) }, ['--groups', groups]);
    const out = readTree(b.out);
    const file = JSON.parse(out.get('groups.json')?.toString() ?? '{}') as {
      groups: { id: string; members: { iso3: string }[] }[];
    };
    expect(file.groups.map((g) => [g.id, g.members.map((m) => m.iso3)])).toEqual([
      ['g', ['AFG', 'ALB']],
    ]);
    expect(out.get('manifest.json')?.toString()).not.toContain('groups.json');
    expectReconciled(b.report);
  });

  it('writes no groups.json when the groups folder holds no file', () => {
    const b = buildTree({ [BACI]: baciCsv(GOOD) }, ['--groups', tempDir()]);
    expect(readTree(b.out).has('groups.json')).toBe(false);
  });

  const bad: [string, string, number, string][] = [
    ['an unknown code', '{ "iso3": "AFG" }, { "iso3": "XYZ" }', 8, 'unknown ISO3 code "XYZ"'],
    [
      'a duplicate member',
      '{ "iso3": "AFG" },\n{ "iso3": "AFG" }',
      9,
      'duplicate member AFG (first on line 8)',
    ],
    ['a numeric code', '{ "iso3": 4 }', 8, 'iso3 must be a non-empty string'],
    ['broken JSON', '{ "iso3": "AFG" ', 9, 'expected "}" but found "]"'],
  ];
  for (const [name, members, line, reason] of bad) {
    it(`refuses a group file with ${name}, naming file and line, and changes nothing`, () => {
      const groups = writeTree(tempDir(), { 'g.json': family(members) });
      const run = expectRefused({ [BACI]: baciCsv(GOOD) }, ['--groups', groups]);
      expect(run.stderr).toContain(`error: ${join(groups, 'g.json')}:${line}: ${reason}`);
    });
  }

  it('refuses a group without a source before reading any trade file', () => {
    const text = family('{ "iso3": "AFG" }').replace(/ {6}"sources".*\n/, '');
    const groups = writeTree(tempDir(), { 'g.json': text });
    const run = expectRefused({ [BACI]: baciCsv(GOOD) }, ['--groups', groups]);
    expect(run.stderr).toContain(
      `error: ${join(groups, 'g.json')}:4: group "g" has no source: "sources" needs at least one`,
    );
    expect(run.stdout).not.toContain(BACI);
  });
});
