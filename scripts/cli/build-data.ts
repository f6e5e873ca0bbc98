import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { InputError } from '../lib/errors.ts';
import { parseHsEdition } from '../normalize/hs.ts';
import {
  build,
  BuildError,
  DEFAULT_ALIASES,
  DEFAULT_GROUPS_DIR,
  DEFAULT_LISTS_DIR,
} from '../pipeline/build.ts';
import { printSummary } from './summary.ts';
import { loadMappedReader } from '../readers/mapped.ts';
import type { FlowReader } from '../readers/types.ts';

const USAGE = `Usage: npm run data:build -- --input <dir> [--out public/data] [--lists data/lists] [--groups data/groups] [--hs-edition HS2022] [--mapping <file.json> ...] [--datasets <id,id,...>] [--line-by-line]

Reads every raw trade file it recognises under <dir> (by header; plain, .gz or .zip; UN
Comtrade Plus API responses as JSON), writes the atlas data to --out (replaced atomically),
with build-report.json and quarantine.csv beside it. --datasets builds only the named
datasets (the embedded default: npm run data:embedded). A BACI file is read by a byte
scanner that counts its plainly written rows on no list and hands every other row to the
careful reader; --line-by-line sends every row to the careful reader (the same output,
slower; the careful reader names any bad row's file, line and reason).`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        input: { type: 'string' },
        out: { type: 'string', default: 'public/data' },
        lists: { type: 'string', default: DEFAULT_LISTS_DIR },
        groups: { type: 'string', default: DEFAULT_GROUPS_DIR },
        aliases: { type: 'string', default: DEFAULT_ALIASES },
        'hs-edition': { type: 'string' },
        mapping: { type: 'string', multiple: true, default: [] },
        datasets: { type: 'string' },
        'line-by-line': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.input) {
    console.error(`--input is required\n\n${USAGE}`);
    return 2;
  }
  if (!existsSync(values.input)) {
    console.error(`${values.input}: no such file or directory`);
    return 2;
  }
  const edition = values['hs-edition'] ? parseHsEdition(values['hs-edition']) : null;
  if (values['hs-edition'] && !edition) {
    console.error(
      `--hs-edition ${values['hs-edition']}: unknown edition (HS1992, HS1996, HS2002, HS2007, HS2012, HS2017, HS2022)`,
    );
    return 2;
  }
  let extraReaders: FlowReader[];
  try {
    extraReaders = (values.mapping ?? []).map((m) => loadMappedReader(m));
  } catch (e) {
    console.error(`--mapping: ${(e as Error).message}`);
    return 2;
  }
  const started = Date.now();
  try {
    const summary = await build({
      input: values.input,
      out: values.out,
      listsDir: values.lists,
      groupsDir: values.groups,
      aliasesFile: values.aliases,
      reader: { hsEdition: edition, extraReaders, lineByLine: values['line-by-line'] },
      datasets: values.datasets
        ?.split(',')
        .map((d) => d.trim())
        .filter(Boolean),
    });
    printSummary(summary, values.out, Date.now() - started);
    return 0;
  } catch (e) {
    if (e instanceof InputError || e instanceof BuildError) {
      console.error(`error: ${e.message}`);
      console.error(`The previous contents of ${values.out} were left unchanged.`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = await main();
