/**
 * The byte scanner (scripts/pipeline/byte-scan.ts) counts plain BACI rows itself (and writes
 * those on a list out for the stage) and hands every other record to the careful reader. Here
 * it is compared with the careful reader's own record splitter (csv-records.ts) on
 * hand-written and seeded random files, fed in chunks of every size: each record must reach
 * the careful reader exactly as the splitter gives it (fields, line, raw), or be a plain row,
 * counted with its exact value and, on a list, staged with its line, countries, code, value,
 * quantity and raw text.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvBatches, type CsvRecord } from '../../scripts/lib/csv-records.ts';
import { mulberry32 } from '../../scripts/lib/prng.ts';
import { KeyLog, scanBaci, type PlainRows } from '../../scripts/pipeline/byte-scan.ts';
import type { BulkScan } from '../../scripts/readers/types.ts';

const COUNTRIES = new Map([
  ['4', 'AFG'],
  ['004', 'AFG'],
  ['8', 'ALB'],
  ['008', 'ALB'],
  ['250', 'FRA'],
  ['251', 'FRA'],
  ['842', 'USA'],
]);
const KNOWN = new Set(['850440', '850300', '010121', '840130']);
/** On a list: plain rows under these are staged. */
const SCOPE = new Set(['850440', '840130']);
const SPEC: BulkScan = {
  valueDecimals: 3,
  countries: COUNTRIES,
  knownCodes: KNOWN,
  year: 2023,
};

function chunked(bytes: Buffer, sizes: () => number): Readable {
  const parts: Buffer[] = [];
  for (let at = 0; at < bytes.length;) {
    const n = Math.max(1, sizes());
    parts.push(bytes.subarray(at, at + n));
    at += n;
  }
  return Readable.from(parts, { objectMode: true });
}

async function scan(text: string | Buffer, sizes: () => number = () => 1 << 16) {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  const careful: CsvRecord[] = [];
  const keys = new KeyLog('2023');
  const plain = await scanBaci(
    { display: 'f.csv', compression: 'plain', stream: chunked(bytes, sizes) },
    SPEC,
    SCOPE,
    (fields, line, raw) => careful.push({ fields, line, raw }),
    keys,
  );
  return { careful, plain, keys };
}

async function splitterRecords(text: string | Buffer): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  const stream = Readable.from([typeof text === 'string' ? Buffer.from(text) : text]);
  for await (const batch of csvBatches(stream, 'f.csv')) out.push(...batch);
  return out.slice(1); // the header
}

/** The oracle of a plain row, written independently of the scanner. */
const PLAIN =
  /^2023,([1-9]\d{0,2}),([1-9]\d{0,2}),(\d{6}),(\d{1,12}(?:\.\d{1,3})?),(\d{1,12}(?:\.\d{1,3})?)?$/;
const scaled = (x: string) => {
  const [int = '', frac = ''] = x.split('.');
  return Number(int) * 1000 + Number(frac.padEnd(3, '0'));
};
/** A plain row's value, and its staged CSV line when it is on a list; null if not plain. */
function plainRow(raw: string, line: number): { value: number; staged: string | null } | null {
  const m = PLAIN.exec(raw);
  if (!m) return null;
  const [, i = '', j = '', k = '', v = '', q] = m;
  if (!COUNTRIES.has(i) || !COUNTRIES.has(j) || !KNOWN.has(k)) return null;
  const value = scaled(v);
  const qty = q === undefined ? '' : String(scaled(q));
  const staged = SCOPE.has(k)
    ? `${line},${COUNTRIES.get(i)},${COUNTRIES.get(j)},${k},${value},${qty},"${raw}"`
    : null;
  return { value, staged };
}

