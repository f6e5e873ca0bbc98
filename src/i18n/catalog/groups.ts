/**
 * groups catalogue (group profile, regime view, a country's groups): keys start with "gp" or
 * "rg". Loaded with the group views, not with the map.
 */
export const en = {
  gpRest: 'Rest of the world',
  gpFlowsHow:
    'Flows between groups and the rest of the world. Groups overlap, so each country counts once, in the first group that holds it in this order: regions and unions, then regimes (a regime’s node holds its participants not already counted). Open a group to see its members.',
  gpExpandLabel: 'Show the members of a group',
  gpFlowsMatrixCaption:
    'Flows between groups, exporters in rows and importers in columns ({currency})',
  gpRankExports: 'Rank in exports',
  gpRankImports: 'Rank in imports',
  gpMapTotal: '{group}: {value} on the map.',
  gpOpenProfile: 'Open the group’s profile',
  gpMapMembersCaption: '{group}: each member’s value on the map and its share of the group',
  gpRankGroups: 'Rank the groups too',
  gpGroupRankingCaption: 'Groups ranked by the total of their members on the map, {year}',
  gpMembersWithDataCol: 'Members with data',
  gpTitle: 'Groups of countries',
  gpChoose: 'Group',
  gpNone: 'Choose a group',
  gpOwnGroup: 'Your own group ({n, plural, one {# country} other {# countries}})',
  gpNoneChosen:
    'Choose a region, union or export-control regime, or give your own list of countries in the address (members=KAZ,KGZ,TJK).',
  gpAsOf: 'Members as of {date}. Source:',
  gpLede: 'Trade in {what}, {year}. Data: {dataset}.',
  gpMonthsNotCovered: 'Not covered: the data hold no {flow} for this group’s members.',
  gpYearOnly:
    'Totals and members are for {period}; trade inside and outside the group, its partners and its codes are for the whole of {year}: the data give them by year only.',
  gpAllMembersWithData:
    '{n, plural, one {the only member has data} other {all # members have data}}',
  gpMembersWithData:
    '{k} of {n, plural, one {# member has} other {# members have}} data; the others read “no data”, not zero',
  gpInsideOutside: 'Trade inside the group and with the rest of the world',
  gpInsideOutsideCaption: '{group}: trade between members and with non-members, {year}',
  gpInside: 'Between members',
  gpOutside: 'With the rest of the world',
  gpShare: 'Share',
  gpInsideOutsideHow:
    'A flow between two members is one member’s export and the other’s import: it counts once on each side. Flows come from the flows file of the year, over the codes of the selection.',
  gpMembers: 'Members ranked',
  gpMembersCaption: '{group}: each member’s trade and its share of the group’s total, {year}',
  gpMember: 'Member',
  gpShareOfGroup: 'Share of the group',
  gpByCategoryCaption: '{list}: the group’s exports and imports by category, {year}',
  gpTopOutside: 'Main partners outside the group',
  gpPartnersExport: 'Top {n, plural, one {# destination} other {# destinations}} outside the group',
  gpPartnersImport: 'Top {n, plural, one {# origin} other {# origins}} outside the group',
  gpShareOfOutside: 'Share of trade with non-members',
  gpNoOutside: 'no trade with non-members',
  gpCodesExport: 'Top {n, plural, one {# code} other {# codes}} of the group’s exports',
  gpCodesImport: 'Top {n, plural, one {# code} other {# codes}} of the group’s imports',
  gpCode: 'Code',
  gpNoCodes: 'no trade under the selection',
  gpTrendCaption: '{group}: exports and imports by year ({currency})',
  gpYear: 'Year',
  gpCountry: 'Country',
  gpInGroups: 'Groups this country belongs to',
  gpStandingCaption: 'Standing among the members of each group, {year}',
  gpPeersMedian: 'Median of the other members',
  gpRankOf: '{rank} of {n}',
  gpNoGroups: 'The atlas ships no group holding this country.',
  gpStandingHow:
    'Rank and share among the members with data; the median is that of the other members with data.',
  rgTitle: 'Trade with non-participants of a regime (training aid)',
  rgLede:
    'A training aid. For a category of a list tied to an export-control regime (the list’s regime column), the part of each country’s trade in that category that goes to or comes from countries outside the regime’s participants.',
  rgLegal:
    'Trade with non-participants is legal and common: many countries control the same goods under their own law without taking part in the regime. A high share is a question for risk profiling, not a finding.',
  rgCategory: 'Category tied to a regime',
  rgCategoryOption: '{category} — {regime}',
  rgNoTie:
    'No category of this list is tied to a regime whose participants the atlas lists ({list}). Choose another list.',
  rgParticipants:
    '{regime}: {n, plural, one {# participant} other {# participants}} (list as of {date})',
  rgOthers: 'Also taking part, not counted as countries: {names}.',
  rgGroupLink: 'Profile of the participants as a group: {regime}',
  rgCaptionExport:
    '{category}: each country’s exports and the part going to non-participants ({regime}), {year}',
  rgCaptionImport:
    '{category}: each country’s imports and the part coming from non-participants ({regime}), {year}',
  rgParticipant: 'Participant',
  rgYes: 'yes',
  rgNo: 'no',
  rgOutside: 'With non-participants',
  rgShare: 'Share with non-participants',
  rgNoTrade: 'no trade in this category',
};

