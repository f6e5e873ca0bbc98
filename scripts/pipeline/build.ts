import { isAbsolute, join, relative, sep } from 'node:path';
import type {
  DatasetMeta,
  DownloadRef,
  HsEdition,
  ListMeta,
  Manifest,
  ShardRef,
} from '../../src/schema/manifest.ts';
import { SCHEMA_VERSION, shardKey } from '../../src/schema/manifest.ts';
import {
  describeConversions,
  ListConversions,
  type ConversionReport,
} from '../hs/list-conversion.ts';
import { CONVERSION_COLUMNS, LIST_COLUMNS } from '../../src/schema/manifest.ts';
import { loadLists, type StrategicList } from '../lists/load-lists.ts';
import { loadGroups } from '../groups/load-groups.ts';
import { GROUPS_PATH, type GroupsFile } from '../../src/schema/groups.ts';
import { CountryRegistry, loadAliases } from '../normalize/countries.ts';
import type { DatasetDescriptor, ReaderOptions, ReferenceData } from '../readers/types.ts';
import { buildWorldPaths, buildWorldTopology } from '../geo/world.ts';
import { applyLists, classify } from './classify.ts';
import { quarantineDuplicates, rollUpDetail, setAsideWorldTotals } from './dedupe.ts';
import { csvRow } from '../lib/csv-write.ts';
import { inputCoverage } from './coverage.ts';
import { datasetNotes } from './notes.ts';
import { writeDownload } from './download.ts';
import { OutputDir } from './output-dir.ts';
import { readInputs } from './read-inputs.ts';
import { ShardWriter } from './shard-writer.ts';
import { type FileReport } from './file-report.ts';
import {
  columnar,
  countryShards,
  flowsShard,
  mapShards,
  monthShards,
  productShards,
  shardDictionary,
} from './shards.ts';
import { jsonTokens } from './json-bytes.ts';
import { NOTICE } from './shard-text.ts';
import { num, Stage } from './stage.ts';
import { sqlString } from '../lib/sql.ts';

export interface BuildOptions {
  input: string;
  out: string;
  listsDir: string;
  /** Group files (data/groups/); none when absent. Written to groups.json, not the manifest. */
  groupsDir?: string;
  aliasesFile: string;
  reader: ReaderOptions;
  /** Build only these datasets (`--datasets`); files of others are reported as skipped. */
  datasets?: string[];
  /**
   * From this many flows a dataset's flows, country and product shards are written on a
   * worker thread (ShardWriter); SHARDS_ASIDE_FLOWS unless set (tests set 0).
   */
  shardsAsideFrom?: number;
}

export interface BuildSummary {
  files: FileReport[];
  datasets: DatasetMeta[];
  quarantined: number;
  duplicates: number;
  shards: number;
  bytes: number;
}

/**
 * From this many kept flows a dataset's download lines are sorted beside its map and flows
 * shards only, not beside its country shards (peak memory at 50 million rows over five years,
 * 1.4 million flows: 2.16 GiB instead of 2.65 GiB).
 */
const DOWNLOAD_ALONE_FLOWS = 1_000_000;

/**
 * From this many kept flows a dataset's large shards are written and hashed on a worker thread
 * (ShardWriter); below it, the thread's start-up (tsx and its modules) would cost more than the
 * writing it takes off the main thread.
 */
const SHARDS_ASIDE_FLOWS = 200_000;

/** Raised when the build cannot produce usable output; the previous output is left as it was. */
export class BuildError extends Error {}

/** Phase timings on stderr with ATLAS_TIMINGS=1 (where a large build spends its time). */
function phaseTimer(): (phase: string) => void {
  const on = Boolean(process.env.ATLAS_TIMINGS);
  let last = Date.now();
  return (phase) => {
    if (!on) return;
    const now = Date.now();
    console.error(`timing: ${phase} ${now - last} ms`);
    last = now;
  };
}

