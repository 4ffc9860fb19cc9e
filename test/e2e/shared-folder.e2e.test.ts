// The shared library folder, as the desktop app shows it. The browser build is given a stand-in for the
// desktop bridge before the page loads (the app picks the desktop platform when `window.waymark` says
// it is the desktop app); the stand-in serves a folder holding the GOV.UK Service Standard at 1.2.0
// and 1.3.0, a copy with changed content but the same version, a new pack as a zip and a broken pack.
// The Library lists each with its status, Update installs 1.3.0, and a change notice refreshes the
// list. Settings shows, changes and forgets the folder; the plain browser build explains it needs the
// desktop app.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppApi } from '../../src/contract/bridge';
import {
  expectHeading,
  expectNoText,
  expectText,
  openSession,
  screenshot,
  SCREENSHOT_DIR,
  visit,
  type Session,
} from './browser';
import { storedVersions } from './stored-packs';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface TextFile {
  path: string;
  text: string;
}
type FakePack = { name: string; kind: 'folder'; files: TextFile[] } | { name: string; kind: 'zip'; bytes: number[] };
interface FakeFolder {
  name: string;
  packs: FakePack[];
  skipped: { name: string; reason: string }[];
}

/** What the test can do to the stand-in folder from outside the page. */
interface SharedFolderControl {
  replace(packs: FakePack[]): void;
  notify(): void;
  reads(): number;
}

declare global {
  interface Window {
    sharedFolderControl?: SharedFolderControl;
  }
}

function textFiles(folder: string): TextFile[] {
  const files: TextFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push({ path: relative(folder, path).split('\\').join('/'), text: readFileSync(path, 'utf8') });
    }
  };
  walk(folder);
  return files;
}

function edited(files: TextFile[], path: string, from: RegExp, to: string): TextFile[] {
  return files.map((file) => {
    if (file.path !== path) return file;
    if (!from.test(file.text)) throw new Error(`${path} does not match ${String(from)}`);
    return { path, text: file.text.replace(from, to) };
  });
}

const govUk = textFiles('templates/gov-uk-service-standard');
const govUkNext = (version: string): TextFile[] =>
  edited(govUk, 'pack.yaml', /^version: 1\.2\.0$/m, `version: ${version}`);
const govUkTweaked = edited(
  govUk,
  'pack.yaml',
  /^description: .*$/m,
  'description: A local copy with our own wording.',
);
const examplePackZip = Array.from(
  zipSync(
    Object.fromEntries(
      textFiles('test/fixtures/packs/good-pack').map((f) => [f.path, new TextEncoder().encode(f.text)]),
    ),
  ),
);
const brokenPack: TextFile[] = [
  { path: 'pack.yaml', text: 'format: waymark-pack/1\nid: Broken Pack\nname: Broken pack\nversion: one\n' },
  { path: 'standard/checklist.yml', text: 'id: checklist\n' },
];

const FOLDER: FakeFolder = {
  name: 'Team packs',
  packs: [
    { name: 'broken-pack', kind: 'folder', files: brokenPack },
    { name: 'example-pack.zip', kind: 'zip', bytes: examplePackZip },
    { name: 'gov-uk-current', kind: 'folder', files: govUk },
    { name: 'gov-uk-next', kind: 'folder', files: govUkNext('1.3.0') },
    { name: 'gov-uk-tweaked', kind: 'folder', files: govUkTweaked },
  ],
  skipped: [{ name: 'notes', reason: 'This folder has no pack.yaml, so it is not a template pack.' }],
};

