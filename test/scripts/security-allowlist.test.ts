// The security gate's allowlist: validation, glob matching and reading findings from SARIF.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findingsFromSarif,
  globToRegExp,
  matchingEntry,
  partitionFindings,
  validateAllowlist,
  withSourceLines,
  type Finding,
} from '../../scripts/security-allowlist.mjs';

const preload = {
  rule: 'PRELOAD_JS_CHECK',
  file: 'electron/main-window.ts',
  message: 'Review this',
  source: 'preload: preloadPath,',
  reason: 'Reviewed: the preload exposes only AppApi.',
};

function finding(rule: string, file: string, message = 'Review this', source = 'preload: preloadPath,'): Finding {
  return { rule, file, line: 3, message, source };
}

describe('validateAllowlist', () => {
  it('accepts complete entries', () => {
    expect(validateAllowlist({ entries: [preload] })).toEqual({ entries: [preload], errors: [] });
  });

  it.each([
    ['no entries list', {}],
    ['a list instead of an object', [preload]],
    ['a missing reason', { entries: [{ rule: 'PRELOAD_JS_CHECK', file: 'electron/main-window.ts' }] }],
    ['a blank reason', { entries: [{ ...preload, reason: '   ' }] }],
    ['a missing file', { entries: [{ rule: 'PRELOAD_JS_CHECK', reason: 'x' }] }],
    ['an empty file', { entries: [{ ...preload, file: '' }] }],
    ['an absolute file', { entries: [{ ...preload, file: '/work/electron/main.ts' }] }],
    ['a file outside the project', { entries: [{ ...preload, file: '../other/main.ts' }] }],
    ['a missing rule', { entries: [{ file: 'electron/main.ts', reason: 'x' }] }],
    ['a lower-case rule', { entries: [{ ...preload, rule: 'preload' }] }],
    ['an unknown field', { entries: [{ ...preload, line: 12 }] }],
    ['a blank message', { entries: [{ ...preload, message: '' }] }],
    [
      'no message',
      { entries: [{ rule: 'PRELOAD_JS_CHECK', file: 'electron/main-window.ts', source: 'x', reason: 'x' }] },
    ],
    ['project code with no source line', { entries: [{ ...preload, source: undefined }] }],
    ['a blank source line', { entries: [{ ...preload, source: ' ' }] }],
    ['an entry that is text', { entries: ['PRELOAD_JS_CHECK'] }],
  ])('fails on %s and allows nothing', (_label, data) => {
    const result = validateAllowlist(data);
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.entries).toEqual([]);
  });

  it('accepts the project allowlist, where every entry has a reason', () => {
    const file = path.resolve(__dirname, '../../security/electronegativity-allowlist.json');
    const result = validateAllowlist(JSON.parse(readFileSync(file, 'utf8')));
    expect(result.errors).toEqual([]);
    expect(result.entries.length).toBeGreaterThan(0);
  });
});

describe('globToRegExp', () => {
  it('matches paths and globs', () => {
    expect(globToRegExp('electron/main.ts').test('electron/main.ts')).toBe(true);
    expect(globToRegExp('electron/main.ts').test('electron/mainXts')).toBe(false);
    expect(globToRegExp('electron/*.ts').test('electron/menu.ts')).toBe(true);
    expect(globToRegExp('electron/*.ts').test('electron/ipc/about.ts')).toBe(false);
    expect(globToRegExp('electron/**/*.ts').test('electron/ipc/about.ts')).toBe(true);
    expect(globToRegExp('electron/**/*.ts').test('electron/main.ts')).toBe(true);
    expect(globToRegExp('dist/renderer/**').test('dist/renderer/assets/index-1.js')).toBe(true);
    expect(globToRegExp('dist/renderer/**').test('electron/main.ts')).toBe(false);
  });
});

