// A person manages projects in the browser build: create, edit, archive, delete, undo, and
// finds them again after a reload and after restarting the browser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectFocused,
  expectHeading,
  expectHidden,
  expectNoText,
  expectText,
  expectVisible,
  openSession,
  screenshot,
  visit,
  type Session,
} from './browser';

let session: Session;

beforeAll(async () => {
  session = await openSession();
});

afterAll(async () => {
  await session.close();
});

describe('projects in the browser build', () => {
  it('creates the example project on first start, clearly labelled', async () => {
    const { page } = session;
    await visit(page, '/');
    await expect.poll(() => page.title()).toBe('Projects \u2013 Waymark');
    const row = page.getByRole('row', { name: /Example: Apply for a fishing licence/ });
    await expectVisible(row.getByText('Example', { exact: true }));
  });

  it('refuses a project without a name, then creates it and keeps it across a reload', async () => {
    const { page } = session;
    await visit(page, '/');
    await page.getByRole('link', { name: 'Create a project' }).click();
    await expectHeading(page, 'Create a project');
    await page.getByRole('button', { name: 'Create project' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expectText(summary, 'Enter a project name');
    await summary.getByRole('link', { name: 'Enter a project name' }).click();
    await expectFocused(page.getByLabel('Project name'));

    await page.getByLabel('Project name').pressSequentially('Register');
    await expectFocused(page.getByLabel('Project name'));
    await page.getByLabel('Project name').fill('Register a boat');
    await page.getByLabel('Department or organisation (optional)').fill('Department for Rivers');
    await page.getByLabel('Beta').check();
    await page.getByLabel('Project owner (optional)').fill('Alex Morgan');
    await page.getByLabel('Short description (optional)').fill('Lets people register a boat online.');
    await page.getByRole('button', { name: 'Create project' }).click();

    await expectHeading(page, 'Register a boat');
    await expectText(page.getByRole('status'), 'Project \u201cRegister a boat\u201d created.');
    await expectText(page.locator('.summary-list'), 'Department for Rivers');
    await expectText(page.locator('.summary-list'), 'Beta');
    // Every part of the project is one link away from its overview, and nothing is promised for later.
    const areas = page.getByTestId('work-areas').getByRole('link');
    expect(await areas.allTextContents()).toEqual([
      'Evidence',
      'Business case',
      'Assessment preparation',
      'Compliance map',
    ]);
    expect(await page.getByText('Coming in a later version').count()).toBe(0);
    await areas.filter({ hasText: 'Assessment preparation' }).click();
    await expectHeading(page, 'Assessment preparation');
    await page.goBack();

    await page.reload();
    await expectHeading(page, 'Register a boat');
    await expectText(page.locator('.summary-list'), 'Alex Morgan');
  });

  it('edits a project', async () => {
    const { page } = session;
    await visit(page, '/');
    await page.getByRole('link', { name: 'Register a boat' }).click();
    await page.getByRole('link', { name: 'Change project details' }).click();
    await expect.poll(() => page.getByLabel('Project name').inputValue()).toBe('Register a boat');
    await page.getByLabel('Project name').fill('Register a boat or canoe');
    await page.getByLabel('Live').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expectHeading(page, 'Register a boat or canoe');
    await expectText(page.locator('.summary-list'), 'Live');
    await screenshot(page, 'project-overview');
  });

  it('archives a project and restores it', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Archive project' }).click();
    await expectText(page.getByRole('status'), 'archived');
    await visit(page, '/');
    await expectNoText(page.getByRole('table', { name: 'Your projects' }), 'Register a boat or canoe');
    await page.getByText('Archived projects (1)').click();
    await page
      .getByRole('table', { name: 'Archived projects' })
      .getByRole('link', { name: 'Register a boat or canoe' })
      .click();
    await page.getByRole('button', { name: 'Restore from archive' }).click();
    await visit(page, '/');
    await expectText(page.getByRole('table', { name: 'Your projects' }), 'Register a boat or canoe');
  });

  it('deletes a project after confirmation, and undoes the deletion', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Register a boat or canoe' }).click();
    await page.getByRole('button', { name: 'Delete project' }).click();
    const dialog = page.getByRole('dialog', { name: /Delete \u201cRegister a boat or canoe\u201d\?/ });
    await expectVisible(dialog);
    await screenshot(page, 'delete-confirmation');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expectHidden(dialog);
    await expectHeading(page, 'Register a boat or canoe');

    await page.getByRole('button', { name: 'Delete project' }).click();
    await dialog.getByRole('button', { name: 'Yes, delete project' }).click();
    await expectHeading(page, 'Projects');
    await expectText(page.getByRole('status'), 'Project \u201cRegister a boat or canoe\u201d deleted.');
    await expectNoText(page.getByRole('table', { name: 'Your projects' }), 'Register a boat or canoe');
    await screenshot(page, 'deleted-with-undo');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expectText(page.getByRole('status'), 'restored');
    await expectText(page.getByRole('table', { name: 'Your projects' }), 'Register a boat or canoe');
  });

  it('keeps projects after the browser is closed and started again', async () => {
    session = await session.restart();
    const { page } = session;
    await visit(page, '/');
    await expectText(page.getByRole('table', { name: 'Your projects' }), 'Register a boat or canoe');
    await expectText(page.getByRole('table', { name: 'Your projects' }), 'Example: Apply for a fishing licence');
    const rows = await page.getByRole('table', { name: 'Your projects' }).locator('tbody tr').count();
    expect(rows).toBe(2);
  });

  it('deletes the example project and brings it back from Settings', async () => {
    const { page } = session;
    await visit(page, '/');
    await page.getByRole('link', { name: 'Example: Apply for a fishing licence' }).click();
    await page.getByRole('button', { name: 'Delete project' }).click();
    await page.getByRole('button', { name: 'Yes, delete project' }).click();
    await expectNoText(page.getByRole('table', { name: 'Your projects' }), 'Example: Apply');
    await visit(page, '/settings');
    await page.getByRole('button', { name: 'Add a fresh copy of the example project' }).click();
    await expectText(page.getByRole('status'), 'A fresh copy of the example project');
    await visit(page, '/');
    await expectText(page.getByRole('table', { name: 'Your projects' }), 'Example: Apply for a fishing licence');
  });
});
