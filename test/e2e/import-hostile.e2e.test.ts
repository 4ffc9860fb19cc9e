// Every class of bad pack, imported through the Library's import screen: each is refused with a clear
// message naming the file (and the place in it where there is one), and nothing is added.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHeading, expectText, openSession, visit, type Session } from './browser';

const FIXTURE = 'test/fixtures/packs/good-pack';
const work = mkdtempSync(join(tmpdir(), 'waymark-hostile-'));
let session: Session;
let installedBefore = 0;

function goodFiles(): Zippable {
  const files: Zippable = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(FIXTURE, path)] = new Uint8Array(readFileSync(path));
    }
  };
  walk(FIXTURE);
  return files;
}

const STANDARD = 'standards/example-standard.yaml';
const text = (path: string): string => new TextDecoder().decode(goodFiles()[path] as Uint8Array);

/** Each case: a name, the files of the zip, and texts the refusal must show. */
const CASES: [string, () => Zippable, string[]][] = [
  ['malformed YAML', () => ({ ...goodFiles(), [STANDARD]: strToU8('id: example-standard\nkind: standard\npoints: [unclosed\n') }), [STANDARD]],
  ['a wrong type', () => ({ ...goodFiles(), [STANDARD]: strToU8(text(STANDARD).replace('version: 1.0.0', 'version: [1, 0]')) }), [`${STANDARD}, version`]],
  ['a missing field', () => ({ ...goodFiles(), [STANDARD]: strToU8(text(STANDARD).replace('    title: Work in the open\n', '')) }), [`${STANDARD}, points[1]`]],
  ['an unknown format version', () => ({ ...goodFiles(), 'pack.yaml': strToU8(text('pack.yaml').replace('waymark-pack/1', 'waymark-pack/9')) }), ['pack.yaml, format']],
  ['duplicate ids', () => ({ ...goodFiles(), [STANDARD]: strToU8(text(STANDARD).replace('id: "2"', 'id: "1"')) }), [STANDARD, 'points[1]']],
  [
    'a dangling reference',
    () => ({ ...goodFiles(), 'guides/two-bosses.md': strToU8(text('guides/two-bosses.md').replace('helps_with:', 'helps_with:\n  - example-standard#99')) }),
    ['guides/two-bosses.md', 'helps_with'],
  ],
  ['a huge file', () => ({ ...goodFiles(), 'guides/huge.md': strToU8(`---\nid: huge\n---\n${'x'.repeat(2_000_000)}`) }), ['guides/huge.md']],
  ['a zip bomb', () => ({ ...goodFiles(), 'guides/bomb.md': [new Uint8Array(30_000_000), { level: 9 }] }), ['guides/bomb.md']],
  ['a path that escapes the folder', () => ({ ...goodFiles(), '../escape.yaml': strToU8('id: x') }), ['../escape.yaml']],
  ['an absolute path', () => ({ ...goodFiles(), '/etc/standards.yaml': strToU8('id: x') }), ['/etc/standards.yaml']],
  ['a symbolic link', () => ({ ...goodFiles(), 'guides/link.md': [strToU8('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }] }), ['guides/link.md']],
  ['a prototype-polluting key', () => ({ ...goodFiles(), [STANDARD]: strToU8(`${text(STANDARD)}__proto__:\n  polluted: true\n`) }), [STANDARD, '__proto__']],
  [
    'a YAML alias bomb',
    () => ({
      ...goodFiles(),
      [STANDARD]: strToU8(['a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n')),
    }),
    [STANDARD],
  ],
  ['a deeply nested structure', () => ({ ...goodFiles(), [STANDARD]: strToU8(`id: ${'['.repeat(5000)}`) }), [STANDARD]],
  ['script in a text field', () => ({ ...goodFiles(), [STANDARD]: strToU8(text(STANDARD).replace('title: Know your users', 'title: <script>alert(1)</script>')) }), [`${STANDARD}, points[0].title`, 'HTML']],
  ['invalid UTF-8', () => ({ ...goodFiles(), [STANDARD]: new Uint8Array([...strToU8('id: example-standard\ntitle: '), 0xc3, 0x28, 0x0a]) }), [STANDARD, 'UTF-8']],
];

beforeAll(async () => {
  session = await openSession();
  await visit(session.page, '/library');
  await session.page.getByRole('table', { name: 'Installed packs' }).getByRole('link', { name: 'GOV.UK Service Standard' }).waitFor();
  installedBefore = await session.page.getByRole('table', { name: 'Installed packs' }).locator('tbody tr').count();
});

afterAll(async () => {
  await session.close();
});

describe('importing a bad pack through the import screen', () => {
  it.each(CASES)('refuses %s and adds nothing', async (name, files, expected) => {
    const { page } = session;
    const path = join(work, `${name.replace(/\W+/g, '-')}.zip`);
    writeFileSync(path, zipSync(files()));
    await visit(page, '/library');
    await page.getByRole('link', { name: 'Import a pack' }).click();
    await expectHeading(page, 'Import a template pack');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a zip file' }).click();
    await (await chooser).setFiles(path);
    const alert = page.getByRole('alert');
    await expectText(alert, 'This pack cannot be imported');
    for (const part of expected) await expectText(alert, part);
    expect(await page.getByRole('button', { name: 'Import pack' }).count()).toBe(0);
    await visit(page, '/library');
    await expectText(page.getByRole('table', { name: 'Installed packs' }), 'GOV.UK Service Standard');
    expect(await page.getByRole('table', { name: 'Installed packs' }).locator('tbody tr').count()).toBe(installedBefore);
  });
});
