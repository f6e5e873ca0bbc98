/** Interface text shared by every view. */
export const en = {
  navMap: 'Map',
  navTable: 'Ranking',
  navCompare: 'Compare lists',
  navFlows: 'Flows',
  hsEnglishNote:
    'Shown in English as published: HS code descriptions (no translation of the nomenclature ships with the atlas) and, on the Sources page, citations, sources, publishers and licences, and any coverage description or build note the atlas cannot word.',
  toolbarLabel: 'Download, export and share',
  coverageNote:
    'Coverage: {coverage}. Totals and shares called “world” here are totals of this coverage, not of world trade.',
  navMethods: 'Methods',
  navSources: 'Sources',
  navLabel: 'Views',
  noticeTitle: 'Some link parameters were not used',
  noticeUnknown: '“{param}” is not a parameter of the atlas',
  noticeInvalid: '“{value}” is not a valid {param}; the default is shown',
  noticeUnavailable: '{param} “{value}” is not available for this dataset; the default is shown',
  dismiss: 'Dismiss',
  notBuilt: 'This view is not built yet. The map and the ranking show the same data.',
  openFull: 'Open the full view in the Strategic Trade Atlas',
  skipToContent: 'Skip to content',
  sourceLine: 'Sources: {sources}. Values are an upper bound on strategic trade.',
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
  lists: 'Lists applied',
  rank: 'Rank',
  country: 'Country',
  value: 'Value',
  share: 'Share of world',
  strategicLists: 'Strategic lists',
  dataError: 'This part of the atlas could not be loaded',
  dataErrorMissing: 'The file {file} is missing on the server (HTTP {status}).',
  dataErrorNetwork: 'The file {file} could not be fetched: the network connection failed.',
  dataErrorCorrupt:
    'The file {file} does not match the manifest (its size or checksum differs): it is truncated or was altered.',
  dataErrorInvalid: 'The file {file} cannot be read: it is truncated or corrupt.',
  dataErrorVersion:
    'The data was built for another version of the atlas (schema {found}; this app reads {expected}): rebuild it with npm run data:build.',
  dataErrorAbsent: 'The data has no file for this selection.',
  dataErrorRest: 'The rest of the atlas still works: choose another year, list or view.',
  loadingFiles:
    'Loading data… {done} of {total, plural, one {# file} other {# files}}, {received} of {expected} kB',
  loadingReceived: 'Loading data… {received} kB',
  loadingBytesLabel: 'Data received',
  labelValue: '{label}: {value}',
};

type Catalogue = Record<keyof typeof en, string>;

