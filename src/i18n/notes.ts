import type {
  DatasetMeta,
  InputCoverage,
  Lang,
  ListMeta,
  NotAppliedReason,
  RepairReason,
  SetAsideReason,
} from '../schema/manifest.ts';
import { formatInteger } from '../format/number.ts';
import { translate, type MessageKey } from './messages.ts';
import { listName } from './names.ts';

/**
 * The build's facts about a dataset (manifest `notes`, `inputCoverage`) worded in the reader's
 * language, English included: the manifest holds facts, not sentences. A reason the atlas has
 * no words for (a reader's breakdown, processing flows) is the one text quoted as the build
 * wrote it, in English, inside a sentence of the reader's language and marked so.
 */
export interface Note {
  text: string;
  /** True when the text holds the build's English words, quoted as is. */
  quoted: boolean;
  /** What the note says, so a README that already says it can leave it out. */
  kind:
    | 'upperBound'
    | 'category'
    | 'mirror'
    | 'aggregates'
    | 'repairs'
    | 'conversion'
    | 'subset'
    | 'other';
}

/** The words for each reason rows were set aside or repaired. */
const SET_ASIDE: Record<Exclude<SetAsideReason, 'other'>, MessageKey> = {
  'hs4-heading-cn8': 'noteKindHeading',
  'chapter-cn8': 'noteKindChapter',
  'hs4-heading': 'noteKindHeadingPlain',
  chapter: 'noteKindChapterPlain',
  'commodity-total': 'noteKindTotal',
  'world-partner': 'noteKindWorld',
  're-exports': 'noteKindReexports',
  're-imports': 'noteKindReimports',
  'domestic-exports': 'noteKindDomesticExports',
  'foreign-imports': 'noteKindForeignImports',
  'exports-inward-processing': 'noteKindExportsIp',
  'exports-outward-processing': 'noteKindExportsOp',
  'imports-inward-processing': 'noteKindImportsIp',
  'imports-outward-processing': 'noteKindImportsOp',
  'breakdown-partner2': 'noteKindByPartner2',
  'breakdown-customs': 'noteKindByCustoms',
  'breakdown-transport': 'noteKindByTransport',
  'breakdown-supply': 'noteKindBySupply',
  'aggregate-record': 'noteKindAggregateRecord',
};
const REPAIRS: Record<Exclude<RepairReason, 'other'>, MessageKey> = {
  'value-rounded': 'noteKindRounded',
  'country-alias': 'noteKindAlias',
  'hs-leading-zero': 'noteKindZero',
};

export function datasetNotes(ds: DatasetMeta, lists: ListMeta[], lang: Lang): Note[] {
  const t = (key: MessageKey, vars: Record<string, string | number> = {}) =>
    translate(lang, key, vars);
  // A reason the atlas has no words for: the whole note in English around the build's words,
  // quoted, so no sentence mixes two languages.
  const reason = (
    message: 'noteAggregates' | 'noteRepaired',
    facts: { rows: number; value?: number; text?: string },
    key: MessageKey | undefined,
    kind: Note['kind'],
  ): Note[] => {
    const words = key ? lang : 'en';
    const value = `${formatInteger(facts.value ?? 0, words)}\u00a0${ds.currency}`;
    const what = key ? t(key, { currency: ds.currency }) : (facts.text ?? '');
    return [
      { text: translate(words, message, { n: facts.rows, value, what }), quoted: !key, kind },
    ];
  };
  return ds.notes.flatMap((n): Note[] => {
    const own = (text: string, kind: Note['kind']): Note[] => [{ text, quoted: false, kind }];
    switch (n.kind) {
      case 'upperBound':
        return own(t('noteUpperBound'), 'upperBound');
      case 'categoryOnly':
        return own(t('noteCategoryOnly'), 'category');
      case 'mirror':
        return own(t('noteMirror'), 'mirror');
      case 'setAside':
        return reason(
          'noteAggregates',
          n,
          n.reason === 'other' ? undefined : SET_ASIDE[n.reason],
          'aggregates',
        );
      case 'repaired':
        return reason(
          'noteRepaired',
          n,
          n.reason === 'other' ? undefined : REPAIRS[n.reason],
          'repairs',
        );
      case 'conversion': {
        const c = ds.listConversions?.find((x) => x.list === n.list && x.to === n.to);
        if (!c) return [];
        const list = lists.find((l) => l.id === c.list);
        const text = t('prConversion', {
          list: list ? listName(list, lang) : c.list,
          from: c.from,
          to: c.to,
          exact: c.counts.exact,
          split: c.counts.split,
          merged: c.counts.merged,
          nn: c.counts['n:n'],
          none: c.counts.none,
          upper: c.upperBound,
        });
        const under =
          n.flows > 0
            ? ` ${t('noteUpperFlows', { flows: n.flows, value: `${formatInteger(n.value, lang)}\u00a0${ds.currency}` })}`
            : '';
        return own(text + under, 'conversion');
      }
      case 'productSubset':
        return ds.inputCoverage.hsCodes.map((h) => ({
          text: t(h.nomenclature > 0 ? 'covSubset' : 'covSubsetUnknown', {
            k: h.input,
            n: h.nomenclature,
            edition: h.edition,
          }),
          quoted: false,
          kind: 'subset',
        }));
    }
    return [];
  });
}

