/**
 * The download README's fixed wording (README.txt and the XLSX README sheet), loaded with the
 * download code only. metadata.json keeps the English texts; the README follows the interface
 * language. Texts from the sources (citations, licences, coverage, notes, list names) are
 * placeholders: they stay as published. Keys start with "rm" so they cannot collide with the
 * other catalogues. Fragments that start with a space or "; " are appended to a sentence.
 */
export const en = {
  rmTitleShown: 'Strategic Trade Atlas: {dataset}, data shown in the {view} view',
  rmTitleFull: 'Strategic Trade Atlas: {dataset}, full dataset',
  rmViewMap: 'map',
  rmViewTable: 'table',
  rmViewCountry: 'country',
  rmViewProduct: 'product',
  rmViewFlows: 'flows',
  rmViewCompare: 'compare',
  rmViewMethods: 'methods',
  rmViewSources: 'sources',
  rmViewGroup: 'group',
  rmViewRegime: 'regime',
  rmDownloaded: 'Downloaded {created} from {url}',
  rmBuild:
    'Data build: {file} ({rows, plural, one {# row} other {# rows}}, SHA-256 {sha}), made by {by}.',
  rmLanguageNote:
    'Texts quoted from the sources stay in English, as published: the citation, source, publisher and licence of the dataset and of each list, and any coverage description or build note the atlas cannot word. So do the country names and HS descriptions in the data: the data files have the same column names and values in every language of the atlas.',
  rmHFilters: 'Filters applied',
  rmHTotals: 'Rows and totals',
  rmHSource: 'Source',
  rmHLists: 'Lists',
  rmHCoverage: 'Data coverage',
  rmHColumns: 'Columns',
  rmHFormats: 'Formats',
  rmHCaveats: 'Caveats',
  rmHCite: 'How to cite',
  rmAsLink: 'As a link: {url}',
  rmRows: '{n, plural, one {# row} other {# rows}}.',
  rmTotal:
    '{label}: {rows, plural, one {# row} other {# rows}}; sum of all rows {sum} {currency}; {flows, plural, one {# distinct flow, counted once} other {# distinct flows, each counted once}}: {once} {currency}.',
  rmReportedByExporter: 'reported by the exporter',
  rmReportedByImporter: 'reported by the importer',
  rmDoubleCount:
    'Adding up the category rows double-counts codes that sit in several categories or lists: the total the atlas shows is {once} {currency}, not {sum}.',
  rmCountryTotal:
    '{country}: exports {exports} {currency}, imports {imports} {currency} (each flow once).',
  rmSourceLine: 'Source: {source}. Publisher: {publisher}. {url}',
  rmLicenceLine: 'Licence: {licence} ({url})',
  rmCitationLine: 'Citation: {citation}',
  rmEditionLine: 'HS edition: {edition}{years}. Currency: {currency}. Frequency: {frequency}.',
  rmFreqYear: 'year',
  rmFreqMonth: 'month',
  rmYears: 'Years: {years}.',
  rmYearsMonths:
    'Years: {years}; months {first} to {last} ({n, plural, one {# month} other {# months}}).',
  rmCoverageLine: 'Coverage: {coverage}.',
  rmCoverageWorld: 'world trade as reported by the source',
  rmListLine: '{name} ({id}), version {version}, {edition}. Source: {source}. Licence: {licence}.',
  rmCovSubset: 'The input holds {parts}: a product subset, and totals cover these codes only.',
  rmCovSubsetPart: '{k} of the {n, plural, one {# {edition} code} other {# {edition} codes}}',
  rmCovSubsetPartUnknown:
    '{k, plural, one {# {edition} code} other {# {edition} codes}} (the nomenclature was not among the inputs)',
  rmCovReach:
    'The data speak for {ex, plural, one {# exporter} other {# exporters}} and {im, plural, one {# importer} other {# importers}}; other places are not covered: no data, not zero.',
  rmCovAll:
    "{list}, {year}: {n, plural, one {the list's only code has} other {all # codes have}} data in this dataset.",
  rmCovAllCat:
    "{list}, {year}: {n, plural, one {the list's only category has} other {all # categories have}} data in this dataset.",
  rmCovPart:
    '{list}, {year}: {k} of the {n, plural, one {# code} other {# codes}} {k, plural, one {has} other {have}} data in this dataset{codes}{rest}{totals}.',
  rmCovPartCat:
    '{list}, {year}: {k} of the {n, plural, one {# category} other {# categories}} {k, plural, one {has} other {have}} data in this dataset{codes}{rest}{totals}.',
  rmCovNone:
    "{list}, {year}: {n, plural, one {the list's only code has no} other {none of the # codes has}} data in this dataset: no data, not zero{rest}.",
  rmCovNoneCat:
    "{list}, {year}: {n, plural, one {the list's only category has no} other {none of the # categories has}} data in this dataset: no data, not zero{rest}.",
  rmCovTotals: '; totals in this file cover {k, plural, one {that code} other {the # codes}} only',
  rmCovTotalsCat:
    '; totals in this file cover {k, plural, one {that category} other {the # categories}} only',
  rmCovWithout: '; {m} {m, plural, one {has} other {have}} none{codes}',
  rmCovWithoutCat: '; {m} {m, plural, one {has} other {have}} none{codes}',
  rmCovNoCounterpart:
    '; {m} {m, plural, one {has} other {have}} no counterpart in {edition}{codes}',
  rmColumnsText:
    'One row per flow and list category. year and period (YYYY, or YYYY-MM for monthly data); exporter and importer as ISO 3166 alpha-3 codes and English names; hs6 and its description; list and category; value in whole units of currency (ISO 4217), not thousands; quantity_t in tonnes.',
  rmFormatItem: '{format}: {text}',
  rmFmtCsv:
    'UTF-8 with a byte-order mark (so spreadsheets read it as UTF-8), comma-separated, RFC 4180 quoting, LF line ends; numbers unformatted, value in whole currency units, quantity_t in tonnes (empty when unknown).',
  rmFmtJson:
    'One object {"metadata": ..., "data": [...]}: data is an array of row objects with the CSV columns; year, value and quantity_t are numbers (quantity_t null when unknown). Text is raw: no apostrophes added (JSON is not opened by spreadsheets).',
  rmFmtXlsx:
    'Sheet "data" with the CSV columns (numbers as numbers), sheet "README" with this text.',
  rmFmtNeutralLabel: 'neutralisation',
  rmFmtNeutral:
    'In CSV and XLSX, a text cell beginning with =, +, -, @, a tab or a carriage return is prefixed with an apostrophe so that a spreadsheet shows it and never runs it as a formula.',
  rmCavUpperBound:
    'HS codes are wider than the items of a control list: the values are an upper bound of strategic trade, loosest under codes a list marks "broad" (they also hold goods that are not controlled).',
  rmCavOneRow:
    'One row per flow and list category: a code in two categories (or on two lists) appears once for each, so adding up all rows counts such flows more than once. The totals below give the sum of the rows and the sum counting each flow once, which is what the atlas shows.',
  rmCavCoverage:
    'Coverage: {coverage}. Totals and shares are totals of this coverage, not of world trade.',
  rmCavSeriesBreak:
    "Series break: the data follow {edition} except {years}; a list's coverage can change where the edition changes.",
  rmCavConversion: 'HS edition conversion: {text}',
  rmConv:
    '{list} ({from}) applied to {to} data through {tables}{via}: {codes, plural, one {# list code} other {# list codes}} ({counts}) {codes, plural, one {reaches} other {reach}} {targets, plural, one {# code} other {# codes}}, {upper} of them through codes that are not exact (their values are an upper bound){setAside}.',
  rmConvVia: ' via {via}',
  rmConvSetAside: '; {n, plural, one {# link} other {# links}} to catch-all headings set aside',
  rmLinkExact: '{n, plural, one {# exact} other {# exact}}',
  rmLinkSplit: '{n, plural, one {# split} other {# split}}',
  rmLinkMerged: '{n, plural, one {# merged} other {# merged}}',
  rmLinkNone: '{n, plural, one {# without a match} other {# without a match}}',
  rmCavMirror:
    "Both declarations of a flow are kept: the reported_by column says whether a row is the exporter's or the importer's report. Never add the two: exports are the exporter's reports, imports the importer's.",
  rmCavReconciled: 'One value per flow, reconciled by the source from both declarations.',
  rmCavOneSide:
    "One value per flow: one side's reports; the other side's figures are mirror values.",
  rmCavAggregates:
    '{rows, plural, one {# source row recognised as a total of other rows (World partner, TOTAL, headings), worth {value} {currency}, was set aside and is} other {# source rows recognised as totals of other rows (World partner, TOTAL, headings), worth {value} {currency}, were set aside and are}} not in this file.',
  rmCavNotApplied: 'The {list} is not applied to this dataset: {reason}.',
  rmCavPartial:
    'Lists with codes that have no data in this dataset: {items}. A total of such a list covers only its codes with data; the others are no data, not zero.',
  rmCavPartialCat:
    'Lists with categories that have no data in this dataset: {items}. A total of such a list covers only its categories with data; the others are no data, not zero.',
  rmCiteLicence: 'Licence: {licence} ({url}).',
  rmCiteList: 'List: {name}, version {version} ({source}; {licence}).',
  rmCiteAtlas:
    'Filtered with the Strategic Trade Atlas (data file {file}, SHA-256 {sha}): {url}, downloaded {date}.',
  rmFDataset: 'Dataset: {title} ({id})',
  rmFMonth: 'Month: {period}',
  rmFYear: 'Year: {year}',
  rmFList: 'List: {name} ({id}), whole list',
  rmFListLeftOut: "; categories outside the list's total left out: {cats}",
  rmFCategory: 'List: {name} ({id}), category {cat}',
  rmFLists: 'Lists: {lists}',
  rmFHs: 'HS code: {codes} (rows of every list holding it)',
  rmFCodes: 'Your own HS codes: {codes} (rows of every list holding them)',
  rmFExporter: 'Exporter: {country}',
  rmFImporter: 'Importer: {country}',
  rmFCountry: 'Country: {country}, as exporter or importer',
  rmFPartner: 'Partner: {country}',
  rmFGroup:
    'Group: {group}; rows where a member is the exporter or the importer (members: {members})',
  rmFOwnGroup: 'your own group',
  rmFByExporter: 'Declarations: as reported by the exporter',
  rmFByImporter: 'Declarations: as reported by the importer',
  rmFNone: 'None: the dataset’s whole table of strategic goods',
  rmLinkNN: '{n, plural, one {# many-to-many} other {# many-to-many}}',
  rmYearEdition: '{year}: {edition}',
};

