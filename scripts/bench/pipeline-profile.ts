/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`) of the pipeline: top functions by self
 * time, self time by area (csv-parse, BACI reader, DuckDB appender, ...), inclusive time of
 * the pipeline's own functions, and the span of the read phase (from the first to the last
 * sample with read-inputs.ts on the stack). Only the main JavaScript thread is sampled: time
 * DuckDB spends on its own threads shows as "(idle)" on the main thread.
 *
 *   tsx scripts/bench/pipeline-profile.ts <file.cpuprofile> [--top 25]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionTime {
  name: string;
  where: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  sampledMs: number;
  readPhase: { startMs: number; endMs: number; ms: number } | null;
  byArea: { area: string; ms: number; share: number }[];
  topSelf: FunctionTime[];
  topInclusive: FunctionTime[];
}

const REPO = fileURLToPath(new URL('../../', import.meta.url));

function where(f: CallFrame): string {
  if (!f.url) return '';
  let u = f.url.replace(/^file:\/\//, '');
  if (u.startsWith(REPO)) u = u.slice(REPO.length);
  u = u.replace(/^node_modules\//, '');
  // Line numbers of tsx-compiled project files are those of the compiled code: leave them out.
  return u.startsWith('scripts/') || u.startsWith('src/') ? u : `${u}:${f.lineNumber + 1}`;
}

/** Areas, first match wins; the order matters (node_modules before scripts). */
export function areaOf(f: CallFrame): string {
  const n = f.functionName;
  const u = f.url;
  if (n === '(garbage collector)') return 'garbage collector';
  if (n === '(idle)') return 'idle (waiting: I/O, DuckDB threads)';
  if (n === '(program)' || n === '(root)') return 'V8/native, unattributed';
  if (u.includes('node_modules/csv-parse')) return 'csv-parse';
  if (u.includes('node_modules/@duckdb')) return 'DuckDB bindings (appender, queries)';
  if (u.includes('node_modules/tsx') || u.includes('node_modules/esbuild'))
    return 'tsx/esbuild (startup)';
  if (u.includes('node_modules/')) return 'other dependencies';
  if (u.includes('scripts/readers/')) return 'BACI reader (parse)';
  if (u.includes('scripts/normalize/')) return 'normalise (numbers, HS, countries)';
  if (u.includes('scripts/pipeline/stage.ts')) return 'stage.ts (appender calls)';
  if (u.includes('scripts/pipeline/read-inputs.ts')) return 'read-inputs.ts (row loop)';
  if (u.includes('scripts/lib/csv-records.ts')) return 'csv-records.ts (raw/line handling)';
  if (u.includes('scripts/pipeline/') || u.includes('scripts/geo/') || u.includes('scripts/lib/'))
    return 'pipeline after reading (shards, output)';
  if (u.includes('/scripts/') || u.includes('/src/')) return 'other project code';
  if (u.startsWith('node:') || u === '') {
    if (/esm|cjs|modules|makeSyncRequest|compile/.test(n + u)) return 'module loading (startup)';
    if (/^(slice|utf8Slice|latin1Slice|toString|decode|write)$/.test(n))
      return 'Buffer to string decoding';
    if (/AsyncIterator|Microtasks|processTicks|nextTick|[Pp]romise|^next$|^return$/.test(n + u))
      return 'async iteration and promises (for await, per-row await)';
    if (/stream|Readable|Writable|emit|push|addChunk/.test(n + u)) return 'Node streams';
    return 'Node internals / builtins';
  }
  return 'other';
}

export function summariseProfile(path: string, top = 25): ProfileSummary {
  const p = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (f: CallFrame) => `${f.functionName || '(anonymous)'}\u0000${where(f)}`;
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  const area = new Map<string, number>();
  const stackCache = new Map<number, { keys: string[]; read: boolean }>();
  const stackOf = (id: number) => {
    let s = stackCache.get(id);
    if (!s) {
      const keys = new Set<string>();
      let read = false;
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const f = byId.get(cur)?.callFrame;
        if (!f) break;
        if (f.url.includes('scripts/')) keys.add(key(f));
        if (f.url.includes('scripts/pipeline/read-inputs.ts')) read = true;
      }
      s = { keys: [...keys], read };
      stackCache.set(id, s);
    }
    return s;
  };
  let t = 0;
  let sampled = 0;
  let readStart = -1;
  let readEnd = -1;
  p.samples.forEach((id, i) => {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    t += (p.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    sampled += dt;
    const k = key(node.callFrame);
    self.set(k, (self.get(k) ?? 0) + dt);
    const a = areaOf(node.callFrame);
    area.set(a, (area.get(a) ?? 0) + dt);
    const s = stackOf(id);
    for (const sk of s.keys) incl.set(sk, (incl.get(sk) ?? 0) + dt);
    if (s.read) {
      if (readStart < 0) readStart = t;
      readEnd = t;
    }
  });
  const totalMs = (p.endTime - p.startTime) / 1000;
  const fmt = (m: Map<string, number>): FunctionTime[] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, ms]) => {
        const [name = '', at = ''] = k.split('\u0000');
        return { name, where: at, ms, share: ms / totalMs };
      });
  return {
    totalMs,
    sampledMs: sampled,
    readPhase:
      readStart < 0 ? null : { startMs: readStart, endMs: readEnd, ms: readEnd - readStart },
    byArea: [...area]
      .sort((a, b) => b[1] - a[1])
      .map(([a, ms]) => ({ area: a, ms, share: ms / totalMs })),
    topSelf: fmt(self),
    topInclusive: fmt(incl),
  };
}

export function printProfile(s: ProfileSummary): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`profile: ${sec(s.totalMs)} on the main thread (profiler overhead included)`);
  if (s.readPhase) {
    console.log(
      `read phase (read-inputs.ts on the stack): ${sec(s.readPhase.startMs)} -> ${sec(s.readPhase.endMs)} = ${sec(s.readPhase.ms)} (${pct(s.readPhase.ms / s.totalMs)}); before: ${sec(s.readPhase.startMs)}; after: ${sec(s.totalMs - s.readPhase.endMs)}`,
    );
  }
  console.log('\nself time by area:');
  for (const a of s.byArea)
    console.log(`  ${sec(a.ms).padStart(9)}  ${pct(a.share).padStart(6)}  ${a.area}`);
  console.log('\ntop functions by self time:');
  for (const f of s.topSelf)
    console.log(`  ${sec(f.ms).padStart(9)}  ${pct(f.share).padStart(6)}  ${f.name}  ${f.where}`);
  console.log('\nproject functions by inclusive time (synchronous part of each call):');
  for (const f of s.topInclusive)
    console.log(`  ${sec(f.ms).padStart(9)}  ${pct(f.share).padStart(6)}  ${f.name}  ${f.where}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values, positionals } = parseArgs({
    options: { top: { type: 'string', default: '25' } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file) {
    console.error('usage: tsx scripts/bench/pipeline-profile.ts <file.cpuprofile> [--top N]');
    process.exit(2);
  }
  printProfile(summariseProfile(file, Number(values.top)));
}
