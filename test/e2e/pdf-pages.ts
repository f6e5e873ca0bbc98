import { inflateSync } from 'node:zlib';

/**
 * How far down each page of a PDF its marks reach, as a fraction of the page height (0 = an
 * empty page, 1 = marks at the bottom edge). Read from the page content streams that Chromium
 * writes, with a small interpreter of the graphics state: `q`/`Q`/`cm` for the transform, path
 * points committed when a path is painted (not when it only clips), text placed by `Tm`, and
 * images and forms (`Do`) by their unit square. A page's white background rectangle is not a
 * mark. Enough to tell a full page from one that holds a caption, which is all the print test
 * asks; not a general PDF reader.
 */
export function pageFills(pdf: Buffer): number[] {
  const s = pdf.toString('latin1');
  const kids = /\/Type\s*\/Pages[\s\S]*?\/Kids\s*\[([^\]]*)\]/.exec(s)?.[1] ?? '';
  const pages = [...kids.matchAll(/(\d+) 0 R/g)].map((m) => m[1] ?? '');
  return pages.map((id) => {
    const page = objectText(s, id);
    const height = Number(
      /\/MediaBox\s*\[\s*[\d.]+\s+[\d.]+\s+[\d.]+\s+([\d.]+)\s*\]/.exec(page)?.[1],
    );
    const contents = /\/Contents\s+(\d+) 0 R/.exec(page)?.[1];
    if (!contents || !height) throw new Error(`page object ${id}: no contents or media box`);
    const lowest = lowestMark(streamOf(pdf, s, contents));
    return lowest === null ? 0 : Math.min(1, (height - lowest) / height);
  });
}

function objectText(s: string, id: string): string {
  const at = s.search(new RegExp(`(^|\\s)${id} 0 obj`));
  if (at < 0) throw new Error(`object ${id} not found`);
  return s.slice(at, s.indexOf('endobj', at));
}

function streamOf(pdf: Buffer, s: string, id: string): string {
  const obj = objectText(s, id);
  const start = s.indexOf(obj) + obj.indexOf('stream') + 'stream'.length;
  const body = s[start] === '\r' ? start + 2 : start + 1;
  const end = s.indexOf('endstream', body);
  const raw = pdf.subarray(body, end);
  return /\/FlateDecode/.test(obj) ? inflateSync(raw).toString('latin1') : raw.toString('latin1');
}

type Matrix = [number, number, number, number, number, number];
const times = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
const yOf = (m: Matrix, x: number, y: number) => m[1] * x + m[3] * y + m[5];

/** The lowest y (PDF points, origin at the bottom) of any painted mark, or null for none. */
function lowestMark(content: string): number | null {
  // Strings and hex strings hold no operators: drop them before splitting into tokens.
  const tokens = content
    .replace(/\((?:\\.|[^\\)])*\)/g, ' ')
    .replace(/<[0-9A-Fa-f\s]*>/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  const nums: number[] = [];
  let path: number[] = [];
  let low: number | null = null;
  let painted = 0;
  const mark = (y: number) => (low = low === null ? y : Math.min(low, y));
  for (const tok of tokens) {
    const n = Number(tok);
    if (tok !== '' && !Number.isNaN(n) && /^[-+.\d]/.test(tok)) {
      nums.push(n);
      continue;
    }
    const a = nums.splice(0);
    switch (tok) {
      case 'q':
        saved.push(ctm);
        break;
      case 'Q':
        ctm = saved.pop() ?? ctm;
        break;
      case 'cm':
        ctm = times(a as Matrix, ctm);
        break;
      case 're': {
        const [x = 0, y = 0, , h = 0] = a;
        path.push(yOf(ctm, x, y), yOf(ctm, x, y + h));
        break;
      }
      case 'm':
      case 'l':
        path.push(yOf(ctm, a[0] ?? 0, a[1] ?? 0));
        break;
      case 'c':
        path.push(yOf(ctm, a[4] ?? 0, a[5] ?? 0));
        break;
      case 'f':
      case 'f*':
      case 'F':
      case 'S':
      case 's':
      case 'B':
      case 'B*':
      case 'b':
      case 'b*':
        // The first painted shape of a Chromium page is its white background: not a mark.
        if (painted++ > 0) for (const y of path) mark(y);
        path = [];
        break;
      case 'n':
        path = [];
        break;
      case 'Tm':
        mark(yOf(ctm, a[4] ?? 0, a[5] ?? 0));
        break;
      case 'Do':
        mark(yOf(ctm, 0, 0));
        mark(yOf(ctm, 1, 1));
        break;
    }
  }
  return low;
}
