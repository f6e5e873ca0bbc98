/**
 * The per-file accounting of a build: what each input file was, and where every row and every
 * unit of value went (kept, out of scope, quarantined, aggregate). The line reader
 * (read-inputs.ts) fills it in, with the plain rows the byte scanner (byte-scan.ts) counted;
 * build-report.json carries it,
 * and its sums reconcile value in with value out plus value quarantined.
 */

export type FileStatus = 'data' | 'reference' | 'skipped' | 'failed';

export interface FileReport {
  file: string;
  format: string | null;
  status: FileStatus;
  reason: string | null;
  dataset: string | null;
  /** How the rows were read: by the byte scanner (BACI; rows on a list and odd lines still line by line) or every row line by line. */
  readBy: 'scanner' | 'lines' | null;
  rowsRead: number;
  rowsKept: number;
  rowsOutOfScope: number;
  rowsQuarantined: number;
  /** Rows that are totals of other rows (World partner, TOTAL, headings): counted, never added. */
  rowsAggregate: number;
  /** Quarantined rows whose value could not be read: they add nothing to the value totals. */
  rowsWithoutValue: number;
  valueRead: number;
  valueKept: number;
  valueOutOfScope: number;
  valueQuarantined: number;
  valueAggregate: number;
  repairs: Record<string, number>;
  quarantineReasons: Record<string, number>;
  /** Aggregate rows by kind. */
  aggregateReasons: Record<string, number>;
  /** Their value by kind (whole currency units), for the manifest's notes. */
  aggregateValues: Record<string, number>;
}

export function emptyReport(file: string): FileReport {
  return {
    file,
    format: null,
    status: 'skipped',
    reason: null,
    dataset: null,
    readBy: null,
    rowsRead: 0,
    rowsKept: 0,
    rowsOutOfScope: 0,
    rowsQuarantined: 0,
    rowsAggregate: 0,
    rowsWithoutValue: 0,
    valueRead: 0,
    valueKept: 0,
    valueOutOfScope: 0,
    valueQuarantined: 0,
    valueAggregate: 0,
    repairs: {},
    quarantineReasons: {},
    aggregateReasons: {},
    aggregateValues: {},
  };
}
