/**
 * Pure functions (no DOM) that compose one standalone SVG from a chart's markup: title,
 * filters, the chart scaled to the width, its legend or key, and the source lines. The text
 * is wrapped by an estimate of its width, since a standalone file cannot measure its fonts:
 * generic families only, so any viewer renders it.
 */

export type Swatch =
  | { kind: 'fill'; fill: string; stroke?: string; w?: number; h?: number }
  | { kind: 'hatch'; w?: number; h?: number }
  /** A small SVG drawn by the chart itself (a bar, a dashed line): markup of an <svg> element. */
  | { kind: 'svg'; markup: string; w: number; h: number };

export interface LegendItem {
  label: string;
  swatch: Swatch;
}

export interface LegendSpec {
  title?: string;
  items: LegendItem[];
}

export interface ChartSpec {
  /** A whole <svg> element with a viewBox and no width or height (styles inlined). */
  markup: string;
  /** Its viewBox size: the chart is scaled to the export's width, keeping this ratio. */
  width: number;
  height: number;
}

export interface ExportSpec {
  title: string;
  /** One line of filters ("Dataset: … · Year: 2023 · Flow: Exports"), wrapped as needed. */
  filters: string;
  chart: ChartSpec;
  legend?: LegendSpec | null;
  /** Source, licence and the view's address; each wrapped as needed. */
  source: string[];
  /** Width of the exported image in CSS pixels (the PNG is this times its scale). */
  width?: number;
}

export interface Composed {
  svg: string;
  width: number;
  height: number;
}

export const EXPORT_WIDTH = 800;
const PAD = 16;
const FONT = 'sans-serif';
const TITLE = { size: 18, line: 23 };
const FILTERS = { size: 12, line: 16 };
const LEGEND = { size: 12, line: 20 };
const SOURCE = { size: 10.5, line: 14 };
/** Average advance of a character of a sans-serif font, in ems: a safe over-estimate. */
const EM = 0.56;

/**
 * Characters XML 1.0 does not allow (C0 controls other than tab and line breaks, lone
 * surrogates, U+FFFE and U+FFFF): one of them in a name would leave a file no viewer opens.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Drops the characters XML cannot hold; the rest of the text is kept as it is. */
