import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The dev server only: Vite's hot reload injects an inline script (React refresh) and inline
 * <style> elements, which index.html's Content Security Policy forbids. The policy is
 * loosened for `npm start` alone; the build keeps index.html's policy as written.
 */
function cspDevException(): Plugin {
  return {
    name: 'atlas-csp-dev-exception',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: wss:"),
  };
}

/**
 * write-excel-file zips its parts with fflate's async zip(), which starts a Worker from a
 * blob: URL for any part over 160 kB; the CSP (worker-src 'self') refuses it and a large
 * sheet never completes. Its zipper module is replaced by src/download/xlsx-zip.ts (sync).
 */
function xlsxZipWithoutWorkers(): Plugin {
  const shim = fileURLToPath(new URL('./src/download/xlsx-zip.ts', import.meta.url));
  let swapped = false;
  let building = false;
  return {
    name: 'atlas-xlsx-zip-without-workers',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(source, importer) {
      if (
        importer &&
        /[\\/]write-excel-file[\\/]/.test(importer) &&
        /[\\/]zip[\\/]zipToArrayBuffer\.js$/.test(source)
      ) {
        swapped = true;
        return shim;
      }
      return null;
    },
    // A new write-excel-file that moved its zipper must not silently bring the workers back.
    buildEnd() {
      if (building && !swapped)
        this.error("write-excel-file's zipToArrayBuffer.js was not found to replace.");
    },
  };
}

// Relative base so that the built dist/ works from any static host or a USB stick.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    cspDevException(),
    xlsxZipWithoutWorkers(),
    // Offline: a service worker, registered by src/main.tsx, precaches the app shell
    // (the built HTML, JS and CSS) and keeps every data file the atlas loads in a runtime
    // cache. Data is network-first: online, every file comes fresh from the host, so a shard
    // changed with a new manifest is never served stale and a missing or corrupt file is
    // reported as before; offline (network error), the cached copy is served.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: false,
      workbox: {
        // The favicon too: offline, every page would otherwise log a failed request for it.
        globPatterns: ['**/*.{js,css,html,svg}'],
        globIgnores: ['data/**'],
        navigateFallback: 'index.html',
        // Data files and downloads are files, not pages of the app.
        navigateFallbackDenylist: [/\/data\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            // Same name as DATA_CACHE in src/workshop/offline.ts and src/main.tsx.
            urlPattern: ({ url, sameOrigin }) =>
              sameOrigin && /\/data\/.+\.json$/.test(url.pathname),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'atlas-data',
              cacheableResponse: { statuses: [200] },
              matchOptions: { ignoreVary: true },
            },
          },
        ],
      },
    }),
  ],
  // Pre-bundled dependencies skip the plugins above: write-excel-file is served as is in dev
  // so that its zipper is replaced there too.
  optimizeDeps: { exclude: ['write-excel-file'] },
  build: { target: 'es2022', sourcemap: false },
});
