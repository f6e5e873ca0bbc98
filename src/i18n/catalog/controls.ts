/**
 * The controls: dataset, year, flow, list, category, HS search, ad-hoc codes.
 * Keys start with "ctl" so they cannot collide with the other catalogues merged beside this one.
 */
export const en = {
  ctlPanel: 'Choose what the map shows',
  ctlDataset: 'Dataset',
  ctlFoldSummary: 'Change the selection: dataset, year, list, flow',
  ctlYear: 'Year',
  ctlPrevYear: 'Previous year',
  ctlNextYear: 'Next year',
  ctlFlow: 'Flow',
  ctlExports: 'Exports',
  ctlImports: 'Imports',
  ctlList: 'List',
  ctlCategory: 'Category',
  ctlTier: 'Tier',
  ctlWholeList: 'Whole list',
  ctlNotInTotal: '{label} (not in the list total)',
  ctlNotInTotalNote:
    'This category is not in the list total: the list’s publisher marks it as outside its scope.',
  ctlMetric: 'Measure',
  ctlMetricValue: 'Value ({currency})',
  ctlMetricShare: 'Share of the world total',
  ctlMetricChange: 'Change from the previous year',
  ctlChangeUnavailable:
    '{year} is the first year of this dataset, so there is no previous year to compare with.',
  ctlHsLabel: 'HS code',
  ctlHsHint:
    'Type part of a code (8401.10) or words of its description, then choose with the arrow keys and Enter.',
  ctlHsCategoryOnly:
    'This dataset gives only the categories of its list, not HS codes, so a single code cannot be chosen.',
  ctlHsLoading: 'Loading the codes of the lists…',
  ctlHsError: 'The codes of the lists could not be loaded: {error}',
  ctlHsFound: '{total, plural, one {# code found} other {# codes found}}.',
  ctlHsMore:
    '{total, plural, one {# code found} other {# codes found}}; the first {shown, plural, one {# is} other {# are}} shown. Type more to narrow the search.',
  ctlHsNone: 'No code of the lists matches “{query}”.',
  ctlHsNotCarried: 'not in this dataset',
  ctlHsSelected: 'Selected code: {code}',
  ctlHsClear: 'Clear the code',
  ctlHsProduct: 'Open the product profile (HS {code})',
  ctlHsOverrides: 'A single code is shown; the list and category apply again once it is cleared.',
  ctlAdHocLabel: 'Your own list of HS codes',
  ctlAdHocHint:
    'Type or paste six-digit codes separated by commas, semicolons or new lines, for example 8401.10, 2844 40; 854231. Enter applies; Shift+Enter starts a new line.',
  ctlAdHocCategoryOnly:
    'This dataset gives only categories, not HS codes, so a list of codes cannot be applied.',
  ctlApply: 'Apply',
  ctlClear: 'Clear',
  ctlAdHocApplied: '{n, plural, one {# code applied} other {# codes applied}}.',
  ctlAdHocNoneApplied: 'No list of your own is applied.',
  ctlAdHocPending: 'The text differs from the codes applied; press Apply or Enter to use it.',
  ctlAdHocWillApply: '{n, plural, one {# code can be applied} other {# codes can be applied}}.',
  ctlAdHocNothing: 'None of these codes can be applied.',
  ctlAdHocRejected: 'Not six-digit HS codes, ignored: {codes}',
  ctlAdHocNotCarried: 'Not in this dataset, left out: {codes}',
  ctlAdHocOverLimit:
    'Only the first {max, plural, one {# code is} other {# codes are}} kept; the other {n, plural, one {# is} other {# are}} left out.',
};

type Catalogue = Record<keyof typeof en, string>;

