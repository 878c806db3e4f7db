import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Packages a pure layer (engine, catalog, expectations, importer, language) must never import. */
const uiPackages = ['react', 'react-dom', 'react-dom/*', 'monaco-editor', 'monaco-editor/*', 'zustand', 'zustand/*', '@tanstack/*'];
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'url', 'crypto'];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'catalogs/**', 'test-results/**', 'playwright-report/**', 'e2e/.output/**', 'reports/**', '.stryker-tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // Layer boundaries (see README "Architecture"): pure layers never reach UI or Node.
  {
    files: ['src/engine/**/*.ts', 'src/catalog/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.bench.ts'],
    rules: restrict(
      [...uiPackages, ...nodeBuiltins, '**/app/**', '**/features/**', '**/stores/**', '**/editor/**', '**/data/**', '**/cli/**', '**/importer/**', '**/language/**', '**/expectations/**'],
      'the engine and catalog are pure: no React, Monaco, stores, DOM, Node or app code',
    ),
  },
  {
    files: ['src/text-formats/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict(
      [...uiPackages, ...nodeBuiltins, '**/app/**', '**/features/**', '**/stores/**', '**/editor/**', '**/data/**', '**/cli/**', '**/importer/**', '**/language/**', '**/engine/**', '**/catalog/**', '**/expectations/**'],
      'the export formats are pure and shared by the app and the CLI: they import nothing',
    ),
  },
  {
    files: ['src/expectations/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict(
      [...uiPackages, ...nodeBuiltins, '**/app/**', '**/features/**', '**/stores/**', '**/editor/**', '**/data/**', '**/cli/**', '**/importer/**', '**/language/**', '**/engine/*/**'],
      'the expectation checker is pure and shared with the CLI: only src/engine/index.ts and src/catalog',
    ),
  },
  {
    files: ['src/importer/**/*.ts', 'src/language/**/*.ts'],
    ignores: ['**/*.test.ts', 'src/importer/cli.ts'],
    rules: restrict(
      [...uiPackages, ...nodeBuiltins, '**/app/**', '**/features/**', '**/stores/**', '**/editor/**', '**/data/**', '**/cli/**', '**/engine/*/**'],
      'pure layer: reach the engine only through src/engine/index.ts; no UI, no Node',
    ),
  },
  {
    files: ['src/features/**', 'src/app/**', 'src/stores/**', 'src/data/**', 'src/components/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/engine/*/**', '**/importer/**', '**/cli/**', ...nodeBuiltins], message: 'UI code reaches the engine only through src/engine/index.ts' },
            { group: ['monaco-editor', 'monaco-editor/*'], message: 'only src/editor imports monaco-editor' },
          ],
        },
      ],
    },
  },
);
