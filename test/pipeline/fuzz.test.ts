/**
 * Data fuzzing: real rows of BACI, the JRC Nuclear Trade Atlas, Eurostat Comext and UN
 * Comtrade, their reference files and the strategic lists, each damaged once by a seeded
 * mutation (test/fuzz/mutate.ts) and built in-process. Every case must end in a build whose
 * report adds up (checked here from its figures and the written shards, not from its own
 * flag) and whose quarantine names only damaged lines, or in an error that names the file,
 * the line and a reason; never a JavaScript crash, never a half-written output folder.
 *
 * Speed: a build costs ~0.15 s however small (DuckDB round trips), so most data cases share
 * a build: fifteen damaged files of fifteen cases, each holding its own disjoint real rows,
 * judged file by file. Cases that must fail a build alone (a lone broken file, a damaged
 * reference file, a damaged list) run one per build, over a previous output that must
 * survive. The Comtrade Plus sample holds only TOTAL rows: its cases test the JSON path.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeShared } from '../shared-data.ts';
import { InputError } from '../../scripts/lib/errors.ts';
import { build, BuildError } from '../../scripts/pipeline/build.ts';
import { loadMappedReader } from '../../scripts/readers/mapped.ts';
import type { FlowReader } from '../../scripts/readers/types.ts';
import {
  FORMULA_PAYLOADS,
  HTML_PAYLOADS,
  MAPPING_KINDS,
  MUTATION_KINDS,
  mutate,
  mutateMapping,
  touchedLines,
  type MappingKind,
  type MutationKind,
  type TableShape,
} from '../fuzz/mutate.ts';
import { mulberry32, pick } from '../fuzz/prng.ts';
import type { BuildReport, FileReport } from './helpers.ts';
import { LISTS_DIR, parseCsvText, ROOT, SHARED } from './independent.ts';

const SEED = 20260407;
const BATCHES = 60;
const SOLO_DATA = 50;
const REFERENCE_CASES = 46;
const LIST_CASES = 100;
/** Six damaged files read through mappings to a build, and damaged mappings themselves. */
const MAPPED_BATCHES = 18;
const MAPPING_CASES = 36;

const BACI_NAME = 'BACI_HS22_Y2023_V202501.csv';
const COUNTRIES_NAME = 'country_codes_V202501.csv';
const PRODUCTS_NAME = 'product_codes_HS22_V202501.csv';
const ALIASES = join(ROOT, 'data/reference/country-aliases.csv');

type Format = 'baci' | 'jrc' | 'eurostat' | 'comtrade' | 'comtrade-plus';
const SHAPES: Record<Format | 'countries' | 'products', TableShape> = {
  baci: { textColumns: [], headerLines: 1 },
  jrc: { textColumns: [0, 2], headerLines: 1 },
  eurostat: { textColumns: [], headerLines: 1 },
  // Reporter, partner and commodity names.
  comtrade: { textColumns: [9, 12, 22], headerLines: 1 },
  // A pretty-printed JSON response: a "line" is one key of one record.
  'comtrade-plus': { textColumns: [], headerLines: 4 },
  countries: { textColumns: [1], headerLines: 1 },
  products: { textColumns: [1], headerLines: 1 },
};
/** Slots of one shared build: six BACI files, five JRC, four Eurostat. */
const SLOTS: Format[] = [
  ...Array<Format>(6).fill('baci'),
  ...Array<Format>(5).fill('jrc'),
  ...Array<Format>(4).fill('eurostat'),
];
const FILE_NAME: Record<Format, string> = {
  baci: BACI_NAME,
  jrc: 'jrc-nuclear-flows.csv',
  eurostat: 'comext_2022.csv',
  comtrade: 'comtrade_IDN_WLD_X_2014-2015.csv',
  'comtrade-plus': 'comtradeplus_api_get_C_A_HS_sample.json',
};

/**
 * National files read through a mapping (scripts/readers/mapped.ts): Taiwan's exports by
 * destination (Chinese names, BOM), its world totals by code (Chinese headers, ROC years,
 * thousands of USD) and China's monthly exports (dates as periods). Values in whole USD.
 */
type Mapped = 'taiwan' | 'taiwan-world' | 'china';
interface MappedSource {
  mapping: string;
  source: string;
  file: string;
  rows: number;
  shape: TableShape;
  value: (fields: string[]) => number;
}
const MAPPED: Record<Mapped, MappedSource> = {
  taiwan: {
    mapping: join(ROOT, 'data/mappings/taiwan-customs-8542.json'),
    source: join(SHARED, 'taiwan-customs-8542/taiwan_exports_by_country_2013_2025.csv'),
    file: 'taiwan.csv',
    rows: 30,
    // Destination and description.
    shape: { textColumns: [1, 3], headerLines: 1 },
    value: (f) => Math.round(Number(f[4])),
  },
  'taiwan-world': {
    mapping: join(ROOT, 'data/mappings/taiwan-customs-8542-world.json'),
    source: join(SHARED, 'taiwan-customs-8542/taiwan_exports_8542_2013_2025_world_by_ccc.csv'),
    file: 'taiwan-world.csv',
    rows: 24,
    // Flow label, Chinese and English descriptions.
    shape: { textColumns: [0, 3, 4], headerLines: 1 },
    value: (f) => Math.round(Number(f[5]) * 1000),
  },
  china: {
    mapping: join(ROOT, 'data/mappings/china-comtrade-critical-minerals.json'),
    source: join(
      SHARED,
      'china-critical-minerals-comtrade/china_exports_hs6_by_partner_monthly.csv',
    ),
    file: 'china.csv',
    rows: 36,
    shape: { textColumns: [1], headerLines: 1 },
    value: (f) => Math.round(Number(f[3])),
  },
};
const MAPPED_NAMES = Object.keys(MAPPED) as Mapped[];
/** Two files of each mapping in a build, of disjoint real rows, so none repeats another. */
const MAPPED_SLOTS = MAPPED_NAMES.flatMap((which) => [0, 1].map((slot) => ({ which, slot })));
const isMapped = (f: string): f is Mapped => Object.hasOwn(MAPPED, f);