export const fr: Catalogue = {
  navMap: 'Carte',
  navTable: 'Classement',
  navCompare: 'Comparer des listes',
  navFlows: 'Flux',
  hsEnglishNote:
    'Affichés en anglais, tels que publiés\u00a0: les libellés des codes SH (aucune traduction de la nomenclature n’est fournie avec l’atlas) et, sur la page Sources, les citations, sources, éditeurs et licences, ainsi que toute description de couverture ou note de la chaîne de traitement que l’atlas ne sait pas formuler.',
  toolbarLabel: 'Télécharger, exporter et partager',
  coverageNote:
    'Couverture\u00a0: {coverage}. Les totaux et parts dits «\u00a0mondiaux\u00a0» ici sont ceux de cette couverture, pas du commerce mondial.',
  navMethods: 'Méthodes',
  navSources: 'Sources',
  navLabel: 'Vues',
  noticeTitle: 'Certains paramètres du lien n’ont pas été utilisés',
  noticeUnknown: '«\u00a0{param}\u00a0» n’est pas un paramètre de l’atlas',
  noticeInvalid:
    '«\u00a0{value}\u00a0» n’est pas une valeur valide pour {param}\u202f; la valeur par défaut est affichée',
  noticeUnavailable:
    '{param} «\u00a0{value}\u00a0» n’est pas disponible pour ce jeu de données\u202f; la valeur par défaut est affichée',
  dismiss: 'Fermer',
  notBuilt:
    'Cette vue n’est pas encore construite. La carte et le classement montrent les mêmes données.',
  openFull: 'Ouvrir la vue complète dans l’Atlas du commerce stratégique',
  skipToContent: 'Aller au contenu',
  sourceLine:
    'Sources\u00a0: {sources}. Les valeurs sont une borne supérieure du commerce stratégique.',
  title: 'Atlas du commerce stratégique',
  tagline:
    'Importations et exportations de biens stratégiques\u00a0: armes de destruction massive, missiles, biens militaires et à double usage, identifiés par code SH.',
  language: 'Langue',
  loading: 'Chargement des données…',
  datasets: 'Jeux de données',
  source: 'Source',
  licence: 'Licence',
  citation: 'Citer',
  hsEdition: 'Édition du SH',
  years: 'Années',
  flows: 'Flux',
  lists: 'Listes appliquées',
  rank: 'Rang',
  country: 'Pays',
  value: 'Valeur',
  share: 'Part mondiale',
  strategicLists: 'Listes stratégiques',
  dataError: 'Cette partie de l’atlas n’a pas pu être chargée',
  dataErrorMissing: 'Le fichier {file} est absent du serveur (HTTP {status}).',
  dataErrorNetwork:
    'Le fichier {file} n’a pas pu être téléchargé\u00a0: la connexion réseau a échoué.',
  dataErrorCorrupt:
    'Le fichier {file} ne correspond pas au manifeste (taille ou somme de contrôle différente)\u00a0: il est tronqué ou a été modifié.',
  dataErrorInvalid: 'Le fichier {file} est illisible\u00a0: il est tronqué ou corrompu.',
  dataErrorVersion:
    'Les données ont été construites pour une autre version de l’atlas (schéma {found}\u202f; cette application lit la version {expected})\u00a0: reconstruisez-les avec npm run data:build.',
  dataErrorAbsent: 'Les données ne contiennent aucun fichier pour cette sélection.',
  dataErrorRest:
    'Le reste de l’atlas fonctionne\u00a0: choisissez une autre année, une autre liste ou une autre vue.',
  loadingFiles:
    'Chargement des données… {done} sur {total, plural, one {# fichier} other {# fichiers}}, {received} Ko sur {expected}',
  loadingReceived: 'Chargement des données… {received} Ko',
  loadingBytesLabel: 'Données reçues',
  labelValue: '{label}\u00a0: {value}',
};

export const es: Catalogue = {
  navMap: 'Mapa',
  navTable: 'Clasificación',
  navCompare: 'Comparar listas',
  navFlows: 'Flujos',
  hsEnglishNote:
    'Se muestran en inglés, tal como se publicaron: las descripciones de los códigos del SA (el atlas no incluye una traducción de la nomenclatura) y, en la página Fuentes, las citas, fuentes, editores y licencias, así como toda descripción de cobertura o nota del proceso de generación que el atlas no sabe formular.',
  toolbarLabel: 'Descargar, exportar y compartir',
  coverageNote:
    'Cobertura: {coverage}. Los totales y cuotas llamados «mundiales» aquí son los de esta cobertura, no los del comercio mundial.',
  navMethods: 'Métodos',
  navSources: 'Fuentes',
  navLabel: 'Vistas',
  noticeTitle: 'Algunos parámetros del enlace no se usaron',
  noticeUnknown: '«{param}» no es un parámetro del atlas',
  noticeInvalid: '«{value}» no es un valor válido de {param}; se muestra el valor por defecto',
  noticeUnavailable:
    '{param} «{value}» no está disponible para este conjunto de datos; se muestra el valor por defecto',
  dismiss: 'Cerrar',
  notBuilt:
    'Esta vista aún no está construida. El mapa y la clasificación muestran los mismos datos.',
  openFull: 'Abrir la vista completa en el Atlas del comercio estratégico',
  skipToContent: 'Ir al contenido',
  sourceLine: 'Fuentes: {sources}. Los valores son un límite superior del comercio estratégico.',
  title: 'Atlas del comercio estratégico',
  tagline:
    'Importaciones y exportaciones de bienes estratégicos: armas de destrucción masiva, misiles, productos militares y de doble uso, identificados por código SA.',
  language: 'Idioma',
  loading: 'Cargando datos…',
  datasets: 'Conjuntos de datos',
  source: 'Fuente',
  licence: 'Licencia',
  citation: 'Citar como',
  hsEdition: 'Edición del SA',
  years: 'Años',
  flows: 'Flujos',
  lists: 'Listas aplicadas',
  rank: 'Puesto',
  country: 'País',
  value: 'Valor',
  share: 'Cuota mundial',
  strategicLists: 'Listas estratégicas',
  dataError: 'No se pudo cargar esta parte del atlas',
  dataErrorMissing: 'El archivo {file} no está en el servidor (HTTP {status}).',
  dataErrorNetwork: 'No se pudo descargar el archivo {file}: falló la conexión de red.',
  dataErrorCorrupt:
    'El archivo {file} no coincide con el manifiesto (su tamaño o suma de comprobación difiere): está truncado o fue alterado.',
  dataErrorInvalid: 'El archivo {file} no se puede leer: está truncado o dañado.',
  dataErrorVersion:
    'Los datos se generaron para otra versión del atlas (esquema {found}; esta aplicación lee la versión {expected}): vuelva a generarlos con npm run data:build.',
  dataErrorAbsent: 'Los datos no tienen ningún archivo para esta selección.',
  dataErrorRest: 'El resto del atlas sigue funcionando: elija otro año, otra lista u otra vista.',
  loadingFiles:
    'Cargando datos… {done} de {total, plural, one {# archivo} other {# archivos}}, {received} de {expected} kB',
  loadingReceived: 'Cargando datos… {received} kB',
  loadingBytesLabel: 'Datos recibidos',
  labelValue: '{label}: {value}',
};

