import { describe, expect, it } from 'vitest';
import {
  composeExport,
  embedSnippet,
  escapeXml,
  EXPORT_WIDTH,
  fileName,
  textWidth,
  wrapBalanced,
  wrapText,
  type ExportSpec,
} from '../../src/export/compose.ts';
import { exportFilters, exportSource } from '../../src/export/filters.ts';
import { pngSize } from '../../src/export/raster.ts';
import { translate } from '../../src/i18n/messages.ts';
import { defaultState } from '../../src/state/url-state.ts';
import type { Manifest } from '../../src/schema/manifest.ts';
import type { T } from '../../src/i18n/types.ts';

const chart = {
  markup:
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 500"><rect width="10" height="10" style="fill:rgb(1, 2, 3)"/></svg>',
  width: 1000,
  height: 500,
};

const spec = (over: Partial<ExportSpec> = {}): ExportSpec => ({
  title: 'Exports of CHPL, 2023, in USD',
  filters: 'Dataset: BACI · List: CHPL · Year: 2023 · Flow: Exports',
  chart,
  legend: {
    title: 'Value in USD',
    items: [
      { label: '≤ US$1m', swatch: { kind: 'fill', fill: '#deebf7', stroke: '#777' } },
      { label: 'US$1m – US$5m', swatch: { kind: 'fill', fill: '#3182bd' } },
      { label: 'No data', swatch: { kind: 'hatch' } },
      {
        label: 'Exports',
        swatch: {
          kind: 'svg',
          markup: '<svg viewBox="0 0 14 14"><rect width="12" height="12"/></svg>',
          w: 14,
          h: 14,
        },
      },
    ],
  },
  source: ['Source: Gaulier and Zignago (2010). Licence: Etalab 2.0.', 'Atlas: http://x/?a=1&b=2'],
  ...over,
});