type Catalogue = Record<keyof typeof en, string>;

/** @public registered whole by the view that loads it (registerCatalog) */
export const fr: Catalogue = {
  gpRest: 'Reste du monde',
  gpFlowsHow:
    'Flux entre les groupes et le reste du monde. Les groupes se recoupent\u202f; chaque pays compte donc une fois, dans le premier groupe qui le contient dans cet ordre\u00a0: régions et unions, puis régimes (le nœud d’un régime réunit ses participants non encore comptés). Ouvrez un groupe pour voir ses membres.',
  gpExpandLabel: 'Afficher les membres d’un groupe',
  gpFlowsMatrixCaption:
    'Flux entre groupes, exportateurs en lignes et importateurs en colonnes ({currency})',
  gpRankExports: 'Rang à l’exportation',
  gpRankImports: 'Rang à l’importation',
  gpMapTotal: '{group}\u00a0: {value} sur la carte.',
  gpOpenProfile: 'Ouvrir le profil du groupe',
  gpMapMembersCaption: '{group}\u00a0: valeur de chaque membre sur la carte et sa part du groupe',
  gpRankGroups: 'Classer aussi les groupes',
  gpGroupRankingCaption: 'Groupes classés selon le total de leurs membres sur la carte, {year}',
  gpMembersWithDataCol: 'Membres avec des données',
  gpTitle: 'Groupes de pays',
  gpChoose: 'Groupe',
  gpNone: 'Choisir un groupe',
  gpOwnGroup: 'Votre propre groupe ({n, plural, one {# pays} other {# pays}})',
  gpNoneChosen:
    'Choisissez une région, une union ou un régime de contrôle des exportations, ou donnez votre propre liste de pays dans l’adresse (members=KAZ,KGZ,TJK).',
  gpAsOf: 'Membres à la date\u00a0: {date}. Source\u00a0:',
  gpLede: '{what}\u00a0: échanges en {year}. Données\u00a0: {dataset}.',
  gpMonthsNotCovered:
    'Non couvert\u00a0: les données ne comprennent pas les {flow} des membres de ce groupe.',
  gpYearOnly:
    'Les totaux et les membres portent sur {period}\u202f; les échanges à l’intérieur et à l’extérieur du groupe, ses partenaires et ses codes portent sur toute l’année {year}\u00a0: les données ne les fournissent que par année.',
  gpAllMembersWithData:
    '{n, plural, one {le seul membre a des données} other {les # membres ont tous des données}}',
  gpMembersWithData:
    '{k, plural, one {# membre} other {# membres}} sur {n} avec des données\u202f; les autres portent «\u00a0pas de données\u00a0», non zéro',
  gpInsideOutside: 'Échanges à l’intérieur du groupe et avec le reste du monde',
  gpInsideOutsideCaption: '{group}\u00a0: échanges entre membres et avec les non-membres, {year}',
  gpInside: 'Entre membres',
  gpOutside: 'Avec le reste du monde',
  gpShare: 'Part',
  gpInsideOutsideHow:
    'Un flux entre deux membres est l’exportation de l’un et l’importation de l’autre\u00a0: il compte une fois de chaque côté. Les flux viennent du fichier des flux de l’année, sur les codes de la sélection.',
  gpMembers: 'Membres classés',
  gpMembersCaption:
    '{group}\u00a0: échanges de chaque membre et sa part du total du groupe, {year}',
  gpMember: 'Membre',
  gpShareOfGroup: 'Part du groupe',
  gpByCategoryCaption: '{list}\u00a0: exportations et importations du groupe par catégorie, {year}',
  gpTopOutside: 'Principaux partenaires hors du groupe',
  gpPartnersExport:
    '{n, plural, one {Première destination} other {# premières destinations}} hors du groupe',
  gpPartnersImport:
    '{n, plural, one {Première origine} other {# premières origines}} hors du groupe',
  gpShareOfOutside: 'Part des échanges avec les non-membres',
  gpNoOutside: 'aucun échange avec les non-membres',
  gpCodesExport:
    '{n, plural, one {Premier code} other {# premiers codes}} des exportations du groupe',
  gpCodesImport:
    '{n, plural, one {Premier code} other {# premiers codes}} des importations du groupe',
  gpCode: 'Code',
  gpNoCodes: 'aucun échange sous la sélection',
  gpTrendCaption: '{group}\u00a0: exportations et importations par année ({currency})',
  gpYear: 'Année',
  gpCountry: 'Pays',
  gpInGroups: 'Groupes dont ce pays fait partie',
  gpStandingCaption: 'Position parmi les membres de chaque groupe, {year}',
  gpPeersMedian: 'Médiane des autres membres',
  gpRankOf: '{rank} sur {n}',
  gpNoGroups: 'L’atlas ne fournit aucun groupe comprenant ce pays.',
  gpStandingHow:
    'Rang et part parmi les membres qui ont des données\u202f; la médiane est celle des autres membres qui ont des données.',
  rgTitle: 'Échanges avec les non-participants d’un régime (aide à la formation)',
  rgLede:
    'Une aide à la formation. Pour une catégorie d’une liste liée à un régime de contrôle des exportations (colonne «\u00a0regime\u00a0» de la liste), la part des échanges de chaque pays dans cette catégorie qui va vers des pays non participants au régime, ou qui en vient.',
  rgLegal:
    'Les échanges avec des non-participants sont licites et courants\u00a0: bien des pays contrôlent les mêmes biens selon leur propre droit sans participer au régime. Une part élevée est une question pour le profilage des risques, pas un constat.',
  rgCategory: 'Catégorie liée à un régime',
  rgCategoryOption: '{category} — {regime}',
  rgNoTie:
    'Aucune catégorie de cette liste n’est liée à un régime dont l’atlas donne les participants ({list}). Choisissez une autre liste.',
  rgParticipants:
    '{regime}\u00a0: {n, plural, one {# participant} other {# participants}} (liste à la date\u00a0: {date})',
  rgOthers: 'Participent aussi, sans être comptés comme pays\u00a0: {names}.',
  rgGroupLink: 'Profil des participants en tant que groupe\u00a0: {regime}',
  rgCaptionExport:
    '{category}\u00a0: exportations de chaque pays et part vers les non-participants du régime ({regime}), {year}',
  rgCaptionImport:
    '{category}\u00a0: importations de chaque pays et part venant des non-participants du régime ({regime}), {year}',
  rgParticipant: 'Participant',
  rgYes: 'oui',
  rgNo: 'non',
  rgOutside: 'Avec les non-participants',
  rgShare: 'Part avec les non-participants',
  rgNoTrade: 'aucun échange dans cette catégorie',
};