export const ru: Catalogue = {
  navMap: 'Карта',
  navTable: 'Рейтинг',
  navCompare: 'Сравнить списки',
  navFlows: 'Потоки',
  hsEnglishNote:
    'На английском языке, как они опубликованы, приводятся описания кодов ГС (перевод номенклатуры в атлас не входит), а на странице «Источники» — библиографические ссылки, источники, издатели и лицензии, а также описания охвата и примечания конвейера сборки, которые атлас не умеет сформулировать сам.',
  toolbarLabel: 'Скачать, экспортировать и поделиться',
  coverageNote:
    'Охват: {coverage}. «Мировые» итоги и доли здесь — итоги этого охвата, а не мировой торговли.',
  navMethods: 'Методика',
  navSources: 'Источники',
  navLabel: 'Разделы',
  noticeTitle: 'Некоторые параметры ссылки не использованы',
  noticeUnknown: '«{param}» — не параметр атласа',
  noticeInvalid: '«{value}» — недопустимое значение {param}; показано значение по умолчанию',
  noticeUnavailable:
    '{param} «{value}» недоступно для этого набора данных; показано значение по умолчанию',
  dismiss: 'Закрыть',
  notBuilt: 'Этот раздел ещё не готов. Карта и рейтинг показывают те же данные.',
  openFull: 'Открыть полный вид в Атласе стратегической торговли',
  skipToContent: 'Перейти к содержанию',
  sourceLine: 'Источники: {sources}. Значения — верхняя граница стратегической торговли.',
  title: 'Атлас стратегической торговли',
  tagline:
    'Импорт и экспорт стратегических товаров: оружие массового уничтожения, ракеты, военные товары и товары двойного назначения по кодам ГС.',
  language: 'Язык',
  loading: 'Загрузка данных…',
  datasets: 'Наборы данных',
  source: 'Источник',
  licence: 'Лицензия',
  citation: 'Как цитировать',
  hsEdition: 'Редакция ГС',
  years: 'Годы',
  flows: 'Потоки',
  lists: 'Применённые списки',
  rank: 'Место',
  country: 'Страна',
  value: 'Стоимость',
  share: 'Доля в мире',
  strategicLists: 'Стратегические списки',
  dataError: 'Не удалось загрузить эту часть атласа',
  dataErrorMissing: 'Файл {file} отсутствует на сервере (HTTP {status}).',
  dataErrorNetwork: 'Не удалось загрузить файл {file}: сбой сетевого соединения.',
  dataErrorCorrupt:
    'Файл {file} не совпадает с манифестом (отличается размер или контрольная сумма): он усечён или изменён.',
  dataErrorInvalid: 'Файл {file} не удаётся прочитать: он усечён или повреждён.',
  dataErrorVersion:
    'Данные подготовлены для другой версии атласа (схема {found}; это приложение читает версию {expected}): пересоберите их командой npm run data:build.',
  dataErrorAbsent: 'В данных нет файла для этого выбора.',
  dataErrorRest: 'Остальная часть атласа работает: выберите другой год, список или раздел.',
  loadingFiles:
    'Загрузка данных… {done} из {total, plural, one {# файла} few {# файлов} many {# файлов} other {# файла}}, {received} из {expected} КБ',
  loadingReceived: 'Загрузка данных… {received} КБ',
  loadingBytesLabel: 'Получено данных',
  labelValue: '{label}: {value}',
};