/** Every record the splitter gives is either handed on unchanged or a counted plain row. */
async function expectSameRecords(text: string | Buffer, sizes?: () => number): Promise<PlainRows> {
  const { careful, plain } = await scan(text, sizes);
  const all = await splitterRecords(text);
  const byLine = new Map(careful.map((r) => [r.line, r]));
  const off = { rows: 0, value: 0 };
  const kept = { rows: 0, value: 0 };
  const staged: string[] = [];
  for (const rec of all) {
    const p = rec.raw.includes('\n') ? null : plainRow(rec.raw, rec.line);
    if (p === null) {
      expect(byLine.get(rec.line), `line ${rec.line}: ${rec.raw}`).toEqual(rec);
      continue;
    }
    expect(byLine.has(rec.line), `line ${rec.line} is plain: ${rec.raw}`).toBe(false);
    const sum = p.staged === null ? off : kept;
    sum.rows++;
    sum.value += p.value;
    if (p.staged !== null) staged.push(`${p.staged}\n`);
  }
  expect(careful.length + plain.rows + plain.kept.rows).toBe(all.length);
  expect({ rows: plain.rows, value: plain.value }).toEqual(off);
  expect(plain.kept).toEqual(kept);
  expect(Buffer.concat(plain.staged).toString()).toBe(staged.join(''));
  return plain;
}