export type ReadmeKey = keyof typeof en;
type Catalogue = Record<ReadmeKey, string>;

export const fr: Catalogue = {
  rmTitleShown:
    'Atlas du commerce stratégique\u00a0: {dataset}, données affichées dans la vue «\u00a0{view}\u00a0»',
  rmTitleFull: 'Atlas du commerce stratégique\u00a0: {dataset}, jeu de données complet',
  rmViewMap: 'carte',
  rmViewTable: 'classement',
  rmViewCountry: 'pays',
  rmViewProduct: 'produit',
  rmViewFlows: 'flux',
  rmViewCompare: 'comparaison',
  rmViewMethods: 'méthodes',
  rmViewSources: 'sources',
  rmViewGroup: 'groupe',
  rmViewRegime: 'régime',
  rmDownloaded: 'Téléchargé le {created} depuis {url}',
  rmBuild:
    'Fichier de données\u00a0: {file} ({rows, plural, one {# ligne} other {# lignes}}, SHA-256 {sha}), produit par {by}.',
  rmLanguageNote:
    'Les textes cités des sources restent en anglais, tels que publiés\u00a0: citation, source, éditeur et licence du jeu de données et de chaque liste, et toute description de couverture ou note de la chaîne de traitement que l’atlas ne sait pas formuler. De même pour les noms de pays et les libellés SH figurant dans les données\u00a0: les fichiers de données ont les mêmes noms de colonnes et les mêmes valeurs dans toutes les langues de l’atlas.',
  rmHFilters: 'Filtres appliqués',
  rmHTotals: 'Lignes et totaux',
  rmHSource: 'Source des données',
  rmHLists: 'Listes',
  rmHCoverage: 'Couverture des données',
  rmHColumns: 'Colonnes',
  rmHFormats: 'Formats des fichiers',
  rmHCaveats: 'Mises en garde',
  rmHCite: 'Comment citer',
  rmAsLink: 'Sous forme de lien\u00a0: {url}',
  rmRows: '{n, plural, one {# ligne} other {# lignes}}.',
  rmTotal:
    '{label}\u00a0: {rows, plural, one {# ligne} other {# lignes}}\u202f; somme de toutes les lignes {sum} {currency}\u202f; {flows, plural, one {# flux distinct, compté une fois} other {# flux distincts, chacun compté une fois}}\u00a0: {once} {currency}.',
  rmReportedByExporter: 'déclaré par l’exportateur',
  rmReportedByImporter: 'déclaré par l’importateur',
  rmDoubleCount:
    'Additionner les lignes de catégories compte deux fois les codes présents dans plusieurs catégories ou listes\u00a0: le total affiché par l’atlas est {once} {currency}, et non {sum}.',
  rmCountryTotal:
    '{country}\u00a0: exportations {exports} {currency}, importations {imports} {currency} (chaque flux une fois).',
  rmSourceLine: 'Source\u00a0: {source}. Éditeur\u00a0: {publisher}. {url}',
  rmLicenceLine: 'Licence\u00a0: {licence} ({url})',
  rmCitationLine: 'Citation\u00a0: {citation}',
  rmEditionLine:
    'Édition du SH\u00a0: {edition}{years}. Monnaie\u00a0: {currency}. Fréquence\u00a0: {frequency}.',
  rmFreqYear: 'annuelle',
  rmFreqMonth: 'mensuelle',
  rmYears: 'Années\u00a0: {years}.',
  rmYearsMonths:
    'Années\u00a0: {years}\u202f; mois de {first} à {last} ({n, plural, one {# mois} other {# mois}}).',
  rmCoverageLine: 'Couverture\u00a0: {coverage}.',
  rmCoverageWorld: 'le commerce mondial tel que la source le déclare',
  rmListLine:
    '{name} ({id}), version {version}, {edition}. Source\u00a0: {source}. Licence\u00a0: {licence}.',
  rmCovSubset:
    'Les données sources ne comprennent que {parts}\u00a0: il s’agit d’un sous-ensemble de produits, et les totaux ne portent que sur ces codes.',
  rmCovSubsetPart: '{k, plural, one {# code} other {# codes}} sur les {n} de l’édition {edition}',
  rmCovSubsetPartUnknown:
    '{k, plural, one {# code} other {# codes}} de l’édition {edition} (la nomenclature ne figure pas parmi les données sources)',
  rmCovReach:
    'Les données ne portent que sur {ex, plural, one {# pays exportateur} other {# pays exportateurs}} et {im, plural, one {# pays importateur} other {# pays importateurs}}\u202f; les autres pays ne sont pas couverts\u00a0: absence de données, et non valeur nulle.',
  rmCovAll:
    '{list}, {year}\u00a0: {n, plural, one {le seul code de la liste a} other {les # codes de la liste ont}} des données dans ce jeu de données.',
  rmCovAllCat:
    '{list}, {year}\u00a0: {n, plural, one {la seule catégorie de la liste a} other {les # catégories de la liste ont}} des données dans ce jeu de données.',
  rmCovPart:
    '{list}, {year}\u00a0: {k, plural, one {# code} other {# codes}} sur {n} {k, plural, one {a} other {ont}} des données dans ce jeu de données{codes}{rest}{totals}.',
  rmCovPartCat:
    '{list}, {year}\u00a0: {k, plural, one {# catégorie} other {# catégories}} sur {n} {k, plural, one {a} other {ont}} des données dans ce jeu de données{codes}{rest}{totals}.',
  rmCovNone:
    '{list}, {year}\u00a0: {n, plural, one {le seul code de la liste n’a pas} other {aucun des # codes n’a}} de données dans ce jeu de données\u00a0: absence de données, et non valeur nulle{rest}.',
  rmCovNoneCat:
    '{list}, {year}\u00a0: {n, plural, one {la seule catégorie de la liste n’a pas} other {aucune des # catégories n’a}} de données dans ce jeu de données\u00a0: absence de données, et non valeur nulle{rest}.',
  rmCovTotals:
    '\u202f; les totaux de ce fichier ne portent que sur {k, plural, one {ce code} other {ces # codes}}',
  rmCovTotalsCat:
    '\u202f; les totaux de ce fichier ne portent que sur {k, plural, one {cette catégorie} other {ces # catégories}}',
  rmCovWithout: '\u202f; {m} n’en {m, plural, one {a} other {ont}} pas{codes}',
  rmCovWithoutCat: '\u202f; {m} n’en {m, plural, one {a} other {ont}} pas{codes}',
  rmCovNoCounterpart:
    '\u202f; {m, plural, one {# code n’a} other {# codes n’ont}} pas d’équivalent en {edition}{codes}',
  rmColumnsText:
    'Une ligne par flux et catégorie de liste. year et period (AAAA, ou AAAA-MM pour les données mensuelles)\u202f; exporter et importer\u00a0: codes ISO 3166 alpha-3 et noms anglais\u202f; hs6 et son libellé\u202f; list et category\u202f; value en unités entières de la monnaie (ISO 4217), pas en milliers\u202f; quantity_t en tonnes.',
  rmFormatItem: '{format}\u00a0: {text}',
  rmFmtCsv:
    'UTF-8 avec indicateur d’ordre des octets (BOM, pour que les tableurs le lisent en UTF-8), séparateur virgule, guillemets selon la RFC 4180, fins de ligne LF\u202f; nombres sans mise en forme (point décimal, sans séparateur de milliers), value en unités entières de la monnaie, quantity_t en tonnes (vide si inconnue).',
  rmFmtJson:
    'Un objet {"metadata"\u00a0: ..., "data"\u00a0: [...]}\u00a0: data est un tableau d’objets ligne avec les colonnes du CSV\u202f; year, value et quantity_t sont des nombres (quantity_t vaut null si inconnue). Le texte est brut\u00a0: aucune apostrophe ajoutée (le JSON n’est pas ouvert par les tableurs).',
  rmFmtXlsx:
    'Feuille «\u00a0data\u00a0» avec les colonnes du CSV (nombres en tant que nombres), feuille «\u00a0README\u00a0» avec ce texte.',
  rmFmtNeutralLabel: 'neutralisation des formules',
  rmFmtNeutral:
    'En CSV et XLSX, une cellule de texte commençant par =, +, -, @, une tabulation ou un retour chariot est précédée d’une apostrophe, pour qu’un tableur l’affiche sans jamais l’exécuter comme une formule.',
  rmCavUpperBound:
    'Les codes SH sont plus larges que les articles d’une liste de contrôle\u00a0: les valeurs sont une borne supérieure du commerce stratégique, d’autant moins serrée pour les codes qu’une liste marque «\u00a0larges\u00a0» (ils couvrent aussi des biens non contrôlés).',
  rmCavOneRow:
    'Une ligne par flux et catégorie de liste\u00a0: un code présent dans deux catégories (ou sur deux listes) apparaît une fois pour chacune, donc additionner toutes les lignes compte ces flux plusieurs fois. Les totaux donnent la somme des lignes et la somme où chaque flux compte une fois, celle que montre l’atlas.',
  rmCavCoverage:
    'Couverture\u00a0: {coverage}. Les totaux et les parts sont ceux de cette couverture, pas du commerce mondial.',
  rmCavSeriesBreak:
    'Rupture de série\u00a0: les données suivent l’édition {edition}, sauf {years}\u202f; la couverture d’une liste peut changer là où l’édition change.',
  rmCavConversion: 'Conversion d’édition du SH\u00a0: {text}',
  rmConv:
    '{list} ({from}), appliquée aux données en {to} au moyen de {tables}{via}\u00a0: {codes, plural, one {# code de la liste} other {# codes de la liste}} ({counts}) {codes, plural, one {atteint} other {atteignent}} {targets, plural, one {# code} other {# codes}}, dont {upper} par des correspondances non exactes (leurs valeurs sont une borne supérieure){setAside}.',
  rmConvVia: ' en passant par {via}',
  rmConvSetAside:
    '\u202f; {n, plural, one {# lien vers une position résiduelle écarté} other {# liens vers des positions résiduelles écartés}}',
  rmLinkExact: '{n, plural, one {# exact} other {# exacts}}',
  rmLinkSplit: '{n, plural, one {# scindé} other {# scindés}}',
  rmLinkMerged: '{n, plural, one {# fusionné} other {# fusionnés}}',
  rmLinkNone: '{n, plural, one {# sans correspondance} other {# sans correspondance}}',
  rmCavMirror:
    'Les deux déclarations d’un flux sont conservées\u00a0: la colonne reported_by indique si une ligne est la déclaration de l’exportateur ou celle de l’importateur. N’additionnez jamais les deux\u00a0: les exportations sont les déclarations des exportateurs, les importations celles des importateurs.',
  rmCavReconciled: 'Une valeur par flux, réconciliée par la source à partir des deux déclarations.',
  rmCavOneSide:
    'Une valeur par flux\u00a0: les déclarations d’une seule partie\u202f; les chiffres de l’autre partie sont des valeurs miroirs.',
  rmCavAggregates:
    '{rows, plural, one {# ligne de la source reconnue comme total d’autres lignes (partenaire World, TOTAL, positions), d’une valeur de {value} {currency}, a été écartée et ne figure} other {# lignes de la source reconnues comme totaux d’autres lignes (partenaire World, TOTAL, positions), d’une valeur de {value} {currency}, ont été écartées et ne figurent}} pas dans ce fichier.',
  rmCavNotApplied: '{list} n’est pas appliquée à ce jeu de données\u00a0: {reason}.',
  rmCavPartial:
    'Listes dont certains codes n’ont pas de données dans ce jeu de données\u00a0: {items}. Le total d’une telle liste ne porte que sur ses codes qui ont des données\u202f; pour les autres, il y a absence de données, et non valeur nulle.',
  rmCavPartialCat:
    'Listes dont certaines catégories n’ont pas de données dans ce jeu de données\u00a0: {items}. Le total d’une telle liste ne porte que sur ses catégories qui ont des données\u202f; pour les autres, il y a absence de données, et non valeur nulle.',
  rmCiteLicence: 'Licence\u00a0: {licence} ({url}).',
  rmCiteList: 'Liste\u00a0: {name}, version {version} ({source}\u202f; {licence}).',
  rmCiteAtlas:
    'Filtré avec l’Atlas du commerce stratégique (fichier de données {file}, SHA-256 {sha})\u00a0: {url}, téléchargé le {date}.',
  rmFDataset: 'Jeu de données\u00a0: {title} ({id})',
  rmFMonth: 'Mois\u00a0: {period}',
  rmFYear: 'Année\u00a0: {year}',
  rmFList: 'Liste\u00a0: {name} ({id}), liste entière',
  rmFListLeftOut: '\u202f; catégories hors du total de la liste écartées\u00a0: {cats}',
  rmFCategory: 'Liste\u00a0: {name} ({id}), catégorie {cat}',
  rmFLists: 'Listes\u00a0: {lists}',
  rmFHs: 'Code SH\u00a0: {codes} (lignes de toutes les listes qui le contiennent)',
  rmFCodes: 'Vos propres codes SH\u00a0: {codes} (lignes de toutes les listes qui les contiennent)',
  rmFExporter: 'Exportateur\u00a0: {country}',
  rmFImporter: 'Importateur\u00a0: {country}',
  rmFCountry: 'Pays\u00a0: {country}, comme exportateur ou importateur',
  rmFPartner: 'Partenaire\u00a0: {country}',
  rmFGroup:
    'Groupe\u00a0: {group}\u202f; lignes où un membre est l’exportateur ou l’importateur (membres\u00a0: {members})',
  rmFOwnGroup: 'votre propre groupe',
  rmFByExporter: 'Déclarations\u00a0: celles de l’exportateur',
  rmFByImporter: 'Déclarations\u00a0: celles de l’importateur',
  rmFNone: 'Aucun\u00a0: tout le tableau des biens stratégiques du jeu de données',
  rmLinkNN: '{n, plural, one {# en correspondance multiple} other {# en correspondance multiple}}',
  rmYearEdition: '{year}\u00a0: {edition}',
};

