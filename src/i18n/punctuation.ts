import type { Lang } from '../schema/manifest.ts';

/**
 * Punctuation that code puts between texts (chart tooltips, accessible names), as each
 * language sets it: French has a no-break space before a colon and a narrow no-break space
 * before a semicolon, so a label never ends a line alone with its colon on the next.
 */
const COLON: Partial<Record<Lang, string>> = { fr: '\u00a0: ' };
const SEMICOLON: Partial<Record<Lang, string>> = { fr: '\u202f; ' };

/** "label: value". */
export function labelValue(lang: Lang, label: string, value: string): string {
  return `${label}${COLON[lang] ?? ': '}${value}`;
}

/** Clauses of one tooltip or label, separated by semicolons. */
export function clauses(lang: Lang, parts: readonly string[]): string {
  return parts.join(SEMICOLON[lang] ?? '; ');
}
