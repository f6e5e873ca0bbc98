/**
 * The browser side of downloads, loaded on demand with arquero, fflate and write-excel-file
 * (the menu imports this module when it is opened): fetch and check the dataset's download
 * file, parse it once, filter it for the view, and write the chosen format. Only the sync
 * APIs of fflate: its async ones start workers from blob: URLs, which the CSP forbids.
 */
import { strToU8, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/browser';
import { loadShard, loadVerifiedBytes } from '../data/loader.ts';
import { DOWNLOAD_COLUMNS, type DownloadColumn, type Manifest } from '../schema/manifest.ts';
import type { AtlasState } from '../state/params.ts';
import { baseName, filterSpec, fullSpec, showsData, type FilterSpec } from './filter.ts';
import { dataSheet, readmeSheet, toCsv, toJson } from './formats.ts';
import { buildMetadata, readmeText, type MetadataInput } from './metadata.ts';
import {
  countryTotals,
  parseDownload,
  rowsOf,
  selectRows,
  valueTotals,
  type DownloadTable,
} from './table.ts';

export type Choice = 'shown' | 'full';
export type Format = 'csv' | 'json' | 'xlsx' | 'zip';

const tables = new Map<string, Promise<DownloadTable>>();

/** The dataset's whole download table, fetched through the manifest's checks, parsed once. */
function fullTable(manifest: Manifest, dataset: string): Promise<DownloadTable> {
  const hit = tables.get(dataset);
  if (hit) return hit;
  const ref = manifest.shards.download[dataset];
  const p = ref
    ? loadVerifiedBytes(ref).then((csv) => parseDownload(new TextDecoder().decode(csv)))
    : Promise.reject(new Error(`The manifest lists no download file for ${dataset}.`));
  tables.set(dataset, p);
  p.catch(() => tables.delete(dataset));
  return p;
}

function specOf(manifest: Manifest, state: AtlasState, choice: Choice): FilterSpec {
  return choice === 'full' ? fullSpec(state.dataset, state.view) : filterSpec(manifest, state);
}

async function rowsFor(manifest: Manifest, state: AtlasState, choice: Choice) {
  const spec = specOf(manifest, state, choice);
  const all = await fullTable(manifest, state.dataset);
  return { spec, table: choice === 'full' ? all : selectRows(all, spec) };
}

/** Row counts of both choices (null: the view shows no rows of its own). */
export async function countRows(
  manifest: Manifest,
  state: AtlasState,
): Promise<{ shown: number | null; full: number }> {
  const all = await fullTable(manifest, state.dataset);
  const shown = showsData(state.view)
    ? selectRows(all, filterSpec(manifest, state)).numRows()
    : null;
  return { shown, full: all.numRows() };
}

export interface Built {
  blob: Blob;
  name: string;
  rows: number;
}

/** Builds one file for a choice and format; `url` is the view's address. */
export async function buildFile(
  manifest: Manifest,
  state: AtlasState,
  choice: Choice,
  format: Format,
  ctx: { url: string; created?: string },
): Promise<Built> {
  const { spec, table } = await rowsFor(manifest, state, choice);
  const ds = manifest.datasets.find((d) => d.id === state.dataset);
  const ref = manifest.shards.download[state.dataset];
  if (!ds || !ref) throw new Error(`Unknown dataset ${state.dataset}.`);
  const names = table.columnNames();
  const columns: (DownloadColumn | 'reported_by')[] = [
    ...DOWNLOAD_COLUMNS,
    ...(names.includes('reported_by') ? (['reported_by'] as const) : []),
  ];
  const rows = rowsOf(table);
  const lists = [...new Set(rows.map((r) => r.list))].sort();
  // The lists' codes name the codes without data in the coverage section (small, cached shards).
  const listCodes: Record<string, string[]> = {};
  for (const id of lists) {
    const listRef = manifest.shards.list[id];
    if (!listRef) continue;
    const shard = await loadShard<'hs6'>(listRef);
    listCodes[id] = [...new Set(shard.data.hs6.map(String))];
  }
  const input: MetadataInput = {
    manifest,
    spec,
    full: choice === 'full',
    url: ctx.url,
    created: ctx.created ?? new Date().toISOString(),
    columns,
    rows: rows.length,
    totals: valueTotals(table, ds.granularity),
    lists,
    listCodes,
    ...(spec.country ? { countryTotals: countryTotals(table, ds.granularity, spec.country) } : {}),
    nameOf: (iso3, lang) => manifest.countries.find((c) => c.iso3 === iso3)?.names[lang] ?? iso3,
    // README.txt in the view's language; metadata.json and the data columns stay English.
    lang: state.lang,
    source: ref,
  };
  const meta = buildMetadata(input);
  const base = baseName(spec, choice === 'full');
  const readme = readmeText(meta, input);
  const xlsx = () =>
    writeXlsxFile([
      {
        data: dataSheet(rows, columns),
        sheet: 'data',
        stickyRowsCount: 1,
        columns: columns.map((c) => ({ width: c === 'hs_description' ? 48 : c.length + 4 })),
      },
      { data: readmeSheet(readme), sheet: 'README', columns: [{ width: 120 }] },
    ]).toBlob();
  let blob: Blob;
  switch (format) {
    case 'csv':
      blob = new Blob([toCsv(rows, columns)], { type: 'text/csv;charset=utf-8' });
      break;
    case 'json':
      blob = new Blob([toJson(rows, columns, meta)], { type: 'application/json' });
      break;
    case 'xlsx':
      blob = await xlsx();
      break;
    case 'zip': {
      const book = new Uint8Array(await (await xlsx()).arrayBuffer());
      const bytes = zipSync({
        'data.csv': strToU8(toCsv(rows, columns)),
        // Already compressed: stored as is.
        'data.xlsx': [book, { level: 0 }],
        'metadata.json': strToU8(JSON.stringify(meta, null, 2)),
        'README.txt': strToU8(readme),
      });
      blob = new Blob([bytes], { type: 'application/zip' });
      break;
    }
  }
  return { blob, name: `${base}.${format}`, rows: rows.length };
}

/** Hands a file to the browser's download (an <a download> click). */
export function save(file: Built): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
