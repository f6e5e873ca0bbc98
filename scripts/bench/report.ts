import { cpus } from 'node:os';
import type { LighthouseResult } from './lighthouse.ts';
import { KINDS, type ChangeRuns, type FirstMapRun, type FirstViewBytes } from './measure.ts';
import { kb, ms, ratio, summarize, table, verdict, type Summary } from './stats.ts';

export interface BenchResult {
  date: string;
  url: string;
  browser?: string;
  browserError?: string;
  bytes?: FirstViewBytes;
  /** Baseline: navigation start to load event end of an empty page from the same server. */
  baselineLoad?: number[];
  firstMap?: FirstMapRun[];
  yearChanges?: ChangeRuns;
  catChanges?: ChangeRuns;
  lighthouse?: LighthouseResult;
}

const KB = 1024;
export const TARGETS = {
  jsGzip: 200 * KB,
  dataGzip: 150 * KB,
  changeMedianMs: 50,
  performance: 95,
  accessibility: 100,
};

interface Row {
  /** Name in the JSON summary. */
  key: string;
  /** Label in the printed table. */
  name: string;
  s: Summary | null;
  target?: string;
  ok?: boolean | null;
  note?: string;
}

const nums = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);

function bytesSection(b: FirstViewBytes | undefined): string {
  if (!b) return 'not measured (browser failed, see above)';
  const targets: Partial<Record<string, [number, string]>> = {
    js: [TARGETS.jsGzip, '< 200 KB gzip'],
    data: [TARGETS.dataGzip, '< 150 KB gzip'],
  };
  const rows = [['kind', 'files', 'raw', 'gzip -9', 'target', '']];
  for (const k of KINDS) {
    const v = b.byKind[k];
    const t = targets[k];
    rows.push([
      k,
      String(v.files),
      kb(v.raw),
      kb(v.gzip),
      t?.[1] ?? '',
      t ? verdict(v.gzip < t[0]) : '',
    ]);
  }
  rows.push(['total', String(b.total.files), kb(b.total.raw), kb(b.total.gzip), '', '']);
  const note = b.mapPainted
    ? 'until the map painted with data, then 500 ms of network idle'
    : 'WARNING: the map never painted with data; these are the bytes of a broken first view';
  return `${table(rows)}\n(${note}; KB = 1024 bytes; bodies only, no headers)`;
}

function timingSection(rows: Row[], base: number): string {
  const cell = (v: number | undefined) =>
    v === undefined ? 'n/a' : `${ms(v)} (${ratio(v, base)})`;
  const out = [['measure', 'n', 'min', 'median', 'p90', 'max', 'target', '']];
  for (const r of rows) {
    const s = r.s;
    out.push([
      r.name,
      String(s?.n ?? 0),
      cell(s?.min),
      cell(s?.median),
      cell(s?.p90),
      cell(s?.max),
      r.target ?? '',
      r.ok === undefined ? '' : verdict(r.ok),
    ]);
  }
  const notes = rows.filter((r) => r.note).map((r) => `  ${r.name}: ${r.note}`);
  return [table(out), ...notes].join('\n');
}

function changeRow(key: string, name: string, c: ChangeRuns | undefined): Row {
  if (!c) return { key, name, s: null, note: 'not measured' };
  const s = c.times.length ? summarize(c.times) : null;
  const notes = [];
  if (c.error) notes.push(`stopped: ${c.error}`);
  if (c.missed.length)
    notes.push(
      `${c.missed.length} change(s) with no repaint within the time-out: ${[...new Set(c.missed)].join(' ')}`,
    );
  return {
    key,
    name,
    s,
    target: '< 50 ms median',
    ok: s ? s.median < TARGETS.changeMedianMs : null,
    ...(notes.length ? { note: notes.join('; ') } : {}),
  };
}

function domRow(key: string, name: string, c: ChangeRuns | undefined): Row {
  return { key, name, s: c?.domTimes.length ? summarize(c.domTimes) : null };
}

