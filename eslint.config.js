// Lint rules, including the rules between layers (see docs/architecture.md): which folder may import
// which, and which globals (the DOM's, Node's) each layer may use.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const forbid = (names, message) => names.map((name) => ({ name, message }));
const forbidPatterns = (group, message, extra = {}) => ({ group, message, ...extra });

const uiOnly = ['react', 'react-dom', 'react-router', 'zustand', 'dexie', 'dexie-react-hooks', 'react-markdown'];
/** Node's built-in modules, bare (`fs`, `path`, `fs/promises`) and prefixed (`node:fs`). */
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));
const NODE_PREFIXED = 'node:*';

/** Globals that exist alike in the browser, a worker and Node, and do no input or output. */
const UNIVERSAL = new Set(['TextEncoder', 'TextDecoder', 'URL', 'URLSearchParams', 'structuredClone', 'crypto']);
const builtin = new Set(Object.keys(globals.builtin));
/** Globals of the browser page (document, window, fetch, storage...), not of JavaScript itself. */
const domGlobals = Object.keys(globals.browser).filter((name) => !builtin.has(name) && !UNIVERSAL.has(name));
/** Globals of Node (process, Buffer, require...). */
const nodeGlobals = Object.keys(globals.node).filter((name) => !builtin.has(name) && !(name in globals.browser));

const restrictGlobals = (names, message) => ['error', ...names.map((name) => ({ name, message }))];

/** Rules on globals per layer: pure code sees neither the DOM nor Node; renderer code never sees Node. */
export const globalRules = [
  {
    files: ['src/domain/**/*.{ts,tsx}', 'src/contract/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': restrictGlobals(
        [...domGlobals, ...nodeGlobals],
        'This layer is pure TypeScript: no browser (DOM) or Node globals; take what you need as an argument.',
      ),
    },
  },
  {
    files: ['src/packs/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': restrictGlobals(
        [...domGlobals, ...nodeGlobals],
        'src/packs runs in the app and in the CLI: no browser (DOM) or Node globals.',
      ),
    },
  },
  {
    files: [
      'src/export/**/*.{ts,tsx}',
      'src/db/**/*.{ts,tsx}',
      'src/platform/**/*.{ts,tsx}',
      'src/app/**/*.{ts,tsx}',
      'src/ui/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-globals': restrictGlobals(nodeGlobals, 'This code runs in the renderer: no Node globals.'),
    },
  },
  {
    files: ['src/node/**/*.ts', 'src/cli/**/*.ts', 'electron/**/*.ts'],
    ignores: ['electron/preload.ts'],
    rules: {
      'no-restricted-globals': restrictGlobals(
        domGlobals.filter((name) => !(name in globals.node)),
        'This code runs in Node (the CLI or the main process): there is no page, so no DOM globals.',
      ),
    },
  },
];

/** The folders of src/, each a layer. */
const LAYERS = ['domain', 'contract', 'packs', 'db', 'export', 'platform', 'app', 'ui', 'node', 'cli'];

/** Import patterns for every layer except `allowed`, and for the main process. */
const layersExcept = (...allowed) => [
  ...LAYERS.filter((layer) => !allowed.includes(layer)).map((layer) => `**/${layer}/**`),
  '**/electron/**',
];

/** A rule on imports (type-only imports may be allowed per pattern). */
const imports = (options) => ({ '@typescript-eslint/no-restricted-imports': ['error', options] });

