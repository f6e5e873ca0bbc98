import { useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { parseState, serializeState } from '../state/url-state.ts';
import { problemText, stepCheck, stepPatch } from '../workshop/store.ts';
import { decodeTour, stepQuery } from '../state/tour.ts';
import type { ViewProps } from '../state/view-props.ts';
import '../workshop/workshop.css';

/**
 * Presentation mode (`present=1`): the tour step's title, note and counter in large type above
 * its view, the whole window (full screen when the browser allowed it), the view's own controls
 * and heading hidden. Arrow keys, Page Up/Down (what clickers send), Space, Home and End move;
 * Page Down first reveals the rest of a step longer than the screen, Page Up goes back up it;
 * Escape leaves. Each step is a URL, so Back and Forward move too.
 */
export function PresentView(props: ViewProps & { children: ReactNode }) {
  const { manifest, state, update, t } = props;
  const read = useMemo(() => decodeTour(state.tour, stepCheck(manifest)), [state.tour, manifest]);
  const steps = read.tour?.steps ?? [];
  const total = steps.length;
  const n = Math.min(Math.max(state.step, 1), Math.max(total, 1));
  const step = steps[n - 1];

  // Everything the key handler needs, read when a key is pressed (not during render). Layout
  // effects, so that the handler and what it reads are in place before the step is painted: a
  // clicker pressed as soon as the counter shows must move on, even on a busy machine.
  const latest = useRef({ go: (_k: number) => {}, exit: () => {}, sync: () => {}, n, total });
  const stage = useRef<HTMLDivElement>(null);
  // Each step opens at its top: the reveal with Page Down starts again from the chart.
  useLayoutEffect(() => {
    stage.current?.scrollTo({ top: 0, behavior: 'instant' });
  }, [n]);
  useLayoutEffect(() => {
    const go = (k: number) => {
      if (!read.tour || k < 1 || k > total || k === n) return;
      update({ ...stepPatch(read.tour, k, manifest, state), present: true });
    };
    const exit = () => update({ present: false, step: 0 });
    // The URL opened with present=1 but another view: show the step's own view.
    const sync = () => {
      if (!read.tour || !step) return;
      const want = stepQuery(serializeState(parseState(step.q, manifest).state, manifest));
      const have = stepQuery(serializeState(state, manifest));
      if (want !== have)
        update({ ...stepPatch(read.tour, n, manifest, state), present: true }, 'replace');
    };
    latest.current = { go, exit, sync, n, total };
  });
  // Only when the step changes: within a step the presenter may click around the view.
  useEffect(() => latest.current.sync(), [n, state.tour]);

  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const el = e.target instanceof Element ? e.target : null;
      if (el?.closest('input, select, textarea, [contenteditable="true"]')) return;
      const { go, exit, n: at, total: last } = latest.current;
      let to: number;
      switch (e.key) {
        case 'PageDown':
          // A step longer than the screen is revealed first, then the clicker moves on.
          if (reveal(stage.current, 1)) return e.preventDefault();
          to = at + 1;
          break;
        case 'PageUp':
          if (reveal(stage.current, -1)) return e.preventDefault();
          to = at - 1;
          break;
        case 'ArrowRight':
          to = at + 1;
          break;
        case 'ArrowLeft':
          to = at - 1;
          break;
        case ' ':
          // Space on a button presses the button.
          if (el?.closest('button, a, summary')) return;
          to = e.shiftKey ? at - 1 : at + 1;
          break;
        case 'Home':
          to = 1;
          break;
        case 'End':
          to = last;
          break;
        case 'Escape':
          e.preventDefault();
          exit();
          return;
        default:
          return;
      }
      e.preventDefault();
      go(to);
    };
    // Leaving full screen (the browser's own Escape) leaves the presentation too.
    let wasFull = document.fullscreenElement !== null;
    const onFullscreen = () => {
      if (document.fullscreenElement) wasFull = true;
      else if (wasFull) {
        wasFull = false;
        latest.current.exit();
      }
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, []);

  // Full screen ends with the presentation, however it ends (Escape, Back, the Leave button).
  useEffect(
    () => () => {
      if (document.fullscreenElement && document.exitFullscreen)
        void document.exitFullscreen().catch(() => undefined);
    },
    [],
  );

  const counter = t('wsCounter', { n: String(n), total: String(total) });
  return (
    <div ref={stage} className="ws-present" role="region" aria-label={t('wsPresentLabel')}>
      <header className="ws-present-bar">
        <p className="ws-counter" data-testid="ws-counter" aria-live="polite">
          {counter}
        </p>
        <h1 className="ws-present-title">{step?.title || counter}</h1>
        <nav className="ws-present-nav" aria-label={t('wsPresentLabel')}>
          <button type="button" onClick={() => latest.current.go(n - 1)} disabled={n <= 1}>
            ← {t('wsPrev')}
          </button>
          <button type="button" onClick={() => latest.current.go(n + 1)} disabled={n >= total}>
            {t('wsNext')} →
          </button>
          <button type="button" onClick={() => latest.current.exit()}>
            {t('wsExit')}
          </button>
        </nav>
      </header>
      {read.problems.length > 0 && (
        <ul role="alert" className="ws-problems">
          {read.problems.map((p, i) => (
            <li key={i}>{problemText(p, t)}</li>
          ))}
        </ul>
      )}
      {step?.note && <p className="ws-present-note">{step.note}</p>}
      <main id="content" className="ws-present-view" tabIndex={-1}>
        {props.children}
      </main>
      <p className="ws-present-hint muted">{t('wsKeysHint')}</p>
    </div>
  );
}

/**
 * Scrolls the presentation one screen (less a margin that keeps the context) towards `dir`
 * when there is more of the step that way; false when the step is shown to its end.
 */
function reveal(box: HTMLElement | null, dir: 1 | -1): boolean {
  if (!box) return false;
  const room = dir > 0 ? box.scrollHeight - box.clientHeight - box.scrollTop : box.scrollTop;
  if (room < 2) return false;
  const page = Math.max(box.clientHeight - 96, box.clientHeight / 2);
  box.scrollBy({ top: dir * Math.min(page, room), behavior: 'instant' });
  return true;
}
