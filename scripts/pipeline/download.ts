import type { DownloadRef, HsEdition } from '../../src/schema/manifest.ts';
import { DOWNLOAD_COLUMNS } from '../../src/schema/manifest.ts';
import { csvText } from '../lib/csv-write.ts';
import type { StrategicList } from '../lists/load-lists.ts';
import type { CountryRegistry } from '../normalize/countries.ts';
import type { ReferenceData } from '../readers/types.ts';
import type { OutputDir } from './output-dir.ts';
import type { StageQueries } from './stage.ts';

/**
 * downloads/<dataset>.csv.gz: the full strategic-goods table in the download contract's
 * columns, one row per flow and list category, streamed from DuckDB through gzip.
 */
export async function writeDownload(
  stage: StageQueries,
  out: OutputDir,
  ds: { id: string; hsEdition: HsEdition; currency: string; mirror: boolean },
  ref: ReferenceData,
  lists: StrategicList[],
  countries: CountryRegistry,
): Promise<DownloadRef> {
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
  // The CSV lines are built in DuckDB, so a full release's millions of rows never become
  // JavaScript objects; free text (names, descriptions) is escaped here, once per distinct
  // value, by the same csvText as every other CSV the project writes.
  const q = (x: string) => `'${x.replace(/'/g, "''")}'`;
  const where = `dataset = ${q(ds.id)}`;
  const distinct = async (sql: string) => (await stage.rows<{ v: string }>(sql)).map((r) => r.v);
  const cells = new Map<string, string>();
  for (const v of await distinct(
    `SELECT DISTINCT period AS v FROM classified WHERE ${where}
     UNION SELECT DISTINCT list FROM classified WHERE ${where}
     UNION SELECT DISTINCT category FROM classified WHERE ${where}
     UNION SELECT DISTINCT hs6 FROM classified WHERE ${where} AND hs6 IS NOT NULL
     UNION SELECT DISTINCT reported_by FROM classified WHERE ${where} AND reported_by IS NOT NULL`,
  ))
    cells.set(`t|${v}`, csvText(v));
  for (const iso3 of await distinct(
    `SELECT DISTINCT exporter AS v FROM classified WHERE ${where}
     UNION SELECT DISTINCT importer FROM classified WHERE ${where}`,
  )) {
    cells.set(`t|${iso3}`, csvText(iso3));
    cells.set(`n|${iso3}`, csvText(countries.name(iso3)));
  }
  for (const key of await distinct(
    `SELECT DISTINCT edition || '|' || hs6 AS v FROM classified WHERE ${where} AND hs6 IS NOT NULL`,
  )) {
    const [edition = '', hs6 = ''] = key.split('|');
    const text = descriptions(edition)?.get(hs6) ?? items(edition).get(hs6) ?? '';
    cells.set(`d|${key}`, csvText(text));
  }
  await stage.run('CREATE OR REPLACE TEMP TABLE dl_cells (k VARCHAR PRIMARY KEY, cell VARCHAR)');
  const rows = [...cells].map(([k, v]) => `(${q(k)}, ${q(v)})`);
  for (let i = 0; i < rows.length; i += 2000) {
    await stage.run(`INSERT INTO dl_cells VALUES ${rows.slice(i, i + 2000).join(',')}`);
  }
  const cell = (alias: string) => `coalesce(${alias}.cell, '')`;
  const tonnes = `CASE WHEN c.qty_kg IS NULL THEN ''
      WHEN c.qty_kg % 1000 = 0 THEN (c.qty_kg // 1000)::VARCHAR
      ELSE (c.qty_kg // 1000)::VARCHAR || '.' || rtrim(lpad((c.qty_kg % 1000)::VARCHAR, 3, '0'), '0') END`;
  const line = [
    'c.year::VARCHAR',
    cell('p'),
    cell('xe'),
    cell('xn'),
    cell('me'),
    cell('mn'),
    cell('h'),
    cell('d'),
    cell('l'),
    cell('g'),
    'c.value::VARCHAR',
    q(csvText(ds.currency)),
    tonnes,
    ...(ds.mirror ? [cell('r')] : []),
  ].join(` || ',' || `);
  const join = (alias: string, key: string) => `LEFT JOIN dl_cells ${alias} ON ${alias}.k = ${key}`;
  let count = 0;
  async function* text(): AsyncGenerator<string> {
    // Sources with both declarations add a last column saying whose each row is.
    yield [...DOWNLOAD_COLUMNS, ...(ds.mirror ? ['reported_by'] : [])].join(',') + '\n';
    const result = await stage.stream(
      `SELECT ${line} AS line FROM classified c
       ${join('p', `'t|' || c.period`)}
       ${join('xe', `'t|' || c.exporter`)} ${join('xn', `'n|' || c.exporter`)}
       ${join('me', `'t|' || c.importer`)} ${join('mn', `'n|' || c.importer`)}
       ${join('h', `'t|' || c.hs6`)} ${join('d', `'d|' || c.edition || '|' || c.hs6`)}
       ${join('l', `'t|' || c.list`)} ${join('g', `'t|' || c.category`)}
       ${join('r', `'t|' || c.reported_by`)}
       WHERE c.${where}
       ORDER BY c.year, c.period, c.exporter, c.importer, c.hs6, c.list, c.category, c.reported_by`,
    );
    for await (const chunk of result) {
      const lines = chunk.getColumnValues(0) as string[];
      count += lines.length;
      if (lines.length > 0) yield lines.join('\n') + '\n';
    }
  }
  return out.writeGzipStream(`downloads/${ds.id}.csv.gz`, text(), () => count);
}
