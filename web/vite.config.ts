// Vite build of the khabar web app: web/ → web/dist, served by `khabar serve`.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: 'public',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Fonts and images as files, never data: URIs, so the Content-Security-Policy stays 'self'.
    assetsInlineLimit: 0,
    // No inline module-preload polyfill: the page must run under script-src 'self'.
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
    reportCompressedSize: false,
  },
  server: {
    // `npm run dev:web`: the API comes from a `khabar serve` on port 8080.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
