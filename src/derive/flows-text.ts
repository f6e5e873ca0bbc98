import type { DatasetMeta } from '../schema/manifest.ts';
import type { FlowDir } from '../state/params.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { T } from '../i18n/types.ts';
import { declarationSide } from './flows.ts';

/** The flows view's title: all flows of the selection, or a country's in one or both directions. */
export function flowsTitle(
  t: T,
  vars: { selection: string; year: string; currency: string; country: string },
  dir: FlowDir,
): string {
  if (!vars.country) return t('flTitle', vars);
  const key: MessageKey =
    dir === 'export' ? 'flTitleExport' : dir === 'import' ? 'flTitleImport' : 'flTitleBoth';
  return t(key, vars);
}

/**
 * The words of one flow (a band, ribbon or matrix cell): from, to, value and its share of
 * the total drawn, the same for flows between countries and between groups.
 */
export function flowLabel(
  t: T,
  name: (key: string) => string,
  money: (v: number) => string,
  pct: (v: number) => string,
  total: number,
): (source: string, target: string, value: number) => string {
  return (source, target, value) =>
    t('flFlowLabel', {
      from: name(source),
      to: name(target),
      value: money(value),
      share: pct(total > 0 ? value / total : 0),
    });
}

/**
 * Whose declarations the figures are, in words: both with their gap explained (UN Comtrade),
 * reconciled (BACI), or the one side a source reports.
 */
export function declarationNote(ds: DatasetMeta, t: T): { heading: string; paragraphs: string[] } {
  const side = declarationSide(ds);
  const publisher = ds.publisher;
  switch (side) {
    case 'both':
      return {
        heading: t('flMirrorHeading'),
        paragraphs: [t('flMirrorBoth', { publisher }), t('flMirrorReasons')],
      };
    case 'reconciled':
      return { heading: t('flDeclHeading'), paragraphs: [t('flDeclReconciled', { publisher })] };
    case 'exporter':
      return { heading: t('flDeclHeading'), paragraphs: [t('flDeclExporter', { publisher })] };
    case 'compiled':
      return { heading: t('flDeclHeading'), paragraphs: [t('flDeclCompiled', { publisher })] };
    default:
      return { heading: t('flDeclHeading'), paragraphs: [t('flDeclReporter', { publisher })] };
  }
}