/** A strict enough well-formedness check: tags balance, attributes quoted, entities known. */
function wellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const stack: string[] = [];
  const re = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    if (m[6]) throw new Error(`stray < at ${m.index}`);
    if (m[5] !== undefined) {
      const bad = m[5].match(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i);
      if (bad) throw new Error(`bare & in text at ${m.index}`);
      continue;
    }
    const [, close, name, attrs, self] = m;
    if (attrs && /&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(attrs))
      throw new Error(`bare & in attribute of ${name}`);
    if (close) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}>`);
    } else if (!self) stack.push(name ?? '');
  }
  if (stack.length) throw new Error(`unclosed ${stack.join(',')}`);
}

describe('composeExport', () => {
  it('puts the title, filters, legend and source in one standalone SVG', () => {
    const { svg, width, height } = composeExport(spec());
    wellFormed(svg);
    expect(
      svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
      ),
    ).toBe(true);
    expect(width).toBe(EXPORT_WIDTH);
    expect(svg).toContain(`width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`);
    expect(svg).toContain('<title>Exports of CHPL, 2023, in USD</title>');
    expect(svg).toContain('>Exports of CHPL, 2023, in USD</text>');
    expect(svg).toContain('Year: 2023');
    expect(svg).toContain('>Value in USD</text>');
    for (const label of ['≤ US$1m', 'US$1m – US$5m', 'No data', 'Exports'])
      expect(svg).toContain(`>${label}</text>`);
    expect(svg).toContain('fill="url(#sh-hatch)"');
    expect(svg).toContain('<pattern id="sh-hatch"');
    expect(svg).toContain('Source: Gaulier and Zignago (2010). Licence: Etalab 2.0.');
    expect(svg).toContain('http://x/?a=1&amp;b=2');
    // White background, generic fonts only.
    expect(svg).toMatch(/<rect width="800" height="\d+" fill="#fff"\/>/);
    expect(svg).toContain('font-family="sans-serif"');
  });

  it('scales the chart to the width, keeping its ratio, and sizes the whole', () => {
    const { svg, height } = composeExport(spec());
    // 800 - 2 × 16 = 768 wide; 1000 × 500 gives 384 high.
    expect(svg).toContain('<svg x="16" y="');
    expect(svg).toMatch(/<svg x="16" y="[\d.]+" width="768" height="384"/);
    expect(height).toBeGreaterThan(384 + 100);
    const wide = composeExport(spec({ width: 1200 }));
    expect(wide.width).toBe(1200);
    expect(wide.svg).toMatch(/width="1168" height="584"/);
    // The legend and the source come after the chart.
    const chartAt = svg.indexOf('<svg x="16"');
    expect(svg.indexOf('>No data</text>')).toBeGreaterThan(chartAt);
    expect(svg.indexOf('Source: Gaulier')).toBeGreaterThan(svg.indexOf('>No data</text>'));
  });

  it('escapes & < > and quotes in titles, filters, legend and source', () => {
    const nasty = 'Nuclear & missile <items> "quoted" \'single\'';
    const { svg } = composeExport(
      spec({
        title: nasty,
        filters: `List: A&B <x>`,
        legend: {
          title: '<b>',
          items: [{ label: 'a & b', swatch: { kind: 'fill', fill: '#000' } }],
        },
        source: ['x < y & z > w'],
      }),
    );
    wellFormed(svg);
    expect(svg).toContain(
      '<title>Nuclear &amp; missile &lt;items&gt; &quot;quoted&quot; &apos;single&apos;</title>',
    );
    expect(svg).not.toContain('<items>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('A&amp;B &lt;x&gt;');
    expect(svg).toContain('>a &amp; b</text>');
    expect(svg).toContain('x &lt; y &amp; z &gt; w');
  });

  it('wraps a long title and the filters onto several lines, inside the width', () => {
    const long =
      'Exports of a custom list of 200 HS codes, January to November 2022, in EUR '.repeat(3);
    const one = composeExport(spec());
    const many = composeExport(spec({ title: long, filters: long }));
    expect(many.height).toBeGreaterThan(one.height + 60);
    for (const l of wrapText(long, 18, 768, true))
      expect(l.length * 18 * 0.56 * 1.07).toBeLessThanOrEqual(768 + 1);
  });

  it('omits the legend block when a chart has none', () => {
    const { svg } = composeExport(spec({ legend: null }));
    wellFormed(svg);
    expect(svg).not.toContain('>No data</text>');
    expect(svg).toContain('Source: Gaulier');
  });
});

describe('helpers', () => {
  it('escapeXml drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0001b&')).toBe('ab&amp;');
  });

  it('titles wrap into balanced lines, never ending on an orphan word', () => {
    // 51 characters of 18 px bold fit on a 552 px line: greedily, the last word is alone.
    const title = 'Exports of the Common High Priority List, 2023, in USD';
    const greedy = wrapText(title, 18, 552, true);
    expect(greedy.length).toBe(2);
    expect(greedy[1]?.split(' ').length).toBe(1);
    const balanced = wrapBalanced(title, 18, 552, true);
    expect(balanced.length).toBe(2);
    expect(balanced.join(' ')).toBe(title);
    const words = balanced.map((l) => l.split(' ').length);
    expect(Math.min(...words)).toBeGreaterThan(1);
    const widths = balanced.map((l) => [...l].length);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(12);
    for (const l of balanced) expect(textWidth(l, 18, true)).toBeLessThanOrEqual(552);
    // A title that fits stays on one line; an exported SVG uses the balanced lines.
    expect(wrapBalanced('Exports, 2023', 18, 552, true)).toEqual(['Exports, 2023']);
    const { svg } = composeExport(spec({ title }));
    for (const l of wrapBalanced(title, 18, 768, true)) expect(svg).toContain(escapeXml(l));
  });

  it('wrapText breaks words longer than a line', () => {
    const lines = wrapText(`see ${'x'.repeat(300)}`, 10, 200);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe(`see${'x'.repeat(300)}`);
  });

  it('the PNG is twice the SVG size (1600 px for an 800-wide export)', () => {
    expect(pngSize(800, 523)).toEqual({ width: 1600, height: 1046 });
    expect(pngSize(800, 523, 3).width).toBe(2400);
  });

  it('file names are plain ASCII', () => {
    expect(fileName(['atlas', 'map', 'chpl', '', 2023], 'svg')).toBe('atlas-map-chpl-2023.svg');
    expect(fileName(['Énergie nucléaire', 'A&B'], 'png')).toBe('energie-nucleaire-ab.png');
  });

  it('the embed snippet is an iframe with embed=1, a title and a size', () => {
    const s = embedSnippet(
      'https://x.org/atlas/?view=flows&hs=840130&embed=1',
      'Atlas: "Flows" & more',
    );
    expect(s).toMatch(
      /^<iframe src="https:\/\/x\.org\/atlas\/\?view=flows&amp;hs=840130&amp;embed=1"/,
    );
    expect(s).toContain('title="Atlas: &quot;Flows&quot; &amp; more"');
    expect(s).toContain('width="800" height="600"');
    expect(s.endsWith('</iframe>')).toBe(true);
  });
});

describe('filters and source line', () => {
  const manifest = {
    datasets: [
      {
        id: 'baci',
        title: 'BACI HS22',
        publisher: 'CEPII',
        licence: 'Etalab 2.0',
        citation: 'Gaulier, G. and Zignago, S. (2010) BACI',
        years: [2022, 2023],
        lists: ['chpl'],
        rows: 10,
        frequency: 'year',
        granularity: 'hs6',
      },
    ],
    lists: [
      {
        id: 'chpl',
        name: 'CHPL',
        categories: [{ id: 't1', label: 'Tier 1', codes: 1, inTotal: true }],
      },
    ],
    countries: [],
    shards: { map: {}, month: {}, product: {}, list: {}, country: {}, flows: {}, download: {} },
  } as unknown as Manifest;
  const t: T = (key, vars) => translate('en', key, vars);
  const nameOf = (iso3: string) => ({ FRA: 'France' })[iso3] ?? iso3;

  it('name the dataset, list, category, year, flow and country', () => {
    const s = { ...defaultState(manifest), cat: 't1', flow: 'import' as const };
    expect(exportFilters(manifest, s, t, nameOf, 'en')).toBe(
      'Dataset: BACI HS22 · List: CHPL · Category: Tier 1 · Year: 2023 · Flow: Imports',
    );
    const flows = {
      ...defaultState(manifest),
      view: 'flows' as const,
      hs: '840130',
      country: 'FRA',
    };
    expect(exportFilters(manifest, flows, t, nameOf, 'en')).toBe(
      'Dataset: BACI HS22 · HS code: 840130 · Year: 2023 · Country: France',
    );
  });

  it('cite the dataset with its licence, then the address', () => {
    const lines = exportSource(manifest, defaultState(manifest), t, 'http://h/?view=flows');
    expect(lines[0]).toBe('Source: Gaulier, G. and Zignago, S. (2010) BACI. Licence: Etalab 2.0.');
    expect(lines[1]).toContain('http://h/?view=flows');
  });

  it('the share catalogue is complete in every language', async () => {
    const share = await import('../../src/i18n/catalog/share.ts');
    const keys = Object.keys(share.en);
    for (const lang of ['fr', 'es', 'ru'] as const) {
      expect(Object.keys(share[lang]).sort()).toEqual([...keys].sort());
      for (const k of keys) expect(share[lang][k as keyof typeof share.en]).not.toBe('');
    }
    expect(keys.every((k) => k.startsWith('sh'))).toBe(true);
  });
});
