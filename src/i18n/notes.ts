import type { DatasetMeta, Lang, ListMeta } from '../schema/manifest.ts';
import { formatInteger } from '../format/number.ts';
import { translate, type MessageKey } from './messages.ts';
import { listName } from './names.ts';

/**
 * The build's texts about a dataset (manifest `notes` and `coverage`), worded in the reader's
 * language (issue 14). The manifest keeps them in English for downloads' metadata.json; the
 * facts behind most of them are in the manifest as fields (granularity, mirror, listConversions,
 * inputCoverage), and the rest follow a few fixed sentences of the pipeline, recognised here.
 * A sentence the atlas does not recognise (a new note, a national file's own words) is shown as
 * published, in English, and marked so.
 */
export interface Note {
  text: string;
  /** True when the text is the build's English, quoted as is. */
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

/** The pipeline's words for totals set aside and rows repaired, and the message for each. */
const KINDS: Record<string, MessageKey> = {
  'HS4 heading total (the CN8 rows under it are the detail)': 'noteKindHeading',
  'chapter total (the CN8 rows under it are the detail)': 'noteKindChapter',
  'HS4 heading total': 'noteKindHeadingPlain',
  'chapter total': 'noteKindChapterPlain',
  'commodity TOTAL': 'noteKindTotal',
  're-exports (already inside exports)': 'noteKindReexports',
  're-imports (already inside imports)': 'noteKindReimports',
  'value rounded to the dollar': 'noteKindRounded',
  'country code alias applied': 'noteKindAlias',
  'HS code leading zero restored': 'noteKindZero',
};

const UPPER_BOUND =
  'Values under an HS code are an upper bound on strategic trade: a code also covers goods that are not controlled.';
const CATEGORY_ONLY = 'The source gives values by category only; there is no HS6 detail.';
const MIRROR = /^Both declarations of a flow are kept:/;
const AGGREGATES = /^(\d+) rows are totals of other rows and were not added: (.+)\.$/;
const REPAIRED = /^(\d+) rows repaired: (.+) \(see build-report\.json\)\.$/;
const CONVERSION =
  /^The (\S+) list is in (HS\d{4}) and was converted to (HS\d{4}).*\((\d+) flows, (\d+) (\w+) here\); per-code detail in \S+\.$/;
const SUBSET =
  /^The input holds .+, a product subset: totals, ranks and shares cover these codes only/;

export function datasetNotes(ds: DatasetMeta, lists: ListMeta[], lang: Lang): Note[] {
  const t = (key: MessageKey, vars: Record<string, string | number> = {}) =>
    translate(lang, key, vars);
  return ds.notes.flatMap((n): Note[] => {
    const own = (text: string, kind: Note['kind']): Note[] => [{ text, quoted: false, kind }];
    if (lang === 'en') return [{ text: n, quoted: false, kind: 'other' }];
    if (n === UPPER_BOUND) return own(t('noteUpperBound'), 'upperBound');
    if (n === CATEGORY_ONLY) return own(t('noteCategoryOnly'), 'category');
    if (MIRROR.test(n)) return own(t('noteMirror'), 'mirror');
    let m = AGGREGATES.exec(n);
    const kind = m && KINDS[m[2] ?? ''];
    if (m && kind)
      return own(t('noteAggregates', { n: Number(m[1]), what: t(kind) }), 'aggregates');
    m = REPAIRED.exec(n);
    const repair = m && KINDS[m[2] ?? ''];
    if (m && repair) return own(t('noteRepaired', { n: Number(m[1]), what: t(repair) }), 'repairs');
    m = CONVERSION.exec(n);
    const c = m && ds.listConversions?.find((x) => x.list === m?.[1] && x.to === m?.[3]);
    const list = c && lists.find((l) => l.id === c.list);
    if (m && c) {
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
      const flows = Number(m[4]);
      const under =
        flows > 0
          ? ` ${t('noteUpperFlows', { flows, value: `${formatInteger(Number(m[5]), lang)} ${m[6]}` })}`
          : '';
      return own(text + under, 'conversion');
    }
    if (SUBSET.test(n) && ds.inputCoverage.productSubset)
      return ds.inputCoverage.hsCodes.map((h) => ({
        text: t(h.nomenclature > 0 ? 'covSubset' : 'covSubsetUnknown', {
          k: h.input,
          n: h.nomenclature,
          edition: h.edition,
        }),
        quoted: false,
        kind: 'subset',
      }));
    return [{ text: n, quoted: true, kind: 'other' }];
  });
}

/** What the embedded datasets' own coverage clause says, before the product-subset clause. */
const REACH: Record<string, Partial<Record<Lang, string>>> = {
  'eurostat-comext': {
    fr: 'exportations déclarées par les 27 États membres de l’UE à destination de la Russie, du Bélarus, du Kazakhstan, de la Géorgie, de l’Arménie, de l’Ouzbékistan et du Kirghizstan, sous les codes NC des annexes des sanctions de l’UE contre la Russie (chapitres 28 à 90)',
    es: 'exportaciones declaradas por los 27 Estados miembros de la UE con destino a Rusia, Bielorrusia, Kazajistán, Georgia, Armenia, Uzbekistán y Kirguistán, bajo los códigos NC de los anexos de las sanciones de la UE contra Rusia (capítulos 28 a 90)',
    ru: 'экспорт, заявленный 27 государствами — членами ЕС в Россию, Беларусь, Казахстан, Грузию, Армению, Узбекистан и Киргизию, по кодам КН из приложений к санкциям ЕС против России (группы 28–90)',
  },
};
const SUBSET_CLAUSE = /(?:^|; )only (?:the \d[\d,]* )?HS6 codes in the input .*$/;

/**
 * A dataset's coverage in the reader's language, or null when the atlas cannot word it (a
 * dataset it does not know): the caller then quotes the build's English.
 */
export function datasetCoverage(ds: DatasetMeta, lang: Lang): string | null {
  const coverage = ds.coverage;
  if (!coverage) return null;
  if (lang === 'en') return coverage;
  const reach = coverage.replace(SUBSET_CLAUSE, '');
  const own = reach ? REACH[ds.id]?.[lang] : '';
  if (own === undefined) return null;
  const subset =
    SUBSET_CLAUSE.test(coverage) && ds.inputCoverage.productSubset
      ? translate(lang, 'covCoverageSubset', {
          parts: ds.inputCoverage.hsCodes
            .map((h) =>
              translate(lang, 'covSrcCodesValue', {
                k: h.input,
                n: h.nomenclature,
                edition: h.edition,
              }),
            )
            .join(', '),
        })
      : '';
  return [own, subset].filter(Boolean).join(lang === 'fr' ? '\u202f; ' : '; ');
}
