/**
 * Ranking table, country page, compare, methods and sources pages. Every key starts with
 * `pg` so it cannot collide with the keys of the other catalogues merged beside it.
 */
export const en = {
  // Shared words
  pgCode: 'HS code',
  pgCategory: 'Category',
  pgNoMapShard: 'the manifest lists no map file for this dataset and list',
  pgNoCountryShard: 'the manifest lists no file for this country in this dataset',
  pgNoListShard: 'the manifest lists no file for this list',
  // Ranking table

  pgCountryTitle: 'Country profile',
  pgCountryNone: 'No country is chosen: open one from the map or the ranking.',
  pgCountryLede: 'Trade in {list}, {year}. Data: {dataset}.',
  pgBackToMap: 'Back to the map with the same filters',
  pgCountryNoData:
    '{country}: {dataset} has no trade data for this country or territory; it appears neither as exporter nor as importer of any code on the lists of this dataset.',
  pgTotals: 'Totals',
  pgBalance: 'Balance (exports − imports)',
  pgRankOf:
    'Rank {rank} of {n, plural, one {# country} other {# countries}}; {share} of the world total',
  pgNoTradeDirection: 'No trade in this direction.',
  pgChangeFrom: '{change} from {prev}',
  pgUpperBoundNote:
    'Values under an HS code are an upper bound on strategic trade: a code also covers goods that are not controlled.',
  pgByCategory: 'By category',
  pgByCategoryCaption: '{list}: trade by category, {year}',
  pgShareOfCountry: 'Share of the country’s total',
  pgNotInTotal: '(outside the list total)',
  pgCategoryOverlap:
    'A code can belong to several categories and some categories are left out of the list total, so the rows need not add up to the total.',
  pgTopPartners: 'Main partners',
  pgPartnersExport: 'Top {n, plural, one {# destination} other {# destinations}} of exports',
  pgPartnersImport: 'Top {n, plural, one {# origin} other {# origins}} of imports',
  pgPartner: 'Partner',
  pgTopCodes: 'Main HS codes',
  pgTopCategories: 'Main categories',
  pgCodesExport: 'Top {n, plural, one {# exported code} other {# exported codes}}',
  pgCodesImport: 'Top {n, plural, one {# imported code} other {# imported codes}}',
  // Compare

  pgCompareLede:
    'Which HS codes one list adds or drops relative to another, and how much trade in the dataset they carry.',
  pgCompareNeedsTwo:
    'A comparison needs two lists applied to the same dataset, and fewer than two apply to {dataset}. Choose another dataset.',
  pgCompareSame: 'Choose two different lists to compare.',
  pgCompareTotals: 'Totals',
  pgCmpCapExport: 'World exports, {year}',
  pgCmpCapImport: 'World imports, {year}',
  pgGroup: 'Group',
  pgCodesCol: 'Codes',
  pgTradedCol: 'Codes with trade',
  pgWorldTotalOf: 'All of the {list} (world total)',
  pgOnlyIn: 'Only in the {list}',
  pgInBoth: 'In both lists',
  pgCompareSumNote:
    'Each list’s total is the one the map shows; each group is the sum over all countries of the trade under its codes. “Only in A” plus “in both” equals the total of A. A code without data in the dataset adds nothing to its group: the “codes with data” column says how many of each list the input holds, and no data is not zero.',
  pgCompareNoCodeValues:
    'This dataset gives values by category only, so codes cannot be valued one by one.',
  pgCompareExcluded:
    'Codes that sit only in categories left out of a list’s total are not compared: {a} in list A, {b} in list B.',
  pgCompareCodes: 'Codes',
  pgNoCodes: 'None.',
  pgDescription: 'Description',
  pgSpecificity: 'Specificity',
  pgCore: 'core',
  pgBroad: 'broad',
  pgValueYear: 'World value, {year}',
  // Sources

  pgSourcesTitle: 'Sources and licences',
  pgSourcesLede:
    'Every figure in the atlas comes from the datasets and lists below. Cite the dataset you use and respect its licence.',
  pgPublisher: 'Publisher',
  pgVersion: 'Version',
  pgCopyCitation: 'Copy the citation',
  pgCopied: 'Citation copied.',
  pgCopyFailed: 'Could not copy: select the text and copy it.',
  pgSwTitle: 'Reference data in the software',
  pgSwGeo: 'world boundaries for the map',
  pgSwNames: 'country names in English, French, Spanish and Russian',
  pgSwHs: 'descriptions of HS codes ({editions})',
  pgSwGeoLicence: 'Natural Earth: public domain; world-atlas: ISC',
  pgSwMit: 'MIT',
  pgSwPddl: 'Open Data Commons Public Domain Dedication and License (PDDL)',
  pgBuildTitle: 'Build report',
  pgBuildText:
    'The data files are built by the atlas pipeline. For every input file the build report says how many rows were read, kept, left out of scope and quarantined, and why.',
  pgBuildReport: 'what was read, kept and quarantined, file by file',
  pgQuarantine: 'the rows that could not be used, with file, line and reason',
  // Methods

  pgMethodsTitle: 'Methods and glossary',
  pgOnThisPage: 'On this page',
  pgMValuesH: 'How values are built',
  pgMValues1:
    'Trade values come from CEPII’s BACI, which reconciles the declarations of exporters and importers reported to UN Comtrade into one value per flow: exporter, importer, HS6 code and year. Where both sides report, BACI weighs them by their reliability and removes transport and insurance costs from import values, so each flow is counted once, free on board.',
  pgMValues2:
    'BACI publishes values in thousands of US dollars and quantities in metric tonnes. The atlas multiplies values by 1,000 exactly, from the decimal text without rounding errors, and shows them in {currencies}; quantities stay in tonnes. Values are in current dollars, not adjusted for inflation.',
  pgMValues3:
    'The JRC Nuclear Trade Atlas dataset is used as published: values by fuel-cycle category, without HS6 detail. Rows that cannot be used are never dropped silently: the build report, linked from the Sources page, counts them.',
  pgMListsH: 'Lists, categories and totals',
  pgMLists1:
    'A strategic list is a set of HS6 codes, each in a category (for example nuclear, missile, or a CHPL tier). The value of a list for a country is the sum of its trade under those codes.',
  pgMLists2:
    'A code can sit in more than one category. The list total counts each code once, so the categories of a list can add up to more than its total.',
  pgMLists3:
    'Some categories are kept for information but left out of the list total, such as the JRC category “ignore” (tungsten, tantalum, beryllium and radioactive isotopes, which are not specific to the nuclear fuel cycle).',
  pgMSpecH: 'Core and broad codes: an upper bound',
  pgMSpec1:
    'An HS code groups many goods and only some of them are controlled. A code marked core is specific to a controlled item; a code marked broad also covers much uncontrolled trade (integrated circuits, for example).',
  pgMSpec2:
    'All values are therefore an upper bound on potentially strategic trade. They measure neither licensed exports nor illicit trade, and the part under broad codes is stated wherever values are shown.',
  pgMSpec3:
    'Controlled software and technology, and goods that cross borders without a customs declaration, do not appear in goods trade statistics at all.',
  pgMClassesH: 'Map classes',
  pgMClasses1:
    'The colour classes of the map are quantile breaks of the positive values of the selection, so that each class holds about as many countries as the others; the breaks are rounded to two significant digits so that the legend is easy to read. The change map uses fixed classes symmetric around zero (±5 %, ±20 %, ±50 %).',
  pgMClasses2:
    'A true zero (a country that is in the dataset but has no trade in the selection) has its own colour, distinct from “no data” (a place that does not appear in the dataset at all).',
  pgMShareH: 'Share and change',
  pgMShare1:
    'Share of world: a country’s value divided by the world total, which is the sum over every country for the same selection, year and direction. The shares of all countries add up to 100 %.',
  pgMShare2:
    'Change: the relative change from the previous year of the dataset, (value − previous value) ÷ previous value. It is not shown for the first year of a dataset, nor when the previous value is zero.',
  pgMEditionsH: 'HS editions',
  pgMEditions1:
    'The Harmonized System is revised about every five years (HS2017, HS2022…): codes are split, merged or moved. A list is written in one edition, and the same six digits can mean other goods in another edition.',
  pgMEditions2:
    'A list written in another edition is converted with the UN correlation tables: a code that maps one-to-one converts exactly; a code that splits, merges or maps many-to-many is marked, and values under it are an upper bound. Each dataset says which lists were converted and how many codes are not exact; a list is not applied where no table links the two editions.',
  pgMMirrorH: 'Mirror statistics',
  pgMMirror1:
    'Mirror statistics describe a country’s trade from its partners’ declarations: its exports are read from the other countries’ imports from it, and the reverse. They reveal the trade of countries that report late, partly or not at all.',
  pgMMirror2:
    'The two sides of a flow rarely agree: imports are valued CIF and exports FOB, goods are classified or dated differently, some trade is confidential, and re-exports blur the origin. BACI reconciles the two sides, so a country appears through its partners’ declarations as well as its own.',
  pgGlossaryH: 'Glossary',
  pgGHsT: 'HS (Harmonized System)',
  pgGHsD:
    'The World Customs Organization’s nomenclature for classifying goods, used by more than 200 countries for customs tariffs and trade statistics.',
  pgGHs6T: 'HS6',
  pgGHs6D:
    'A six-digit HS subheading, the most detailed level that is the same in every country; national tariffs add further digits.',
  pgGBaciT: 'BACI',
  pgGBaciD:
    'CEPII’s database of bilateral trade by HS6 code, built by reconciling the declarations of exporters and importers in UN Comtrade.',
  pgGDualT: 'Dual-use goods',
  pgGDualD:
    'Goods, software and technology that have both civilian and military uses, or that can be used in weapons of mass destruction.',
  pgGChplT: 'CHPL (Common High Priority List)',
  pgGChplD:
    'HS codes of items found in Russian weapons systems, published jointly by the United States, the European Union, the United Kingdom and Japan to focus export-control enforcement.',
  pgGNsgT: 'NSG (Nuclear Suppliers Group)',
  pgGNsgD:
    'Nuclear supplier countries that coordinate export controls on nuclear items and nuclear-related dual-use items.',
  pgGMtcrT: 'MTCR (Missile Technology Control Regime)',
  pgGMtcrD:
    'An informal partnership of countries that restrict exports of missiles, unmanned aerial vehicles and related technology able to deliver weapons of mass destruction.',
  pgGAgT: 'Australia Group',
  pgGAgD:
    'Countries that harmonise export controls on chemicals, biological agents and equipment that could be used for chemical or biological weapons.',
  pgGWaT: 'Wassenaar Arrangement',
  pgGWaD:
    'A multilateral export-control arrangement for conventional arms and dual-use goods and technologies; it maintains the Munitions List and the List of Dual-Use Goods and Technologies.',
  pgGCwcT: 'CWC (Chemical Weapons Convention)',
  pgGCwcD:
    'The treaty that bans chemical weapons; its schedules list toxic chemicals and precursors subject to declaration and verification by the OPCW.',
  pgG1540T: 'UNSCR 1540',
  pgG1540D:
    'United Nations Security Council resolution 1540 (2004), which obliges all states to keep weapons of mass destruction from non-state actors, including through effective export and border controls.',
  pgGStceT: 'STCE (Strategic Trade Control Enforcement)',
  pgGStceD:
    'The World Customs Organization’s programme that helps customs administrations enforce strategic trade controls.',
  pgGCifT: 'CIF / FOB',
  pgGCifD:
    'Cost, insurance and freight / free on board: imports are usually valued CIF, at the importer’s border, and exports FOB, at the exporter’s border; the difference is one reason why mirror flows disagree.',
  pgCatsExport: 'Top {n, plural, one {# exported category} other {# exported categories}}',
  pgCatsImport: 'Top {n, plural, one {# imported category} other {# imported categories}}',
};

