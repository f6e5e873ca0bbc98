import { baciReader } from './baci.ts';
import { hsConversionReader, hsCorrelationReader } from './concordance.ts';
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
  baciProductsReader,
  hsNomenclatureReader,
  baciCountriesReader,
  hsCorrelationReader,
  hsConversionReader,
];

export function findReader(header: string[]): Reader | null {
  return READERS.find((r) => r.matches(header)) ?? null;
}
