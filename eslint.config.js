// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The import direction of DESIGN §5 is enforced here, with messages that say why:
 * renderer → shared and main → shared; shared imports neither; the renderer never imports main.
 */
const WHY_SHARED =
  'shared/ is pure TypeScript used by both processes and the CLI: it may not import React, Dexie, Electron, Node built-ins, main/ or renderer/ (DESIGN §5).';
const WHY_RENDERER =
  'The renderer runs sandboxed in a browser context: it reaches the main process only through renderer/platform and the typed IPC contract in shared/ipc, never by importing main/ or electron (DESIGN §5).';
const WHY_FEATURES =
  'Features reach data only through the repositories and hooks in renderer/db (STYLE 7): never Dexie or the database module itself, so every write keeps its transaction and every query its index. Row types are re-exported from renderer/db/repositories.';
const WHY_MAIN =
  'main/ has no domain rules and no UI: it may import shared/ but never renderer/ code, React or Dexie (DESIGN §5).';

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'dist-web', 'release', '.tmp', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**', '**/main/**'], message: WHY_SHARED },
            { group: ['react', 'react-*', '@mui/*', 'dexie', 'dexie-*', 'electron', 'electron-*'], message: WHY_SHARED },
            // Node built-ins by bare name only: a pattern 'crypto' would also match shared/crypto/*.
            { group: ['node:*'], message: WHY_SHARED },
          ],
          paths: ['fs', 'path', 'os', 'crypto', 'child_process'].map((name) => ({ name, message: WHY_SHARED })),
        },
      ],
      'no-restricted-globals': ['error', { name: 'window', message: WHY_SHARED }, { name: 'document', message: WHY_SHARED }, { name: 'process', message: WHY_SHARED }],
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
          patterns: [
            { group: ['**/main/**', 'electron', 'electron/*', 'electron-log', 'electron-log/*'], message: WHY_RENDERER },
            { group: ['node:*'], message: WHY_RENDERER },
            {
              group: ['exceljs', 'exceljs/*'],
              message:
                'exceljs stays behind the spreadsheet module (shared/competitions/xlsx) and is run for imports in the import worker (renderer/workers), so a hostile file never reaches it unchecked or on the UI thread (docs/reliability.md).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/features/**/*.{ts,tsx}'],
    ignores: ['renderer/features/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main/**', 'electron', 'electron/*', 'electron-log', 'electron-log/*'], message: WHY_RENDERER },
            { group: ['node:*'], message: WHY_RENDERER },
            { group: ['dexie', 'dexie-*', '**/db/database'], message: WHY_FEATURES },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: WHY_MAIN },
            { group: ['react', 'react-dom', 'react-dom/*', '@mui/*', 'dexie', 'dexie-*'], message: WHY_MAIN },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,mjs,js}', 'scripts/**/*.{ts,mjs,js}', '*.config.{ts,js}', 'build/**/*.{mjs,js}', '**/*.test.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
