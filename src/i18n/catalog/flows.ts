/**
 * The flows view (view=flows): flow map, Sankey, chord and matrix, and the declarations behind
 * the figures. Keys start with "fl" so they cannot collide with the other catalogues.
 */
export const en = {
  flTitle: 'Flows of {selection}, {year}, in {currency}',
  flTitleExport: '{country}: exports of {selection}, {year}, in {currency}',
  flTitleImport: '{country}: imports of {selection}, {year}, in {currency}',
  flTitleBoth: '{country}: exports and imports of {selection}, {year}, in {currency}',
  flControls: 'Choose the flows shown',
  flCountry: 'Country',
  flAllCountries: 'All countries',
  flDir: 'Flows of the country',
  flDirBoth: 'Both directions',
  flDirExport: 'Outgoing (exports)',
  flDirImport: 'Incoming (imports)',
  flDirHint: 'Choose a country to show only its flows.',
  flChart: 'Chart',
  flChartFlowmap: 'Flow map',
  flChartSankey: 'Sankey',
  flChartChord: 'Chord',
  flChartMatrix: 'Matrix',
  flChartGroups: 'Groups',
  flTop: 'Largest flows shown',
  flNoShard: 'the manifest lists no flows file for this dataset and year',
  flWholeYear:
    'Flows are given for the whole year; the month chosen on the map does not apply here.',
  flNone: 'No flows for this selection.',
  flSummaryAll:
    '{all, plural, one {The only flow is shown: {total}.} other {All # flows are shown; together {total}.}}',
  flSummaryOther:
    'The {n} largest of {all, plural, one {# flow} other {# flows}} are shown: {topValue} ({topShare}). {count, plural, one {The other flow, {other} ({otherShare}), is counted as “Other”} other {The other # flows, together {other} ({otherShare}), are summed as “Other”}}. Total: {total}.',
  flCaption:
    '{chart}: {title}. Dataset: {dataset}. Selection: {list}. Year: {year}. Values in {currency}. Source: {source}',
  flOther: 'Other',
  flOtherFlows: 'Other flows ({count})',
  flTotal: 'Total',
  flTableCaption: '{n, plural, one {The largest flow} other {The # largest flows}}, in {currency}',
  flRank: 'Rank',
  flExporter: 'Exporter',
  flImporter: 'Importer',
  flExporters: 'Exporters',
  flImporters: 'Importers',
  flValue: 'Value ({currency})',
  flShare: 'Share',
  flByExporter: 'Declared by the exporter',
  flByImporter: 'Declared by the importer',
  flGap: 'Gap (importer − exporter)',
  flGapPct: 'Gap, % of the exporter’s figure',
  flNotDeclared: 'not declared',
  flFlowLabel: '{from} → {to}: {value} ({share} of the total)',
  flShareLine: '{share} of the total',
  flDeclaredLine: 'Declared by the exporter {ex}, by the importer {im}',
  flArcs: 'Flows, largest first',
  flKeyOut: 'outgoing',
  flKeyIn: 'incoming',
  flUnplaced: 'Not on the map (no place to draw): {flows}.',
  flNodeExports: '{name}: exports {value}, {share} of the total',
  flNodeImports: '{name}: imports {value}, {share} of the total',
  flGroupLabel: '{name}: exports {out}, imports {in}',
  flChordDiagonal:
    'Flows between two countries that are both in “Other” ({value}) cannot be drawn as a chord; the matrix includes them.',
  flChordHint: 'The Matrix view gives every value of this chart as a table.',
  flMatrixCaption: 'Exporters (rows) by importers (columns), in {currency}',
  flMatrixHint: 'Arrow keys move between cells; Home and End go to the ends of a row.',
  flMatrixCorner: 'Exporter \\ importer',
  flMirrorHeading: 'Two declarations of each flow',
  flMirrorBoth:
    'This dataset ({publisher}) keeps both declarations of a flow: what the exporter reported and what the importer reported. The charts use the exporter’s figure, else the importer’s; the table gives both and the gap.',
  flMirrorReasons:
    'The two rarely agree. Usual reasons: imports are valued CIF (with freight and insurance) and exports FOB; goods shipped in December may be recorded in January; goods in transit or re-exported are attributed to different partners; one side may keep lines confidential; and military goods are often left out by one side.',
  flDeclHeading: 'Whose figures these are',
  flDeclReconciled:
    'Reconciled figures ({publisher}): one value per flow, estimated from both the exporter’s and the importer’s declarations (imports brought to FOB values), so there is no gap between two declarations to show.',
  flDeclExporter:
    'Exporter-declared figures ({publisher}): the EU member states’ declarations of their exports. The importers’ declarations of the same flows are not in this dataset.',
  flDeclCompiled:
    'One figure per flow, from exporter to importer, compiled by {publisher} from UN Comtrade; the source does not say which side declared each figure, and the other side’s declaration is not included.',
  flDeclReporter:
    'One side’s declarations ({publisher}): the reporting country’s own figures; the partners’ declarations of the same flows are not in this dataset.',
};

