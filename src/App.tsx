import { useEffect, useState } from 'react';
import type { Lang, Manifest } from './schema/manifest.ts';
import { DataError, loadManifest } from './data/loader.ts';
import { LANGS, LANG_NAMES, translate, type MessageKey } from './i18n/messages.ts';
import { parseLang, withLang } from './state/lang.ts';
import { Overview } from './views/Overview.tsx';

export type T = (key: MessageKey, vars?: Record<string, string>) => string;

export function App() {
  const [lang, setLang] = useState<Lang>(() => parseLang(window.location.search));
  const [manifest, setManifest] = useState<Manifest | null>(null);
  const [error, setError] = useState<string | null>(null);
  const t: T = (key, vars) => translate(lang, key, vars);

  useEffect(() => {
    loadManifest().then(setManifest, (e: unknown) =>
      setError(e instanceof DataError ? e.message : String(e)),
    );
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, 'title');
  }, [lang]);

  useEffect(() => {
    const onPop = () => setLang(parseLang(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const changeLang = (next: Lang) => {
    window.history.pushState(
      null,
      '',
      withLang(window.location.search, next) || window.location.pathname,
    );
    setLang(next);
  };

  return (
    <>
      <header className="site-header">
        <div>
          <h1>{t('title')}</h1>
          <p className="tagline">{t('tagline')}</p>
        </div>
        <label className="lang-switch">
          {t('language')}{' '}
          <select value={lang} onChange={(e) => changeLang(e.target.value as Lang)}>
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main>
        {error ? (
          <div role="alert" className="data-error">
            <strong>{t('dataError')}</strong>
            <p>{error}</p>
          </div>
        ) : manifest ? (
          <Overview manifest={manifest} lang={lang} t={t} />
        ) : (
          <p role="status">{t('loading')}</p>
        )}
      </main>
    </>
  );
}
