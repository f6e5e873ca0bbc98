import type {
  DatasetNote,
  InputCoverage,
  RepairReason,
  SetAsideReason,
} from '../../src/schema/manifest.ts';
import type { DatasetDescriptor } from '../readers/types.ts';
import type { FileReport } from './file-report.ts';

/**
 * The readers' words for rows set aside and rows repaired (build-report.json keeps them as
 * written), and the reason each stands for in the manifest. The app words the reasons in the
 * reader's language; a text missing here becomes `other` and is quoted as the reader wrote it,
 * so a new reader's reason is never lost, only left in English until it is added.
 */
const SET_ASIDE: Record<string, SetAsideReason> = {
  'HS4 heading total (the CN8 rows under it are the detail)': 'hs4-heading-cn8',
  'chapter total (the CN8 rows under it are the detail)': 'chapter-cn8',
  'HS4 heading total': 'hs4-heading',
  'chapter total': 'chapter',
  'product total (heading)': 'hs4-heading',
  'product total (chapter)': 'chapter',
  'commodity TOTAL': 'commodity-total',
  'World total, partner rows present': 'world-partner',
  're-exports (already inside exports)': 're-exports',
  're-imports (already inside imports)': 're-imports',
  'domestic exports (already inside exports)': 'domestic-exports',
  'foreign imports (already inside imports)': 'foreign-imports',
  'exports after inward processing (already inside exports)': 'exports-inward-processing',
  'exports for outward processing (already inside exports)': 'exports-outward-processing',
  'imports for inward processing (already inside imports)': 'imports-inward-processing',
  'imports after outward processing (already inside imports)': 'imports-outward-processing',
  'breakdown by second partner': 'breakdown-partner2',
  'breakdown by customs procedure': 'breakdown-customs',
  'breakdown by mode of transport': 'breakdown-transport',
  'breakdown by mode of supply': 'breakdown-supply',
  'aggregate record (isAggregate)': 'aggregate-record',
};

const REPAIRS: Record<string, RepairReason> = {
  'value rounded to the dollar': 'value-rounded',
  'value rounded to the whole euro': 'value-rounded',
  'value rounded to the whole currency unit': 'value-rounded',
  'country code alias applied': 'country-alias',
  'HS code leading zero restored': 'hs-leading-zero',
};

/**
 * Row counts (and values, for rows set aside) per reason: reasons the atlas knows merged,
 * unknown ones kept by their words.
 */
function byReason<R extends string>(
  counts: Iterable<[string, number, number]>,
  table: Record<string, R>,
  other: R,
): { reason: R; rows: number; value: number; text?: string }[] {
  const out = new Map<string, { reason: R; rows: number; value: number; text?: string }>();
  for (const [what, n, value] of counts) {
    const known = Object.hasOwn(table, what) ? table[what] : undefined;
    const key = known ?? `${other}|${what}`;
    const entry =
      out.get(key) ??
      (known
        ? { reason: known, rows: 0, value: 0 }
        : { reason: other, rows: 0, value: 0, text: what });
    entry.rows += n;
    entry.value += value;
    out.set(key, entry);
  }
  return [...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
}

/**
 * A dataset's notes as facts (DatasetMeta.notes), in the order a reader needs them: what a
 * value under a code means, what the source gives, rows set aside and repaired, converted
 * lists, and a product subset last.
 */
export function datasetNotes(
  ds: Pick<DatasetDescriptor, 'granularity' | 'mirror'>,
  files: readonly Pick<FileReport, 'aggregateReasons' | 'aggregateValues' | 'repairs'>[],
  conversions: readonly Extract<DatasetNote, { kind: 'conversion' }>[],
  coverage: Pick<InputCoverage, 'productSubset'>,
): DatasetNote[] {
  const notes: DatasetNote[] = [{ kind: 'upperBound' }];
  if (ds.granularity === 'category') notes.push({ kind: 'categoryOnly' });
  if (ds.mirror) notes.push({ kind: 'mirror' });
  const aside = files.flatMap((f) =>
    Object.entries(f.aggregateReasons).map(([what, n]): [string, number, number] => [
      what,
      n,
      f.aggregateValues[what] ?? 0,
    ]),
  );
  for (const e of byReason(aside, SET_ASIDE, 'other')) notes.push({ kind: 'setAside', ...e });
  const repaired = files.flatMap((f) =>
    Object.entries(f.repairs).map(([what, n]): [string, number, number] => [what, n, 0]),
  );
  // A repair changes a row, it does not set value aside: no value in its note.
  for (const e of byReason(repaired, REPAIRS, 'other'))
    notes.push({
      kind: 'repaired',
      rows: e.rows,
      reason: e.reason,
      ...(e.text === undefined ? {} : { text: e.text }),
    });
  notes.push(...conversions);
  if (coverage.productSubset) notes.push({ kind: 'productSubset' });
  return notes;
}
