/**
 * Monthly datasets, periods and currencies: the month control, the country page's monthly
 * chart, the dataset facts on the Sources page and the Methods section. Keys start with "mo"
 * so they cannot collide with the other catalogues. Month names are not here: they come from
 * Intl.DateTimeFormat in the interface language.
 */
export const en = {
  moMonth: 'Month',
  moWholeYear: 'Whole year',
  moPrevMonth: 'Previous month',
  moNextMonth: 'Next month',
  moPartialYear: '{year}: {range} only (the year is partial).',
  moYearPart: '{year} ({range})',
  moYearlyOnly:
    'Monthly values exist for lists and categories only; a single HS code or your own list shows the whole year.',
  moChangeMonth: 'Change from the same month a year earlier',
  moChangePeriod: 'Change from the same months a year earlier',
  moChangeUnavailable:
    '{period} has no same period a year earlier in this dataset, so there is nothing to compare with.',
  moNoRowsOption: '{title} (no data)',
  moNoMonthShard: 'the manifest lists no monthly file for this dataset, list and year',

  moChartHeading: 'Month by month',
  moChartTitle: '{country}: monthly trade in {list}, in {currency}',
  moChartSummary:
    'Line chart of {months, plural, one {# month} other {# months}}, {from} to {to}; the table below gives every value.',
  moPeakExport: 'Highest exports: {value} in {month}.',
  moPeakImport: 'Highest imports: {value} in {month}.',
  moShowTable: 'Show the values as a table',
  moTableCaption: '{country}: monthly exports and imports of {list}, in {currency}',
  moTableHint: 'Choose a month to show it on the map.',
  moColMonth: 'Month',
  moNoDirection: '{country}: no {flow} under this list are recorded in this dataset.',
  moExportsWord: 'exports',
  moImportsWord: 'imports',
  moEditionBreak:
    'Series break in {year}: the data follow {from} until {prev} and {to} from {year}. A list’s codes are converted to each edition, so the goods it covers can differ on either side of the line.',
  moEditionMarker: '{edition} from this month',
  moSelectedMonth: 'shown on the map',
  moCountryPeriod: 'Totals for {period}; the chart below shows every month.',

  moCurrency: 'Currency',
  moFrequency: 'Frequency',
  moFreqYear: 'Yearly',
  moFreqMonth: 'Monthly',
  moMonthsCovered: 'Months covered',
  moMonthsValue: '{from} to {to} ({n, plural, one {# month} other {# months}})',
  moYearEditions: 'HS edition by year',
  moOtherwise: '{edition} in the other years',
  moMirror: 'Both declarations kept',
  moMirrorYes:
    'Yes: exports are the exporters’ declarations and imports the importers’; the two are never added together.',
  moMirrorNo:
    'No: one value per flow (reconciled by the source, or one side’s declarations), so the other side’s figures are mirror values.',
  moAggregates: 'Total rows set aside',
  moAggregatesValue:
    '{rows, plural, one {# row recognised as a total} other {# rows recognised as totals}} of other rows (World partner, TOTAL, headings), worth {value}: never added to the figures.',
  moAggregatesNone: 'None',
  moNoRows:
    'This dataset has no flow rows (for instance a format sample made only of total rows), so the dataset selector offers it disabled.',

  moMethodsH: 'Months, partial years and currencies',
  moMethods1:
    'Some datasets are monthly (Eurostat Comext). Choose a month under the year; the whole year is the sum of its months. A year still in progress is partial: the atlas names its months (“2022: January–November”) and compares it with the same months of the year before, never eleven months with twelve. The change for a month compares it with the same month a year earlier.',
  moMethods2:
    'Each dataset keeps the currency its source publishes ({currencies}); nothing is converted. Every view shows one dataset at a time, so values in different currencies are never added or compared.',
  moMethods3:
    'A dataset’s HS edition can change from one year to the next: the EU’s Combined Nomenclature (CN), in which Eurostat publishes its data, follows HS2017 until 2021 and HS2022 from 2022. Lists are converted to each edition, so the goods a list covers can change there; the country page’s monthly chart marks the break.',
  moYearsEdition: '{years}: {edition}',
};

type Catalogue = Record<keyof typeof en, string>;

