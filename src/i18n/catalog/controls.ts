/** The controls: dataset, year, flow, list, category, HS search, ad-hoc codes. */
export const en = {};

type Catalogue = Record<keyof typeof en, string>;
export const fr: Catalogue = {};
export const es: Catalogue = {};
export const ru: Catalogue = {};
