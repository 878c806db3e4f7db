/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { catalogsPlugin } from './src/build/catalogs-plugin';
import { contentSecurityPolicyPlugin } from './src/build/content-security-policy';

const catalogDir = fileURLToPath(new URL('./catalogs', import.meta.url));

export default defineConfig({
  // Relative asset URLs: the build works from any sub-path of a static host.
  base: './',
  plugins: [
    react(),
    tailwindcss(),
    catalogsPlugin(catalogDir),
    contentSecurityPolicyPlugin(),
    // Offline after one visit: a service worker precaches the app and the catalogs it fetches (the
    // index and the content-addressed files; the plain copies are for other readers). A new build
    // waits until the user accepts the "update available" prompt (src/app/update-prompt.tsx).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: [
          '**/*.{html,js,css,ttf,svg,png}',
          'catalogs/index.json',
          `catalogs/*.${'[0-9a-f]'.repeat(16)}.json`,
        ],
        // The lazy editor chunk (Monaco) is a few MB; offline editing needs it too.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
      },
    }),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    manifest: true,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20000,
  },
});
