import type { Manifest } from '../schema/manifest.ts';
import { LANG_NAMES, translate } from '../i18n/messages.ts';
import { LANGS } from '../schema/manifest.ts';
import { localizeManifest } from '../i18n/names.ts';
import { NOTICE_MESSAGES, type ParamNotice } from '../state/url-state.ts';
import { type AtlasState, type View } from '../state/params.ts';
import { linkTo } from '../ui/link-to.ts';
import { datasetOf } from '../derive/resolve.ts';
import type { ViewProps } from '../state/view-props.ts';
import type { T } from '../i18n/types.ts';
import { MapView } from '../views/MapView.tsx';
import { ViewToolbar } from '../ui/ViewToolbar.tsx';
import { useNarrow } from '../ui/use-narrow.ts';
import { lazy, Suspense, useEffect, useMemo } from 'react';

// Views other than the map load on demand, so the first view ships only what it draws.
const CountryView = lazy(() =>
  import('../views/country/CountryView.tsx').then((m) => ({ default: m.CountryView })),
);
const CompareView = lazy(() =>
  import('../views/CompareView.tsx').then((m) => ({ default: m.CompareView })),
);
const MethodsView = lazy(() =>
  import('../views/MethodsView.tsx').then((m) => ({ default: m.MethodsView })),
);
const FlowsView = lazy(() =>
  import('../views/FlowsView.tsx').then((m) => ({ default: m.FlowsView })),
);
const ProductView = lazy(() =>
  import('../views/ProductView.tsx').then((m) => ({ default: m.ProductView })),
);
const SourcesView = lazy(() =>
  import('../views/SourcesView.tsx').then((m) => ({ default: m.SourcesView })),
);
const GroupView = lazy(() =>
  import('../views/GroupView.tsx').then((m) => ({ default: m.GroupView })),
);
const RegimeView = lazy(() =>
  import('../views/RegimeView.tsx').then((m) => ({ default: m.RegimeView })),
);
// Workshop presentation mode (present=1): loads only when a tour is presented.
const PresentView = lazy(() =>
  import('../views/PresentView.tsx').then((m) => ({ default: m.PresentView })),
);

interface ShellProps {
  manifest: Manifest;
  state: AtlasState;
  notices: ParamNotice[];
  update: ViewProps['update'];
  dismissNotices: () => void;
}

const NAV: {
  view: View;
  key:
    'navMap' | 'navTable' | 'navFlows' | 'navGroups' | 'navCompare' | 'navMethods' | 'navSources';
}[] = [
  { view: 'map', key: 'navMap' },
  { view: 'table', key: 'navTable' },
  { view: 'flows', key: 'navFlows' },
  { view: 'group', key: 'navGroups' },
  { view: 'compare', key: 'navCompare' },
  { view: 'methods', key: 'navMethods' },
  { view: 'sources', key: 'navSources' },
];

const CARD_VIEWS = new Set<View>(['map', 'table', 'flows']);

