/**
 * A place without an ISO 3166 code is named as the map names it: the hand-written Kosovo
 * fixture (fixtures/kosovo, reporter XKX, read through a mapping) builds, and the manifest,
 * the download and the world geometry all call XKX Kosovo in the four languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Manifest, WorldPaths } from '../../src/schema/manifest.ts';
import {
  buildKosovoFixture,
  cleanTemps,
  downloadLines,
  expectReconciled,
  tempDir,
} from './helpers.ts';
import type { BuildReport } from './helpers.ts';

afterAll(cleanTemps);

const KOSOVO = { en: 'Kosovo', fr: 'Kosovo', es: 'Kosovo', ru: 'Косово' };

describe('a reporter without an ISO code (Kosovo, XKX) through a mapping', () => {
  const out = join(tempDir(), 'out');
  const run = buildKosovoFixture(out);
  const json = <T>(p: string) => JSON.parse(readFileSync(join(out, p), 'utf8')) as T;

  it('builds, reads all 13 rows and reconciles', () => {
    expect(run.status, run.stderr).toBe(0);
    const report = json<BuildReport>('build-report.json');
    expectReconciled(report);
    const f = report.files.find((x) => x.file === 'kosovo_exports_2022_2023.csv');
    expect(f).toMatchObject({ rowsRead: 13, rowsQuarantined: 0, rowsKept: 9, rowsOutOfScope: 4 });
  });

  it('the manifest names XKX Kosovo in all four languages, as the map does', () => {
    const manifest = json<Manifest>('manifest.json');
    expect(manifest.countries.find((c) => c.iso3 === 'XKX')).toEqual({
      iso3: 'XKX',
      iso: false,
      names: KOSOVO,
    });
    const world = json<WorldPaths>('geo/world.json');
    expect(world.shapes.find((s) => s.id === 'XKX')?.n).toEqual(KOSOVO);
    const ds = manifest.datasets.find((d) => d.id === 'kosovo-test-exports');
    expect(ds?.inputCoverage.exporters).toEqual(['XKX']);
    expect(ds?.inputCoverage.importers).toEqual(['ALB', 'CHE', 'DEU', 'MKD', 'SRB', 'USA']);
    expect(ds?.coverage).toBeUndefined();
    expect(ds?.reporter).toEqual({ iso3: 'XKX', flow: 'export', names: KOSOVO });
  });

  it('the download names the exporter Kosovo', () => {
    const lines = downloadLines(out, 'kosovo-test-exports');
    const exporters = new Set(lines.slice(1).map((l) => l.split(',').slice(2, 4).join(',')));
    expect([...exporters]).toEqual(['XKX,Kosovo']);
  });
});
