/**
 * The web app's own build (`npm run build:web`): Vite with Preact (JSX through Vite's built-in oxc transform,
 * no Babel preset needed), written to dist/web and served by the API server. No CDN, no inline script
 * (the CSP is `default-src 'self'`), so the module-preload polyfill, which Vite would inline, is off.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    target: 'es2022',
  },
});