export const es: Catalogue = {
  rmTitleShown: 'Atlas del comercio estratégico: {dataset}, datos mostrados en la vista «{view}»',
  rmTitleFull: 'Atlas del comercio estratégico: {dataset}, conjunto de datos completo',
  rmViewMap: 'mapa',
  rmViewTable: 'clasificación',
  rmViewCountry: 'país',
  rmViewProduct: 'producto',
  rmViewFlows: 'flujos',
  rmViewCompare: 'comparación',
  rmViewMethods: 'métodos',
  rmViewSources: 'fuentes',
  rmViewGroup: 'grupo',
  rmViewRegime: 'régimen',
  rmDownloaded: 'Descargado el {created} desde {url}',
  rmBuild:
    'Archivo de datos: {file} ({rows, plural, one {# fila} other {# filas}}, SHA-256 {sha}), generado por {by}.',
  rmLanguageNote:
    'Los textos citados de las fuentes se mantienen en inglés, tal como se publicaron: la cita, la fuente, el editor y la licencia del conjunto de datos y de cada lista, y toda descripción de cobertura o nota del proceso de generación que el atlas no sabe formular. Lo mismo ocurre con los nombres de países y las descripciones del SA que figuran en los datos: los archivos de datos tienen los mismos nombres de columnas y valores en todos los idiomas del atlas.',
  rmHFilters: 'Filtros aplicados',
  rmHTotals: 'Filas y totales',
  rmHSource: 'Fuente',
  rmHLists: 'Listas',
  rmHCoverage: 'Cobertura de los datos',
  rmHColumns: 'Columnas',
  rmHFormats: 'Formatos',
  rmHCaveats: 'Advertencias',
  rmHCite: 'Cómo citar',
  rmAsLink: 'Como enlace: {url}',
  rmRows: '{n, plural, one {# fila} other {# filas}}.',
  rmTotal:
    '{label}: {rows, plural, one {# fila} other {# filas}}; suma de todas las filas {sum} {currency}; {flows, plural, one {# flujo distinto, contado una vez} other {# flujos distintos, cada uno contado una vez}}: {once} {currency}.',
  rmReportedByExporter: 'declarado por el exportador',
  rmReportedByImporter: 'declarado por el importador',
  rmDoubleCount:
    'Sumar las filas de categorías cuenta dos veces los códigos que están en varias categorías o listas: el total que muestra el atlas es {once} {currency}, no {sum}.',
  rmCountryTotal:
    '{country}: exportaciones {exports} {currency}, importaciones {imports} {currency} (cada flujo una vez).',
  rmSourceLine: 'Fuente: {source}. Editor: {publisher}. {url}',
  rmLicenceLine: 'Licencia: {licence} ({url})',
  rmCitationLine: 'Cita: {citation}',
  rmEditionLine: 'Edición del SA: {edition}{years}. Moneda: {currency}. Frecuencia: {frequency}.',
  rmFreqYear: 'anual',
  rmFreqMonth: 'mensual',
  rmYears: 'Años: {years}.',
  rmYearsMonths:
    'Años: {years}; meses de {first} a {last} ({n, plural, one {# mes} other {# meses}}).',
  rmCoverageLine: 'Cobertura: {coverage}.',
  rmCoverageWorld: 'el comercio mundial tal como lo declara la fuente',
  rmListLine: '{name} ({id}), versión {version}, {edition}. Fuente: {source}. Licencia: {licence}.',
  rmCovSubset:
    'Los datos de origen solo incluyen {parts}: se trata de un subconjunto de productos, y los totales solo abarcan esos códigos.',
  rmCovSubsetPart:
    '{k} de {n, plural, one {# código} other {los # códigos}} de la edición {edition}',
  rmCovSubsetPartUnknown:
    '{k, plural, one {# código} other {# códigos}} de la edición {edition} (la nomenclatura no figura entre los datos de origen)',
  rmCovReach:
    'Los datos solo abarcan {ex, plural, one {# país exportador} other {# países exportadores}} y {im, plural, one {# país importador} other {# países importadores}}; los demás países no están cubiertos: sin datos, lo que no equivale a cero.',
  rmCovAll:
    '{list}, {year}: {n, plural, one {el único código de la lista tiene} other {los # códigos de la lista tienen}} datos en este conjunto de datos.',
  rmCovAllCat:
    '{list}, {year}: {n, plural, one {la única categoría de la lista tiene} other {las # categorías de la lista tienen}} datos en este conjunto de datos.',
  rmCovPart:
    '{list}, {year}: {k} de {n, plural, one {# código} other {los # códigos}} {k, plural, one {tiene} other {tienen}} datos en este conjunto de datos{codes}{rest}{totals}.',
  rmCovPartCat:
    '{list}, {year}: {k} de {n, plural, one {# categoría} other {las # categorías}} {k, plural, one {tiene} other {tienen}} datos en este conjunto de datos{codes}{rest}{totals}.',
  rmCovNone:
    '{list}, {year}: {n, plural, one {el único código de la lista no tiene} other {ninguno de los # códigos tiene}} datos en este conjunto de datos: sin datos, lo que no equivale a cero{rest}.',
  rmCovNoneCat:
    '{list}, {year}: {n, plural, one {la única categoría de la lista no tiene} other {ninguna de las # categorías tiene}} datos en este conjunto de datos: sin datos, lo que no equivale a cero{rest}.',
  rmCovTotals:
    '; los totales de este archivo solo abarcan {k, plural, one {ese código} other {esos # códigos}}',
  rmCovTotalsCat:
    '; los totales de este archivo solo abarcan {k, plural, one {esa categoría} other {esas # categorías}}',
  rmCovWithout: '; {m} no {m, plural, one {tiene} other {tienen}} datos{codes}',
  rmCovWithoutCat: '; {m} no {m, plural, one {tiene} other {tienen}} datos{codes}',
  rmCovNoCounterpart:
    '; {m, plural, one {# código no tiene} other {# códigos no tienen}} equivalente en {edition}{codes}',
  rmColumnsText:
    'Una fila por flujo y categoría de lista. year y period (AAAA, o AAAA-MM para datos mensuales); exporter e importer como códigos ISO 3166 alfa-3 y nombres en inglés; hs6 y su descripción; list y category; value en unidades enteras de la moneda (ISO 4217), no en miles; quantity_t en toneladas.',
  rmFormatItem: '{format}: {text}',
  rmFmtCsv:
    'UTF-8 con marca de orden de bytes (BOM, para que las hojas de cálculo lo lean como UTF-8), separado por comas, comillas según la RFC 4180, finales de línea LF; números sin formato (punto decimal, sin separador de miles), value en unidades enteras de la moneda, quantity_t en toneladas (vacío si se desconoce).',
  rmFmtJson:
    'Un objeto {"metadata": ..., "data": [...]}: data es una matriz de objetos de fila con las columnas del CSV; year, value y quantity_t son números (quantity_t es null si se desconoce). El texto va sin modificar: no se añaden apóstrofos (las hojas de cálculo no abren JSON).',
  rmFmtXlsx:
    'Hoja «data» con las columnas del CSV (números como números), hoja «README» con este texto.',
  rmFmtNeutralLabel: 'neutralización de fórmulas',
  rmFmtNeutral:
    'En CSV y XLSX, una celda de texto que empieza por =, +, -, @, un tabulador o un retorno de carro lleva delante un apóstrofo para que la hoja de cálculo la muestre y nunca la ejecute como fórmula.',
  rmCavUpperBound:
    'Los códigos del SA son más amplios que los artículos de una lista de control: los valores son un límite superior del comercio estratégico, más holgado en los códigos que una lista marca como «amplios» (también contienen bienes no controlados).',
  rmCavOneRow:
    'Una fila por flujo y categoría de lista: un código en dos categorías (o en dos listas) aparece una vez en cada una, así que sumar todas las filas cuenta esos flujos más de una vez. Los totales dan la suma de las filas y la suma contando cada flujo una vez, que es la que muestra el atlas.',
  rmCavCoverage:
    'Cobertura: {coverage}. Los totales y las cuotas son los de esta cobertura, no los del comercio mundial.',
  rmCavSeriesBreak:
    'Ruptura de serie: los datos siguen la edición {edition}, salvo {years}; la cobertura de una lista puede cambiar donde cambia la edición.',
  rmCavConversion: 'Conversión de edición del SA: {text}',
  rmConv:
    '{list} ({from}), aplicada a los datos en {to} mediante {tables}{via}: {codes, plural, one {# código de la lista} other {# códigos de la lista}} ({counts}) {codes, plural, one {llega} other {llegan}} a {targets, plural, one {# código} other {# códigos}}, {upper} de ellos mediante correspondencias no exactas (sus valores son un límite superior){setAside}.',
  rmConvVia: ' pasando por {via}',
  rmConvSetAside:
    '; {n, plural, one {# enlace a una partida residual descartado} other {# enlaces a partidas residuales descartados}}',
  rmLinkExact: '{n, plural, one {# exacto} other {# exactos}}',
  rmLinkSplit: '{n, plural, one {# dividido} other {# divididos}}',
  rmLinkMerged: '{n, plural, one {# fusionado} other {# fusionados}}',
  rmLinkNone: '{n, plural, one {# sin correspondencia} other {# sin correspondencia}}',
  rmCavMirror:
    'Se conservan las dos declaraciones de un flujo: la columna reported_by indica si una fila es la declaración del exportador o la del importador. No sume nunca las dos: las exportaciones son las declaraciones de los exportadores; las importaciones, las de los importadores.',
  rmCavReconciled: 'Un valor por flujo, conciliado por la fuente a partir de ambas declaraciones.',
  rmCavOneSide:
    'Un valor por flujo: las declaraciones de una sola parte; las cifras de la otra parte son valores espejo.',
  rmCavAggregates:
    '{rows, plural, one {# fila de la fuente reconocida como total de otras filas (socio World, TOTAL, partidas), por un valor de {value} {currency}, se apartó y no está} other {# filas de la fuente reconocidas como totales de otras filas (socio World, TOTAL, partidas), por un valor de {value} {currency}, se apartaron y no están}} en este archivo.',
  rmCavNotApplied: '{list} no se aplica a este conjunto de datos: {reason}.',
  rmCavPartial:
    'Listas con códigos sin datos en este conjunto de datos: {items}. El total de una de estas listas solo abarca sus códigos con datos; los demás figuran sin datos, lo que no equivale a cero.',
  rmCavPartialCat:
    'Listas con categorías sin datos en este conjunto de datos: {items}. El total de una de estas listas solo abarca sus categorías con datos; las demás figuran sin datos, lo que no equivale a cero.',
  rmCiteLicence: 'Licencia: {licence} ({url}).',
  rmCiteList: 'Lista: {name}, versión {version} ({source}; {licence}).',
  rmCiteAtlas:
    'Filtrado con el Atlas del comercio estratégico (archivo de datos {file}, SHA-256 {sha}): {url}, descargado el {date}.',
  rmFDataset: 'Conjunto de datos: {title} ({id})',
  rmFMonth: 'Mes: {period}',
  rmFYear: 'Año: {year}',
  rmFList: 'Lista: {name} ({id}), lista completa',
  rmFListLeftOut: '; se excluyen las categorías fuera del total de la lista: {cats}',
  rmFCategory: 'Lista: {name} ({id}), categoría {cat}',
  rmFLists: 'Listas: {lists}',
  rmFHs: 'Código SA: {codes} (filas de todas las listas que lo contienen)',
  rmFCodes: 'Sus propios códigos SA: {codes} (filas de todas las listas que los contienen)',
  rmFExporter: 'Exportador: {country}',
  rmFImporter: 'Importador: {country}',
  rmFCountry: 'País: {country}, como exportador o importador',
  rmFPartner: 'Socio: {country}',
  rmFGroup:
    'Grupo: {group}; filas en las que un miembro es el exportador o el importador (miembros: {members})',
  rmFOwnGroup: 'su propio grupo',
  rmFByExporter: 'Declaraciones: las del exportador',
  rmFByImporter: 'Declaraciones: las del importador',
  rmFNone: 'Ninguno: toda la tabla de bienes estratégicos del conjunto de datos',
  rmLinkNN: '{n, plural, one {# de varios a varios} other {# de varios a varios}}',
  rmYearEdition: '{year}: {edition}',
};

