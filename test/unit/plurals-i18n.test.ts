import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../src/i18n/messages.ts';
import { formatInteger } from '../../src/format/number.ts';
import { ALL, KEYS, LANGS, pluralBlocks, variables } from './i18n-catalogues.ts';

/**
 * Issue 14: every message that holds a count chooses its words through the language's plural
 * rules (Intl.PluralRules), in all four languages: no "1 rows", no «3 потоков».
 *
 * COUNTS names, per message, the variables that are a number of things. A variable whose
 * name looks like a count (SUSPECT) must be listed here or in NOT_COUNTS with the reason, so a
 * new message with a count cannot slip through as plain text.
 */
const COUNTS: Record<string, string[]> = {
  prKfExporters: ['n'],
  prKfImporters: ['n'],
  gpOwnGroup: ['n'],
  gpMembersWithData: ['k', 'n'],
  gpAllMembersWithData: ['n'],
  gpPartnersExport: ['n'],
  gpPartnersImport: ['n'],
  gpCodesExport: ['n'],
  gpCodesImport: ['n'],
  rgParticipants: ['n'],
  loadingFiles: ['done', 'total'],
  ctlHsFound: ['total'],
  ctlHsMore: ['total', 'shown'],
  ctlAdHocApplied: ['n'],
  ctlAdHocWillApply: ['n'],
  ctlAdHocOverLimit: ['max', 'n'],
  moChartSummary: ['months'],
  moMonthsValue: ['n'],
  moAggregatesValue: ['rows'],
  pgShownOf: ['n', 'total'],
  pgShowAll: ['n'],
  pgShowTop: ['n'],
  dlRows: ['n'],
  dlDone: ['n'],
  covSrcPlacesValue: ['ex', 'im'],
  covCompareEdition: ['n', 'm'],
  covRankOfReach: ['n'],
  covSelPartial: ['k', 'n'],
  covSelComplete: ['n'],
  covSelNone: ['n'],
  covCatPartial: ['k', 'n'],
  covCatNone: ['n'],
  covCodesMissing: ['n'],
  covWorldPartial: ['k', 'n'],
  covWorldComplete: ['n'],
  covReachTotal: ['n'],
  covSubset: ['k', 'n'],
  covSubsetUnknown: ['k'],
  covOwnList: ['n'],
  rmBuild: ['rows'],
  rmRows: ['n'],
  rmTotal: ['rows', 'flows'],
  rmYearsMonths: ['n'],
  rmCovSubsetPart: ['k', 'n'],
  rmCovSubsetPartUnknown: ['k'],
  rmCovReach: ['ex', 'im'],
  rmCovAll: ['n'],
  rmCovAllCat: ['n'],
  rmCovPart: ['k', 'n'],
  rmCovPartCat: ['k', 'n'],
  rmCovNone: ['n'],
  rmCovNoneCat: ['n'],
  rmCovTotals: ['k'],
  rmCovTotalsCat: ['k'],
  rmCovWithout: ['m'],
  rmCovWithoutCat: ['m'],
  rmCovNoCounterpart: ['m'],
  rmConv: ['codes', 'targets', 'upper'],
  rmConvSetAside: ['n'],
  rmLinkExact: ['n'],
  rmLinkSplit: ['n'],
  rmLinkMerged: ['n'],
  rmLinkNN: ['n'],
  rmLinkNone: ['n'],
  rmCavAggregates: ['rows'],
  pgRankOf: ['n'],
  pgPartnersExport: ['n'],
  pgPartnersImport: ['n'],
  pgCodesExport: ['n'],
  pgCodesImport: ['n'],
  pgCatsExport: ['n'],
  pgCatsImport: ['n'],
  flSummaryAll: ['all'],
  flSummaryOther: ['n', 'all', 'count'],
  flTableCaption: ['n'],
  prConversion: ['exact', 'split', 'merged', 'nn', 'none', 'upper'],
  prUvHow: ['min'],
  prJumpHow: ['z', 'min'],
  prJumpNA: ['n', 'min'],
  prExportersCaption: ['n'],
  prImportersCaption: ['n'],
  prUvDistSummary: ['n', 'flagged'],
  wsFull: ['max'],
  wsImported: ['n'],
  wsErrTooMany: ['max'],
  wsOfflineProgress: ['done', 'total'],
  wsOfflineDone: ['n'],
  wsOfflineFailed: ['n'],
  noteAggregates: ['n'],
  noteRepaired: ['n'],
  noteUpperFlows: ['flows'],
};

