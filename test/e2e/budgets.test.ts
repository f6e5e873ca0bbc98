/**
 * The first view's byte budgets (issue 3's targets), enforced on the production build. Bytes
 * are deterministic for a given build and data, so they are asserted here; times are not, so
 * they stay in `npm run bench:app`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstViewBytes, type FirstViewBytes } from '../../scripts/bench/measure.ts';
import { TARGETS } from '../../scripts/bench/report.ts';
import { startBrowserPerFile } from './harness.ts';

const { browser, server } = startBrowserPerFile({ beforeAll, afterAll });

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function describeFiles(b: FirstViewBytes, kind: 'js' | 'data'): string {
  return b.files
    .filter((f) => f.kind === kind)
    .map((f) => `  ${f.path} ${kb(f.gzip)}`)
    .join('\n');
}

// A shared link can open the atlas in any language: each loads its own catalogues.
const ENTRIES = [
  ['default (English map)', ''],
  ['French map', '?lang=fr'],
  ['Russian map', '?lang=ru'],
] as const;

describe('first-view byte budgets (gzip -9 of every response until the map has painted)', () => {
  for (const [name, search] of ENTRIES) {
    it(`${name}: JavaScript < ${kb(TARGETS.jsGzip)}, data < ${kb(TARGETS.dataGzip)}`, async () => {
      const b = await firstViewBytes(browser(), server().url + search);
      const js = b.byKind.js;
      const data = b.byKind.data;
      console.log(
        `budget ${name}: JavaScript ${kb(js.gzip)} in ${js.files} files (budget ${kb(TARGETS.jsGzip)}), ` +
          `data ${kb(data.gzip)} in ${data.files} files (budget ${kb(TARGETS.dataGzip)})`,
      );
      // Figures of a view that never painted would be of a broken page, not of the first view.
      expect(b.mapPainted, 'the map painted with data').toBe(true);
      expect(js.files).toBeGreaterThan(0);
      expect(data.files).toBeGreaterThan(0);
      expect(js.gzip, `JavaScript over budget:\n${describeFiles(b, 'js')}`).toBeLessThan(
        TARGETS.jsGzip,
      );
      expect(data.gzip, `data over budget:\n${describeFiles(b, 'data')}`).toBeLessThan(
        TARGETS.dataGzip,
      );
    });
  }
});