/** @public registered whole by the view that loads it (registerCatalog) */
export const fr: Record<keyof typeof en, string> = {
  flTitle: 'Flux\u00a0: {selection}, {year}, en {currency}',
  flTitleExport: '{country}\u00a0: exportations, {selection}, {year}, en {currency}',
  flTitleImport: '{country}\u00a0: importations, {selection}, {year}, en {currency}',
  flTitleBoth: '{country}\u00a0: exportations et importations, {selection}, {year}, en {currency}',
  flControls: 'Choisir les flux affichés',
  flCountry: 'Pays',
  flAllCountries: 'Tous les pays',
  flDir: 'Flux du pays',
  flDirBoth: 'Les deux sens',
  flDirExport: 'Sortants (exportations)',
  flDirImport: 'Entrants (importations)',
  flDirHint: 'Choisissez un pays pour n’afficher que ses flux.',
  flChart: 'Graphique',
  flChartFlowmap: 'Carte de flux',
  flChartSankey: 'Diagramme de Sankey',
  flChartChord: 'Diagramme en cordes',
  flChartMatrix: 'Matrice',
  flChartGroups: 'Groupes',
  flTop: 'Plus grands flux affichés',
  flNoShard: 'le manifeste ne donne aucun fichier de flux pour ce jeu de données et cette année',
  flWholeYear:
    'Les flux portent sur l’année entière\u202f; le mois choisi sur la carte ne s’applique pas ici.',
  flNone: 'Aucun flux pour cette sélection.',
  flSummaryAll:
    '{all, plural, one {Le seul flux est affiché\u00a0: {total}.} other {Les # flux sont affichés\u202f; au total {total}.}}',
  flSummaryOther:
    'Les {n} plus grands des {all, plural, one {# flux} other {# flux}} sont affichés\u00a0: {topValue} ({topShare}). {count, plural, one {Le flux restant, {other} ({otherShare}), est compté dans «\u00a0Autres\u00a0»} other {Les # autres flux, au total {other} ({otherShare}), sont regroupés dans «\u00a0Autres\u00a0»}}. Total\u00a0: {total}.',
  flCaption:
    '{chart}\u00a0: {title}. Jeu de données\u00a0: {dataset}. Sélection\u00a0: {list}. Année\u00a0: {year}. Valeurs en {currency}. Source\u00a0: {source}',
  flOther: 'Autres',
  flOtherFlows: 'Autres flux ({count})',
  flTotal: 'Total',
  flTableCaption:
    '{n, plural, one {Le plus grand flux} other {Les # plus grands flux}}, en {currency}',
  flRank: 'Rang',
  flExporter: 'Exportateur',
  flImporter: 'Importateur',
  flExporters: 'Exportateurs',
  flImporters: 'Importateurs',
  flValue: 'Valeur ({currency})',
  flShare: 'Part',
  flByExporter: 'Déclaré par l’exportateur',
  flByImporter: 'Déclaré par l’importateur',
  flGap: 'Écart (importateur − exportateur)',
  flGapPct: 'Écart, en % du chiffre de l’exportateur',
  flNotDeclared: 'non déclaré',
  flFlowLabel: '{from} → {to}\u00a0: {value} ({share} du total)',
  flShareLine: '{share} du total',
  flDeclaredLine: 'Déclaré par l’exportateur {ex}, par l’importateur {im}',
  flArcs: 'Flux, du plus grand au plus petit',
  flKeyOut: 'sortants',
  flKeyIn: 'entrants',
  flUnplaced: 'Absents de la carte (aucun lieu où les tracer)\u00a0: {flows}.',
  flNodeExports: '{name}\u00a0: exportations {value}, {share} du total',
  flNodeImports: '{name}\u00a0: importations {value}, {share} du total',
  flGroupLabel: '{name}\u00a0: exportations {out}, importations {in}',
  flChordDiagonal:
    'Les flux entre deux pays tous deux dans «\u00a0Autres\u00a0» ({value}) ne peuvent être tracés en corde\u202f; la matrice les inclut.',
  flChordHint: 'La vue Matrice donne toutes les valeurs de ce graphique sous forme de tableau.',
  flMatrixCaption: 'Exportateurs (lignes) par importateurs (colonnes), en {currency}',
  flMatrixHint:
    'Les flèches déplacent d’une cellule à l’autre\u202f; Début et Fin vont aux extrémités d’une ligne.',
  flMatrixCorner: 'Exportateur \\ importateur',
  flMirrorHeading: 'Deux déclarations de chaque flux',
  flMirrorBoth:
    'Ce jeu de données ({publisher}) conserve les deux déclarations d’un flux\u00a0: celle de l’exportateur et celle de l’importateur. Les graphiques utilisent le chiffre de l’exportateur, à défaut celui de l’importateur\u202f; le tableau donne les deux et l’écart.',
  flMirrorReasons:
    'Elles concordent rarement. Raisons habituelles\u00a0: les importations sont évaluées CAF (fret et assurance compris) et les exportations FAB\u202f; une marchandise expédiée en décembre peut être enregistrée en janvier\u202f; le transit et les réexportations attribuent les biens à des partenaires différents\u202f; une partie peut garder des lignes confidentielles\u202f; et les biens militaires sont souvent omis par l’une des parties.',
  flDeclHeading: 'D’où viennent ces chiffres',
  flDeclReconciled:
    'Chiffres réconciliés ({publisher})\u00a0: une valeur par flux, estimée à partir des déclarations de l’exportateur et de l’importateur (importations ramenées en FAB)\u202f; il n’y a donc pas d’écart entre deux déclarations à montrer.',
  flDeclExporter:
    'Chiffres déclarés par l’exportateur ({publisher})\u00a0: les déclarations d’exportation des États membres de l’UE. Les déclarations des importateurs pour les mêmes flux ne figurent pas dans ce jeu de données.',
  flDeclCompiled:
    'Un chiffre par flux, de l’exportateur vers l’importateur, compilé par {publisher} à partir d’UN Comtrade\u202f; la source n’indique pas quelle partie a déclaré chaque chiffre, et la déclaration de l’autre partie n’est pas incluse.',
  flDeclReporter:
    'Déclarations d’une seule partie ({publisher})\u00a0: les chiffres du pays déclarant\u202f; les déclarations des partenaires pour les mêmes flux ne figurent pas dans ce jeu de données.',
};

