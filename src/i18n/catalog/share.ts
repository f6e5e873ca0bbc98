/** share catalogue: keys start with "sh" so they cannot collide with the other catalogues. */
export const en = {
  shPlaceholder: 'share',
};
type Catalogue = Record<keyof typeof en, string>;
export const fr: Catalogue = { shPlaceholder: 'share' };
export const es: Catalogue = { shPlaceholder: 'share' };
export const ru: Catalogue = { shPlaceholder: 'share' };