interface MappedFixture {
  /** Per slot, a few dozen real rows of each file under its real header (and BOM). */
  tables: Record<Mapped, string[]>;
  /** Each mapping as JSON text, its names table given by absolute path so it loads anywhere. */
  mappings: Record<Mapped, string>;
  readers: FlowReader[];
}

let mfx: MappedFixture;

function makeMappedFixture(): MappedFixture {
  const tables = {} as Record<Mapped, string[]>;
  const mappings = {} as Record<Mapped, string>;
  for (const name of MAPPED_NAMES) {
    const src = MAPPED[name];
    const [header = '', ...rows] = readFileSync(src.source, 'utf8').split('\n');
    // "Others" is no country: its rows are rightly quarantined, so a clean cut holds none.
    const clean = rows.filter((r) => r !== '' && !r.includes('其他國家'));
    tables[name] = groups(clean, 2, src.rows).map((rows) => table(header, rows));
    const json = JSON.parse(readFileSync(src.mapping, 'utf8')) as {
      partner: { names?: string };
    };
    if (json.partner.names) json.partner.names = resolve(dirname(src.mapping), json.partner.names);
    mappings[name] = `${JSON.stringify(json, null, 2)}\n`;
  }
  return {
    tables,
    mappings,
    readers: MAPPED_NAMES.map((n) => loadMappedReader(MAPPED[n].mapping)),
  };
}

interface Fixture {
  /** Clean text per format and slot: disjoint real rows, so no slot repeats another's. */
  tables: Record<Format, string[]>;
  countries: string;
  products: string;
  /** HS correlation tables, cut down, for Comtrade's HS2012 rows. */
  correlations: Tree;
}

let fx: Fixture;

// --- counts printed at the end ---------------------------------------------------------
const byKind = new Map<string, number>();
const byOutcome = new Map<string, number>();
const problems: string[] = [];
let builds = 0;
const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const fail = (id: string, what: string) => {
  if (problems.length < 200) problems.push(`${id}: ${what}`);
};

/** Messages of JavaScript faults, which must never reach a user as a reason. */
const CRASH =
  /undefined|NaN|\[object |Cannot read|is not a function|is not iterable|is not defined|Maximum call stack|Invalid (array|string) length|out of range|TypeError|RangeError|ReferenceError|SyntaxError/;

/** A reason that is not empty and not a fault message; quoted input ("NaN") may say anything. */
const clearReason = (s: string | null | undefined) =>
  typeof s === 'string' && s.trim().length > 0 && !CRASH.test(s.replace(/"[^"]*"/g, '""'));

// --- fixture: real rows cut down to what a build needs ------------------------------------
function listCodes(): Set<string> {
  const codes = new Set<string>();
  for (const f of readdirSync(LISTS_DIR).filter((n) => n.endsWith('.csv')))
    for (const l of readFileSync(join(LISTS_DIR, f), 'utf8').split('\n'))
      if (/^\d{6},/.test(l)) codes.add(l.slice(0, 6));
  return codes;
}

function dataLines(path: string, quoted = false): { header: string; rows: string[] } {
  const [header = '', ...rows] = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n');
  return { header, rows: rows.filter((r) => r !== '' && (quoted || !r.includes('"'))) };
}

/** Every `step`-th row, split into `n` disjoint groups of `size`. */
function groups(rows: string[], n: number, size: number): string[][] {
  const step = Math.max(1, Math.floor(rows.length / (n * size)));
  const picked = rows.filter((_, i) => i % step === 0).slice(0, n * size);
  return Array.from({ length: n }, (_, g) => picked.filter((_, i) => i % n === g));
}

const table = (header: string, rows: string[]) => [header, ...rows].join('\n') + '\n';

function makeFixture(): Fixture {
  const onList = listCodes();
  const baci = dataLines(
    join(SHARED, 'baci-energy-subset/BACI_HS22_Y2023_V202501_energy_subset.csv'),
  );
  const code = (r: string) => r.split(',')[3] ?? '';
  const slots = SLOTS.filter((s) => s === 'baci').length;
  const inScope = groups(
    baci.rows.filter((r) => onList.has(code(r))),
    slots,
    30,
  );
  const outOfScope = groups(
    baci.rows.filter((r) => !onList.has(code(r))),
    slots,
    10,
  );
  const baciTables = inScope.map((g, n) => [...g, ...(outOfScope[n] ?? [])]);
  const used = baciTables.flat().map((r) => r.split(','));
  const countryCodes = new Set(used.flatMap((f) => [f[1], f[2]]));
  const productCodes = new Set(used.map((f) => f[3]));
  const cc = readFileSync(
    join(SHARED, 'country-codes/baci_country_codes_V202501.csv'),
    'utf8',
  ).split('\n');
  const pc = readFileSync(
    join(SHARED, 'baci-energy-subset/product_codes_HS22_V202501.csv'),
    'utf8',
  ).split('\n');
  const jrc = dataLines(join(SHARED, 'nuclear-trade-360info/nuclear-commodity-data.csv'));
  const eu = dataLines(
    join(SHARED, 'eu-comext-ru-neighbours/comext_eu27_exports_to_ru_neighbours_2022.csv'),
  );
  // Comtrade's H4 rows are HS2012: the lists reach them through the correlation tables,
  // cut down to the rows around the listed codes.
  const corr = (name: string, keep: (from: string, to: string) => boolean) => {
    const [head = '', ...rows] = readFileSync(join(SHARED, 'hs-concordance', name), 'utf8').split(
      '\n',
    );
    const kept = rows.filter((r) => {
      const [from = '', to = ''] = r.split(',');
      return keep(from, to);
    });
    return { text: table(head, kept), targets: new Set(kept.map((r) => r.split(',')[1] ?? '')) };
  };
  const to17 = corr('hs2022_to_hs2017_correlation.csv', (from) => onList.has(from));
  const reach17 = new Set([...to17.targets, ...onList]);
  const to12 = corr('hs2017_to_hs2012_correlation.csv', (from) => reach17.has(from));
  const legacy = dataLines(join(SHARED, 'comtrade-legacy-idn', FILE_NAME.comtrade), true);
  const comtradeRows = legacy.rows.filter((l) => to12.targets.has(l.split(',')[21] ?? ''));
  return {
    tables: {
      baci: baciTables.map((rows) => table(baci.header, rows)),
      jrc: groups(jrc.rows, SLOTS.filter((s) => s === 'jrc').length, 8).map((rows) =>
        table(jrc.header, rows),
      ),
      eurostat: groups(eu.rows, SLOTS.filter((s) => s === 'eurostat').length, 10).map((rows) =>
        table(eu.header, rows),
      ),
      comtrade: [table(legacy.header, groups(comtradeRows, 1, 20)[0] ?? [])],
      'comtrade-plus': [
        readFileSync(
          join(SHARED, 'comtradeplus-format-sample', FILE_NAME['comtrade-plus']),
          'utf8',
        ),
      ],
    },
    correlations: {
      'hs2022_to_hs2017_correlation.csv': to17.text,
      'hs2017_to_hs2012_correlation.csv': to12.text,
    },
    countries: table(
      cc[0] ?? '',
      cc.slice(1).filter((l) => countryCodes.has(l.split(',')[0])),
    ),
    products: table(
      pc[0] ?? '',
      pc.slice(1).filter((l) => productCodes.has(l.slice(0, 6))),
    ),
  };
}

// --- running a build ----------------------------------------------------------------------
type Tree = Record<string, string | Buffer>;

interface Run {
  root: string;
  input: string;
  out: string;
  error: unknown;
}

async function runBuild(
  files: Tree,
  lists = LISTS_DIR,
  extraReaders: FlowReader[] = [],
): Promise<Run> {
  const root = mkdtempSync(join(tmpdir(), 'atlas-fuzz-'));
  const input = join(root, 'in');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(input, name)), { recursive: true });
    writeFileSync(join(input, name), content);
  }
  const out = join(root, 'out');
  mkdirSync(out);
  writeFileSync(join(out, 'marker.txt'), 'previous build');
  builds++;
  let error: unknown = null;
  try {
    const reader =
      extraReaders.length > 0 ? { hsEdition: null, extraReaders } : { hsEdition: null };
    await build({ input, out, listsDir: lists, aliasesFile: ALIASES, reader });
  } catch (e) {
    error = e;
  }
  return { root, input, out, error };
}