type Catalogue = Record<keyof typeof en, string>;

/** @public registered whole by the view that loads it (registerCatalog) */
export const fr: Catalogue = {
  pgCode: 'Code SH',
  pgCategory: 'Catégorie',
  pgNoMapShard:
    'le manifeste ne liste aucun fichier de carte pour ce jeu de données et cette liste',
  pgNoCountryShard: 'le manifeste ne liste aucun fichier pour ce pays dans ce jeu de données',
  pgNoListShard: 'le manifeste ne liste aucun fichier pour cette liste',

  pgCountryTitle: 'Profil de pays',
  pgCountryNone: 'Aucun pays n’est choisi\u00a0: ouvrez-en un depuis la carte ou le classement.',
  pgCountryLede: '{list}\u00a0: échanges en {year}. Données\u00a0: {dataset}.',
  pgBackToMap: 'Retour à la carte avec les mêmes filtres',
  pgCountryNoData:
    '{country}\u00a0: le jeu de données {dataset} ne contient aucune donnée d’échanges pour ce pays ou territoire, qui n’y apparaît ni comme exportateur ni comme importateur d’aucun code des listes.',
  pgTotals: 'Totaux',
  pgBalance: 'Solde (exportations − importations)',
  pgRankOf:
    'Rang {rank} sur {n, plural, one {# pays} other {# pays}}\u202f; {share} du total mondial',
  pgNoTradeDirection: 'Aucun échange dans ce sens.',
  pgChangeFrom: '{change} par rapport à {prev}',
  pgUpperBoundNote:
    'Les valeurs par code SH sont une borne supérieure du commerce stratégique\u00a0: un code couvre aussi des biens non contrôlés.',
  pgByCategory: 'Par catégorie',
  pgByCategoryCaption: '{list}\u00a0: échanges par catégorie, {year}',
  pgShareOfCountry: 'Part du total du pays',
  pgNotInTotal: '(hors du total de la liste)',
  pgCategoryOverlap:
    'Un code peut appartenir à plusieurs catégories et certaines catégories sont exclues du total de la liste\u00a0: la somme des lignes peut donc différer du total.',
  pgTopPartners: 'Principaux partenaires',
  pgPartnersExport:
    '{n, plural, one {La première destination} other {Les # premières destinations}} des exportations',
  pgPartnersImport:
    '{n, plural, one {La première origine} other {Les # premières origines}} des importations',
  pgPartner: 'Partenaire',
  pgTopCodes: 'Principaux codes SH',
  pgTopCategories: 'Principales catégories',
  pgCodesExport: '{n, plural, one {Le premier code} other {Les # premiers codes}} à l’exportation',
  pgCodesImport: '{n, plural, one {Le premier code} other {Les # premiers codes}} à l’importation',

  pgCompareLede:
    'Quels codes SH une liste ajoute ou retire par rapport à une autre, et quelle part des échanges du jeu de données ils représentent.',
  pgCompareNeedsTwo:
    'Une comparaison demande deux listes appliquées au même jeu de données, et moins de deux s’appliquent au jeu de données {dataset}. Choisissez un autre jeu de données.',
  pgCompareSame: 'Choisissez deux listes différentes à comparer.',
  pgCompareTotals: 'Totaux',
  pgCmpCapExport: 'Exportations mondiales, {year}',
  pgCmpCapImport: 'Importations mondiales, {year}',
  pgGroup: 'Groupe',
  pgCodesCol: 'Codes',
  pgTradedCol: 'Codes avec des échanges',
  pgWorldTotalOf: 'Ensemble\u00a0: {list} (total mondial)',
  pgOnlyIn: 'Seulement\u00a0: {list}',
  pgInBoth: 'Dans les deux listes',
  pgCompareSumNote:
    'Le total de chaque liste est celui de la carte ; chaque groupe est la somme, sur tous les pays, des échanges relevant de ses codes. « Seulement dans A » plus « dans les deux » égale le total de A. Un code sans données dans le jeu n’ajoute rien à son groupe : la colonne « codes avec données » indique combien de codes de chaque liste figurent dans les données sources, et l’absence de données n’est pas une valeur nulle.',
  pgCompareNoCodeValues:
    'Ce jeu de données ne donne que des valeurs par catégorie\u00a0: les codes ne peuvent pas être chiffrés un par un.',
  pgCompareExcluded:
    'Les codes qui ne figurent que dans des catégories exclues du total d’une liste ne sont pas comparés\u00a0: {a} dans la liste A, {b} dans la liste B.',
  pgCompareCodes: 'Codes',
  pgNoCodes: 'Aucun.',
  pgDescription: 'Description',
  pgSpecificity: 'Spécificité',
  pgCore: 'spécifique',
  pgBroad: 'large',
  pgValueYear: 'Valeur mondiale, {year}',

  pgSourcesTitle: 'Sources et licences',
  pgSourcesLede:
    'Tous les chiffres de l’atlas proviennent des jeux de données et des listes ci-dessous. Citez le jeu de données que vous utilisez et respectez sa licence.',
  pgPublisher: 'Éditeur',
  pgVersion: 'Version',
  pgCopyCitation: 'Copier la citation',
  pgCopied: 'Citation copiée.',
  pgCopyFailed: 'Copie impossible\u00a0: sélectionnez le texte et copiez-le.',
  pgSwTitle: 'Données de référence du logiciel',
  pgSwGeo: 'frontières du monde pour la carte',
  pgSwNames: 'noms des pays en anglais, français, espagnol et russe',
  pgSwHs: 'libellés des codes SH ({editions})',
  pgSwGeoLicence: 'Natural Earth\u00a0: domaine public\u202f; world-atlas\u00a0: ISC',
  pgSwMit: 'MIT',
  pgSwPddl: 'Open Data Commons Public Domain Dedication and License (PDDL)',
  pgBuildTitle: 'Rapport de génération des données',
  pgBuildText:
    'Les fichiers de données sont produits par la chaîne de traitement de l’atlas. Pour chaque fichier d’entrée, le rapport indique combien de lignes ont été lues, conservées, écartées comme hors champ ou mises en quarantaine, et pourquoi.',
  pgBuildReport: 'ce qui a été lu, conservé et mis en quarantaine, fichier par fichier',
  pgQuarantine: 'les lignes inutilisables, avec fichier, ligne et motif',

  pgMethodsTitle: 'Méthodes et glossaire',
  pgOnThisPage: 'Sur cette page',
  pgMValuesH: 'Construction des valeurs',
  pgMValues1:
    'Les valeurs viennent de BACI (CEPII), qui réconcilie les déclarations des exportateurs et des importateurs transmises à UN Comtrade en une seule valeur par flux\u00a0: exportateur, importateur, code SH6 et année. Quand les deux côtés déclarent, BACI les pondère selon leur fiabilité et retire des valeurs à l’importation les frais de transport et d’assurance\u00a0: chaque flux est compté une fois, franco à bord.',
  pgMValues2:
    'BACI publie les valeurs en milliers de dollars des États-Unis et les quantités en tonnes métriques. L’atlas multiplie les valeurs par 1\u202f000 de façon exacte, à partir du texte décimal, sans erreur d’arrondi, et les affiche en {currencies}\u202f; les quantités restent en tonnes. Les valeurs sont en dollars courants, non corrigées de l’inflation.',
  pgMValues3:
    'Le jeu de données de l’Atlas du commerce nucléaire du JRC est utilisé tel que publié\u00a0: valeurs par catégorie du cycle du combustible, sans détail SH6. Les lignes inutilisables ne sont jamais supprimées en silence\u00a0: le rapport de génération des données, accessible depuis la page Sources, les dénombre.',
  pgMListsH: 'Listes, catégories et totaux',
  pgMLists1:
    'Une liste stratégique est un ensemble de codes SH6, chacun rangé dans une catégorie (par exemple nucléaire, missiles ou un niveau de la CHPL). La valeur d’une liste pour un pays est la somme de ses échanges relevant de ces codes.',
  pgMLists2:
    'Un code peut figurer dans plusieurs catégories. Le total de la liste compte chaque code une seule fois\u00a0: la somme des catégories peut donc dépasser le total.',
  pgMLists3:
    'Certaines catégories sont conservées pour information mais exclues du total de la liste, comme la catégorie «\u00a0ignore\u00a0» du JRC (tungstène, tantale, béryllium et isotopes radioactifs, qui ne sont pas propres au cycle du combustible nucléaire).',
  pgMSpecH: 'Codes spécifiques et codes larges\u00a0: une borne supérieure',
  pgMSpec1:
    'Un code SH regroupe de nombreux biens, dont une partie seulement est contrôlée. Un code marqué «\u00a0spécifique\u00a0» correspond à un bien contrôlé\u202f; un code marqué «\u00a0large\u00a0» couvre aussi beaucoup d’échanges non contrôlés (les circuits intégrés, par exemple).',
  pgMSpec2:
    'Toutes les valeurs sont donc une borne supérieure du commerce potentiellement stratégique. Elles ne mesurent ni les exportations autorisées ni le commerce illicite, et la part relevant de codes larges est indiquée partout où des valeurs sont affichées.',
  pgMSpec3:
    'Les logiciels et technologies contrôlés, ainsi que les biens qui franchissent les frontières sans déclaration en douane, n’apparaissent pas du tout dans les statistiques du commerce de marchandises.',
  pgMClassesH: 'Classes de la carte',
  pgMClasses1:
    'Les classes de couleur de la carte sont des quantiles des valeurs positives de la sélection\u00a0: chaque classe compte à peu près autant de pays que les autres\u202f; les bornes sont arrondies à deux chiffres significatifs pour que la légende soit lisible. La carte des variations utilise des classes fixes, symétriques autour de zéro (±5\u202f%, ±20\u202f%, ±50\u202f%).',
  pgMClasses2:
    'Un vrai zéro (un pays présent dans le jeu de données mais sans échange dans la sélection) a sa propre couleur, distincte de «\u00a0pas de données\u00a0» (un territoire absent du jeu de données).',
  pgMShareH: 'Part et variation',
  pgMShare1:
    'Part mondiale\u00a0: la valeur d’un pays divisée par le total mondial, somme sur tous les pays pour la même sélection, la même année et le même sens. Les parts de tous les pays font 100\u202f%.',
  pgMShare2:
    'Variation\u00a0: l’évolution relative par rapport à l’année précédente du jeu de données, (valeur − valeur précédente) ÷ valeur précédente. Elle n’est pas donnée pour la première année d’un jeu de données, ni quand la valeur précédente est nulle.',
  pgMEditionsH: 'Éditions du SH',
  pgMEditions1:
    'Le Système harmonisé est révisé environ tous les cinq ans (SH2017, SH2022…)\u00a0: des codes sont scindés, fusionnés ou déplacés. Une liste est rédigée dans une édition, et les mêmes six chiffres peuvent désigner d’autres biens dans une autre édition.',
  pgMEditions2:
    'Une liste établie dans une autre édition est convertie au moyen des tableaux de corrélation de l’ONU\u00a0: un code en correspondance biunivoque est converti exactement\u202f; un code scindé, fusionné ou en correspondance multiple est signalé, et les valeurs qui en relèvent sont une borne supérieure. Chaque jeu de données indique les listes converties et le nombre de codes convertis de façon inexacte\u202f; une liste n’est pas appliquée si aucun tableau ne relie les deux éditions.',
  pgMMirrorH: 'Statistiques miroirs',
  pgMMirror1:
    'Les statistiques miroirs décrivent les échanges d’un pays à partir des déclarations de ses partenaires\u00a0: ses exportations se lisent dans les importations que les autres pays déclarent en provenance de lui, et inversement. Elles révèlent les échanges des pays qui déclarent tard, partiellement ou pas du tout.',
  pgMMirror2:
    'Les deux côtés d’un flux concordent rarement\u00a0: les importations sont évaluées CAF et les exportations FAB, les biens sont classés ou datés différemment, certains échanges sont confidentiels et les réexportations brouillent l’origine. BACI réconcilie les deux côtés\u00a0: un pays apparaît à travers les déclarations de ses partenaires autant que par les siennes.',
  pgGlossaryH: 'Glossaire',
  pgGHsT: 'SH (Système harmonisé)',
  pgGHsD:
    'La nomenclature de l’Organisation mondiale des douanes pour classer les marchandises, utilisée par plus de 200 pays pour leurs tarifs douaniers et leurs statistiques commerciales.',
  pgGHs6T: 'SH6',
  pgGHs6D:
    'Une sous-position du SH à six chiffres, le niveau le plus détaillé qui soit identique dans tous les pays\u202f; les tarifs nationaux ajoutent d’autres chiffres.',
  pgGBaciT: 'BACI',
  pgGBaciD:
    'La base de données du CEPII sur le commerce bilatéral par code SH6, construite en réconciliant les déclarations des exportateurs et des importateurs dans UN Comtrade.',
  pgGDualT: 'Biens à double usage',
  pgGDualD:
    'Biens, logiciels et technologies qui ont des usages à la fois civils et militaires, ou qui peuvent servir à des armes de destruction massive.',
  pgGChplT: 'CHPL (liste commune des articles de haute priorité)',
  pgGChplD:
    'Codes SH d’articles trouvés dans les systèmes d’armes russes, publiés conjointement par les États-Unis, l’Union européenne, le Royaume-Uni et le Japon afin d’y concentrer l’application des contrôles à l’exportation.',
  pgGNsgT: 'GFN (Groupe des fournisseurs nucléaires, NSG)',
  pgGNsgD:
    'Pays fournisseurs nucléaires qui coordonnent leurs contrôles à l’exportation des biens nucléaires et des biens à double usage liés au nucléaire.',
  pgGMtcrT: 'RCTM (Régime de contrôle de la technologie des missiles, MTCR)',
  pgGMtcrD:
    'Partenariat informel de pays qui restreignent les exportations de missiles, de drones et des technologies associées capables d’emporter des armes de destruction massive.',
  pgGAgT: 'Groupe de l’Australie',
  pgGAgD:
    'Pays qui harmonisent leurs contrôles à l’exportation des produits chimiques, agents biologiques et équipements pouvant servir à des armes chimiques ou biologiques.',
  pgGWaT: 'Arrangement de Wassenaar',
  pgGWaD:
    'Arrangement multilatéral de contrôle des exportations d’armes conventionnelles et de biens et technologies à double usage\u202f; il tient à jour la Liste des munitions et la Liste des biens et technologies à double usage.',
  pgGCwcT: 'CIAC (Convention sur l’interdiction des armes chimiques, CWC)',
  pgGCwcD:
    'Le traité qui interdit les armes chimiques\u202f; ses tableaux énumèrent les produits chimiques toxiques et les précurseurs soumis à déclaration et à vérification par l’OIAC.',
  pgG1540T: 'Résolution 1540 du Conseil de sécurité',
  pgG1540D:
    'Résolution 1540 (2004) du Conseil de sécurité des Nations unies, qui oblige tous les États à empêcher les acteurs non étatiques d’obtenir des armes de destruction massive, notamment par des contrôles efficaces aux exportations et aux frontières.',
  pgGStceT: 'ACES (application des contrôles aux échanges de nature stratégique, en anglais STCE)',
  pgGStceD:
    'Le programme de l’Organisation mondiale des douanes qui aide les administrations douanières à faire respecter les contrôles des échanges de nature stratégique.',
  pgGCifT: 'CAF / FAB (CIF / FOB)',
  pgGCifD:
    'Coût, assurance, fret / franco à bord\u00a0: les importations sont en général évaluées CAF, à la frontière de l’importateur, et les exportations FAB, à la frontière de l’exportateur\u202f; cet écart est une des raisons pour lesquelles les flux miroirs divergent.',
  pgCatsExport:
    '{n, plural, one {La première catégorie} other {Les # premières catégories}} à l’exportation',
  pgCatsImport:
    '{n, plural, one {La première catégorie} other {Les # premières catégories}} à l’importation',
};

