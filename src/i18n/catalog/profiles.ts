/** profiles catalogue: keys start with "pr" so they cannot collide with the other catalogues. */
export const en = {
  prCompareYear: 'Compare with year',
  prNone: 'None',
  prTotalShareNA:
    '{country}: the strategic share of total trade is not available. {dataset} holds only the codes of the strategic lists, not trade in all goods, so there is no total to divide by.',
  prCoreShare: 'Under core codes',
  prCoreBroadLine:
    'Under core codes: {exportCore} of exports and {importCore} of imports. Under broad codes: {exportBroad} of exports and {importBroad} of imports.',
  prCoreBroadNote:
    'Core codes describe strategic goods closely; broad codes also cover ordinary goods, so their values are an upper bound.',
  prNoSpecificity: 'The {list} does not mark its codes core or broad.',
  prQuantity: 'Quantity (t)',
  prQuantityNote:
    'Quantities in tonnes where the source gives them; "≥" when some flows had none (a lower bound); unit value = value ÷ tonnes.',
  prUnitValue: 'Unit value',
  prTrend: 'Trend over the years of the dataset',
  prTrendTitle: '{country}: {list}, exports and imports by year, in {currency}',
  prTrendSummary: 'Exports: {ex0} in {y0}, {ex1} in {y1}. Imports: {im0} in {y0}, {im1} in {y1}.',
  prTrendCaption: '{country}: exports and imports by year ({currency})',
  prTrendOne: 'This dataset has one year only ({year}): there is no trend to draw.',
  prSelected: 'selected',
  prEditionMarker: '{edition} from this year',
  prEditionBreak:
    'Series break in {year}: data up to {prev} are in {from}, from {year} in {to}. The list was converted between editions, so its coverage can change.',
  prConversion:
    'The {list} is defined in {from}; for data in {to} its codes were converted with correlation tables: {exact, plural, one {# exact} other {# exact}}, {split, plural, one {# split} other {# split}}, {merged, plural, one {# merged} other {# merged}}, {nn, plural, one {# many-to-many} other {# many-to-many}}, {none, plural, one {# without a match} other {# without a match}}. {upper, plural, one {# code of the data is reached through a non-exact link, so its value is} other {# codes of the data are reached through non-exact links, so their values are}} an upper bound.',
  prCompareHeading: '{year} compared with {year2}',
  prCompareCaption: '{country}: {year} and {year2} side by side ({currency})',
  prComparePartnersExport: 'Export destinations, {year} and {year2}',
  prComparePartnersImport: 'Import origins, {year} and {year2}',
  prIndicator: 'Indicator',
  prChange: 'Change',
  prRankExports: 'World rank, exports',
  prRankImports: 'World rank, imports',
  prShareExports: 'World share, exports',
  prShareImports: 'World share, imports',
  prHhiExports: 'Partner HHI, exports',
  prHhiImports: 'Partner HHI, imports',
  prTop3Exports: 'Top-3 partners, share of exports',
  prTop3Imports: 'Top-3 partners, share of imports',
  prConcentration: 'Partner concentration',
  prConcCaption: 'Concentration of partners, {year}',
  prDirection: 'Direction',
  prPartners: 'Partners',
  prHhi: 'HHI (0–10,000)',
  prReading: 'Reading',
  prTop3: 'Top-3 share',
  prBandLow: 'unconcentrated',
  prBandModerate: 'moderately concentrated',
  prBandHigh: 'highly concentrated',
  prHhiHow:
    'The Herfindahl-Hirschman index (HHI) is the sum of the squared shares of the partners, in percent: 10,000 is a single partner, 10,000 ÷ n is n equal partners. Reading bands (US merger guidelines, 2010): below 1,500 unconcentrated, 1,500 to 2,500 moderately concentrated, above 2,500 highly concentrated.',
  prTransit: 'Imported and exported in the same year',
  prTransitCaption: '{country}: codes both imported and exported in {year}',
  prPossibleReexport: 'Possible re-export',
  prTransitNone: 'no code was both imported and exported in {year}',
  prTransitHow:
    'For each code with both imports and exports in the year, the smaller of the two is the most that could be re-export of goods imported that year. It can just as well be two-way trade in different goods under one code.',
  prPatterns: 'Patterns worth a look (training aid)',
  prPatternsIntro:
    'These screens point at figures a trainer or analyst may want to look into. Unusual figures have many ordinary causes (a different product mix under one code, reporting or unit errors, one large contract); they are questions to ask, not findings, and suggest no wrongdoing.',
  prUvHeading: 'Unit values far from the world median',
  prUvHow:
    "Unit value = value ÷ tonnes, for every country with a quantity, for the same code, year and direction. A figure is listed when it is more than {factor} times the median of all countries' unit values, or less than 1/{factor} of it, provided at least {min, plural, one {# country has} other {# countries have}} a unit value. The robust z-score (log unit value minus the median log, divided by 1.4826 × the median absolute deviation) is shown for reference.",
  prUvCaption: '{country}: unit values outside a factor of {factor} of the world median, {year}',
  prUvNone: '{country}, {year}: no unit value is outside a factor of {factor} of the world median',
  prUvNoQuantity: 'This dataset has no quantities here, so unit values cannot be computed.',
  prUvCountry: 'Unit value',
  prUvMedian: 'World median',
  prUvRatio: 'Ratio to median',
  prUvZ: 'Robust z',
  prCountries: 'Countries',
  prJumpHeading: "Year-on-year jumps outside the country's own history",
  prJumpHow:
    'For each series (the total and each code or category, in each direction), the change from one year to the next is ln(value ÷ value the year before), over years with a value in both. A change is listed when it lies more than {z, plural, one {# robust standard deviation} other {# robust standard deviations}} (1.4826 × median absolute deviation) from the median change of the same series and the value at least doubled or halved. At least {min, plural, one {# change is} other {# changes are}} needed.',
  prJumpCaption: '{country}: unusual year-on-year changes',
  prJumpNone: '{country}: by this rule, no change lies outside its own history',
  prJumpNA:
    'Not applicable: this dataset has {n, plural, one {# year} other {# years}}, and the rule needs at least {min, plural, one {# year-on-year change} other {# year-on-year changes}}.',
  prSeries: 'Series',
  prTotalSeries: 'Total of the selection',
  prBefore: 'Before',
  prAfter: 'After',
  prPrintCaption: '{dataset} · {list} · {year} · values in {currency} · Source: {source}',
  prPrintEnglish: 'HS descriptions are shown in English, as published.',
  prProductTitle: 'Product profile',
  prProductNone: 'Choose an HS code: these codes have recorded trade in {dataset}.',
  prProductNotHs6:
    '{dataset} is grouped by category, not by HS code: choose a dataset with HS codes to see a product profile.',
  prProductNoData:
    'No data for HS {code} in {dataset}: the input does not hold this code. No data is not zero.',
  prNoProductShard: 'no data file for this code',
  prEdition: 'HS edition',
  prDescription: 'Official description',
  prLists: 'Lists and categories',
  prListsCaption: 'Lists applied to this dataset that contain HS {code}',
  prRegime: 'Regime',
  prSpecificity: 'Specificity',
  prConversionStatus: 'Edition',
  prCore: 'core',
  prBroad: 'broad',
  prUnspecified: 'not marked',
  prStatusSame: 'same edition as the data',
  prStatusExact: 'exact',
  prStatusSplit: 'split',
  prStatusMerged: 'merged (also holds other goods)',
  prStatusNN: 'many-to-many',
  prStatusNone: 'no match',
  prConvertedFrom: 'converted from {from} {code}: {status}',
  prYearEditionMapping:
    'In the years this dataset holds in {edition}, the {list} uses: {codes} ({status}).',
  prBroadCaveat:
    'A list marks HS {code} broad: the code also covers ordinary goods, so its values are an upper bound on strategic trade.',
  prOnNoList: 'HS {code} is on no list applied to this dataset',
  prKfHeading: 'Key figures, {year}',
  prKfExport: 'World exports',
  prKfImport: 'World imports',
  prKfExporters:
    '{n, plural, one {# exporting country} other {# exporting countries}}; largest exporter: {top} ({share})',
  prKfImporters:
    '{n, plural, one {# importing country} other {# importing countries}}; largest importer: {top} ({share})',
  prTopCountries: 'Top exporters and importers',
  prExportersCaption: 'Top {n, plural, one {# exporter} other {# exporters}} of HS {code}, {year}',
  prImportersCaption: 'Top {n, plural, one {# importer} other {# importers}} of HS {code}, {year}',
  prCountry: 'Country',
  prShareOfWorld: 'Share of world',
  prShareOfWorldNote: 'Shares are of the world total of the code in the year and direction.',
  prMapTitle: '{flow} of HS {code}, {year}, in {currency}',
  prPartnerMapTitle: '{country}: {flow}, {year}, in {currency}',
  prPartnerMapExports: 'destinations of exports',
  prPartnerMapImports: 'origins of imports',
  prPartnerMapSelf: 'The country shown',
  prPartnerMapNote:
    '{country} in dark grey; partners shaded by value (quantile classes); hatched: no trade recorded.',
  prProductTrendTitle: 'World exports and imports of HS {code} by year, in {currency}',
  prProductTrendSummary: 'World exports: {ex0} in {y0}, {ex1} in {y1}.',
  prUvDist: 'Unit values across countries',
  prUvDistHow:
    'Each dot is a country: value ÷ tonnes (log scale); the line is the median. Dots more than {factor} times above or below the median are drawn in red.',
  prUvDistTitle: '{flow}: unit values, HS {code}, {year} ({currency} per tonne, log scale)',
  prUvDistSummary:
    '{n, plural, one {# country has} other {# countries have}} a quantity; the median is {median}; the lowest is {min} ({minC}), the highest {max} ({maxC}). {flagged, plural, one {# lies} other {# lie}} more than a factor of {factor} from the median.',
  prUvDistNone: 'No country reports a quantity for this code, year and direction.',
  prShowTable: 'Show the values as a table',
  prMedian: 'median',
};
type Catalogue = Record<keyof typeof en, string>;

