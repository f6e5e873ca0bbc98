/** Ranking table, country page, compare, methods and sources pages. */
export const en = {};

type Catalogue = Record<keyof typeof en, string>;
export const fr: Catalogue = {};
export const es: Catalogue = {};
export const ru: Catalogue = {};
