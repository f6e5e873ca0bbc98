/** workshop catalogue: keys start with "ws" so they cannot collide with the other catalogues. */
export const en = {
  wsPlaceholder: 'workshop',
};
type Catalogue = Record<keyof typeof en, string>;
export const fr: Catalogue = { wsPlaceholder: 'workshop' };
export const es: Catalogue = { wsPlaceholder: 'workshop' };
export const ru: Catalogue = { wsPlaceholder: 'workshop' };