/** @public registered whole by the view that loads it (registerCatalog) */
export const es: Catalogue = {
  pgCode: 'Código SA',
  pgCategory: 'Categoría',
  pgNoMapShard:
    'el manifiesto no incluye ningún archivo de mapa para este conjunto de datos y esta lista',
  pgNoCountryShard:
    'el manifiesto no incluye ningún archivo para este país en este conjunto de datos',
  pgNoListShard: 'el manifiesto no incluye ningún archivo para esta lista',

  pgCountryTitle: 'Perfil del país',
  pgCountryNone: 'No hay ningún país elegido: abra uno desde el mapa o la clasificación.',
  pgCountryLede: '{list}: comercio en {year}. Datos: {dataset}.',
  pgBackToMap: 'Volver al mapa con los mismos filtros',
  pgCountryNoData:
    '{country}: el conjunto de datos {dataset} no tiene datos de comercio de este país o territorio, que no figura como exportador ni como importador de ningún código de las listas.',
  pgTotals: 'Totales',
  pgBalance: 'Saldo (exportaciones − importaciones)',
  pgRankOf:
    'Puesto {rank} de {n, plural, one {# país} other {# países}}; {share} del total mundial',
  pgNoTradeDirection: 'Sin comercio en este sentido.',
  pgChangeFrom: '{change} respecto a {prev}',
  pgUpperBoundNote:
    'Los valores por código SA son un límite superior del comercio estratégico: un código también cubre bienes no controlados.',
  pgByCategory: 'Por categoría',
  pgByCategoryCaption: '{list}: comercio por categoría, {year}',
  pgShareOfCountry: 'Cuota del total del país',
  pgNotInTotal: '(fuera del total de la lista)',
  pgCategoryOverlap:
    'Un código puede pertenecer a varias categorías y algunas categorías quedan fuera del total de la lista, así que la suma de las filas puede no coincidir con el total.',
  pgTopPartners: 'Principales socios',
  pgPartnersExport:
    '{n, plural, one {El primer destino} other {Los # primeros destinos}} de las exportaciones',
  pgPartnersImport:
    '{n, plural, one {El primer origen} other {Los # primeros orígenes}} de las importaciones',
  pgPartner: 'Socio',
  pgTopCodes: 'Principales códigos SA',
  pgTopCategories: 'Principales categorías',
  pgCodesExport: '{n, plural, one {El código más exportado} other {Los # códigos más exportados}}',
  pgCodesImport: '{n, plural, one {El código más importado} other {Los # códigos más importados}}',

  pgCompareLede:
    'Qué códigos SA añade o quita una lista respecto de otra, y cuánto comercio del conjunto de datos representan.',
  pgCompareNeedsTwo:
    'Una comparación necesita dos listas aplicadas al mismo conjunto de datos, y al conjunto de datos {dataset} se aplican menos de dos. Elija otro conjunto de datos.',
  pgCompareSame: 'Elija dos listas distintas para comparar.',
  pgCompareTotals: 'Totales',
  pgCmpCapExport: 'Exportaciones mundiales, {year}',
  pgCmpCapImport: 'Importaciones mundiales, {year}',
  pgGroup: 'Grupo',
  pgCodesCol: 'Códigos',
  pgTradedCol: 'Códigos con comercio',
  pgWorldTotalOf: 'Conjunto: {list} (total mundial)',
  pgOnlyIn: 'Solo: {list}',
  pgInBoth: 'En ambas listas',
  pgCompareSumNote:
    'El total de cada lista es el que muestra el mapa; cada grupo es la suma, sobre todos los países, del comercio bajo sus códigos. «Solo en A» más «en ambas» es igual al total de A. Un código sin datos en el conjunto no aporta nada a su grupo: la columna «códigos con datos» indica cuántos códigos de cada lista incluyen los datos de origen, y la falta de datos no equivale a cero.',
  pgCompareNoCodeValues:
    'Este conjunto de datos solo da valores por categoría, así que los códigos no pueden valorarse uno a uno.',
  pgCompareExcluded:
    'Los códigos que solo figuran en categorías excluidas del total de una lista no se comparan: {a} en la lista A, {b} en la lista B.',
  pgCompareCodes: 'Códigos',
  pgNoCodes: 'Ninguno.',
  pgDescription: 'Descripción',
  pgSpecificity: 'Especificidad',
  pgCore: 'específico',
  pgBroad: 'amplio',
  pgValueYear: 'Valor mundial, {year}',

  pgSourcesTitle: 'Fuentes y licencias',
  pgSourcesLede:
    'Todas las cifras del atlas proceden de los conjuntos de datos y las listas siguientes. Cite el conjunto de datos que utilice y respete su licencia.',
  pgPublisher: 'Editor',
  pgVersion: 'Versión',
  pgCopyCitation: 'Copiar la cita',
  pgCopied: 'Cita copiada.',
  pgCopyFailed: 'No se pudo copiar: seleccione el texto y cópielo.',
  pgSwTitle: 'Datos de referencia del programa',
  pgSwGeo: 'fronteras del mundo para el mapa',
  pgSwNames: 'nombres de países en inglés, francés, español y ruso',
  pgSwHs: 'descripciones de los códigos SA ({editions})',
  pgSwGeoLicence: 'Natural Earth: dominio público; world-atlas: ISC',
  pgSwMit: 'MIT',
  pgSwPddl: 'Open Data Commons Public Domain Dedication and License (PDDL)',
  pgBuildTitle: 'Informe de generación de los datos',
  pgBuildText:
    'Los archivos de datos los genera el proceso del atlas. Para cada archivo de entrada, el informe indica cuántas filas se leyeron, se conservaron, quedaron fuera de alcance o en cuarentena, y por qué.',
  pgBuildReport: 'lo que se leyó, se conservó y quedó en cuarentena, archivo por archivo',
  pgQuarantine: 'las filas que no pudieron usarse, con archivo, línea y motivo',

  pgMethodsTitle: 'Métodos y glosario',
  pgOnThisPage: 'En esta página',
  pgMValuesH: 'Cómo se construyen los valores',
  pgMValues1:
    'Los valores proceden de BACI (CEPII), que concilia las declaraciones de exportadores e importadores comunicadas a UN Comtrade en un solo valor por flujo: exportador, importador, código SA6 y año. Cuando ambas partes declaran, BACI las pondera según su fiabilidad y descuenta de los valores de importación los costes de transporte y seguro, de modo que cada flujo se cuenta una vez, franco a bordo.',
  pgMValues2:
    'BACI publica los valores en miles de dólares estadounidenses y las cantidades en toneladas métricas. El atlas multiplica los valores por 1000 de forma exacta, a partir del texto decimal y sin errores de redondeo, y los muestra en {currencies}; las cantidades siguen en toneladas. Los valores están en dólares corrientes, sin ajustar por inflación.',
  pgMValues3:
    'El conjunto de datos del Atlas del Comercio Nuclear del JRC se usa tal como se publica: valores por categoría del ciclo del combustible, sin detalle SA6. Las filas que no pueden usarse nunca se descartan en silencio: el informe de generación de los datos, enlazado desde la página Fuentes, las contabiliza.',
  pgMListsH: 'Listas, categorías y totales',
  pgMLists1:
    'Una lista estratégica es un conjunto de códigos SA6, cada uno en una categoría (por ejemplo nuclear, misiles o un nivel de la CHPL). El valor de una lista para un país es la suma de su comercio bajo esos códigos.',
  pgMLists2:
    'Un código puede estar en más de una categoría. El total de la lista cuenta cada código una sola vez, por lo que la suma de las categorías puede superar el total.',
  pgMLists3:
    'Algunas categorías se conservan a título informativo pero quedan fuera del total de la lista, como la categoría «ignore» del JRC (tungsteno, tantalio, berilio e isótopos radiactivos, que no son propios del ciclo del combustible nuclear).',
  pgMSpecH: 'Códigos específicos y amplios: un límite superior',
  pgMSpec1:
    'Un código SA agrupa muchos bienes y solo algunos están controlados. Un código marcado como específico corresponde a un bien controlado; uno marcado como amplio cubre también mucho comercio no controlado (los circuitos integrados, por ejemplo).',
  pgMSpec2:
    'Por eso todos los valores son un límite superior del comercio potencialmente estratégico. No miden las exportaciones autorizadas ni el comercio ilícito, y la parte bajo códigos amplios se indica allí donde se muestran valores.',
  pgMSpec3:
    'El software y la tecnología controlados, y los bienes que cruzan fronteras sin declaración aduanera, no aparecen en absoluto en las estadísticas de comercio de mercancías.',
  pgMClassesH: 'Clases del mapa',
  pgMClasses1:
    'Las clases de color del mapa son cuantiles de los valores positivos de la selección, de modo que cada clase reúne aproximadamente tantos países como las demás; los límites se redondean a dos cifras significativas para que la leyenda sea legible. El mapa de variación usa clases fijas, simétricas en torno a cero (±5 %, ±20 %, ±50 %).',
  pgMClasses2:
    'Un cero real (un país que está en el conjunto de datos pero sin comercio en la selección) tiene su propio color, distinto de «sin datos» (un lugar que no aparece en el conjunto de datos).',
  pgMShareH: 'Cuota y variación',
  pgMShare1:
    'Cuota mundial: el valor de un país dividido por el total mundial, que es la suma de todos los países para la misma selección, año y sentido. Las cuotas de todos los países suman 100 %.',
  pgMShare2:
    'Variación: el cambio relativo respecto del año anterior del conjunto de datos, (valor − valor anterior) ÷ valor anterior. No se muestra para el primer año de un conjunto de datos ni cuando el valor anterior es cero.',
  pgMEditionsH: 'Ediciones del SA',
  pgMEditions1:
    'El Sistema Armonizado se revisa aproximadamente cada cinco años (SA2017, SA2022…): los códigos se dividen, se fusionan o se trasladan. Una lista se redacta en una edición, y los mismos seis dígitos pueden designar otros bienes en otra edición.',
  pgMEditions2:
    'Una lista escrita en otra edición se convierte con las tablas de correlación de la ONU: un código con correspondencia uno a uno se convierte exactamente; un código dividido, fusionado o con correspondencia múltiple se marca, y los valores bajo él son un límite superior. Cada conjunto de datos indica qué listas se convirtieron y cuántos códigos no son exactos; una lista no se aplica si ninguna tabla vincula las dos ediciones.',
  pgMMirrorH: 'Estadísticas espejo',
  pgMMirror1:
    'Las estadísticas espejo describen el comercio de un país a partir de las declaraciones de sus socios: sus exportaciones se leen en las importaciones que los demás países declaran procedentes de él, y a la inversa. Revelan el comercio de los países que declaran tarde, de forma parcial o no declaran.',
  pgMMirror2:
    'Las dos partes de un flujo rara vez coinciden: las importaciones se valoran CIF y las exportaciones FOB, los bienes se clasifican o fechan de otro modo, parte del comercio es confidencial y las reexportaciones difuminan el origen. BACI concilia ambas partes, de modo que un país aparece a través de las declaraciones de sus socios además de las suyas.',
  pgGlossaryH: 'Glosario',
  pgGHsT: 'SA (Sistema Armonizado)',
  pgGHsD:
    'La nomenclatura de la Organización Mundial de Aduanas para clasificar mercancías, usada por más de 200 países en sus aranceles y estadísticas de comercio.',
  pgGHs6T: 'SA6',
  pgGHs6D:
    'Una subpartida del SA de seis dígitos, el nivel más detallado que es igual en todos los países; los aranceles nacionales añaden más dígitos.',
  pgGBaciT: 'BACI',
  pgGBaciD:
    'La base de datos del CEPII sobre comercio bilateral por código SA6, construida conciliando las declaraciones de exportadores e importadores en UN Comtrade.',
  pgGDualT: 'Productos de doble uso',
  pgGDualD:
    'Bienes, software y tecnología con usos tanto civiles como militares, o que pueden emplearse en armas de destrucción masiva.',
  pgGChplT: 'CHPL (lista común de artículos de alta prioridad)',
  pgGChplD:
    'Códigos SA de artículos hallados en sistemas de armas rusos, publicados conjuntamente por Estados Unidos, la Unión Europea, el Reino Unido y Japón para concentrar en ellos la aplicación de los controles a la exportación.',
  pgGNsgT: 'GSN (Grupo de Suministradores Nucleares, NSG)',
  pgGNsgD:
    'Países suministradores nucleares que coordinan el control de las exportaciones de bienes nucleares y de doble uso relacionados con lo nuclear.',
  pgGMtcrT: 'RCTM (Régimen de Control de la Tecnología de Misiles, MTCR)',
  pgGMtcrD:
    'Asociación informal de países que restringen las exportaciones de misiles, vehículos aéreos no tripulados y tecnología conexa capaces de transportar armas de destrucción masiva.',
  pgGAgT: 'Grupo de Australia',
  pgGAgD:
    'Países que armonizan el control de las exportaciones de sustancias químicas, agentes biológicos y equipos que podrían usarse para armas químicas o biológicas.',
  pgGWaT: 'Arreglo de Wassenaar',
  pgGWaD:
    'Arreglo multilateral de control de las exportaciones de armas convencionales y de bienes y tecnologías de doble uso; mantiene la Lista de Municiones y la Lista de Bienes y Tecnologías de Doble Uso.',
  pgGCwcT: 'CAQ (Convención sobre las Armas Químicas, CWC)',
  pgGCwcD:
    'El tratado que prohíbe las armas químicas; sus listas enumeran las sustancias químicas tóxicas y los precursores sujetos a declaración y verificación por la OPAQ.',
  pgG1540T: 'Resolución 1540 del Consejo de Seguridad',
  pgG1540D:
    'Resolución 1540 (2004) del Consejo de Seguridad de las Naciones Unidas, que obliga a todos los Estados a impedir que agentes no estatales obtengan armas de destrucción masiva, en particular mediante controles eficaces de las exportaciones y las fronteras.',
  pgGStceT: 'Aplicación del control de comercio estratégico (STCE)',
  pgGStceD:
    'El programa de la Organización Mundial de Aduanas (OMA) que ayuda a las administraciones aduaneras a aplicar los controles del comercio estratégico.',
  pgGCifT: 'CIF / FOB',
  pgGCifD:
    'Coste, seguro y flete / franco a bordo: las importaciones suelen valorarse CIF, en la frontera del importador, y las exportaciones FOB, en la frontera del exportador; esa diferencia es una de las razones por las que los flujos espejo no coinciden.',
  pgCatsExport:
    '{n, plural, one {La categoría más exportada} other {Las # categorías más exportadas}}',
  pgCatsImport:
    '{n, plural, one {La categoría más importada} other {Las # categorías más importadas}}',
};

