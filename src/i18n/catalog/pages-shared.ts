/**
 * The part of the pages catalogue that the first view needs (ranking table, selection labels,
 * list and flow selects): loaded with the map. The rest of pages.ts, with flows.ts and
 * profiles.ts, loads with the views that use it (messages.ts, registerCatalog).
 */
export const en = {
  pgExports: 'Exports',
  pgImports: 'Imports',
  pgFlow: 'Direction',
  pgYear: 'Year',
  pgSelHs: 'HS {code}',
  pgRankCapExport: 'Exports of {what} by country, {year}',
  pgRankCapImport: 'Imports of {what} by country, {year}',
  pgSearchCountry: 'Find a country',
  pgShownOf: 'Showing {n} of {total, plural, one {# country} other {# countries}}',
  pgColValueIn: 'Value ({currency})',
  pgColChangeFrom: 'Change from {prev}',
  pgNoRank: 'no trade, not ranked',
  pgNoChange: 'no value in {prev} to compare with',
  pgNoMatch: 'No country matches “{query}”.',
  pgShowAll: 'Show {n, plural, one {the only country} other {all # countries}}',
  pgShowTop: 'Show only the top {n, plural, one {# country} other {# countries}}',
  // Country page
  pgList: 'List',
  pgListA: 'List A',
  pgListB: 'List B',
};

type Catalogue = Record<keyof typeof en, string>;

export const fr: Catalogue = {
  pgExports: 'Exportations',
  pgImports: 'Importations',
  pgFlow: 'Sens',
  pgYear: 'Année',
  pgSelHs: 'SH {code}',
  pgRankCapExport: 'Exportations par pays\u00a0: {what}, {year}',
  pgRankCapImport: 'Importations par pays\u00a0: {what}, {year}',
  pgSearchCountry: 'Chercher un pays',
  pgShownOf: '{n, plural, one {# pays affiché} other {# pays affichés}} sur {total}',
  pgColValueIn: 'Valeur ({currency})',
  pgColChangeFrom: 'Variation par rapport à {prev}',
  pgNoRank: 'aucun échange, non classé',
  pgNoChange: 'pas de valeur en {prev} pour comparer',
  pgNoMatch: 'Aucun pays ne correspond à «\u00a0{query}\u00a0».',
  pgShowAll: 'Afficher {n, plural, one {le seul pays} other {les # pays}}',
  pgShowTop: 'N’afficher que {n, plural, one {le premier pays} other {les # premiers pays}}',
  pgList: 'Liste',
  pgListA: 'Liste A',
  pgListB: 'Liste B',
};

export const es: Catalogue = {
  pgExports: 'Exportaciones',
  pgImports: 'Importaciones',
  pgFlow: 'Sentido',
  pgYear: 'Año',
  pgSelHs: 'SA {code}',
  pgRankCapExport: 'Exportaciones por país: {what}, {year}',
  pgRankCapImport: 'Importaciones por país: {what}, {year}',
  pgSearchCountry: 'Buscar un país',
  pgShownOf: '{n, plural, one {Se muestra # país} other {Se muestran # países}} de {total}',
  pgColValueIn: 'Valor ({currency})',
  pgColChangeFrom: 'Variación respecto a {prev}',
  pgNoRank: 'sin comercio, sin puesto',
  pgNoChange: 'sin valor en {prev} para comparar',
  pgNoMatch: 'Ningún país coincide con «{query}».',
  pgShowAll: 'Mostrar {n, plural, one {el único país} other {los # países}}',
  pgShowTop: 'Mostrar solo {n, plural, one {el primer país} other {los # primeros países}}',
  pgList: 'Lista',
  pgListA: 'Lista A',
  pgListB: 'Lista B',
};

export const ru: Catalogue = {
  pgExports: 'Экспорт',
  pgImports: 'Импорт',
  pgFlow: 'Направление',
  pgYear: 'Год',
  pgSelHs: 'ГС {code}',
  pgRankCapExport: 'Экспорт: {what}, по странам, {year}',
  pgRankCapImport: 'Импорт: {what}, по странам, {year}',
  pgSearchCountry: 'Найти страну',
  pgShownOf:
    'Показано {n} из {total, plural, one {# страны} few {# стран} many {# стран} other {# страны}}',
  pgColValueIn: 'Стоимость ({currency})',
  pgColChangeFrom: 'Изменение к {prev}',
  pgNoRank: 'нет торговли, без места',
  pgNoChange: 'нет значения за {prev} для сравнения',
  pgNoMatch: 'Нет стран, соответствующих запросу «{query}».',
  pgShowAll:
    'Показать {n, plural, =1 {единственную страну} one {все # страну} few {все # страны} many {все # стран} other {все # страны}}',
  pgShowTop:
    'Показать только {n, plural, =1 {первую страну} one {первые # страну} few {первые # страны} many {первые # стран} other {первые # страны}}',
  pgList: 'Список',
  pgListA: 'Список A',
  pgListB: 'Список B',
};
