/** downloads catalogue: keys start with "dl" so they cannot collide with the other catalogues. */
export const en = {
  dlPlaceholder: 'downloads',
};
type Catalogue = Record<keyof typeof en, string>;
export const fr: Catalogue = { dlPlaceholder: 'downloads' };
export const es: Catalogue = { dlPlaceholder: 'downloads' };
export const ru: Catalogue = { dlPlaceholder: 'downloads' };
