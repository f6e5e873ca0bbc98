import type { DatasetMeta, Lang, ListMeta, Manifest } from '../schema/manifest.ts';

/**
 * The atlas's own names in each language: HS edition labels, and the names of the
 * shipped lists, their categories and tiers, and the embedded datasets. The manifest carries
 * them in English (the build's language, kept for downloads' metadata.json); the interface
 * shows the language's name, and falls back to the manifest's English for a list or dataset a
 * user adds. Texts quoted from a source (HS descriptions, citations, licences, publishers,
 * coverage notes) are not here: they stay as published.
 */

/** The Harmonized System's abbreviation: HS, SH (Système harmonisé), SA (Sistema Armonizado), ГС. */
export const HS_ABBR: Record<Lang, string> = { en: 'HS', fr: 'SH', es: 'SA', ru: 'ГС' };

/** "HS2017" as the language writes it: HS2017, SH2017, SA2017, ГС2017. Anything else as is. */
export function editionLabel(edition: string, lang: Lang): string {
  const m = /^HS(\d{4})$/.exec(edition);
  return m ? `${HS_ABBR[lang]}${m[1]}` : edition;
}

/** A value that is an edition or a list of editions ("HS2017", "HS2017, HS2022"). */
const EDITIONS = /^HS\d{4}(?:, HS\d{4})*$/;

/**
 * What translate() does to an inserted value: an HS edition, or a list of them, is written in
 * the language; any other text is inserted as it is (a citation that mentions HS2022 stays
 * as published).
 */
export function localValue(value: string, lang: Lang): string {
  return lang !== 'en' && EDITIONS.test(value)
    ? value.replace(/HS(\d{4})/g, `${HS_ABBR[lang]}$1`)
    : value;
}

type Names = Partial<Record<Exclude<Lang, 'en'>, string>>;

/**
 * The three shipped lists. The Common High Priority List's official French and Spanish titles
 * could not be verified, so these are descriptive renderings (data/glossary, source null).
 */
const LISTS: Record<string, Names> = {
  chpl: {
    fr: 'Liste commune des articles de haute priorité (CHPL)',
    es: 'Lista común de artículos de alta prioridad (CHPL)',
    ru: 'Общий список высокоприоритетных товаров (CHPL)',
  },
  indicative: {
    fr: 'Liste indicative de biens stratégiques',
    es: 'Lista indicativa de productos estratégicos',
    ru: 'Ориентировочный список стратегических товаров',
  },
  'jrc-nuclear': {
    fr: 'Liste des produits de l’Atlas du commerce nucléaire du JRC',
    es: 'Lista de productos del Atlas del Comercio Nuclear del JRC',
    ru: 'Список товаров Атласа ядерной торговли JRC',
  },
};

/**
 * Categories and tiers, by list id then category id. The indicative list's categories follow
 * the categories of the EU dual-use list (Regulation (EU) 2021/821, Annex I) in each language.
 */
