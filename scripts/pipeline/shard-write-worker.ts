/**
 * A worker thread that writes and hashes shard files for the main thread (shard-writer.ts),
 * which meanwhile encodes the next shards.
 */
import { parentPort } from 'node:worker_threads';
import { writeHashed } from './output-dir.ts';
import type { WriteJob, WriteReply } from './shard-writer.ts';

parentPort?.on('message', ({ id, file, pieces }: WriteJob) => {
  let reply: WriteReply;
  try {
    reply = { id, ...writeHashed(file, pieces) };
  } catch (e) {
    reply = { id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(reply);
});
