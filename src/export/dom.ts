/**
 * Reading a chart from the page: its root <svg> (marked data-export), its styles (the CSS
 * rules become inline styles, so the file stands alone), its title and its legend or key.
 */
import { xmlChars, type LegendItem, type LegendSpec, type Swatch } from './compose.ts';

/** The charts' roots carry data-export="<kind>"; legends and keys data-export-legend. */
export const CHART_SELECTOR = 'svg[data-export]';
const LEGEND_SELECTOR = '[data-export-legend], .fl-key';
const SWATCH_SELECTOR = '.swatch, .fl-swatch, svg';

/** Properties written inline. Inherited ones are written only where they change. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'visibility',
  'paint-order',
];
const OWN: Record<string, string> = {
  opacity: '1',
  'dominant-baseline': 'auto',
  'vector-effect': 'none',
};
/** Attributes of the live chart that mean nothing in a file. */
const DROP_ATTR = /^(class|style|tabindex|role|focusable|aria-.*|data-.*|on.*)$/i;

const clean = (v: string) =>
  v
    // A reference to a pattern or marker of the same SVG, never the page's address.
    .replace(/url\((["']?)[^)#"']*#([^)"']+)\1\)/g, 'url(#$2)')
    .replace(/^rgba\(0, 0, 0, 0\)$/, 'none');

/**
 * A copy of an <svg> with its computed styles inline, without interactive attributes or
 * hidden parts; its viewBox is kept and its width and height dropped (the composer sizes it).
 */
export function inlineSvg(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const computed = new Map<Element, CSSStyleDeclaration>();
  const style = (el: Element) => {
    let s = computed.get(el);
    if (!s) {
      s = getComputedStyle(el);
      computed.set(el, s);
    }
    return s;
  };
  const remove: Element[] = [];
  originals.forEach((el, i) => {
    const copy = copies[i];
    if (!copy) return;
    const s = style(el);
    if (s.display === 'none' || el.tagName.toLowerCase() === 'title') {
      remove.push(copy);
      return;
    }
    const parent = el === svg ? null : el.parentElement;
    const ps = parent ? style(parent) : null;
    const decl: [string, string][] = [];
    for (const p of INHERITED) {
      const v = s.getPropertyValue(p);
      if (v && (!ps || ps.getPropertyValue(p) !== v)) decl.push([p, clean(v)]);
    }
    for (const [p, initial] of Object.entries(OWN)) {
      const v = s.getPropertyValue(p);
      if (v && v !== initial) decl.push([p, clean(v)]);
    }
    for (const a of [...copy.attributes]) if (DROP_ATTR.test(a.name)) copy.removeAttribute(a.name);
    // Through the CSSOM, not setAttribute('style'): the Content Security Policy (style-src
    // 'self') refuses inline style attributes but allows the CSSOM; the file gets the same
    // style attribute when serialised.
    const inline = (copy as SVGElement).style;
    for (const [p, v] of decl) inline.setProperty(p, v);
  });
  for (const el of remove) el.remove();

  const vb = svg.viewBox.baseVal;
  const box = svg.getBoundingClientRect();
  const width = vb && vb.width ? vb.width : box.width || 300;
  const height = vb && vb.height ? vb.height : box.height || 150;
  if (!vb || !vb.width) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.removeAttribute('width');
  clone.removeAttribute('height');
  // The page may slice the map to fill a phone's screen; the file places the whole chart.
  clone.removeAttribute('preserveAspectRatio');
  // The map clips its zoomed world; the time series lets its labels overflow.
  clone.setAttribute('overflow', style(svg).overflow === 'visible' ? 'visible' : 'hidden');
  // A background set by CSS on the <svg> element (the map's sea) becomes a rectangle.
  const bg = style(svg).backgroundColor;
  if (bg && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') {
    const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    rect.setAttribute('x', String(vb?.x ?? 0));
    rect.setAttribute('y', String(vb?.y ?? 0));
    rect.setAttribute('width', String(width));
    rect.setAttribute('height', String(height));
    rect.setAttribute('fill', bg);
    clone.insertBefore(rect, clone.firstChild);
  }
  keepXmlChars(clone);
  const markup = new XMLSerializer().serializeToString(clone);
  return { markup, width, height };
}