export const fr: Catalogue = {
  ctlPanel: 'Choisir ce que montre la carte',
  ctlDataset: 'Jeu de données',
  ctlFoldSummary: 'Modifier la sélection\u00a0: jeu de données, année, liste, flux',
  ctlYear: 'Année',
  ctlPrevYear: 'Année précédente',
  ctlNextYear: 'Année suivante',
  ctlFlow: 'Flux',
  ctlExports: 'Exportations',
  ctlImports: 'Importations',
  ctlList: 'Liste',
  ctlCategory: 'Catégorie',
  ctlTier: 'Niveau',
  ctlWholeList: 'Liste entière',
  ctlNotInTotal: '{label} (hors du total de la liste)',
  ctlNotInTotalNote:
    'Cette catégorie n’entre pas dans le total de la liste\u00a0: l’éditeur de la liste la déclare hors de son champ.',
  ctlMetric: 'Mesure',
  ctlMetricValue: 'Valeur ({currency})',
  ctlMetricShare: 'Part du total mondial',
  ctlMetricChange: 'Variation par rapport à l’année précédente',
  ctlChangeUnavailable:
    '{year} est la première année de ce jeu de données\u00a0: il n’y a pas d’année précédente à laquelle comparer.',
  ctlHsLabel: 'Code SH',
  ctlHsHint:
    'Saisissez une partie d’un code (8401.10) ou des mots de sa description, puis choisissez avec les flèches et Entrée.',
  ctlHsCategoryOnly:
    'Ce jeu de données ne donne que les catégories de sa liste, pas les codes SH\u00a0: on ne peut donc pas choisir un code seul.',
  ctlHsLoading: 'Chargement des codes des listes…',
  ctlHsError: 'Les codes des listes n’ont pas pu être chargés\u00a0: {error}',
  ctlHsFound: '{total, plural, one {# code trouvé} other {# codes trouvés}}.',
  ctlHsMore:
    '{total, plural, one {# code trouvé} other {# codes trouvés}}\u202f; {shown, plural, one {le premier est affiché} other {les # premiers sont affichés}}. Précisez la saisie pour affiner la recherche.',
  ctlHsNone: 'Aucun code des listes ne correspond à «\u00a0{query}\u00a0».',
  ctlHsNotCarried: 'absent de ce jeu de données',
  ctlHsSelected: 'Code choisi\u00a0: {code}',
  ctlHsClear: 'Effacer le code',
  ctlHsProduct: 'Voir le profil de produit (SH {code})',
  ctlHsOverrides:
    'Un seul code est affiché\u202f; la liste et la catégorie s’appliquent de nouveau une fois le code effacé.',
  ctlAdHocLabel: 'Votre propre liste de codes SH',
  ctlAdHocHint:
    'Saisissez ou collez des codes à six chiffres séparés par des virgules, des points-virgules ou des retours à la ligne, par exemple 8401.10, 2844 40\u202f; 854231. Entrée applique\u202f; Maj+Entrée passe à la ligne.',
  ctlAdHocCategoryOnly:
    'Ce jeu de données ne donne que des catégories, pas de codes SH\u00a0: une liste de codes ne peut donc pas être appliquée.',
  ctlApply: 'Appliquer',
  ctlClear: 'Effacer',
  ctlAdHocApplied: '{n, plural, one {# code appliqué} other {# codes appliqués}}.',
  ctlAdHocNoneApplied: 'Aucune liste personnelle n’est appliquée.',
  ctlAdHocPending:
    'Le texte diffère des codes appliqués\u202f; appuyez sur Appliquer ou sur Entrée pour l’utiliser.',
  ctlAdHocWillApply:
    '{n, plural, one {# code peut être appliqué} other {# codes peuvent être appliqués}}.',
  ctlAdHocNothing: 'Aucun de ces codes ne peut être appliqué.',
  ctlAdHocRejected: 'Pas des codes SH à six chiffres, ignorés\u00a0: {codes}',
  ctlAdHocNotCarried: 'Absents de ce jeu de données, écartés\u00a0: {codes}',
  ctlAdHocOverLimit:
    '{max, plural, one {Seul le premier code est conservé} other {Seuls les # premiers codes sont conservés}}\u202f; {n, plural, one {# autre est écarté} other {les # autres sont écartés}}.',
};

