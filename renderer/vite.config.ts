/**
 * Builds the renderer into dist/renderer, which both hosts serve: the Electron window
 * loads it from disk and the loopback HTTP host serves it to a browser. Paths are
 * relative (base './') so the same files work from file:// and from http://.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The dev server injects an inline React Refresh preamble that the production policy
 * forbids; in dev only, the meta policy is dropped (the dev server is never shipped).
 */
function dropMetaPolicyInDev(): Plugin {
  return {
    name: 'rapport:drop-meta-csp-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, ''),
  };
}

export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react(), dropMetaPolicyInDev()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // The polyfill would be one more script; every browser we ship on supports modulepreload.
    modulePreload: { polyfill: false },
    // Keep every asset a file: script-src/img-src 'self' apply, and data: fonts would be refused.
    assetsInlineLimit: 0,
    sourcemap: true,
  },
  server: {
    // `npm run dev`: start `npm run serve -- --port 4477` and open the dev server with #token=….
    proxy: { '/api': { target: 'http://127.0.0.1:4477', changeOrigin: true } },
  },
});
