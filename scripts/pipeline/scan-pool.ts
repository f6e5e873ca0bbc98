import type { Worker } from 'node:worker_threads';
import type { CsvRecord } from '../lib/csv-records.ts';
import { InputError } from '../lib/errors.ts';
import { KeyLog, type KeyLogState, type PlainRows } from './byte-scan.ts';
import { tsWorker } from './ts-worker.ts';

/**
 * BACI files scanned on worker threads, two at a time, while the main thread stages the file
 * before: a release is one file a year, each a second of byte scanning on one core. A worker
 * only scans (scan-worker.ts); everything that decides a row's fate (the careful reader,
 * quarantine, staging, the report) stays on the main thread, which reads each file's results
 * in file order exactly as if it had scanned the file itself.
 */

const WORKER = new URL('./scan-worker.ts', import.meta.url);

export interface ScanJob {
  id: number;
  path: string;
  /** The part of the file (a zip entry, or the path itself) holding the table. */
  part: string;
  display: string;
  year: number;
  valueDecimals: number;
  countries: [string, string][];
  knownCodes: string[] | null;
  scope: string[];
}

export type ScanReply =
  | { id: number; kind: 'done'; plain: PlainRows; careful: CsvRecord[]; keys: KeyLogState }
  | { id: number; kind: 'inline' }
  | {
      id: number;
      kind: 'failed';
      message: string;
      code: string | undefined;
      input: { file: string; line: number; reason: string } | null;
    };

/**
 * A scanned file, or `inline`: read it on the main thread (more odd lines than are worth
 * sending back, or no worker could start). A file's own error (a corrupt archive) rejects.
 */
export type ScanResult = { plain: PlainRows; careful: CsvRecord[]; keys: KeyLog } | 'inline';

interface Waiting {
  resolve: (r: ScanResult) => void;
  reject: (e: unknown) => void;
}

export class ScanPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { job: ScanJob; wait: Waiting }[] = [];
  private readonly waiting = new Map<number, Waiting>();
  private readonly busy = new Map<Worker, number>();
  private nextId = 0;
  private broken = false;

  constructor(private readonly size: number) {}

  run(job: Omit<ScanJob, 'id'>): Promise<ScanResult> {
    if (this.broken) return Promise.resolve('inline');
    return new Promise<ScanResult>((resolve, reject) => {
      this.queue.push({ job: { ...job, id: this.nextId++ }, wait: { resolve, reject } });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.broken = true;
    for (const { wait } of this.queue.splice(0)) wait.resolve('inline');
    await Promise.all(this.workers.splice(0).map((w) => w.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.workers.length < this.size ? this.spawn() : null);
      if (!worker) return;
      const next = this.queue.shift();
      if (!next) return;
      this.waiting.set(next.job.id, next.wait);
      this.busy.set(worker, next.job.id);
      worker.postMessage(next.job);
    }
  }

  private spawn(): Worker {
    const worker = tsWorker(WORKER);
    this.workers.push(worker);
    worker.on('message', (reply: ScanReply) => {
      const wait = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      this.busy.delete(worker);
      this.idle.push(worker);
      if (wait) settle(reply, wait);
      this.pump();
    });
    // A worker that cannot start or dies: its file and every later one are read inline.
    worker.on('error', (e) => this.fail(worker, e));
    worker.on('exit', () => this.fail(worker, null));
    return worker;
  }

  private fail(worker: Worker, e: Error | null): void {
    if (e && process.env.ATLAS_TIMINGS) {
      console.error(`scan: a worker thread failed (${e.message}): files read on the main thread`);
    }
    const id = this.busy.get(worker);
    this.busy.delete(worker);
    if (id !== undefined) {
      this.waiting.get(id)?.resolve('inline');
      this.waiting.delete(id);
    }
    if (!this.broken) {
      this.broken = true;
      for (const { wait } of this.queue.splice(0)) wait.resolve('inline');
    }
  }
}

function settle(reply: ScanReply, wait: Waiting): void {
  if (reply.kind === 'inline') wait.resolve('inline');
  else if (reply.kind === 'failed') {
    const e = reply.input
      ? new InputError(reply.input.file, reply.input.line, reply.input.reason)
      : Object.assign(new Error(reply.message), { code: reply.code });
    wait.reject(e);
  } else {
    // Buffers arrive as plain byte arrays.
    const staged = reply.plain.staged.map((u) => Buffer.from(u.buffer, u.byteOffset, u.byteLength));
    wait.resolve({
      plain: { ...reply.plain, staged },
      careful: reply.careful,
      keys: KeyLog.from(reply.keys),
    });
  }
}
