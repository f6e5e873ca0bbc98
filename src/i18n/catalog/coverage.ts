/**
 * What the data cover: how many of a selection's codes the input holds, places the
 * data cannot speak for, and periods compared over different months. Loaded with the map: the
 * first screen says it. Plural blocks follow the ICU form (src/i18n/messages.ts); each language
 * agrees with the number its grammar needs. French spacing: U+00A0 before a colon and inside
 * guillemets, U+202F before ; ! ?.
 */
export const en = {
  covSrcCodes: 'HS6 codes in the input',
  covSrcCodesValue: '{k} of {n} ({edition})',
  covSrcPlaces: 'Places the data speak for',
  covSrcPlacesValue:
    '{ex, plural, one {# as exporter} other {# as exporters}}, {im, plural, one {# as importer} other {# as importers}}',
  covSrcListCaption:
    'Codes of each list with data in the input, by year (categories, for data given by category)',
  covSrcList: 'List',
  covCmpCapExport: 'Exports the data cover, {year}',
  covCmpCapImport: 'Imports the data cover, {year}',
  covTotalOfList: 'All of the {list} (total of the codes with data)',
  covCompareEdition:
    'Codes are counted in {edition}, the edition of the {year} data: the {list} is converted to it, and its {n, plural, one {# code corresponds} other {# codes correspond}} to {m, plural, one {# code} other {# codes}} of {edition}.',
  covLedeCodes: 'Trade in {year} under the selection: {what}. Data: {dataset}.',
  covRankOfReach:
    'Rank {rank} of the {n, plural, one {# place} other {# places}} the data cover; {share} of their total',
  covRankExports: 'Rank among the places covered, exports',
  covRankImports: 'Rank among the places covered, imports',
  covShareExports: 'Share of the covered total, exports',
  covShareImports: 'Share of the covered total, imports',
  covMonthlyForLists:
    'Monthly figures exist for whole lists and their categories, not for single codes: choose a list to see the months.',
  covCodesCol: 'Codes with data',
  covCategoriesForLists:
    'Categories belong to a whole list: this page shows the selected codes only. Choose the whole list to see the figures by category.',
  covKofN: '{k} of {n}',
  covLegendNoData: 'No data or not covered',
  covSelPartial:
    '{k} of the {n, plural, one {# code} other {# codes}} of this selection {k, plural, one {has} other {have}} data in this dataset ({year}): totals cover {k, plural, one {that code} other {those codes}} only.',
  covSelComplete:
    'All {n, plural, one {# code} other {# codes}} of this selection have data in this dataset ({year}).',
  covSelNone:
    'None of the {n, plural, one {# code} other {# codes}} of this selection has data in this dataset ({year}): no data, not zero.',
  covCatPartial:
    '{k} of the {n, plural, one {# category} other {# categories}} of this selection {k, plural, one {has} other {have}} data in this dataset ({year}).',
  covCatNone:
    'None of the {n, plural, one {# category} other {# categories}} of this selection has data in this dataset ({year}): no data, not zero.',
  covCodeNone:
    'No data for HS {code} in this dataset ({year}): the input does not hold this code. No data is not zero.',
  covCodesMissing:
    'No data in this dataset for {n, plural, one {this code} other {these codes}}: {codes}. The input does not hold {n, plural, one {it} other {them}}; no data is not zero.',
  covWhich: 'Which codes?',
  covWithRows: 'With data ({n}):',
  covWithoutRows: 'No data in this dataset ({n}):',
  covNoCounterpart: 'No counterpart in {edition} ({n}):',
  covWorldPartial:
    'Total of the {k} {k, plural, one {code} other {codes}} with data: {value}; {n, plural, one {# country} other {# countries}} with trade.',
  covWorldComplete:
    'World total {value}; {n, plural, one {# country} other {# countries}} with trade.',
  covReachTotal:
    'Total of what the data cover: {value}; {n, plural, one {# country} other {# countries}} with trade.',
  covNotCovered: 'Not covered',
  covNotCoveredTip: 'Not covered: the data hold no {flow} for this place.',
  covFlowExports: 'exports',
  covFlowImports: 'imports',
  covNoData: 'no data',
  covSubset:
    'This dataset holds {k} of the {n, plural, one {# HS code} other {# HS codes}} of {edition} (a product subset): every total covers those codes only.',
  covSubsetUnknown:
    'This dataset holds {k, plural, one {# HS code} other {# HS codes}} of {edition} (a product subset): every total covers those codes only.',
  covTrendDiffers:
    'The codes with data differ between years ({detail}): part of a change between those years comes from what the input holds.',
  covYearOf: '{year}: {k} of {n}',
  covChangeDiffers:
    'The codes with data differ between {prev} ({a}) and {year} ({b}): part of the change comes from what the input holds.',
  covMonthsDiffer:
    'Partners are counted by whole year: {a} and {b} cover different months, so their partner figures are not like for like.',
  covMonthsCompared: 'Totals compare the same months of both years: {a} and {b}.',
  covOwnList: 'a custom list of {n, plural, one {# HS code} other {# HS codes}}',
  noteUpperBound:
    'Values under an HS code are an upper bound on strategic trade: a code also covers goods that are not controlled.',
  noteCategoryOnly: 'The source gives values by category only; there is no HS6 detail.',
  noteMirror:
    "Both declarations of a flow are kept: exports are the exporter's reports, imports the importer's; the download's reported_by column says whose each row is.",
  noteAggregates:
    '{n, plural, one {# row, worth {value}, repeats what other rows hold and was not added} other {# rows, worth {value}, repeat what other rows hold and were not added}}: {what}.',
  noteRepaired:
    '{n, plural, one {# row repaired} other {# rows repaired}}: {what} (see build-report.json).',
  noteUpperFlows: 'Under those codes: {flows, plural, one {# flow} other {# flows}}, {value}.',
  noteKindHeading: 'HS4 heading total (the CN8 rows under it are the detail)',
  noteKindChapter: 'chapter total (the CN8 rows under it are the detail)',
  noteKindHeadingPlain: 'HS4 heading total',
  noteKindChapterPlain: 'chapter total',
  noteKindTotal: 'commodity TOTAL',
  noteKindWorld: 'World total where partner rows are present (they are the detail)',
  noteKindReexports: 're-exports (already inside exports)',
  noteKindReimports: 're-imports (already inside imports)',
  noteKindDomesticExports: 'domestic exports (already inside exports)',
  noteKindForeignImports: 'imports of foreign goods (already inside imports)',
  noteKindExportsIp: 'exports after inward processing (already inside exports)',
  noteKindExportsOp: 'exports for outward processing (already inside exports)',
  noteKindImportsIp: 'imports for inward processing (already inside imports)',
  noteKindImportsOp: 'imports after outward processing (already inside imports)',
  noteKindByPartner2: 'breakdown by second partner (the total over all second partners is kept)',
  noteKindByCustoms: 'breakdown by customs procedure (the total of all procedures is kept)',
  noteKindByTransport: 'breakdown by mode of transport (the total of all modes is kept)',
  noteKindBySupply: 'breakdown by mode of supply (the total of all modes is kept)',
  noteKindAggregateRecord: 'aggregate record (marked isAggregate by the source)',
  noteKindRounded: 'value rounded to a whole unit ({currency})',
  noteKindAlias: 'country code replaced by its ISO code',
  noteKindZero: 'HS code leading zero restored',
  covCoverageSubset:
    'only the HS6 codes in the input (a product subset: {parts}): totals cover these codes only',
  covSubsetPart: '{k} of {n} in {edition}',
  notApplCategoryOnly: 'the source gives only the categories of another list ({list}), no HS codes',
  notApplNoTable:
    'the list is in {from} and the data in {to}, and no HS correlation table in the input links the two editions',
  notApplConversionOnly:
    'the list is in {from} and the data in {to}, and only a conversion table (one code per code) links the two editions, which cannot show splits and merges: add the correlation table',
  reachReporterExports: 'exports reported by one country only: {country}',
  reachReporterImports: 'imports reported by one country only: {country}',
};

