import { useState, type ChangeEvent } from 'react';
import type { ViewProps } from '../state/view-props.ts';
import { serializeState } from '../state/url-state.ts';
import { offlinePossible, storeOffline, workshopFiles } from './offline.ts';
import { commitTour, currentTour, problemText, stepCheck, stepPatch } from './store.ts';
import {
  EMPTY_TOUR,
  editStep,
  encodeTour,
  moveStep,
  removeStep,
  tourFromJson,
  tourToJson,
  type Tour,
} from '../state/tour.ts';
import { LIMITS } from '../state/tour-format.ts';
import './workshop.css';

interface Report {
  text: string;
  lines: string[];
  error: boolean;
}

/** Focuses a step's control after React has drawn the new order. */
function focusLater(id: string, fallback: string) {
  setTimeout(() => {
    const el = document.getElementById(id) as HTMLButtonElement | null;
    (el && !el.disabled ? el : document.getElementById(fallback))?.focus();
  });
}

/**
 * The tour editor: the steps in order with their title and note, move up/down and remove
 * buttons (keyboard accessible), present, export and import JSON, clear, and "Make available
 * offline" with progress.
 */
export function TourEditor(props: ViewProps & { id: string; close: () => void }) {
  const { manifest, state, t, update, id } = props;
  const read = currentTour(state, manifest);
  const tour: Tour = read.tour ?? EMPTY_TOUR;
  const n = tour.steps.length;
  const [report, setReport] = useState<Report | null>(null);
  const [offline, setOffline] = useState<{ text: string; done: number; total: number } | null>(
    null,
  );
  const tooLong = n > 0 && !state.tour && encodeTour(tour).tooLong;

  const commit = (next: Tour) => commitTour(props, next);
  const move = (i: number, delta: number) => {
    commit(moveStep(tour, i, delta));
    const to = Math.max(0, Math.min(n - 1, i + delta));
    const kind = delta < 0 ? 'up' : 'down';
    focusLater(`${id}-${kind}-${to}`, `${id}-${kind === 'up' ? 'down' : 'up'}-${to}`);
  };
  const remove = (i: number) => {
    commit(removeStep(tour, i));
    focusLater(`${id}-title-${Math.min(i, n - 2)}`, `${id}-add-hint`);
  };
  const present = () => {
    if (!n || !state.tour) return;
    // Full screen needs this click; without it (refused, or no API) the page fills the window.
    const el = document.documentElement;
    if (el.requestFullscreen) void el.requestFullscreen().catch(() => undefined);
    update({ ...stepPatch(tour, 1, manifest, state), present: true });
  };
  const exportJson = () => {
    const blob = new Blob([tourToJson(tour)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'atlas-tour.json';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
  const importJson = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const result = tourFromJson(await file.text(), stepCheck(manifest));
    input.value = '';
    const lines = result.problems.map((p) => problemText(p, t));
    if (!result.tour) {
      setReport({ text: lines[0] ?? t('wsErrFormat'), lines: [], error: true });
      return;
    }
    const { tooLong: long } = commit(result.tour);
    setReport({
      text: t('wsImported', { n: result.tour.steps.length }),
      lines: long ? [...lines, t('wsTooLong')] : lines,
      error: false,
    });
  };
  const makeOffline = async () => {
    if (!offlinePossible()) {
      setOffline({ text: t('wsOfflineNone'), done: 0, total: 0 });
      return;
    }
    const paths = workshopFiles(manifest, state.dataset);
    const label = (done: number, total: number) => t('wsOfflineProgress', { done, total });
    setOffline({ text: label(0, paths.length), done: 0, total: paths.length });
    const { failed } = await storeOffline(paths, (done, total) =>
      setOffline({ text: label(done, total), done, total }),
    );
    const ds = manifest.datasets.find((d) => d.id === state.dataset)?.title ?? state.dataset;
    setOffline({
      text: failed
        ? t('wsOfflineFailed', { n: failed })
        : t('wsOfflineDone', { n: paths.length, dataset: ds }),
      done: paths.length,
      total: paths.length,
    });
  };

  const problems = read.problems.map((p) => problemText(p, t));
  return (
    <section id={id} className="ws-panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="ws-h">
        {t('wsOpen')}
      </h2>
      {problems.length > 0 && (
        <div role="alert" className="ws-problems">
          <p>{t('wsProblems')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {n === 0 ? (
        <p id={`${id}-add-hint`} tabIndex={-1}>
          {t('wsEmpty')}
        </p>
      ) : (
        <ol className="ws-steps" data-testid="ws-steps">
          {tour.steps.map((s, i) => {
            const k = String(i + 1);
            const href =
              serializeState(
                { ...state, ...stepPatch(tour, i + 1, manifest, state), step: 0 },
                manifest,
              ) || '?';
            return (
              <li key={i} className="ws-step" data-q={s.q}>
                <input
                  id={`${id}-title-${i}`}
                  className="ws-title"
                  aria-label={t('wsStepTitle', { n: k })}
                  value={s.title}
                  maxLength={LIMITS.title}
                  onChange={(e) => commit(editStep(tour, i, { title: e.target.value }))}
                />
                <textarea
                  className="ws-note"
                  aria-label={t('wsStepNote', { n: k })}
                  value={s.note}
                  maxLength={LIMITS.note}
                  rows={2}
                  onChange={(e) => commit(editStep(tour, i, { note: e.target.value }))}
                />
                <span className="ws-step-buttons">
                  <a
                    href={href}
                    onClick={(e) => {
                      if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                      e.preventDefault();
                      update({ ...stepPatch(tour, i + 1, manifest, state), step: 0 });
                    }}
                  >
                    {t('wsGo', { n: k })}
                  </a>
                  <button
                    type="button"
                    id={`${id}-up-${i}`}
                    aria-label={t('wsUp', { n: k })}
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    id={`${id}-down-${i}`}
                    aria-label={t('wsDown', { n: k })}
                    disabled={i === n - 1}
                    onClick={() => move(i, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    aria-label={t('wsRemove', { n: k })}
                    onClick={() => remove(i)}
                  >
                    ✕
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {tooLong && <p className="ws-warn">{t('wsTooLong')}</p>}
      <p className="ws-actions">
        <button type="button" onClick={present} disabled={!n || !state.tour}>
          {t('wsPresent')}
        </button>
        <button type="button" onClick={exportJson} disabled={!n}>
          {t('wsExport')}
        </button>
        <label className="ws-file">
          {t('wsImport')}
          <input type="file" accept=".json,application/json" onChange={(e) => void importJson(e)} />
        </label>
        <button type="button" onClick={() => commit(EMPTY_TOUR)} disabled={!n}>
          {t('wsClear')}
        </button>
        <button type="button" onClick={() => void makeOffline()}>
          {t('wsOffline')}
        </button>
        <button type="button" onClick={props.close}>
          {t('wsClose')}
        </button>
      </p>
      {offline && (
        <p className="ws-offline" role="status" data-testid="ws-offline">
          {offline.total > 0 && <progress value={offline.done} max={offline.total} />}{' '}
          {offline.text}
        </p>
      )}
      {report && (
        <div
          className={report.error ? 'ws-problems' : 'ws-report'}
          role={report.error ? 'alert' : 'status'}
          data-testid="ws-report"
        >
          <p>{report.text}</p>
          {report.lines.length > 0 && (
            <ul>
              {report.lines.map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