/** A failed build must leave the previous output as it was, and nothing beside it. */
function expectUntouched(id: string, run: Run): void {
  const left = readdirSync(run.root)
    .filter((n) => n !== 'lists')
    .sort();
  if (left.join() !== 'in,out')
    fail(id, `temporary folders left beside the output: ${left.join(', ')}`);
  const inOut = readdirSync(run.out);
  if (
    inOut.join() !== 'marker.txt' ||
    readFileSync(join(run.out, 'marker.txt'), 'utf8') !== 'previous build'
  )
    fail(id, `previous output altered after a failed build: ${inOut.join(', ')}`);
}

/** A thrown error is clear when it is one of the pipeline's own, names the place, and gives a reason. */
function clearError(id: string, e: unknown, at: RegExp): boolean {
  if (!(e instanceof InputError || e instanceof BuildError)) {
    const err = e as Error;
    fail(
      id,
      `crash: ${err?.name}: ${err?.message}\n${err?.stack?.split('\n').slice(0, 4).join('\n')}`,
    );
    return false;
  }
  if (!at.test(e.message) || !clearReason(e.message)) {
    fail(id, `unclear error: ${e.message.slice(0, 300)}`);
    return false;
  }
  return true;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Built {
  report: BuildReport;
  quarantine: { file: string; line: string; reason: string; value: string; raw: string }[];
}

/**
 * Checks of a successful build that do not trust its verdict: every file's balance, the
 * totals as sums of the files, the written flows against the kept value, the quarantine
 * against the counts, and no spreadsheet formula left live in any CSV written.
 */
function checkBuilt(id: string, run: Run): Built | null {
  let report: BuildReport;
  let quarantine: Built['quarantine'];
  try {
    report = JSON.parse(readFileSync(join(run.out, 'build-report.json'), 'utf8')) as BuildReport;
    JSON.parse(readFileSync(join(run.out, 'manifest.json'), 'utf8'));
    quarantine = parse(readFileSync(join(run.out, 'quarantine.csv'), 'utf8'), { columns: true });
  } catch (e) {
    fail(id, `output unreadable: ${(e as Error).message}`);
    return null;
  }
  const left = readdirSync(run.root)
    .filter((n) => n !== 'lists')
    .sort();
  if (left.join() !== 'in,out') fail(id, `temporary folders left: ${left.join(', ')}`);
  if (readdirSync(run.out).includes('marker.txt')) fail(id, 'the previous output was not replaced');
  const data = report.files.filter((f) => f.status === 'data');
  for (const f of report.files) {
    const parts = f.valueKept + f.valueOutOfScope + f.valueQuarantined + f.valueAggregate;
    if (f.valueRead !== parts) fail(id, `${f.file}: value read ${f.valueRead} != parts ${parts}`);
    if (f.status !== 'data') continue;
    const rows = f.rowsKept + f.rowsOutOfScope + f.rowsQuarantined + f.rowsAggregate;
    if (f.rowsRead !== rows) fail(id, `${f.file}: rows read ${f.rowsRead} != parts ${rows}`);
    if ([f.valueRead, f.valueKept, f.rowsKept].some((n) => !Number.isSafeInteger(n) || n < 0))
      fail(id, `${f.file}: a count is not a whole number: ${JSON.stringify(f)}`);
  }
  for (const [k, v] of Object.entries(report.totals)) {
    const sum = data.reduce((s, f) => s + ((f as unknown as Record<string, number>)[k] ?? 0), 0);
    if (sum !== v) fail(id, `totals.${k} ${v} != sum of files ${sum}`);
  }
  // The written flows add up to the kept value of each dataset's files.
  for (const ds of new Set(data.map((f) => f.dataset ?? ''))) {
    const kept = data.filter((f) => f.dataset === ds).reduce((s, f) => s + f.valueKept, 0);
    const dir = join(run.out, 'flows', ds);
    let written = 0;
    for (const y of readdirSync(dir)) {
      const shard = JSON.parse(readFileSync(join(dir, y), 'utf8')) as { data: { value: number[] } };
      written += shard.data.value.reduce((s, v) => s + v, 0);
    }
    if (written !== kept) fail(id, `${ds}: flows hold ${written}, the report keeps ${kept}`);
  }
  const quarantined = data.reduce((s, f) => s + f.rowsQuarantined, 0);
  if (quarantine.length !== quarantined)
    fail(id, `quarantine.csv has ${quarantine.length} rows, the report ${quarantined}`);
  for (const q of quarantine) {
    if (!clearReason(q.reason))
      fail(id, `${q.file}:${q.line}: unclear quarantine reason "${q.reason}"`);
    if (!(Number(q.line) >= 1)) fail(id, `${q.file}: quarantined at line "${q.line}"`);
  }
  const csvs = [join(run.out, 'quarantine.csv')];
  const dl = join(run.out, 'downloads');
  for (const f of readdirSync(dl)) csvs.push(join(dl, f));
  for (const path of csvs) {
    const text = path.endsWith('.gz')
      ? gunzipSync(readFileSync(path)).toString('utf8')
      : readFileSync(path, 'utf8');
    const live = (parse(text) as string[][])
      .flat()
      .find((c) => /^[=+@-]/.test(c) && !/^-?\d/.test(c));
    if (live !== undefined)
      fail(id, `${path.slice(run.out.length)}: live formula cell ${live.slice(0, 60)}`);
  }
  return { report, quarantine };
}

// --- one damaged data file, judged within the build it ran in ----------------------------
interface DataCase {
  id: string;
  format: Format | Mapped;
  file: string;
  kind: MutationKind;
  text: Buffer;
  touched: { first: number; last: number };
}

function dataCase(
  n: number,
  format: Format,
  slot: number,
  dir: string,
): DataCase & { format: Format } {
  const rng = mulberry32(SEED + n);
  const kind = MUTATION_KINDS[n % MUTATION_KINDS.length] as MutationKind;
  const clean = fx.tables[format][slot] ?? '';
  const m = mutate(kind, clean, rng, SHAPES[format]);
  count(byKind, `data ${kind}`);
  return {
    id: `case ${n} (${format} ${kind})`,
    format,
    file: dir ? `${dir}/${FILE_NAME[format]}` : FILE_NAME[format],
    kind,
    text: m.bytes,
    touched: m.touched,
  };
}

/** Value of a clean row in whole currency units, read independently of the pipeline. */
function rowValue(format: Format | Mapped, line: string): number {
  const f = line.split(',');
  if (isMapped(format)) return MAPPED[format].value(f);
  if (format === 'baci') {
    const [int = '0', frac = ''] = (f[4] ?? '').split('.');
    return Number(int) * 1000 + Number((frac + '000').slice(0, 3));
  }
  return Number(f[format === 'jrc' ? 6 : format === 'comtrade' ? 31 : 4]);
}

function judge(c: DataCase, b: Built): string {
  const f = b.report.files.find((x) => x.file === c.file);
  if (!f) {
    fail(c.id, `${c.file} missing from the report`);
    return 'lost';
  }
  if (f.status === 'failed') {
    if (!clearReason(f.reason) || !new RegExp(`^${escape(c.file)}:\\d+: \\S`).test(f.reason ?? ''))
      fail(c.id, `failed without file, line and reason: ${f.reason?.slice(0, 200)}`);
    if (f.rowsRead !== 0 || f.valueRead !== 0) fail(c.id, 'a failed file still counts rows');
    const line = Number(/^[^:]*:(\d+):/.exec(f.reason ?? '')?.[1]);
    if (c.format !== 'comtrade-plus' && !(line >= c.touched.first && line <= c.touched.last))
      fail(
        c.id,
        `failure placed at line ${line}, the damage is at ${c.touched.first}-${c.touched.last}`,
      );
    return 'file failed with reason';
  }
  if (f.status === 'skipped') {
    if (!clearReason(f.reason)) fail(c.id, `skipped without a clear reason: ${f.reason}`);
    if (c.kind === 'cr-only' && !/carriage return/.test(f.reason ?? ''))
      fail(c.id, `old Mac line endings not named: ${f.reason?.slice(0, 100)}`);
    // Only a damaged header may make a file unrecognisable; a bad row is quarantined.
    if (c.touched.first !== 1)
      fail(c.id, `skipped for damage at line ${c.touched.first}: ${f.reason}`);
    return 'file skipped with reason';
  }
  if (f.status !== 'data') {
    fail(c.id, `status ${f.status}`);
    return 'wrong status';
  }
  const text = c.text.toString('utf8').replace(/^\uFEFF/, '');
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const touched = (a: number, z: number) => a <= c.touched.last && z >= c.touched.first;
  const mine = b.quarantine.filter((q) => q.file === c.file);
  // JSON records are numbered by record, not by line: only the counts apply.
  if (c.format === 'comtrade-plus')
    return mine.length > 0 ? 'built, damaged rows quarantined' : 'built, nothing quarantined';
  for (const q of mine) {
    const end = Number(q.line);
    const start = end - (q.raw.split('\n').length - 1);
    if (touched(start, end)) continue;
    // A damaged row elsewhere may now come first and make this clean row its repeat.
    const dup = /^duplicate of (.+):(\d+)$/.exec(q.reason);
    if (dup && dup[1] !== c.file) continue;
    fail(
      c.id,
      `clean line ${end} quarantined: ${q.reason} (touched ${c.touched.first}-${c.touched.last})`,
    );
  }
  if (!text.includes('"')) {
    // Without quotes a record is a non-empty line: none may vanish uncounted.
    const records = lines.filter((l) => l !== '').length - 1;
    if (f.rowsRead !== records) fail(c.id, `${records} records in the file, ${f.rowsRead} read`);
    const clean = lines.reduce(
      (s, l, i) => (i === 0 || l === '' || touched(i + 1, i + 1) ? s : s + rowValue(c.format, l)),
      0,
    );
    if (f.valueRead < clean)
      fail(c.id, `value read ${f.valueRead} < ${clean} of the undamaged rows`);
  }
  return mine.length > 0 ? 'built, damaged rows quarantined' : 'built, nothing quarantined';
}

async function soloDataCase(n: number): Promise<void> {
  const formats = ['baci', 'jrc', 'eurostat', 'comtrade', 'comtrade-plus'] as const;
  await runAlone(dataCase(n, formats[n % formats.length] ?? 'baci', 0, ''));
}

/** One damaged file as the only trade file of a build, over a previous output. */
async function runAlone(c: DataCase & { format: Format }): Promise<void> {
  const files: Tree = { [c.file]: c.text };
  if (c.format === 'baci')
    Object.assign(files, { [COUNTRIES_NAME]: fx.countries, [PRODUCTS_NAME]: fx.products });
  if (c.format === 'comtrade') Object.assign(files, fx.correlations);
  const run = await runBuild(files);
  if (run.error) {
    if (clearError(c.id, run.error, new RegExp(`${escape(c.file)}(:\\d+)?: \\S`)))
      count(byOutcome, 'build refused, named file and reason');
    else count(byOutcome, 'CRASH');
    expectUntouched(c.id, run);
  } else {
    const b = checkBuilt(c.id, run);
    count(byOutcome, b ? judge(c, b) : 'unreadable output');
  }
  rmSync(run.root, { recursive: true, force: true });
}

async function batch(k: number): Promise<void> {
  const cases = SLOTS.map((format, slot) =>
    dataCase(
      1000 + k * SLOTS.length + slot,
      format,
      SLOTS.slice(0, slot).filter((s) => s === format).length,
      `s${slot}`,
    ),
  );
  const files: Tree = { [COUNTRIES_NAME]: fx.countries, [PRODUCTS_NAME]: fx.products };
  for (const c of cases) files[c.file] = c.text;
  const run = await runBuild(files);
  if (run.error) {
    // Nothing in one file may bring down a build of fifteen: find the culprit alone.
    fail(
      `batch ${k}`,
      `build threw ${(run.error as Error).name}: ${(run.error as Error).message.slice(0, 300)}`,
    );
    for (const c of cases) await runAlone({ ...c, file: FILE_NAME[c.format] });
  } else {
    const b = checkBuilt(`batch ${k}`, run);
    for (const c of cases) count(byOutcome, b ? judge(c, b) : 'unreadable output');
  }
  rmSync(run.root, { recursive: true, force: true });
}

// --- damaged reference files: the rows they describe must still add up -------------------
async function referenceCase(n: number): Promise<void> {
  const rng = mulberry32(SEED + 5000 + n);
  const which = n % 2 === 0 ? 'countries' : 'products';
  const kind = MUTATION_KINDS[Math.floor(n / 2) % MUTATION_KINDS.length] as MutationKind;
  const m = mutate(kind, which === 'countries' ? fx.countries : fx.products, rng, SHAPES[which]);
  const name = which === 'countries' ? COUNTRIES_NAME : PRODUCTS_NAME;
  const id = `reference ${n} (${name} ${kind})`;
  count(byKind, `reference ${kind}`);
  const files: Tree = {
    [BACI_NAME]: fx.tables.baci[0] ?? '',
    [COUNTRIES_NAME]: fx.countries,
    [PRODUCTS_NAME]: fx.products,
    [name]: m.bytes,
  };
  const run = await runBuild(files);
  if (run.error) {
    if (clearError(id, run.error, new RegExp(`${escape(name)}(:\\d+)?: \\S`)))
      count(byOutcome, 'build refused, named file and reason');
    else count(byOutcome, 'CRASH');
    expectUntouched(id, run);
  } else {
    const b = checkBuilt(id, run);
    const ref = b?.report.files.find((f) => f.file === name);
    const baci = b?.report.files.find((f) => f.file === BACI_NAME);
    if (
      b &&
      ref?.status === 'failed' &&
      !new RegExp(`^${escape(name)}:\\d+: \\S`).test(ref.reason ?? '')
    )
      fail(id, `reference file failed without line and reason: ${ref.reason}`);
    // The trade file is untouched: all of its 40 rows are read and accounted for.
    if (b && baci?.rowsRead !== 40) fail(id, `BACI rows read ${baci?.rowsRead}, not 40`);
    count(
      byOutcome,
      b ? `built (reference file ${ref?.status ?? 'missing'})` : 'unreadable output',
    );
  }
  rmSync(run.root, { recursive: true, force: true });
}

// --- damaged list files -------------------------------------------------------------------
const LIST_FILES = ['chpl.csv', 'indicative.csv', 'jrc-nuclear.csv'];

function listShape(text: string): TableShape {
  const front = text.split('\n').findIndex((l) => !l.startsWith('#'));
  return { textColumns: [4], headerLines: front + 1 };
}

/** Hostile text in a front-matter value (name, description, a category label). */
function frontMatterPayload(text: string, rng: () => number): Buffer {
  const lines = text.split('\n');
  const keys = lines
    .map((l, i) => [l, i] as const)
    .filter(([l]) => /^# (name|description|source|version|category \S+):/.test(l));
  const [line, i] = pick(rng, keys);
  const payload = pick<string>(rng, [...HTML_PAYLOADS, ...FORMULA_PAYLOADS]);
  lines[i] = line.replace(/:.*/, `: ${payload}`);
  return Buffer.from(lines.join('\n'), 'utf8');
}

async function listCase(n: number): Promise<void> {
  const rng = mulberry32(SEED + 9000 + n);
  const file = LIST_FILES[n % LIST_FILES.length] ?? 'chpl.csv';
  const clean = readFileSync(join(LISTS_DIR, file), 'utf8');
  const front = n % 5 === 4;
  const kind = MUTATION_KINDS[Math.floor(n / 3) % MUTATION_KINDS.length] as MutationKind;
  const bytes = front
    ? frontMatterPayload(clean, rng)
    : mutate(kind, clean, rng, listShape(clean)).bytes;
  const touched = touchedLines(Buffer.from(clean), bytes);
  const label = front ? 'front-matter-payload' : kind;
  const id = `list ${n} (${file} ${label})`;
  count(byKind, `list ${label}`);
  const root = mkdtempSync(join(tmpdir(), 'atlas-fuzz-lists-'));
  const lists = join(root, 'lists');
  mkdirSync(lists);
  for (const f of LIST_FILES)
    writeFileSync(join(lists, f), f === file ? bytes : readFileSync(join(LISTS_DIR, f)));
  const run = await runBuild(
    {
      [BACI_NAME]: fx.tables.baci[0] ?? '',
      [COUNTRIES_NAME]: fx.countries,
      [PRODUCTS_NAME]: fx.products,
    },
    lists,
  );
  rmSync(root, { recursive: true, force: true });
  if (run.error) {
    // The list's path, or its bare name where lists are compared (a repeated id).
    const at = new RegExp(`^(${escape(lists)}/)?${escape(file)}:\\d+: \\S`);
    count(byOutcome, clearError(id, run.error, at) ? 'list refused, named file and line' : 'CRASH');
    expectUntouched(id, run);
    // The line named is the damaged one, line 1 for what the front matter declares, or the
    // later of two rows that a damaged code now repeats.
    const message = (run.error as Error).message;
    const line = Number(/:(\d+): /.exec(message)?.[1]);
    const repeat = / duplicate code /.test(message) && line > touched.last;
    if (line !== 1 && !repeat && !(line >= touched.first && line <= touched.last))
      fail(
        id,
        `error placed at line ${line}, the damage is at ${touched.first}-${touched.last}: ${(run.error as Error).message.slice(0, 200)}`,
      );
  } else {
    const b = checkBuilt(id, run);
    const manifest = JSON.parse(readFileSync(join(run.out, 'manifest.json'), 'utf8')) as {
      lists: { file: string; name: string; description: string; codes: number }[];
    };
    // A list kept outside the project is recorded by its file name alone.
    const meta = manifest.lists.find((l) => l.file === file);
    if (!meta) fail(id, 'the list built but is not in the manifest');
    const text = bytes.toString('utf8');
    // Columns are found by name, so count codes under whichever column is called hs6.
    const table = parseCsvText(
      text
        .split('\n')
        .filter((l) => !l.startsWith('#'))
        .join('\n'),
    );
    const col = (table[0] ?? []).map((h) => h.trim()).indexOf('hs6');
    const codes = new Set(table.slice(1).map((r) => (r[col] ?? '').trim()));
    if (meta && !/\r(?!\n)/.test(text) && meta.codes !== codes.size)
      fail(id, `manifest says ${meta.codes} codes, the file has ${codes.size}`);
    if (front && meta) {
      const value = (text.split('\n')[touched.first - 1] ?? '').replace(/^[^:]*:\s*/, '');
      const shown = JSON.stringify(manifest).includes(JSON.stringify(value).slice(1, -1));
      if (!shown) fail(id, `front-matter text "${value}" not kept verbatim in the manifest`);
    }
    count(byOutcome, b ? 'list built and reported' : 'unreadable output');
  }
  rmSync(run.root, { recursive: true, force: true });
}

// --- national files read through a mapping -----------------------------------------------
function mappedCase(n: number, which: Mapped, slot: number): DataCase {
  // A stream of its own, apart from the seeds above, so the earlier cases stay as they were.
  const rng = mulberry32(SEED + 20000 + n);
  const kind = MUTATION_KINDS[n % MUTATION_KINDS.length] as MutationKind;
  const m = mutate(kind, mfx.tables[which][slot] ?? '', rng, MAPPED[which].shape);
  count(byKind, `mapped ${kind}`);
  const file = `s${slot}/${MAPPED[which].file}`;
  return {
    id: `mapped ${n} (${which} ${kind})`,
    format: which,
    file,
    kind,
    text: m.bytes,
    touched: m.touched,
  };
}

/** Six mapped files, each damaged once, in one build with the three mappings. */
async function mappedBatch(k: number): Promise<void> {
  const cases = MAPPED_SLOTS.map(({ which, slot }, i) =>
    mappedCase(k * MAPPED_SLOTS.length + i, which, slot),
  );
  const files: Tree = { ...fx.correlations };
  for (const c of cases) files[c.file] = c.text;
  const run = await runBuild(files, LISTS_DIR, mfx.readers);
  if (run.error) {
    // One damaged file must not bring down a build of six.
    fail(`mapped batch ${k}`, `build threw: ${String((run.error as Error).message).slice(0, 300)}`);
    cases.forEach(() => count(byOutcome, 'mapped build refused'));
  } else {
    const b = checkBuilt(`mapped batch ${k}`, run);
    for (const c of cases) count(byOutcome, b ? judge(c, b) : 'unreadable output');
  }
  rmSync(run.root, { recursive: true, force: true });
}

/**
 * A damaged mapping: refused when loaded, with the mapping's path, a line and a reason; or
 * loaded, and then its file is built and reconciles, is skipped (its header no longer
 * matches) or fails with `file:line: reason`, while the other two files build as before.
 */
async function mappingCase(n: number): Promise<void> {
  const rng = mulberry32(SEED + 30000 + n);
  const which = MAPPED_NAMES[n % MAPPED_NAMES.length] ?? 'taiwan';
  const kind = MAPPING_KINDS[
    Math.floor(n / MAPPED_NAMES.length) % MAPPING_KINDS.length
  ] as MappingKind;
  const bytes = mutateMapping(kind, mfx.mappings[which], rng);
  const id = `mapping ${n} (${which} ${kind})`;
  count(byKind, `mapping ${kind}`);
  const dir = mkdtempSync(join(tmpdir(), 'atlas-fuzz-mapping-'));
  const path = join(dir, basename(MAPPED[which].mapping));
  writeFileSync(path, bytes);
  let reader: FlowReader;
  try {
    reader = loadMappedReader(path);
  } catch (e) {
    const named = clearError(id, e, new RegExp(`^${escape(path)}:\\d+: \\S`));
    count(byOutcome, named ? 'mapping refused, named file and line' : 'CRASH');
    const line = Number(/:(\d+): /.exec((e as Error).message)?.[1]);
    const lines = bytes.toString('utf8').split('\n').length;
    if (named && !(line >= 0 && line <= lines)) fail(id, `line ${line} of a ${lines}-line mapping`);
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  rmSync(dir, { recursive: true, force: true });
  const file = MAPPED[which].file;
  const files: Tree = { ...fx.correlations };
  for (const w of MAPPED_NAMES) files[MAPPED[w].file] = mfx.tables[w][0] ?? '';
  const readers = MAPPED_NAMES.map((w, i) =>
    w === which ? reader : (mfx.readers[i] as FlowReader),
  );
  const run = await runBuild(files, LISTS_DIR, readers);
  if (run.error) {
    // Two clean files stay readable: the build as a whole may not fail.
    fail(id, `build threw: ${String((run.error as Error).message).slice(0, 300)}`);
    count(byOutcome, 'mapping loaded, build refused');
    rmSync(run.root, { recursive: true, force: true });
    return;
  }
  const b = checkBuilt(id, run);
  const f = b?.report.files.find((x) => x.file === file);
  if (!b || !f) {
    if (b) fail(id, `${file} missing from the report`);
    count(byOutcome, 'unreadable output');
  } else if (f.status === 'data') {
    const records = (mfx.tables[which][0] ?? '').split('\n').filter((l) => l !== '').length - 1;
    if (f.rowsRead !== records) fail(id, `${records} records in the file, ${f.rowsRead} read`);
    if (kind === 'html-payload' || kind === 'formula-payload') {
      // China's dataset is its own, so its title and source come from this mapping alone.
      const manifest = readFileSync(join(run.out, 'manifest.json'), 'utf8');
      const payload = /"(title|source|publisher|citation)": (".*")/.exec(bytes.toString('utf8'));
      const raw = payload?.[2] ?? '';
      if (which === 'china' && !manifest.includes(raw.slice(1, -1)))
        fail(id, `${payload?.[1]} ${raw} not kept verbatim in the manifest`);
    }
    count(byOutcome, 'mapping loaded, file built');
  } else if (f.status === 'skipped') {
    if (!clearReason(f.reason)) fail(id, `skipped without a clear reason: ${f.reason}`);
    count(byOutcome, 'mapping loaded, file skipped with reason');
  } else {
    if (!clearReason(f.reason) || !new RegExp(`^${escape(file)}:\\d+: \\S`).test(f.reason ?? ''))
      fail(id, `${f.status} without file, line and reason: ${f.reason?.slice(0, 200)}`);
    count(byOutcome, 'mapping loaded, file failed with reason');
  }
  rmSync(run.root, { recursive: true, force: true });
}

// --- the run ------------------------------------------------------------------------------
describeShared(
  'data fuzzing (seeded mutations of real rows and lists)',
  [
    'taiwan-customs-8542/taiwan_exports_by_country_2013_2025.csv',
    'taiwan-customs-8542/taiwan_exports_8542_2013_2025_world_by_ccc.csv',
    'china-critical-minerals-comtrade/china_exports_hs6_by_partner_monthly.csv',
    'baci-energy-subset/BACI_HS22_Y2023_V202501_energy_subset.csv',
    'country-codes/baci_country_codes_V202501.csv',
    'baci-energy-subset/product_codes_HS22_V202501.csv',
    'nuclear-trade-360info/nuclear-commodity-data.csv',
    'eu-comext-ru-neighbours/comext_eu27_exports_to_ru_neighbours_2022.csv',
    'hs-concordance',
    'comtrade-legacy-idn/comtrade_IDN_WLD_X_2014-2015.csv',
    'comtradeplus-format-sample/comtradeplus_api_get_C_A_HS_sample.json',
  ],
  () => {
    beforeAll(() => {
      fx = makeFixture();
      mfx = makeMappedFixture();
    });

    afterAll(() => {
      const total = [...byKind.values()].reduce((s, n) => s + n, 0);
      const lines = [
        `fuzz.test.ts: ${total} cases tried in ${builds} in-process builds (seed ${SEED}; Vitest prints the time)`,
        'by mutation kind:',
        ...[...byKind].sort().map(([k, v]) => `  ${k}: ${v}`),
        'by outcome:',
        ...[...byOutcome].sort().map(([k, v]) => `  ${k}: ${v}`),
      ];
      console.log(lines.join('\n'));
    });

    it('the clean fixture builds with nothing quarantined, and the checks catch tampering', async () => {
      const files: Tree = { [COUNTRIES_NAME]: fx.countries, [PRODUCTS_NAME]: fx.products };
      const cases: DataCase[] = SLOTS.map((format, slot) => {
        const file = `s${slot}/${FILE_NAME[format]}`;
        const k = SLOTS.slice(0, slot).filter((s) => s === format).length;
        const text = Buffer.from(fx.tables[format][k] ?? '');
        files[file] = text;
        return { id: file, format, file, kind: 'crlf', text, touched: { first: 1, last: 0 } };
      });
      const run = await runBuild(files);
      expect(run.error).toBeNull();
      const b = checkBuilt('clean', run);
      if (!b) throw new Error(problems.join('\n'));
      expect(b.quarantine).toEqual([]);
      const data = b.report.files.filter((f: FileReport) => f.status === 'data');
      expect(data).toHaveLength(SLOTS.length);
      for (const f of data)
        expect(f.rowsKept + f.rowsOutOfScope + f.rowsAggregate, f.file).toBe(f.rowsRead);
      expect(data.filter((f) => f.format?.startsWith('BACI')).map((f) => f.rowsRead)).toEqual(
        Array(6).fill(40),
      );
      expect(cases.map((c) => judge(c, b))).toEqual(cases.map(() => 'built, nothing quarantined'));
      expect(problems).toEqual([]);

      // A row lost without a trace, a clean row quarantined, a kept value that the written
      // flows do not hold: each must be caught.
      const [first, second] = cases as [DataCase, DataCase];
      const lost = b.report.files.find((f) => f.file === first.file) as FileReport;
      lost.rowsRead--;
      lost.rowsKept--;
      judge(first, b);
      expect(problems.splice(0).join('\n')).toMatch(/records in the file, 39 read/);
      judge(second, {
        ...b,
        quarantine: [{ file: second.file, line: '7', reason: 'x', value: '', raw: 'r' }],
      });
      expect(problems.splice(0).join('\n')).toMatch(/clean line 7 quarantined/);
      const path = join(run.out, 'build-report.json');
      const report = JSON.parse(readFileSync(path, 'utf8')) as BuildReport;
      const f0 = report.files.find((f) => f.file === first.file) as FileReport;
      f0.valueKept += 1;
      f0.valueRead += 1;
      writeFileSync(path, JSON.stringify(report));
      checkBuilt('tampered', run);
      expect(problems.splice(0).join('\n')).toMatch(/flows hold \d+, the report keeps \d+/);
      rmSync(run.root, { recursive: true, force: true });
    });

    it(`${BATCHES * SLOTS.length} damaged data files, fifteen to a build`, async () => {
      // Two builds at a time: a build mostly waits on DuckDB, so two overlap well on two cores.
      for (let k = 0; k < BATCHES; k += 2) await Promise.all([batch(k), batch(k + 1)]);
      expect(problems.splice(0)).toEqual([]);
    });

    it(`${SOLO_DATA} damaged data files built alone, over a previous output`, async () => {
      for (let n = 0; n < SOLO_DATA; n++) await soloDataCase(n);
      expect(problems.splice(0)).toEqual([]);
    });

    it(`${REFERENCE_CASES} damaged reference files (country and product codes)`, async () => {
      for (let n = 0; n < REFERENCE_CASES; n++) await referenceCase(n);
      expect(problems.splice(0)).toEqual([]);
    });

    it(`${LIST_CASES} damaged strategic-list files`, async () => {
      for (let n = 0; n < LIST_CASES; n++) await listCase(n);
      expect(problems.splice(0)).toEqual([]);
    });

    it('the clean mapped files build with nothing quarantined, and every fixture mapping loads', async () => {
      const files: Tree = { ...fx.correlations };
      const cases: DataCase[] = MAPPED_SLOTS.map(({ which, slot }) => ({
        id: `${which} ${slot}`,
        format: which,
        file: `s${slot}/${MAPPED[which].file}`,
        kind: 'crlf',
        text: Buffer.from(mfx.tables[which][slot] ?? ''),
        touched: { first: 1, last: 0 },
      }));
      for (const c of cases) files[c.file] = c.text;
      const run = await runBuild(files, LISTS_DIR, mfx.readers);
      expect(run.error).toBeNull();
      const b = checkBuilt('clean mapped', run);
      if (!b) throw new Error(problems.join('\n'));
      expect(b.quarantine).toEqual([]);
      expect(cases.map((c) => judge(c, b))).toEqual(cases.map(() => 'built, nothing quarantined'));
      const f = (c: DataCase) => b.report.files.find((x) => x.file === c.file);
      expect(cases.map((c) => f(c)?.rowsRead)).toEqual(
        cases.map((c) => MAPPED[c.format as Mapped].rows),
      );
      for (const c of cases.filter((x) => x.format !== 'taiwan-world'))
        expect(f(c)?.rowsKept, c.file).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      rmSync(run.root, { recursive: true, force: true });
      // The mappings the fuzzer damages load as they are, from anywhere.
      const dir = mkdtempSync(join(tmpdir(), 'atlas-fuzz-mapping-'));
      for (const w of MAPPED_NAMES) {
        writeFileSync(join(dir, `${w}.json`), mfx.mappings[w]);
        expect(loadMappedReader(join(dir, `${w}.json`)).format).toBe(
          mfx.readers[MAPPED_NAMES.indexOf(w)]?.format,
        );
      }
      rmSync(dir, { recursive: true, force: true });
    });

    it(`${MAPPED_BATCHES * MAPPED_SLOTS.length} damaged files read through a mapping, six to a build`, async () => {
      for (let k = 0; k < MAPPED_BATCHES; k += 2)
        await Promise.all([mappedBatch(k), mappedBatch(k + 1)]);
      const tried = [...byKind]
        .filter(([k]) => k.startsWith('mapped '))
        .reduce((s, [, n]) => s + n, 0);
      expect(tried).toBeGreaterThanOrEqual(100);
      expect(problems.splice(0)).toEqual([]);
    });

    it(`${MAPPING_CASES} damaged mapping files`, async () => {
      for (let n = 0; n < MAPPING_CASES; n += 2)
        await Promise.all([mappingCase(n), n + 1 < MAPPING_CASES ? mappingCase(n + 1) : null]);
      const tried = [...byKind]
        .filter(([k]) => k.startsWith('mapping '))
        .reduce((s, [, n]) => s + n, 0);
      expect(tried).toBeGreaterThanOrEqual(30);
      expect(problems.splice(0)).toEqual([]);
    });

    it('tried at least 1,000 cases, 100 of them on lists', () => {
      const total = [...byKind.values()].reduce((s, n) => s + n, 0);
      const lists = [...byKind]
        .filter(([k]) => k.startsWith('list '))
        .reduce((s, [, n]) => s + n, 0);
      expect(total).toBeGreaterThanOrEqual(1000);
      expect(lists).toBeGreaterThanOrEqual(100);
      expect(byOutcome.get('CRASH') ?? 0).toBe(0);
    });
  },
);