/** Runs in the page before the app: a desktop bridge serving FOLDER, controllable through window.sharedFolderControl. */
function installFakeDesktop(folder: FakeFolder): void {
  const encoder = new TextEncoder();
  let chosen: string | null = folder.name;
  let packs = folder.packs;
  let reads = 0;
  const listeners = new Set<() => void>();
  const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
  const candidate = (pack: FakePack) =>
    pack.kind === 'zip'
      ? { name: pack.name, kind: 'zip' as const, bytes: new Uint8Array(pack.bytes) }
      : {
          name: pack.name,
          kind: 'folder' as const,
          files: pack.files.map((file) => ({ path: file.path, bytes: encoder.encode(file.text) })),
        };
  const api: AppApi = {
    kind: 'desktop',
    about: () => ok({ name: 'Waymark', version: '0.1.0', electron: '41.7.1', chrome: '146' }),
    saveFile: () => ok({ saved: false }),
    openFile: () => ok(null),
    openFolder: () => ok(null),
    openExternal: () => ok(undefined),
    openAttachment: () => ok(undefined),
    onMenuCommand: () => () => undefined,
    autoBackupState: () => ok({ folder: '/home/sam/Waymark/Backups', isDefault: true, files: [] }),
    writeAutoBackup: () => ok({ folder: '/home/sam/Waymark/Backups', isDefault: true, files: [] }),
    chooseAutoBackupFolder: () => ok(null),
    libraryFolder: () => ok(chosen === null ? null : { name: chosen }),
    chooseLibraryFolder: () => {
      chosen = folder.name;
      return ok({ name: chosen });
    },
    forgetLibraryFolder: () => {
      chosen = null;
      return ok(undefined);
    },
    readLibraryFolder: () => {
      reads += 1;
      return ok(chosen === null ? null : { name: chosen, packs: packs.map(candidate), skipped: folder.skipped });
    },
    onLibraryFolderChanged: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  window.waymark = api;
  window.sharedFolderControl = {
    replace: (next) => {
      packs = next;
    },
    notify: () => {
      for (const listener of listeners) listener();
    },
    reads: () => reads,
  };
}

function packRow(page: Page, source: string) {
  return page.getByTestId('shared-pack').filter({ hasText: `From ${source}.` });
}

async function violations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

let desktop: Session;
let browser: Session;

beforeAll(async () => {
  desktop = await openSession();
  await desktop.context.addInitScript(installFakeDesktop, FOLDER);
  browser = await openSession();
});

afterAll(async () => {
  await desktop.close();
  await browser.close();
});

describe('the shared library folder in the desktop app', () => {
  it('lists each pack in the folder with its status against what is installed', async () => {
    const { page } = desktop;
    await visit(page, '/library');
    const section = page.getByRole('region', { name: 'Packs in your shared folder' });
    await expectText(section, 'From the folder \u201cTeam packs\u201d.');
    await expectText(packRow(page, 'the folder gov-uk-next'), 'Newer version available');
    await expectText(packRow(page, 'the folder gov-uk-next'), 'GOV.UK Service Standard version 1.3.0');
    await expectText(packRow(page, 'the folder gov-uk-next'), 'Version 1.2.0 is installed.');
    await expectText(packRow(page, 'the folder gov-uk-current'), 'Up to date');
    await expectText(packRow(page, 'the folder gov-uk-tweaked'), 'Same version but different content (cannot import)');
    await expectText(packRow(page, 'the zip file example-pack.zip'), 'New');
    await expectText(packRow(page, 'the zip file example-pack.zip'), 'Example pack version 1.2.0');
    await expectText(packRow(page, 'the folder broken-pack'), 'Has problems');
    await expectText(packRow(page, 'the folder broken-pack'), 'stop this pack being imported');

    expect(await packRow(page, 'the folder gov-uk-next').getByRole('button').count()).toBe(1);
    expect(
      await packRow(page, 'the folder gov-uk-next')
        .getByRole('button', { name: 'Update GOV.UK Service Standard 1.3.0', exact: true })
        .count(),
    ).toBe(1);
    expect(await packRow(page, 'the zip file example-pack.zip').getByRole('button').count()).toBe(1);
    expect(
      await packRow(page, 'the zip file example-pack.zip')
        .getByRole('button', { name: 'Import Example pack 1.2.0', exact: true })
        .count(),
    ).toBe(1);
    for (const source of ['the folder gov-uk-current', 'the folder gov-uk-tweaked', 'the folder broken-pack'])
      expect(await packRow(page, source).getByRole('button').count()).toBe(0);

    const broken = await packRow(page, 'the folder broken-pack').innerText();
    expect(broken).toMatch(/\d+ problems stop this pack being imported/);
    expect(broken).not.toMatch(/[{}<>]/);

    await section.getByText('1 item in the folder was not read').click();
    await expectText(section, 'notes: This folder has no pack.yaml, so it is not a template pack.');
    expect(await violations(page, '[data-testid="shared-folder-packs"]')).toEqual([]);
    await screenshot(page, 'shared-folder-library');
    await section.screenshot({ path: join(SCREENSHOT_DIR, 'shared-folder-packs.png') });
  });

  it('updates a pack to the newer version in the folder', async () => {
    const { page } = desktop;
    await visit(page, '/library');
    await packRow(page, 'the folder gov-uk-next')
      .getByRole('button', { name: 'Update GOV.UK Service Standard 1.3.0' })
      .click();
    await expectText(page.getByRole('status').first(), 'GOV.UK Service Standard updated to version 1.3.0.');
    await expectText(packRow(page, 'the folder gov-uk-next'), 'Up to date');
    await expectText(packRow(page, 'the folder gov-uk-current'), 'Older than installed');
    await expectText(packRow(page, 'the folder gov-uk-current'), 'Version 1.3.0 is installed.');
    expect(await storedVersions(page, 'gov-uk-service-standard')).toEqual(
      expect.arrayContaining([
        { version: '1.2.0', active: false, origin: 'built-in' },
        { version: '1.3.0', active: true, origin: 'imported' },
      ]),
    );

    await packRow(page, 'the zip file example-pack.zip')
      .getByRole('button', { name: /^Import/ })
      .click();
    await expectText(page.getByRole('status').first(), 'Example pack 1.2.0 imported.');
    await expectText(packRow(page, 'the zip file example-pack.zip'), 'Up to date');
    expect(await storedVersions(page, 'example-pack')).toEqual([
      { version: '1.2.0', active: true, origin: 'imported' },
    ]);
    await screenshot(page, 'shared-folder-library-updated');
    await page
      .getByRole('region', { name: 'Packs in your shared folder' })
      .screenshot({ path: join(SCREENSHOT_DIR, 'shared-folder-packs-updated.png') });
  });

  it('reads the folder again when it changes', async () => {
    const { page } = desktop;
    await visit(page, '/library');
    await expectText(packRow(page, 'the folder broken-pack'), 'Has problems');
    const readsBefore = await page.evaluate(() => window.sharedFolderControl?.reads() ?? 0);
    const changed: FakePack[] = [
      { name: 'gov-uk-next', kind: 'folder', files: govUkNext('1.4.0') },
      { name: 'gov-uk-current', kind: 'folder', files: govUk },
    ];
    await page.evaluate((packs) => {
      window.sharedFolderControl?.replace(packs);
      window.sharedFolderControl?.notify();
    }, changed);
    await expectText(packRow(page, 'the folder gov-uk-next'), 'GOV.UK Service Standard version 1.4.0');
    await expectText(packRow(page, 'the folder gov-uk-next'), 'Newer version available');
    const section = page.getByRole('region', { name: 'Packs in your shared folder' });
    await expectNoText(section, 'broken-pack');
    await expectNoText(section, 'example-pack.zip');
    expect(await page.getByTestId('shared-pack').count()).toBe(2);
    expect(await page.evaluate(() => window.sharedFolderControl?.reads() ?? 0)).toBe(readsBefore + 1);
  });

  it('shows the folder in Settings, and stops and starts using it', async () => {
    const { page } = desktop;
    await visit(page, '/settings');
    const setting = page.getByRole('region', { name: 'Shared library folder' });
    await expectText(setting.getByTestId('shared-folder-name'), 'Team packs');
    expect(await violations(page, '.shared-folder')).toEqual([]);
    await screenshot(page, 'shared-folder-settings');

    await setting.getByRole('button', { name: 'Stop using this folder' }).click();
    await expectText(page.getByRole('status').first(), 'Waymark no longer uses the folder \u201cTeam packs\u201d.');
    await expectText(setting.getByTestId('shared-folder-name'), 'No folder chosen.');

    await visit(page, '/library');
    await expectText(
      page.getByRole('region', { name: 'Packs in your shared folder' }),
      'Choose the folder in Settings',
    );
    expect(await page.getByTestId('shared-pack').count()).toBe(0);

    await visit(page, '/settings');
    await setting.getByRole('button', { name: 'Choose a folder' }).click();
    await expectText(setting.getByTestId('shared-folder-name'), 'Team packs');
    await expectText(
      page.getByRole('status').first(),
      'Waymark now looks for template packs in the folder \u201cTeam packs\u201d.',
    );
  });
});

describe('the shared library folder in the browser build', () => {
  it('explains that it needs the desktop app, and the Library shows no shared folder section', async () => {
    const { page } = browser;
    await visit(page, '/settings');
    const setting = page.getByRole('region', { name: 'Shared library folder' });
    await expectText(setting, 'A shared library folder needs the Waymark desktop app.');
    await expectText(setting, 'import a pack from a folder or a zip file');
    expect(await setting.getByRole('button').count()).toBe(0);
    await screenshot(page, 'shared-folder-settings-browser');

    await visit(page, '/library');
    await expectHeading(page, 'Library');
    expect(await page.getByRole('region', { name: 'Packs in your shared folder' }).count()).toBe(0);
  });
});