export const fr: Catalogue = {
  moMonth: 'Mois',
  moWholeYear: 'Année entière',
  moPrevMonth: 'Mois précédent',
  moNextMonth: 'Mois suivant',
  moPartialYear: '{year}\u00a0: {range} seulement (année partielle).',
  moYearPart: '{year} ({range})',
  moYearlyOnly:
    'Les valeurs mensuelles existent pour les listes et catégories seulement\u202f; un code SH seul ou votre propre liste montre l’année entière.',
  moChangeMonth: 'Variation par rapport au même mois de l’année précédente',
  moChangePeriod: 'Variation par rapport aux mêmes mois de l’année précédente',
  moChangeUnavailable:
    '{period} n’a pas de même période un an plus tôt dans ce jeu de données\u00a0: rien à comparer.',
  moNoRowsOption: '{title} (pas de données)',
  moNoMonthShard:
    'le manifeste ne liste aucun fichier mensuel pour ce jeu de données, cette liste et cette année',

  moChartHeading: 'Mois par mois',
  moChartTitle: '{country}\u00a0: échanges mensuels, {list}, en {currency}',
  moChartSummary:
    'Graphique linéaire sur {months, plural, one {# mois} other {# mois}}, de {from} à {to}\u202f; le tableau ci-dessous donne toutes les valeurs.',
  moPeakExport: 'Exportations les plus élevées\u00a0: {value} en {month}.',
  moPeakImport: 'Importations les plus élevées\u00a0: {value} en {month}.',
  moShowTable: 'Afficher les valeurs sous forme de tableau',
  moTableCaption: '{country}\u00a0: exportations et importations mensuelles, {list}, en {currency}',
  moTableHint: 'Choisissez un mois pour l’afficher sur la carte.',
  moColMonth: 'Mois',
  moNoDirection:
    '{country}\u00a0: aucune {flow} relevant de cette liste n’est enregistrée dans ce jeu de données.',
  moExportsWord: 'exportation',
  moImportsWord: 'importation',
  moEditionBreak:
    'Rupture de série en {year}\u00a0: les données suivent le {from} jusqu’en {prev} et le {to} à partir de {year}. Les codes d’une liste sont convertis pour chaque édition\u00a0: les biens couverts peuvent différer de part et d’autre de la ligne.',
  moEditionMarker: '{edition} à partir de ce mois',
  moSelectedMonth: 'affiché sur la carte',
  moCountryPeriod: 'Totaux pour {period}\u202f; le graphique ci-dessous montre chaque mois.',

  moCurrency: 'Monnaie',
  moFrequency: 'Fréquence',
  moFreqYear: 'Annuelle',
  moFreqMonth: 'Mensuelle',
  moMonthsCovered: 'Mois couverts',
  moMonthsValue: 'de {from} à {to} ({n, plural, one {# mois} other {# mois}})',
  moYearEditions: 'Édition du SH par année',
  moOtherwise: '{edition} les autres années',
  moMirror: 'Déclarations des deux parties conservées',
  moMirrorYes:
    'Oui\u00a0: les exportations sont les déclarations des exportateurs et les importations celles des importateurs\u202f; elles ne sont jamais additionnées.',
  moMirrorNo:
    'Non\u00a0: une valeur par flux (rapprochée par la source, ou déclarée par un seul côté)\u202f; les chiffres de l’autre côté sont des valeurs miroirs.',
  moAggregates: 'Lignes de total mises de côté',
  moAggregatesValue:
    '{rows, plural, one {# ligne reconnue comme total} other {# lignes reconnues comme totaux}} d’autres lignes (partenaire Monde, TOTAL, positions), pour {value}\u00a0: jamais {rows, plural, one {ajoutée} other {ajoutées}} aux chiffres.',
  moAggregatesNone: 'Aucune',
  moNoRows:
    'Ce jeu de données n’a aucune ligne de flux (par exemple un échantillon de format fait seulement de lignes de total)\u00a0: le sélecteur le propose désactivé.',

  moMethodsH: 'Mois, années partielles et monnaies',
  moMethods1:
    'Certains jeux de données sont mensuels (Eurostat Comext). Choisissez un mois sous l’année\u202f; l’année entière est la somme de ses mois. Une année en cours est partielle\u00a0: l’atlas nomme ses mois («\u00a02022\u00a0: janvier–novembre\u00a0») et la compare aux mêmes mois de l’année précédente, jamais onze mois à douze. La variation d’un mois le compare au même mois un an plus tôt.',
  moMethods2:
    'Chaque jeu de données garde la monnaie publiée par sa source ({currencies})\u202f; rien n’est converti. Chaque vue montre un seul jeu de données à la fois\u00a0: des valeurs en monnaies différentes ne sont jamais additionnées ni comparées.',
  moMethods3:
    'L’édition du SH d’un jeu de données peut changer d’une année à l’autre\u00a0: la nomenclature combinée (NC) de l’UE, dans laquelle Eurostat publie ses données, suit le SH2017 jusqu’en 2021 et le SH2022 à partir de 2022. Les listes sont converties pour chaque édition, et les biens couverts peuvent donc changer à ce moment\u202f; le graphique mensuel de la page pays marque la rupture.',
  moYearsEdition: '{years}\u00a0: {edition}',
};

