import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant (npm run test:mutation): the unit project and the
 * pipeline tests that call the pipeline's modules in the test process. The browser tests and
 * the pipeline tests that spawn the CLI cannot see a mutant (it is switched on in the test
 * process only), and the data fuzzer takes minutes per run.
 */
export default defineConfig({
  test: {
    include: [
      'test/unit/**/*.test.ts',
      'test/pipeline/build-inprocess.test.ts',
      'test/pipeline/mapping-refusals.test.ts',
    ],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: {
      // A seeded subset of the consistency test's combinations: all 520 take a minute a run.
      ATLAS_CONSISTENCY_CASES: process.env.ATLAS_CONSISTENCY_CASES ?? '120',
    },
  },
});