export const ru: Catalogue = {
  rmTitleShown: 'Атлас стратегической торговли: {dataset}, данные раздела «{view}»',
  rmTitleFull: 'Атлас стратегической торговли: {dataset}, весь набор данных',
  rmViewMap: 'карта',
  rmViewTable: 'рейтинг',
  rmViewCountry: 'профиль страны',
  rmViewProduct: 'профиль товара',
  rmViewFlows: 'потоки',
  rmViewCompare: 'сравнение списков',
  rmViewMethods: 'методика',
  rmViewSources: 'источники',
  rmViewGroup: 'группа',
  rmViewRegime: 'режим',
  rmDownloaded: 'Скачано {created} с {url}',
  rmBuild:
    'Файл данных: {file} ({rows, plural, one {# строка} few {# строки} many {# строк} other {# строки}}, SHA-256 {sha}), создан скриптом {by}.',
  rmLanguageNote:
    'Тексты, цитируемые из источников, приводятся на английском языке, как они опубликованы: библиографическая ссылка, источник, издатель и лицензия набора данных и каждого списка, а также описания охвата и примечания, сформированные при подготовке данных, которые атлас не умеет сформулировать сам. То же относится к названиям стран и описаниям кодов ГС в самих данных: названия столбцов и значения в файлах данных одинаковы во всех языках атласа.',
  rmHFilters: 'Применённые фильтры',
  rmHTotals: 'Строки и итоги',
  rmHSource: 'Источник',
  rmHLists: 'Списки',
  rmHCoverage: 'Охват данных',
  rmHColumns: 'Столбцы',
  rmHFormats: 'Форматы',
  rmHCaveats: 'Оговорки',
  rmHCite: 'Как цитировать',
  rmAsLink: 'В виде ссылки: {url}',
  rmRows: '{n, plural, one {# строка} few {# строки} many {# строк} other {# строки}}.',
  rmTotal:
    '{label}: {rows, plural, one {# строка} few {# строки} many {# строк} other {# строки}}; сумма всех строк {sum} {currency}; {flows, plural, one {# отдельный поток} few {# отдельных потока} many {# отдельных потоков} other {# отдельного потока}}, каждый учтён один раз: {once} {currency}.',
  rmReportedByExporter: 'по данным экспортёра',
  rmReportedByImporter: 'по данным импортёра',
  rmDoubleCount:
    'При сложении строк категорий коды, входящие в несколько категорий или списков, учитываются дважды: атлас показывает итог {once} {currency}, а не {sum}.',
  rmCountryTotal:
    '{country}: экспорт {exports} {currency}, импорт {imports} {currency} (каждый поток один раз).',
  rmSourceLine: 'Источник: {source}. Издатель: {publisher}. {url}',
  rmLicenceLine: 'Лицензия: {licence} ({url})',
  rmCitationLine: 'Библиографическая ссылка: {citation}',
  rmEditionLine: 'Редакция ГС: {edition}{years}. Валюта: {currency}. Периодичность: {frequency}.',
  rmFreqYear: 'годовая',
  rmFreqMonth: 'месячная',
  rmYears: 'Годы: {years}.',
  rmYearsMonths:
    'Годы: {years}; месяцы с {first} по {last} ({n, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}).',
  rmCoverageLine: 'Охват: {coverage}.',
  rmCoverageWorld: 'мировая торговля по данным источника',
  rmListLine:
    '{name} ({id}), версия {version}, {edition}. Источник: {source}. Лицензия: {licence}.',
  rmCovSubset:
    'Исходные данные содержат {parts}: это лишь часть номенклатуры, и итоги охватывают только эти коды.',
  rmCovSubsetPart:
    '{k} из {n, plural, one {# шестизначного кода} few {# шестизначных кодов} many {# шестизначных кодов} other {# шестизначного кода}} {edition}',
  rmCovSubsetPartUnknown:
    '{k, plural, one {# шестизначный код} few {# шестизначных кода} many {# шестизначных кодов} other {# шестизначного кода}} {edition} (номенклатуры нет среди исходных данных)',
  rmCovReach:
    'Данные есть лишь по {ex, plural, one {# стране-экспортёру} few {# странам-экспортёрам} many {# странам-экспортёрам} other {# стране-экспортёру}} и {im, plural, one {# стране-импортёру} few {# странам-импортёрам} many {# странам-импортёрам} other {# стране-импортёру}}; по остальным странам нет данных, что не означает нулевой торговли.',
  rmCovAll:
    '{list}, {year}: в наборе данных {n, plural, =1 {представлен единственный код списка} one {представлены все # код списка} few {представлены все # кода списка} many {представлены все # кодов списка} other {представлены все # кода списка}}.',
  rmCovAllCat:
    '{list}, {year}: в наборе данных {n, plural, =1 {представлена единственная категория списка} one {представлены все # категория списка} few {представлены все # категории списка} many {представлены все # категорий списка} other {представлены все # категории списка}}.',
  rmCovPart:
    '{list}, {year}: в наборе данных {k, plural, one {представлен} few {представлены} many {представлены} other {представлены}} {k} из {n, plural, one {# кода} few {# кодов} many {# кодов} other {# кода}} списка{codes}{rest}{totals}.',
  rmCovPartCat:
    '{list}, {year}: в наборе данных {k, plural, one {представлена} few {представлены} many {представлены} other {представлены}} {k} из {n, plural, one {# категории} few {# категорий} many {# категорий} other {# категории}} списка{codes}{rest}{totals}.',
  rmCovNone:
    '{list}, {year}: набор данных не содержит сведений {n, plural, =1 {по единственному коду списка} one {ни по одному из # кода списка} few {ни по одному из # кодов списка} many {ни по одному из # кодов списка} other {ни по одному из # кода списка}}: это отсутствие данных, а не нулевое значение{rest}.',
  rmCovNoneCat:
    '{list}, {year}: набор данных не содержит сведений {n, plural, =1 {по единственной категории списка} one {ни по одной из # категории списка} few {ни по одной из # категорий списка} many {ни по одной из # категорий списка} other {ни по одной из # категории списка}}: это отсутствие данных, а не нулевое значение{rest}.',
  rmCovTotals:
    '; итоги в этом файле охватывают только {k, plural, =1 {этот код} one {эти # код} few {эти # кода} many {эти # кодов} other {эти # кода}}',
  rmCovTotalsCat:
    '; итоги в этом файле охватывают только {k, plural, =1 {эту категорию} one {эти # категорию} few {эти # категории} many {эти # категорий} other {эти # категории}}',
  rmCovWithout:
    '; по {m, plural, one {# коду} few {# кодам} many {# кодам} other {# коду}} нет данных{codes}',
  rmCovWithoutCat:
    '; по {m, plural, one {# категории} few {# категориям} many {# категориям} other {# категории}} нет данных{codes}',
  rmCovNoCounterpart:
    '; {m, plural, one {# код не имеет} few {# кода не имеют} many {# кодов не имеют} other {# кода не имеют}} соответствия в {edition}{codes}',
  rmColumnsText:
    'Одна строка на поток и категорию списка. year и period (ГГГГ или ГГГГ-ММ для месячных данных); exporter и importer — коды ISO 3166 alpha-3 и английские названия; hs6 и его описание; list и category; value — в целых единицах валюты (ISO 4217), не в тысячах; quantity_t — в тоннах.',
  rmFormatItem: '{format}: {text}',
  rmFmtCsv:
    'UTF-8 с меткой порядка байтов (BOM, чтобы электронные таблицы читали файл как UTF-8), разделитель — запятая, кавычки по RFC 4180, концы строк LF; числа без форматирования (десятичная точка, без разделителя тысяч), value — в целых единицах валюты, quantity_t — в тоннах (пусто, если неизвестно).',
  rmFmtJson:
    'Один объект {"metadata": ..., "data": [...]}: data — массив объектов-строк со столбцами CSV; year, value и quantity_t — числа (quantity_t равно null, если неизвестно). Текст без изменений: апострофы не добавляются (JSON не открывают в электронных таблицах).',
  rmFmtXlsx:
    'Лист «data» со столбцами CSV (числа записаны как числа), лист «README» с этим текстом.',
  rmFmtNeutralLabel: 'нейтрализация формул',
  rmFmtNeutral:
    'В CSV и XLSX перед текстом ячейки, начинающимся с =, +, -, @, табуляции или возврата каретки, ставится апостроф, чтобы электронная таблица показывала его и никогда не выполняла как формулу.',
  rmCavUpperBound:
    'Коды ГС шире позиций контрольного списка: значения — верхняя граница стратегической торговли, особенно завышенная для кодов, которые список помечает как «широкие» (в них входят и неконтролируемые товары).',
  rmCavOneRow:
    'Одна строка на поток и категорию списка: код, входящий в две категории (или в два списка), встречается по разу в каждой, поэтому сумма всех строк учитывает такие потоки больше одного раза. В итогах приведены сумма строк и сумма с учётом каждого потока один раз — именно её показывает атлас.',
  rmCavCoverage:
    'Охват: {coverage}. Итоги и доли относятся к этому охвату, а не к мировой торговле.',
  rmCavSeriesBreak:
    'Разрыв ряда: данные следуют редакции {edition}, кроме {years}; охват списка может меняться там, где меняется редакция.',
  rmCavConversion: 'Пересчёт между редакциями ГС: {text}',
  rmConv:
    '{list} ({from}): список применён к данным в {to} по таблицам {tables}{via}: {codes, plural, one {# код списка} few {# кода списка} many {# кодов списка} other {# кода списка}} ({counts}) {codes, plural, one {переходит} few {переходят} many {переходят} other {переходят}} в {targets, plural, one {# код} few {# кода} many {# кодов} other {# кода}} данных, из них {upper} — через неточные соответствия (их значения — верхняя граница){setAside}.',
  rmConvVia: ' через {via}',
  rmConvSetAside:
    '; {n, plural, one {# связь с остаточной позицией не учтена} few {# связи с остаточными позициями не учтены} many {# связей с остаточными позициями не учтено} other {# связи с остаточными позициями не учтено}}',
  rmLinkExact: '{n, plural, one {# точный} few {# точных} many {# точных} other {# точного}}',
  rmLinkSplit:
    '{n, plural, one {# разделённый} few {# разделённых} many {# разделённых} other {# разделённого}}',
  rmLinkMerged:
    '{n, plural, one {# объединённый} few {# объединённых} many {# объединённых} other {# объединённого}}',
  rmLinkNone:
    '{n, plural, one {# без соответствия} few {# без соответствия} many {# без соответствия} other {# без соответствия}}',
  rmCavMirror:
    'Сохраняются данные обеих сторон о потоке: столбец reported_by показывает, чьи это данные — экспортёра или импортёра. Никогда не складывайте их: экспорт — это данные экспортёров, импорт — данные импортёров.',
  rmCavReconciled: 'Одно значение на поток, согласованное источником по данным обеих сторон.',
  rmCavOneSide:
    'Одно значение на поток: данные одной стороны; цифры другой стороны — зеркальные значения.',
  rmCavAggregates:
    'Строки источника, распознанные как итоги других строк (партнёр World, TOTAL, товарные позиции), исключены и в этот файл не входят: {rows, plural, one {# строка} few {# строки} many {# строк} other {# строки}} на сумму {value} {currency}.',
  rmCavNotApplied: '{list}: список не применяется к этому набору данных: {reason}.',
  rmCavPartial:
    'Списки, часть кодов которых не представлена в этом наборе данных: {items}. Итог по такому списку охватывает только коды, по которым есть данные; по остальным нет данных, что не означает нулевого значения.',
  rmCavPartialCat:
    'Списки, часть категорий которых не представлена в этом наборе данных: {items}. Итог по такому списку охватывает только категории, по которым есть данные; по остальным нет данных, что не означает нулевого значения.',
  rmCiteLicence: 'Лицензия: {licence} ({url}).',
  rmCiteList: 'Список: {name}, версия {version} ({source}; {licence}).',
  rmCiteAtlas:
    'Отфильтровано в Атласе стратегической торговли (файл данных {file}, SHA-256 {sha}): {url}, скачано {date}.',
  rmFDataset: 'Набор данных: {title} ({id})',
  rmFMonth: 'Месяц: {period}',
  rmFYear: 'Год: {year}',
  rmFList: 'Список: {name} ({id}), весь список',
  rmFListLeftOut: '; категории вне итога списка исключены: {cats}',
  rmFCategory: 'Список: {name} ({id}), категория {cat}',
  rmFLists: 'Списки: {lists}',
  rmFHs: 'Код ГС: {codes} (строки всех списков, в которые он входит)',
  rmFCodes: 'Собственные коды ГС: {codes} (строки всех списков, в которые они входят)',
  rmFExporter: 'Экспортёр: {country}',
  rmFImporter: 'Импортёр: {country}',
  rmFCountry: 'Страна: {country}, как экспортёр или импортёр',
  rmFPartner: 'Партнёр: {country}',
  rmFGroup: 'Группа: {group}; строки, где экспортёр или импортёр — участник (участники: {members})',
  rmFOwnGroup: 'ваша группа',
  rmFByExporter: 'Сторона, сообщившая данные: экспортёр',
  rmFByImporter: 'Сторона, сообщившая данные: импортёр',
  rmFNone: 'Без фильтров: вся таблица стратегических товаров набора данных',
  rmLinkNN:
    '{n, plural, one {# «многие ко многим»} few {# «многие ко многим»} many {# «многие ко многим»} other {# «многие ко многим»}}',
  rmYearEdition: '{year}: {edition}',
};