export function xmlChars(s: string): string {
  return s.replace(NOT_XML, '');
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(s: string): string {
  return xmlChars(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Estimated width of a text in px at a font size. */
export function textWidth(text: string, size: number, bold = false): number {
  return [...text].length * size * EM * (bold ? 1.07 : 1);
}

/** Splits a text into lines no wider than `max` px (estimated), at spaces where possible. */
export function wrapText(text: string, size: number, max: number, bold = false): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const perLine = Math.max(8, Math.floor(max / (size * EM * (bold ? 1.07 : 1))));
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    if (!word) continue;
    // A word longer than a line (a long address) is broken.
    while ([...word].length > perLine) {
      if (line) {
        lines.push(line);
        line = '';
      }
      const chars = [...word];
      lines.push(chars.slice(0, perLine).join(''));
      word = chars.slice(perLine).join('');
    }
    const next = line ? `${line} ${word}` : word;
    if ([...next].length > perLine) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Title lines of even length, as CSS `text-wrap: balance` sets them: the narrowest width that
 * needs no more lines than the greedy wrap, so a title never ends on one orphan word.
 */
export function wrapBalanced(text: string, size: number, max: number, bold = false): string[] {
  let best = wrapText(text, size, max, bold);
  if (best.length < 2) return best;
  const count = best.length;
  let lo = 0;
  let hi = max;
  // Half a character's width is as fine as the estimate can tell widths apart.
  while (hi - lo > (size * EM) / 2) {
    const mid = (lo + hi) / 2;
    const lines = wrapText(text, size, mid, bold);
    if (lines.length <= count) {
      hi = mid;
      best = lines;
    } else lo = mid;
  }
  return best;
}

const num = (v: number) => String(Math.round(v * 100) / 100);

function textBlock(
  lines: string[],
  x: number,
  y: number,
  style: { size: number; line: number },
  attrs: string,
): string {
  return lines
    .map(
      (l, i) =>
        `<text x="${num(x)}" y="${num(y + i * style.line)}" font-size="${style.size}" ${attrs}>${escapeXml(l)}</text>`,
    )
    .join('');
}

function swatchMarkup(s: Swatch, x: number, y: number): { markup: string; w: number } {
  if (s.kind === 'svg') {
    const h = Math.min(16, s.h);
    const w = Math.min(32, (s.w * h) / Math.max(1, s.h));
    const markup = s.markup.replace(
      /^<svg\b/,
      `<svg x="${num(x)}" y="${num(y + (14 - h) / 2)}" width="${num(w)}" height="${num(h)}"`,
    );
    return { markup, w };
  }
  const w = Math.min(28, Math.max(8, s.w ?? 18));
  const h = Math.min(14, Math.max(2, s.h ?? 13));
  const top = y + (14 - h) / 2;
  if (s.kind === 'hatch')
    return {
      markup: `<rect x="${num(x)}" y="${num(top)}" width="${num(w)}" height="${num(h)}" fill="url(#sh-hatch)" stroke="#777" stroke-width="1"/>`,
      w,
    };
  const stroke = s.stroke ? ` stroke="${escapeXml(s.stroke)}" stroke-width="1"` : '';
  return {
    markup: `<rect x="${num(x)}" y="${num(top)}" width="${num(w)}" height="${num(h)}" fill="${escapeXml(s.fill)}"${stroke}/>`,
    w,
  };
}

/** Legend items flow in rows, wrapping at the width. */
function legendBlock(
  legend: LegendSpec,
  x0: number,
  y0: number,
  max: number,
): { markup: string; height: number } {
  let markup = '';
  let y = y0;
  if (legend.title) {
    const lines = wrapText(legend.title, LEGEND.size, max, true);
    markup += textBlock(lines, x0, y + LEGEND.size, LEGEND, 'font-weight="bold" fill="#222"');
    y += lines.length * LEGEND.line;
  }
  let x = x0;
  for (const item of legend.items) {
    const sw = swatchMarkup(item.swatch, 0, 0);
    const labelW = Math.min(max - sw.w - 6, textWidth(item.label, LEGEND.size));
    const w = sw.w + 6 + labelW;
    if (x > x0 && x + w > x0 + max) {
      x = x0;
      y += LEGEND.line;
    }
    markup += swatchMarkup(item.swatch, x, y + 2).markup;
    markup += `<text x="${num(x + sw.w + 6)}" y="${num(y + 2 + 11)}" font-size="${LEGEND.size}" fill="#222">${escapeXml(item.label)}</text>`;
    x += w + 16;
  }
  if (legend.items.length) y += LEGEND.line;
  return { markup, height: y - y0 };
}

/** Composes the exported SVG; every size is explicit, so the PNG can be drawn at any scale. */
export function composeExport(spec: ExportSpec): Composed {
  const W = Math.round(spec.width ?? EXPORT_WIDTH);
  const inner = W - 2 * PAD;
  let y = PAD;
  let body = '';

  const titleLines = wrapBalanced(spec.title, TITLE.size, inner, true);
  body += textBlock(titleLines, PAD, y + TITLE.size, TITLE, 'font-weight="bold" fill="#111"');
  y += titleLines.length * TITLE.line;

  if (spec.filters) {
    const lines = wrapText(spec.filters, FILTERS.size, inner);
    body += textBlock(lines, PAD, y + FILTERS.size + 2, FILTERS, 'fill="#333"');
    y += lines.length * FILTERS.line + 4;
  }
  y += 8;

  const ratio = spec.chart.height / Math.max(1, spec.chart.width);
  const chartH = Math.round(inner * ratio);
  body += spec.chart.markup.replace(
    /^<svg\b/,
    `<svg x="${PAD}" y="${num(y)}" width="${inner}" height="${chartH}" preserveAspectRatio="xMidYMid meet"`,
  );
  y += chartH + 10;

  if (spec.legend && (spec.legend.items.length || spec.legend.title)) {
    const l = legendBlock(spec.legend, PAD, y, inner);
    body += l.markup;
    y += l.height + 6;
  }

  const sourceLines = spec.source.flatMap((s) => wrapText(s, SOURCE.size, inner));
  body += `<line x1="${PAD}" x2="${W - PAD}" y1="${num(y)}" y2="${num(y)}" stroke="#ccc" stroke-width="1"/>`;
  y += 4;
  body += textBlock(sourceLines, PAD, y + SOURCE.size + 2, SOURCE, 'fill="#444"');
  y += sourceLines.length * SOURCE.line + PAD;

  const H = Math.ceil(y);
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT}">` +
    `<title>${escapeXml(spec.title)}</title>` +
    `<defs><pattern id="sh-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#fff"/><line x1="0" y1="0" x2="0" y2="5" stroke="#9a9a9a" stroke-width="1.4"/></pattern></defs>` +
    `<rect width="${W}" height="${H}" fill="#fff"/>` +
    body +
    `</svg>\n`;
  return { svg, width: W, height: H };
}

/** A file name from words: lower case, ASCII letters and digits, joined by dashes. */
export function fileName(parts: (string | number)[], ext: string): string {
  const stem = parts
    .map((p) =>
      String(p)
        .normalize('NFKD')
        .replace(/[^\w\s-]/g, '')
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, '-'),
    )
    .filter(Boolean)
    .join('-')
    .slice(0, 80);
  return `${stem || 'chart'}.${ext}`;
}

/** The iframe snippet that embeds a view: the address with embed=1, a title, a fixed size. */
export function embedSnippet(src: string, title: string, width = 800, height = 600): string {
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