export const es: Catalogue = {
  moMonth: 'Mes',
  moWholeYear: 'Año completo',
  moPrevMonth: 'Mes anterior',
  moNextMonth: 'Mes siguiente',
  moPartialYear: '{year}: solo {range} (año parcial).',
  moYearPart: '{year} ({range})',
  moYearlyOnly:
    'Los valores mensuales existen solo para listas y categorías; un código SA suelto o su propia lista muestra el año completo.',
  moChangeMonth: 'Variación respecto al mismo mes del año anterior',
  moChangePeriod: 'Variación respecto a los mismos meses del año anterior',
  moChangeUnavailable:
    '{period} no tiene el mismo periodo un año antes en este conjunto de datos: no hay nada que comparar.',
  moNoRowsOption: '{title} (sin datos)',
  moNoMonthShard:
    'el manifiesto no incluye ningún archivo mensual para este conjunto de datos, lista y año',

  moChartHeading: 'Mes a mes',
  moChartTitle: '{country}: comercio mensual, {list}, en {currency}',
  moChartSummary:
    'Gráfico de líneas de {months, plural, one {# mes} other {# meses}}, de {from} a {to}; la tabla siguiente da todos los valores.',
  moPeakExport: 'Exportaciones más altas: {value} en {month}.',
  moPeakImport: 'Importaciones más altas: {value} en {month}.',
  moShowTable: 'Mostrar los valores como tabla',
  moTableCaption: '{country}: exportaciones e importaciones mensuales, {list}, en {currency}',
  moTableHint: 'Elija un mes para mostrarlo en el mapa.',
  moColMonth: 'Mes',
  moNoDirection: '{country}: no hay {flow} de esta lista registradas en este conjunto de datos.',
  moExportsWord: 'exportaciones',
  moImportsWord: 'importaciones',
  moEditionBreak:
    'Ruptura de serie en {year}: los datos siguen el {from} hasta {prev} y el {to} desde {year}. Los códigos de una lista se convierten a cada edición, así que los bienes cubiertos pueden diferir a cada lado de la línea.',
  moEditionMarker: '{edition} desde este mes',
  moSelectedMonth: 'mostrado en el mapa',
  moCountryPeriod: 'Totales de {period}; el gráfico de abajo muestra cada mes.',

  moCurrency: 'Moneda',
  moFrequency: 'Frecuencia',
  moFreqYear: 'Anual',
  moFreqMonth: 'Mensual',
  moMonthsCovered: 'Meses cubiertos',
  moMonthsValue: 'de {from} a {to} ({n, plural, one {# mes} other {# meses}})',
  moYearEditions: 'Edición del SA por año',
  moOtherwise: '{edition} en los demás años',
  moMirror: 'Ambas declaraciones conservadas',
  moMirrorYes:
    'Sí: las exportaciones son las declaraciones de los exportadores y las importaciones las de los importadores; nunca se suman.',
  moMirrorNo:
    'No: un valor por flujo (conciliado por la fuente, o declarado por un solo lado); las cifras del otro lado son valores espejo.',
  moAggregates: 'Filas de totales apartadas',
  moAggregatesValue:
    '{rows, plural, one {# fila reconocida como total} other {# filas reconocidas como totales}} de otras filas (socio Mundo, TOTAL, partidas), por {value}: nunca se suman a las cifras.',
  moAggregatesNone: 'Ninguna',
  moNoRows:
    'Este conjunto de datos no tiene filas de flujos (por ejemplo, una muestra de formato hecha solo de filas de totales), así que el selector lo ofrece desactivado.',

  moMethodsH: 'Meses, años parciales y monedas',
  moMethods1:
    'Algunos conjuntos de datos son mensuales (Eurostat Comext). Elija un mes bajo el año; el año completo es la suma de sus meses. Un año en curso es parcial: el atlas nombra sus meses («2022: enero–noviembre») y lo compara con los mismos meses del año anterior, nunca once meses con doce. La variación de un mes lo compara con el mismo mes un año antes.',
  moMethods2:
    'Cada conjunto de datos conserva la moneda que publica su fuente ({currencies}); no se convierte nada. Cada vista muestra un solo conjunto de datos, así que nunca se suman ni se comparan valores en monedas distintas.',
  moMethods3:
    'La edición del SA de un conjunto de datos puede cambiar de un año a otro: la nomenclatura combinada (NC) de la UE, en la que Eurostat publica sus datos, sigue el SA2017 hasta 2021 y el SA2022 desde 2022. Las listas se convierten a cada edición, así que los bienes cubiertos pueden cambiar en ese punto; el gráfico mensual de la página de país marca la ruptura.',
  moYearsEdition: '{years}: {edition}',
};