export async function build(opts: BuildOptions): Promise<BuildSummary> {
  const phase = phaseTimer();
  const lists = loadLists(opts.listsDir);
  // Read before any trade file, so a malformed group file stops the build at once.
  const groups = loadGroups(opts.groupsDir ?? DEFAULT_GROUPS_DIR);
  const ref: ReferenceData = {
    baciCountries: new Map(),
    products: new Map(),
    aliases: loadAliases(opts.aliasesFile),
    correlations: [],
  };
  // Read lazily: the correlation tables are in `ref` once the reference files are read,
  // before the first trade file asks which codes are in scope.
  const conversions = new ListConversions(() => ref.correlations);
  const scopeCache = new Map<string, Set<string>>();
  const codesInScope = (edition: HsEdition) => {
    let s = scopeCache.get(edition);
    if (!s) {
      s = new Set<string>();
      for (const l of lists) {
        if (l.hsEdition === edition) for (const c of l.codes) s.add(c.hs6);
        else {
          const r = conversions.get(l, edition);
          if (r.ok) for (const c of r.value.codes) s.add(c.hs6);
        }
      }
      scopeCache.set(edition, s);
    }
    return s;
  };

  const stage = await Stage.create();
  const out = new OutputDir(opts.out);
  // The download being written beside the shards, if any (awaited before giving up).
  let download: Promise<DownloadRef> | null = null;
  // The shard writer thread, if any (stopped before giving up).
  let writer: ShardWriter | null = null;
  try {
    const read = await readInputs({
      inputDir: opts.input,
      stage,
      ref,
      opts: opts.reader,
      codesInScope,
      only: opts.datasets ? new Set(opts.datasets) : undefined,
    });
    const used = read.files.filter((f) => f.status === 'data');
    if (used.length === 0) {
      const why = read.files.map((f) => `  ${f.file}: ${f.reason ?? f.status}`).join('\n');
      throw new BuildError(`no usable trade data in ${opts.input}\n${why}`);
    }
    const kept = used.reduce((n, f) => n + f.rowsKept, 0);
    if (kept === 0) {
      const why = used
        .map(
          (f) =>
            `  ${f.file}: ${f.rowsRead} rows read, ${f.rowsQuarantined} quarantined, ${f.rowsOutOfScope} under codes on no list`,
        )
        .join('\n');
      throw new BuildError(`no rows left to write from ${opts.input}\n${why}`);
    }
    phase('read');
    // Repeats of staged rows (across files too), and of rows on no list (within their file).
    const repeats = quarantineDuplicates(stage, read.files, read.fileIds, read.quarantine);
    // The world map, the same for every build, is drawn while DuckDB looks for repeats: the
    // main thread would only wait.
    worldPaths();
    const duplicates = read.duplicates + (await repeats);
    await setAsideWorldTotals(stage, read.files, read.fileIds);
    await rollUpDetail(stage);
    const descriptors = [...read.datasets.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    const editionsOf = (ds: DatasetDescriptor) => {
      const all = new Set<HsEdition>();
      for (const s of read.editions.get(ds.id)?.values() ?? []) for (const e of s) all.add(e);
      return all.size > 0 ? [...all].sort() : [ds.hsEdition];
    };
    const applications = descriptors.map((d) =>
      applyLists(d, lists, (l, to) => conversions.get(l, to), editionsOf(d)),
    );
    phase('dedupe, world totals, roll-up');
    await classify(stage, lists, descriptors, applications);
    phase('classify');

    const countries = new CountryRegistry();
    const baciNames = new Map([...ref.baciCountries.values()].map((v) => [v.iso3, v.name]));
    for (const r of await stage.rows<{ iso3: string }>(
      `SELECT DISTINCT exporter AS iso3 FROM flows UNION SELECT DISTINCT importer FROM flows ORDER BY 1`,
    )) {
      countries.add(r.iso3, baciNames.get(r.iso3) ?? r.iso3);
    }
    // Each dataset's download (a full release's millions of lines, gzipped in Node's thread
    // pool) is written on a connection of its own while its shards are built.
    const dlStage = await stage.fork();

    const shards: Manifest['shards'] = {
      map: {},
      flows: {},
      country: {},
      product: {},
      download: {},
      list: {},
    };
    const conversionShards: Record<string, ShardRef> = {};
    const monthShardRefs: Record<string, ShardRef> = {};
    const conversionReport: ConversionReport[] = [];
    const datasets: DatasetMeta[] = [];
    for (const ds of descriptors) {
      const writing = writeDownload({ stage: dlStage, out, ds, ref, lists, countries });
      download = writing.written;
      // Awaited after the flows shards; until then a failure is not an unhandled rejection.
      download.catch(() => undefined);
      writing.sorted.catch(() => undefined);
      const app = applications.find((a) => a.dataset === ds.id);
      const files = read.files.filter((f) => f.dataset === ds.id && f.status === 'data');
      const stats = (
        await stage.rows<{ rows: bigint; value: bigint }>(
          `SELECT count(*) AS rows, coalesce(sum(value), 0)::BIGINT AS value FROM flows WHERE dataset = '${ds.id}'`,
        )
      )[0];
      const years = (
        await stage.rows<{ year: number }>(
          `SELECT DISTINCT year FROM flows WHERE dataset = '${ds.id}' ORDER BY year`,
        )
      ).map((r) => r.year);
      const kept = files.reduce((s, f) => s + f.valueKept, 0);
      const balanced = files.every(
        (f) =>
          f.valueRead === f.valueKept + f.valueOutOfScope + f.valueQuarantined + f.valueAggregate,
      );
      const converted = await describeConversions(
        ds,
        app?.conversions ?? [],
        lists,
        (edition) => ref.products.get(edition),
        (codes, edition) => flowsUnder(stage, ds.id, codes, edition),
      );
      const months =
        ds.frequency === 'month'
          ? (
              await stage.rows<{ period: string }>(
                `SELECT DISTINCT period FROM flows WHERE dataset = '${ds.id}' ORDER BY period`,
              )
            ).map((r) => r.period)
          : [];
      const yearEditions: Record<string, HsEdition> = {};
      for (const [year, eds] of read.editions.get(ds.id) ?? []) {
        const other = [...eds].find((e) => e !== ds.hsEdition);
        if (other) yearEditions[String(year)] = other;
      }
      conversionReport.push(...converted.report);
      const applied = (app?.lists ?? []).flatMap((id) => lists.filter((l) => l.id === id));
      const coverage = inputCoverage({
        ds: {
          ...ds,
          years,
          yearEditions: Object.keys(yearEditions).length > 0 ? yearEditions : undefined,
        },
        seen: read.seen.get(ds.id),
        nomenclature: (edition) => ref.products.get(edition)?.size ?? 0,
        lists: applied,
        convert: (l, to) => conversions.get(l, to),
        kept: await keptKeys(stage, ds.id, ds.granularity),
      });
      const meta: DatasetMeta = {
        ...ds,
        years,
        lists: app?.lists ?? [],
        listsNotApplied: app?.notApplied ?? [],
        rows: num(stats?.rows),
        value: num(stats?.value),
        reconciled: balanced && kept === num(stats?.value),
        aggregates: {
          rows: files.reduce((s, f) => s + f.rowsAggregate, 0),
          value: files.reduce((s, f) => s + f.valueAggregate, 0),
        },
        notes: datasetNotes(ds, files, converted.notes, coverage),
        inputCoverage: coverage,
      };
      if (months.length > 0) meta.months = months;
      if (Object.keys(yearEditions).length > 0) meta.yearEditions = yearEditions;
      if (converted.metas.length > 0) meta.listConversions = converted.metas;
      datasets.push(meta);
      // One shard per list and edition, however many datasets of that edition use it.
      for (const { key, rows } of converted.shards) {
        if (conversionShards[key]) continue;
        const s = JSON.stringify(columnar(CONVERSION_COLUMNS, rows));
        conversionShards[key] = out.write(`lists/${key}.json`, s, rows.length);
      }

      for (const list of meta.lists) {
        for (const [year, s] of await mapShards(stage, ds.id, list)) {
          shards.map[shardKey.map(ds.id, list, Number(year))] = out.write(
            `map/${ds.id}/${list}/${year}.json`,
            JSON.stringify(s),
            s.data.year.length,
          );
        }
        if (ds.frequency !== 'month') continue;
        for (const [year, s] of await monthShards(stage, ds.id, list)) {
          monthShardRefs[shardKey.month(ds.id, list, Number(year))] = out.write(
            `month/${ds.id}/${list}/${year}.json`,
            JSON.stringify(s),
            s.data.year.length,
          );
        }
      }
      phase(`${ds.id}: stats, conversions, map and month shards`);
      const dict = await shardDictionary(stage, ds.id);
      const tokens = jsonTokens(dict);
      const aside = num(stats?.rows) >= (opts.shardsAsideFrom ?? SHARDS_ASIDE_FLOWS);
      writer = new ShardWriter(out, aside);
      for (const year of years) {
        const s = await flowsShard(stage, year, ds.mirror, tokens);
        shards.flows[shardKey.flows(ds.id, year)] = await writer.write(
          `flows/${ds.id}/${year}.json`,
          s,
        );
      }
      phase(`${ds.id}: flows shards`);
      // A large dataset's download lines are sorted and written before its country shards
      // start: the two queries together would hold the most memory of the whole build
      // (measured at 50 million rows). Its gzip then runs beside them.
      const large = num(stats?.rows) >= DOWNLOAD_ALONE_FLOWS;
      if (large) await writing.sorted;
      if (large) phase(`${ds.id}: download lines (the rest, after the flows shards)`);
      for await (const [iso3, s] of countryShards(stage, dict, tokens)) {
        shards.country[shardKey.country(ds.id, iso3)] = await writer.write(
          `country/${ds.id}/${iso3}.json`,
          s,
        );
      }
      phase(`${ds.id}: country shards`);
      if (ds.granularity === 'hs6') {
        for await (const [hs6, s] of productShards(stage, dict, tokens)) {
          shards.product[shardKey.product(ds.id, hs6)] = await writer.write(
            `product/${ds.id}/${hs6}.json`,
            s,
          );
        }
      }
      await writer.close();
      writer = null;
      phase(`${ds.id}: product shards`);
      shards.download[shardKey.download(ds.id)] = await download;
      download = null;
      phase(`${ds.id}: download (the rest)`);
    }

    for (const l of lists) {
      const descriptions = ref.products.get(l.hsEdition);
      const rows = l.codes.map((c) => ({ ...c, description: descriptions?.get(c.hs6) ?? c.item }));
      const s = columnar(LIST_COLUMNS, rows);
      shards.list[l.id] = out.write(`lists/${l.id}.json`, JSON.stringify(s), rows.length);
    }

    if (Object.keys(monthShardRefs).length > 0) shards.month = monthShardRefs;
    if (Object.keys(conversionShards).length > 0) {
      shards.conversion = Object.fromEntries(
        Object.entries(conversionShards).sort(([a], [b]) => (a < b ? -1 : 1)),
      );
    }

    const geo = { world: out.write('geo/world.json', worldPaths(), 0) };
    if (groups.groups.length > 0) {
      const file: GroupsFile = { schemaVersion: SCHEMA_VERSION, notice: NOTICE, ...groups };
      out.write(GROUPS_PATH, JSON.stringify(file), groups.groups.length);
    }

    const quarantine = [...read.quarantine].sort((a, b) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line,
    );
    const qText =
      [
        'file,line,reason,value,raw',
        ...quarantine.map((r) => csvRow([r.file, r.line, r.reason, r.value, r.raw])),
      ].join('\n') + '\n';
    out.write('quarantine.csv', qText, quarantine.length);

    const report = buildReport(read.files, datasets, duplicates, conversionReport);
    out.write('build-report.json', JSON.stringify(report, null, 2) + '\n');

    const manifest: Manifest = {
      schemaVersion: SCHEMA_VERSION,
      generatedBy: 'scripts/cli/build-data.ts',
      notice: NOTICE,
      datasets,
      lists: lists.map((l) => listMeta(l, opts.listsDir)),
      countries: countries.list(),
      shards,
      geo,
      hs: { descriptionsFrom: describeHsSources(ref) },
    };
    out.write('manifest.json', JSON.stringify(manifest, null, 1) + '\n');
    phase('lists, geometry, report, manifest');
    out.commit();
    phase('commit');
    const all = Object.values(shards).flatMap((k) => Object.values(k as Record<string, ShardRef>));
    return {
      files: read.files,
      datasets,
      quarantined: quarantine.length,
      duplicates,
      shards: all.length,
      bytes: all.reduce((s, r) => s + r.bytes, 0),
    };
  } catch (e) {
    // The download and the shard writer stop writing before their folder goes.
    await download?.catch(() => undefined);
    await writer?.close().catch(() => undefined);
    out.abandon();
    throw e;
  } finally {
    stage.close();
  }
}

/**
 * The world map does not depend on the input: projected once per process (about 0.3 s), so
 * repeated in-process builds (the fuzz tests run a thousand) do not each pay for it.
 */
let worldCache: string | null = null;
function worldPaths(): string {
  worldCache ??= buildWorldPaths(buildWorldTopology());
  return worldCache;
}

/**
 * Where a list came from, as the manifest records it: its path in the project (data/lists/...)
 * or, for a list kept outside the project, the bare file name, so no machine's folders end up
 * in the output.
 */
function listFilePath(listsDir: string, file: string): string {
  const rel = relative(process.cwd(), join(listsDir, file)).split(sep).join('/');
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

function listMeta(l: StrategicList, listsDir: string): ListMeta {
  const counts = new Map<string, number>();
  for (const c of l.codes) counts.set(c.category, (counts.get(c.category) ?? 0) + 1);
  return {
    id: l.id,
    name: l.name,
    version: l.version,
    hsEdition: l.hsEdition,
    source: l.source,
    licence: l.licence,
    description: l.description,
    file: listFilePath(listsDir, l.file),
    codes: new Set(l.codes.map((c) => c.hs6)).size,
    categories: [...l.categories].map(([id, label]) => ({
      id,
      label,
      codes: counts.get(id) ?? 0,
      inTotal: !l.totalExcludes.has(id),
    })),
    hasSpecificity: l.codes.some((c) => c.specificity !== null),
  };
}

/**
 * The kept flows' keys, for the list coverage: `year|edition|hs6`, or `year|category` for a
 * category-level dataset.
 */
async function keptKeys(stage: Stage, dataset: string, granularity: string): Promise<Set<string>> {
  const key =
    granularity === 'category'
      ? `CAST(year AS VARCHAR) || '|' || category`
      : `CAST(year AS VARCHAR) || '|' || edition || '|' || hs6`;
  const rows = await stage.rows<{ k: string }>(
    `SELECT DISTINCT ${key} AS k FROM flows WHERE dataset = '${dataset}'`,
  );
  return new Set(rows.map((r) => r.k));
}

/** Flows of a dataset under the given codes: those whose value is an upper bound. */
async function flowsUnder(stage: Stage, dataset: string, codes: string[], edition: HsEdition) {
  if (codes.length === 0) return { rows: 0, value: 0 };
  const inList = codes.map(sqlString).join(',');
  const r = (
    await stage.rows<{ rows: bigint; value: bigint }>(
      `SELECT count(*) AS rows, coalesce(sum(value), 0)::BIGINT AS value FROM flows
       WHERE dataset = '${dataset}' AND edition = '${edition}' AND hs6 IN (${inList})`,
    )
  )[0];
  return { rows: num(r?.rows), value: num(r?.value) };
}

function describeHsSources(ref: ReferenceData): string {
  return [...ref.products.keys()].sort().join(', ') || 'list files';
}

function buildReport(
  files: FileReport[],
  datasets: DatasetMeta[],
  duplicates: number,
  conversions: ConversionReport[],
) {
  const sum = (k: keyof FileReport) =>
    files.filter((f) => f.status === 'data').reduce((s, f) => s + (f[k] as number), 0);
  const totals = {
    rowsRead: sum('rowsRead'),
    rowsKept: sum('rowsKept'),
    rowsOutOfScope: sum('rowsOutOfScope'),
    rowsQuarantined: sum('rowsQuarantined'),
    rowsAggregate: sum('rowsAggregate'),
    rowsWithoutValue: sum('rowsWithoutValue'),
    valueRead: sum('valueRead'),
    valueKept: sum('valueKept'),
    valueOutOfScope: sum('valueOutOfScope'),
    valueQuarantined: sum('valueQuarantined'),
    valueAggregate: sum('valueAggregate'),
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    notice: NOTICE,
    explanation:
      "valueRead = valueKept + valueOutOfScope + valueQuarantined + valueAggregate, in whole currency units, per file (each file in its dataset's currency; the totals add files of one currency only when all datasets share it). Out of scope: rows under HS codes on no list of the data's edition, nor on a list converted to it (counted, not written). Quarantined: rows that could not be used, listed with file, line and reason in quarantine.csv; rowsWithoutValue of them had no readable value. Aggregate: rows that are totals of other rows (World partner where partner rows exist, commodity TOTAL, chapters, HS4 headings, re-exports inside exports), counted and never added. valueKept equals the sum of the written flows.",
    reconciled:
      totals.valueRead ===
        totals.valueKept +
          totals.valueOutOfScope +
          totals.valueQuarantined +
          totals.valueAggregate && datasets.every((d) => d.reconciled),
    totals,
    duplicates,
    datasets: datasets.map((d) => ({
      id: d.id,
      rows: d.rows,
      value: d.value,
      currency: d.currency,
      years: d.years,
      reconciled: d.reconciled,
    })),
    ...(conversions.length > 0 ? { conversions } : {}),
    files,
  };
}

export const DEFAULT_LISTS_DIR = join('data', 'lists');
export const DEFAULT_GROUPS_DIR = join('data', 'groups');
export const DEFAULT_ALIASES = join('data', 'reference', 'country-aliases.csv');
