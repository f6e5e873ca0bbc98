import { baciReader } from './baci.ts';
import { hsConversionReader, hsCorrelationReader } from './concordance.ts';
import { comtradeLegacyReader } from './comtrade-legacy.ts';
import { comtradePlusReader } from './comtrade-plus.ts';
import { eurostatComextReader } from './eurostat-comext.ts';
import { jrcNuclearReader } from './jrc-nuclear.ts';
import { baciCountriesReader, baciProductsReader, hsNomenclatureReader } from './reference.ts';
import type { Reader } from './types.ts';

/**
 * Every format the pipeline recognises, by header. A new source (UN Comtrade, Eurostat)
 * is a new module added here; nothing else changes.
 */
export const READERS: Reader[] = [
  baciReader,
  jrcNuclearReader,
  eurostatComextReader,
  comtradeLegacyReader,
  comtradePlusReader,
  baciProductsReader,
  hsNomenclatureReader,
  baciCountriesReader,
  hsCorrelationReader,
  hsConversionReader,
];

/** Readers made from `--mapping` files are tried first: a user's mapping wins over a guess. */
export function findReader(header: string[], extra: readonly Reader[] = []): Reader | null {
  return extra.find((r) => r.matches(header)) ?? READERS.find((r) => r.matches(header)) ?? null;
}