/** @public registered whole by the view that loads it (registerCatalog) */
export const es: Record<keyof typeof en, string> = {
  flTitle: 'Flujos: {selection}, {year}, en {currency}',
  flTitleExport: '{country}: exportaciones, {selection}, {year}, en {currency}',
  flTitleImport: '{country}: importaciones, {selection}, {year}, en {currency}',
  flTitleBoth: '{country}: exportaciones e importaciones, {selection}, {year}, en {currency}',
  flControls: 'Elegir los flujos mostrados',
  flCountry: 'País',
  flAllCountries: 'Todos los países',
  flDir: 'Flujos del país',
  flDirBoth: 'Ambos sentidos',
  flDirExport: 'Salientes (exportaciones)',
  flDirImport: 'Entrantes (importaciones)',
  flDirHint: 'Elija un país para mostrar solo sus flujos.',
  flChart: 'Gráfico',
  flChartFlowmap: 'Mapa de flujos',
  flChartSankey: 'Diagrama de Sankey',
  flChartChord: 'Diagrama de cuerdas',
  flChartMatrix: 'Matriz',
  flChartGroups: 'Grupos',
  flTop: 'Mayores flujos mostrados',
  flNoShard: 'el manifiesto no incluye ningún archivo de flujos para este conjunto y año',
  flWholeYear: 'Los flujos son del año completo; el mes elegido en el mapa no se aplica aquí.',
  flNone: 'No hay flujos para esta selección.',
  flSummaryAll:
    '{all, plural, one {Se muestra el único flujo: {total}.} other {Se muestran los # flujos; en total {total}.}}',
  flSummaryOther:
    'Se muestran los {n} mayores de {all, plural, one {# flujo} other {# flujos}}: {topValue} ({topShare}). {count, plural, one {El flujo restante, {other} ({otherShare}), se cuenta como «Otros»} other {Los otros # flujos, en total {other} ({otherShare}), se suman como «Otros»}}. Total: {total}.',
  flCaption:
    '{chart}: {title}. Conjunto de datos: {dataset}. Selección: {list}. Año: {year}. Valores en {currency}. Fuente: {source}',
  flOther: 'Otros',
  flOtherFlows: 'Otros flujos ({count})',
  flTotal: 'Total',
  flTableCaption: '{n, plural, one {El mayor flujo} other {Los # mayores flujos}}, en {currency}',
  flRank: 'Puesto',
  flExporter: 'Exportador',
  flImporter: 'Importador',
  flExporters: 'Exportadores',
  flImporters: 'Importadores',
  flValue: 'Valor ({currency})',
  flShare: 'Cuota',
  flByExporter: 'Declarado por el exportador',
  flByImporter: 'Declarado por el importador',
  flGap: 'Diferencia (importador − exportador)',
  flGapPct: 'Diferencia, % de la cifra del exportador',
  flNotDeclared: 'no declarado',
  flFlowLabel: '{from} → {to}: {value} ({share} del total)',
  flShareLine: '{share} del total',
  flDeclaredLine: 'Declarado por el exportador {ex}, por el importador {im}',
  flArcs: 'Flujos, de mayor a menor',
  flKeyOut: 'salientes',
  flKeyIn: 'entrantes',
  flUnplaced: 'Fuera del mapa (sin lugar donde dibujarlos): {flows}.',
  flNodeExports: '{name}: exportaciones {value}, {share} del total',
  flNodeImports: '{name}: importaciones {value}, {share} del total',
  flGroupLabel: '{name}: exportaciones {out}, importaciones {in}',
  flChordDiagonal:
    'Los flujos entre dos países que están ambos en «Otros» ({value}) no pueden dibujarse como cuerda; la matriz los incluye.',
  flChordHint: 'La vista Matriz da todos los valores de este gráfico en una tabla.',
  flMatrixCaption: 'Exportadores (filas) por importadores (columnas), en {currency}',
  flMatrixHint: 'Las flechas mueven entre celdas; Inicio y Fin van a los extremos de una fila.',
  flMatrixCorner: 'Exportador \\ importador',
  flMirrorHeading: 'Dos declaraciones de cada flujo',
  flMirrorBoth:
    'Este conjunto ({publisher}) conserva las dos declaraciones de un flujo: la del exportador y la del importador. Los gráficos usan la cifra del exportador o, si falta, la del importador; la tabla da ambas y la diferencia.',
  flMirrorReasons:
    'Rara vez coinciden. Razones habituales: las importaciones se valoran CIF (con flete y seguro) y las exportaciones FOB; lo enviado en diciembre puede registrarse en enero; el tránsito y las reexportaciones atribuyen los bienes a socios distintos; una parte puede mantener líneas confidenciales; y los bienes militares a menudo los omite una de las partes.',
  flDeclHeading: 'De quién son estas cifras',
  flDeclReconciled:
    'Cifras conciliadas ({publisher}): un valor por flujo, estimado a partir de las declaraciones del exportador y del importador (importaciones llevadas a valor FOB), por lo que no hay diferencia entre dos declaraciones que mostrar.',
  flDeclExporter:
    'Cifras declaradas por el exportador ({publisher}): las declaraciones de exportación de los Estados miembros de la UE. Las declaraciones de los importadores de los mismos flujos no están en este conjunto.',
  flDeclCompiled:
    'Una cifra por flujo, del exportador al importador, compilada por {publisher} a partir de UN Comtrade; la fuente no dice qué parte declaró cada cifra, y la declaración de la otra parte no se incluye.',
  flDeclReporter:
    'Declaraciones de una sola parte ({publisher}): las cifras del país declarante; las declaraciones de los socios de los mismos flujos no están en este conjunto.',
};