/** Header, navigation, parameter notices and the current view. */
export function Shell({ manifest: built, state, notices, update, dismissNotices }: ShellProps) {
  const lang = state.lang;
  // List, category and dataset names in the interface language; ids and figures unchanged.
  const manifest = useMemo(() => localizeManifest(built, lang), [built, lang]);
  const t: T = (key, vars) => translate(lang, key, vars);
  const names = useMemo(
    () => new Map(manifest.countries.map((c) => [c.iso3, c.names[lang]])),
    [manifest, lang],
  );
  const nameOf = (iso3: string) => names.get(iso3) ?? iso3;
  const props: ViewProps = { manifest, state, update, t, lang, nameOf };
  const narrow = useNarrow();
  const pageToolbar = !CARD_VIEWS.has(state.view);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, 'title');
  }, [lang]);

  // A presented or embedded link is as likely to be mistyped as any other: the notice shows there too.
  if (state.present && state.tour && !state.embed) {
    return (
      <>
        <Notices notices={notices} t={t} dismiss={dismissNotices} />
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <PresentView {...props}>
            <View {...props} />
          </PresentView>
        </Suspense>
      </>
    );
  }

  if (state.embed) {
    return (
      <main id="content" className={`embed embed-${state.view}`}>
        <Notices notices={notices} t={t} dismiss={dismissNotices} />
        <View {...props} />
        <EmbedSource {...props} />
        <p className="embed-link">
          <a href={linkTo(props, { embed: false }).href} target="_top">
            {t('openFull')}
          </a>
        </p>
      </main>
    );
  }

  return (
    <>
      <a className="skip-link" href="#content">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <div className="brand">
          <h1>
            <a {...linkTo(props, { view: 'map' })}>{t('title')}</a>
          </h1>
          <p className="tagline">{t('tagline')}</p>
        </div>
        <nav aria-label={t('navLabel')} className="main-nav">
          <ul>
            {NAV.map((n) => (
              <li key={n.view}>
                <a
                  {...linkTo(props, { view: n.view })}
                  aria-current={state.view === n.view ? 'page' : undefined}
                >
                  {t(n.key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <label className="lang-switch">
          <span className="lang-label">{t('language')}</span>
          <select
            value={lang}
            onChange={(e) => update({ lang: e.target.value as AtlasState['lang'] })}
          >
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </header>
      <Notices notices={notices} t={t} dismiss={dismissNotices} />
      <main id="content" tabIndex={-1}>
        {/* Views drawn as chart cards carry these actions in the card's footer; elsewhere they
            stand above the view, or after it on a phone, where the view leads. */}
        {pageToolbar && !narrow && <ViewToolbar {...props} />}
        <View {...props} />
        {pageToolbar && narrow && <ViewToolbar {...props} />}
      </main>
      <footer className="site-footer">
        {lang !== 'en' && <p>{t('hsEnglishNote')}</p>}
        <p>
          {t('sourceLine', {
            sources: manifest.datasets.map((d) => `${d.publisher} (${d.licence})`).join('; '),
          })}
        </p>
      </footer>
    </>
  );
}

/**
 * An embedded view travels without the atlas's footer, yet CC BY and the Etalab licence ask
 * that every reuse names its source and licence: the frame carries both itself.
 */
function EmbedSource({ manifest, state, t }: ViewProps) {
  const ds = datasetOf(manifest, state);
  if (!ds) return null;
  return (
    <p className="embed-source" data-testid="embed-source">
      {t('embedSourceLabel')}{' '}
      <a href={ds.url} target="_top">
        {ds.title}
      </a>
      , {ds.publisher}. {t('embedLicenceLabel')}{' '}
      <a href={ds.licenceUrl} target="_top">
        {ds.licence}
      </a>
    </p>
  );
}

/** The link's parameters that were not used, each quoted as text, never as markup. */
function Notices({ notices, t, dismiss }: { notices: ParamNotice[]; t: T; dismiss: () => void }) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      <strong>{t('noticeTitle')}</strong>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{t(NOTICE_MESSAGES[n.reason], { param: n.param, value: n.value })}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}

function View(props: ViewProps) {
  return (
    <Suspense fallback={<p role="status">{props.t('loading')}</p>}>
      <ViewSwitch {...props} />
    </Suspense>
  );
}

function ViewSwitch(props: ViewProps) {
  switch (props.state.view) {
    case 'map':
    case 'table':
      return <MapView {...props} />;
    case 'country':
      return <CountryView {...props} />;
    case 'compare':
      return <CompareView {...props} />;
    case 'flows':
      return <FlowsView {...props} />;
    case 'product':
      return <ProductView {...props} />;
    case 'methods':
      return <MethodsView {...props} />;
    case 'sources':
      return <SourcesView {...props} />;
    case 'group':
      return <GroupView {...props} />;
    case 'regime':
      return <RegimeView {...props} />;
    default:
      return <p className="not-built">{props.t('notBuilt')}</p>;
  }
}
