/** Workshop texts loaded with the tour editor and presenter (registerCatalog). Keys start with "ws". */
export const en = {
  wsAdded: 'Added as step {n} of the tour.',
  wsFull: 'The tour is full ({max, plural, one {# step} other {# steps}}).',
  wsEmpty: 'No steps yet: open a view and press "Add to tour".',
  wsStepTitle: 'Title of step {n}',
  wsStepNote: 'Note for step {n}',
  wsUp: 'Move step {n} up',
  wsDown: 'Move step {n} down',
  wsRemove: 'Remove step {n}',
  wsGo: 'Open step {n}',
  wsPresent: 'Present',
  wsExport: 'Export JSON',
  wsImport: 'Import JSON',
  wsClear: 'Clear the tour',
  wsClose: 'Close',
  wsTooLong:
    'This tour is too long for the link: it is kept in this browser; export it to share it.',
  wsImported: '{n, plural, one {# step imported} other {# steps imported}}.',
  wsProblems: 'Problems found:',
  wsErrJson: 'The file is not valid JSON.',
  wsErrFormat: 'This is not a tour of this atlas.',
  wsErrVersion: 'This tour was made by another version of the atlas.',
  wsErrNoSteps: 'The file has no list of steps.',
  wsErrTooLarge: 'The file is too large for a tour.',
  wsErrEncoding: 'The tour in the link is damaged and could not be read.',
  wsErrTooMany: 'Only the first {max, plural, one {step was} other {# steps were}} kept.',
  wsErrStepShape: 'Step {n} is not a step: left out.',
  wsErrStepView: 'Step {n} has no valid view address: left out.',
  wsErrStepTitle: 'Step {n}: the title is not text or is too long: left out.',
  wsErrStepNote: 'Step {n}: the note is not text or is too long: left out.',
  wsErrStepParams:
    'Step {n}: these parameters do not apply to this data and fall back to defaults: {params}.',
  wsCounter: 'Step {n} of {total}',
  wsPrev: 'Previous',
  wsNext: 'Next',
  wsExit: 'Leave (Esc)',
  wsKeysHint: 'Arrows, Page Up/Down, Space, Home and End move through the tour; Esc leaves.',
  wsPresentLabel: 'Tour presentation',
  wsOffline: 'Make available offline',
  wsOfflineProgress: '{done} of {total, plural, one {# file} other {# files}} stored',
  wsOfflineDone:
    'Available offline: {n, plural, one {# file of {dataset} is} other {# files of {dataset} are}} stored in this browser.',
  wsOfflineFailed:
    '{n, plural, one {# file could not be stored} other {# files could not be stored}}; try again when online.',
  wsOfflineNone:
    'Offline use needs a service worker, which this browser or address does not allow (use https or localhost).',
};
type Catalogue = Record<keyof typeof en, string>;
/** @public registered whole by the view that loads it (registerCatalog) */
export const fr: Catalogue = {
  wsAdded: 'Ajoutée comme étape {n} de la visite.',
  wsFull: 'La visite est complète ({max, plural, one {# étape} other {# étapes}}).',
  wsEmpty: 'Aucune étape\u00a0: ouvrez une vue et cliquez sur «\u00a0Ajouter à la visite\u00a0».',
  wsStepTitle: 'Titre de l’étape {n}',
  wsStepNote: 'Note de l’étape {n}',
  wsUp: 'Monter l’étape {n}',
  wsDown: 'Descendre l’étape {n}',
  wsRemove: 'Supprimer l’étape {n}',
  wsGo: 'Ouvrir l’étape {n}',
  wsPresent: 'Présenter',
  wsExport: 'Exporter en JSON',
  wsImport: 'Importer un JSON',
  wsClear: 'Vider la visite',
  wsClose: 'Fermer',
  wsTooLong:
    'Cette visite est trop longue pour le lien\u00a0: elle est gardée dans ce navigateur\u202f; exportez-la pour la partager.',
  wsImported: '{n, plural, one {# étape importée} other {# étapes importées}}.',
  wsProblems: 'Problèmes relevés\u00a0:',
  wsErrJson: 'Le fichier n’est pas un JSON valide.',
  wsErrFormat: 'Ce n’est pas une visite de cet atlas.',
  wsErrVersion: 'Cette visite a été faite par une autre version de l’atlas.',
  wsErrNoSteps: 'Le fichier n’a pas de liste d’étapes.',
  wsErrTooLarge: 'Le fichier est trop grand pour une visite.',
  wsErrEncoding: 'La visite du lien est endommagée et ne peut pas être lue.',
  wsErrTooMany:
    '{max, plural, one {Seule la première étape a été gardée} other {Seules les # premières étapes ont été gardées}}.',
  wsErrStepShape: 'L’étape {n} n’est pas une étape\u00a0: écartée.',
  wsErrStepView: 'L’étape {n} n’a pas d’adresse de vue valide\u00a0: écartée.',
  wsErrStepTitle: 'Étape {n}\u00a0: le titre n’est pas du texte ou est trop long\u00a0: écartée.',
  wsErrStepNote: 'Étape {n}\u00a0: la note n’est pas du texte ou est trop longue\u00a0: écartée.',
  wsErrStepParams:
    'Étape {n}\u00a0: ces paramètres ne s’appliquent pas à ces données et reprennent leur valeur par défaut\u00a0: {params}.',
  wsCounter: 'Étape {n} sur {total}',
  wsPrev: 'Précédente',
  wsNext: 'Suivante',
  wsExit: 'Quitter (Échap)',
  wsKeysHint:
    'Flèches, Page préc./suiv., Espace, Début et Fin parcourent la visite\u202f; Échap pour quitter.',
  wsPresentLabel: 'Présentation de la visite',
  wsOffline: 'Rendre disponible hors ligne',
  wsOfflineProgress:
    '{done} sur {total, plural, one {# fichier enregistré} other {# fichiers enregistrés}}',
  wsOfflineDone:
    'Disponible hors ligne\u00a0: {n, plural, one {# fichier est enregistré} other {# fichiers sont enregistrés}} dans ce navigateur (jeu de données\u00a0: {dataset}).',
  wsOfflineFailed:
    '{n, plural, one {# fichier n’a pas pu être enregistré} other {# fichiers n’ont pas pu être enregistrés}}\u202f; réessayez une fois en ligne.',
  wsOfflineNone:
    'L’usage hors ligne demande un service worker, que ce navigateur ou cette adresse ne permet pas (utilisez https ou localhost).',
};
/** @public registered whole by the view that loads it (registerCatalog) */
export const es: Catalogue = {
  wsAdded: 'Añadida como paso {n} del recorrido.',
  wsFull: 'El recorrido está completo ({max, plural, one {# paso} other {# pasos}}).',
  wsEmpty: 'Aún no hay pasos: abra una vista y pulse «Añadir al recorrido».',
  wsStepTitle: 'Título del paso {n}',
  wsStepNote: 'Nota del paso {n}',
  wsUp: 'Subir el paso {n}',
  wsDown: 'Bajar el paso {n}',
  wsRemove: 'Quitar el paso {n}',
  wsGo: 'Abrir el paso {n}',
  wsPresent: 'Presentar',
  wsExport: 'Exportar JSON',
  wsImport: 'Importar JSON',
  wsClear: 'Vaciar el recorrido',
  wsClose: 'Cerrar',
  wsTooLong:
    'Este recorrido es demasiado largo para el enlace: se guarda en este navegador; expórtelo para compartirlo.',
  wsImported: '{n, plural, one {# paso importado} other {# pasos importados}}.',
  wsProblems: 'Problemas encontrados:',
  wsErrJson: 'El archivo no es un JSON válido.',
  wsErrFormat: 'No es un recorrido de este atlas.',
  wsErrVersion: 'Este recorrido se hizo con otra versión del atlas.',
  wsErrNoSteps: 'El archivo no tiene lista de pasos.',
  wsErrTooLarge: 'El archivo es demasiado grande para un recorrido.',
  wsErrEncoding: 'El recorrido del enlace está dañado y no se puede leer.',
  wsErrTooMany:
    '{max, plural, one {Solo se conservó el primer paso} other {Solo se conservaron los # primeros pasos}}.',
  wsErrStepShape: 'El paso {n} no es un paso: descartado.',
  wsErrStepView: 'El paso {n} no tiene una dirección de vista válida: descartado.',
  wsErrStepTitle: 'Paso {n}: el título no es texto o es demasiado largo: descartado.',
  wsErrStepNote: 'Paso {n}: la nota no es texto o es demasiado larga: descartado.',
  wsErrStepParams:
    'Paso {n}: estos parámetros no se aplican a estos datos y vuelven a su valor por defecto: {params}.',
  wsCounter: 'Paso {n} de {total}',
  wsPrev: 'Anterior',
  wsNext: 'Siguiente',
  wsExit: 'Salir (Esc)',
  wsKeysHint: 'Flechas, Re Pág/Av Pág, Espacio, Inicio y Fin recorren los pasos; Esc para salir.',
  wsPresentLabel: 'Presentación del recorrido',
  wsOffline: 'Guardar para usar sin conexión',
  wsOfflineProgress:
    '{done} de {total, plural, one {# archivo guardado} other {# archivos guardados}}',
  wsOfflineDone:
    'Disponible sin conexión: {n, plural, one {# archivo está guardado} other {# archivos están guardados}} en este navegador (conjunto de datos: {dataset}).',
  wsOfflineFailed:
    'No se {n, plural, one {pudo guardar # archivo} other {pudieron guardar # archivos}}; inténtelo de nuevo con conexión.',
  wsOfflineNone:
    'El uso sin conexión necesita un service worker, que este navegador o esta dirección no permite (use https o localhost).',
};
/** @public registered whole by the view that loads it (registerCatalog) */
export const ru: Catalogue = {
  wsAdded: 'Добавлено в сценарий как шаг {n}.',
  wsFull:
    'Сценарий заполнен ({max, plural, one {# шаг} few {# шага} many {# шагов} other {# шага}}).',
  wsEmpty: 'Шагов пока нет: откройте раздел и нажмите «Добавить в сценарий».',
  wsStepTitle: 'Заголовок шага {n}',
  wsStepNote: 'Заметка к шагу {n}',
  wsUp: 'Переместить шаг {n} вверх',
  wsDown: 'Переместить шаг {n} вниз',
  wsRemove: 'Удалить шаг {n}',
  wsGo: 'Открыть шаг {n}',
  wsPresent: 'Показать',
  wsExport: 'Экспорт JSON',
  wsImport: 'Импорт JSON',
  wsClear: 'Очистить сценарий',
  wsClose: 'Закрыть',
  wsTooLong:
    'Сценарий слишком длинный для ссылки: он сохранён в этом браузере; экспортируйте его, чтобы поделиться.',
  wsImported: 'Импортировано {n, plural, one {# шаг} few {# шага} many {# шагов} other {# шага}}.',
  wsProblems: 'Обнаруженные проблемы:',
  wsErrJson: 'Файл не является корректным JSON.',
  wsErrFormat: 'Это не сценарий показа этого атласа.',
  wsErrVersion: 'Этот сценарий создан другой версией атласа.',
  wsErrNoSteps: 'В файле нет списка шагов.',
  wsErrTooLarge: 'Файл слишком велик для сценария.',
  wsErrEncoding: 'Сценарий в ссылке повреждён и не может быть прочитан.',
  wsErrTooMany:
    '{max, plural, =1 {Сохранён только первый шаг} one {Сохранены только первые # шаг} few {Сохранены только первые # шага} many {Сохранены только первые # шагов} other {Сохранены только первые # шага}}.',
  wsErrStepShape: 'Шаг {n} не является шагом: пропущен.',
  wsErrStepView: 'У шага {n} нет корректной ссылки на раздел: пропущен.',
  wsErrStepTitle: 'Шаг {n}: заголовок не текст или слишком длинный: пропущен.',
  wsErrStepNote: 'Шаг {n}: заметка не текст или слишком длинная: пропущен.',
  wsErrStepParams:
    'Шаг {n}: эти параметры не подходят к этим данным и заменены значениями по умолчанию: {params}.',
  wsCounter: 'Шаг {n} из {total}',
  wsPrev: 'Назад',
  wsNext: 'Далее',
  wsExit: 'Выйти (Esc)',
  wsKeysHint: 'Стрелки, Page Up/Down, пробел, Home и End переключают шаги сценария; Esc — выход.',
  wsPresentLabel: 'Показ сценария',
  wsOffline: 'Сохранить для работы офлайн',
  wsOfflineProgress:
    'Сохранено {done} из {total, plural, one {# файла} few {# файлов} many {# файлов} other {# файла}}',
  wsOfflineDone:
    'Доступно офлайн: в этом браузере {n, plural, one {сохранён # файл} few {сохранены # файла} many {сохранено # файлов} other {сохранено # файла}} набора данных «{dataset}».',
  wsOfflineFailed:
    'Не удалось сохранить {n, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}; повторите при подключении к сети.',
  wsOfflineNone:
    'Для работы офлайн нужен service worker, который этот браузер или адрес не допускает (используйте https или localhost).',
};
