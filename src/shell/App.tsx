import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Manifest } from '../schema/manifest.ts';
import { loadManifest } from '../data/loader.ts';
import { describeFailure, type LoadFailure } from '../data/use-data.ts';
import { failureText, LoadingStatus } from '../ui/DataStatus.tsx';
import { translate } from '../i18n/messages.ts';
import { parseLang } from '../state/lang.ts';
import {
  normalizeState,
  parseState,
  serializeState,
  type ParamNotice,
} from '../state/url-state.ts';
import { type AtlasState } from '../state/params.ts';
import { Shell } from './Shell.tsx';
import type { T } from '../i18n/types.ts';

/** Loads the manifest, then hands over to the shell, which owns the URL state. */
export function App() {
  const [manifest, setManifest] = useState<Manifest | null>(null);
  const [error, setError] = useState<LoadFailure | null>(null);
  const lang = parseLang(window.location.search);
  const t: T = (key, vars) => translate(lang, key, vars);

  useEffect(() => {
    loadManifest().then(setManifest, (e: unknown) => setError(describeFailure(e, 'manifest.json')));
  }, []);

  if (error) {
    return (
      <main className="page">
        <h1>{t('title')}</h1>
        <div role="alert" className="data-error">
          <strong>{t('dataError')}</strong>
          <p>{failureText(t, error)}</p>
        </div>
      </main>
    );
  }
  if (!manifest) {
    // The shell's header, early: the page keeps its shape when the manifest arrives.
    return (
      <>
        <header className="site-header">
          <div className="brand">
            <h1>{t('title')}</h1>
            <p className="tagline">{t('tagline')}</p>
          </div>
        </header>
        <main id="content">
          <LoadingStatus t={t} lang={lang} className="loading" />
        </main>
      </>
    );
  }
  return <Routed manifest={manifest} />;
}

function Routed({ manifest }: { manifest: Manifest }) {
  const [parsed, setParsed] = useState<{ state: AtlasState; notices: ParamNotice[] }>(() =>
    parseState(window.location.search, manifest),
  );

  // Canonical URL on first load: invalid parameters are dropped (the notice says which).
  useEffect(() => {
    const canonical = serializeState(parsed.state, manifest);
    if (canonical !== window.location.search) {
      window.history.replaceState(null, '', canonical || window.location.pathname);
    }
    // Only on mount: later changes write the URL themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const onPop = () => setParsed(parseState(window.location.search, manifest));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [manifest]);

  // The current state in a ref, so update() can write the URL outside React's state updater
  // (StrictMode runs updaters twice, which would push two history entries per click).
  const current = useRef(parsed.state);
  useLayoutEffect(() => {
    current.current = parsed.state;
  }, [parsed.state]);
  const update = useCallback(
    (patch: Partial<AtlasState>, how: 'push' | 'replace' = 'push') => {
      // A change of year, dataset or code can make the month or the change metric impossible.
      const next = normalizeState({ ...current.current, ...patch }, manifest);
      const url = serializeState(next, manifest) || window.location.pathname;
      if (how === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      current.current = next;
      // A replace is the app correcting its own URL (a presented step's view, a saved tour),
      // not the reader moving on: the link's notices stay until dismissed or the next move.
      setParsed((p) => ({ state: next, notices: how === 'replace' ? p.notices : [] }));
    },
    [manifest],
  );

  const dismiss = useMemo(() => () => setParsed((p) => ({ ...p, notices: [] })), []);
  return (
    <Shell
      manifest={manifest}
      state={parsed.state}
      notices={parsed.notices}
      update={update}
      dismissNotices={dismiss}
    />
  );
}