/** Numbers that are not a count of things, or counts that need no noun to agree with. */
const NOT_COUNTS: Record<string, string> = {
  'tooltipRank.n': '"Rank 3 of 50": a position among n, no noun',
  'covSrcCodesValue.k': '"412 of 5,388 (HS2017)": figures only',
  'covSrcCodesValue.n': 'same',
  'covSubsetPart.k': '"412 of 5,388 in HS2017": figures only',
  'covSubsetPart.n': 'same',
  'covKofN.k': '"2 of 50" in a table cell: figures only',
  'covKofN.n': 'same',
  'gpRankOf.n': '"2 of 5" in a table cell: figures only',
  'covYearOf.k': '"2022: 2 of 50": figures only',
  'covYearOf.n': 'same',
  'covWithRows.n': 'a count in parentheses after a heading',
  'covWithoutRows.n': 'same',
  'covNoCounterpart.n': 'same',
  'flOtherFlows.count': 'same',
  'pgCompareExcluded.a': '"3 in list A": figures after a colon, no noun',
  'pgCompareExcluded.b': 'same',
  'covChangeDiffers.a': 'a phrase ("2 of 50"), not a number',
  'covChangeDiffers.b': 'same',
  'covMonthsDiffer.a': 'a period, not a number',
  'covMonthsDiffer.b': 'same',
  'covMonthsCompared.a': 'same',
  'covMonthsCompared.b': 'same',
  'prUvDistSummary.min': 'a unit value, not a count',
  'wsCounter.n': 'a step number: "Step 3 of 12"',
  'wsCounter.total': 'same, figures only',
  'wsAdded.n': 'a step number',
  'wsStepTitle.n': 'a step number',
  'wsStepNote.n': 'a step number',
  'wsUp.n': 'a step number',
  'wsDown.n': 'a step number',
  'wsRemove.n': 'a step number',
  'wsGo.n': 'a step number',
  'wsErrStepShape.n': 'a step number',
  'wsErrStepView.n': 'a step number',
  'wsErrStepTitle.n': 'a step number',
  'wsErrStepNote.n': 'a step number',
  'wsErrStepParams.n': 'a step number',
  'covCodesMissing.codes': 'a list of codes',
  'ctlAdHocNotCarried.codes': 'a list of codes',
  'ctlAdHocRejected.codes': 'a list of codes',
  'prYearEditionMapping.codes': 'a list of codes',
  'rmCovNoCounterpart.codes': 'a list of codes',
  'rmCovPart.codes': 'a list of codes',
  'rmCovPartCat.codes': 'a list of codes',
  'rmCovWithout.codes': 'a list of codes',
  'rmCovWithoutCat.codes': 'a list of codes',
  'rmFCodes.codes': 'a list of codes',
  'rmFHs.codes': 'a list of codes',
  'flUnplaced.flows': 'a list of flows',
  'flDeclaredLine.ex': 'an amount',
  'flDeclaredLine.im': 'an amount',
  'flSummaryAll.total': 'an amount',
  'flSummaryOther.total': 'an amount',
  'prUvDistSummary.max': 'a unit value',
};

const SUSPECT =
  /^(n|k|m|total|shown|max|done|count|rows|months|all|ex|im|a|b|flows|codes|targets|upper|exact|split|merged|nn|none|flagged|z|min)$/;
const NUMBERS = [0, 1, 2, 5, 21, 1000];
/** Forms each language's whole numbers need (CLDR): Russian one, few, many; 'other' always. */
const NEEDED: Record<string, string[]> = {
  en: ['one', 'other'],
  fr: ['one', 'other'],
  es: ['one', 'other'],
  ru: ['one', 'few', 'many', 'other'],
};

