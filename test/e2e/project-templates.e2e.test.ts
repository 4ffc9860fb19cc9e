// A project records the templates it works from at the exact version it uses; the Library shows
// which projects use a template; an update to a template changes no project until someone chooses to.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHeading, expectNoText, expectText, openSession, screenshot, visit, type Session } from './browser';

const PACK = 'templates/gov-uk-service-standard';
let session: Session;

function newerGovUkZip(): string {
  const files: Zippable = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(PACK, path)] = new Uint8Array(readFileSync(path));
    }
  };
  walk(PACK);
  const bump = (path: string) => {
    const text = new TextDecoder().decode(files[path] as Uint8Array);
    files[path] = strToU8(text.replace(/^version: 1\.2\.0$/m, 'version: 1.3.0'));
  };
  bump('pack.yaml');
  bump('standards/gov-uk-service-standard.yaml');
  const out = join(mkdtempSync(join(tmpdir(), 'waymark-usage-')), 'gov-uk-1.3.0.zip');
  writeFileSync(out, zipSync(files));
  return out;
}

beforeAll(async () => {
  session = await openSession();
});

afterAll(async () => {
  await session.close();
});

describe('templates a project uses', () => {
  it('adds a template to a project at the installed version', async () => {
    const { page } = session;
    // A project of its own: the example project already works from the built-in templates.
    await visit(page, '/projects/new');
    await page.getByLabel('Project name').fill('Register a boat');
    await page.getByRole('button', { name: 'Create project' }).click();
    await expectHeading(page, 'Register a boat');
    await expectText(
      page.getByRole('region', { name: 'Templates this project uses' }),
      'does not use any templates yet',
    );
    await page.getByRole('button', { name: 'Add template' }).click();
    await expectText(page.locator('#add-template-error'), 'Choose a template to add');
    await page.getByLabel('Add a template').selectOption({ label: 'GOV.UK Service Standard (1.2.0)' });
    await page.getByRole('button', { name: 'Add template' }).click();
    const table = page.getByRole('table', { name: 'Templates this project uses' });
    await expectText(table, 'GOV.UK Service Standard');
    await expectText(table, 'Up to date');
    await screenshot(page, 'project-templates');
  });

  it('shows on the template page which projects use it', async () => {
    const { page } = session;
    await visit(page, '/library/packs/gov-uk-service-standard/templates/gov-uk-service-standard');
    await expectText(
      page.getByRole('region', { name: 'Projects using this template' }),
      'Register a boat uses version 1.2.0',
    );
  });

  it('keeps the project on its version after an update, until someone moves it on', async () => {
    const { page } = session;
    await visit(page, '/library');
    await page.getByRole('link', { name: 'Import a pack' }).click();
    await expectHeading(page, 'Import a pack');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a zip file' }).click();
    await (await chooser).setFiles(newerGovUkZip());
    await page.getByRole('button', { name: 'Update to version 1.3.0' }).click();
    await expectHeading(page, 'GOV.UK Service Standard');

    await visit(page, '/');
    await page.getByRole('link', { name: 'Register a boat' }).click();
    const table = page.getByRole('table', { name: 'Templates this project uses' });
    await expectText(table, 'Version 1.3.0 is installed');
    expect(await table.locator('tbody tr td').nth(1).innerText()).toBe('1.2.0');
    await screenshot(page, 'project-templates-newer');
    await table.getByRole('button', { name: 'Use version 1.3.0 of GOV.UK Service Standard' }).click();
    await expectText(table, 'Up to date');
    expect(await table.locator('tbody tr td').nth(1).innerText()).toBe('1.3.0');
  });

  it('stops using a template', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Stop using GOV.UK Service Standard' }).click();
    await expectText(
      page.getByRole('region', { name: 'Templates this project uses' }),
      'does not use any templates yet',
    );
    await visit(page, '/library/packs/gov-uk-service-standard/templates/gov-uk-service-standard');
    await expectNoText(page.getByRole('region', { name: 'Projects using this template' }), 'Register a boat');
  });
});