/** Import rules per layer: a folder may only reach the layers below it. */
export const layerRules = [
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: imports({
      paths: forbid(
        [...uiOnly, 'electron', 'docx', 'fflate', 'papaparse', ...nodeBuiltins],
        'src/domain is pure TypeScript: it must not depend on UI, storage, Electron, file formats or Node (no fs, no path).',
      ),
      patterns: [
        forbidPatterns(
          [...layersExcept('domain'), NODE_PREFIXED],
          'src/domain must not import other layers or Node built-ins.',
        ),
      ],
    }),
  },
  {
    files: ['src/contract/**/*.{ts,tsx}'],
    rules: imports({
      paths: forbid(
        [...uiOnly, 'electron', 'docx', 'fflate', 'papaparse', 'zod', 'yaml', ...nodeBuiltins],
        'src/contract holds the desktop bridge types: it imports nothing but domain types.',
      ),
      patterns: [
        forbidPatterns(
          [...layersExcept('domain', 'contract'), NODE_PREFIXED],
          'src/contract imports nothing but domain types.',
        ),
        forbidPatterns(['**/domain/**'], 'src/contract may import only types from src/domain (import type).', {
          allowTypeImports: true,
        }),
      ],
    }),
  },
  {
    files: ['src/packs/**/*.{ts,tsx}'],
    rules: imports({
      paths: forbid(
        [...uiOnly, 'electron', 'docx', ...nodeBuiltins],
        'src/packs reads and validates files in the app and the CLI; no UI, storage, Electron or Node built-ins (file access lives in src/node).',
      ),
      patterns: [
        forbidPatterns(
          [...layersExcept('domain', 'packs'), NODE_PREFIXED],
          'src/packs may import only src/domain (no Node built-ins: file access lives in src/node).',
        ),
      ],
    }),
  },
  {
    files: ['src/export/**/*.{ts,tsx}'],
    rules: imports({
      paths: forbid(
        [...uiOnly, 'electron', ...nodeBuiltins],
        'src/export turns domain objects into documents; no UI, storage, Electron or Node built-ins (file access lives in src/node).',
      ),
      patterns: [
        forbidPatterns(
          [...layersExcept('domain', 'packs', 'export'), NODE_PREFIXED],
          'src/export may import only src/domain and src/packs (no Node built-ins: file access lives in src/node).',
        ),
      ],
    }),
  },
  {
    files: ['src/db/**/*.{ts,tsx}'],
    rules: imports({
      paths: forbid(
        ['react-dom', 'react-router', 'zustand', 'electron', 'docx', ...nodeBuiltins],
        'src/db is storage only.',
      ),
      patterns: [
        forbidPatterns(
          [...layersExcept('domain', 'packs', 'db'), NODE_PREFIXED],
          'src/db may import only src/domain and src/packs.',
        ),
      ],
    }),
  },
  {
    files: ['src/platform/**/*.{ts,tsx}'],
    rules: imports({
      paths: forbid(
        [...uiOnly, 'electron', 'docx', ...nodeBuiltins],
        'src/platform adapts the host (desktop or browser) and knows nothing of the app.',
      ),
      patterns: [
        forbidPatterns(
          [...layersExcept('domain', 'contract', 'platform'), NODE_PREFIXED],
          'src/platform may import only src/domain and src/contract.',
        ),
      ],
    }),
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    rules: imports({
      paths: forbid(
        [
          'react',
          'react-dom',
          'react-router',
          'zustand',
          'dexie-react-hooks',
          'react-markdown',
          'electron',
          ...nodeBuiltins,
        ],
        'src/app holds use cases: plain functions, no React, no Electron, no Node built-ins.',
      ),
      patterns: [
        forbidPatterns(
          ['**/ui/**', '**/cli/**', '**/node/**', '**/electron/**', NODE_PREFIXED],
          'src/app may combine src/domain, src/packs, src/db, src/export, src/platform and src/contract, never the UI.',
        ),
      ],
    }),
  },
  {
    files: ['src/node/**/*.{ts,tsx}'],
    rules: imports({
      paths: forbid(
        [...uiOnly, 'electron', 'docx'],
        'src/node holds Node file helpers shared by the CLI and the main process.',
      ),
      patterns: [forbidPatterns([...layersExcept('node')], 'src/node may import only Node built-ins.')],
    }),
  },
  {
    files: ['src/cli/**/*.{ts,tsx}'],
    rules: imports({
      paths: forbid([...uiOnly, 'electron'], 'The CLI works on files alone: no UI, no database, no Electron.'),
      patterns: [
        forbidPatterns(
          [...layersExcept('domain', 'packs', 'export', 'node', 'cli')],
          'The CLI may import domain, packs, export and node.',
        ),
      ],
    }),
  },
  {
    // The UI reaches stored data only through src/ui/data.ts (live-query hooks and the repositories
    // handed to use cases); the entry point opens the database. Everything else in src/ui, screens and
    // components alike, imports neither src/db nor src/node.
    files: ['src/ui/**/*.{ts,tsx}'],
    ignores: ['src/ui/data.ts', 'src/ui/main.tsx'],
    rules: imports({
      paths: forbid(
        ['electron', 'dexie', ...nodeBuiltins],
        'The renderer reaches the desktop only through src/platform.',
      ),
      patterns: [
        forbidPatterns(
          ['**/db/**'],
          'Screens and components do not import src/db: read through the hooks in src/ui/data.ts and change data through the use cases in src/app.',
          { allowTypeImports: true },
        ),
        forbidPatterns(
          ['**/electron/**', '**/cli/**', '**/node/**', NODE_PREFIXED],
          'The renderer must not import main-process, CLI or Node code.',
        ),
      ],
    }),
  },
  {
    files: ['src/ui/data.ts', 'src/ui/main.tsx'],
    rules: imports({
      paths: forbid(['electron', ...nodeBuiltins], 'The renderer reaches the desktop only through src/platform.'),
      patterns: [
        forbidPatterns(
          ['**/electron/**', '**/cli/**', '**/node/**', NODE_PREFIXED],
          'The renderer must not import main-process, CLI or Node code.',
        ),
      ],
    }),
  },
  {
    files: ['electron/**/*.ts'],
    rules: imports({
      paths: forbid([...uiOnly], 'The main process must not import renderer libraries.'),
      patterns: [
        forbidPatterns(
          ['**/src/*/**', '!**/src/contract/**', '!**/src/node/**', '!**/src/domain/**'],
          'electron/ may import only src/contract, src/node and the pure src/domain.',
        ),
      ],
    }),
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['src/ui/**/*.tsx', 'src/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // Config files are loaded by tools that expect a default export.
    files: ['**/*.config.ts', '**/*.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  ...globalRules,
  ...layerRules,
);
