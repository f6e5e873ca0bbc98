import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { layoutTrend } from '../../src/charts/trend/layout.ts';
import { layoutStrip } from '../../src/charts/strip/layout.ts';
import { Trend } from '../../src/charts/trend/Trend.tsx';
import { Strip } from '../../src/charts/strip/Strip.tsx';

const SNAPSHOTS = resolve(import.meta.dirname, '__snapshots__');

/**
 * Markup made comparable: React's generated ids replaced by stable ones, numbers rounded to
 * one decimal, one element per line. Vitest writes a missing file snapshot unless it runs in
 * CI mode; we do not rely on its CI detection: with CI set, a missing snapshot fails here.
 */
async function matchSnapshot(html: string, name: string) {
  const file = resolve(SNAPSHOTS, name);
  if (process.env.CI && !existsSync(file))
    throw new Error(`snapshot ${name} is missing: run the tests locally (without CI) to create it`);
  const ids = new Map<string, string>();
  const normal = html
    .replace(/(?:_R_|«|:r|_r_)[A-Za-z0-9_]*?(?:_|»|:)(?=-|")/g, (m) => {
      if (!ids.has(m)) ids.set(m, `id${ids.size}`);
      return ids.get(m) as string;
    })
    .replace(/-?\d+\.\d+/g, (m) => String(Math.round(Number(m) * 10) / 10))
    .replace(/></g, '>\n<');
  await expect(normal).toMatchFileSnapshot(file);
}

const money = (v: number) => `$${Math.round(v)}`;

describe('trend layout', () => {
  it('groups bars by year, starts at zero, and marks edition breaks between years', () => {
    const l = layoutTrend({
      years: [2020, 2021, 2022],
      values: [
        [10, 20, 40],
        [5, 0, 30],
      ],
      width: 300,
      height: 200,
      margin: { top: 0, right: 0, bottom: 20, left: 0 },
      breaks: [{ year: 2022, label: 'HS2022' }],
      highlight: [2021],
    });
    expect(l.groups).toHaveLength(3);
    expect(l.groups.map((g) => g.highlight)).toEqual([false, true, false]);
    // Bands of 100 units; the break sits on the boundary between 2021 and 2022.
    expect(l.breaks).toEqual([{ year: 2022, label: 'HS2022', x: 200 }]);
    expect(l.yTicks[0]).toEqual({ value: 0, y: 180 });
    const top = l.yTicks[l.yTicks.length - 1];
    expect(top?.value).toBe(40);
    expect(top?.y).toBe(0);
    // A zero bar has no height; the largest reaches the top.
    expect(l.groups[1]?.bars[1]?.h).toBe(0);
    expect(l.groups[2]?.bars[0]?.y).toBe(0);
    // A break on the first year has nothing before it.
    expect(
      layoutTrend({
        years: [2020],
        values: [[1]],
        width: 100,
        height: 100,
        breaks: [{ year: 2020, label: 'x' }],
      }).breaks,
    ).toEqual([]);
  });
});

describe('strip layout', () => {
  it('places values on a log axis with the median, stacking dots that would overlap', () => {
    const l = layoutStrip({
      points: [
        { id: 'A', value: 10 },
        { id: 'B', value: 100 },
        { id: 'C', value: 1000 },
        { id: 'D', value: 1000 },
        { id: 'Z', value: 0 },
      ],
      width: 220,
      margin: { top: 0, right: 10, bottom: 20, left: 10 },
      median: 100,
      highlight: ['C'],
    });
    expect(l.ticks.map((t) => [t.value, t.x])).toEqual([
      [10, 10],
      [100, 110],
      [1000, 210],
    ]);
    expect(l.median).toEqual({ value: 100, x: 110 });
    expect(l.dots.map((d) => d.id)).toEqual(['A', 'B', 'C', 'D']);
    const c = l.dots.find((d) => d.id === 'C');
    const d = l.dots.find((x) => x.id === 'D');
    expect(c?.x).toBe(d?.x);
    expect(c?.y).not.toBe(d?.y);
    expect(c?.highlight).toBe(true);
  });
});

describe('chart markup snapshots', () => {
  it('Trend', async () => {
    const html = renderToStaticMarkup(
      createElement(Trend, {
        years: [2017, 2018, 2019, 2020, 2021],
        series: [
          { id: 'export', label: 'Exports', className: 'tr-export' },
          { id: 'import', label: 'Imports', className: 'tr-import' },
        ],
        values: [
          [120, 80, 95.5, 0, 210],
          [40, 60, 55, 70, 12.25],
        ],
        breaks: [{ year: 2020, label: 'HS2022 from here' }],
        highlight: [2021, 2017],
        title: 'France: test list, by year, in USD',
        summary: 'Exports went from $120 to $210.',
        formatTick: money,
        formatValue: money,
        tableCaption: 'Exports and imports by year',
        yearHeader: 'Year',
        highlightNote: 'selected',
      }),
    );
    expect(html).toContain('role="img"');
    expect(html).toContain('<caption');
    await matchSnapshot(html, 'profile-trend.html');
  });

  it('Strip', async () => {
    const html = renderToStaticMarkup(
      createElement(Strip, {
        points: [
          { id: 'CAN', label: 'Canada', value: 250000 },
          { id: 'FRA', label: 'France', value: 810000.5 },
          { id: 'USA', label: 'United States', value: 12000 },
          { id: 'IND', label: 'India', value: 9100000 },
        ],
        median: 530000,
        highlight: ['IND'],
        title: 'Unit value of exports',
        summary: 'Four countries.',
        medianLabel: 'median',
        formatTick: money,
        formatValue: (v) => `${Math.round(v)} USD/t`,
        tableToggle: 'Show the values as a table',
        tableCaption: 'Unit values',
        head: ['Country', 'Unit value', 'Ratio'],
        extra: (id) => `x${id.length}`,
      }),
    );
    expect(html).toContain('data-median="530000"');
    await matchSnapshot(html, 'profile-strip.html');
  });
});