const CATEGORIES: Record<string, Record<string, Names>> = {
  chpl: {
    TIER_1: {
      fr: 'Niveau 1\u00a0: circuits intégrés',
      es: 'Nivel 1: circuitos integrados',
      ru: 'Уровень 1: интегральные схемы',
    },
    TIER_2: {
      fr: 'Niveau 2\u00a0: composants de communication et de navigation, composants électroniques passifs',
      es: 'Nivel 2: componentes de comunicación y navegación, componentes electrónicos pasivos',
      ru: 'Уровень 2: компоненты связи и навигации, пассивные электронные компоненты',
    },
    TIER_3_A: {
      fr: 'Niveau 3.A\u00a0: semi-conducteurs discrets, convertisseurs et autres composants électroniques',
      es: 'Nivel 3.A: semiconductores discretos, convertidores y otros componentes electrónicos',
      ru: 'Уровень 3.A: дискретные полупроводниковые приборы, преобразователи и другие электронные компоненты',
    },
    TIER_3_B: {
      fr: 'Niveau 3.B\u00a0: roulements, parties d’aéronefs, optique et instruments de navigation',
      es: 'Nivel 3.B: rodamientos, partes de aeronaves, óptica e instrumentos de navegación',
      ru: 'Уровень 3.B: подшипники, части летательных аппаратов, оптика и навигационные приборы',
    },
    TIER_4_A: {
      fr: 'Niveau 4.A\u00a0: ordinateurs, équipements de fabrication et d’essai de semi-conducteurs',
      es: 'Nivel 4.A: ordenadores y equipos de fabricación y ensayo de semiconductores',
      ru: 'Уровень 4.A: компьютеры, оборудование для производства и испытаний полупроводников',
    },
    TIER_4_B: {
      fr: 'Niveau 4.B\u00a0: machines-outils à commande numérique',
      es: 'Nivel 4.B: máquinas herramienta de control numérico',
      ru: 'Уровень 4.B: станки с ЧПУ',
    },
  },
  indicative: {
    nuclear: { fr: 'Nucléaire (GFN)', es: 'Nuclear (GSN)', ru: 'Ядерные товары (ГЯП)' },
    chemical: {
      fr: 'Précurseurs et équipements d’armes chimiques (CIAC, Groupe de l’Australie)',
      es: 'Precursores y equipos de armas químicas (CAQ, Grupo de Australia)',
      ru: 'Прекурсоры и оборудование для химического оружия (КХО, Австралийская группа)',
    },
    biological: {
      fr: 'Biologique (CABT, Groupe de l’Australie)',
      es: 'Biológico (Convención sobre las Armas Biológicas, Grupo de Australia)',
      ru: 'Биологические товары (КБТО, Австралийская группа)',
    },
    missile: {
      fr: 'Missiles et vecteurs (RCTM)',
      es: 'Misiles y sistemas vectores (RCTM)',
      ru: 'Ракеты и средства доставки (РКРТ)',
    },
    military: {
      fr: 'Biens militaires (Liste des munitions de l’Arrangement de Wassenaar)',
      es: 'Productos militares (Lista de Municiones del Arreglo de Wassenaar)',
      ru: 'Военная продукция (Список боеприпасов Вассенаарских договорённостей)',
    },
    electronics: {
      fr: 'Électronique et calculateurs',
      es: 'Electrónica y ordenadores',
      ru: 'Электроника и вычислительная техника',
    },
    sensors: { fr: 'Capteurs et lasers', es: 'Sensores y láseres', ru: 'Датчики и лазеры' },
    navigation: {
      fr: 'Navigation et avionique',
      es: 'Navegación y aviónica',
      ru: 'Навигация и авионика',
    },
    'materials-processing': {
      fr: 'Traitement des matériaux et machines-outils',
      es: 'Tratamiento de los materiales y máquinas herramienta',
      ru: 'Обработка материалов и станки',
    },
    aerospace: {
      fr: 'Aérospatiale et propulsion',
      es: 'Aeronáutica y sistemas de propulsión',
      ru: 'Авиационно-космическая техника и двигательные установки',
    },
  },
  'jrc-nuclear': {
    mining: {
      fr: 'Extraction minière (minerais d’uranium et de thorium)',
      es: 'Minería (minerales de uranio y torio)',
      ru: 'Добыча (урановые и ториевые руды)',
    },
    enrichment: {
      fr: 'Conversion et enrichissement',
      es: 'Conversión y enriquecimiento',
      ru: 'Конверсия и обогащение',
    },
    'fuel-fabrication': {
      fr: 'Fabrication du combustible',
      es: 'Fabricación del combustible',
      ru: 'Изготовление топлива',
    },
    'power-plant': {
      fr: 'Centrale nucléaire (réacteurs, parties, eau lourde)',
      es: 'Central nuclear (reactores, partes, agua pesada)',
      ru: 'АЭС (реакторы, их части, тяжёлая вода)',
    },
    'spent-fuel-hlw': {
      fr: 'Combustible usé et déchets de haute activité',
      es: 'Combustible gastado y desechos de actividad alta',
      ru: 'Отработавшее топливо и высокоактивные отходы',
    },
    ignore: {
      fr: 'Non propre au cycle du combustible (JRC\u00a0: «\u00a0ignore\u00a0»)',
      es: 'No específico del ciclo del combustible (JRC: «ignore»)',
      ru: 'Не специфично для топливного цикла (JRC: «ignore»)',
    },
  },
};

/** The Comtrade readers' datasets (files a user supplies): source, then frequency. */
const COMTRADE_SOURCE: Record<string, Names> = {
  'comtrade-legacy': {
    fr: 'CSV de l’ancienne interface, en vrac ou par API',
    es: 'CSV de la interfaz anterior, descarga masiva o API',
    ru: 'CSV прежнего интерфейса, массовая выгрузка или API',
  },
  'comtrade-plus': {
    fr: 'API ou fichiers en vrac de Comtrade Plus',
    es: 'API o archivos masivos de Comtrade Plus',
    ru: 'API или массовые файлы Comtrade Plus',
  },
};
const COMTRADE_TITLE: Record<'annual' | 'monthly', Names> = {
  annual: {
    fr: 'SH6, annuel, tel que déclaré par chaque pays',
    es: 'SA6, anual, tal como lo declara cada país',
    ru: 'ГС6, годовые данные, как их сообщает каждая страна',
  },
  monthly: {
    fr: 'SH6, mensuel, tel que déclaré par chaque pays',
    es: 'SA6, mensual, tal como lo declara cada país',
    ru: 'ГС6, помесячные данные, как их сообщает каждая страна',
  },
};