/** @public registered whole by the view that loads it (registerCatalog) */
export const es: Catalogue = {
  gpRest: 'Resto del mundo',
  gpFlowsHow:
    'Flujos entre los grupos y el resto del mundo. Los grupos se solapan, así que cada país cuenta una vez, en el primer grupo que lo contiene en este orden: regiones y uniones, luego regímenes (el nodo de un régimen reúne a sus participantes aún no contados). Abra un grupo para ver sus miembros.',
  gpExpandLabel: 'Mostrar los miembros de un grupo',
  gpFlowsMatrixCaption:
    'Flujos entre grupos, exportadores en filas e importadores en columnas ({currency})',
  gpRankExports: 'Puesto en exportaciones',
  gpRankImports: 'Puesto en importaciones',
  gpMapTotal: '{group}: {value} en el mapa.',
  gpOpenProfile: 'Abrir el perfil del grupo',
  gpMapMembersCaption: '{group}: valor de cada miembro en el mapa y su cuota del grupo',
  gpRankGroups: 'Clasificar también los grupos',
  gpGroupRankingCaption: 'Grupos clasificados por el total de sus miembros en el mapa, {year}',
  gpMembersWithDataCol: 'Miembros con datos',
  gpTitle: 'Grupos de países',
  gpChoose: 'Grupo',
  gpNone: 'Elija un grupo',
  gpOwnGroup: 'Su propio grupo ({n, plural, one {# país} other {# países}})',
  gpNoneChosen:
    'Elija una región, una unión o un régimen de control de exportaciones, o indique su propia lista de países en la dirección (members=KAZ,KGZ,TJK).',
  gpAsOf: 'Miembros a fecha: {date}. Fuente:',
  gpLede: '{what}: comercio en {year}. Datos: {dataset}.',
  gpMonthsNotCovered:
    'No cubierto: los datos no incluyen las {flow} de los miembros de este grupo.',
  gpYearOnly:
    'Los totales y los miembros corresponden a {period}; el comercio dentro y fuera del grupo, sus socios y sus códigos corresponden a todo el año {year}: los datos solo los dan por año.',
  gpAllMembersWithData:
    '{n, plural, one {el único miembro tiene datos} other {los # miembros tienen datos}}',
  gpMembersWithData:
    '{k} de {n, plural, one {# miembro tiene} other {# miembros tienen}} datos; los demás figuran como «sin datos», no como cero',
  gpInsideOutside: 'Comercio dentro del grupo y con el resto del mundo',
  gpInsideOutsideCaption: '{group}: comercio entre miembros y con no miembros, {year}',
  gpInside: 'Entre miembros',
  gpOutside: 'Con el resto del mundo',
  gpShare: 'Cuota',
  gpInsideOutsideHow:
    'Un flujo entre dos miembros es la exportación de uno y la importación del otro: cuenta una vez en cada lado. Los flujos proceden del archivo de flujos del año, sobre los códigos de la selección.',
  gpMembers: 'Miembros clasificados',
  gpMembersCaption: '{group}: comercio de cada miembro y su cuota del total del grupo, {year}',
  gpMember: 'Miembro',
  gpShareOfGroup: 'Cuota del grupo',
  gpByCategoryCaption: '{list}: exportaciones e importaciones del grupo por categoría, {year}',
  gpTopOutside: 'Principales socios fuera del grupo',
  gpPartnersExport: '{n, plural, one {Primer destino} other {Primeros # destinos}} fuera del grupo',
  gpPartnersImport: '{n, plural, one {Primer origen} other {Primeros # orígenes}} fuera del grupo',
  gpShareOfOutside: 'Cuota del comercio con no miembros',
  gpNoOutside: 'ningún comercio con no miembros',
  gpCodesExport:
    '{n, plural, one {Primer código} other {Primeros # códigos}} de las exportaciones del grupo',
  gpCodesImport:
    '{n, plural, one {Primer código} other {Primeros # códigos}} de las importaciones del grupo',
  gpCode: 'Código',
  gpNoCodes: 'ningún comercio en la selección',
  gpTrendCaption: '{group}: exportaciones e importaciones por año ({currency})',
  gpYear: 'Año',
  gpCountry: 'País',
  gpInGroups: 'Grupos a los que pertenece este país',
  gpStandingCaption: 'Posición entre los miembros de cada grupo, {year}',
  gpPeersMedian: 'Mediana de los demás miembros',
  gpRankOf: '{rank} de {n}',
  gpNoGroups: 'El atlas no incluye ningún grupo que contenga este país.',
  gpStandingHow:
    'Puesto y cuota entre los miembros con datos; la mediana es la de los demás miembros con datos.',
  rgTitle: 'Comercio con no participantes de un régimen (ayuda para la formación)',
  rgLede:
    'Una ayuda para la formación. Para una categoría de una lista vinculada a un régimen de control de exportaciones (la columna «regime» de la lista), la parte del comercio de cada país en esa categoría que va a países que no participan en el régimen o procede de ellos.',
  rgLegal:
    'El comercio con no participantes es legal y frecuente: muchos países controlan los mismos bienes según su propia legislación sin participar en el régimen. Una cuota alta es una cuestión para el perfilado de riesgos, no una constatación.',
  rgCategory: 'Categoría vinculada a un régimen',
  rgCategoryOption: '{category} — {regime}',
  rgNoTie:
    'Ninguna categoría de esta lista está vinculada a un régimen cuyos participantes recoja el atlas ({list}). Elija otra lista.',
  rgParticipants:
    '{regime}: {n, plural, one {# participante} other {# participantes}} (lista a fecha: {date})',
  rgOthers: 'También participan, sin contar como países: {names}.',
  rgGroupLink: 'Perfil de los participantes como grupo: {regime}',
  rgCaptionExport:
    '{category}: exportaciones de cada país y la parte destinada a no participantes del régimen ({regime}), {year}',
  rgCaptionImport:
    '{category}: importaciones de cada país y la parte procedente de no participantes del régimen ({regime}), {year}',
  rgParticipant: 'Participante',
  rgYes: 'sí',
  rgNo: 'no',
  rgOutside: 'Con no participantes',
  rgShare: 'Cuota con no participantes',
  rgNoTrade: 'ningún comercio en esta categoría',
};