export const ru: Catalogue = {
  moMonth: 'Месяц',
  moWholeYear: 'Весь год',
  moPrevMonth: 'Предыдущий месяц',
  moNextMonth: 'Следующий месяц',
  moPartialYear: '{year}: только {range} (неполный год).',
  moYearPart: '{year} г. ({range})',
  moYearlyOnly:
    'Помесячные значения есть только для списков и категорий; для одного кода ГС или собственного списка показан весь год.',
  moChangeMonth: 'Изменение к тому же месяцу год назад',
  moChangePeriod: 'Изменение к тем же месяцам год назад',
  moChangeUnavailable:
    'Для периода «{period}» в этом наборе нет того же периода годом ранее, сравнивать не с чем.',
  moNoRowsOption: '{title} (нет данных)',
  moNoMonthShard: 'в манифесте нет помесячного файла для этого набора данных, списка и года',

  moChartHeading: 'По месяцам',
  moChartTitle: 'Помесячная торговля: {country}, {list}, в {currency}',
  moChartSummary:
    'Линейный график за {months, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}: {from} — {to}; в таблице ниже приведены все значения.',
  moPeakExport: 'Максимум экспорта: {value} ({month}).',
  moPeakImport: 'Максимум импорта: {value} ({month}).',
  moShowTable: 'Показать значения таблицей',
  moTableCaption: 'Помесячный экспорт и импорт: {country}, {list}, в {currency}',
  moTableHint: 'Выберите месяц, чтобы показать его на карте.',
  moColMonth: 'Месяц',
  moNoDirection: '{country}: в этом наборе данных нет сведений об {flow} по этому списку.',
  moExportsWord: 'экспорте',
  moImportsWord: 'импорте',
  moEditionBreak:
    'Разрыв ряда в {year} г.: до {prev} г. данные следуют {from}, с {year} г. — {to}. Коды списка пересчитываются для каждой редакции, поэтому охват товаров по обе стороны линии может различаться.',
  moEditionMarker: '{edition} с этого месяца',
  moSelectedMonth: 'показан на карте',
  moCountryPeriod: 'Итоги за период: {period}; на графике ниже — каждый месяц.',

  moCurrency: 'Валюта',
  moFrequency: 'Периодичность',
  moFreqYear: 'Годовая',
  moFreqMonth: 'Месячная',
  moMonthsCovered: 'Охваченные месяцы',
  moMonthsValue:
    '{from} — {to} ({n, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}})',
  moYearEditions: 'Редакция ГС по годам',
  moOtherwise: '{edition} в остальные годы',
  moMirror: 'Данные обеих сторон сохранены',
  moMirrorYes:
    'Да: экспорт — по данным экспортёров, импорт — по данным импортёров; они никогда не складываются.',
  moMirrorNo:
    'Нет: одно значение на поток (согласованное источником или заявленное одной стороной); данные другой стороны — зеркальные.',
  moAggregates: 'Исключённые итоговые строки',
  moAggregatesValue:
    '{rows, plural, one {# строка распознана} few {# строки распознаны} many {# строк распознано} other {# строки распознано}} как итоги других строк (партнёр «Мир», TOTAL, товарные позиции), на сумму {value}; к данным не прибавляются.',
  moAggregatesNone: 'Нет',
  moNoRows:
    'В этом наборе нет строк потоков (например, образец формата только из итоговых строк), поэтому в списке наборов он недоступен.',

  moMethodsH: 'Месяцы, неполные годы и валюты',
  moMethods1:
    'Некоторые наборы данных помесячные (Eurostat Comext). Выберите месяц под годом; весь год — сумма его месяцев. Текущий год неполный: атлас называет его месяцы («2022: январь–ноябрь») и сравнивает их с теми же месяцами предыдущего года, а не одиннадцать месяцев с двенадцатью. Изменение за месяц считается к тому же месяцу годом ранее.',
  moMethods2:
    'Каждый набор данных сохраняет валюту своего источника ({currencies}); ничего не пересчитывается. Каждый раздел показывает один набор данных, поэтому значения в разных валютах никогда не складываются и не сравниваются.',
  moMethods3:
    'Редакция ГС набора данных может меняться от года к году: Комбинированная номенклатура ЕС (КН), в которой Eurostat публикует данные, до 2021 г. следует ГС2017, а с 2022 г. — ГС2022. Списки пересчитываются для каждой редакции, поэтому охват товаров в этом месте может измениться; помесячный график на странице страны отмечает разрыв.',
  moYearsEdition: '{years}: {edition}',
};
