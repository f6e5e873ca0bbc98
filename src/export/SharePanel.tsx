import { useId, useRef, useState } from 'react';
import { normalizeState, serializeState } from '../state/url-state.ts';
import type { ViewProps } from '../state/view-props.ts';
import { embedSnippet } from './compose.ts';
import { CHART_SELECTOR, chartTitle } from './dom.ts';
import { exportChart } from './run.ts';

/** The charts of the view, in page order: every one of them can be exported. */
const chartsOnPage = () => [
  ...document.querySelectorAll<SVGSVGElement>(`#content ${CHART_SELECTOR}`),
];

/**
 * The panel of the "Export and share" menu, loaded on first use: one SVG and one PNG button
 * per chart of the view, "Copy link" (with the link shown where the clipboard is refused)
 * and the iframe embed code. Messages go to one polite status line.
 */
export default function SharePanel(props: ViewProps) {
  const { manifest, state, t, lang, nameOf } = props;
  const id = useId();
  // Read once as the panel opens (it is mounted anew on each opening).
  const [charts] = useState(() =>
    chartsOnPage().map((svg) => ({
      title: chartTitle(svg),
      kind: svg.getAttribute('data-export') ?? '',
    })),
  );
  const [status, setStatus] = useState('');
  const [showLink, setShowLink] = useState(false);
  const embedRef = useRef<HTMLTextAreaElement>(null);

  const base = window.location.href.replace(/[?#].*$/, '');
  const address = (embed: boolean) =>
    base + serializeState(normalizeState({ ...state, embed }, manifest), manifest);
  const link = address(false);
  const snippet = embedSnippet(
    address(true),
    t('labelValue', { label: t('title'), value: charts[0]?.title ?? '' }),
  );

  const run = async (i: number, format: 'svg' | 'png') => {
    const svg = chartsOnPage()[i];
    if (!svg) return;
    setStatus(t('shBusy'));
    try {
      const file = await exportChart(svg, format, { manifest, state, t, lang, nameOf, url: link });
      setStatus(t('shSaved', { file }));
    } catch (e) {
      setStatus(t('shFailed', { error: e instanceof Error ? e.message : String(e) }));
    }
  };

  const copy = async (text: string, what: 'link' | 'embed') => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus(t('shCopied'));
    } catch {
      setStatus(t('shNoClipboard'));
      if (what === 'link') setShowLink(true);
      else embedRef.current?.select();
    }
  };

  return (
    <>
      <h2 className="sh-h" id={`${id}-export`}>
        {t('shExport')}
      </h2>
      {charts.length === 0 ? (
        <p className="muted">{t('shNoChart')}</p>
      ) : (
        <ul className="sh-charts" aria-labelledby={`${id}-export`}>
          {charts.map((c, i) => (
            <li key={i} data-chart={c.kind}>
              <span className="sh-chart-title">{c.title}</span>
              <span className="sh-buttons">
                <button
                  type="button"
                  aria-label={`SVG: ${c.title}`}
                  onClick={() => void run(i, 'svg')}
                >
                  SVG
                </button>
                <button
                  type="button"
                  aria-label={`PNG: ${c.title}`}
                  onClick={() => void run(i, 'png')}
                >
                  PNG
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="sh-row">
        <button type="button" onClick={() => void copy(link, 'link')}>
          {t('shCopyLink')}
        </button>
      </div>
      {showLink && (
        <p className="sh-row">
          <label htmlFor={`${id}-link`}>{t('shLink')}</label>
          <input
            id={`${id}-link`}
            className="sh-field"
            readOnly
            value={link}
            autoFocus
            onFocus={(e) => e.currentTarget.select()}
          />
        </p>
      )}
      <p className="sh-row">
        <label htmlFor={`${id}-embed`}>{t('shEmbed')}</label>
        <textarea
          id={`${id}-embed`}
          ref={embedRef}
          className="sh-field"
          readOnly
          rows={3}
          value={snippet}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" onClick={() => void copy(snippet, 'embed')}>
          {t('shCopyEmbed')}
        </button>
      </p>
      <p className="sh-status" role="status">
        {status}
      </p>
    </>
  );
}
