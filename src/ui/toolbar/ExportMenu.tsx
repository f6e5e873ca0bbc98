import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { ViewProps } from '../../state/view-props.ts';

// The panel and the exporter load on first use: the first view ships only this button.
const SharePanel = lazy(() => import('../../export/SharePanel.tsx'));

/**
 * "Export and share": a disclosure button and its panel (export each chart of the view to
 * SVG or PNG, copy the link, the embed code). Escape or a click elsewhere closes it.
 */
export function ExportMenu(props: ViewProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!wrap.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className="tb-menu sh-menu" ref={wrap}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
      >
        {props.t('shMenu')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div id={`${id}-panel`} className="sh-panel" role="group" aria-label={props.t('shMenu')}>
          <Suspense fallback={<p role="status">{props.t('loading')}</p>}>
            <SharePanel {...props} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
