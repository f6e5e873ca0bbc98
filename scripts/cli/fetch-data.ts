import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { download, type DownloadResult } from '../fetch/download.ts';
import { FetchError, UsageError } from '../fetch/errors.ts';
import {
  BASE_URL_ENV,
  expectations,
  loadCatalog,
  parseRelease,
  releaseFileName,
  releaseUrl,
  resolveBaseUrl,
} from '../fetch/releases.ts';

// .tmp is git-ignored, so a multi-GB zip cannot be committed by accident; and it is not
// ../shared/data, where a build would pick the new release up beside the embedded one.
const DEFAULT_OUT = '.tmp/baci';

const USAGE = `Usage: npm run data:fetch -- --release <name> [--out ${DEFAULT_OUT}] [--base-url <url>] [--sha256 <hex>] [--size <bytes>]

Downloads CEPII's BACI_<name>.zip (e.g. --release HS22_V202501) into --out, resuming a
partial download (<file>.part) left by an earlier run, and checks its size and SHA-256.
The address is <base-url>/BACI_<name>.zip; the base URL comes from --base-url, else
$${BASE_URL_ENV}, else data/reference/baci-releases.json. --sha256 and --size give the
expected hash and size (otherwise those in baci-releases.json, where known).
Then: npm run data:build -- --input <out> --out public/data`;

function usage(message: string): number {
  console.error(`${message}\n\n${USAGE}`);
  return 2;
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        release: { type: 'string' },
        out: { type: 'string', default: DEFAULT_OUT },
        'base-url': { type: 'string' },
        sha256: { type: 'string' },
        size: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    return usage((e as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.release) return usage('--release is required');
  const release = parseRelease(values.release);
  if (!release)
    return usage(
      `--release ${values.release}: not a BACI release name (HS92|HS96|HS02|HS07|HS12|HS17|HS22 + _V + YYYYMM, e.g. HS22_V202501)`,
    );
  if (values.sha256 !== undefined && !/^[0-9a-f]{64}$/i.test(values.sha256))
    return usage(`--sha256 ${values.sha256}: expected 64 hexadecimal digits`);
  if (values.size !== undefined && !/^[1-9]\d*$/.test(values.size))
    return usage(`--size ${values.size}: expected a number of bytes`);

  const catalog = loadCatalog();
  let base;
  try {
    base = resolveBaseUrl(values['base-url'], process.env, catalog);
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    throw e;
  }
  const file = releaseFileName(release);
  const known = catalog.releases[release];
  const expected = expectations(known, {
    size: values.size === undefined ? null : Number(values.size),
    sha256: values.sha256 ?? null,
  });
  const url = releaseUrl(base.url, file);
  const log = (m: string) => console.error(m);
  if (!known)
    log(`note: ${release} is not listed in data/reference/baci-releases.json; fetching it anyway`);
  if (!expected.sha256) log(`note: no expected SHA-256 for ${file}: only its size will be checked`);
  log(`Fetching ${url} (base URL from ${base.from})`);

  try {
    const result = await download({ url, dest: resolve(join(values.out, file)), expected, log });
    printSummary(result, values.out);
    return 0;
  } catch (e) {
    if (e instanceof FetchError) {
      console.error(`error: ${e.message}`);
      if (e.message.startsWith('network error'))
        console.error(
          `If this machine is offline, download ${file} elsewhere (CEPII's BACI page: ${catalog.page}) and copy it into ${values.out}, or point --base-url or $${BASE_URL_ENV} at a reachable mirror.`,
        );
      return 1;
    }
    throw e;
  }
}

function printSummary(r: DownloadResult, out: string): void {
  const fmt = (n: number) => n.toLocaleString('en-US');
  const secs = r.ms / 1000;
  const moved = r.bytes - r.resumedFrom;
  const rate = secs > 0 ? ` (${(moved / 1e6 / secs).toFixed(1)} MB/s)` : '';
  console.log('');
  console.log(r.alreadyPresent ? 'Already downloaded; verified' : 'Downloaded');
  console.log(`  file     ${r.path}`);
  if (!r.alreadyPresent) console.log(`  from     ${r.url}`);
  console.log(`  bytes    ${fmt(r.bytes)}`);
  if (r.resumedFrom > 0)
    console.log(`  resumed  after ${fmt(r.resumedFrom)} bytes; ${fmt(moved)} transferred now`);
  console.log(`  time     ${secs.toFixed(1)} s${r.alreadyPresent ? '' : rate}`);
  console.log(`  sha256   ${r.sha256}`);
  console.log(`  checked  ${r.checked.join(', ') || 'nothing (no size or hash known)'}`);
  console.log('');
  console.log(`Next: npm run data:build -- --input ${out} --out public/data`);
}

process.exitCode = await main();
