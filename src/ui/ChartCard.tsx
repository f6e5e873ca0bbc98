import type { ReactNode } from 'react';
import { datasetOf } from '../derive/resolve.ts';
import type { ViewProps } from '../state/view-props.ts';
import { ViewToolbar } from './ViewToolbar.tsx';

interface CardProps {
  props: ViewProps;
  titleId: string;
  title: ReactNode;
  /** What the figures are (their total, their unit): under the title, above the chart. */
  subtitle?: ReactNode;
  className?: string;
  children: ReactNode;
}

/**
 * A chart as one object, the way a statistical office prints one: title, subtitle, the chart
 * and its legend, then a footer with the source and licence and the actions that act on this
 * chart (download its data, export it, add it to a tour). A reader who screenshots the card
 * keeps the source with the chart.
 */
export function ChartCard({ props, titleId, title, subtitle, className, children }: CardProps) {
  return (
    <section className={`card${className ? ` ${className}` : ''}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="card-title">
        {title}
      </h2>
      {subtitle}
      {children}
      <CardFooter {...props} />
    </section>
  );
}

/**
 * A chart inside a page (a profile's partner map, its trend, its months) framed as a card with
 * its source and licence under it, so a chart cut out of the page keeps its source. The page's
 * own toolbar acts on the whole page, so these cards carry no actions of their own.
 */
export function ChartFrame({
  props,
  className,
  children,
}: {
  props: ViewProps;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`card chart-frame${className ? ` ${className}` : ''}`}>
      {children}
      {!props.state.embed && (
        <footer className="card-footer">
          <CardSource {...props} />
        </footer>
      )}
    </div>
  );
}

/** A card's footer: the source line and the actions on the chart above it. */
export function CardFooter(props: ViewProps) {
  // An embedded view carries its own source line and offers no actions.
  if (props.state.embed) return null;
  return (
    <footer className="card-footer">
      <CardSource {...props} />
      <div className="card-actions">
        <ViewToolbar {...props} />
      </div>
    </footer>
  );
}

/** The dataset's publisher and licence, quoted as published (hence lang="en"). */
export function CardSource({ manifest, state, t }: ViewProps) {
  const ds = datasetOf(manifest, state);
  if (!ds) return null;
  return (
    <p className="card-source">
      {t('embedSourceLabel')} <span lang="en">{ds.publisher}</span>. {t('embedLicenceLabel')}{' '}
      <a href={ds.licenceUrl} lang="en">
        {ds.licence}
      </a>
    </p>
  );
}
