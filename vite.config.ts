import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// Relative base so that the built dist/ works from any static host or a USB stick.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    // Offline (issue 6): a service worker, registered by src/main.tsx, precaches the app shell
    // (the built HTML, JS and CSS) and keeps every data file the atlas loads in a runtime
    // cache. Data is network-first: online, every file comes fresh from the host, so a shard
    // changed with a new manifest is never served stale and a missing or corrupt file is
    // reported as before; offline (network error), the cached copy is served.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html}'],
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
  build: { target: 'es2022', sourcemap: false },
});
