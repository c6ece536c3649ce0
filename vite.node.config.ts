import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The plain-Node entries (HTTP server, CLI) bundled to out/node; npm packages stay external so
// better-sqlite3 loads its own native binding.
const pkg = (await import('./package.json', { with: { type: 'json' } })).default as {
  dependencies: Record<string, string>;
};
// drizzle-orm is bundled: as hundreds of small modules it took ~45 ms to load, paid again by every
// import worker before it reads a row (and by each CLI command).
const BUNDLED = ['drizzle-orm'];
const external = [
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies).filter((name) => !BUNDLED.includes(name)),
].map((name) => new RegExp(`^${name.replace(/[/.]/g, '\\$&')}(/.*)?$`));

export default defineConfig({
  ssr: { noExternal: BUNDLED },
  build: {
    outDir: 'out/node',
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      input: {
        server: resolve(import.meta.dirname, 'electron/server/main.ts'),
        cli: resolve(import.meta.dirname, 'electron/cli/main.ts'),
        // Imports run in a worker thread; import-runner finds this entry beside the server bundle.
        'import-worker': resolve(import.meta.dirname, 'electron/core/importers/import-worker.ts'),
      },
      external,
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
});