/** @public registered whole by the view that loads it (registerCatalog) */
export const fr: Catalogue = {
  prCompareYear: 'Comparer avec l’année',
  prNone: 'Aucune',
  prTotalShareNA:
    '{country}\u00a0: part stratégique du commerce total non disponible. Le jeu de données {dataset} ne contient que les codes des listes stratégiques, pas le commerce de tous les biens\u00a0: il n’y a pas de total par lequel diviser.',
  prCoreShare: 'Part relevant de codes spécifiques',
  prCoreBroadLine:
    'Relevant de codes spécifiques\u00a0: {exportCore} des exportations et {importCore} des importations. Relevant de codes larges\u00a0: {exportBroad} des exportations et {importBroad} des importations.',
  prCoreBroadNote:
    'Les codes spécifiques décrivent précisément des biens stratégiques\u202f; les codes larges couvrent aussi des biens ordinaires\u00a0: leurs valeurs sont donc une borne supérieure.',
  prNoSpecificity: '{list}\u00a0: aucun code n’y est marqué spécifique ou large.',
  prQuantity: 'Quantité (t)',
  prQuantityNote:
    'Quantités en tonnes quand la source les donne\u202f; «\u00a0≥\u00a0» quand certains flux n’en ont pas (borne inférieure)\u202f; valeur unitaire = valeur ÷ tonnes.',
  prUnitValue: 'Valeur unitaire',
  prTrend: 'Évolution sur les années du jeu de données',
  prTrendTitle: '{country}\u00a0: {list}, exportations et importations par année, en {currency}',
  prTrendSummary:
    'Exportations\u00a0: {ex0} en {y0}, {ex1} en {y1}. Importations\u00a0: {im0} en {y0}, {im1} en {y1}.',
  prTrendCaption: '{country}\u00a0: exportations et importations par année ({currency})',
  prTrendOne: 'Ce jeu de données n’a qu’une année ({year})\u00a0: pas d’évolution à tracer.',
  prSelected: 'sélectionnée',
  prEditionMarker: '{edition} à partir de cette année',
  prEditionBreak:
    'Rupture de série en {year}\u00a0: les données jusqu’à {prev} sont en {from}, à partir de {year} en {to}. La liste a été convertie entre éditions, sa couverture peut changer.',
  prConversion:
    '{list} (établie en {from})\u00a0: pour les données en {to}, ses codes ont été convertis au moyen des tableaux de corrélation\u00a0: {exact, plural, one {# exact} other {# exacts}}, {split, plural, one {# scindé} other {# scindés}}, {merged, plural, one {# fusionné} other {# fusionnés}}, {nn, plural, one {# en correspondance multiple} other {# en correspondance multiple}}, {none, plural, one {# sans correspondance} other {# sans correspondance}}. {upper, plural, one {# code des données est atteint par une correspondance non exacte\u00a0: sa valeur est une borne supérieure} other {# codes des données sont atteints par des correspondances non exactes\u00a0: leurs valeurs sont une borne supérieure}}.',
  prCompareHeading: '{year} comparé à {year2}',
  prCompareCaption: '{country}\u00a0: {year} et {year2} côte à côte ({currency})',
  prComparePartnersExport: 'Destinations des exportations, {year} et {year2}',
  prComparePartnersImport: 'Origines des importations, {year} et {year2}',
  prIndicator: 'Indicateur',
  prChange: 'Variation',
  prRankExports: 'Rang mondial, exportations',
  prRankImports: 'Rang mondial, importations',
  prShareExports: 'Part mondiale, exportations',
  prShareImports: 'Part mondiale, importations',
  prHhiExports: 'IHH des partenaires, exportations',
  prHhiImports: 'IHH des partenaires, importations',
  prTop3Exports: 'Trois premiers partenaires, part des exportations',
  prTop3Imports: 'Trois premiers partenaires, part des importations',
  prConcentration: 'Concentration des partenaires',
  prConcCaption: 'Concentration des partenaires, {year}',
  prDirection: 'Sens',
  prPartners: 'Partenaires',
  prHhi: 'IHH (0–10\u202f000)',
  prReading: 'Lecture',
  prTop3: 'Part des trois premiers',
  prBandLow: 'non concentré',
  prBandModerate: 'modérément concentré',
  prBandHigh: 'très concentré',
  prHhiHow:
    'L’indice de Herfindahl-Hirschman (IHH) est la somme des carrés des parts des partenaires, en pourcentage\u00a0: 10\u202f000 pour un seul partenaire, 10\u202f000 ÷ n pour n partenaires égaux. Seuils de lecture (lignes directrices américaines sur les concentrations, 2010)\u00a0: moins de 1\u202f500 non concentré, de 1\u202f500 à 2\u202f500 modérément concentré, plus de 2\u202f500 très concentré.',
  prTransit: 'Importé et exporté la même année',
  prTransitCaption: '{country}\u00a0: codes à la fois importés et exportés en {year}',
  prPossibleReexport: 'Réexportation possible',
  prTransitNone: 'aucun code n’a été à la fois importé et exporté en {year}',
  prTransitHow:
    'Pour chaque code importé et exporté dans l’année, le plus petit des deux montants est le maximum qui pourrait être une réexportation de biens importés cette année-là. Il peut tout autant s’agir d’échanges croisés de biens différents sous un même code.',
  prPatterns: 'Points à examiner (support de formation)',
  prPatternsIntro:
    'Ces filtres signalent des chiffres qu’un formateur ou un analyste peut vouloir examiner. Des chiffres inhabituels ont bien des causes ordinaires (autre composition des produits sous un code, erreurs de déclaration ou d’unité, un seul gros contrat)\u00a0: ce sont des questions à poser, pas des constats, et ils ne suggèrent aucune infraction.',
  prUvHeading: 'Valeurs unitaires éloignées de la médiane mondiale',
  prUvHow:
    'Valeur unitaire = valeur ÷ tonnes, pour chaque pays ayant une quantité, même code, même année, même sens. Un chiffre est retenu s’il dépasse {factor} fois la médiane des valeurs unitaires de tous les pays, ou s’il est inférieur à 1/{factor} de celle-ci, à condition qu’au moins {min, plural, one {# pays ait} other {# pays aient}} une valeur unitaire. Le z-score robuste (log de la valeur unitaire moins la médiane des logs, divisé par 1,4826 × l’écart absolu médian) est donné à titre indicatif.',
  prUvCaption:
    '{country}\u00a0: valeurs unitaires hors d’un facteur {factor} de la médiane mondiale, {year}',
  prUvNone:
    '{country}, {year}\u00a0: aucune valeur unitaire n’est hors d’un facteur {factor} de la médiane mondiale',
  prUvNoQuantity:
    'Ce jeu de données ne donne pas de quantités pour cette sélection\u00a0: les valeurs unitaires ne peuvent pas être calculées.',
  prUvCountry: 'Valeur unitaire',
  prUvMedian: 'Médiane mondiale',
  prUvRatio: 'Rapport à la médiane',
  prUvZ: 'Score z robuste',
  prCountries: 'Pays',
  prJumpHeading: 'Sauts d’une année à l’autre hors de l’historique du pays',
  prJumpHow:
    'Pour chaque série (le total et chaque code ou catégorie, dans chaque sens), la variation d’une année à la suivante est ln(valeur ÷ valeur de l’année précédente), sur les années où les deux existent. Une variation est retenue si elle s’écarte de plus de {z, plural, one {# écart-type robuste} other {# écarts-types robustes}} (1,4826 × écart absolu médian) de la variation médiane de la même série et si la valeur a au moins doublé ou diminué de moitié. Il faut au moins {min, plural, one {# variation} other {# variations}}.',
  prJumpCaption: '{country}\u00a0: variations annuelles inhabituelles',
  prJumpNone:
    '{country}\u00a0: selon cette règle, aucune variation ne sort de son propre historique',
  prJumpNA:
    'Sans objet\u00a0: ce jeu de données compte {n, plural, one {# année} other {# années}}, et la règle exige au moins {min, plural, one {# variation annuelle} other {# variations annuelles}}.',
  prSeries: 'Série',
  prTotalSeries: 'Total de la sélection',
  prBefore: 'Avant',
  prAfter: 'Après',
  prPrintCaption: '{dataset} · {list} · {year} · valeurs en {currency} · Source\u00a0: {source}',
  prPrintEnglish: 'Les libellés des codes SH sont donnés en anglais, tels que publiés.',
  prProductTitle: 'Profil de produit',
  prProductNone:
    'Choisissez un code SH\u00a0: ces codes ont des échanges enregistrés dans le jeu de données {dataset}.',
  prProductNotHs6:
    '{dataset} est regroupé par catégorie, non par code SH\u00a0: choisissez un jeu de données par code SH pour voir un profil de produit.',
  prProductNoData:
    'Pas de données pour le code SH {code} dans le jeu de données {dataset}\u00a0: les données sources ne comprennent pas ce code. L’absence de données n’est pas une valeur nulle.',
  prNoProductShard: 'aucun fichier de données pour ce code',
  prEdition: 'Édition du SH',
  prDescription: 'Libellé officiel',
  prLists: 'Listes et catégories',
  prListsCaption: 'Listes appliquées à ce jeu de données qui contiennent le code SH {code}',
  prRegime: 'Régime',
  prSpecificity: 'Spécificité',
  prConversionStatus: 'Édition',
  prCore: 'spécifique',
  prBroad: 'large',
  prUnspecified: 'non indiqué',
  prStatusSame: 'même édition que les données',
  prStatusExact: 'exact',
  prStatusSplit: 'scindé',
  prStatusMerged: 'fusionné (couvre aussi d’autres biens)',
  prStatusNN: 'en correspondance multiple',
  prStatusNone: 'sans correspondance',
  prConvertedFrom: 'converti à partir du code {code} ({from})\u00a0: {status}',
  prYearEditionMapping:
    'Pour les années où ce jeu de données est en {edition}, {list} utilise\u00a0: {codes} ({status}).',
  prBroadCaveat:
    'Une liste marque le code SH {code} comme «\u00a0large\u00a0»\u00a0: ce code couvre aussi des biens ordinaires, ses valeurs sont donc une borne supérieure du commerce stratégique.',
  prOnNoList: 'le code SH {code} ne figure sur aucune liste appliquée à ce jeu de données',
  prKfHeading: 'Chiffres clés, {year}',
  prKfExport: 'Exportations mondiales',
  prKfImport: 'Importations mondiales',
  prKfExporters:
    '{n, plural, one {# pays exportateur} other {# pays exportateurs}}\u202f; premier exportateur\u00a0: {top} ({share})',
  prKfImporters:
    '{n, plural, one {# pays importateur} other {# pays importateurs}}\u202f; premier importateur\u00a0: {top} ({share})',
  prTopCountries: 'Principaux exportateurs et importateurs',
  prExportersCaption:
    '{n, plural, one {Le premier exportateur} other {Les # premiers exportateurs}} du SH {code}, {year}',
  prImportersCaption:
    '{n, plural, one {Le premier importateur} other {Les # premiers importateurs}} du SH {code}, {year}',
  prCountry: 'Pays',
  prShareOfWorld: 'Part mondiale',
  prShareOfWorldNote: 'Parts du total mondial du code pour l’année et le sens.',
  prMapTitle: '{flow}, code SH {code}, {year}, en {currency}',
  prPartnerMapTitle: '{country}\u00a0: {flow}, {year}, en {currency}',
  prPartnerMapExports: 'destinations des exportations',
  prPartnerMapImports: 'origines des importations',
  prPartnerMapSelf: 'Le pays présenté',
  prPartnerMapNote:
    'En gris foncé\u00a0: {country}\u202f; partenaires teintés selon la valeur (classes par quantiles)\u202f; hachuré\u00a0: aucun échange enregistré.',
  prProductTrendTitle:
    'Exportations et importations mondiales du code SH {code} par année, en {currency}',
  prProductTrendSummary: 'Exportations mondiales\u00a0: {ex0} en {y0}, {ex1} en {y1}.',
  prUvDist: 'Valeurs unitaires selon les pays',
  prUvDistHow:
    'Chaque point est un pays\u00a0: valeur ÷ tonnes (échelle logarithmique)\u202f; le trait est la médiane. Les points à plus de {factor} fois au-dessus ou au-dessous de la médiane sont en rouge.',
  prUvDistTitle:
    '{flow}\u00a0: valeurs unitaires, code SH {code}, {year} ({currency} par tonne, échelle logarithmique)',
  prUvDistSummary:
    '{n, plural, one {# pays a} other {# pays ont}} une quantité\u202f; la médiane est de {median}\u202f; la plus basse, {min} ({minC}), la plus haute, {max} ({maxC}). {flagged, plural, one {# s’écarte} other {# s’écartent}} de la médiane de plus d’un facteur {factor}.',
  prUvDistNone: 'Aucun pays ne déclare de quantité pour ce code, cette année et ce sens.',
  prShowTable: 'Afficher les valeurs en tableau',
  prMedian: 'médiane',
};