type Catalogue = Record<keyof typeof en, string>;

export const fr: Catalogue = {
  covSrcCodes: 'Codes SH6 des données sources',
  covSrcCodesValue: '{k} sur {n} ({edition})',
  covSrcPlaces: 'Territoires couverts par les données',
  covSrcPlacesValue:
    '{ex, plural, one {# en tant qu’exportateur} other {# en tant qu’exportateurs}}, {im, plural, one {# en tant qu’importateur} other {# en tant qu’importateurs}}',
  covSrcListCaption:
    'Codes de chaque liste présents dans les données sources, par année (catégories, pour les données fournies par catégorie)',
  covSrcList: 'Liste',
  covCmpCapExport: 'Exportations couvertes par les données, {year}',
  covCmpCapImport: 'Importations couvertes par les données, {year}',
  covTotalOfList: 'Ensemble\u00a0: {list} (total des codes avec données)',
  covCompareEdition:
    'Les codes sont comptés en {edition}, l’édition des données de {year}\u00a0: {list} y est convertie\u202f; ses {n, plural, one {# code correspond} other {# codes correspondent}} à {m, plural, one {# code} other {# codes}} de l’édition {edition}.',
  covLedeCodes: 'Échanges en {year} pour la sélection : {what}. Données : {dataset}.',
  covRankOfReach:
    'Rang {rank} sur {n, plural, one {le seul territoire couvert} other {les # territoires couverts}} par les données ; {share} de leur total',
  covRankExports: 'Rang parmi les territoires couverts, exportations',
  covRankImports: 'Rang parmi les territoires couverts, importations',
  covShareExports: 'Part du total couvert, exportations',
  covShareImports: 'Part du total couvert, importations',
  covMonthlyForLists:
    'Les chiffres mensuels existent pour les listes entières et leurs catégories, pas pour des codes isolés : choisissez une liste pour voir les mois.',
  covCodesCol: 'Codes avec données',
  covCategoriesForLists:
    'Les catégories relèvent d’une liste entière : cette page ne porte que sur les codes sélectionnés. Choisissez la liste entière pour voir les chiffres par catégorie.',
  covKofN: '{k} sur {n}',
  covLegendNoData: 'Pas de données ou non couvert',
  covSelPartial:
    '{k, plural, one {# code} other {# codes}} sur {n} de cette sélection {k, plural, one {a} other {ont}} des données dans ce jeu ({year})\u00a0: les totaux ne portent que sur {k, plural, one {ce code} other {ces codes}}.',
  covSelComplete:
    '{n, plural, one {Le seul code} other {Les # codes}} de cette sélection {n, plural, one {a} other {ont}} des données dans ce jeu ({year}).',
  covSelNone:
    '{n, plural, one {Le seul code de cette sélection n’a pas} other {Aucun des # codes de cette sélection n’a}} de données dans ce jeu ({year})\u00a0: absence de données, et non valeur nulle.',
  covCatPartial:
    '{k, plural, one {# catégorie} other {# catégories}} sur {n} de cette sélection {k, plural, one {a} other {ont}} des données dans ce jeu ({year}).',
  covCatNone:
    '{n, plural, one {La seule catégorie de cette sélection n’a pas} other {Aucune des # catégories de cette sélection n’a}} de données dans ce jeu ({year})\u00a0: absence de données, et non valeur nulle.',
  covCodeNone:
    'Pas de données pour le SH {code} dans ce jeu ({year})\u00a0: les données sources ne comprennent pas ce code. L’absence de données n’est pas une valeur nulle.',
  covCodesMissing:
    'Pas de données dans ce jeu pour {n, plural, one {ce code} other {ces codes}}\u00a0: {codes}. Les données sources ne {n, plural, one {le} other {les}} comprennent pas\u202f; l’absence de données n’est pas une valeur nulle.',
  covWhich: 'Quels codes\u202f?',
  covWithRows: 'Avec données ({n})\u00a0:',
  covWithoutRows: 'Sans données dans ce jeu ({n})\u00a0:',
  covNoCounterpart: 'Sans équivalent en {edition} ({n})\u00a0:',
  covWorldPartial:
    'Total des {k, plural, one {# code} other {# codes}} avec données\u00a0: {value}\u202f; {n, plural, one {# pays} other {# pays}} avec des échanges.',
  covWorldComplete:
    'Total mondial\u00a0: {value}\u202f; {n, plural, one {# pays} other {# pays}} avec des échanges.',
  covReachTotal:
    'Total du champ couvert par les données\u00a0: {value}\u202f; {n, plural, one {# pays} other {# pays}} avec des échanges.',
  covNotCovered: 'Non couvert',
  covNotCoveredTip:
    'Non couvert\u00a0: les données ne comprennent pas les {flow} de ce territoire.',
  covFlowExports: 'exportations',
  covFlowImports: 'importations',
  covNoData: 'pas de données',
  covSubset:
    'Ce jeu comprend {k, plural, one {# code} other {# codes}} sur les {n} du {edition} (un sous-ensemble de produits)\u00a0: tous ses totaux ne portent que sur ces codes.',
  covSubsetUnknown:
    'Ce jeu comprend {k, plural, one {# code} other {# codes}} du {edition} (un sous-ensemble de produits)\u00a0: tous ses totaux ne portent que sur ces codes.',
  covTrendDiffers:
    'Les codes avec données varient d’une année à l’autre ({detail})\u00a0: une partie de l’évolution entre ces années tient au contenu des données sources.',
  covYearOf: '{year}\u00a0: {k} sur {n}',
  covChangeDiffers:
    'Les codes avec données diffèrent entre {prev} ({a}) et {year} ({b})\u00a0: une partie de l’évolution tient au contenu des données sources.',
  covMonthsDiffer:
    'Les partenaires sont comptés par année entière\u00a0: {a} et {b} ne couvrent pas les mêmes mois, leurs chiffres par partenaire ne sont donc pas comparables.',
  covMonthsCompared: 'Les totaux comparent les mêmes mois des deux années\u00a0: {a} et {b}.',
  covOwnList: 'une liste personnalisée de {n, plural, one {# code SH} other {# codes SH}}',
  noteUpperBound:
    'Les valeurs par code SH sont une borne supérieure du commerce stratégique\u00a0: un code couvre aussi des biens non contrôlés.',
  noteCategoryOnly:
    'La source ne donne des valeurs que par catégorie\u202f; il n’y a pas de détail SH6.',
  noteMirror:
    'Les deux déclarations d’un flux sont conservées\u00a0: les exportations sont celles des exportateurs, les importations celles des importateurs\u202f; la colonne reported_by du téléchargement indique de qui vient chaque ligne.',
  noteAggregates:
    '{n, plural, one {# ligne, d’une valeur de {value}, reprend ce que d’autres lignes contiennent déjà et n’a pas été ajoutée} other {# lignes, d’une valeur de {value}, reprennent ce que d’autres lignes contiennent déjà et n’ont pas été ajoutées}}\u00a0: {what}.',
  noteRepaired:
    '{n, plural, one {# ligne corrigée} other {# lignes corrigées}}\u00a0: {what} (voir build-report.json).',
  noteUpperFlows: 'Sous ces codes\u00a0: {flows, plural, one {# flux} other {# flux}}, {value}.',
  noteKindHeading:
    'total d’une position SH4 (le détail figure dans les lignes NC8 qui en relèvent)',
  noteKindChapter: 'total d’un chapitre (le détail figure dans les lignes NC8 qui en relèvent)',
  noteKindHeadingPlain: 'total d’une position SH4',
  noteKindChapterPlain: 'total d’un chapitre',
  noteKindTotal: 'ligne TOTAL (tous produits)',
  noteKindWorld:
    'total «\u00a0Monde\u00a0» là où figurent les lignes par partenaire (elles en donnent le détail)',
  noteKindReexports: 'réexportations (déjà comprises dans les exportations)',
  noteKindReimports: 'réimportations (déjà comprises dans les importations)',
  noteKindDomesticExports:
    'exportations de produits nationaux (déjà comprises dans les exportations)',
  noteKindForeignImports:
    'importations de marchandises étrangères (déjà comprises dans les importations)',
  noteKindExportsIp:
    'exportations après perfectionnement actif (déjà comprises dans les exportations)',
  noteKindExportsOp:
    'exportations en vue d’un perfectionnement passif (déjà comprises dans les exportations)',
  noteKindImportsIp:
    'importations en vue d’un perfectionnement actif (déjà comprises dans les importations)',
  noteKindImportsOp:
    'importations après perfectionnement passif (déjà comprises dans les importations)',
  noteKindByPartner2:
    'ventilation par second partenaire (le total de tous les seconds partenaires est conservé)',
  noteKindByCustoms: 'ventilation par régime douanier (le total de tous les régimes est conservé)',
  noteKindByTransport:
    'ventilation par mode de transport (le total de tous les modes est conservé)',
  noteKindBySupply: 'ventilation par mode de fourniture (le total de tous les modes est conservé)',
  noteKindAggregateRecord: 'enregistrement agrégé (marqué isAggregate par la source)',
  noteKindRounded: 'valeur arrondie à l’unité ({currency})',
  noteKindAlias: 'code pays remplacé par son code ISO',
  noteKindZero: 'zéro initial du code SH rétabli',
  covCoverageSubset:
    'seulement les codes SH6 présents dans les données sources (un sous-ensemble de produits\u00a0: {parts})\u00a0: les totaux ne portent que sur ces codes',
  covSubsetPart: '{k} sur {n} dans le {edition}',
  notApplCategoryOnly:
    'la source ne donne que les catégories d’une autre liste ({list}), pas de codes SH',
  notApplNoTable:
    'la liste est en {from} et les données en {to}, et aucun tableau de corrélation du SH fourni ne relie les deux éditions',
  notApplConversionOnly:
    'la liste est en {from} et les données en {to}, et seul un tableau de conversion (un code pour un code) relie les deux éditions, ce qui ne permet pas de montrer les scissions et les fusions\u00a0: ajoutez le tableau de corrélation',
  reachReporterExports: 'exportations déclarées par un seul pays\u00a0: {country}',
  reachReporterImports: 'importations déclarées par un seul pays\u00a0: {country}',
};