/** @public registered whole by the view that loads it (registerCatalog) */
export const ru: Catalogue = {
  pgCode: 'Код ГС',
  pgCategory: 'Категория',
  pgNoMapShard: 'в манифесте нет файла карты для этого набора данных и списка',
  pgNoCountryShard: 'в манифесте нет файла этой страны для этого набора данных',
  pgNoListShard: 'в манифесте нет файла этого списка',

  pgCountryTitle: 'Профиль страны',
  pgCountryNone: 'Страна не выбрана: откройте её на карте или в рейтинге.',
  pgCountryLede: 'Торговля: {list}; период: {year}. Данные: {dataset}.',
  pgBackToMap: 'Вернуться к карте с теми же фильтрами',
  pgCountryNoData:
    '{country}: в наборе данных «{dataset}» нет торговых данных — ни экспорта, ни импорта по кодам списков этого набора.',
  pgTotals: 'Итоги',
  pgBalance: 'Сальдо (экспорт − импорт)',
  pgRankOf:
    'Место {rank} из {n, plural, one {# страны} few {# стран} many {# стран} other {# страны}}; {share} мирового итога',
  pgNoTradeDirection: 'Нет торговли в этом направлении.',
  pgChangeFrom: '{change} к {prev}',
  pgUpperBoundNote:
    'Значения по кодам ГС — верхняя граница стратегической торговли: код охватывает и неконтролируемые товары.',
  pgByCategory: 'По категориям',
  pgByCategoryCaption: '{list}: торговля по категориям, {year}',
  pgShareOfCountry: 'Доля в итоге страны',
  pgNotInTotal: '(не входит в итог списка)',
  pgCategoryOverlap:
    'Код может входить в несколько категорий, а некоторые категории исключены из итога списка, поэтому сумма строк может не совпадать с итогом.',
  pgTopPartners: 'Основные партнёры',
  pgPartnersExport:
    '{n, plural, one {# основная страна} few {# основные страны} many {# основных стран} other {# основной страны}} назначения экспорта',
  pgPartnersImport:
    '{n, plural, one {# основная страна} few {# основные страны} many {# основных стран} other {# основной страны}} происхождения импорта',
  pgPartner: 'Партнёр',
  pgTopCodes: 'Основные коды ГС',
  pgTopCategories: 'Основные категории',
  pgCodesExport:
    '{n, plural, one {# код} few {# кода} many {# кодов} other {# кода}} с наибольшим экспортом',
  pgCodesImport:
    '{n, plural, one {# код} few {# кода} many {# кодов} other {# кода}} с наибольшим импортом',

  pgCompareLede:
    'Какие коды ГС один список добавляет или исключает по сравнению с другим и какой объём торговли в наборе данных на них приходится.',
  pgCompareNeedsTwo:
    'Для сравнения нужны два списка, применённых к одному набору данных, а к набору {dataset} применяется меньше двух. Выберите другой набор данных.',
  pgCompareSame: 'Выберите для сравнения два разных списка.',
  pgCompareTotals: 'Итоги',
  pgCmpCapExport: 'Мировой экспорт, {year}',
  pgCmpCapImport: 'Мировой импорт, {year}',
  pgGroup: 'Группа',
  pgCodesCol: 'Коды',
  pgTradedCol: 'Коды с торговлей',
  pgWorldTotalOf: '{list}: весь список (мировой итог)',
  pgOnlyIn: 'Только в списке: {list}',
  pgInBoth: 'В обоих списках',
  pgCompareSumNote:
    'Итог каждого списка совпадает с итогом на карте; каждая группа — сумма торговли по её кодам по всем странам. «Только в A» плюс «в обоих» равно итогу списка A. Код, по которому в наборе нет данных, ничего не добавляет к своей группе: столбец «коды с данными» показывает, сколько кодов каждого списка содержат исходные данные, а отсутствие данных не означает нулевое значение.',
  pgCompareNoCodeValues:
    'Этот набор данных даёт значения только по категориям, поэтому оценить коды по отдельности нельзя.',
  pgCompareExcluded:
    'Коды, входящие только в категории, исключённые из итога списка, не сравниваются: {a} в списке A, {b} в списке B.',
  pgCompareCodes: 'Коды',
  pgNoCodes: 'Нет.',
  pgDescription: 'Описание',
  pgSpecificity: 'Специфичность',
  pgCore: 'специфичный',
  pgBroad: 'широкий',
  pgValueYear: 'Мировая стоимость, {year}',

  pgSourcesTitle: 'Источники и лицензии',
  pgSourcesLede:
    'Все цифры атласа взяты из приведённых ниже наборов данных и списков. Ссылайтесь на используемый набор данных и соблюдайте его лицензию.',
  pgPublisher: 'Издатель',
  pgVersion: 'Версия',
  pgCopyCitation: 'Скопировать текст для цитирования',
  pgCopied: 'Текст для цитирования скопирован.',
  pgCopyFailed: 'Не удалось скопировать: выделите текст и скопируйте его.',
  pgSwTitle: 'Справочные данные программы',
  pgSwGeo: 'границы стран для карты',
  pgSwNames: 'названия стран на английском, французском, испанском и русском языках',
  pgSwHs: 'описания кодов ГС ({editions})',
  pgSwGeoLicence: 'Natural Earth: общественное достояние; world-atlas: ISC',
  pgSwMit: 'MIT',
  pgSwPddl: 'Open Data Commons Public Domain Dedication and License (PDDL)',
  pgBuildTitle: 'Отчёт о подготовке данных',
  pgBuildText:
    'Файлы данных создаются программой подготовки данных атласа. Для каждого входного файла отчёт указывает, сколько строк прочитано, сохранено, оставлено за пределами охвата и помещено в карантин, и почему.',
  pgBuildReport: 'что прочитано, сохранено и помещено в карантин, по файлам',
  pgQuarantine: 'строки, которые нельзя использовать, с файлом, номером строки и причиной',

  pgMethodsTitle: 'Методика и глоссарий',
  pgOnThisPage: 'На этой странице',
  pgMValuesH: 'Как строятся значения',
  pgMValues1:
    'Стоимости взяты из базы BACI (CEPII), которая согласует данные экспортёров и импортёров, представленные в UN Comtrade, в одно значение на поток: экспортёр, импортёр, код ГС6 и год. Когда отчитываются обе стороны, BACI взвешивает их по надёжности и вычитает из стоимости импорта расходы на перевозку и страхование, так что каждый поток учитывается один раз, в ценах ФОБ.',
  pgMValues2:
    'BACI публикует стоимости в тысячах долларов США, а количества — в метрических тоннах. Атлас умножает стоимости на 1000 точно, по десятичной записи, без ошибок округления, и показывает их в {currencies}; количества остаются в тоннах. Стоимости даны в текущих долларах, без поправки на инфляцию.',
  pgMValues3:
    'Набор данных Атласа ядерной торговли JRC используется в опубликованном виде: стоимости по категориям ядерного топливного цикла, без детализации ГС6. Непригодные строки никогда не отбрасываются молча: их подсчитывает отчёт о подготовке данных, ссылка на который есть на странице «Источники».',
  pgMListsH: 'Списки, категории и итоги',
  pgMLists1:
    'Стратегический список — это набор кодов ГС6, каждый из которых отнесён к категории (например, ядерные товары, ракеты или уровень CHPL). Значение списка для страны — сумма её торговли по этим кодам.',
  pgMLists2:
    'Код может входить в несколько категорий. Итог списка учитывает каждый код один раз, поэтому сумма по категориям может превышать итог.',
  pgMLists3:
    'Некоторые категории сохраняются для справки, но не входят в итог списка, например категория JRC «ignore» (вольфрам, тантал, бериллий и радиоактивные изотопы, не специфичные для ядерного топливного цикла).',
  pgMSpecH: 'Специфичные и широкие коды: верхняя граница',
  pgMSpec1:
    'Код ГС объединяет множество товаров, и лишь часть из них контролируется. Код с пометкой «специфичный» соответствует контролируемому товару; код с пометкой «широкий» охватывает и значительную неконтролируемую торговлю (например, интегральные схемы).',
  pgMSpec2:
    'Поэтому все значения — верхняя граница потенциально стратегической торговли. Они не измеряют ни лицензированный экспорт, ни незаконную торговлю, а доля широких кодов указывается везде, где показаны значения.',
  pgMSpec3:
    'Контролируемые программное обеспечение и технологии, а также товары, пересекающие границу без таможенной декларации, вовсе не отражаются в статистике торговли товарами.',
  pgMClassesH: 'Классы карты',
  pgMClasses1:
    'Цветовые классы карты — квантили положительных значений выборки, так что в каждом классе примерно одинаковое число стран; границы классов округляются до двух значащих цифр, чтобы легенду было легко читать. Карта изменений использует фиксированные классы, симметричные относительно нуля (±5 %, ±20 %, ±50 %).',
  pgMClasses2:
    'Настоящий ноль (страна есть в наборе данных, но в выборке у неё нет торговли) имеет собственный цвет, отличный от «нет данных» (территория, которой нет в наборе данных).',
  pgMShareH: 'Доля и изменение',
  pgMShare1:
    'Доля в мире: значение страны, делённое на мировой итог — сумму по всем странам для той же выборки, года и направления. Доли всех стран в сумме дают 100 %.',
  pgMShare2:
    'Изменение: относительное изменение по сравнению с предыдущим годом набора данных, (значение − предыдущее значение) ÷ предыдущее значение. Не показывается для первого года набора данных и когда предыдущее значение равно нулю.',
  pgMEditionsH: 'Редакции ГС',
  pgMEditions1:
    'Гармонизированная система пересматривается примерно раз в пять лет (ГС2017, ГС2022…): коды разделяются, объединяются или переносятся. Список составлен в одной редакции, и те же шесть цифр в другой редакции могут означать другие товары.',
  pgMEditions2:
    'Список в другой редакции преобразуется по таблицам соответствия ООН: код с однозначным соответствием переводится точно; код, который разделён, объединён или соответствует многим кодам, помечается, и значения по нему — верхняя граница. Для каждого набора данных указано, какие списки преобразованы и сколько кодов неточны; список не применяется, если нет таблицы, связывающей две редакции.',
  pgMMirrorH: 'Зеркальная статистика',
  pgMMirror1:
    'Зеркальная статистика описывает торговлю страны по данным её партнёров: её экспорт определяется по импорту из неё, заявленному другими странами, и наоборот. Так видна торговля стран, которые отчитываются поздно, частично или не отчитываются вовсе.',
  pgMMirror2:
    'Две стороны одного потока редко совпадают: импорт оценивается по СИФ, экспорт — по ФОБ, товары классифицируются или датируются по-разному, часть торговли конфиденциальна, а реэкспорт размывает происхождение. BACI согласует обе стороны, поэтому страна видна и по данным партнёров, и по собственным данным.',
  pgGlossaryH: 'Глоссарий',
  pgGHsT: 'ГС (Гармонизированная система)',
  pgGHsD:
    'Номенклатура Всемирной таможенной организации для классификации товаров, которую более 200 стран используют в таможенных тарифах и торговой статистике.',
  pgGHs6T: 'ГС6',
  pgGHs6D:
    'Шестизначная субпозиция ГС — самый подробный уровень, одинаковый во всех странах; национальные тарифы добавляют дополнительные знаки.',
  pgGBaciT: 'BACI',
  pgGBaciD:
    'База данных CEPII о двусторонней торговле по кодам ГС6, построенная путём согласования данных экспортёров и импортёров в UN Comtrade.',
  pgGDualT: 'Товары двойного назначения',
  pgGDualD:
    'Товары, программное обеспечение и технологии, имеющие как гражданское, так и военное применение или пригодные для создания оружия массового уничтожения.',
  pgGChplT: 'CHPL (общий список высокоприоритетных товаров)',
  pgGChplD:
    'Коды ГС товаров, обнаруженных в российских системах вооружений; список совместно опубликован США, Европейским союзом, Великобританией и Японией, чтобы сосредоточить экспортный контроль на этих товарах.',
  pgGNsgT: 'ГЯП (Группа ядерных поставщиков, NSG)',
  pgGNsgD:
    'Страны — поставщики ядерных материалов и оборудования, координирующие экспортный контроль ядерных товаров и связанных с ними товаров двойного назначения.',
  pgGMtcrT: 'РКРТ (Режим контроля за ракетной технологией, MTCR)',
  pgGMtcrD:
    'Неформальное объединение стран, ограничивающих экспорт ракет, беспилотных летательных аппаратов и связанных с ними технологий, способных доставлять оружие массового уничтожения.',
  pgGAgT: 'Австралийская группа',
  pgGAgD:
    'Страны, согласующие экспортный контроль химических веществ, биологических агентов и оборудования, которые могут быть использованы для химического или биологического оружия.',
  pgGWaT: 'Вассенаарские договорённости',
  pgGWaD:
    'Многосторонний режим экспортного контроля обычных вооружений, а также товаров и технологий двойного назначения; ведёт Список боеприпасов и Список товаров и технологий двойного назначения.',
  pgGCwcT: 'КХО (Конвенция о химическом оружии, CWC)',
  pgGCwcD:
    'Договор о запрещении химического оружия; его списки перечисляют токсичные химикаты и прекурсоры, подлежащие объявлению и проверке ОЗХО.',
  pgG1540T: 'Резолюция СБ ООН 1540',
  pgG1540D:
    'Резолюция 1540 (2004) Совета Безопасности ООН, обязывающая все государства не допускать приобретения оружия массового уничтожения негосударственными субъектами, в том числе с помощью эффективного экспортного и пограничного контроля.',
  pgGStceT: 'STCE (обеспечение соблюдения мер контроля стратегической торговли)',
  pgGStceD:
    'Программа Всемирной таможенной организации, помогающая таможенным службам обеспечивать соблюдение мер контроля стратегической торговли.',
  pgGCifT: 'СИФ / ФОБ (CIF / FOB)',
  pgGCifD:
    'Стоимость, страхование и фрахт / франко-борт: импорт обычно оценивается по СИФ, на границе импортёра, а экспорт — по ФОБ, на границе экспортёра; эта разница — одна из причин расхождения зеркальных потоков.',
  pgCatsExport:
    '{n, plural, one {# категория} few {# категории} many {# категорий} other {# категории}} с наибольшим экспортом',
  pgCatsImport:
    '{n, plural, one {# категория} few {# категории} many {# категорий} other {# категории}} с наибольшим импортом',
};