describe('matching findings', () => {
  it('needs the same rule and a matching file', () => {
    expect(matchingEntry(finding('PRELOAD_JS_CHECK', 'electron/main-window.ts'), [preload])).toBe(preload);
    expect(matchingEntry(finding('SANDBOX_JS_CHECK', 'electron/main-window.ts'), [preload])).toBeNull();
    expect(matchingEntry(finding('PRELOAD_JS_CHECK', 'electron/other.ts'), [preload])).toBeNull();
  });

  it('needs the same message when the entry names one', () => {
    const maybeWeak = {
      rule: 'CSP_GLOBAL_CHECK',
      file: 'electron/protocol.ts',
      reason: 'Reviewed.',
      message: 'seems to be vulnerable',
      source: 'preload: preloadPath,',
    };
    expect(
      matchingEntry(finding('CSP_GLOBAL_CHECK', 'electron/protocol.ts', 'seems to be vulnerable'), [maybeWeak]),
    ).toBe(maybeWeak);
    expect(
      matchingEntry(finding('CSP_GLOBAL_CHECK', 'electron/protocol.ts', 'are vulnerable'), [maybeWeak]),
    ).toBeNull();
  });

  it('splits findings into allowed and blocked and reports unused entries', () => {
    const unusedEntry = {
      rule: 'OPEN_EXTERNAL_JS_CHECK',
      file: 'electron/security.ts',
      message: 'Review the use of openExternal',
      source: 'await shell.openExternal(url);',
      reason: 'Validated first.',
    };
    const blocked = finding('SANDBOX_JS_CHECK', 'electron/main-window.ts');
    const result = partitionFindings(
      [finding('PRELOAD_JS_CHECK', 'electron/main-window.ts'), blocked],
      [preload, unusedEntry],
    );
    expect(result.allowed.map((item) => item.entry)).toEqual([preload]);
    expect(result.blocked).toEqual([blocked]);
    expect(result.unused).toEqual([unusedEntry]);
  });
});

describe('scoping each entry to its one finding', () => {
  const openExternal = {
    rule: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/security.ts',
    message: 'Review the use of openExternal',
    source: 'await shell.openExternal(url);',
    reason: 'Validated first.',
  };
  const reviewed = {
    ...finding('OPEN_EXTERNAL_JS_CHECK', 'electron/security.ts', openExternal.message),
    source: openExternal.source,
    line: 26,
  };

  it('blocks a new openExternal call in the same file', () => {
    const added = { ...reviewed, line: 40, source: 'void shell.openExternal(link);' };
    const result = partitionFindings([reviewed, added], [openExternal]);
    expect(result.allowed.map((item) => item.finding)).toEqual([reviewed]);
    expect(result.blocked).toEqual([added]);
  });

  it('blocks a second finding on an identical line: one entry allows one finding', () => {
    const copy = { ...reviewed, line: 50 };
    expect(partitionFindings([reviewed, copy], [openExternal]).blocked).toEqual([copy]);
  });

  it('reads the flagged line of each finding', () => {
    const text = 'line one\n  await shell.openExternal(url);\nline three';
    const [read] = withSourceLines([{ ...reviewed, line: 2, source: undefined }], () => text);
    expect(read?.source).toBe('await shell.openExternal(url);');
    const [missing] = withSourceLines([{ ...reviewed, line: 2, source: undefined }], () => null);
    expect(missing?.source).toBeUndefined();
  });

  it('scopes the project allowlist: every entry for project code names its line', () => {
    const file = path.resolve(__dirname, '../../security/electronegativity-allowlist.json');
    const { entries } = validateAllowlist(JSON.parse(readFileSync(file, 'utf8')));
    for (const entry of entries) {
      expect(entry.message.length).toBeGreaterThan(0);
      if (!entry.file.startsWith('dist/')) {
        const lines = readFileSync(path.resolve(__dirname, '../..', entry.file), 'utf8').split('\n');
        expect(lines.filter((line) => line.trim() === entry.source)).toHaveLength(1);
      }
    }
  });
});

describe('findingsFromSarif', () => {
  const sarif = {
    runs: [
      {
        results: [
          {
            ruleId: 'OPEN_EXTERNAL_JS_CHECK',
            message: { text: 'Review the use of openExternal' },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: '/tmp/scan/electron/security.ts' },
                  region: { startLine: 33 },
                },
              },
            ],
          },
          {
            ruleId: 'CSP_GLOBAL_CHECK',
            message: { text: 'No CSP has been detected in the target application' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///' }, region: { startLine: 1 } } }],
          },
        ],
      },
    ],
  };

  it('reads rule, project-relative file, line and message', () => {
    expect(findingsFromSarif(sarif, '/tmp/scan')).toEqual([
      {
        rule: 'OPEN_EXTERNAL_JS_CHECK',
        file: 'electron/security.ts',
        line: 33,
        message: 'Review the use of openExternal',
      },
      {
        rule: 'CSP_GLOBAL_CHECK',
        file: '(whole app)',
        line: 1,
        message: 'No CSP has been detected in the target application',
      },
    ]);
  });

  it('refuses a report it cannot read', () => {
    expect(() => findingsFromSarif({ version: '2.1.0' }, '/tmp/scan')).toThrow(/readable report/);
  });
});
