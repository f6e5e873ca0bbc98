import { englishManifest } from '../../i18n/names.ts';
import { useEffect, useId, useRef, useState } from 'react';
import type { ViewProps } from '../../state/view-props.ts';
import { formatInteger } from '../../format/number.ts';

type Choice = 'shown' | 'full';
type Format = 'csv' | 'json' | 'xlsx' | 'zip';
const FORMATS: Format[] = ['csv', 'json', 'xlsx', 'zip'];

// The download code (arquero, fflate, write-excel-file) loads only when the menu is used.
const loadRun = () => import('../../download/run.ts');

/**
 * "Download data": a disclosure above every view offering the rows behind the view ("data
 * shown") and the dataset's whole strategic table, each as CSV, JSON, XLSX or a ZIP with
 * metadata and a README; row counts are shown before downloading.
 */
export function DownloadMenu(props: ViewProps) {
  const { state, t, lang } = props;
  // Downloads work on the manifest as built: metadata.json keeps its English names, and the
  // README words them in its own language.
  const manifest = englishManifest(props.manifest);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [counted, setCounted] = useState<{ key: string; shown: number | null } | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const key = JSON.stringify(state);
  const ref = manifest.shards.download[state.dataset];
  const ds = manifest.datasets.find((d) => d.id === state.dataset);
  const dataView = state.view !== 'methods' && state.view !== 'sources';

  useEffect(() => {
    if (!open || !dataView) return;
    let live = true;
    loadRun()
      .then((m) => m.countRows(manifest, state))
      .then(
        (c) => {
          if (live) setCounted({ key, shown: c.shown });
        },
        (e: unknown) => {
          if (live) setStatus({ text: e instanceof Error ? e.message : String(e), error: true });
        },
      );
    return () => {
      live = false;
    };
  }, [open, dataView, manifest, state, key]);

  if (!ref || !ds) return null;
  const rows = (n: number) => t('dlRows', { n: formatInteger(n, lang) });
  const shownCount = counted?.key === key ? counted.shown : undefined;
  const label = (f: Format) =>
    f === 'xlsx' ? t('dlXlsx') : f === 'zip' ? t('dlZip') : f.toUpperCase();

  const run = async (choice: Choice, format: Format) => {
    if (busy) return;
    setBusy(true);
    setStatus({ text: t('dlPreparing', { file: format.toUpperCase() }), error: false });
    try {
      const m = await loadRun();
      const file = await m.buildFile(manifest, state, choice, format, {
        url: window.location.href,
      });
      m.save(file);
      setStatus({
        text: t('dlDone', { file: file.name, n: formatInteger(file.rows, lang) }),
        error: false,
      });
    } catch (e) {
      setStatus({
        text: t('dlFailed', { error: e instanceof Error ? e.message : String(e) }),
        error: true,
      });
    } finally {
      setBusy(false);
    }
  };

  const group = (choice: Choice, title: string, count: number | undefined | null) => (
    <fieldset className="dl-choice" data-choice={choice}>
      <legend>
        {title}{' '}
        <span className="dl-count" data-rows={count ?? ''}>
          {count === undefined || count === null ? t('dlCounting') : rows(count)}
        </span>
      </legend>
      <div className="dl-formats">
        {FORMATS.map((f) => (
          <button
            key={f}
            type="button"
            data-format={f}
            aria-disabled={busy || undefined}
            onClick={() => void run(choice, f)}
          >
            {label(f)}
          </button>
        ))}
      </div>
    </fieldset>
  );

  return (
    <div
      className="dl-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="dl-toggle"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
      >
        {t('dlButton')}
      </button>
      {open && (
        <div id={`${id}-panel`} className="dl-panel" role="group" aria-label={t('dlButton')}>
          {dataView && group('shown', t('dlShown'), shownCount)}
          {group('full', t('dlFull'), ref.rows)}
          <p className="dl-note">{t('dlNote', { currency: ds.currency })}</p>
          <p className="dl-status" role="status" data-error={status?.error || undefined}>
            {status?.text ?? ''}
          </p>
        </div>
      )}
    </div>
  );
}
