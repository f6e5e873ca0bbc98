/** The map, its legend, tooltip and notices. */
export const en = {
  tooltipOpenButton: 'Open the profile',
  titleExport: 'Exports of {selection}, {year}, in {currency}',
  titleImport: 'Imports of {selection}, {year}, in {currency}',
  selectionHs: 'HS {code} ({description})',
  selectionCategory: '{list}: {category}',
  metricValueLabel: 'Value in {currency}',
  metricShareLabel: 'Share of the world total',
  metricChangeLabel: 'Change from {prev}',
  seriesBreak:
    'Series break: {prevYear} is coded in {from} and {year} in {to}. The list was converted between them with the correlation tables, so part of this change may come from the change of nomenclature (Methods, "HS editions").',
  legendZero: 'Zero',
  legendUnder: 'Under {hi}',
  legendRange: '{lo} to under {hi}',
  legendFrom: '{lo} and over',
  legendNa: 'No value in {prev}',
  tooltipRank: 'Rank {rank} of {n}',
  tooltipShare: '{share} of the world total',
  tooltipChange: '{change} from {prev}',
  tooltipNoPrev: 'No value in {prev} to compare',
  tooltipNoData: 'Not in this dataset',
  tooltipZero: 'No trade in this selection',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Reset zoom',
  mapLabel:
    'World map: {title}. Arrow keys move between countries, Enter opens a profile. The ranking table lists the same values.',
  upperBound:
    'Upper bound: {share} of the value shown is under codes marked broad, which also cover goods that are not controlled.',
  upperBoundGeneric:
    'Upper bound: values under HS codes include goods that are not controlled; they are not a measure of strategic trade.',
  loadingMap: 'Loading the map…',
  rankingHeading: 'Ranking',
  // Link notices beyond core's three (src/state/url-state.ts, ParamNotice['reason']).
  noticeRepeated:
    '“{value}” was not used: the link gives {param} more than once, and its first value counts',
  noticeOtherView: '{param} “{value}” belongs to another view and was not used here',
  noticeTooMany: '{param} “{value}” left out: the link gives more than the atlas keeps',
  noticeIgnored: '{param} “{value}” was not used: the link also names a group, which counts',
  mapGroupsButton: 'Show a group of countries',
};

