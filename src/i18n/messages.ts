import type { Lang } from '../schema/manifest.ts';

export const LANGS: Lang[] = ['en', 'fr', 'es', 'ru'];
export const LANG_NAMES: Record<Lang, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ru: 'Русский',
};

const en = {
  title: 'Strategic Trade Atlas',
  tagline:
    'Imports and exports of strategic goods: weapons of mass destruction, missiles, military and dual-use items, identified by HS code.',
  language: 'Language',
  loading: 'Loading data…',
  datasets: 'Datasets',
  source: 'Source',
  licence: 'Licence',
  citation: 'Cite as',
  hsEdition: 'HS edition',
  years: 'Years',
  flows: 'Flows',
  totalValue: 'Total value',
  lists: 'Lists applied',
  listsNotApplied: 'Lists not applied',
  topExporters: 'Top exporters',
  topExportersOf: 'Top exporters, {list}, {year}',
  rank: 'Rank',
  country: 'Country',
  value: 'Value',
  share: 'Share of world',
  caveatTitle: 'Read before use',
  caveatUpperBound:
    'An HS code groups many goods and only some of them are controlled: values are an upper bound on potentially strategic trade, not a measure of licensed or illicit trade.',
  caveatTechnology: 'Controlled software and technology do not appear in goods trade statistics.',
  broadShare: '{share} of this value is under codes marked broad.',
  strategicLists: 'Strategic lists',
  codes: '{n} codes',
  dataError: 'This part of the atlas could not be loaded',
  generated:
    'Data built by the atlas pipeline from the sources above; see build-report.json for what was read, kept and quarantined.',
  downloadCsv: 'Download the full table (CSV, gzip)',
  rows: '{n} rows',
};

export type MessageKey = keyof typeof en;
type Catalogue = Record<MessageKey, string>;

const fr: Catalogue = {
  title: 'Atlas du commerce stratégique',
  tagline:
    'Importations et exportations de biens stratégiques : armes de destruction massive, missiles, biens militaires et à double usage, identifiés par code SH.',
  language: 'Langue',
  loading: 'Chargement des données…',
  datasets: 'Jeux de données',
  source: 'Source',
  licence: 'Licence',
  citation: 'Citer',
  hsEdition: 'Édition du SH',
  years: 'Années',
  flows: 'Flux',
  totalValue: 'Valeur totale',
  lists: 'Listes appliquées',
  listsNotApplied: 'Listes non appliquées',
  topExporters: 'Principaux exportateurs',
  topExportersOf: 'Principaux exportateurs, {list}, {year}',
  rank: 'Rang',
  country: 'Pays',
  value: 'Valeur',
  share: 'Part mondiale',
  caveatTitle: 'À lire avant usage',
  caveatUpperBound:
    'Un code SH regroupe de nombreux biens dont seuls certains sont contrôlés : les valeurs sont un plafond du commerce potentiellement stratégique, non une mesure du commerce autorisé ou illicite.',
  caveatTechnology:
    'Les logiciels et technologies contrôlés n’apparaissent pas dans les statistiques du commerce de biens.',
  broadShare: '{share} de cette valeur relève de codes marqués « larges ».',
  strategicLists: 'Listes stratégiques',
  codes: '{n} codes',
  dataError: 'Cette partie de l’atlas n’a pas pu être chargée',
  generated:
    'Données produites par la chaîne de l’atlas à partir des sources ci-dessus ; voir build-report.json pour ce qui a été lu, retenu et mis en quarantaine.',
  downloadCsv: 'Télécharger la table complète (CSV, gzip)',
  rows: '{n} lignes',
};

const es: Catalogue = {
  title: 'Atlas del comercio estratégico',
  tagline:
    'Importaciones y exportaciones de bienes estratégicos: armas de destrucción masiva, misiles, bienes militares y de doble uso, identificados por código SA.',
  language: 'Idioma',
  loading: 'Cargando datos…',
  datasets: 'Conjuntos de datos',
  source: 'Fuente',
  licence: 'Licencia',
  citation: 'Citar como',
  hsEdition: 'Edición del SA',
  years: 'Años',
  flows: 'Flujos',
  totalValue: 'Valor total',
  lists: 'Listas aplicadas',
  listsNotApplied: 'Listas no aplicadas',
  topExporters: 'Principales exportadores',
  topExportersOf: 'Principales exportadores, {list}, {year}',
  rank: 'Puesto',
  country: 'País',
  value: 'Valor',
  share: 'Cuota mundial',
  caveatTitle: 'Leer antes de usar',
  caveatUpperBound:
    'Un código SA agrupa muchos bienes y solo algunos están controlados: los valores son un límite superior del comercio potencialmente estratégico, no una medida del comercio autorizado o ilícito.',
  caveatTechnology:
    'El software y la tecnología controlados no aparecen en las estadísticas del comercio de bienes.',
  broadShare: '{share} de este valor corresponde a códigos marcados como amplios.',
  strategicLists: 'Listas estratégicas',
  codes: '{n} códigos',
  dataError: 'No se pudo cargar esta parte del atlas',
  generated:
    'Datos generados por el proceso del atlas a partir de las fuentes anteriores; véase build-report.json para lo leído, conservado y puesto en cuarentena.',
  downloadCsv: 'Descargar la tabla completa (CSV, gzip)',
  rows: '{n} filas',
};

const ru: Catalogue = {
  title: 'Атлас стратегической торговли',
  tagline:
    'Импорт и экспорт стратегических товаров: оружие массового уничтожения, ракеты, военные товары и товары двойного назначения по кодам ГС.',
  language: 'Язык',
  loading: 'Загрузка данных…',
  datasets: 'Наборы данных',
  source: 'Источник',
  licence: 'Лицензия',
  citation: 'Ссылка',
  hsEdition: 'Редакция ГС',
  years: 'Годы',
  flows: 'Потоки',
  totalValue: 'Общая стоимость',
  lists: 'Применённые списки',
  listsNotApplied: 'Не применённые списки',
  topExporters: 'Крупнейшие экспортёры',
  topExportersOf: 'Крупнейшие экспортёры, {list}, {year}',
  rank: 'Место',
  country: 'Страна',
  value: 'Стоимость',
  share: 'Доля в мире',
  caveatTitle: 'Прочтите перед использованием',
  caveatUpperBound:
    'Код ГС объединяет много товаров, из которых контролируются лишь некоторые: значения — верхняя граница потенциально стратегической торговли, а не мера лицензированной или незаконной торговли.',
  caveatTechnology:
    'Контролируемые программы и технологии не отражаются в статистике торговли товарами.',
  broadShare: '{share} этой стоимости приходится на коды с пометкой «широкий».',
  strategicLists: 'Стратегические списки',
  codes: '{n} кодов',
  dataError: 'Не удалось загрузить эту часть атласа',
  generated:
    'Данные подготовлены конвейером атласа из указанных источников; см. build-report.json о прочитанном, сохранённом и отложенном в карантин.',
  downloadCsv: 'Скачать полную таблицу (CSV, gzip)',
  rows: '{n} строк',
};

export const MESSAGES: Record<Lang, Catalogue> = { en, fr, es, ru };

export function translate(lang: Lang, key: MessageKey, vars: Record<string, string> = {}): string {
  const text = MESSAGES[lang][key];
  return text.replace(/\{(\w+)\}/g, (m, name: string) => vars[name] ?? m);
}
