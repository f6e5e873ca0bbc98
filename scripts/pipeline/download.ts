import { createReadStream, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DownloadRef, HsEdition } from '../../src/schema/manifest.ts';
import { DOWNLOAD_COLUMNS } from '../../src/schema/manifest.ts';
import { csvText } from '../lib/csv-write.ts';
import type { StrategicList } from '../lists/load-lists.ts';
import type { CountryRegistry } from '../normalize/countries.ts';
import type { ReferenceData } from '../readers/types.ts';
import type { OutputDir } from './output-dir.ts';
import type { StageQueries } from './stage.ts';
import { sqlString as q } from '../lib/sql.ts';

/** What a dataset's download is made from: the staged rows and the names of their codes. */
export interface DownloadSources {
  stage: StageQueries;
  out: OutputDir;
  ds: { id: string; hsEdition: HsEdition; currency: string; mirror: boolean };
  ref: ReferenceData;
  lists: StrategicList[];
  countries: CountryRegistry;
}

/**
 * downloads/<dataset>.csv.gz: the full strategic-goods table in the download contract's
 * columns, one row per flow and list category, written by DuckDB and gzipped from the file.
 * `sorted` settles when DuckDB has written the lines (and let go of the memory of their
 * sort), `written` when the file is whole.
 */
export function writeDownload(from: DownloadSources): {
  sorted: Promise<void>;
  written: Promise<DownloadRef>;
} {
  const { out, ds } = from;
  const scratch: string[] = [];
  // Each year's lines are gzipped as soon as DuckDB has written them, while it writes the
  // next year's: the gzip no longer starts after the last year.
  const years = yearLines(from).then(({ years, copy }) => {
    let previous: Promise<unknown> = Promise.resolve();
    return years.map((year) => {
      const file = join(out.tmp, `.download-${ds.id}-${year}.csv`);
      scratch.push(file);
      const written = previous.then(() => copy(year, file)).then((rows) => ({ file, rows }));
      previous = written;
      return written;
    });
  });
  const sorted = years.then((all) => Promise.all(all));
  const written = (async () => {
    // Sources with both declarations add a last column saying whose each row is.
    const header = [...DOWNLOAD_COLUMNS, ...(ds.mirror ? ['reported_by'] : [])].join(',') + '\n';
    async function* text(): AsyncGenerator<string | Buffer> {
      yield header;
      for (const year of await years) {
        const { file } = await year;
        yield* createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
      }
    }
    try {
      const ref = await out.writeGzipStream(`downloads/${ds.id}.csv.gz`, text(), 0);
      return { ...ref, rows: (await sorted).reduce((n, y) => n + y.rows, 0) };
    } finally {
      // A failed COPY stops the gzip; the other years' COPYs end before their files go.
      await sorted.catch(() => undefined);
      for (const file of scratch) rmSync(file, { force: true });
    }
  })();
  return { sorted: sorted.then(() => undefined), written };
}

/**
 * The download's years, and how to write a year's lines (without the header) to a file: the
 * lines are built and sorted by DuckDB once the cells' tables are filled.
 */