describe('plural forms (issue 14)', () => {
  it('registers every variable that looks like a count', () => {
    const missing: string[] = [];
    for (const key of KEYS)
      for (const v of variables(ALL.en[key] ?? ''))
        if (SUSPECT.test(v) && !COUNTS[key]?.includes(v) && !NOT_COUNTS[`${key}.${v}`])
          missing.push(`${key}.${v}`);
    expect(missing).toEqual([]);
    for (const [key, vars] of Object.entries(COUNTS))
      for (const v of vars) expect(variables(ALL.en[key] ?? ''), key).toContain(v);
  });

  it('puts every count in a plural block, or beside the count it shares a noun with', () => {
    const bad: string[] = [];
    for (const lang of LANGS)
      for (const [key, vars] of Object.entries(COUNTS)) {
        const s = ALL[lang][key] ?? '';
        const blocks = pluralBlocks(s);
        for (const v of vars) {
          if (blocks.some((b) => b.name === v)) continue;
          // "{k} of the {n, plural, ...}", "{k, plural, ...} sur {n}", "по {k} из {n, plural...}".
          const at = s.indexOf(`{${v}}`);
          const near = blocks.some(
            (b) =>
              vars.includes(b.name) && Math.min(Math.abs(b.start - at), Math.abs(at - b.end)) < 24,
          );
          if (!near) bad.push(`${lang}.${key}: {${v}}`);
        }
      }
    expect(bad).toEqual([]);
  });

  it('gives every plural block the forms its language needs', () => {
    const bad: string[] = [];
    for (const lang of LANGS)
      for (const key of KEYS)
        for (const b of pluralBlocks(ALL[lang][key] ?? ''))
          for (const f of NEEDED[lang] ?? [])
            if (!b.forms.has(f)) bad.push(`${lang}.${key}: {${b.name}} has no '${f}'`);
    expect(bad).toEqual([]);
  });

  for (const lang of LANGS)
    it(`${lang}: renders each count with 0, 1, 2, 5, 21 and 1,000 in the form Intl.PluralRules chooses`, () => {
      const rules = new Intl.PluralRules(lang);
      for (const key of KEYS) {
        const template = ALL[lang][key] ?? '';
        const blocks = pluralBlocks(template);
        if (blocks.length === 0) continue;
        for (const n of NUMBERS) {
          const vars: Record<string, string | number> = {};
          for (const v of variables(ALL.en[key] ?? '')) vars[v] = `‹${v}›`;
          for (const b of blocks) vars[b.name] = n;
          const out = translate(lang, key as MessageKey, vars);
          expect(out, `${lang}.${key} n=${n}`).not.toMatch(/\{|\}|#/);
          for (const b of blocks) {
            const form =
              b.forms.get(`=${n}`) ?? b.forms.get(rules.select(n)) ?? b.forms.get('other') ?? '';
            const expected = form
              .split('#')
              .join(formatInteger(n, lang))
              .replace(/\{(\w+)\}/g, (_, v: string) => String(vars[v]));
            expect(out, `${lang}.${key} n=${n} {${b.name}}`).toContain(expected);
          }
        }
      }
    });

  it('never writes "1 rows" or «3 потоков»', () => {
    const plural = /\b1 (rows|codes|flows|countries|steps|files|months|categories|places|years)\b/;
    const ruWrong =
      /(?<!(из|по|для|на) )\b(3|22) (потоков|кодов|строк|стран|шагов|файлов|месяцев)\b/;
    for (const key of Object.keys(COUNTS)) {
      const vars = (n: number) => {
        const v: Record<string, string | number> = {};
        for (const x of variables(ALL.en[key] ?? '')) v[x] = `‹${x}›`;
        for (const x of COUNTS[key] ?? []) v[x] = n;
        return v;
      };
      expect(translate('en', key as MessageKey, vars(1)), key).not.toMatch(plural);
      expect(translate('ru', key as MessageKey, vars(3)), key).not.toMatch(ruWrong);
      expect(translate('ru', key as MessageKey, vars(22)), key).not.toMatch(ruWrong);
    }
  });

  it('reads counts formatted in each language', () => {
    expect(translate('es', 'dlRows', { n: 10883 })).toBe('10.883 filas');
    expect(translate('en', 'dlRows', { n: 1 })).toBe('1 row');
    expect(translate('fr', 'dlRows', { n: 10883 })).toBe('10\u202f883 lignes');
    expect(translate('ru', 'dlRows', { n: 21 })).toBe('21 строка');
    expect(translate('ru', 'dlRows', { n: 1000 })).toBe('1\u00a0000 строк');
  });
});
