import { loadLists } from '../lists/load-lists.ts';

/** The HS codes the pipeline keeps for BACI HS2022 data: every code on an HS2022 list. */
export function benchCodes(listsDir: string, edition = 'HS2022'): Set<string> {
  return new Set(
    loadLists(listsDir)
      .filter((l) => l.hsEdition === edition)
      .flatMap((l) => l.codes.map((c) => c.hs6)),
  );
}
