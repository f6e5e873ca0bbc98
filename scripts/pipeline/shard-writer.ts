import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { ShardRef } from '../../src/schema/manifest.ts';
import type { OutputDir } from './output-dir.ts';
import type { ShardBytes } from './shard-text.ts';
import { tsWorker } from './ts-worker.ts';

export interface WriteJob {
  id: number;
  file: string;
  pieces: Uint8Array[];
}

export type WriteReply =
  { id: number; bytes: number; sha256: string } | { id: number; error: string };

/** Bytes handed to the worker and not yet written, beyond which the main thread waits. */
const IN_FLIGHT = 64 << 20;

/**
 * Writes a large dataset's flows, country and product shards on a worker thread
 * (shard-write-worker.ts), which also hashes them, while the main thread encodes the next ones:
 * writing and hashing were a third of the main thread's time in those shards at 50 million
 * rows, with the second core mostly idle. A shard's ref is returned at once; its size and hash
 * are filled in when written, and all are by `close()`. Small datasets (`aside` false) are
 * written on the main thread: a worker's start-up would cost more than it saves.
 */
export class ShardWriter {
  private worker: Worker | null = null;
  private nextId = 0;
  private inFlight = 0;
  private readonly pending = new Map<number, { ref: ShardRef; size: number }>();
  private error: Error | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly out: OutputDir,
    private readonly aside: boolean,
  ) {}

  async write(path: string, shard: ShardBytes): Promise<ShardRef> {
    if (!this.aside) return this.out.write(path, shard.pieces, shard.rows);
    const size = shard.pieces.reduce((n, p) => n + p.length, 0);
    // Bounds the memory of shards encoded and not yet written.
    while (!this.error && this.inFlight > 0 && this.inFlight + size > IN_FLIGHT) {
      await this.reply();
    }
    if (this.error) throw this.error;
    const ref: ShardRef = { path, bytes: 0, sha256: '', rows: shard.rows };
    const id = this.nextId++;
    this.pending.set(id, { ref, size });
    this.inFlight += size;
    const job: WriteJob = { id, file: join(this.out.tmp, path), pieces: shard.pieces };
    this.started().postMessage(job, shard.owned);
    return ref;
  }

  /** Waits until every shard is written (every ref filled in), then stops the worker. */
  async close(): Promise<void> {
    while (!this.error && this.pending.size > 0) await this.reply();
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
    if (this.error) throw this.error;
  }

  private reply(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }

  private settle(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = tsWorker(new URL('./shard-write-worker.ts', import.meta.url));
    worker.on('message', (reply: WriteReply) => {
      const job = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (job) {
        this.inFlight -= job.size;
        if ('error' in reply) this.error ??= new Error(`writing ${job.ref.path}: ${reply.error}`);
        else Object.assign(job.ref, { bytes: reply.bytes, sha256: reply.sha256 });
      }
      this.settle();
    });
    worker.on('error', (e) => {
      this.error ??= new Error(`the shard writer thread failed: ${e.message}`);
      this.settle();
    });
    worker.on('exit', () => {
      if (this.worker === worker && this.pending.size > 0) {
        this.error ??= new Error('the shard writer thread stopped before writing every shard');
      }
      this.settle();
    });
    this.worker = worker;
    return worker;
  }
}