/** @public registered whole by the view that loads it (registerCatalog) */
export const ru: Record<keyof typeof en, string> = {
  flTitle: 'Потоки: {selection}, {year}, в {currency}',
  flTitleExport: '{country}: экспорт, {selection}, {year}, в {currency}',
  flTitleImport: '{country}: импорт, {selection}, {year}, в {currency}',
  flTitleBoth: '{country}: экспорт и импорт, {selection}, {year}, в {currency}',
  flControls: 'Выбор показываемых потоков',
  flCountry: 'Страна',
  flAllCountries: 'Все страны',
  flDir: 'Потоки страны',
  flDirBoth: 'Оба направления',
  flDirExport: 'Исходящие (экспорт)',
  flDirImport: 'Входящие (импорт)',
  flDirHint: 'Выберите страну, чтобы показать только её потоки.',
  flChart: 'Диаграмма',
  flChartFlowmap: 'Карта потоков',
  flChartSankey: 'Диаграмма Сэнки',
  flChartChord: 'Хордовая диаграмма',
  flChartMatrix: 'Матрица',
  flChartGroups: 'Группы',
  flTop: 'Сколько крупнейших потоков показать',
  flNoShard: 'в манифесте нет файла потоков для этого набора данных и года',
  flWholeYear: 'Потоки даны за весь год; месяц, выбранный на карте, здесь не применяется.',
  flNone: 'Для этого выбора потоков нет.',
  flSummaryAll:
    '{all, plural, =1 {Показан единственный поток: {total}.} one {Показаны все # поток; всего {total}.} few {Показаны все # потока; всего {total}.} many {Показаны все # потоков; всего {total}.} other {Показаны все # потока; всего {total}.}}',
  flSummaryOther:
    'Показаны {n} крупнейших из {all, plural, one {# потока} few {# потоков} many {# потоков} other {# потока}}: {topValue} ({topShare}). {count, plural, =1 {Оставшийся поток ({other}, {otherShare}) включён в «Прочие»} one {Остальные # поток, всего {other} ({otherShare}), объединены в «Прочие»} few {Остальные # потока, всего {other} ({otherShare}), объединены в «Прочие»} many {Остальные # потоков, всего {other} ({otherShare}), объединены в «Прочие»} other {Остальные # потока, всего {other} ({otherShare}), объединены в «Прочие»}}. Итого: {total}.',
  flCaption:
    '{chart}: {title}. Набор данных: {dataset}. Выбор: {list}. Год: {year}. Значения в {currency}. Источник: {source}',
  flOther: 'Прочие',
  flOtherFlows: 'Прочие потоки ({count})',
  flTotal: 'Итого',
  flTableCaption:
    '{n, plural, one {# крупнейший поток} few {# крупнейших потока} many {# крупнейших потоков} other {# крупнейшего потока}}, в {currency}',
  flRank: 'Место',
  flExporter: 'Экспортёр',
  flImporter: 'Импортёр',
  flExporters: 'Экспортёры',
  flImporters: 'Импортёры',
  flValue: 'Стоимость ({currency})',
  flShare: 'Доля',
  flByExporter: 'По данным экспортёра',
  flByImporter: 'По данным импортёра',
  flGap: 'Расхождение (импортёр − экспортёр)',
  flGapPct: 'Расхождение, % от данных экспортёра',
  flNotDeclared: 'не заявлено',
  flFlowLabel: '{from} → {to}: {value} ({share} от итога)',
  flShareLine: '{share} от итога',
  flDeclaredLine: 'По данным экспортёра {ex}, импортёра {im}',
  flArcs: 'Потоки, начиная с крупнейшего',
  flKeyOut: 'исходящие',
  flKeyIn: 'входящие',
  flUnplaced: 'Не показаны на карте (нет места для отрисовки): {flows}.',
  flNodeExports: '{name}: экспорт {value}, {share} от итога',
  flNodeImports: '{name}: импорт {value}, {share} от итога',
  flGroupLabel: '{name}: экспорт {out}, импорт {in}',
  flChordDiagonal:
    'Потоки между двумя странами, обе из которых входят в «Прочие» ({value}), нельзя показать хордой; матрица их включает.',
  flChordHint: 'Вид «Матрица» даёт все значения этой диаграммы в виде таблицы.',
  flMatrixCaption: 'Экспортёры (строки) по импортёрам (столбцы), в {currency}',
  flMatrixHint: 'Стрелки переходят между ячейками; Home и End — к краям строки.',
  flMatrixCorner: 'Экспортёр \\ импортёр',
  flMirrorHeading: 'Данные обеих сторон о каждом потоке',
  flMirrorBoth:
    'Этот набор ({publisher}) хранит данные обеих сторон о потоке: экспортёра и импортёра. Диаграммы используют данные экспортёра, а при их отсутствии — импортёра; в таблице приведены обе цифры и расхождение.',
  flMirrorReasons:
    'Они редко совпадают. Обычные причины: импорт оценивается по СИФ (с фрахтом и страховкой), экспорт — по ФОБ; товар, отправленный в декабре, может быть учтён в январе; транзит и реэкспорт относят товары к разным партнёрам; одна из сторон может не раскрывать отдельные позиции как конфиденциальные; военные товары одна из сторон часто не отражает.',
  flDeclHeading: 'Чьи это данные',
  flDeclReconciled:
    'Согласованные данные ({publisher}): одно значение на поток, оценённое по данным экспортёра и импортёра (импорт приведён к ценам ФОБ), поэтому расхождения между данными двух сторон здесь нет.',
  flDeclExporter:
    'Данные экспортёров ({publisher}): отчётность государств — членов ЕС об их экспорте. Данных импортёров о тех же потоках в этом наборе нет.',
  flDeclCompiled:
    'Одно значение на поток, от экспортёра к импортёру, составленное {publisher} по данным UN Comtrade; источник не указывает, какая сторона сообщила каждое значение, и данные другой стороны не включены.',
  flDeclReporter:
    'Данные одной стороны ({publisher}): собственные данные отчитывающейся страны; данных партнёров о тех же потоках в этом наборе нет.',
};
