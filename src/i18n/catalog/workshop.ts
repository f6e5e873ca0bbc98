/**
 * workshop catalogue: keys start with "ws" so they cannot collide with the other catalogues.
 * Only the toolbar's words load with the app; the tour editor's and presenter's texts are in
 * workshop-tour.ts beside this file, registered when those load (typed here, as pages.ts is in messages.ts).
 */
import type * as lazy from './workshop-tour.ts';

const eagerEn = {
  wsAdd: 'Add to tour',
  wsOpen: 'Workshop tour',
  wsPrint: 'Print country sheet',
};
type Catalogue = Record<keyof typeof eagerEn, string>;
export const en = eagerEn as typeof eagerEn & typeof lazy.en;
export const fr: Catalogue = {
  wsAdd: 'Ajouter à la visite',
  wsOpen: 'Visite guidée',
  wsPrint: 'Imprimer la fiche pays',
};
export const es: Catalogue = {
  wsAdd: 'Añadir al recorrido',
  wsOpen: 'Recorrido de taller',
  wsPrint: 'Imprimir ficha del país',
};
export const ru: Catalogue = {
  wsAdd: 'Добавить в сценарий',
  wsOpen: 'Сценарий семинара',
  wsPrint: 'Печать справки по стране',
};
