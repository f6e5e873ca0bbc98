import { useId, useMemo, useRef, useState } from 'react';
import type { DatasetMeta, Manifest } from '../../schema/manifest.ts';
import type { ViewProps } from '../../state/view-props.ts';
import {
  MAX_AD_HOC_CODES,
  carriedCodes,
  checkAdHoc,
  codesToText,
  formatHs,
  sameCodes,
} from './hs-codes.ts';

interface Props {
  manifest: Manifest;
  ds: DatasetMeta;
  codes: string[];
  update: ViewProps['update'];
  t: ViewProps['t'];
}

/** Long pastes would bury the form under a wall of codes; the count says how many more. */
const SHOW_AT_MOST = 40;
function listText(items: readonly string[]): string {
  const head = items.slice(0, SHOW_AT_MOST).join(', ');
  return items.length > SHOW_AT_MOST ? `${head}, … (+${items.length - SHOW_AT_MOST})` : head;
}

/**
 * The user's own list of codes. Typing only edits a draft; the URL changes on Apply or Enter,
 * so each keystroke does not become a history entry.
 */
export function AdHocCodes({ manifest, ds, codes, update, t }: Props) {
  const id = useId();
  const areaId = `${id}-codes`;
  const hintId = `${id}-hint`;
  const checkId = `${id}-check`;
  const areaRef = useRef<HTMLTextAreaElement>(null);

  const carried = useMemo(() => carriedCodes(manifest, ds.id), [manifest, ds.id]);
  const appliedKey = codes.join(',');
  const [draft, setDraft] = useState(() => codesToText(codes));
  const [syncedWith, setSyncedWith] = useState(appliedKey);
  if (syncedWith !== appliedKey) {
    // The codes changed elsewhere (Back button, dataset switch): show what is now applied.
    setSyncedWith(appliedKey);
    setDraft(codesToText(codes));
  }

  const check = useMemo(() => checkAdHoc(draft, carried), [draft, carried]);
  const pending = !sameCodes(check.apply, codes);
  const canApply = pending && (check.apply.length > 0 || draft.trim() === '');

  const apply = () => {
    if (!canApply) return;
    // Marked as synced first, so the draft keeps the rejected tokens on screen after Apply.
    setSyncedWith(check.apply.join(','));
    update(check.apply.length > 0 ? { codes: check.apply, hs: '' } : { codes: [] });
  };

  const clear = () => {
    setSyncedWith('');
    setDraft('');
    if (codes.length > 0) update({ codes: [] });
    // Nothing is left to act on but the text, so that is where typing resumes.
    areaRef.current?.focus();
  };

  const notes: string[] = [];
  if (draft.trim()) {
    // Once applied, the status line below gives the count; repeating it here is noise.
    if (pending)
      notes.push(
        check.apply.length > 0
          ? t('ctlAdHocWillApply', { n: check.apply.length })
          : t('ctlAdHocNothing'),
      );
    if (check.rejected.length > 0)
      notes.push(t('ctlAdHocRejected', { codes: listText(check.rejected) }));
    if (check.notCarried.length > 0)
      notes.push(t('ctlAdHocNotCarried', { codes: listText(check.notCarried.map(formatHs)) }));
    if (check.overLimit > 0)
      notes.push(t('ctlAdHocOverLimit', { max: MAX_AD_HOC_CODES, n: check.overLimit }));
  }
  if (pending && (draft.trim() || codes.length > 0)) notes.push(t('ctlAdHocPending'));

  return (
    <div className="ctl-field ctl-adhoc">
      <label htmlFor={areaId}>{t('ctlAdHocLabel')}</label>
      <p id={hintId} className="ctl-hint">
        {t('ctlAdHocHint')}
      </p>
      <textarea
        ref={areaRef}
        id={areaId}
        rows={3}
        spellCheck={false}
        aria-describedby={`${hintId} ${checkId}`}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          // Shift+Enter keeps a newline for pasted lists; IME composition owns its own Enter.
          if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
          e.preventDefault();
          apply();
        }}
      />
      <ul id={checkId} className="ctl-notes">
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <div className="ctl-buttons">
        {/* aria-disabled, not disabled: a disabled button drops keyboard focus to the page. */}
        <button type="button" onClick={apply} aria-disabled={!canApply}>
          {t('ctlApply')}
        </button>
        <button type="button" onClick={clear} aria-disabled={!draft && codes.length === 0}>
          {t('ctlClear')}
        </button>
      </div>
      <p className="ctl-hint" role="status" aria-live="polite">
        {codes.length > 0 ? t('ctlAdHocApplied', { n: codes.length }) : t('ctlAdHocNoneApplied')}
      </p>
    </div>
  );
}
