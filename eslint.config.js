// Lint rules, including the import rules between layers (see docs/architecture.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const forbid = (names, message) => names.map((name) => ({ name, message }));
const forbidPatterns = (group, message) => ({ group, message });

const uiOnly = ['react', 'react-dom', 'react-router', 'zustand', 'dexie', 'dexie-react-hooks', 'react-markdown'];

/** Import rules per layer: a folder may only reach the layers below it. */
export const layerRules = [
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbid(
            [...uiOnly, 'electron', 'docx', 'fflate', 'papaparse'],
            'src/domain is pure TypeScript: it must not depend on UI, storage, Electron or file formats.',
          ),
          patterns: [
            forbidPatterns(
              [
                '**/db/**',
                '**/ui/**',
                '**/export/**',
                '**/platform/**',
                '**/packs/**',
                '**/cli/**',
                '**/electron/**',
                'node:*',
              ],
              'src/domain must not import other layers or Node built-ins.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/packs/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbid(
            [...uiOnly, 'electron', 'docx'],
            'src/packs reads and validates files; it must not depend on UI, storage or Electron.',
          ),
          patterns: [
            forbidPatterns(
              ['**/db/**', '**/ui/**', '**/export/**', '**/platform/**', '**/cli/**', '**/electron/**'],
              'src/packs may import only src/domain.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/export/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbid(
            [...uiOnly, 'electron'],
            'src/export turns domain objects into documents; no UI, storage or Electron.',
          ),
          patterns: [
            forbidPatterns(
              ['**/db/**', '**/ui/**', '**/platform/**', '**/cli/**', '**/electron/**'],
              'src/export may import only src/domain and src/packs.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/db/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbid(['react-dom', 'react-router', 'zustand', 'electron', 'docx'], 'src/db is storage only.'),
          patterns: [
            forbidPatterns(
              ['**/ui/**', '**/export/**', '**/platform/**', '**/cli/**', '**/electron/**'],
              'src/db may import only src/domain and src/packs.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/platform/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbid(
            [...uiOnly, 'electron', 'docx'],
            'src/platform adapts the host (desktop or browser) and knows nothing of the app.',
          ),
          patterns: [
            forbidPatterns(
              [
                '**/db/**',
                '**/ui/**',
                '**/export/**',
                '**/packs/**',
                '**/cli/**',
                '**/electron/**',
                '!**/electron/contract',
              ],
              'src/platform may import only src/domain and the Electron contract types.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/node/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbid(
            [...uiOnly, 'electron', 'docx'],
            'src/node holds Node file helpers shared by the CLI and the main process.',
          ),
          patterns: [
            forbidPatterns(
              [
                '**/db/**',
                '**/ui/**',
                '**/export/**',
                '**/platform/**',
                '**/packs/**',
                '**/cli/**',
                '**/electron/**',
                '**/domain/**',
              ],
              'src/node may import only Node built-ins.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbid([...uiOnly, 'electron'], 'The CLI works on files alone: no UI, no database, no Electron.'),
          patterns: [
            forbidPatterns(
              ['**/db/**', '**/ui/**', '**/platform/**', '**/electron/**'],
              'The CLI may import domain, packs and export.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbid(['electron'], 'The renderer reaches the desktop only through src/platform.'),
          patterns: [
            forbidPatterns(
              ['**/electron/**', '!**/electron/contract', '**/cli/**'],
              'The renderer must not import main-process or CLI code.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbid([...uiOnly], 'The main process must not import renderer libraries.'),
          patterns: [
            forbidPatterns(['**/src/ui/**', '**/src/db/**'], 'The main process must not import renderer code.'),
          ],
        },
      ],
    },
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
  ...layerRules,
);
