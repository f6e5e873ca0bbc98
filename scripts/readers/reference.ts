import { basename } from 'node:path';
import { editionFromFileName } from '../normalize/hs.ts';
import { repairMojibake } from '../normalize/countries.ts';
import type { ReferenceReader } from './types.ts';

const lower = (h: string[]) => h.map((x) => x.trim().toLowerCase());

/** BACI's product list (`code,description`), edition told by its file name. */
export const baciProductsReader: ReferenceReader = {
  kind: 'reference',
  format: 'BACI product codes (code,description)',
  matches: (h) => lower(h).join(',') === 'code,description',
  open(file, _h, ref) {
    const edition = editionFromFileName(basename(file));
    if (!edition)
      throw new Error('cannot tell the HS edition from the file name (product_codes_HS22_...)');
    const map = ref.products.get(edition) ?? new Map<string, string>();
    ref.products.set(edition, map);
    return (f) => {
      const code = (f[0] ?? '').trim();
      if (/^\d{6}$/.test(code)) map.set(code, (f[1] ?? '').trim());
    };
  },
};

/** UN Comtrade / datasets HS nomenclature (`section,hscode,description,parent,level`). */
export const hsNomenclatureReader: ReferenceReader = {
  kind: 'reference',
  format: 'HS nomenclature (section,hscode,description,parent,level)',
  matches: (h) => lower(h).join(',') === 'section,hscode,description,parent,level',
  open(file, _h, ref) {
    const name = basename(file);
    const edition = editionFromFileName(name);
    if (!edition) throw new Error('cannot tell the HS edition from the file name (hs2022_...)');
    const map = ref.products.get(edition) ?? new Map<string, string>();
    ref.products.set(edition, map);
    return (f) => {
      const code = (f[1] ?? '').trim();
      // BACI's own descriptions win where both are present: they match its data.
      if ((f[4] ?? '').trim() === '6' && /^\d{6}$/.test(code) && !map.has(code)) {
        map.set(code, (f[2] ?? '').trim());
      }
    };
  },
};

/** BACI country codes, in the V202501 layout and the older V202201 one. */
export const baciCountriesReader: ReferenceReader = {
  kind: 'reference',
  format: 'BACI country codes',
  matches: (h) => {
    const s = lower(h).join(',');
    return (
      s === 'country_code,country_name,country_iso2,country_iso3' ||
      s ===
        'country_code,country_name_abbreviation,country_name_full,iso_2digit_alpha,iso_3digit_alpha'
    );
  },
  open(_file, header, ref) {
    const h = lower(header);
    const iCode = 0;
    const iName = 1;
    const iIso3 = h.length === 4 ? 3 : 4;
    return (f) => {
      const code = (f[iCode] ?? '').trim();
      const iso3 = (f[iIso3] ?? '').trim().toUpperCase();
      if (!/^\d+$/.test(code) || !/^[A-Z0-9]{3}$/.test(iso3)) return;
      // Later files in the scan do not overwrite codes already known.
      if (!ref.baciCountries.has(code)) {
        ref.baciCountries.set(code, { iso3, name: repairMojibake((f[iName] ?? '').trim()) });
      }
    };
  },
};
