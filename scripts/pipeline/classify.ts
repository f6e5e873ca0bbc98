import type { ListConversion, ListConversionResult } from '../hs/list-conversion.ts';
import type { StrategicList } from '../lists/load-lists.ts';
import type { DatasetDescriptor } from '../readers/types.ts';
import type { HsEdition, NotAppliedReason } from '../../src/schema/manifest.ts';
import type { Stage } from './stage.ts';
import { sqlString as q } from '../lib/sql.ts';

export interface ListApplication {
  dataset: string;
  /** HS editions of the dataset's rows (several when the source changed edition). */
  editions: HsEdition[];
  lists: string[];
  notApplied: { list: string; reason: NotAppliedReason }[];
  /** Lists of another edition applied through correlation tables. */
  conversions: ListConversion[];
}

/** Converts a list to an edition, or says why it cannot (scripts/hs/list-conversion.ts). */
export type ConvertList = (list: StrategicList, to: HsEdition) => ListConversionResult;

/**
 * Which lists apply to which dataset. A list applies to HS6 data of its own edition, and to
 * data of another edition when correlation tables link the two (its codes are converted);
 * a category-level dataset carries the categories of one list.
 */
export function applyLists(
  ds: DatasetDescriptor,
  lists: StrategicList[],
  convert?: ConvertList,
  editions: readonly HsEdition[] = [ds.hsEdition],
): ListApplication {
  const out: ListApplication = {
    dataset: ds.id,
    editions: [...editions],
    lists: [],
    notApplied: [],
    conversions: [],
  };
  for (const l of lists) {
    if (ds.granularity === 'category') {
      if (l.id === ds.categoryList) out.lists.push(l.id);
      else
        out.notApplied.push({
          list: l.id,
          reason: { kind: 'categoryOnly', categoryList: ds.categoryList ?? '' },
        });
      continue;
    }
    // A list applies to every edition of the data (years may differ) or not at all: a
    // series that drops a list half-way would read as a fall in trade.
    const converted: ListConversion[] = [];
    let failed: NotAppliedReason | null = null;
    for (const e of editions) {
      if (l.hsEdition === e) continue;
      const r: ListConversionResult = convert?.(l, e) ?? {
        ok: false,
        reason: { kind: 'noTable', from: l.hsEdition, to: e },
      };
      if (r.ok) converted.push(r.value);
      else failed ??= r.reason;
    }
    if (failed) out.notApplied.push({ list: l.id, reason: failed });
    else {
      out.lists.push(l.id);
      out.conversions.push(...converted);
    }
  }
  return out;
}

/**
 * Defines the classification views:
 * - `classified`: one row per flow and list category (the download contract);
 * - `list_flows`: one row per flow and list, counting a code in several categories once,
 *   and leaving out categories the list excludes from its total.
 * `list_codes` holds each list in its own edition and in every edition it was converted to;
 * a dataset joins the codes of its own edition, so converted rows keep the data's code.
 * Views, not tables: each query that reads them joins the flows to a few thousand codes again,
 * which costs less than copying every flow's strings into two more tables (at 50 million rows
 * 0.93x the build's time and 370 MiB less memory).
 */
export async function classify(
  stage: Stage,
  lists: StrategicList[],
  datasets: DatasetDescriptor[],
  applications: ListApplication[],
): Promise<void> {
  await stage.run(
    `CREATE TABLE list_codes (list VARCHAR, edition VARCHAR, category VARCHAR, hs6 VARCHAR, specificity VARCHAR, in_total BOOLEAN)`,
  );
  await stage.run(`CREATE TABLE list_cats (list VARCHAR, category VARCHAR, in_total BOOLEAN)`);
  await stage.run(
    `CREATE TABLE ds_lists (dataset VARCHAR, list VARCHAR, granularity VARCHAR, edition VARCHAR)`,
  );
  const codeRows: string[] = [];
  const catRows: string[] = [];
  const codeRow = (
    l: StrategicList,
    edition: string,
    c: { category: string; hs6: string; specificity: string | null },
  ) =>
    `(${q(l.id)}, ${q(edition)}, ${q(c.category)}, ${q(c.hs6)}, ${c.specificity ? q(c.specificity) : 'NULL'}, ${!l.totalExcludes.has(c.category)})`;
  for (const l of lists) {
    for (const c of l.codes) codeRows.push(codeRow(l, l.hsEdition, c));
    for (const id of l.categories.keys())
      catRows.push(`(${q(l.id)}, ${q(id)}, ${!l.totalExcludes.has(id)})`);
  }
  // A list converted to one edition for several datasets is inserted once.
  const converted = new Set<string>();
  for (const lc of applications.flatMap((a) => a.conversions)) {
    const l = lists.find((x) => x.id === lc.list);
    const key = `${lc.list}@${lc.conversion.to}`;
    if (!l || converted.has(key)) continue;
    converted.add(key);
    for (const c of lc.codes) codeRows.push(codeRow(l, lc.conversion.to, c));
  }
  if (codeRows.length) await stage.run(`INSERT INTO list_codes VALUES ${codeRows.join(',')}`);
  if (catRows.length) await stage.run(`INSERT INTO list_cats VALUES ${catRows.join(',')}`);
  const dsRows = applications.flatMap((a) => {
    const d = datasets.find((x) => x.id === a.dataset);
    const g = d?.granularity ?? 'hs6';
    return a.lists.flatMap((l) =>
      a.editions.map((e) => `(${q(a.dataset)}, ${q(l)}, ${q(g)}, ${q(e)})`),
    );
  });
  if (dsRows.length) await stage.run(`INSERT INTO ds_lists VALUES ${dsRows.join(',')}`);

  await stage.run(`CREATE VIEW classified AS
    SELECT f.dataset, lc.list, lc.category, f.year, f.period, f.exporter, f.importer, f.hs6,
           f.value, f.qty_kg, coalesce(lc.specificity = 'broad', false) AS broad, f.reported_by,
           f.edition
    FROM flows f
    JOIN ds_lists d ON d.dataset = f.dataset AND d.granularity = 'hs6' AND d.edition = f.edition
    JOIN list_codes lc ON lc.list = d.list AND lc.edition = d.edition AND lc.hs6 = f.hs6
    UNION ALL
    SELECT f.dataset, d.list, f.category, f.year, f.period, f.exporter, f.importer, NULL,
           f.value, f.qty_kg, false, f.reported_by, f.edition
    FROM flows f
    JOIN ds_lists d ON d.dataset = f.dataset AND d.granularity = 'category' AND d.edition = f.edition`);

  await stage.run(`CREATE VIEW list_flows AS
    WITH u AS (
      SELECT list, edition, hs6, bool_or(in_total) AS in_total, bool_or(specificity = 'broad') AS broad
      FROM list_codes GROUP BY list, edition, hs6
    )
    SELECT f.dataset, u.list, f.year, f.period, f.exporter, f.importer, f.value,
           coalesce(u.broad, false) AS broad, f.reported_by
    FROM flows f
    JOIN ds_lists d ON d.dataset = f.dataset AND d.granularity = 'hs6' AND d.edition = f.edition
    JOIN u ON u.list = d.list AND u.edition = d.edition AND u.hs6 = f.hs6
    WHERE u.in_total
    UNION ALL
    SELECT f.dataset, d.list, f.year, f.period, f.exporter, f.importer, f.value, false,
           f.reported_by
    FROM flows f
    JOIN ds_lists d ON d.dataset = f.dataset AND d.granularity = 'category' AND d.edition = f.edition
    JOIN list_cats c ON c.list = d.list AND c.category = f.category
    WHERE c.in_total`);
}