export const es: Catalogue = {
  covSrcCodes: 'Códigos SA6 de los datos de origen',
  covSrcCodesValue: '{k} de {n} ({edition})',
  covSrcPlaces: 'Territorios cubiertos por los datos',
  covSrcPlacesValue:
    '{ex, plural, one {# como exportador} other {# como exportadores}}, {im, plural, one {# como importador} other {# como importadores}}',
  covSrcListCaption:
    'Códigos de cada lista presentes en los datos de origen, por año (categorías, para los datos dados por categoría)',
  covSrcList: 'Lista',
  covCmpCapExport: 'Exportaciones cubiertas por los datos, {year}',
  covCmpCapImport: 'Importaciones cubiertas por los datos, {year}',
  covTotalOfList: 'Conjunto: {list} (total de los códigos con datos)',
  covCompareEdition:
    'Los códigos se cuentan en el {edition}, la edición de los datos de {year}: {list} se convierte a ella, y sus {n, plural, one {# código corresponde} other {# códigos corresponden}} a {m, plural, one {# código} other {# códigos}} del {edition}.',
  covLedeCodes: 'Comercio en {year} de la selección: {what}. Datos: {dataset}.',
  covRankOfReach:
    'Puesto {rank} de {n, plural, one {el único territorio cubierto} other {los # territorios cubiertos}} por los datos; {share} de su total',
  covRankExports: 'Puesto entre los territorios cubiertos, exportaciones',
  covRankImports: 'Puesto entre los territorios cubiertos, importaciones',
  covShareExports: 'Cuota del total cubierto, exportaciones',
  covShareImports: 'Cuota del total cubierto, importaciones',
  covMonthlyForLists:
    'Las cifras mensuales existen para listas completas y sus categorías, no para códigos sueltos: elija una lista para ver los meses.',
  covCodesCol: 'Códigos con datos',
  covCategoriesForLists:
    'Las categorías corresponden a una lista completa: esta página solo muestra los códigos seleccionados. Elija la lista completa para ver las cifras por categoría.',
  covKofN: '{k} de {n}',
  covLegendNoData: 'Sin datos o no cubierto',
  covSelPartial:
    '{k} {n, plural, one {del único código} other {de los # códigos}} de esta selección {k, plural, one {tiene} other {tienen}} datos en este conjunto ({year}): los totales solo abarcan {k, plural, one {ese código} other {esos códigos}}.',
  covSelComplete:
    '{n, plural, one {El único código} other {Los # códigos}} de esta selección {n, plural, one {tiene} other {tienen}} datos en este conjunto ({year}).',
  covSelNone:
    '{n, plural, one {El único código de esta selección no tiene} other {Ninguno de los # códigos de esta selección tiene}} datos en este conjunto ({year}): sin datos, lo que no equivale a cero.',
  covCatPartial:
    '{k} {n, plural, one {de la única categoría} other {de las # categorías}} de esta selección {k, plural, one {tiene} other {tienen}} datos en este conjunto ({year}).',
  covCatNone:
    '{n, plural, one {La única categoría de esta selección no tiene} other {Ninguna de las # categorías de esta selección tiene}} datos en este conjunto ({year}): sin datos, lo que no equivale a cero.',
  covCodeNone:
    'Sin datos para el SA {code} en este conjunto ({year}): los datos de origen no incluyen este código. La falta de datos no equivale a cero.',
  covCodesMissing:
    'Sin datos en este conjunto para {n, plural, one {este código} other {estos códigos}}: {codes}. Los datos de origen no {n, plural, one {lo} other {los}} incluyen; la falta de datos no equivale a cero.',
  covWhich: '¿Qué códigos?',
  covWithRows: 'Con datos ({n}):',
  covWithoutRows: 'Sin datos en este conjunto ({n}):',
  covNoCounterpart: 'Sin equivalente en el {edition} ({n}):',
  covWorldPartial:
    'Total {k, plural, one {del único código} other {de los # códigos}} con datos: {value}; {n, plural, one {# país} other {# países}} con comercio.',
  covWorldComplete:
    'Total mundial: {value}; {n, plural, one {# país} other {# países}} con comercio.',
  covReachTotal:
    'Total de lo cubierto por los datos: {value}; {n, plural, one {# país} other {# países}} con comercio.',
  covNotCovered: 'No cubierto',
  covNotCoveredTip: 'No cubierto: los datos no incluyen las {flow} de este territorio.',
  covFlowExports: 'exportaciones',
  covFlowImports: 'importaciones',
  covNoData: 'sin datos',
  covSubset:
    'Este conjunto incluye {k} de {n, plural, one {# código} other {los # códigos}} del {edition} (un subconjunto de productos): todos sus totales abarcan solo esos códigos.',
  covSubsetUnknown:
    'Este conjunto incluye {k, plural, one {# código} other {# códigos}} del {edition} (un subconjunto de productos): todos sus totales abarcan solo esos códigos.',
  covTrendDiffers:
    'Los códigos con datos varían de un año a otro ({detail}): parte de la variación entre esos años se debe al contenido de los datos de origen.',
  covYearOf: '{year}: {k} de {n}',
  covChangeDiffers:
    'Los códigos con datos difieren entre {prev} ({a}) y {year} ({b}): parte de la variación se debe al contenido de los datos de origen.',
  covMonthsDiffer:
    'Los socios se cuentan por año completo: {a} y {b} abarcan meses distintos, por lo que sus cifras por socio no son comparables.',
  covMonthsCompared: 'Los totales comparan los mismos meses de ambos años: {a} y {b}.',
  covOwnList: 'una lista propia de {n, plural, one {# código SA} other {# códigos SA}}',
  noteUpperBound:
    'Los valores por código SA son un límite superior del comercio estratégico: un código también cubre bienes no controlados.',
  noteCategoryOnly: 'La fuente solo da valores por categoría; no hay detalle SA6.',
  noteMirror:
    'Se conservan las dos declaraciones de un flujo: las exportaciones son las de los exportadores y las importaciones, las de los importadores; la columna reported_by de la descarga indica de quién es cada fila.',
  noteAggregates:
    '{n, plural, one {# fila, por un valor de {value}, repite lo que ya contienen otras filas y no se sumó} other {# filas, por un valor de {value}, repiten lo que ya contienen otras filas y no se sumaron}}: {what}.',
  noteRepaired:
    '{n, plural, one {# fila corregida} other {# filas corregidas}}: {what} (véase build-report.json).',
  noteUpperFlows: 'Bajo esos códigos: {flows, plural, one {# flujo} other {# flujos}}, {value}.',
  noteKindHeading: 'total de partida SA4 (el detalle está en las filas NC8 que la componen)',
  noteKindChapter: 'total de capítulo (el detalle está en las filas NC8 que lo componen)',
  noteKindHeadingPlain: 'total de partida SA4',
  noteKindChapterPlain: 'total de capítulo',
  noteKindTotal: 'fila TOTAL (todos los productos)',
  noteKindWorld: 'total «Mundo» donde figuran las filas por socio (que dan el detalle)',
  noteKindReexports: 'reexportaciones (ya incluidas en las exportaciones)',
  noteKindReimports: 'reimportaciones (ya incluidas en las importaciones)',
  noteKindDomesticExports:
    'exportaciones de productos nacionales (ya incluidas en las exportaciones)',
  noteKindForeignImports:
    'importaciones de mercancías extranjeras (ya incluidas en las importaciones)',
  noteKindExportsIp:
    'exportaciones tras perfeccionamiento activo (ya incluidas en las exportaciones)',
  noteKindExportsOp:
    'exportaciones para perfeccionamiento pasivo (ya incluidas en las exportaciones)',
  noteKindImportsIp:
    'importaciones para perfeccionamiento activo (ya incluidas en las importaciones)',
  noteKindImportsOp:
    'importaciones tras perfeccionamiento pasivo (ya incluidas en las importaciones)',
  noteKindByPartner2:
    'desglose por segundo socio (se conserva el total de todos los segundos socios)',
  noteKindByCustoms: 'desglose por régimen aduanero (se conserva el total de todos los regímenes)',
  noteKindByTransport: 'desglose por modo de transporte (se conserva el total de todos los modos)',
  noteKindBySupply: 'desglose por modo de suministro (se conserva el total de todos los modos)',
  noteKindAggregateRecord: 'registro agregado (marcado isAggregate por la fuente)',
  noteKindRounded: 'valor redondeado a la unidad ({currency})',
  noteKindAlias: 'código de país sustituido por su código ISO',
  noteKindZero: 'cero inicial del código SA restablecido',
  covCoverageSubset:
    'solo los códigos SA6 presentes en los datos de origen (un subconjunto de productos: {parts}): los totales solo abarcan esos códigos',
  covSubsetPart: '{k} de {n} en el {edition}',
  notApplCategoryOnly: 'la fuente solo da las categorías de otra lista ({list}), no códigos SA',
  notApplNoTable:
    'la lista está en el {from} y los datos en el {to}, y ninguna tabla de correlación del SA suministrada vincula las dos ediciones',
  notApplConversionOnly:
    'la lista está en el {from} y los datos en el {to}, y solo una tabla de conversión (un código por código) vincula las dos ediciones, lo que no permite mostrar divisiones ni fusiones: añada la tabla de correlación',
  reachReporterExports: 'exportaciones declaradas por un solo país: {country}',
  reachReporterImports: 'importaciones declaradas por un solo país: {country}',
};