async function yearLines({ stage, ds, ref, lists, countries }: DownloadSources): Promise<{
  years: number[];
  copy: (year: number, file: string) => Promise<number>;
}> {
  // Descriptions and list items in the row's own edition (a source may change edition by
  // year): a code of another edition may mean something else.
  const descriptions = (edition: string) => ref.products.get(edition as HsEdition);
  const itemsByEdition = new Map<string, Map<string, string>>();
  const items = (edition: string) => {
    let m = itemsByEdition.get(edition);
    if (!m) {
      m = new Map(
        lists
          .filter((l) => l.hsEdition === edition)
          .flatMap((l) => l.codes.map((c) => [c.hs6, c.item] as const)),
      );
      itemsByEdition.set(edition, m);
    }
    return m;
  };
  // The CSV lines are built and sorted in DuckDB and written by its COPY to scratch files, so
  // a full release's millions of lines never become JavaScript strings. Free text (names,
  // descriptions) is escaped here, once per distinct value, by the same csvText as every
  // other CSV the project writes. The cells are joined on the rows' own columns: keys built
  // by concatenation, row by row, took twice the query's time.
  const sql = (v: string | null) => (v === null ? 'NULL' : q(v));
  const where = `dataset = ${q(ds.id)}`;
  const distinct = <T>(columns: string) =>
    stage.rows<T>(`SELECT DISTINCT ${columns} FROM classified WHERE ${where}`);
  const periods = await distinct<{ v: string | null }>('period AS v');
  const reporters = await distinct<{ v: string | null }>('reported_by AS v');
  const places = await stage.rows<{ v: string }>(
    `SELECT exporter AS v FROM classified WHERE ${where} UNION SELECT importer FROM classified WHERE ${where}`,
  );
  const codes = await distinct<{ edition: string; hs6: string | null }>('edition, hs6');
  const listCats = await distinct<{ list: string | null; category: string | null }>(
    'list, category',
  );
  const texts = new Set([...periods, ...reporters].flatMap((r) => (r.v === null ? [] : [r.v])));
  await fill(
    stage,
    'dl_text (v VARCHAR, cell VARCHAR)',
    [...texts].map((v) => [sql(v), q(csvText(v))]),
  );
  await fill(
    stage,
    'dl_place (iso3 VARCHAR, cells VARCHAR)',
    places.map((r) => [sql(r.v), q(`${csvText(r.v)},${csvText(countries.name(r.v))}`)]),
  );
  await fill(
    stage,
    'dl_code (edition VARCHAR, hs6 VARCHAR, cells VARCHAR)',
    codes.flatMap(({ edition, hs6 }) => {
      if (hs6 === null) return [];
      const text = descriptions(edition)?.get(hs6) ?? items(edition).get(hs6) ?? '';
      return [[sql(edition), sql(hs6), q(`${csvText(hs6)},${csvText(text)}`)]];
    }),
  );
  await fill(
    stage,
    'dl_list (list VARCHAR, category VARCHAR, cells VARCHAR)',
    listCats.map((r) => [
      sql(r.list),
      sql(r.category),
      q(`${csvText(r.list ?? '')},${csvText(r.category ?? '')}`),
    ]),
  );
  const tonnes = `CASE WHEN c.qty_kg IS NULL THEN ''
      WHEN c.qty_kg % 1000 = 0 THEN (c.qty_kg // 1000)::VARCHAR
      ELSE (c.qty_kg // 1000)::VARCHAR || '.' || rtrim(lpad((c.qty_kg % 1000)::VARCHAR, 3, '0'), '0') END`;
  // An absent cell is empty, as is each of an absent pair's two cells. COPY joins the columns
  // with commas: joining them here, row by row, took a sixth more of the COPY's time.
  const cells = [
    'c.year::VARCHAR',
    `coalesce(p.cell, '')`,
    `coalesce(x.cells, ',')`,
    `coalesce(m.cells, ',')`,
    `coalesce(h.cells, ',')`,
    `coalesce(l.cells, ',')`,
    'c.value::VARCHAR',
    q(csvText(ds.currency)),
    tonnes,
    ...(ds.mirror ? [`coalesce(r.cell, '')`] : []),
  ].map((cell, i) => `${cell} AS c${i}`);
  const years = await stage.rows<{ year: number }>(
    `SELECT DISTINCT year FROM classified WHERE ${where} ORDER BY year`,
  );
  // One file a year, in the download's order (year first). DuckDB's COPY holds the lines it
  // has formatted until it can write them in order, so a year at a time bounds that memory by
  // the largest year instead of the release (0.6 GiB less at 100 million rows over 20 years).
  const copy = (year: number, file: string) =>
    stage.copyLines(
      `SELECT ${cells.join(', ')} FROM classified c
       LEFT JOIN dl_text p ON p.v = c.period
       LEFT JOIN dl_place x ON x.iso3 = c.exporter
       LEFT JOIN dl_place m ON m.iso3 = c.importer
       LEFT JOIN dl_code h ON h.edition = c.edition AND h.hs6 = c.hs6
       LEFT JOIN dl_list l ON l.list IS NOT DISTINCT FROM c.list
         AND l.category IS NOT DISTINCT FROM c.category
       LEFT JOIN dl_text r ON r.v = c.reported_by
       WHERE c.${where} AND c.year = ${Number(year)}
       ORDER BY c.period, c.exporter, c.importer, c.hs6, c.list, c.category, c.reported_by`,
      file,
    );
  return { years: years.map((r) => r.year), copy };
}

/** A temporary table of a few thousand rows of SQL literals, inserted in batches. */
async function fill(stage: StageQueries, table: string, rows: string[][]): Promise<void> {
  await stage.run(`CREATE OR REPLACE TEMP TABLE ${table}`);
  const values = rows.map((r) => `(${r.join(', ')})`);
  const name = table.slice(0, table.indexOf(' '));
  for (let i = 0; i < values.length; i += 2000) {
    await stage.run(`INSERT INTO ${name} VALUES ${values.slice(i, i + 2000).join(',')}`);
  }
}
