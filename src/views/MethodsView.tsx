import type { MessageKey } from '../i18n/messages.ts';
import type { ViewProps } from '../state/view-props.ts';
import './pages.css';
import { registerCatalog } from '../i18n/messages.ts';
import * as pagesCatalogue from '../i18n/catalog/pages.ts';

// This view's text loads with it, not with the map.
registerCatalog(pagesCatalogue);

/** Sections of the page: a heading and its paragraphs, all from the catalogue. */
const SECTIONS: { id: string; heading: MessageKey; paragraphs: MessageKey[] }[] = [
  { id: 'values', heading: 'pgMValuesH', paragraphs: ['pgMValues1', 'pgMValues2', 'pgMValues3'] },
  { id: 'lists', heading: 'pgMListsH', paragraphs: ['pgMLists1', 'pgMLists2', 'pgMLists3'] },
  { id: 'specificity', heading: 'pgMSpecH', paragraphs: ['pgMSpec1', 'pgMSpec2', 'pgMSpec3'] },
  { id: 'classes', heading: 'pgMClassesH', paragraphs: ['pgMClasses1', 'pgMClasses2'] },
  { id: 'share', heading: 'pgMShareH', paragraphs: ['pgMShare1', 'pgMShare2'] },
  { id: 'editions', heading: 'pgMEditionsH', paragraphs: ['pgMEditions1', 'pgMEditions2'] },
  { id: 'mirror', heading: 'pgMMirrorH', paragraphs: ['pgMMirror1', 'pgMMirror2'] },
  { id: 'months', heading: 'moMethodsH', paragraphs: ['moMethods1', 'moMethods2', 'moMethods3'] },
];

/** Glossary terms: the term itself is translated too (HS is SH in French, SA in Spanish). */
const GLOSSARY: { id: string; term: MessageKey; definition: MessageKey }[] = [
  { id: 'hs', term: 'pgGHsT', definition: 'pgGHsD' },
  { id: 'hs6', term: 'pgGHs6T', definition: 'pgGHs6D' },
  { id: 'baci', term: 'pgGBaciT', definition: 'pgGBaciD' },
  { id: 'dual-use', term: 'pgGDualT', definition: 'pgGDualD' },
  { id: 'chpl', term: 'pgGChplT', definition: 'pgGChplD' },
  { id: 'nsg', term: 'pgGNsgT', definition: 'pgGNsgD' },
  { id: 'mtcr', term: 'pgGMtcrT', definition: 'pgGMtcrD' },
  { id: 'ag', term: 'pgGAgT', definition: 'pgGAgD' },
  { id: 'wassenaar', term: 'pgGWaT', definition: 'pgGWaD' },
  { id: 'cwc', term: 'pgGCwcT', definition: 'pgGCwcD' },
  { id: 'unscr1540', term: 'pgG1540T', definition: 'pgG1540D' },
  { id: 'stce', term: 'pgGStceT', definition: 'pgGStceD' },
  { id: 'cif-fob', term: 'pgGCifT', definition: 'pgGCifD' },
];

/** How the figures are built and what the words mean; static text, fully translated. */
export function MethodsView({ t, manifest }: ViewProps) {
  const currencies = [...new Set(manifest.datasets.map((d) => d.currency))].join(', ');
  return (
    <article className="pg pg-prose" aria-labelledby="pg-methods-h">
      <h2 id="pg-methods-h">{t('pgMethodsTitle')}</h2>
      <nav aria-labelledby="pg-methods-toc">
        <p id="pg-methods-toc" className="pg-toc-title">
          {t('pgOnThisPage')}
        </p>
        <ul className="pg-toc">
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#pg-m-${s.id}`}>{t(s.heading)}</a>
            </li>
          ))}
          <li>
            <a href="#pg-m-glossary">{t('pgGlossaryH')}</a>
          </li>
        </ul>
      </nav>
      {SECTIONS.map((s) => (
        <section key={s.id} aria-labelledby={`pg-m-${s.id}`}>
          <h3 id={`pg-m-${s.id}`} tabIndex={-1}>
            {t(s.heading)}
          </h3>
          {s.paragraphs.map((p) => (
            // The first paragraph describes BACI, published in US dollars; the months section
            // lists every dataset's currency.
            <p key={p}>{t(p, { currencies: p === 'pgMValues1' ? 'USD' : currencies })}</p>
          ))}
        </section>
      ))}
      <section aria-labelledby="pg-m-glossary">
        <h3 id="pg-m-glossary" tabIndex={-1}>
          {t('pgGlossaryH')}
        </h3>
        <dl className="pg-glossary">
          {GLOSSARY.map((g) => (
            <div key={g.id} id={`pg-g-${g.id}`}>
              <dt>{t(g.term)}</dt>
              <dd>{t(g.definition)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </article>
  );
}
