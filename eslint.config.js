// Boundaries are enforced here, not left to discipline: a forbidden import fails `npm run lint`.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const noElectron = { name: 'electron', message: 'Only electron/main and electron/preload may import electron: the core must run under plain Node.' };
const electronPatterns = { group: ['electron/*', '@electron/*', 'electron-store'], message: noElectron.message };

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'tools/**/node_modules/**', 'test-results/**', 'playwright-report/**', 'reports/**', '.tmp/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import/no-default-export': 'off',
    },
  },
  {
    // Named exports only in product code (config files need their default export).
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/server/**/*.ts', 'electron/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [electronPatterns] }] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...nodeBuiltins.map((name) => ({ name, message: 'shared/ is environment-neutral: no Node built-ins.' }))],
          patterns: [
            electronPatterns,
            { group: ['react', 'react-dom', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', '**/electron/**', '**/renderer/**'], message: 'shared/ is environment-neutral: zod and plain TypeScript only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...nodeBuiltins.map((name) => ({ name, message: 'The renderer is a sandboxed web page: no Node built-ins. Ask the backend through the contract.' }))],
          patterns: [
            electronPatterns,
            { group: ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'conf', '**/electron/core/**', '**/electron/main/**', '**/electron/server/**', '**/electron/cli/**'], message: 'The renderer reaches data only through the typed contract (shared/ipc).' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!electron$|.*shared/ipc/channels$).*', message: 'The sandboxed preload imports only electron and shared/ipc/channels.ts.' },
          ],
        },
      ],
    },
  },
);
