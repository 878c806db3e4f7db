import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { readdirSync } from 'node:fs';

/**
 * The README's "Who may import what" table as lint rules. Folders are fenced with
 * `import-x/no-restricted-paths` zones (resolved paths, so a package such as
 * `monaco-editor/features/…` never matches a folder name); packages and Node built-ins with
 * `no-restricted-imports`. `src/build/import-boundaries.test.ts` lints a forbidden and an allowed
 * probe import for every row, so removing a rule fails the unit tests.
 */
const root = import.meta.dirname;

/** Packages a pure layer (engine, catalog, expectations, importer, language, text formats) and the CLI never import. */
const uiPackages = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'monaco-editor',
  'monaco-editor/*',
  'zustand',
  'zustand/*',
  '@tanstack/*',
  'wouter',
  'wouter/*',
];
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'url', 'crypto'];
const testFiles = ['**/*.test.ts', '**/*.test.tsx', '**/*.bench.ts'];
/** Test support: fixtures in `testing/` folders and the benchmark. */
const testSupport = ['src/**/testing/**/*.ts', 'src/**/testing/**/*.tsx', 'src/bench/**/*.ts'];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

/** Shared pure code every UI folder may use. */
const uiShared = [
  'engine/index.ts',
  'catalog/index.ts',
  'expectations',
  'text-formats',
  'language',
  'analysis/index.ts',
];
/** The UI imports downwards only: each folder may import the ones after it. */
const uiLayers = [['app'], ['features'], ['editor'], ['stores', 'data'], ['components'], ['lib']];

/** Cross-feature imports the README documents ("Where we depart from the architecture guide"). */
const featureCompositions = {
  drafts: ['share', 'import-export', 'builder', 'generator'],
  'catalog-browser': ['generator'],
};
const compositions = Object.entries(featureCompositions)
  .map(([feature, parts]) => `${feature} → ${parts.join(', ')}`)
  .join('; ');
const features = readdirSync(`${root}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** A zone that lets `target` import only the listed `src/` paths (its own folder is implied). */
const onlyFrom = (target, allowed, message) => ({
  target: `src/${target}`,
  from: 'src',
  except: [target, ...allowed].map((path) => `./${path}`),
  message,
});

const zones = [
  onlyFrom('engine', ['catalog'], 'the engine is pure: it imports only the catalog format'),
  onlyFrom('catalog', ['engine'], 'the catalog format is pure: it imports only the engine'),
  onlyFrom(
    'catalog/testing',
    ['catalog'],
    'the catalog fixture builder is pure: it imports only src/catalog',
  ),
  onlyFrom(
    'expectations',
    ['engine/index.ts', 'catalog'],
    'the expectation checker imports only src/engine/index.ts and src/catalog',
  ),
  onlyFrom(
    'importer',
    ['engine/index.ts', 'catalog'],
    'the importer imports only src/engine/index.ts and src/catalog',
  ),
  onlyFrom(
    'language',
    ['engine/index.ts', 'catalog'],
    'the language service imports only src/engine/index.ts and src/catalog: no stores, no UI',
  ),
  onlyFrom(
    'analysis',
    [
      'engine/index.ts',
      'catalog/index.ts',
      'expectations',
      'language',
      'text-formats',
      'lib/watched-worker.ts',
    ],
    'the analysis worker imports only src/engine/index.ts, src/catalog/index.ts, src/expectations, src/language, src/text-formats and src/lib/watched-worker.ts: no stores, no UI',
  ),
  onlyFrom('text-formats', [], 'the export formats are pure string handling: they import nothing'),
  {
    target: 'src/text-formats',
    from: 'node_modules',
    message: 'the export formats are pure string handling: they import nothing',
  },
  onlyFrom(
    'cli',
    ['engine/index.ts', 'catalog', 'expectations', 'text-formats'],
    'the CLI imports only src/engine/index.ts, src/catalog, src/expectations and src/text-formats: no browser code',
  ),
  onlyFrom(
    'editor',
    ['language', 'analysis/index.ts', 'engine/index.ts', 'catalog/index.ts', 'data'],
    'the editor imports only src/language, src/analysis/index.ts, src/engine/index.ts, src/catalog/index.ts and src/data: no stores, no features',
  ),
  ...uiLayers.flatMap((layer, index) =>
    layer
      .filter((folder) => folder !== 'editor')
      .map((folder) =>
        onlyFrom(
          folder,
          [...uiShared, ...uiLayers.slice(index + 1).flat()],
          'UI code imports src/engine/index.ts, src/catalog/index.ts, src/expectations, src/text-formats, src/language, src/analysis/index.ts and the UI folders below it (app → features → editor → stores, data → components → lib); no deep engine paths, importer or CLI',
        ),
      ),
  ),
  ...features.map((feature) => ({
    target: `src/features/${feature}`,
    from: 'src/features',
    except: [feature, ...(featureCompositions[feature] ?? [])].map((folder) => `./${folder}`),
    message: `a feature does not import another feature (documented compositions: ${compositions})`,
  })),
];

/** Only tests, test support (`testing/` folders, the benchmark) and e2e tests build fixtures. */
const fixtureBuilderZone = {
  target: 'src',
  from: 'src/catalog/testing',
  message:
    'the catalog fixture builder (src/catalog/testing) is for tests, testing/ folders, src/bench and e2e only: the app and the package never ship it',
};

/** Test support keeps its folder's boundaries but, whatever the folder, may use the builder. */
const supportZones = zones.map((zone) =>
  zone.from === 'src'
    ? { ...zone, except: [...new Set([...zone.except, './catalog/testing'])] }
    : zone,
);

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'lib/**',
      'node_modules/**',
      'catalogs/**',
      'test-results/**',
      'playwright-report/**',
      'e2e/.output/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
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
  // Layer boundaries (README "Who may import what"). Tests may borrow fixtures from any folder;
  // code the app or the package may ship never imports the catalog fixture builder.
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: [...testFiles, ...testSupport],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: root, zones: [...zones, fixtureBuilderZone] },
      ],
    },
  },
  {
    files: testSupport,
    ignores: testFiles,
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: root, zones: supportZones }] },
  },
  {
    files: [
      'src/engine/**/*.ts',
      'src/catalog/**/*.ts',
      'src/expectations/**/*.ts',
      'src/importer/**/*.ts',
      'src/language/**/*.ts',
      'src/text-formats/**/*.ts',
    ],
    ignores: [...testFiles, 'src/importer/cli.ts'],
    rules: restrict(
      [...uiPackages, ...nodeBuiltins],
      'pure layer: no React, Monaco, zustand, react-query or Node APIs (only src/importer/cli.ts touches files)',
    ),
  },
  {
    files: ['src/analysis/**/*.ts'],
    ignores: testFiles,
    rules: restrict(
      [...uiPackages, ...nodeBuiltins],
      'the analysis worker is no UI: no React, Monaco, zustand, react-query or Node APIs',
    ),
  },
  {
    files: ['src/cli/**/*.ts', 'src/importer/cli.ts'],
    rules: restrict(uiPackages, 'Node code: no React, Monaco or other browser libraries'),
  },
  {
    files: ['src/editor/**'],
    rules: restrict(nodeBuiltins, 'the editor runs in the browser: no Node APIs'),
  },
  {
    files: [
      'src/app/**',
      'src/features/**',
      'src/stores/**',
      'src/data/**',
      'src/components/**',
      'src/lib/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'UI code runs in the browser: no Node APIs' },
            {
              group: ['monaco-editor', 'monaco-editor/*'],
              message: 'only src/editor imports monaco-editor',
            },
          ],
        },
      ],
    },
  },
);
