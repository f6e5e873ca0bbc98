// Mutation testing (npm run test:mutation): see the README's test section for the scores.
// Run one folder at a time on a small machine, e.g.
//   npm run test:mutation -- --mutate 'src/derive/**/*.ts'
import { resolve } from 'node:path';
import process from 'node:process';

// The tests run in a sandbox under .stryker-tmp, from where ../shared/data is not the
// project's: name the real folder (the test runners inherit this environment).
process.env.ATLAS_SHARED_DATA ??= resolve(import.meta.dirname, '../shared/data');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  // Module-level constants run every test for each of their mutants (most of the time of a
  // run for under a tenth of the mutants): left out, and not counted in the score.
  ignoreStatic: true,
  mutate: [
    'src/derive/**/*.ts',
    'src/state/**/*.ts',
    'src/download/**/*.ts',
    // Classification, HS conversion and aggregation (roll-up, World totals, duplicates).
    'scripts/pipeline/classify.ts',
    'scripts/hs/convert.ts',
    'scripts/hs/list-conversion.ts',
    'scripts/pipeline/dedupe.ts',
  ],
  // Two cores shared with other work.
  concurrency: 2,
  timeoutMS: 60_000,
  tempDirName: '.stryker-tmp',
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 80, low: 70, break: null },
  ignorePatterns: ['dist', 'public/data.tmp-*', 'public/data.old-*', '.tmp', 'reports', 'coverage'],
};
