/**
 * A worker thread of the scan pool (scan-pool.ts): reads one BACI file with the byte scanner
 * and sends back its plain rows, its key log and the records for the careful reader, which
 * the main thread then reads in file order as if it had scanned the file itself.
 */
import { parentPort } from 'node:worker_threads';
import type { CsvRecord } from '../lib/csv-records.ts';
import { InputError } from '../lib/errors.ts';
import { KeyLog, scanBaciFile } from './byte-scan.ts';
import type { ScanJob, ScanReply } from './scan-pool.ts';

/** Beyond this many odd lines the main thread reads the file itself, record by record. */
const MAX_CAREFUL = 100_000;

class TooOdd extends Error {}

async function scan(job: ScanJob): Promise<ScanReply> {
  const careful: CsvRecord[] = [];
  const keys = new KeyLog(String(job.year));
  const plain = await scanBaciFile(
    job,
    {
      valueDecimals: job.valueDecimals,
      countries: new Map(job.countries),
      knownCodes: job.knownCodes ? new Set(job.knownCodes) : null,
      year: job.year,
    },
    new Set(job.scope),
    (fields, line, raw) => {
      if (careful.length >= MAX_CAREFUL) throw new TooOdd();
      careful.push({ fields, line, raw });
    },
    keys,
  );
  return { id: job.id, kind: 'done', plain, careful, keys: keys.state() };
}

parentPort?.on('message', (job: ScanJob) => {
  scan(job).then(
    (reply) => {
      if (reply.kind === 'done') parentPort?.postMessage(reply, [reply.keys.keys.buffer]);
    },
    (e: unknown) => {
      const tooOdd = e instanceof TooOdd;
      const err = e as { message?: string; code?: string };
      const reply: ScanReply = tooOdd
        ? { id: job.id, kind: 'inline' }
        : {
            id: job.id,
            kind: 'failed',
            message: err.message ?? String(e),
            code: err.code,
            input:
              e instanceof InputError ? { file: e.file, line: e.line, reason: e.reason } : null,
          };
      parentPort?.postMessage(reply);
    },
  );
});