/** @public registered whole by the view that loads it (registerCatalog) */
export const es: Catalogue = {
  prCompareYear: 'Comparar con el año',
  prNone: 'Ninguno',
  prTotalShareNA:
    '{country}: cuota estratégica del comercio total no disponible. El conjunto de datos {dataset} solo contiene los códigos de las listas estratégicas, no el comercio de todos los bienes, así que no hay un total por el que dividir.',
  prCoreShare: 'En códigos específicos',
  prCoreBroadLine:
    'En códigos específicos: {exportCore} de las exportaciones y {importCore} de las importaciones. En códigos amplios: {exportBroad} de las exportaciones y {importBroad} de las importaciones.',
  prCoreBroadNote:
    'Los códigos específicos describen con precisión bienes estratégicos; los amplios también abarcan bienes corrientes, por lo que sus valores son un límite superior.',
  prNoSpecificity: '{list}: ningún código está marcado como específico o amplio.',
  prQuantity: 'Cantidad (t)',
  prQuantityNote:
    'Cantidades en toneladas cuando la fuente las da; «≥» cuando algunos flujos no las tienen (límite inferior); valor unitario = valor ÷ toneladas.',
  prUnitValue: 'Valor unitario',
  prTrend: 'Evolución en los años del conjunto de datos',
  prTrendTitle: '{country}: {list}, exportaciones e importaciones por año, en {currency}',
  prTrendSummary:
    'Exportaciones: {ex0} en {y0}, {ex1} en {y1}. Importaciones: {im0} en {y0}, {im1} en {y1}.',
  prTrendCaption: '{country}: exportaciones e importaciones por año ({currency})',
  prTrendOne: 'Este conjunto de datos tiene un solo año ({year}): no hay evolución que trazar.',
  prSelected: 'seleccionado',
  prEditionMarker: '{edition} desde este año',
  prEditionBreak:
    'Ruptura de serie en {year}: los datos hasta {prev} están en {from}, desde {year} en {to}. La lista se convirtió entre ediciones, así que su cobertura puede cambiar.',
  prConversion:
    '{list} (definida en el {from}): para datos en el {to}, sus códigos se convirtieron con tablas de correlación: {exact, plural, one {# exacto} other {# exactos}}, {split, plural, one {# dividido} other {# divididos}}, {merged, plural, one {# fusionado} other {# fusionados}}, {nn, plural, one {# de varios a varios} other {# de varios a varios}}, {none, plural, one {# sin correspondencia} other {# sin correspondencia}}. {upper, plural, one {# código de los datos se alcanza por un vínculo no exacto, así que su valor es un límite superior} other {# códigos de los datos se alcanzan por vínculos no exactos, así que sus valores son un límite superior}}.',
  prCompareHeading: '{year} comparado con {year2}',
  prCompareCaption: '{country}: {year} y {year2} en paralelo ({currency})',
  prComparePartnersExport: 'Destinos de las exportaciones, {year} y {year2}',
  prComparePartnersImport: 'Orígenes de las importaciones, {year} y {year2}',
  prIndicator: 'Indicador',
  prChange: 'Variación',
  prRankExports: 'Puesto mundial, exportaciones',
  prRankImports: 'Puesto mundial, importaciones',
  prShareExports: 'Cuota mundial, exportaciones',
  prShareImports: 'Cuota mundial, importaciones',
  prHhiExports: 'IHH de socios, exportaciones',
  prHhiImports: 'IHH de socios, importaciones',
  prTop3Exports: 'Tres primeros socios, cuota de las exportaciones',
  prTop3Imports: 'Tres primeros socios, cuota de las importaciones',
  prConcentration: 'Concentración de socios',
  prConcCaption: 'Concentración de socios, {year}',
  prDirection: 'Sentido',
  prPartners: 'Socios',
  prHhi: 'IHH (0–10 000)',
  prReading: 'Lectura',
  prTop3: 'Cuota de los tres primeros',
  prBandLow: 'no concentrado',
  prBandModerate: 'moderadamente concentrado',
  prBandHigh: 'muy concentrado',
  prHhiHow:
    'El índice de Herfindahl-Hirschman (IHH) es la suma de los cuadrados de las cuotas de los socios expresadas en %: 10.000 corresponde a un solo socio y 10.000 ÷ n a n socios iguales. Umbrales de lectura (directrices estadounidenses sobre concentraciones, 2010): menos de 1500, no concentrado; de 1500 a 2500, moderadamente concentrado; más de 2500, muy concentrado.',
  prTransit: 'Importado y exportado el mismo año',
  prTransitCaption: '{country}: códigos importados y exportados en {year}',
  prPossibleReexport: 'Posible reexportación',
  prTransitNone: 'ningún código se importó y exportó a la vez en {year}',
  prTransitHow:
    'Para cada código importado y exportado en el año, el menor de los dos importes es lo máximo que podría ser reexportación de bienes importados ese año. También puede ser comercio en ambos sentidos de bienes distintos bajo un mismo código.',
  prPatterns: 'Pautas que conviene examinar (material de formación)',
  prPatternsIntro:
    'Estos filtros señalan cifras que un formador o analista puede querer examinar. Las cifras inusuales tienen muchas causas corrientes (otra mezcla de productos bajo un código, errores de declaración o de unidad, un solo gran contrato): son preguntas, no conclusiones, y no sugieren ninguna infracción.',
  prUvHeading: 'Valores unitarios alejados de la mediana mundial',
  prUvHow:
    'Valor unitario = valor ÷ toneladas, para cada país con cantidad, mismo código, año y sentido. Una cifra se incluye en la lista si supera {factor} veces la mediana de los valores unitarios de todos los países, o es menor que 1/{factor} de ella, siempre que al menos {min, plural, one {# país tenga} other {# países tengan}} valor unitario. El z robusto (logaritmo del valor unitario menos la mediana de los logaritmos, dividido por 1,4826 × la desviación absoluta mediana) se muestra como referencia.',
  prUvCaption:
    '{country}: valores unitarios fuera de un factor {factor} de la mediana mundial, {year}',
  prUvNone:
    '{country}, {year}: ningún valor unitario está fuera de un factor {factor} de la mediana mundial',
  prUvNoQuantity:
    'Este conjunto de datos no tiene cantidades para esta selección: no hay valores unitarios.',
  prUvCountry: 'Valor unitario',
  prUvMedian: 'Mediana mundial',
  prUvRatio: 'Relación con la mediana',
  prUvZ: 'z robusto',
  prCountries: 'Países',
  prJumpHeading: 'Saltos interanuales fuera del historial del país',
  prJumpHow:
    'Para cada serie (el total y cada código o categoría, en cada sentido), la variación de un año al siguiente es ln(valor ÷ valor del año anterior), en los años con valor en ambos. Una variación se incluye en la lista si se aleja más de {z, plural, one {# desviación típica robusta} other {# desviaciones típicas robustas}} (1,4826 × desviación absoluta mediana) de la variación mediana de la misma serie y el valor al menos se duplicó o se redujo a la mitad. {min, plural, one {Se necesita al menos # variación} other {Se necesitan al menos # variaciones}}.',
  prJumpCaption: '{country}: variaciones interanuales inusuales',
  prJumpNone: '{country}: según esta regla, ninguna variación sale de su propio historial',
  prJumpNA:
    'No aplicable: este conjunto de datos tiene {n, plural, one {# año} other {# años}} y la regla necesita al menos {min, plural, one {# variación interanual} other {# variaciones interanuales}}.',
  prSeries: 'Serie',
  prTotalSeries: 'Total de la selección',
  prBefore: 'Antes',
  prAfter: 'Después',
  prPrintCaption: '{dataset} · {list} · {year} · valores en {currency} · Fuente: {source}',
  prPrintEnglish:
    'Las descripciones de los códigos del SA figuran en inglés, tal como se publicaron.',
  prProductTitle: 'Perfil de producto',
  prProductNone:
    'Elija un código SA: estos códigos tienen comercio registrado en el conjunto de datos {dataset}.',
  prProductNotHs6:
    '{dataset} está agrupado por categoría, no por código SA: elija un conjunto de datos con códigos SA para ver un perfil de producto.',
  prProductNoData:
    'Sin datos para el código SA {code} en el conjunto de datos {dataset}: los datos de origen no incluyen este código. La falta de datos no equivale a cero.',
  prNoProductShard: 'no hay archivo de datos para este código',
  prEdition: 'Edición del SA',
  prDescription: 'Descripción oficial',
  prLists: 'Listas y categorías',
  prListsCaption: 'Listas aplicadas a este conjunto de datos que contienen el código SA {code}',
  prRegime: 'Régimen',
  prSpecificity: 'Especificidad',
  prConversionStatus: 'Edición',
  prCore: 'específico',
  prBroad: 'amplio',
  prUnspecified: 'no indicado',
  prStatusSame: 'misma edición que los datos',
  prStatusExact: 'exacto',
  prStatusSplit: 'dividido',
  prStatusMerged: 'fusionado (abarca también otros bienes)',
  prStatusNN: 'de varios a varios',
  prStatusNone: 'sin correspondencia',
  prConvertedFrom: 'convertido a partir del código {code} ({from}): {status}',
  prYearEditionMapping:
    'En los años en que los datos están en el {edition}, {list} usa: {codes} ({status}).',
  prBroadCaveat:
    'Una lista marca el código SA {code} como amplio: el código también abarca bienes corrientes, así que sus valores son un límite superior del comercio estratégico.',
  prOnNoList: 'el código SA {code} no figura en ninguna lista aplicada a este conjunto de datos',
  prKfHeading: 'Cifras clave, {year}',
  prKfExport: 'Exportaciones mundiales',
  prKfImport: 'Importaciones mundiales',
  prKfExporters:
    '{n, plural, one {# país exportador} other {# países exportadores}}; primer exportador: {top} ({share})',
  prKfImporters:
    '{n, plural, one {# país importador} other {# países importadores}}; primer importador: {top} ({share})',
  prTopCountries: 'Principales exportadores e importadores',
  prExportersCaption:
    '{n, plural, one {El principal exportador} other {Los # principales exportadores}} del SA {code}, {year}',
  prImportersCaption:
    '{n, plural, one {El principal importador} other {Los # principales importadores}} del SA {code}, {year}',
  prCountry: 'País',
  prShareOfWorld: 'Cuota mundial',
  prShareOfWorldNote: 'Cuotas del total mundial del código en el año y el sentido.',
  prMapTitle: '{flow}, código SA {code}, {year}, en {currency}',
  prPartnerMapTitle: '{country}: {flow}, {year}, en {currency}',
  prPartnerMapExports: 'destinos de las exportaciones',
  prPartnerMapImports: 'orígenes de las importaciones',
  prPartnerMapSelf: 'El país mostrado',
  prPartnerMapNote:
    'En gris oscuro: {country}; socios coloreados según el valor (clases por cuantiles); rayado: sin comercio registrado.',
  prProductTrendTitle:
    'Exportaciones e importaciones mundiales del código SA {code} por año, en {currency}',
  prProductTrendSummary: 'Exportaciones mundiales: {ex0} en {y0}, {ex1} en {y1}.',
  prUvDist: 'Valores unitarios por país',
  prUvDistHow:
    'Cada punto es un país: valor ÷ toneladas (escala logarítmica); la línea es la mediana. Los puntos a más de {factor} veces por encima o por debajo de la mediana van en rojo.',
  prUvDistTitle:
    '{flow}: valores unitarios, código SA {code}, {year} ({currency} por tonelada, escala logarítmica)',
  prUvDistSummary:
    '{n, plural, one {# país tiene} other {# países tienen}} cantidad; la mediana es {median}; el menor es {min} ({minC}), el mayor {max} ({maxC}). {flagged, plural, one {# se aleja} other {# se alejan}} de la mediana más de un factor {factor}.',
  prUvDistNone: 'Ningún país declara cantidad para este código, año y sentido.',
  prShowTable: 'Mostrar los valores como tabla',
  prMedian: 'mediana',
};

