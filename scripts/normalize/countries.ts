import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import countries from 'i18n-iso-countries';
import { LANGS, type CountryMeta, type Names } from '../../src/schema/manifest.ts';

const require = createRequire(import.meta.url);
for (const l of LANGS) {
  countries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`) as countries.LocaleData);
}

/**
 * Short names where the library's default is a long official form ("People's Republic of
 * China") that crowds map labels and tables. Taiwan follows the UN statistical sources'
 * neutral short form.
 */
const SHORT_NAMES: Record<string, Partial<Names>> = {
  CHN: { en: 'China', ru: 'Китай' },
  USA: { en: 'United States', fr: 'États-Unis' },
  RUS: { en: 'Russia' },
  IRN: { en: 'Iran' },
  KOR: { en: 'South Korea' },
  PRK: { en: 'North Korea', ru: 'КНДР' },
  TWN: { en: 'Taiwan', fr: 'Taïwan', es: 'Taiwán', ru: 'Тайвань' },
  TZA: { en: 'Tanzania' },
  CZE: { en: 'Czechia', fr: 'Tchéquie' },
  MKD: { en: 'North Macedonia' },
  PSE: { en: 'Palestine' },
  MDA: { en: 'Moldova' },
  LAO: { en: 'Laos' },
  SYR: { en: 'Syria' },
  COD: { en: 'DR Congo', fr: 'RD Congo', es: 'RD del Congo' },
  BOL: { en: 'Bolivia' },
  VEN: { en: 'Venezuela' },
};

/** BACI and Comtrade numeric codes that differ from ISO 3166 numeric (design: facts that bite). */
export const BACI_NUMERIC_EXCEPTIONS: Record<string, string> = {
  '251': 'FRA',
  '579': 'NOR',
  '699': 'IND',
  '757': 'CHE',
  '842': 'USA',
  '490': 'TWN',
};

export function isIsoAlpha3(code: string): boolean {
  return countries.isValid(code) && /^[A-Z]{3}$/.test(code);
}

export function isoNames(iso3: string): Names | null {
  if (!isIsoAlpha3(iso3)) return null;
  const short = SHORT_NAMES[iso3] ?? {};
  const out = {} as Names;
  for (const l of LANGS) out[l] = short[l] ?? countries.getName(iso3, l) ?? iso3;
  return out;
}

/** Eurostat writes Greece EL and the United Kingdom UK; everyone else uses ISO alpha-2. */
const ALPHA2_EXCEPTIONS: Record<string, string> = { EL: 'GRC', UK: 'GBR' };

export function alpha2ToIso3(code: string): string | null {
  const c = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(c)) return null;
  return ALPHA2_EXCEPTIONS[c] ?? countries.alpha2ToAlpha3(c) ?? null;
}

export function numericToIso3(code: string): string | null {
  const exception = BACI_NUMERIC_EXCEPTIONS[code];
  if (exception) return exception;
  if (!/^\d{1,3}$/.test(code)) return null;
  return countries.numericToAlpha3(code.padStart(3, '0')) ?? null;
}

/**
 * CEPII ships country names as UTF-8 bytes decoded as Latin-1 and encoded again
 * ("CÃ´te d'Ivoire"). Re-decoding as Latin-1 -> UTF-8 repairs them; names that were fine
 * are returned unchanged.
 */
export function repairMojibake(s: string): string {
  if (!/[ÃÂ]/.test(s)) return s;
  const fixed = Buffer.from(s, 'latin1').toString('utf8');
  return fixed.includes('\uFFFD') ? s : fixed;
}

export interface CountryAlias {
  iso3: string;
  reason: string;
}

export function loadAliases(path: string): Map<string, CountryAlias> {
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as {
    code: string;
    iso3: string;
    reason: string;
  }[];
  return new Map(rows.map((r) => [r.code, { iso3: r.iso3, reason: r.reason }]));
}

/** Partners that are not countries: World-total rows kept when a file has nothing finer. */
const PSEUDO_NAMES: Record<string, Names> = {
  WLD: { en: 'World (partners not given)', fr: 'Monde (partenaires non précisés)', es: 'Mundo (socios no especificados)', ru: 'Мир (партнёры не указаны)' },
}; // prettier-ignore

/**
 * Places without an ISO 3166 code that the map draws (world-atlas 50m gives them no id), with
 * the pseudo-codes and names the map uses (scripts/geo/world.ts). XKX is also the user-assigned
 * code widely used for Kosovo (by the World Bank, for one), so a national file reporting Kosovo
 * is named as the map names it. `worldAtlasName` is the feature's name in world-atlas.
 */
export const NO_ISO_PLACES: Record<string, { worldAtlasName: string; names: Names }> = {
  XKX: {
    worldAtlasName: 'Kosovo',
    names: { en: 'Kosovo', fr: 'Kosovo', es: 'Kosovo', ru: 'Косово' },
  },
  XNC: {
    worldAtlasName: 'N. Cyprus',
    names: {
      en: 'Northern Cyprus',
      fr: 'Chypre du Nord',
      es: 'Chipre del Norte',
      ru: 'Северный Кипр',
    },
  },
  XSL: {
    worldAtlasName: 'Somaliland',
    names: { en: 'Somaliland', fr: 'Somaliland', es: 'Somalilandia', ru: 'Сомалиленд' },
  },
  XIO: {
    worldAtlasName: 'Indian Ocean Ter.',
    names: {
      en: 'Australian Indian Ocean Territories',
      fr: 'Territoires australiens de l’océan Indien',
      es: 'Territorios australianos del océano Índico',
      ru: 'Австралийские территории в Индийском океане',
    },
  },
  XSG: {
    worldAtlasName: 'Siachen Glacier',
    names: {
      en: 'Siachen Glacier',
      fr: 'Glacier de Siachen',
      es: 'Glaciar de Siachen',
      ru: 'Ледник Сиачен',
    },
  },
  XAC: {
    worldAtlasName: 'Ashmore and Cartier Is.',
    names: {
      en: 'Ashmore and Cartier Islands',
      fr: 'Îles Ashmore-et-Cartier',
      es: 'Islas Ashmore y Cartier',
      ru: 'Острова Ашмор и Картье',
    },
  },
};

/** Collects every country a build writes, with names in the four interface languages. */
export class CountryRegistry {
  private readonly seen = new Map<string, CountryMeta>();

  /**
   * Records a country; places the map draws without an ISO code (XKX Kosovo) get the map's
   * names, and `fallbackName` names other pseudo-codes such as BACI's "Europe EFTA, nes".
   */
  add(iso3: string, fallbackName: string): void {
    if (this.seen.has(iso3)) return;
    const names = isoNames(iso3);
    this.seen.set(iso3, {
      iso3,
      iso: names !== null,
      names: names ??
        PSEUDO_NAMES[iso3] ??
        NO_ISO_PLACES[iso3]?.names ?? {
          en: fallbackName,
          fr: fallbackName,
          es: fallbackName,
          ru: fallbackName,
        },
    });
  }

  name(iso3: string): string {
    return this.seen.get(iso3)?.names.en ?? iso3;
  }

  list(): CountryMeta[] {
    return [...this.seen.values()].sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1));
  }
}
