import type { Lang } from '../schema/manifest.ts';
import { formatInteger } from '../format/number.ts';
import { useLoadProgress, type LoadFailure } from '../data/use-data.ts';
import type { T } from '../i18n/types.ts';

/** A failed load worded in the reader's language, naming the file concerned. */
export function failureText(t: T, f: LoadFailure): string {
  const file = f.path;
  switch (f.kind) {
    case 'missing':
      return t('dataErrorMissing', { file, status: f.detail.status ?? '' });
    case 'network':
      return t('dataErrorNetwork', { file });
    case 'corrupt':
      return t('dataErrorCorrupt', { file });
    case 'invalid':
      return t('dataErrorInvalid', { file });
    case 'version':
      return t('dataErrorVersion', {
        found: f.detail.found ?? '',
        expected: f.detail.expected ?? '',
      });
    case 'absent':
      // The view's own wording when it gave one (already translated), else the generic one.
      return f.error || t('dataErrorAbsent');
    case 'other':
      return f.error;
  }
}

/** The message a view shows in place of what it could not load; the rest of the page stays. */
export function DataErrorNote({ t, failure }: { t: T; failure: LoadFailure }) {
  return (
    <div role="alert" className="data-error" data-path={failure.path || undefined}>
      <strong>{t('dataError')}</strong>
      <p>{failureText(t, failure)}</p>
      <p>{t('dataErrorRest')}</p>
    </div>
  );
}

/** "Loading data… 2 of 5 files, 120 of 410 kB", with a progress bar over the bytes. */
export function LoadingStatus({ t, lang, className }: { t: T; lang: Lang; className?: string }) {
  const p = useLoadProgress();
  const kb = (n: number) => formatInteger(Math.round(n / 1000), lang);
  const busy = p.done < p.files;
  const text = !busy
    ? t('loading')
    : p.expected > 0
      ? t('loadingFiles', {
          done: p.done,
          total: p.files,
          received: kb(Math.min(p.received, p.expected)),
          expected: kb(p.expected),
        })
      : t('loadingReceived', { received: kb(p.received) });
  return (
    <div role="status" aria-busy="true" className={`load-status ${className ?? ''}`.trim()}>
      <p>{text}</p>
      {busy && p.expected > 0 && (
        <progress
          max={p.expected}
          value={Math.min(p.received, p.expected)}
          aria-label={t('loadingBytesLabel')}
        />
      )}
    </div>
  );
}