type Catalogue = Record<keyof typeof en, string>;
export const fr: Catalogue = {
  tooltipOpenButton: 'Ouvrir le profil',
  titleExport: 'Exportations\u00a0: {selection}, {year}, en {currency}',
  titleImport: 'Importations\u00a0: {selection}, {year}, en {currency}',
  selectionHs: 'SH {code} ({description})',
  selectionCategory: '{list}\u00a0: {category}',
  metricValueLabel: 'Valeur en {currency}',
  metricShareLabel: 'Part du total mondial',
  metricChangeLabel: 'Variation par rapport à {prev}',
  seriesBreak:
    'Rupture de série\u00a0: {prevYear} est codé en {from} et {year} en {to}. La liste a été convertie de l’une à l’autre au moyen des tableaux de corrélation\u202f; une partie de cette variation peut donc venir du changement de nomenclature (Méthodes, «\u00a0Éditions du SH\u00a0»).',
  legendZero: 'Zéro',
  legendUnder: 'Moins de {hi}',
  legendRange: 'De {lo} à moins de {hi}',
  legendFrom: '{lo} et plus',
  legendNa: 'Pas de valeur en {prev}',
  tooltipRank: 'Rang {rank} sur {n}',
  tooltipShare: '{share} du total mondial',
  tooltipChange: '{change} par rapport à {prev}',
  tooltipNoPrev: 'Pas de valeur en {prev} pour comparer',
  tooltipNoData: 'Absent de ce jeu de données',
  tooltipZero: 'Aucun échange dans cette sélection',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  zoomReset: 'Réinitialiser le zoom',
  mapLabel:
    'Carte du monde\u00a0: {title}. Les flèches passent d’un pays à l’autre, Entrée ouvre un profil. Le classement donne les mêmes valeurs.',
  upperBound:
    'Borne supérieure\u00a0: {share} de la valeur affichée relève de codes marqués «\u00a0larges\u00a0», qui couvrent aussi des biens non contrôlés.',
  upperBoundGeneric:
    'Borne supérieure\u00a0: les valeurs par code SH incluent des biens non contrôlés\u202f; elles ne mesurent pas le commerce stratégique.',
  loadingMap: 'Chargement de la carte…',
  rankingHeading: 'Classement',
  noticeRepeated:
    '«\u00a0{value}\u00a0» n’a pas été utilisé\u00a0: le lien donne {param} plusieurs fois, et sa première valeur compte',
  noticeOtherView:
    '{param} «\u00a0{value}\u00a0» appartient à une autre vue et n’a pas été utilisé ici',
  noticeTooMany:
    '{param} «\u00a0{value}\u00a0» laissé de côté\u00a0: le lien en donne plus que l’atlas n’en garde',
  noticeIgnored:
    '{param} «\u00a0{value}\u00a0» n’a pas été utilisé\u00a0: le lien nomme aussi un groupe, qui prime',
  mapGroupsButton: 'Afficher un groupe de pays',
};
export const es: Catalogue = {
  tooltipOpenButton: 'Abrir el perfil',
  titleExport: 'Exportaciones: {selection}, {year}, en {currency}',
  titleImport: 'Importaciones: {selection}, {year}, en {currency}',
  selectionHs: 'SA {code} ({description})',
  selectionCategory: '{list}: {category}',
  metricValueLabel: 'Valor en {currency}',
  metricShareLabel: 'Cuota del total mundial',
  metricChangeLabel: 'Variación respecto a {prev}',
  seriesBreak:
    'Ruptura de serie: {prevYear} está codificado en {from} y {year} en {to}. La lista se convirtió de una a otra con las tablas de correlación; parte de esta variación puede deberse al cambio de nomenclatura (Métodos, «Ediciones del SA»).',
  legendZero: 'Cero',
  legendUnder: 'Menos de {hi}',
  legendRange: 'De {lo} a menos de {hi}',
  legendFrom: '{lo} o más',
  legendNa: 'Sin valor en {prev}',
  tooltipRank: 'Puesto {rank} de {n}',
  tooltipShare: '{share} del total mundial',
  tooltipChange: '{change} respecto a {prev}',
  tooltipNoPrev: 'Sin valor en {prev} para comparar',
  tooltipNoData: 'No figura en este conjunto de datos',
  tooltipZero: 'Sin comercio en esta selección',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  zoomReset: 'Restablecer el zoom',
  mapLabel:
    'Mapa del mundo: {title}. Las flechas pasan de un país a otro, Intro abre un perfil. La clasificación muestra los mismos valores.',
  upperBound:
    'Límite superior: {share} del valor mostrado corresponde a códigos marcados como amplios, que también cubren bienes no controlados.',
  upperBoundGeneric:
    'Límite superior: los valores por código SA incluyen bienes no controlados; no miden el comercio estratégico.',
  loadingMap: 'Cargando el mapa…',
  rankingHeading: 'Clasificación',
  noticeRepeated:
    '«{value}» no se usó: el enlace da {param} más de una vez, y cuenta su primer valor',
  noticeOtherView: '{param} «{value}» pertenece a otra vista y no se usó aquí',
  noticeTooMany: '{param} «{value}» se dejó fuera: el enlace da más de lo que el atlas conserva',
  noticeIgnored: '{param} «{value}» no se usó: el enlace también nombra un grupo, que prevalece',
  mapGroupsButton: 'Mostrar un grupo de países',
};
export const ru: Catalogue = {
  tooltipOpenButton: 'Открыть профиль',
  titleExport: 'Экспорт: {selection}, {year}, в {currency}',
  titleImport: 'Импорт: {selection}, {year}, в {currency}',
  selectionHs: 'ГС {code} ({description})',
  selectionCategory: '{list}: {category}',
  metricValueLabel: 'Стоимость, {currency}',
  metricShareLabel: 'Доля в мировом итоге',
  metricChangeLabel: 'Изменение по сравнению с {prev}',
  seriesBreak:
    'Разрыв ряда: данные за {prevYear} г. представлены в {from}, за {year} г. — в {to}. Список пересчитан из одной редакции в другую по таблицам соответствия, поэтому часть изменения может объясняться сменой номенклатуры (раздел «Методика», «Редакции ГС»).',
  legendZero: 'Ноль',
  legendUnder: 'Менее {hi}',
  legendRange: '{lo} — менее {hi}',
  legendFrom: '{lo} и более',
  legendNa: 'Нет значения за {prev}',
  tooltipRank: 'Место {rank} из {n}',
  tooltipShare: '{share} мирового итога',
  tooltipChange: '{change} к {prev}',
  tooltipNoPrev: 'Нет значения за {prev} для сравнения',
  tooltipNoData: 'Нет в этом наборе данных',
  tooltipZero: 'Нет торговли в этой выборке',
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  zoomReset: 'Сбросить масштаб',
  mapLabel:
    'Карта мира: {title}. Клавиши со стрелками переключают страны, Enter открывает профиль. Те же значения приведены в рейтинге.',
  upperBound:
    'Верхняя граница: {share} показанной стоимости приходится на коды с пометкой «широкий», которые охватывают и неконтролируемые товары.',
  upperBoundGeneric:
    'Верхняя граница: значения по кодам ГС включают неконтролируемые товары и не являются мерой стратегической торговли.',
  loadingMap: 'Загрузка карты…',
  rankingHeading: 'Рейтинг',
  noticeRepeated:
    '«{value}» не использовано: параметр {param} указан в ссылке несколько раз, действует первое значение',
  noticeOtherView: '{param} «{value}» относится к другому разделу и здесь не использовано',
  noticeTooMany: '{param} «{value}» не использовано: в ссылке больше значений, чем хранит атлас',
  noticeIgnored:
    '{param} «{value}» не использовано: в ссылке указана и группа, она имеет приоритет',
  mapGroupsButton: 'Показать группу стран',
};
