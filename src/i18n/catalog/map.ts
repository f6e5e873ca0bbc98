/** The map, its legend, tooltip and notices. */
export const en = {};

type Catalogue = Record<keyof typeof en, string>;
export const fr: Catalogue = {};
export const es: Catalogue = {};
export const ru: Catalogue = {};
