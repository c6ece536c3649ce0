import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

// Development only: the React plugin's refresh preamble is an inline script and HMR talks over a
// websocket, both of which the production CSP forbids. Built output keeps the strict policy.
function devServerCsp(): Plugin {
  return {
    name: 'carbonrecycling-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*"),
  };
}

// Our layout is not electron-vite's default (src/main, src/preload, src/renderer): every entry is named.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // drizzle-orm is bundled (as vite.node.config.ts explains): each import worker loads faster.
      externalizeDeps: { exclude: ['drizzle-orm'] },
      // Imports run in a worker thread; import-runner finds this entry beside the main bundle.
      lib: {
        entry: { index: resolve(__dirname, 'electron/main/index.ts'), 'import-worker': resolve(__dirname, 'electron/core/importers/import-worker.ts') },
        formats: ['es'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve(__dirname, 'electron/preload/index.ts') },
      // A sandboxed preload cannot load ES modules: it must be one CommonJS file.
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), devServerCsp()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      rolldownOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
