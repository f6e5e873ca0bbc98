import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/App.tsx';
import './ui/tokens.css';
import './styles.css';
import './ui/design.css';
import './ui/layout.css';
import { watchTables } from './ui/stack-tables.ts';

const root = document.getElementById('root');
watchTables();
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

/**
 * Offline: the service worker built by vite-plugin-pwa (vite.config.ts) sits beside
 * index.html, so it works from any path. Once it controls the page, the data files loaded
 * before it did are stored too, so the first view keeps working with no network.
 */
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    const sw = navigator.serviceWorker;
    const hadController = sw.controller !== null;
    sw.addEventListener('controllerchange', () => {
      // A new version took over an open page: reload, so the page and its chunks match it;
      // but never in the middle of a presentation, which keeps the version it started with
      // until the next page load.
      if (hadController && !new URLSearchParams(window.location.search).has('present'))
        window.location.reload();
      else void storeLoadedData();
    });
    const register = () =>
      sw.register(new URL('sw.js', document.baseURI), { scope: './' }).catch(() => undefined);
    // Installing the worker downloads every chunk of the app for offline use: only once the
    // first view has painted and the page is idle, so it never competes with the first map.
    setTimeout(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5000 });
      else void register();
    }, 3000);
  });
}

async function storeLoadedData(): Promise<void> {
  const data = new URL('data/', document.baseURI).href;
  const urls = performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((u) => u.startsWith(data) && u.endsWith('.json'));
  const cache = await caches.open('atlas-data');
  for (const url of new Set(urls))
    if (!(await cache.match(url))) await cache.add(url).catch(() => undefined);
}
