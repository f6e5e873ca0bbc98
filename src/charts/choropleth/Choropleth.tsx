import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ZoomBehavior } from 'd3-zoom';
import type { T } from '../../i18n/types.ts';
import { neighbour, type CountryShape, type Direction, type WorldLayout } from './layout.ts';
import './choropleth.css';

export interface TooltipContent {
  title: string;
  lines: string[];
}

interface Props {
  layout: WorldLayout;
  /** Fill per country id; null = no data (hatched). */
  fills: ReadonlyMap<string, string | null>;
  describe: (id: string) => TooltipContent;
  ariaLabel: string;
  onSelect: (id: string) => void;
  t: T;
  /** Where keyboard focus enters the map (the top-ranked place); else the first with data. */
  firstFocus?: string;
  /** Places drawn with an outline over their fill (a group's members). */
  outline?: ReadonlySet<string>;
}

/** Places smaller than this (in map units²) also get a dot, so Singapore or Malta can be seen and hit. */
const TINY_AREA = 12;
const KEYS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * The world choropleth. Paths are projected once per width (layout); a change of year or
 * list only changes fills. Hover, focus and touch share one tooltip.
 */
export function Choropleth({
  layout,
  fills,
  describe,
  ariaLabel,
  onSelect,
  t,
  firstFocus,
  outline,
}: Props) {
  const uid = useId().replace(/:/g, '');
  const svgRef = useRef<SVGSVGElement>(null);
  const gRef = useRef<SVGGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [tip, setTip] = useState<{ id: string; x: number; y: number; pinned: boolean } | null>(
    null,
  );
  // Keyboard users enter the map where the story is, the top-ranked place, not at Aruba.
  const [focusId, setFocusId] = useState<string>(
    () =>
      (firstFocus && layout.shapes.some((s) => s.id === firstFocus) ? firstFocus : undefined) ??
      layout.shapes.find((s) => fills.get(s.id))?.id ??
      '',
  );

  const d3 = useRef<{
    select: typeof import('d3-selection').select;
    zoomIdentity: typeof import('d3-zoom').zoomIdentity;
  } | null>(null);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    let live = true;
    // d3-zoom and its dependencies load after the first paint: nobody zooms before seeing the map.
    void Promise.all([import('d3-selection'), import('d3-zoom')]).then(([sel, z]) => {
      if (!live) return;
      d3.current = { select: sel.select, zoomIdentity: z.zoomIdentity };
      const behaviour = z
        .zoom<SVGSVGElement, unknown>()
        .scaleExtent([1, 12])
        // The part of the world on screen: all of it, or on a phone, where the map is taller
        // than the world is wide (sliced), its middle; the rest is reached by panning.
        .extent(() => visibleExtent(svg, layout.width, layout.height))
        .translateExtent([
          [0, 0],
          [layout.width, layout.height],
        ])
        // Wheel zooms only with Ctrl or Cmd, so the page still scrolls past the map.
        .filter((e: Event) =>
          e.type === 'wheel'
            ? (e as WheelEvent).ctrlKey || (e as WheelEvent).metaKey
            : !(e as MouseEvent).button,
        )
        .on('zoom', (e: { transform: { toString(): string; k: number } }) => {
          gRef.current?.setAttribute('transform', e.transform.toString());
        });
      zoomRef.current = behaviour;
      sel.select(svg).call(behaviour);
    });
    return () => {
      live = false;
      if (d3.current) d3.current.select(svg).on('.zoom', null);
    };
  }, [layout.width, layout.height]);

  const zoomBy = (k: number) => {
    const svg = svgRef.current;
    if (svg && zoomRef.current && d3.current) zoomRef.current.scaleBy(d3.current.select(svg), k);
  };
  const resetZoom = () => {
    const svg = svgRef.current;
    if (svg && zoomRef.current && d3.current)
      zoomRef.current.transform(d3.current.select(svg), d3.current.zoomIdentity);
  };

  const idOf = (target: EventTarget | null): string | null =>
    target instanceof Element
      ? (target.closest('[data-id]')?.getAttribute('data-id') ?? null)
      : null;

  const onPointerMove = useCallback((e: React.PointerEvent<SVGGElement>) => {
    const id = idOf(e.target);
    const box = svgRef.current?.getBoundingClientRect();
    if (!id || !box) return;
    setTip({
      id,
      x: e.clientX - box.left,
      y: e.clientY - box.top,
      pinned: e.pointerType === 'touch',
    });
  }, []);

  // A tap has no hover: it pins the tooltip at the bottom, whose button opens the profile.
  const onPointerDown = useCallback((e: React.PointerEvent<SVGGElement>) => {
    if (e.pointerType !== 'touch') return;
    const id = idOf(e.target);
    if (id) setTip({ id, x: 0, y: 0, pinned: true });
  }, []);

  const onClick = useCallback(
    (e: React.MouseEvent<SVGGElement>) => {
      const id = idOf(e.target);
      if (!id) return;
      // On touch, the first tap shows the pinned tooltip; its button opens the profile.
      if ((e.nativeEvent as PointerEvent).pointerType === 'touch') return;
      onSelect(id);
    },
    [onSelect],
  );

  const onKeyDown = (e: React.KeyboardEvent<SVGGElement>) => {
    const dir = KEYS[e.key];
    const current = idOf(e.target) ?? focusId;
    if (dir) {
      e.preventDefault();
      const next = neighbour(layout.shapes, current, dir);
      if (next) {
        setFocusId(next);
        svgRef.current?.querySelector<SVGElement>(`[data-id="${next}"]`)?.focus();
      }
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(current);
    } else if (e.key === 'Escape') setTip(null);
  };

  const onFocus = (e: React.FocusEvent<SVGGElement>) => {
    const id = idOf(e.target);
    const shape = layout.shapes.find((s) => s.id === id);
    const box = svgRef.current?.getBoundingClientRect();
    if (!id || !shape || !box) return;
    setFocusId(id);
    // Centroids are in map units; the tooltip is placed in CSS pixels (zoom ignored: it is
    // only a hint, the focused outline shows the place).
    const k = box.width / layout.width;
    // A tap also focuses the place: keep the tooltip it pinned.
    setTip((prev) =>
      prev?.pinned && prev.id === id
        ? prev
        : { id, x: shape.centroid[0] * k, y: shape.centroid[1] * k, pinned: false },
    );
  };

  const content = tip ? describe(tip.id) : null;
  const focused = describe(focusId);
  const focusLabel = [focused.title, ...focused.lines].join('. ');
  return (
    <div className="choropleth">
      <div className="zoom-buttons">
        <button
          type="button"
          onClick={() => zoomBy(1.6)}
          aria-label={t('zoomIn')}
          title={t('zoomIn')}
        >
          +
        </button>
        <button
          type="button"
          onClick={() => zoomBy(1 / 1.6)}
          aria-label={t('zoomOut')}
          title={t('zoomOut')}
        >
          −
        </button>
        <button
          type="button"
          onClick={resetZoom}
          aria-label={t('zoomReset')}
          title={t('zoomReset')}
        >
          ⟲
        </button>
      </div>
      <svg
        ref={svgRef}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        preserveAspectRatio="xMidYMid slice"
        role="group"
        aria-label={ariaLabel}
        className="map-svg"
        data-export="map"
      >
        <defs>
          <pattern
            id={`hatch-${uid}`}
            width="5"
            height="5"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="5" height="5" fill="#fff" />
            <line x1="0" y1="0" x2="0" y2="5" stroke="#9a9a9a" strokeWidth="1.4" />
          </pattern>
        </defs>
        <g
          ref={gRef}
          onPointerMove={onPointerMove}
          onPointerDown={onPointerDown}
          onPointerLeave={(e) => e.pointerType !== 'touch' && setTip(null)}
          onClick={onClick}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          // A pinned (touch) tooltip outlives the blur caused by tapping its own button.
          onBlur={() => setTip((prev) => (prev?.pinned ? prev : null))}
        >
          <Shapes
            shapes={layout.shapes}
            fills={fills}
            hatch={`url(#hatch-${uid})`}
            focusId={focusId}
            focusLabel={focusLabel}
          />
          {outline && outline.size > 0 && (
            // A stroke layer over the fills: the colours stay readable and the members stand out.
            <g className="group-outline" aria-hidden="true" data-testid="group-outline">
              {layout.shapes
                .filter((s) => outline.has(s.id))
                .map((s) => (
                  <path key={s.id} data-id={s.id} d={s.d} />
                ))}
            </g>
          )}
        </g>
      </svg>
      {tip && content && (
        <div
          className={tip.pinned ? 'map-tooltip pinned' : 'map-tooltip'}
          style={tip.pinned ? undefined : { left: tip.x, top: tip.y }}
          role="status"
        >
          <strong>{content.title}</strong>
          {content.lines.map((l, i) => (
            <div key={i}>{l}</div>
          ))}
          {tip.pinned && (
            <>
              <button type="button" onClick={() => onSelect(tip.id)}>
                {t('tooltipOpenButton')}
              </button>{' '}
              <button type="button" onClick={() => setTip(null)}>
                {t('dismiss')}
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
}

/** The map units shown by a sliced SVG: its middle, as wide as its box's shape allows. */
function visibleExtent(
  svg: SVGSVGElement,
  w: number,
  h: number,
): [[number, number], [number, number]] {
  const box = svg.getBoundingClientRect();
  if (box.width <= 0 || box.height <= 0)
    return [
      [0, 0],
      [w, h],
    ];
  const shownW = Math.min(w, (h * box.width) / box.height);
  const shownH = Math.min(h, (w * box.height) / box.width);
  const x0 = (w - shownW) / 2;
  const y0 = (h - shownH) / 2;
  return [
    [x0, y0],
    [x0 + shownW, y0 + shownH],
  ];
}

interface ShapesProps {
  shapes: CountryShape[];
  fills: ReadonlyMap<string, string | null>;
  hatch: string;
  focusId: string;
  /** Only the focusable place carries a label: the others are reached with arrow keys and get it then. */
  focusLabel: string;
}

/** Memoised: re-renders only when fills or focus change, never on pointer moves. */
const Shapes = memo(function Shapes({ shapes, fills, hatch, focusId, focusLabel }: ShapesProps) {
  const tiny = useMemo(() => shapes.filter((s) => s.area < TINY_AREA), [shapes]);
  return (
    <>
      {shapes.map((s) => {
        const fill = fills.get(s.id) ?? null;
        return (
          <path
            key={s.id}
            data-id={s.id}
            d={s.d}
            fill={fill ?? hatch}
            className={fill ? 'country' : 'country no-data'}
            tabIndex={s.id === focusId ? 0 : -1}
            role={s.id === focusId ? 'button' : undefined}
            aria-label={s.id === focusId ? focusLabel : undefined}
          />
        );
      })}
      {tiny.map((s) => {
        const fill = fills.get(s.id) ?? null;
        return (
          <circle
            key={`dot-${s.id}`}
            data-id={s.id}
            cx={s.centroid[0]}
            cy={s.centroid[1]}
            r={2.5}
            fill={fill ?? '#fff'}
            className="country-dot"
            aria-hidden="true"
          />
        );
      })}
    </>
  );
});