describe('the byte scanner', () => {
  it('counts plain rows on no list and hands on the rest, in file order', async () => {
    const text = [
      't,i,j,k,v,q',
      '2023,4,8,850300,1.5,',
      '2023,4,8,850440,2,0.1', // on a list
      '2023,8,4,850300,4744.4130000000005,43.538', // a fourth decimal: rounded, a repair
      '2023,842,251,010121,12.0,3.25',
      '2023,004,8,010121,1,', // a leading zero
      '2023,999,8,010121,1,', // unknown country
      '2022,4,8,010121,1,', // another year
      '2023,4,8,123456,1,', // unknown code
      '2023,4,8,850300,-5,',
      '2023,4,8,850300, 5,',
      '2023,4,8,850300,1e3,',
      '2023,4,8,850300,5.,',
      '2023,4,8,850300,,',
      '2023,4,8,850300,1,2,3',
      '',
      '2023,251,842,850300,0.009,',
    ].join('\n');
    const plain = await expectSameRecords(text);
    expect({ ...plain, staged: Buffer.concat(plain.staged).toString() }).toEqual({
      rows: 3,
      value: 1500 + 12000 + 9,
      kept: { rows: 1, value: 2000 },
      staged: '3,AFG,ALB,850440,2000,100,"2023,4,8,850440,2,0.1"\n',
      exporters: ['AFG', 'FRA', 'USA'],
      importers: ['ALB', 'FRA', 'USA'],
      codes: ['010121', '850300', '850440'],
    });
    const { careful } = await scan(text);
    expect(careful.map((r) => r.line)).toEqual([4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  it('reads quoted records over several lines, CRLF, a byte order mark and no final newline as the splitter does', async () => {
    const text =
      '\ufefft,i,j,k,v,q\r\n2023,4,8,850300,1,\r\n2023,"4",8,010121,2,\n2023,8,"4\n",850300,3,\n' +
      '2023,8,4,010121,"7",\n2023,842,8,850300,4,5';
    const plain = await expectSameRecords(text);
    expect(plain.rows).toBe(2);
    const { careful } = await scan(text);
    expect(careful.map((r) => [r.line, r.fields[2]])).toEqual([
      [3, '8'],
      [5, '4\n'],
      [6, '4'],
    ]);
  });

  it('gives the same records whatever the chunk sizes, on seeded random files', async () => {
    const rand = mulberry32(20261205);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
    // Long runs of digits too: the scanner stops reading a number at its 13th digit.
    const odd = [
      '-1',
      ' 5',
      '+5',
      '1e3',
      '5.',
      '.5',
      '1.2345',
      '1_000',
      '',
      'NA',
      '"3"',
      '0.0000',
      '123456789012',
      '123456789012.345',
      '1234567890123',
      '9'.repeat(40),
      `1.${'0'.repeat(40)}`,
    ];
    for (let file = 0; file < 30; file++) {
      const lines = ['t,i,j,k,v,q'];
      for (let n = 0; n < 200; n++) {
        const r = rand();
        const i = pick(['4', '8', '250', '251', '842', '004', '999', '0']);
        const j = pick(['4', '8', '842', '251']);
        const k = pick([...KNOWN, '12345', '999999']);
        const v = r < 0.7 ? `${Math.floor(rand() * 1e6)}.${Math.floor(rand() * 1000)}` : pick(odd);
        const q = rand() < 0.3 ? '' : rand() < 0.9 ? String(Math.floor(rand() * 1e4)) : pick(odd);
        const t = rand() < 0.97 ? '2023' : pick(['2022', '202', ' 2023']);
        lines.push(rand() < 0.01 ? '' : `${t},${i},${j},${k},${v},${q}`);
      }
      const eol = rand() < 0.2 ? '\r\n' : '\n';
      const text = lines.join(eol) + (rand() < 0.5 ? eol : '');
      const max = pick([1, 3, 17, 64, 1000, 1 << 16]);
      await expectSameRecords(text, () => 1 + Math.floor(rand() * max));
    }
  });

  it('reads a chunk boundary inside a multi-byte character as the splitter does', async () => {
    const text = Buffer.from(
      't,i,j,k,v,q\n2023,4,8,850300,1,\n2023,4,8,850300,1,é\n2023,8,4,850300,2,\n',
    );
    await expectSameRecords(text, () => 1);
  });
});

describe('the key log of rows on no list', () => {
  const row = (exporter: string, importer: string, hs6: string) => ({
    period: '2023',
    exporter,
    importer,
    hs6,
  });

  it('sees no repeat when keys rise, as in a BACI file', () => {
    const log = new KeyLog('2023');
    log.push(4, 8, 850300);
    log.push(4, 8, 850440);
    log.push(4, 251, 10121);
    log.push(8, 4, 10121);
    expect(log.mayRepeat()).toBe(false);
  });

  it('sorts keys that do not rise, and finds a repeat among them', () => {
    const log = new KeyLog('2023');
    log.push(8, 4, 10121);
    log.push(4, 8, 850300);
    expect(log.mayRepeat()).toBe(false);
    log.push(8, 4, 10121);
    expect(log.mayRepeat()).toBe(true);
  });

  it('counts a row handed to the careful reader in its place', () => {
    const log = new KeyLog('2023');
    log.push(4, 8, 850300);
    log.pushRow(row('AFG', 'ALB', '850300'), '4', '8');
    expect(log.mayRepeat()).toBe(true);
  });

  it('finds a careful row among the plain ones whichever comes first, and after a round trip through its state', () => {
    const first = new KeyLog('2023');
    first.pushRow(row('ALB', 'AFG', '010121'), '8', '4');
    first.push(4, 8, 850300);
    first.push(8, 4, 10121);
    expect(first.mayRepeat()).toBe(true);
    const rising = new KeyLog('2023');
    for (const [i, j, k] of [
      [4, 8, 850300],
      [8, 4, 10121],
      [842, 251, 10121],
    ] as const)
      rising.push(i, j, k);
    const copy = KeyLog.from(rising.state());
    expect(copy.mayRepeat()).toBe(false);
    copy.pushRow(row('USA', 'FRA', '010121'), '842', '251');
    expect(copy.mayRepeat()).toBe(true);
    const other = KeyLog.from(rising.state());
    other.pushRow(row('USA', 'FRA', '850300'), '842', '251');
    expect(other.mayRepeat()).toBe(false);
    other.written('FRA', 250);
    expect(other.mayRepeat()).toBe(true);
  });

  it('is unsure of a country written two ways, a leading zero, another year or a short code', () => {
    const twoWays = new KeyLog('2023');
    twoWays.written('FRA', 250);
    twoWays.written('FRA', 251);
    expect(twoWays.mayRepeat()).toBe(true);
    const cases: [ReturnType<typeof row>, string, string][] = [
      [row('AFG', 'ALB', '850300'), '004', '8'],
      [row('AFG', 'ALB', '850300'), ' 4', '8'],
      [{ ...row('AFG', 'ALB', '850300'), period: '2022' }, '4', '8'],
      [row('AFG', 'ALB', '85030'), '4', '8'],
    ];
    for (const [r, i, j] of cases) {
      const log = new KeyLog('2023');
      log.pushRow(r, i, j);
      expect(log.mayRepeat(), JSON.stringify([r, i, j])).toBe(true);
    }
    const same = new KeyLog('2023');
    same.written('FRA', 251);
    same.pushRow(row('FRA', 'ALB', '850300'), '251', '8');
    expect(same.mayRepeat()).toBe(false);
  });
});
