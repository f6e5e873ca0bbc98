import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ShardRef } from '../../src/schema/manifest.ts';

/**
 * Writes a build into a sibling temporary directory and swaps it in with renames at the
 * end, so a failed or interrupted build never leaves a half-written data folder behind.
 */
export class OutputDir {
  readonly tmp: string;
  private readonly target: string;

  constructor(target: string) {
    this.target = resolve(target);
    this.tmp = `${this.target}.tmp-${process.pid}`;
    rmSync(this.tmp, { recursive: true, force: true });
    mkdirSync(this.tmp, { recursive: true });
  }

  write(path: string, content: string | Buffer, rows = 0): ShardRef {
    const full = join(this.tmp, path);
    mkdirSync(dirname(full), { recursive: true });
    const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    writeFileSync(full, buf);
    return {
      path,
      bytes: buf.length,
      sha256: createHash('sha256').update(buf).digest('hex'),
      rows,
    };
  }

  commit(): void {
    const old = `${this.target}.old-${process.pid}`;
    mkdirSync(dirname(this.target), { recursive: true });
    if (existsSync(this.target)) renameSync(this.target, old);
    try {
      renameSync(this.tmp, this.target);
    } catch (e) {
      if (existsSync(old)) renameSync(old, this.target);
      throw e;
    }
    rmSync(old, { recursive: true, force: true });
  }

  abandon(): void {
    rmSync(this.tmp, { recursive: true, force: true });
  }
}