/** Why a list does not apply to a dataset, in the reader's language (`lists`: names to use). */
export function notAppliedReason(reason: NotAppliedReason, lists: ListMeta[], lang: Lang): string {
  if (reason.kind === 'categoryOnly') {
    const list = lists.find((l) => l.id === reason.categoryList);
    return translate(lang, 'notApplCategoryOnly', {
      list: list ? listName(list, lang) : reason.categoryList,
    });
  }
  return translate(lang, reason.kind === 'noTable' ? 'notApplNoTable' : 'notApplConversionOnly', {
    from: reason.from,
    to: reason.to,
  });
}

/** What a Comtrade reader's dataset covers: whatever files the user supplied. */
const COMTRADE_REACH: Partial<Record<Lang, string>> = {
  fr: 'les déclarants, partenaires et codes des fichiers Comtrade fournis (chaque ligne telle que son déclarant l’a déclarée)',
  es: 'los declarantes, socios y códigos de los archivos de Comtrade suministrados (cada fila tal como la declaró su declarante)',
  ru: 'отчитывающиеся страны, партнёры и коды из предоставленных файлов Comtrade (каждая строка — в том виде, в каком её сообщила отчитывающаяся страна)',
};

/**
 * The reach (manifest `coverage`, the source's own words) of the embedded datasets and of the
 * Comtrade readers' in each language; a dataset a user builds from other files keeps its
 * English.
 */
const REACH: Record<string, Partial<Record<Lang, string>>> = {
  'comtrade-legacy': COMTRADE_REACH,
  'comtrade-legacy-monthly': COMTRADE_REACH,
  'comtrade-plus': COMTRADE_REACH,
  'comtrade-plus-monthly': COMTRADE_REACH,
  'eurostat-comext': {
    fr: 'exportations déclarées par les 27 États membres de l’UE à destination de la Russie, du Bélarus, du Kazakhstan, de la Géorgie, de l’Arménie, de l’Ouzbékistan et du Kirghizstan, sous les codes NC des annexes des sanctions de l’UE contre la Russie (chapitres 28 à 90)',
    es: 'exportaciones declaradas por los 27 Estados miembros de la UE con destino a Rusia, Bielorrusia, Kazajistán, Georgia, Armenia, Uzbekistán y Kirguistán, bajo los códigos NC de los anexos de las sanciones de la UE contra Rusia (capítulos 28 a 90)',
    ru: 'экспорт, заявленный 27 государствами — членами ЕС в Россию, Беларусь, Казахстан, Грузию, Армению, Узбекистан и Киргизию, по кодам КН из приложений к санкциям ЕС против России (группы 28–90)',
  },
};

/**
 * What part of the world a dataset speaks for, in the reader's language; null when it is
 * world trade, or when the atlas cannot word it (a dataset it does not know): the caller then
 * quotes `ds.coverage`, the build's English.
 */
export function datasetReach(ds: DatasetMeta, lang: Lang): string | null {
  const reporter = ds.reporter;
  if (reporter)
    return translate(
      lang,
      reporter.flow === 'export' ? 'reachReporterExports' : 'reachReporterImports',
      { country: reporter.names[lang] },
    );
  if (!ds.coverage) return null;
  if (lang === 'en') return ds.coverage;
  return REACH[ds.id]?.[lang] ?? null;
}

/**
 * A dataset's coverage in one clause (README, metadata.json): its reach, then the product
 * subset the input holds, from `inputCoverage`. A reach the atlas cannot word is the build's
 * English, as published. Null for world trade over the whole nomenclature.
 */
export function datasetCoverage(ds: DatasetMeta, lang: Lang): string | null {
  const reach = datasetReach(ds, lang) ?? ds.coverage;
  // A manifest older than inputCoverage says nothing of a subset.
  const cov = ds.inputCoverage as InputCoverage | undefined;
  const subset = cov?.productSubset
    ? translate(lang, 'covCoverageSubset', {
        parts: cov.hsCodes
          .map((h) =>
            translate(lang, 'covSubsetPart', {
              k: h.input,
              n: h.nomenclature,
              edition: h.edition,
            }),
          )
          .join(', '),
      })
    : '';
  const parts = [reach, subset].filter(Boolean);
  return parts.length > 0 ? parts.join(lang === 'fr' ? '\u202f; ' : '; ') : null;
}