/**
 * XMLSerializer writes text as it finds it, so a control character in a country name or an
 * HS description would make the file unreadable: such characters are dropped from the copy.
 */
function keepXmlChars(root: Element): void {
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = texts.nextNode(); n; n = texts.nextNode()) {
    const t = n as Text;
    const clean = xmlChars(t.data);
    if (clean !== t.data) t.data = clean;
  }
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const a of [...el.attributes]) {
      const clean = xmlChars(a.value);
      if (clean !== a.value) el.setAttribute(a.name, clean);
    }
  }
}

/** The chart's title: its own labelled-by text, the heading of its section, or its label. */
/**
 * What the page says the data cover (the subset and selection notes), so an exported chart
 * carries the same words as the page it came from, derived once.
 */
export function coverageText(): string {
  return [
    ...document.querySelectorAll(
      '[data-testid="subset-note"], [data-testid="selection-coverage"] > p',
    ),
  ]
    .map((e) => e.textContent?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
}

export function chartTitle(svg: Element): string {
  const byId = (ids: string | null) =>
    (ids ?? '')
      .split(/\s+/)
      .map((id) => (id ? document.getElementById(id)?.textContent : '') ?? '')
      .join(' ')
      .trim();
  const own = byId(svg.getAttribute('aria-labelledby'));
  if (own) return own;
  if (svg.getAttribute('data-export') === 'map') {
    const section = svg.closest('section[aria-labelledby]');
    const heading = section ? byId(section.getAttribute('aria-labelledby')) : '';
    if (heading) return heading;
  }
  return (svg.getAttribute('aria-label') ?? '').trim();
}

/**
 * The legend or key of a chart: the nearest one around it, looking no further than the
 * nearest block holding another chart.
 */
export function findLegend(svg: Element): Element | null {
  for (let el = svg.parentElement; el && el !== document.body; el = el.parentElement) {
    if (el.querySelectorAll(CHART_SELECTOR).length > 1) return null;
    const legend = el.querySelector(LEGEND_SELECTOR);
    if (legend) return legend;
  }
  return null;
}

function swatchOf(el: Element): Swatch {
  if (el instanceof SVGSVGElement) {
    const { markup, width, height } = inlineSvg(el);
    return { kind: 'svg', markup, w: width, h: height };
  }
  const s = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const size = { w: box.width || undefined, h: box.height || undefined };
  if (s.backgroundImage && s.backgroundImage !== 'none') return { kind: 'hatch', ...size };
  const border = parseFloat(s.borderTopWidth) > 0 ? s.borderTopColor : undefined;
  return { kind: 'fill', fill: s.backgroundColor, stroke: border, ...size };
}

/** Swatches and the text that follows each, in reading order; a figcaption is the title. */
export function readLegend(legend: Element): LegendSpec {
  const caption = legend.querySelector('figcaption');
  const items: LegendItem[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child === caption) continue;
      if (child instanceof Element) {
        if (getComputedStyle(child).display === 'none') continue;
        if (child.matches(SWATCH_SELECTOR)) items.push({ label: '', swatch: swatchOf(child) });
        else walk(child);
      } else if (child.nodeType === Node.TEXT_NODE) {
        const last = items[items.length - 1];
        if (last) last.label += child.textContent ?? '';
      }
    }
  };
  walk(legend);
  for (const it of items) it.label = it.label.replace(/\s+/g, ' ').trim();
  const title = caption?.textContent?.replace(/\s+/g, ' ').trim();
  return { ...(title ? { title } : {}), items };
}
