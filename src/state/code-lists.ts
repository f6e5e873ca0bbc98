/**
 * The two lists a link or a text box can carry: HS codes (a custom list) and ISO3 codes (a
 * user's own group). Read leniently, whatever the separators, with every token not used
 * reported rather than dropped.
 */

/** Most codes an ad-hoc list keeps; more are reported, not silently dropped. */
export const MAX_CODES = 200;

/**
 * Reads HS codes typed or pasted in any common way: "8401.10, 2844 40; 854231".
 * Six digits after removing dots and spaces inside a code; five-digit codes get their
 * leading zero back; anything else is rejected and reported.
 */
export function parseCodeList(text: string): { codes: string[]; rejected: string[] } {
  const codes: string[] = [];
  const rejected: string[] = [];
  const tokens: string[] = [];
  for (const chunk of text.split(/[,;\n\r\t]+/)) {
    const c = chunk.trim();
    if (!c) continue;
    // "2844 40" is one code written with a space; "284440 840110" is two.
    if (/^[\d.\s]+$/.test(c) && /^\d{5,6}$/.test(c.replace(/[.\s]/g, ''))) tokens.push(c);
    else tokens.push(...c.split(/\s+/));
  }
  for (const token of tokens) {
    const compact = token.replace(/[.\s]/g, '');
    const code = /^\d{5}$/.test(compact) ? `0${compact}` : compact;
    if (/^\d{6}$/.test(code)) {
      if (!codes.includes(code)) codes.push(code);
    } else rejected.push(token.slice(0, 20));
  }
  return { codes, rejected };
}

/** Most members a user's own group keeps; more are reported, not silently dropped. */
export const MAX_MEMBERS = 300;

export interface MemberListParse {
  /** Valid codes, upper-case, first occurrence order, each once. */
  members: string[];
  /** Tokens that are not a known ISO3 code (as typed, clipped). */
  unknown: string[];
  /** Codes given more than once (kept once). */
  duplicates: string[];
  /** Valid codes past MAX_MEMBERS. */
  tooMany: string[];
}

/**
 * Reads a user's own group from a URL value or a pasted list: ISO3 codes separated by commas,
 * semicolons or white space, in any case ("kaz, KGZ;tjk"). `isKnown` says which codes the app
 * can show (the manifest's countries and the map's places); everything else is reported.
 */
export function parseMemberList(
  text: string,
  isKnown: (iso3: string) => boolean,
  max = MAX_MEMBERS,
): MemberListParse {
  const out: MemberListParse = { members: [], unknown: [], duplicates: [], tooMany: [] };
  const seen = new Set<string>();
  for (const token of text.split(/[,;\s]+/)) {
    if (token === '') continue;
    const code = token.toUpperCase();
    if (!/^[A-Z]{3}$/.test(code) || !isKnown(code)) {
      out.unknown.push(token.slice(0, 20));
      continue;
    }
    if (seen.has(code)) {
      if (!out.duplicates.includes(code)) out.duplicates.push(code);
      continue;
    }
    seen.add(code);
    if (out.members.length < max) out.members.push(code);
    else out.tooMany.push(code);
  }
  return out;
}
