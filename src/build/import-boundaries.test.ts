// Proves that every row of README "Who may import what" is a lint rule: for each row, a probe
// module placed in the folder imports what the row forbids (the boundary rule must report it) and
// what it allows (nothing must be reported). Removing or loosening a rule in eslint.config.js
// fails here. Probe imports name real files, because `import-x/no-restricted-paths` only judges
// imports it can resolve.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const featuresDir = `${root}src/features`;

const PATHS = 'import-x/no-restricted-paths';
const PACKAGES = 'no-restricted-imports';
type BoundaryRule = typeof PATHS | typeof PACKAGES;

interface Probe {
  /** The table row the probe stands for. */
  row: string;
  /** Where the probe module pretends to live, relative to the repository root. */
  file: string;
  /** What it imports, as written in that file. */
  specifier: string;
  /** The rule that must report the import, or undefined when the import is allowed. */
  rule?: BoundaryRule;
}

const forbid = (row: string, file: string, rule: BoundaryRule, ...specifiers: string[]) =>
  specifiers.map((specifier): Probe => ({ row, file, specifier, rule }));
const allow = (row: string, file: string, ...specifiers: string[]) =>
  specifiers.map((specifier): Probe => ({ row, file, specifier }));

const ENGINE = 'src/engine/, src/catalog/';
const FIXTURE_BUILDER = 'src/catalog/testing/';
const EXPECTATIONS = 'src/expectations/';
const IMPORTER = 'src/importer/';
const LANGUAGE = 'src/language/';
const TEXT_FORMATS = 'src/text-formats/';
const CLI = 'src/cli/';
const ANALYSIS = 'src/analysis/';
const EDITOR = 'src/editor/';
const UI = 'UI (app, features, stores, data, components, lib)';
const FEATURES = 'src/features/<feature>/';

const UI_PACKAGES = ['react', 'monaco-editor', 'zustand', '@tanstack/react-query'];

/** Cross-feature compositions the README documents; every other pair is forbidden. */
const COMPOSITIONS: Record<string, string[]> = {
  drafts: ['share', 'import-export', 'builder', 'generator'],
  'catalog-browser': ['generator'],
};

