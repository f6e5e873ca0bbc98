/** One export, from the chart on the page to the saved file (loaded on first use). */
import type { Lang, Manifest } from '../schema/manifest.ts';
import type { AtlasState } from '../state/params.ts';
import type { T } from '../i18n/types.ts';
import { composeExport, fileName, type Composed } from './compose.ts';
import { chartTitle, coverageText, findLegend, inlineSvg, readLegend } from './dom.ts';
import { exportFilters, exportSource } from './filters.ts';
import { resolve } from '../derive/resolve.ts';
import { rasterise, saveBlob } from './raster.ts';

export interface ExportContext {
  manifest: Manifest;
  state: AtlasState;
  t: T;
  lang: Lang;
  nameOf: (iso3: string) => string;
  /** The address of the view (without embed=1), printed in the source line. */
  url: string;
}

/** The composed SVG of a chart on the page, with its title, filters, legend and source. */
export function composeChart(svg: SVGSVGElement, ctx: ExportContext): Composed {
  const legend = findLegend(svg);
  return composeExport({
    title: chartTitle(svg) || ctx.t('title'),
    filters: [exportFilters(ctx.manifest, ctx.state, ctx.t, ctx.nameOf, ctx.lang), coverageText()]
      .filter(Boolean)
      .join(' · '),
    chart: inlineSvg(svg),
    legend: legend ? readLegend(legend) : null,
    source: exportSource(ctx.manifest, ctx.state, ctx.t, ctx.url),
  });
}

/** Composes and saves the chart as SVG or PNG (2×, white background); returns the file name. */
export async function exportChart(
  svg: SVGSVGElement,
  format: 'svg' | 'png',
  ctx: ExportContext,
): Promise<string> {
  const composed = composeChart(svg, ctx);
  const { state } = ctx;
  // Named after the resolved selection, as the page's title is.
  const res = resolve(ctx.manifest, state);
  const name = fileName(
    [
      'atlas',
      svg.getAttribute('data-export') ?? state.view,
      state.country,
      res?.kind === 'codes' ? 'codes' : res?.kind === 'hs' ? (res.codes[0] ?? '') : state.list,
      res?.kind === 'category' ? res.category : '',
      state.year,
      res?.period.month ? String(res.period.month).padStart(2, '0') : '',
    ],
    format,
  );
  const blob =
    format === 'svg'
      ? new Blob([composed.svg], { type: 'image/svg+xml;charset=utf-8' })
      : await rasterise(composed.svg, composed.width, composed.height);
  saveBlob(blob, name);
  return name;
}
