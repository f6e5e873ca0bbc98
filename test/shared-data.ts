/**
 * The real third-party data the tests read, kept outside the repository (`../shared/data`
 * from the root; ATLAS_SHARED_DATA points elsewhere). A test that needs it fails, naming the
 * files it cannot find, instead of skipping: a run without the data must not look green.
 *
 * Run directly (`npx tsx test/shared-data.ts`), it checks every path below and exits non-zero
 * naming the missing ones; `.ci/run` does so before the tests.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

const HERE = dirname(fileURLToPath(import.meta.url));

export const SHARED = process.env.ATLAS_SHARED_DATA
  ? resolve(process.env.ATLAS_SHARED_DATA)
  : resolve(HERE, '../../shared/data');

/**
 * Every file and folder of the shared data a test reads, relative to it. Tests name theirs
 * from this list, so the CI check and the tests cannot drift apart.
 */
export const SHARED_PATHS = [
  'SOURCES.md',
  'baci-energy-subset/BACI_HS22_Y2023_V202501_energy_subset.csv',
  'baci-energy-subset/product_codes_HS22_V202501.csv',
  'china-critical-minerals-comtrade/china_exports_hs6_by_partner_monthly.csv',
  'comtrade-legacy-idn',
  'comtrade-legacy-idn/comtrade_IDN_WLD_X_2014-2015.csv',
  'comtradeplus-format-sample/comtradeplus_api_get_C_A_HS_sample.json',
  'country-codes/baci_country_codes_V202501.csv',
  'eu-comext-ru-neighbours/comext_eu27_exports_to_ru_neighbours_2020.csv',
  'eu-comext-ru-neighbours/comext_eu27_exports_to_ru_neighbours_2021.csv',
  'eu-comext-ru-neighbours/comext_eu27_exports_to_ru_neighbours_2022.csv',
  'hs-concordance',
  'hs-concordance/hs2022_to_hs2017_correlation.csv',
  'hs-concordance/hs2017_to_hs2012_correlation.csv',
  'hs-concordance/hs2022_to_hs2017_conversion.csv',
  'hs-nomenclature',
  'hs-nomenclature/hs2022_harmonized-system.csv',
  'hs-nomenclature/hs2017_harmonized-system.csv',
  'nuclear-trade-360info/nuclear-commodity-categories.csv',
  'nuclear-trade-360info/nuclear-commodity-data.csv',
  'strategic-lists/chpl_bis_2024-02_hs6.csv',
  'strategic-lists/strategic-goods-indicative_hs2022.csv',
  'taiwan-customs-8542/taiwan_exports_by_country_2013_2025.csv',
  'taiwan-customs-8542/taiwan_exports_8542_2013_2025_world_by_ccc.csv',
] as const;

export type SharedPath = (typeof SHARED_PATHS)[number];

/** The absolute path of a file or folder of the shared data. */
export function sharedPath(path: SharedPath): string {
  return join(SHARED, path);
}

/** Which of `paths` are absent, as absolute paths (the folder itself first when it is). */
export function missingShared(paths: readonly SharedPath[] = SHARED_PATHS): string[] {
  if (!existsSync(SHARED)) return [SHARED];
  return paths.map(sharedPath).filter((p) => !existsSync(p));
}

export function missingMessage(who: string, missing: readonly string[]): string {
  return (
    `${who} needs the real data in ${SHARED}, and ${missing.length === 1 ? 'this is' : 'these are'} missing:\n` +
    missing.map((m) => `  - ${m}`).join('\n') +
    `\nCopy the shared data there (see its SOURCES.md) or set ATLAS_SHARED_DATA to the folder that holds it.`
  );
}

/**
 * A describe block over the shared data. Without its files the block is one failing test
 * whose message names them; its body is not even collected, because bodies read the files
 * at collection time.
 */
export function describeShared(
  title: string,
  paths: readonly SharedPath[],
  body: () => void,
): void {
  const missing = missingShared(paths);
  describe(`${title} (needs ${SHARED})`, () => {
    if (missing.length === 0) {
      body();
      return;
    }
    it('finds the shared data it reads', () => {
      throw new Error(missingMessage(`"${title}"`, missing));
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const missing = missingShared();
  if (missing.length > 0) {
    console.error(missingMessage('The test suite', missing));
    process.exit(1);
  }
  console.log(`shared data: the ${SHARED_PATHS.length} paths the tests read are in ${SHARED}`);
}