function lighthouseSection(lh: LighthouseResult | undefined): string {
  if (!lh) return 'not run';
  const rows = [
    ['category', 'score', 'target', ''],
    [
      'performance',
      String(lh.performance ?? 'n/a'),
      '>= 95',
      verdict(lh.performance === null ? null : lh.performance >= TARGETS.performance),
    ],
    [
      'accessibility',
      String(lh.accessibility ?? 'n/a'),
      '100',
      verdict(lh.accessibility === null ? null : lh.accessibility >= TARGETS.accessibility),
    ],
  ];
  const lines = [];
  if (lh.version)
    lines.push(`Lighthouse ${lh.version}, ${lh.formFactor}, throttling: ${lh.throttlingMethod}`);
  if (lh.error) lines.push(`NO SCORE: ${lh.error}`);
  lines.push(table(rows));
  const m = Object.entries(lh.metrics).map(([k, v]) => `${k} ${v}`);
  if (m.length) lines.push(`metrics: ${m.join(', ')}`);
  if (lh.accessibilityFailures.length)
    lines.push(`accessibility audits failed: ${lh.accessibilityFailures.join('; ')}`);
  if (lh.offHostRequests.length)
    lines.push(`requests off the local server: ${lh.offHostRequests.join(' ')}`);
  for (const w of lh.warnings) lines.push(`warning: ${w}`);
  return lines.join('\n');
}

/** Prints the whole report; returns the summaries that go into the JSON file. */
export function printReport(r: BenchResult) {
  const baseline = r.baselineLoad?.length ? summarize(r.baselineLoad) : null;
  const base = baseline?.median ?? NaN;
  const fm = r.firstMap ?? [];
  const firstMap = nums(fm.map((x) => x.mapPainted));
  const rows: Row[] = [
    { key: 'baselineLoad', name: 'baseline: empty page, nav start -> load end', s: baseline },
    {
      key: 'firstMapPainted',
      name: 'first map painted, nav start (cold)',
      s: firstMap.length ? summarize(firstMap) : null,
      ...(firstMap.length < fm.length
        ? { note: `${fm.length - firstMap.length} load(s) never painted the map` }
        : {}),
    },
    {
      key: 'appLoadEnd',
      name: 'app load event end, nav start (cold)',
      s: nums(fm.map((x) => x.load)).length ? summarize(nums(fm.map((x) => x.load))) : null,
    },
    changeRow('yearChange', 'year change -> map repainted', r.yearChanges),
    domRow('yearChangeDom', '  of which: fills changed in DOM', r.yearChanges),
    changeRow('categoryChange', 'category change -> map repainted', r.catChanges),
    domRow('categoryChangeDom', '  of which: fills changed in DOM', r.catChanges),
  ];
  console.log(`\nStrategic Trade Atlas, app benchmark — ${r.date}`);
  console.log(
    `Chromium ${r.browser ?? '?'}, ${cpus().length} CPU(s) ${cpus()[0]?.model ?? ''}, server ${r.url}`,
  );
  if (r.browserError) console.log(`BROWSER FAILED: ${r.browserError}`);
  console.log('\n1. First view (/) bytes\n' + bytesSection(r.bytes));
  console.log(
    `\n2. Timings in ms; (x) = ratio to the baseline median (${ms(base)}), comparable across machines\n` +
      timingSection(rows, base),
  );
  console.log(
    '\n3. Lighthouse (default config: mobile, simulated throttling)\n' +
      lighthouseSection(r.lighthouse),
  );
  return {
    baselineMs: base,
    timings: Object.fromEntries(
      rows.map((row) => [
        row.key,
        row.s && {
          ...row.s,
          medianRatio: row.s.median / base,
          target: row.target ?? null,
          pass: row.ok ?? null,
        },
      ]),
    ),
    bytes: r.bytes && {
      jsGzip: r.bytes.byKind.js.gzip,
      jsPass: r.bytes.byKind.js.gzip < TARGETS.jsGzip,
      dataGzip: r.bytes.byKind.data.gzip,
      dataPass: r.bytes.byKind.data.gzip < TARGETS.dataGzip,
    },
    lighthouse: r.lighthouse && {
      performance: r.lighthouse.performance,
      accessibility: r.lighthouse.accessibility,
      error: r.lighthouse.error,
    },
  };
}
