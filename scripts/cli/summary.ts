import type { BuildSummary } from '../pipeline/build.ts';

const fmt = (n: number) => n.toLocaleString('en-US');

/** The end-of-build summary: what was read, kept, left out and why, per input file. */
export function printSummary(s: BuildSummary, out: string, ms: number): void {
  const log = (m = '') => console.log(m);
  log('');
  log('Inputs');
  for (const f of s.files) {
    if (f.status === 'data') {
      log(
        `  ${f.file}: ${fmt(f.rowsRead)} rows read, ${fmt(f.rowsKept)} kept, ${fmt(f.rowsOutOfScope)} under codes on no list, ${fmt(f.rowsQuarantined)} quarantined${f.rowsAggregate ? `, ${fmt(f.rowsAggregate)} totals of other rows (not added)` : ''}`,
      );
      for (const [why, n] of Object.entries(f.aggregateReasons))
        log(`      total, not added ${fmt(n)}: ${why}`);
      for (const [why, n] of Object.entries(f.quarantineReasons))
        log(`      quarantined ${fmt(n)}: ${why}`);
      for (const [what, n] of Object.entries(f.repairs)) log(`      repaired ${fmt(n)}: ${what}`);
    } else if (f.status === 'reference') {
      log(`  ${f.file}: reference (${f.format}), ${fmt(f.rowsRead)} rows`);
    } else if (f.status === 'failed') {
      console.error(
        `  ${f.reason?.startsWith(f.file) ? f.reason : `${f.file}:0: ${f.reason}`} [file not used]`,
      );
    } else {
      log(`  ${f.file}: skipped (${f.reason})`);
    }
  }
  log('');
  log('Datasets');
  for (const d of s.datasets) {
    log(
      `  ${d.id}: ${fmt(d.rows)} flows, ${fmt(d.value)} ${d.currency}, ${d.months ? `months ${d.months[0]} to ${d.months[d.months.length - 1]}` : `years ${d.years.join(', ')}`}; lists ${d.lists.join(', ') || 'none'}; ${d.reconciled ? 'reconciled' : 'NOT RECONCILED'}`,
    );
  }
  log('');
  log(
    `Wrote ${fmt(s.shards)} files (${(s.bytes / 1e6).toFixed(2)} MB) to ${out}; ${fmt(s.quarantined)} rows quarantined (${fmt(s.duplicates)} duplicates) in ${(ms / 1000).toFixed(1)} s.`,
  );
}