/** Titles of the embedded datasets and of the Comtrade readers' datasets, by id. */
const DATASETS: Record<string, Names> = {
  ...Object.fromEntries(
    Object.entries(COMTRADE_SOURCE).flatMap(([id, source]) =>
      (['annual', 'monthly'] as const).map((f): [string, Names] => [
        f === 'monthly' ? `${id}-monthly` : id,
        {
          fr: `UN Comtrade (${source.fr ?? ''}), ${COMTRADE_TITLE[f].fr ?? ''}`,
          es: `UN Comtrade (${source.es ?? ''}), ${COMTRADE_TITLE[f].es ?? ''}`,
          ru: `UN Comtrade (${source.ru ?? ''}), ${COMTRADE_TITLE[f].ru ?? ''}`,
        },
      ]),
    ),
  ),
  'eurostat-comext': {
    fr: 'Eurostat Comext, exportations de l’UE-27 vers la Russie et ses voisins (codes NC8 soumis à sanctions), mensuel',
    es: 'Eurostat Comext, exportaciones de la UE-27 a Rusia y sus países vecinos (códigos NC8 sujetos a sanciones), mensual',
    ru: 'Eurostat Comext, экспорт ЕС-27 в Россию и соседние страны (коды КН8 под санкциями), помесячно',
  },
  'jrc-nuclear': {
    fr: 'Atlas du commerce nucléaire du JRC, catégories du cycle du combustible',
    es: 'Atlas del Comercio Nuclear del JRC, categorías del ciclo del combustible',
    ru: 'Атлас ядерной торговли JRC, категории топливного цикла',
  },
};

/** BACI releases are titled "CEPII BACI, HS2022, release 202501" whatever their id. */
const BACI = /^CEPII BACI, (HS\d{4}), release (\w+)$/;
const BACI_RELEASE: Names = { fr: 'version', es: 'versión', ru: 'выпуск' };

export function listName(list: ListMeta, lang: Lang): string {
  return (lang !== 'en' && LISTS[list.id]?.[lang]) || list.name;
}

export function categoryLabel(list: ListMeta, id: string, lang: Lang): string {
  const english = list.categories.find((c) => c.id === id)?.label ?? id;
  return (lang !== 'en' && CATEGORIES[list.id]?.[id]?.[lang]) || english;
}

export function datasetTitle(ds: DatasetMeta, lang: Lang): string {
  if (lang === 'en') return ds.title;
  const own = DATASETS[ds.id]?.[lang];
  if (own) return own;
  const baci = BACI.exec(ds.title);
  return baci
    ? `CEPII BACI, ${editionLabel(baci[1] ?? '', lang)}, ${BACI_RELEASE[lang]} ${baci[2]}`
    : ds.title;
}

const localized = new Map<Lang, WeakMap<Manifest, Manifest>>();
const originals = new WeakMap<Manifest, Manifest>();

/**
 * The manifest as the interface shows it in one language: list names, category labels and
 * dataset titles in that language; every id, path and figure the same. Made once per manifest
 * and language, so a view's memoised work keeps its inputs.
 */
export function localizeManifest(manifest: Manifest, lang: Lang): Manifest {
  if (lang === 'en') return manifest;
  let byLang = localized.get(lang);
  if (!byLang) {
    byLang = new WeakMap();
    localized.set(lang, byLang);
  }
  const hit = byLang.get(manifest);
  if (hit) return hit;
  const out: Manifest = {
    ...manifest,
    datasets: manifest.datasets.map((d) => ({ ...d, title: datasetTitle(d, lang) })),
    lists: manifest.lists.map((l) => ({
      ...l,
      name: listName(l, lang),
      categories: l.categories.map((c) => ({ ...c, label: categoryLabel(l, c.id, lang) })),
    })),
  };
  byLang.set(manifest, out);
  originals.set(out, manifest);
  return out;
}

/** The manifest as built (English names): for metadata.json and anything a program reads. */
export function englishManifest(manifest: Manifest): Manifest {
  return originals.get(manifest) ?? manifest;
}
