/** downloads catalogue: keys start with "dl" so they cannot collide with the other catalogues. */
export const en = {
  dlButton: 'Download data',
  dlShown: 'Data shown',
  dlFull: 'Full dataset',
  dlRows: '{n, plural, one {# row} other {# rows}}',
  dlCounting: 'counting rows…',
  dlXlsx: 'Excel (XLSX)',
  dlZip: 'ZIP (CSV, Excel, metadata, README)',
  dlPreparing: 'Preparing {file}…',
  dlDone: '{file} downloaded: {n, plural, one {# row} other {# rows}}.',
  dlFailed: 'The download failed: {error}',
  dlNote:
    'One row per flow and list category (a code in two categories appears twice); values in whole {currency}. The README is in the page’s language; metadata.json and the data are in English.',
};
type Catalogue = Record<keyof typeof en, string>;
export const fr: Catalogue = {
  dlButton: 'Télécharger les données',
  dlShown: 'Données affichées',
  dlFull: 'Jeu de données complet',
  dlRows: '{n, plural, one {# ligne} other {# lignes}}',
  dlCounting: 'comptage des lignes…',
  dlXlsx: 'Excel (XLSX)',
  dlZip: 'ZIP (CSV, Excel, métadonnées, README)',
  dlPreparing: 'Préparation de {file}…',
  dlDone: '{file} téléchargé\u00a0: {n, plural, one {# ligne} other {# lignes}}.',
  dlFailed: 'Le téléchargement a échoué\u00a0: {error}',
  dlNote:
    'Une ligne par flux et catégorie de liste (un code dans deux catégories apparaît deux fois)\u202f; valeurs en {currency}, unités entières. Le README est dans la langue de la page\u202f; metadata.json et les données sont en anglais.',
};
export const es: Catalogue = {
  dlButton: 'Descargar datos',
  dlShown: 'Datos mostrados',
  dlFull: 'Conjunto de datos completo',
  dlRows: '{n, plural, one {# fila} other {# filas}}',
  dlCounting: 'contando filas…',
  dlXlsx: 'Excel (XLSX)',
  dlZip: 'ZIP (CSV, Excel, metadatos, README)',
  dlPreparing: 'Preparando {file}…',
  dlDone: '{file} descargado: {n, plural, one {# fila} other {# filas}}.',
  dlFailed: 'La descarga falló: {error}',
  dlNote:
    'Una fila por flujo y categoría de lista (un código en dos categorías aparece dos veces); valores en {currency}, unidades enteras. El README está en el idioma de la página; metadata.json y los datos están en inglés.',
};
export const ru: Catalogue = {
  dlButton: 'Скачать данные',
  dlShown: 'Показанные данные',
  dlFull: 'Весь набор данных',
  dlRows: '{n, plural, one {# строка} few {# строки} many {# строк} other {# строки}}',
  dlCounting: 'подсчёт строк…',
  dlXlsx: 'Excel (XLSX)',
  dlZip: 'ZIP (CSV, Excel, метаданные, README)',
  dlPreparing: 'Подготовка {file}…',
  dlDone:
    'Файл {file} скачан: {n, plural, one {# строка} few {# строки} many {# строк} other {# строки}}.',
  dlFailed: 'Скачивание не удалось: {error}',
  dlNote:
    'Одна строка на поток и категорию списка (код в двух категориях встречается дважды); значения в {currency}, в целых единицах. README — на языке страницы; metadata.json и данные — на английском.',
};