/** @public registered whole by the view that loads it (registerCatalog) */
export const ru: Catalogue = {
  gpRest: 'Остальной мир',
  gpFlowsHow:
    'Потоки между группами и остальным миром. Группы пересекаются, поэтому каждая страна учитывается один раз — в первой содержащей её группе в таком порядке: регионы и союзы, затем режимы (узел режима объединяет ещё не учтённых участников). Откройте группу, чтобы увидеть её участников.',
  gpExpandLabel: 'Показать участников группы',
  gpFlowsMatrixCaption:
    'Потоки между группами: экспортёры в строках, импортёры в столбцах ({currency})',
  gpRankExports: 'Место по экспорту',
  gpRankImports: 'Место по импорту',
  gpMapTotal: '{group}: {value} на карте.',
  gpOpenProfile: 'Открыть профиль группы',
  gpMapMembersCaption: '{group}: значение каждого участника на карте и его доля в группе',
  gpRankGroups: 'Ранжировать и группы',
  gpGroupRankingCaption: 'Группы по сумме их участников на карте, {year}',
  gpMembersWithDataCol: 'Участники с данными',
  gpTitle: 'Группы стран',
  gpChoose: 'Группа',
  gpNone: 'Выберите группу',
  gpOwnGroup:
    'Ваша группа ({n, plural, one {# страна} few {# страны} many {# стран} other {# страны}})',
  gpNoneChosen:
    'Выберите регион, союз или режим экспортного контроля либо задайте свой список стран в адресе (members=KAZ,KGZ,TJK).',
  gpAsOf: 'Состав на дату: {date}. Источник:',
  gpLede: 'Торговля: {what}; период: {year}. Данные: {dataset}.',
  gpMonthsNotCovered: 'Не охвачено: в данных нет {flow} членов этой группы.',
  gpYearOnly:
    'Итоги и участники — за период: {period}; торговля внутри группы и вне её, партнёры и коды — за весь {year} год: данные приводят их только по годам.',
  gpAllMembersWithData:
    '{n, plural, =1 {данные есть у единственного участника} one {данные есть у всех # участника} few {данные есть у всех # участников} many {данные есть у всех # участников} other {данные есть у всех # участника}}',
  gpMembersWithData:
    'данные есть у {k} из {n, plural, one {# участника} few {# участников} many {# участников} other {# участника}}; у остальных — «нет данных», а не ноль',
  gpInsideOutside: 'Торговля внутри группы и с остальным миром',
  gpInsideOutsideCaption: '{group}: торговля между участниками и с остальными странами, {year}',
  gpInside: 'Между участниками',
  gpOutside: 'С остальным миром',
  gpShare: 'Доля',
  gpInsideOutsideHow:
    'Поток между двумя участниками — это экспорт одного и импорт другого: он учитывается по одному разу с каждой стороны. Потоки взяты из файла потоков за год, по кодам выборки.',
  gpMembers: 'Участники по убыванию',
  gpMembersCaption: '{group}: торговля каждого участника и его доля в итоге группы, {year}',
  gpMember: 'Участник',
  gpShareOfGroup: 'Доля в группе',
  gpByCategoryCaption: '{list}: экспорт и импорт группы по категориям, {year}',
  gpTopOutside: 'Главные партнёры вне группы',
  gpPartnersExport:
    '{n, plural, one {# основная страна} few {# основные страны} many {# основных стран} other {# основной страны}} назначения вне группы',
  gpPartnersImport:
    '{n, plural, one {# основная страна} few {# основные страны} many {# основных стран} other {# основной страны}} происхождения вне группы',
  gpShareOfOutside: 'Доля в торговле со странами вне группы',
  gpNoOutside: 'нет торговли со странами вне группы',
  gpCodesExport:
    '{n, plural, one {# код} few {# кода} many {# кодов} other {# кода}} с наибольшим экспортом группы',
  gpCodesImport:
    '{n, plural, one {# код} few {# кода} many {# кодов} other {# кода}} с наибольшим импортом группы',
  gpCode: 'Код',
  gpNoCodes: 'нет торговли по выборке',
  gpTrendCaption: '{group}: экспорт и импорт по годам ({currency})',
  gpYear: 'Год',
  gpCountry: 'Страна',
  gpInGroups: 'Группы, в которые входит страна',
  gpStandingCaption: 'Место среди участников каждой группы, {year}',
  gpPeersMedian: 'Медиана остальных участников',
  gpRankOf: '{rank} из {n}',
  gpNoGroups: 'В атласе нет группы, в которую входит эта страна.',
  gpStandingHow:
    'Место и доля среди участников с данными; медиана — по остальным участникам с данными.',
  rgTitle: 'Торговля со странами вне режима (учебное пособие)',
  rgLede:
    'Учебное пособие. Для категории списка, связанной с режимом экспортного контроля (столбец regime списка), — доля торговли каждой страны в этой категории, которая идёт в страны, не участвующие в режиме, или поступает из них.',
  rgLegal:
    'Торговля со странами, не участвующими в режиме, законна и обычна: многие страны контролируют те же товары по своему законодательству, не участвуя в режиме. Высокая доля — вопрос для профилирования рисков, а не вывод.',
  rgCategory: 'Категория, связанная с режимом',
  rgCategoryOption: '{category} — {regime}',
  rgNoTie:
    'Ни одна категория этого списка не связана с режимом, участников которого приводит атлас ({list}). Выберите другой список.',
  rgParticipants:
    '{regime}: {n, plural, one {# участник} few {# участника} many {# участников} other {# участника}} (состав на дату: {date})',
  rgOthers: 'Также участвуют, но не учитываются как страны: {names}.',
  rgGroupLink: 'Профиль участников как группы: {regime}',
  rgCaptionExport:
    '{category}: экспорт каждой страны и доля, идущая в страны вне режима ({regime}), {year}',
  rgCaptionImport:
    '{category}: импорт каждой страны и доля, поступающая из стран вне режима ({regime}), {year}',
  rgParticipant: 'Участник',
  rgYes: 'да',
  rgNo: 'нет',
  rgOutside: 'Со странами вне режима',
  rgShare: 'Доля стран вне режима',
  rgNoTrade: 'нет торговли в этой категории',
};
