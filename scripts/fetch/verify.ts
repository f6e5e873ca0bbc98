/**
 * Size and SHA-256 checks against what the server announced and what the user or the
 * release catalogue expects. Each check that ran is named in the summary, so that "no
 * expected hash" is visible rather than read as "verified".
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { FetchError } from './errors.ts';
import { hashFileInto } from './hash.ts';
import type { Expected } from './releases.ts';

/**
 * Checks a finished .part. A mismatch deletes it: resuming a wrong file could only
 * reproduce the same wrong bytes. Returns the checks that passed.
 */
export async function checkPart(
  dest: string,
  part: string,
  got: { bytes: number; sha256: string; total: number | null },
  expected: Expected,
): Promise<string[]> {
  const fail = async (what: string) => {
    await rm(part, { force: true });
    return new FetchError(`${basename(dest)}: ${what}; ${part} deleted`);
  };
  const checked: string[] = [];
  if (got.total !== null) {
    if (got.bytes !== got.total)
      throw await fail(`size mismatch: got ${got.bytes} bytes, the server announced ${got.total}`);
    checked.push('size (server)');
  }
  if (expected.size) {
    if (got.bytes !== expected.size.value)
      throw await fail(
        `size mismatch: got ${got.bytes} bytes, ${expected.size.from} expects ${expected.size.value}`,
      );
    checked.push(`size (${expected.size.from})`);
  }
  if (expected.sha256) {
    if (got.sha256 !== expected.sha256.value)
      throw await fail(
        `sha256 mismatch: got ${got.sha256}, ${expected.sha256.from} expects ${expected.sha256.value}`,
      );
    checked.push(`sha256 (${expected.sha256.from})`);
  }
  return checked;
}

/**
 * `dest` is already there (only a verified download is ever renamed to it): hash it and
 * compare, but never delete it, since it may be a file the user put there.
 */
export async function checkExisting(
  dest: string,
  expected: Expected,
): Promise<{ bytes: number; sha256: string; checked: string[] }> {
  const hash = createHash('sha256');
  await hashFileInto(dest, hash);
  const sha256 = hash.digest('hex');
  const bytes = statSync(dest).size;
  const checked: string[] = [];
  const differs = (what: string) =>
    new FetchError(`${dest} already exists and ${what}; delete it to download it again`);
  if (expected.size) {
    if (bytes !== expected.size.value)
      throw differs(`has ${bytes} bytes, ${expected.size.from} expects ${expected.size.value}`);
    checked.push(`size (${expected.size.from})`);
  }
  if (expected.sha256) {
    if (sha256 !== expected.sha256.value)
      throw differs(
        `has sha256 ${sha256}, ${expected.sha256.from} expects ${expected.sha256.value}`,
      );
    checked.push(`sha256 (${expected.sha256.from})`);
  }
  return { bytes, sha256, checked };
}