export const es: Catalogue = {
  ctlPanel: 'Elegir lo que muestra el mapa',
  ctlDataset: 'Conjunto de datos',
  ctlFoldSummary: 'Cambiar la selección: conjunto de datos, año, lista, flujo',
  ctlYear: 'Año',
  ctlPrevYear: 'Año anterior',
  ctlNextYear: 'Año siguiente',
  ctlFlow: 'Flujo',
  ctlExports: 'Exportaciones',
  ctlImports: 'Importaciones',
  ctlList: 'Lista',
  ctlCategory: 'Categoría',
  ctlTier: 'Nivel',
  ctlWholeList: 'Lista completa',
  ctlNotInTotal: '{label} (fuera del total de la lista)',
  ctlNotInTotalNote:
    'Esta categoría no entra en el total de la lista: quien publica la lista la considera fuera de su alcance.',
  ctlMetric: 'Medida',
  ctlMetricValue: 'Valor ({currency})',
  ctlMetricShare: 'Cuota del total mundial',
  ctlMetricChange: 'Variación respecto al año anterior',
  ctlChangeUnavailable:
    '{year} es el primer año de este conjunto de datos, así que no hay un año anterior con el que comparar.',
  ctlHsLabel: 'Código SA',
  ctlHsHint:
    'Escriba parte de un código (8401.10) o palabras de su descripción y elija con las flechas y Intro.',
  ctlHsCategoryOnly:
    'Este conjunto de datos solo da las categorías de su lista, no códigos SA, por lo que no se puede elegir un código concreto.',
  ctlHsLoading: 'Cargando los códigos de las listas…',
  ctlHsError: 'No se pudieron cargar los códigos de las listas: {error}',
  ctlHsFound: '{total, plural, one {# código encontrado} other {# códigos encontrados}}.',
  ctlHsMore:
    '{total, plural, one {# código encontrado} other {# códigos encontrados}}; se {shown, plural, one {muestra el primero} other {muestran los # primeros}}. Escriba más para acotar la búsqueda.',
  ctlHsNone: 'Ningún código de las listas coincide con «{query}».',
  ctlHsNotCarried: 'no figura en este conjunto de datos',
  ctlHsSelected: 'Código elegido: {code}',
  ctlHsClear: 'Borrar el código',
  ctlHsProduct: 'Ver el perfil de producto (SA {code})',
  ctlHsOverrides:
    'Se muestra un solo código; la lista y la categoría vuelven a aplicarse cuando se borra.',
  ctlAdHocLabel: 'Su propia lista de códigos SA',
  ctlAdHocHint:
    'Escriba o pegue códigos de seis dígitos separados por comas, puntos y coma o saltos de línea, por ejemplo 8401.10, 2844 40; 854231. Intro aplica; Mayús+Intro inserta un salto de línea.',
  ctlAdHocCategoryOnly:
    'Este conjunto de datos solo da categorías, no códigos SA, por lo que no se puede aplicar una lista de códigos.',
  ctlApply: 'Aplicar',
  ctlClear: 'Borrar',
  ctlAdHocApplied: '{n, plural, one {# código aplicado} other {# códigos aplicados}}.',
  ctlAdHocNoneApplied: 'No hay ninguna lista propia aplicada.',
  ctlAdHocPending:
    'El texto no coincide con los códigos aplicados; pulse Aplicar o Intro para usarlo.',
  ctlAdHocWillApply:
    '{n, plural, one {Se puede aplicar # código} other {Se pueden aplicar # códigos}}.',
  ctlAdHocNothing: 'No se puede aplicar ninguno de estos códigos.',
  ctlAdHocRejected: 'No son códigos SA de seis dígitos, se ignoran: {codes}',
  ctlAdHocNotCarried: 'No figuran en este conjunto de datos, se excluyen: {codes}',
  ctlAdHocOverLimit:
    '{max, plural, one {Solo se conserva el primer código} other {Solo se conservan los # primeros códigos}}; {n, plural, one {# más queda excluido} other {los otros # quedan excluidos}}.',
};

