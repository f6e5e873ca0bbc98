import { lazy, Suspense, useId, useRef, useState } from 'react';
import type { ViewProps } from '../../state/view-props.ts';

// The tour model, editor and texts load when first used: the map ships two buttons only.
const TourEditor = lazy(() =>
  import('../../workshop/TourEditor.tsx').then((m) => ({ default: m.TourEditor })),
);

/** The heading of the view shown: a new step's default title. */
function viewHeading(): string {
  return document.querySelector('#content h2:not(.ws-h)')?.textContent?.trim() ?? '';
}

/**
 * Workshop tools above every view: "Add to tour" (one click), the tour editor (reorder, edit,
 * present, export/import, offline), and on a country profile "Print country sheet".
 */
export function TourMenu(props: ViewProps) {
  const { t, state } = props;
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');

  const add = () => {
    const title = viewHeading();
    void import('../../workshop/store.ts').then((m) => {
      const n = m.addCurrentView(props, title);
      setStatus(n ? t('wsAdded', { n: String(n) }) : t('wsFull', { max: 50 }));
    });
  };

  return (
    <div
      className="ws-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button type="button" className="ws-add" onClick={add}>
        {t('wsAdd')}
      </button>{' '}
      <button
        ref={toggle}
        type="button"
        className="ws-toggle"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
      >
        {t('wsOpen')}
      </button>
      {state.view === 'country' && state.country && (
        <>
          {' '}
          <button type="button" className="ws-print" onClick={() => window.print()}>
            {t('wsPrint')}
          </button>
        </>
      )}
      <span className="ws-status" role="status">
        {status}
      </span>
      {open && (
        <Suspense fallback={null}>
          <TourEditor {...props} id={`${id}-panel`} close={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