const features = readdirSync(featuresDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** A module of `feature` another feature can name in a probe. */
const someModule = (feature: string) => {
  const file = readdirSync(`${featuresDir}/${feature}`).find(
    (name) => /\.tsx?$/.test(name) && !name.includes('.test.'),
  );
  if (!file) throw new Error(`src/features/${feature} has no module to probe`);
  return `../${feature}/${file.replace(/\.tsx?$/, '')}`;
};

const probes: Probe[] = [
  ...forbid(ENGINE, 'src/engine/probe.ts', PACKAGES, ...UI_PACKAGES, 'node:fs'),
  ...forbid(ENGINE, 'src/engine/probe.ts', PATHS, '../language/index', '../stores/drafts-store'),
  ...forbid(ENGINE, 'src/catalog/probe.ts', PATHS, '../expectations/index'),
  ...allow(ENGINE, 'src/engine/probe.ts', '../catalog/index', 'jsonc-parser', 'ipaddr.js'),
  ...allow(ENGINE, 'src/catalog/probe.ts', '../engine/index'),

  ...forbid(FIXTURE_BUILDER, 'src/catalog/testing/probe.ts', PATHS, '../../engine/index'),
  ...forbid(FIXTURE_BUILDER, 'src/catalog/testing/probe.ts', PACKAGES, 'react', 'node:fs'),
  ...allow(FIXTURE_BUILDER, 'src/catalog/testing/probe.ts', '../index', '../catalog-types'),
  // Only tests and test support import it, never code the app or the package ships.
  ...forbid(FIXTURE_BUILDER, 'src/engine/probe.ts', PATHS, '../catalog/testing/catalog-builder'),
  ...forbid(FIXTURE_BUILDER, 'src/cli/probe.ts', PATHS, '../catalog/testing/catalog-builder'),
  ...forbid(
    FIXTURE_BUILDER,
    'src/features/share/probe.ts',
    PATHS,
    '../../catalog/testing/catalog-builder',
  ),
  ...allow(
    FIXTURE_BUILDER,
    'src/language/testing/probe.ts',
    '../../catalog/testing/catalog-builder',
  ),
  ...allow(FIXTURE_BUILDER, 'src/bench/probe.ts', '../catalog/testing/catalog-builder'),
  ...allow(FIXTURE_BUILDER, 'src/engine/probe.test.ts', '../catalog/testing/catalog-builder'),

  ...forbid(EXPECTATIONS, 'src/expectations/probe.ts', PACKAGES, ...UI_PACKAGES, 'node:fs'),
  ...forbid(
    EXPECTATIONS,
    'src/expectations/probe.ts',
    PATHS,
    '../stores/drafts-store',
    '../features/share/share-link',
    '../engine/policy/parse-policy',
  ),
  ...allow(EXPECTATIONS, 'src/expectations/probe.ts', '../engine/index', '../catalog/index'),

  ...forbid(IMPORTER, 'src/importer/probe.ts', PACKAGES, 'react', 'monaco-editor', 'node:fs'),
  ...forbid(IMPORTER, 'src/importer/probe.ts', PATHS, '../engine/policy/parse-policy'),
  ...forbid(IMPORTER, 'src/importer/cli.ts', PACKAGES, 'react'),
  ...allow(IMPORTER, 'src/importer/probe.ts', '../engine/index', '../catalog/shape-checks'),
  ...allow(IMPORTER, 'src/importer/cli.ts', 'node:fs'),

  ...forbid(LANGUAGE, 'src/language/probe.ts', PACKAGES, 'monaco-editor', 'react', 'node:fs'),
  ...forbid(LANGUAGE, 'src/language/probe.ts', PATHS, '../stores/drafts-store', '../editor/setup'),
  ...allow(LANGUAGE, 'src/language/probe.ts', '../engine/index', '../catalog/index'),

  ...forbid(TEXT_FORMATS, 'src/text-formats/probe.ts', PACKAGES, 'react', 'node:fs'),
  ...forbid(
    TEXT_FORMATS,
    'src/text-formats/probe.ts',
    PATHS,
    '../engine/index',
    '../catalog/index',
    'jsonc-parser',
  ),
  ...allow(TEXT_FORMATS, 'src/text-formats/probe.ts', './text-formats'),

  ...forbid(CLI, 'src/cli/probe.ts', PACKAGES, 'react', 'monaco-editor', 'zustand'),
  ...forbid(
    CLI,
    'src/cli/probe.ts',
    PATHS,
    '../stores/drafts-store',
    '../features/share/share-link',
    '../editor/setup',
    '../data/use-catalogs',
    '../engine/policy/parse-policy',
  ),
  ...allow(
    CLI,
    'src/cli/probe.ts',
    '../engine/index',
    '../catalog/index',
    '../expectations/index',
    '../text-formats/text-formats',
    'node:fs',
  ),

  ...forbid(ANALYSIS, 'src/analysis/probe.ts', PACKAGES, ...UI_PACKAGES, 'node:fs'),
  ...forbid(
    ANALYSIS,
    'src/analysis/probe.ts',
    PATHS,
    '../stores/drafts-store',
    '../editor/setup',
    '../features/share/share-link',
    '../data/use-catalogs',
    '../engine/policy/parse-policy',
    '../lib/download',
  ),
  ...allow(
    ANALYSIS,
    'src/analysis/probe.ts',
    '../engine/index',
    '../catalog/index',
    '../expectations/index',
    '../language/index',
    '../text-formats/line-locator',
    '../lib/watched-worker',
  ),

  ...forbid(EDITOR, 'src/editor/probe.ts', PATHS, '../stores/drafts-store', '../app/app'),
  ...forbid(EDITOR, 'src/editor/probe.ts', PATHS, '../analysis/analysis-client'),
  ...forbid(EDITOR, 'src/editor/probe.ts', PATHS, '../features/share/share-link'),
  ...forbid(EDITOR, 'src/editor/probe.ts', PACKAGES, 'node:fs'),
  ...allow(
    EDITOR,
    'src/editor/probe.ts',
    'monaco-editor',
    'react',
    '../language/index',
    '../engine/index',
    '../analysis/index',
  ),

  ...['app', 'features/share', 'stores', 'data', 'components/ui', 'lib'].flatMap((folder) => {
    const file = `src/${folder}/probe.ts`;
    const up = folder.includes('/') ? '../../' : '../';
    return [
      ...forbid(UI, file, PACKAGES, 'monaco-editor', 'node:fs'),
      ...forbid(
        UI,
        file,
        PATHS,
        `${up}engine/policy/parse-policy`,
        `${up}importer/import-catalogs`,
        `${up}cli/main`,
      ),
      ...forbid(UI, file, PATHS, `${up}analysis/analysis-client`),
      ...allow(
        UI,
        file,
        `${up}engine/index`,
        `${up}catalog/index`,
        `${up}expectations/index`,
        `${up}analysis/index`,
      ),
    ];
  }),
  // Downwards only: app → features → editor → stores, data → components → lib.
  ...forbid(UI, 'src/features/share/probe.ts', PATHS, '../../app/app'),
  ...forbid(UI, 'src/stores/probe.ts', PATHS, '../features/share/share-link', '../editor/setup'),
  ...forbid(UI, 'src/data/probe.ts', PATHS, '../stores/drafts-store'),
  ...forbid(UI, 'src/components/ui/probe.ts', PATHS, '../../stores/drafts-store'),
  ...forbid(UI, 'src/lib/probe.ts', PATHS, '../components/ui/button'),
  ...allow(UI, 'src/app/probe.ts', '../features/drafts/drafts-pane', '../stores/drafts-store'),
  ...allow(UI, 'src/features/share/probe.ts', '../../stores/drafts-store', '../../editor/setup'),
  ...allow(UI, 'src/components/ui/probe.ts', '../../lib/download'),

  ...features.flatMap((feature) => {
    const file = `src/features/${feature}/probe.ts`;
    const composed = COMPOSITIONS[feature] ?? [];
    const other = features.find((name) => name !== feature && !composed.includes(name));
    return [
      ...(other ? forbid(FEATURES, file, PATHS, someModule(other)) : []),
      ...allow(FEATURES, file, ...composed.map(someModule)),
    ];
  }),
];

describe('README "Who may import what" is enforced by ESLint', () => {
  const eslint = new ESLint({ cwd: root });
  const reports = new Map<Probe, ESLint.LintResult['messages']>();

  beforeAll(async () => {
    for (const probe of probes) {
      const [result] = await eslint.lintText(`import '${probe.specifier}';\n`, {
        filePath: `${root}${probe.file}`,
      });
      reports.set(probe, result?.messages ?? []);
    }
  }, 180_000);

  it.each(probes.filter((probe) => probe.rule))(
    '$row: $file must not import $specifier',
    (probe) => {
      expect(reports.get(probe)?.map((message) => message.ruleId)).toContain(probe.rule);
    },
  );

  it.each(probes.filter((probe) => !probe.rule))('$row: $file may import $specifier', (probe) => {
    const boundary = reports
      .get(probe)
      ?.filter((message) => [PATHS, PACKAGES, null].includes(message.ruleId));
    expect(boundary).toEqual([]);
  });
});