export const ru: Catalogue = {
  ctlPanel: 'Что показать на карте',
  ctlDataset: 'Набор данных',
  ctlFoldSummary: 'Изменить выборку: набор данных, год, список, направление',
  ctlYear: 'Год',
  ctlPrevYear: 'Предыдущий год',
  ctlNextYear: 'Следующий год',
  ctlFlow: 'Направление',
  ctlExports: 'Экспорт',
  ctlImports: 'Импорт',
  ctlList: 'Список',
  ctlCategory: 'Категория',
  ctlTier: 'Уровень',
  ctlWholeList: 'Весь список',
  ctlNotInTotal: '{label} (не входит в итог списка)',
  ctlNotInTotalNote:
    'Эта категория не входит в итог списка: составитель списка считает её выходящей за его рамки.',
  ctlMetric: 'Показатель',
  ctlMetricValue: 'Стоимость ({currency})',
  ctlMetricShare: 'Доля в мировом итоге',
  ctlMetricChange: 'Изменение к предыдущему году',
  ctlChangeUnavailable:
    '{year} — первый год этого набора данных: предыдущего года для сравнения нет.',
  ctlHsLabel: 'Код ГС',
  ctlHsHint:
    'Введите часть кода (8401.10) или слова из его описания, затем выберите стрелками и клавишей Enter.',
  ctlHsCategoryOnly:
    'Этот набор данных содержит только категории своего списка, без кодов ГС, поэтому отдельный код выбрать нельзя.',
  ctlHsLoading: 'Загрузка кодов списков…',
  ctlHsError: 'Не удалось загрузить коды списков: {error}',
  ctlHsFound: 'Найдено {total, plural, one {# код} few {# кода} many {# кодов} other {# кода}}.',
  ctlHsMore:
    'Найдено {total, plural, one {# код} few {# кода} many {# кодов} other {# кода}}, {shown, plural, =1 {показан первый} one {показаны первые #} few {показаны первые #} many {показаны первые #} other {показаны первые #}}. Уточните запрос, чтобы сузить поиск.',
  ctlHsNone: 'Ни один код из списков не соответствует запросу «{query}».',
  ctlHsNotCarried: 'нет в этом наборе данных',
  ctlHsSelected: 'Выбранный код: {code}',
  ctlHsClear: 'Сбросить код',
  ctlHsProduct: 'Открыть профиль товара (ГС {code})',
  ctlHsOverrides: 'Показан один код; после его сброса список и категория применяются снова.',
  ctlAdHocLabel: 'Собственный список кодов ГС',
  ctlAdHocHint:
    'Введите или вставьте шестизначные коды через запятую, точку с запятой или с новой строки, например 8401.10, 2844 40; 854231. Enter применяет список; Shift+Enter начинает новую строку.',
  ctlAdHocCategoryOnly:
    'Этот набор данных содержит только категории, без кодов ГС, поэтому список кодов применить нельзя.',
  ctlApply: 'Применить',
  ctlClear: 'Очистить',
  ctlAdHocApplied:
    'Применено: {n, plural, one {# код} few {# кода} many {# кодов} other {# кода}}.',
  ctlAdHocNoneApplied: 'Собственный список не применён.',
  ctlAdHocPending:
    'Текст отличается от применённых кодов; нажмите «Применить» или Enter, чтобы использовать его.',
  ctlAdHocWillApply:
    'Можно применить {n, plural, one {# код} few {# кода} many {# кодов} other {# кода}}.',
  ctlAdHocNothing: 'Ни один из этих кодов применить нельзя.',
  ctlAdHocRejected: 'Не являются шестизначными кодами ГС и пропущены: {codes}',
  ctlAdHocNotCarried: 'Отсутствуют в этом наборе данных и исключены: {codes}',
  ctlAdHocOverLimit:
    'Сохраняется не более {max, plural, one {# кода} few {# кодов} many {# кодов} other {# кода}}: ещё {n, plural, one {# код исключён} few {# кода исключены} many {# кодов исключено} other {# кода исключено}}.',
};