export const ru: Catalogue = {
  covSrcCodes: 'Шестизначные коды ГС в исходных данных',
  covSrcCodesValue: '{k} из {n} ({edition})',
  covSrcPlaces: 'Страны и территории в охвате данных',
  covSrcPlacesValue:
    '{ex, plural, one {# экспортёр} few {# экспортёра} many {# экспортёров} other {# экспортёра}}, {im, plural, one {# импортёр} few {# импортёра} many {# импортёров} other {# импортёра}}',
  covSrcListCaption:
    'Коды каждого списка, по которым есть исходные данные, по годам (для данных в разбивке по категориям — категории)',
  covSrcList: 'Список',
  covCmpCapExport: 'Экспорт в охвате данных, {year}',
  covCmpCapImport: 'Импорт в охвате данных, {year}',
  covTotalOfList: '{list}: весь список (итог по кодам с данными)',
  covCompareEdition:
    'Коды считаются в редакции {edition}, в которой представлены данные за {year}; {list}: список пересчитан в неё, его {n, plural, one {# код соответствует} few {# кода соответствуют} many {# кодов соответствуют} other {# кода соответствуют}} {m, plural, one {# коду} few {# кодам} many {# кодам} other {# коду}} {edition}.',
  covLedeCodes: 'Торговля по выборке: {what}; период: {year}. Данные: {dataset}.',
  covRankOfReach:
    'Место {rank} из {n, plural, one {# страны, охваченной данными} few {# стран, охваченных данными} many {# стран, охваченных данными} other {# страны, охваченной данными}}; {share} их общего итога',
  covRankExports: 'Место среди охваченных стран, экспорт',
  covRankImports: 'Место среди охваченных стран, импорт',
  covShareExports: 'Доля в охваченном итоге, экспорт',
  covShareImports: 'Доля в охваченном итоге, импорт',
  covMonthlyForLists:
    'Помесячные данные есть для списков целиком и их категорий, а не для отдельных кодов: выберите список, чтобы увидеть месяцы.',
  covCodesCol: 'Коды с данными',
  covCategoriesForLists:
    'Категории относятся к списку целиком: на этой странице показаны только выбранные коды. Чтобы увидеть данные по категориям, выберите весь список.',
  covKofN: '{k} из {n}',
  covLegendNoData: 'Нет данных или не охвачено',
  covSelPartial:
    'Данные в этом наборе есть по {k} из {n, plural, one {# кода} few {# кодов} many {# кодов} other {# кода}} этой выборки ({year}): итоги охватывают только {k, plural, =1 {этот код} one {эти коды} few {эти коды} many {эти коды} other {эти коды}}.',
  covSelComplete:
    'Данные в этом наборе есть по {n, plural, =1 {единственному коду} one {всем # коду} few {всем # кодам} many {всем # кодам} other {всем # кода}} этой выборки ({year}).',
  covSelNone:
    'Ни по одному из {n, plural, one {# кода} few {# кодов} many {# кодов} other {# кода}} этой выборки в этом наборе нет данных ({year}): это отсутствие данных, а не нулевое значение.',
  covCatPartial:
    'Данные в этом наборе есть по {k} из {n, plural, one {# категории} few {# категорий} many {# категорий} other {# категории}} этой выборки ({year}).',
  covCatNone:
    'Ни по одной из {n, plural, one {# категории} few {# категорий} many {# категорий} other {# категории}} этой выборки в этом наборе нет данных ({year}): это отсутствие данных, а не нулевое значение.',
  covCodeNone:
    'По коду ГС {code} в этом наборе нет данных ({year}): исходные данные не содержат этого кода. Отсутствие данных не означает нулевое значение.',
  covCodesMissing:
    'В этом наборе нет данных по {n, plural, =1 {коду} one {кодам} few {кодам} many {кодам} other {кодам}}: {codes}. Исходные данные {n, plural, =1 {его} one {их} few {их} many {их} other {их}} не содержат; отсутствие данных не означает нулевое значение.',
  covWhich: 'Какие коды?',
  covWithRows: 'С данными ({n}):',
  covWithoutRows: 'Без данных в этом наборе ({n}):',
  covNoCounterpart: 'Без соответствия в {edition} ({n}):',
  covWorldPartial:
    'Итог по {k, plural, one {# коду} few {# кодам} many {# кодам} other {# коду}} с данными: {value}; {n, plural, one {# страна} few {# страны} many {# стран} other {# страны}} с торговлей.',
  covWorldComplete:
    'Мировой итог: {value}; {n, plural, one {# страна} few {# страны} many {# стран} other {# страны}} с торговлей.',
  covReachTotal:
    'Итог по охвату данных: {value}; {n, plural, one {# страна} few {# страны} many {# стран} other {# страны}} с торговлей.',
  covNotCovered: 'Не охвачено',
  covNotCoveredTip: 'Не охвачено: в данных нет {flow} этой страны или территории.',
  covFlowExports: 'экспорта',
  covFlowImports: 'импорта',
  covNoData: 'нет данных',
  covSubset:
    'Набор содержит {k} из {n, plural, one {# кода} few {# кодов} many {# кодов} other {# кода}} {edition} (часть номенклатуры): все итоги охватывают только эти коды.',
  covSubsetUnknown:
    'Набор содержит {k, plural, one {# код} few {# кода} many {# кодов} other {# кода}} {edition} (часть номенклатуры): все итоги охватывают только эти коды.',
  covTrendDiffers:
    'Состав кодов с данными меняется по годам ({detail}): часть изменений между этими годами объясняется содержанием исходных данных.',
  covYearOf: '{year}: {k} из {n}',
  covChangeDiffers:
    'Состав кодов с данными в {prev} ({a}) и в {year} ({b}) различается: часть изменения объясняется содержанием исходных данных.',
  covMonthsDiffer:
    'Партнёры учитываются за весь год: {a} и {b} охватывают разные месяцы, поэтому данные по партнёрам несопоставимы.',
  covMonthsCompared: 'Итоги сравнивают одни и те же месяцы обоих лет: {a} и {b}.',
  covOwnList:
    'собственный список из {n, plural, one {# кода} few {# кодов} many {# кодов} other {# кода}} ГС',
  noteUpperBound:
    'Значения по кодам ГС — верхняя граница стратегической торговли: код охватывает и неконтролируемые товары.',
  noteCategoryOnly: 'Источник приводит стоимости только по категориям; детализации ГС6 нет.',
  noteMirror:
    'Сохраняются данные обеих сторон о потоке: экспорт — по данным экспортёров, импорт — по данным импортёров; столбец reported_by в скачанном файле показывает, чьи данные в каждой строке.',
  noteAggregates:
    '{n, plural, one {# строка на сумму {value} повторяет данные других строк и не учтена} few {# строки на сумму {value} повторяют данные других строк и не учтены} many {# строк на сумму {value} повторяют данные других строк и не учтены} other {# строки на сумму {value} повторяют данные других строк и не учтены}}: {what}.',
  noteRepaired:
    '{n, plural, one {# строка исправлена} few {# строки исправлены} many {# строк исправлено} other {# строки исправлено}}: {what} (см. build-report.json).',
  noteUpperFlows:
    'По этим кодам: {flows, plural, one {# поток} few {# потока} many {# потоков} other {# потока}}, {value}.',
  noteKindHeading: 'итог по товарной позиции ГС4 (детализация — в строках КН8 этой позиции)',
  noteKindChapter: 'итог по группе (детализация — в строках КН8 этой группы)',
  noteKindHeadingPlain: 'итог по товарной позиции ГС4',
  noteKindChapterPlain: 'итог по группе',
  noteKindTotal: 'строка TOTAL (все товары)',
  noteKindWorld: 'итог «Мир» при наличии строк по партнёрам (детализация — в них)',
  noteKindReexports: 'реэкспорт (уже входит в экспорт)',
  noteKindReimports: 'реимпорт (уже входит в импорт)',
  noteKindDomesticExports: 'экспорт товаров отечественного производства (уже входит в экспорт)',
  noteKindForeignImports: 'импорт иностранных товаров (уже входит в импорт)',
  noteKindExportsIp: 'экспорт после переработки на таможенной территории (уже входит в экспорт)',
  noteKindExportsOp: 'экспорт для переработки вне таможенной территории (уже входит в экспорт)',
  noteKindImportsIp: 'импорт для переработки на таможенной территории (уже входит в импорт)',
  noteKindImportsOp: 'импорт после переработки вне таможенной территории (уже входит в импорт)',
  noteKindByPartner2: 'разбивка по второму партнёру (итог по всем вторым партнёрам сохранён)',
  noteKindByCustoms: 'разбивка по таможенным процедурам (итог по всем процедурам сохранён)',
  noteKindByTransport: 'разбивка по видам транспорта (итог по всем видам сохранён)',
  noteKindBySupply: 'разбивка по способам поставки (итог по всем способам сохранён)',
  noteKindAggregateRecord: 'агрегированная запись (источник пометил её как isAggregate)',
  noteKindRounded: 'стоимость округлена до целой единицы ({currency})',
  noteKindAlias: 'код страны заменён кодом ISO',
  noteKindZero: 'восстановлен начальный ноль кода ГС',
  covCoverageSubset:
    'только коды ГС6, имеющиеся в исходных данных (часть номенклатуры: {parts}): итоги охватывают только эти коды',
  covSubsetPart: '{k} из {n} в {edition}',
  notApplCategoryOnly: 'источник приводит только категории другого списка ({list}), без кодов ГС',
  notApplNoTable:
    'список составлен в {from}, данные — в {to}, и ни одна таблица соответствия ГС среди исходных данных не связывает эти редакции',
  notApplConversionOnly:
    'список составлен в {from}, данные — в {to}, и эти редакции связывает только таблица перевода (один код на код), которая не показывает разделения и объединения: добавьте таблицу соответствия',
  reachReporterExports: 'экспорт по данным одной страны: {country}',
  reachReporterImports: 'импорт по данным одной страны: {country}',
};