/** @public registered whole by the view that loads it (registerCatalog) */
export const ru: Catalogue = {
  prCompareYear: 'Сравнить с годом',
  prNone: 'Нет',
  prTotalShareNA:
    '{country}: доля стратегических товаров в общей торговле недоступна. Набор данных «{dataset}» содержит только коды стратегических списков, а не торговлю всеми товарами, поэтому делить не на что.',
  prCoreShare: 'Доля специфичных кодов',
  prCoreBroadLine:
    'На специфичные коды приходится {exportCore} экспорта и {importCore} импорта, на широкие — {exportBroad} экспорта и {importBroad} импорта.',
  prCoreBroadNote:
    'Специфичные коды точно описывают стратегические товары; широкие коды охватывают и обычные товары, поэтому их стоимость — верхняя граница.',
  prNoSpecificity: '{list}: список не делит коды на специфичные и широкие.',
  prQuantity: 'Количество (т)',
  prQuantityNote:
    'Количество в тоннах, если источник его приводит; «≥» — если у части потоков его нет (нижняя граница); удельная стоимость = стоимость ÷ тонны.',
  prUnitValue: 'Удельная стоимость',
  prTrend: 'Динамика за годы набора данных',
  prTrendTitle: '{country}: {list}, экспорт и импорт по годам, в {currency}',
  prTrendSummary:
    'Экспорт: {ex0} в {y0} г., {ex1} в {y1} г. Импорт: {im0} в {y0} г., {im1} в {y1} г.',
  prTrendCaption: '{country}: экспорт и импорт по годам ({currency})',
  prTrendOne: 'В этом наборе данных один год ({year}): динамику построить нельзя.',
  prSelected: 'выбран',
  prEditionMarker: '{edition} с этого года',
  prEditionBreak:
    'Разрыв ряда в {year} г.: данные до {prev} г. представлены в {from}, с {year} г. — в {to}. Список пересчитан из одной редакции в другую, поэтому его охват может измениться.',
  prConversion:
    '{list}: список составлен в {from}; для данных в {to} его коды пересчитаны по таблицам соответствия: {exact, plural, one {# точный} few {# точных} many {# точных} other {# точного}}, {split, plural, one {# разделённый} few {# разделённых} many {# разделённых} other {# разделённого}}, {merged, plural, one {# объединённый} few {# объединённых} many {# объединённых} other {# объединённого}}, {nn, plural, one {# «многие ко многим»} few {# «многие ко многим»} many {# «многие ко многим»} other {# «многие ко многим»}}, {none, plural, one {# без соответствия} few {# без соответствия} many {# без соответствия} other {# без соответствия}}. {upper, plural, one {# код данных получен через неточную связь, поэтому его стоимость} few {# кода данных получены через неточные связи, поэтому их стоимость} many {# кодов данных получены через неточные связи, поэтому их стоимость} other {# кода данных получены через неточные связи, поэтому их стоимость}} — верхняя граница.',
  prCompareHeading: '{year} в сравнении с {year2}',
  prCompareCaption: '{country}: {year} и {year2} в сопоставлении ({currency})',
  prComparePartnersExport: 'Направления экспорта, {year} и {year2}',
  prComparePartnersImport: 'Источники импорта, {year} и {year2}',
  prIndicator: 'Показатель',
  prChange: 'Изменение',
  prRankExports: 'Место в мире, экспорт',
  prRankImports: 'Место в мире, импорт',
  prShareExports: 'Доля в мире, экспорт',
  prShareImports: 'Доля в мире, импорт',
  prHhiExports: 'ИХХ партнёров, экспорт',
  prHhiImports: 'ИХХ партнёров, импорт',
  prTop3Exports: 'Три крупнейших партнёра, доля экспорта',
  prTop3Imports: 'Три крупнейших партнёра, доля импорта',
  prConcentration: 'Концентрация партнёров',
  prConcCaption: 'Концентрация партнёров, {year}',
  prDirection: 'Направление',
  prPartners: 'Партнёры',
  prHhi: 'ИХХ (0–10 000)',
  prReading: 'Оценка',
  prTop3: 'Доля трёх крупнейших',
  prBandLow: 'неконцентрированный',
  prBandModerate: 'умеренно концентрированный',
  prBandHigh: 'высококонцентрированный',
  prHhiHow:
    'Индекс Херфиндаля — Хиршмана (ИХХ) — сумма квадратов долей партнёров в процентах: 10 000 — один партнёр, 10 000 ÷ n — n равных партнёров. Пороги (руководство США по слияниям, 2010): ниже 1500 — неконцентрированный, от 1500 до 2500 — умеренно концентрированный, выше 2500 — высококонцентрированный.',
  prTransit: 'Ввезено и вывезено в одном году',
  prTransitCaption: '{country}: коды, по которым в {year} был и импорт, и экспорт',
  prPossibleReexport: 'Возможный реэкспорт',
  prTransitNone: 'ни один код не был одновременно ввезён и вывезен в {year}',
  prTransitHow:
    'Для каждого кода, который в году и ввозили, и вывозили, меньшая из двух сумм — максимум того, что могло быть реэкспортом ввезённых в том же году товаров. Это может быть и встречная торговля разными товарами под одним кодом.',
  prPatterns: 'На что стоит посмотреть (учебный материал)',
  prPatternsIntro:
    'Эти проверки указывают на цифры, которые инструктор или аналитик может захотеть изучить. У необычных цифр много обычных причин (другой набор товаров под одним кодом, ошибки в отчётности или в единицах измерения, один крупный контракт): это вопросы, а не выводы, и они не указывают на нарушения.',
  prUvHeading: 'Удельная стоимость далеко от мировой медианы',
  prUvHow:
    'Удельная стоимость = стоимость ÷ тонны для каждой страны с данными о количестве, для того же кода, года и направления. Значение выводится, если оно более чем в {factor, plural, one {# раз} few {# раза} many {# раз} other {# раза}} выше медианы удельной стоимости всех стран или более чем в {factor, plural, one {# раз} few {# раза} many {# раз} other {# раза}} ниже её, при условии что удельная стоимость есть не менее чем у {min, plural, one {# страны} few {# стран} many {# стран} other {# страны}}. Робастный z-показатель (логарифм удельной стоимости минус медиана логарифмов, делённые на 1,4826 × медианное абсолютное отклонение) приведён для справки.',
  prUvCaption:
    '{country}: удельная стоимость, отклоняющаяся от мировой медианы более чем в {factor, plural, one {# раз} few {# раза} many {# раз} other {# раза}}, {year}',
  prUvNone:
    '{country}, {year}: ни одна удельная стоимость не отклоняется от мировой медианы более чем в {factor, plural, one {# раз} few {# раза} many {# раз} other {# раза}}',
  prUvNoQuantity:
    'Для этой выборки в наборе данных нет количества: удельную стоимость рассчитать нельзя.',
  prUvCountry: 'Удельная стоимость',
  prUvMedian: 'Мировая медиана',
  prUvRatio: 'Отношение к медиане',
  prUvZ: 'Робастный z',
  prCountries: 'Страны',
  prJumpHeading: 'Скачки год к году вне собственной истории страны',
  prJumpHow:
    'Для каждого ряда (итог и каждый код или категория, по каждому направлению) изменение от года к году — ln(стоимость ÷ стоимость предыдущего года) для лет, где есть оба значения. Изменение выводится, если оно отстоит от медианного изменения того же ряда более чем на {z, plural, one {# робастное стандартное отклонение} few {# робастных стандартных отклонения} many {# робастных стандартных отклонений} other {# робастного стандартного отклонения}} (1,4826 × медианное абсолютное отклонение) и стоимость как минимум удвоилась или уменьшилась вдвое. Нужно не менее {min, plural, one {# изменения} few {# изменений} many {# изменений} other {# изменения}}.',
  prJumpCaption: '{country}: необычные изменения год к году',
  prJumpNone:
    '{country}: по этому правилу ни одно изменение не выходит за пределы собственной истории',
  prJumpNA:
    'Неприменимо: в этом наборе данных {n, plural, one {# год} few {# года} many {# лет} other {# года}}, а правилу нужно не менее {min, plural, one {# изменения} few {# изменений} many {# изменений} other {# изменения}} год к году.',
  prSeries: 'Ряд',
  prTotalSeries: 'Итог выбора',
  prBefore: 'До',
  prAfter: 'После',
  prPrintCaption: '{dataset} · {list} · {year} · стоимость в {currency} · Источник: {source}',
  prPrintEnglish: 'Описания кодов ГС приводятся на английском языке, как они опубликованы.',
  prProductTitle: 'Профиль товара',
  prProductNone: 'Выберите код ГС: по этим кодам есть торговля в наборе данных «{dataset}».',
  prProductNotHs6:
    '{dataset} сгруппирован по категориям, а не по кодам ГС: выберите набор данных с кодами ГС, чтобы увидеть профиль товара.',
  prProductNoData:
    'По коду ГС {code} в наборе «{dataset}» нет данных: исходные данные не содержат этого кода. Отсутствие данных не означает нулевое значение.',
  prNoProductShard: 'нет файла данных для этого кода',
  prEdition: 'Редакция ГС',
  prDescription: 'Официальное описание',
  prLists: 'Списки и категории',
  prListsCaption: 'Списки, применённые к этому набору данных и содержащие код ГС {code}',
  prRegime: 'Режим',
  prSpecificity: 'Специфичность',
  prConversionStatus: 'Редакция',
  prCore: 'специфичный',
  prBroad: 'широкий',
  prUnspecified: 'не указано',
  prStatusSame: 'та же редакция, что у данных',
  prStatusExact: 'точный',
  prStatusSplit: 'разделённый',
  prStatusMerged: 'объединённый (включает и другие товары)',
  prStatusNN: '«многие ко многим»',
  prStatusNone: 'без соответствия',
  prConvertedFrom: 'пересчитан из кода {code} ({from}): {status}',
  prYearEditionMapping:
    'За годы, в которых данные представлены в {edition}, {list} использует: {codes} ({status}).',
  prBroadCaveat:
    'Список относит код ГС {code} к широким: код охватывает и обычные товары, поэтому его стоимость — верхняя граница стратегической торговли.',
  prOnNoList: 'код ГС {code} не входит ни в один список этого набора данных',
  prKfHeading: 'Основные показатели, {year}',
  prKfExport: 'Мировой экспорт',
  prKfImport: 'Мировой импорт',
  prKfExporters:
    '{n, plural, one {# страна-экспортёр} few {# страны-экспортёра} many {# стран-экспортёров} other {# страны-экспортёра}}; крупнейший экспортёр: {top} ({share})',
  prKfImporters:
    '{n, plural, one {# страна-импортёр} few {# страны-импортёра} many {# стран-импортёров} other {# страны-импортёра}}; крупнейший импортёр: {top} ({share})',
  prTopCountries: 'Крупнейшие экспортёры и импортёры',
  prExportersCaption:
    '{n, plural, one {# крупнейший экспортёр} few {# крупнейших экспортёра} many {# крупнейших экспортёров} other {# крупнейшего экспортёра}}, ГС {code}, {year}',
  prImportersCaption:
    '{n, plural, one {# крупнейший импортёр} few {# крупнейших импортёра} many {# крупнейших импортёров} other {# крупнейшего импортёра}}, ГС {code}, {year}',
  prCountry: 'Страна',
  prShareOfWorld: 'Доля в мире',
  prShareOfWorldNote: 'Доли от мирового итога по коду за год и направление.',
  prMapTitle: '{flow}, ГС {code}, {year}, в {currency}',
  prPartnerMapTitle: '{flow}: {country}, {year}, в {currency}',
  prPartnerMapExports: 'направления экспорта',
  prPartnerMapImports: 'источники импорта',
  prPartnerMapSelf: 'Рассматриваемая страна',
  prPartnerMapNote:
    '{country} — тёмно-серым; партнёры окрашены по стоимости (квантильные классы); штриховка — торговля не зарегистрирована.',
  prProductTrendTitle: 'Мировой экспорт и импорт, ГС {code}, по годам, в {currency}',
  prProductTrendSummary: 'Мировой экспорт: {ex0} в {y0} г., {ex1} в {y1} г.',
  prUvDist: 'Удельная стоимость по странам',
  prUvDistHow:
    'Каждая точка — страна: стоимость ÷ тонны (логарифмическая шкала); линия — медиана. Точки, отклоняющиеся от медианы более чем в {factor, plural, one {# раз} few {# раза} many {# раз} other {# раза}}, выделены красным.',
  prUvDistTitle:
    '{flow}: удельная стоимость, ГС {code}, {year} ({currency} за тонну, логарифмическая шкала)',
  prUvDistSummary:
    'Количество есть у {n, plural, one {# страны} few {# стран} many {# стран} other {# страны}}; медиана — {median}; минимум {min} ({minC}), максимум {max} ({maxC}). Отклоняются от медианы более чем в {factor, plural, one {# раз} few {# раза} many {# раз} other {# раза}}: {flagged, plural, one {# страна} few {# страны} many {# стран} other {# страны}}.',
  prUvDistNone: 'Ни одна страна не указывает количество для этого кода, года и направления.',
  prShowTable: 'Показать значения таблицей',
  prMedian: 'медиана',
};
