// When the computer runs out of storage, saving fails with one clear message, what was typed stays
// in the form, and nothing saved before is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHeading, expectText, openSession, visit, type Session } from './browser';

let session: Session;

beforeAll(async () => {
  session = await openSession();
  // Lets the test make every IndexedDB write fail as a full disk would, and then recover.
  await session.context.addInitScript(() => {
    const fail = (): never => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if (localStorage.getItem('waymark-test-full-disk') === 'yes') fail();
        return original.apply(this, args);
      };
    }
  });
});

afterAll(async () => {
  await session.close();
});

describe('a full disk', () => {
  it('shows a clear message, keeps the form, and loses nothing saved', async () => {
    const { page } = session;
    await visit(page, '/');
    await expectText(page.getByRole('table', { name: 'Your projects' }), 'Example: Apply for a fishing licence');

    await page.evaluate(() => localStorage.setItem('waymark-test-full-disk', 'yes'));
    await page.getByRole('link', { name: 'Create a project' }).click();
    await page.getByLabel('Project name').fill('Project that will not fit');
    await page.getByRole('button', { name: 'Create project' }).click();
    await expectText(page.getByRole('alert').first(), 'run out of storage space');
    await expectText(page.getByRole('alert').first(), 'Everything saved before is safe');
    expect(await page.getByLabel('Project name').inputValue()).toBe('Project that will not fit');
    await expectHeading(page, 'Create a project');

    await page.evaluate(() => localStorage.removeItem('waymark-test-full-disk'));
    await page.getByRole('button', { name: 'Create project' }).click();
    await expectHeading(page, 'Project that will not fit');
    await visit(page, '/');
    await expectText(page.getByRole('table', { name: 'Your projects' }), 'Example: Apply for a fishing licence');
    await expectText(page.getByRole('table', { name: 'Your projects' }), 'Project that will not fit');
  });
});
