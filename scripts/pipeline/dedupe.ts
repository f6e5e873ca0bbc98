import { generalise, type QuarantineRow } from './read-inputs.ts';
import { type FileReport } from './file-report.ts';
import { WORLD } from '../readers/types.ts';
import { num, type Stage } from './stage.ts';

/**
 * A second row for the same dataset, period, exporter, importer and code is a duplicate:
 * the first one (in file and line order) is kept, later ones are quarantined with the place
 * of the row they repeat. Only staged (in-scope) rows are checked here, across files; rows on
 * no list are never staged, and their repeats are found as each file is read (flow-keys.ts).
 */
export async function quarantineDuplicates(
  stage: Stage,
  files: FileReport[],
  fileIds: Map<number, number>,
  quarantine: QuarantineRow[],
): Promise<number> {
  const key = `dataset, period, exporter, importer, coalesce(hs6, ''), coalesce(category, ''), coalesce(detail, ''), coalesce(reported_by, '')`;
  // Most releases repeat no flow: one hash aggregate says so at a third of the window's cost.
  const [repeated] = await stage.rows<{ n: bigint }>(
    `SELECT count(*) AS n FROM (SELECT 1 FROM flows GROUP BY ${key} HAVING count(*) > 1)`,
  );
  if (num(repeated?.n) === 0) return 0;
  await stage.run(`CREATE TABLE dups AS
    SELECT file_id, line, value, raw, first_file, first_line FROM (
      SELECT *,
        row_number() OVER w AS rn,
        first_value(file_id) OVER w AS first_file,
        first_value(line) OVER w AS first_line
      FROM flows
      WINDOW w AS (PARTITION BY ${key} ORDER BY file_id, line ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
    ) WHERE rn > 1`);
  const dups = await stage.rows<{
    file_id: number;
    line: bigint;
    value: bigint;
    raw: string;
    first_file: number;
    first_line: bigint;
  }>('SELECT * FROM dups ORDER BY file_id, line');
  const fileOf = (id: number) => files[fileIds.get(id) ?? -1];
  for (const d of dups) {
    const report = fileOf(d.file_id);
    const first = fileOf(d.first_file);
    if (!report) continue;
    const value = num(d.value);
    const reason = `duplicate of ${first?.file ?? '?'}:${num(d.first_line)}`;
    report.rowsKept--;
    report.valueKept -= value;
    report.rowsQuarantined++;
    report.valueQuarantined += value;
    const kind = generalise(reason).replace(/ of .*/, ' row');
    report.quarantineReasons[kind] = (report.quarantineReasons[kind] ?? 0) + 1;
    quarantine.push({ file: report.file, line: num(d.line), reason, value, raw: d.raw });
  }
  if (dups.length) {
    await stage.run(`DELETE FROM flows WHERE (file_id, line) IN (SELECT file_id, line FROM dups)`);
  }
  return dups.length;
}

/**
 * Rows that differ only in a finer national code (CN8, an 11-digit tariff line) are parts of
 * one HS6 flow: sum them, so every later table has one row per flow as for BACI.
 */
export async function rollUpDetail(stage: Stage): Promise<void> {
  const [row] = await stage.rows<{ n: bigint }>(
    'SELECT count(*) AS n FROM flows WHERE detail IS NOT NULL',
  );
  if (num(row?.n) === 0) return;
  await stage.run(`CREATE TABLE rolled AS
    SELECT dataset, min(file_id) AS file_id, min(line) AS line, year, period, exporter, importer,
           hs6, category, NULL::VARCHAR AS detail, sum(value)::BIGINT AS value,
           sum(qty_kg)::BIGINT AS qty_kg, edition, reported_by, world, min(raw) AS raw
    FROM flows
    GROUP BY dataset, year, period, exporter, importer, hs6, category, edition, reported_by, world`);
  await stage.run('DROP TABLE flows');
  await stage.run('ALTER TABLE rolled RENAME TO flows');
}

const WORLD_ASIDE = 'World total, partner rows present';

/**
 * A World-partner row (the reporter's total with all partners) is set aside as an aggregate
 * when the same reporter, flow, period and code also has partner rows: adding both would
 * count the trade twice. Without partner rows it is kept, with partner WLD, as the only
 * figure the file gives. Runs before detail codes are rolled up, so rows map to file lines.
 */
export async function setAsideWorldTotals(
  stage: Stage,
  files: FileReport[],
  fileIds: Map<number, number>,
): Promise<number> {
  const [any] = await stage.rows<{ n: bigint }>('SELECT count(*) AS n FROM flows WHERE world');
  if (num(any?.n) === 0) return 0;
  await stage.run(`CREATE TABLE world_aside AS
    SELECT w.file_id, w.line, w.value FROM flows w
    WHERE w.world AND EXISTS (
      SELECT 1 FROM flows p
      WHERE NOT p.world AND p.dataset = w.dataset AND p.period = w.period
        AND p.reported_by IS NOT DISTINCT FROM w.reported_by
        AND p.hs6 IS NOT DISTINCT FROM w.hs6 AND p.category IS NOT DISTINCT FROM w.category
        AND ((w.importer = '${WORLD}' AND p.exporter = w.exporter)
          OR (w.exporter = '${WORLD}' AND p.importer = w.importer)))`);
  const rows = await stage.rows<{ file_id: number; value: bigint }>(
    'SELECT file_id, value FROM world_aside',
  );
  for (const r of rows) {
    const report = files[fileIds.get(r.file_id) ?? -1];
    if (!report) continue;
    const value = num(r.value);
    report.rowsKept--;
    report.valueKept -= value;
    report.rowsAggregate++;
    report.valueAggregate += value;
    report.aggregateReasons[WORLD_ASIDE] = (report.aggregateReasons[WORLD_ASIDE] ?? 0) + 1;
    report.aggregateValues[WORLD_ASIDE] = (report.aggregateValues[WORLD_ASIDE] ?? 0) + value;
  }
  if (rows.length) {
    await stage.run(
      'DELETE FROM flows WHERE (file_id, line) IN (SELECT file_id, line FROM world_aside)',
    );
  }
  await stage.run('DROP TABLE world_aside');
  return rows.length;
}
