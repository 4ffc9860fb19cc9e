// Every screen passes an automated WCAG 2.2 A and AA check, works from the keyboard, and is
// captured as a screenshot for people to look at.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exampleAssessmentRoutes,
  expectFocused,
  expectHeading,
  openSession,
  screenshot,
  visit,
  type Session,
} from './browser';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let session: Session;
let projectRoute = '';
let assessmentRoute = '';
let maturityRoute = '';
let maturityCategoryRoute = '';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

beforeAll(async () => {
  session = await openSession();
  await visit(session.page, '/');
  await session.page.getByRole('link', { name: /Example: Apply for a fishing licence/ }).click();
  await session.page.getByRole('heading', { level: 1, name: 'Example: Apply for a fishing licence' }).waitFor();
  projectRoute = new URL(session.page.url()).hash.slice(1);
  const example = await exampleAssessmentRoutes(session.page, projectRoute);
  assessmentRoute = example.assessment;
  maturityRoute = example.maturity;
  maturityCategoryRoute = example.maturityCategory;
});

afterAll(async () => {
  await session.close();
});

describe('every route', () => {
  const routes: [string, () => string][] = [
    ['projects', () => '/'],
    ['new-project', () => '/projects/new'],
    ['project-overview', () => projectRoute],
    ['edit-project', () => `${projectRoute}/edit`],
    ['evidence', () => `${projectRoute}/evidence`],
    ['evidence-new', () => `${projectRoute}/evidence/new`],
    ['compliance-map-start', () => `${projectRoute}/compliance-map`],
    ['business-case-create', () => `${projectRoute}/business-case`],
    ['business-case-costs', () => `${projectRoute}/business-case/costs`],
    ['business-case-cost-line-new', () => `${projectRoute}/business-case/costs/lines/new`],
    ['business-case-optimism-bias', () => `${projectRoute}/business-case/costs/optimism-bias`],
    ['business-case-discount-rates', () => `${projectRoute}/business-case/costs/discount-rates`],
    ['business-case-risks', () => `${projectRoute}/business-case/risks`],
    ['business-case-decisions', () => `${projectRoute}/business-case/decisions`],
    ['business-case-dependencies', () => `${projectRoute}/business-case/dependencies`],
    ['business-case-approvals', () => `${projectRoute}/business-case/approvals`],
    ['business-case-approval-new', () => `${projectRoute}/business-case/approvals/new`],
    ['business-case-assumptions', () => `${projectRoute}/business-case/assumptions`],
    ['business-case-options', () => `${projectRoute}/business-case/options`],
    ['business-case-benefits', () => `${projectRoute}/business-case/benefits`],
    ['business-case-compare', () => `${projectRoute}/business-case/compare`],
    ['business-case-readiness', () => `${projectRoute}/business-case/readiness`],
    ['assessments', () => `${projectRoute}/assessments`],
    ['assessment-start', () => `${projectRoute}/assessments/new`],
    ['maturity-start', () => `${projectRoute}/assessments/maturity/new`],
    ['assessment-overview', () => assessmentRoute],
    ['assessment-panel-date', () => `${assessmentRoute}/panel-date`],
    ['assessment-point', () => `${assessmentRoute}/points/1`],
    ['assessment-point-evidence', () => `${assessmentRoute}/points/1/evidence`],
    ['assessment-point-evidence-new', () => `${assessmentRoute}/points/1/evidence/new`],
    ['assessment-point-action-new', () => `${assessmentRoute}/points/1/actions/new`],
    ['assessment-mock', () => `${assessmentRoute}/mock`],
    ['assessment-run-sheet', () => `${assessmentRoute}/run-sheet`],
    ['assessment-outcome', () => `${assessmentRoute}/outcome`],
    ['assessment-recommendation-new', () => `${assessmentRoute}/outcome/recommendations/new`],
    ['assessment-next', () => `${assessmentRoute}/next`],
    ['assessment-compare', () => `${assessmentRoute}/compare`],
    ['assessment-crosswalks', () => `${assessmentRoute}/crosswalks`],
    ['maturity-overview', () => maturityRoute],
    ['maturity-category', () => maturityCategoryRoute],
    ['maturity-chart', () => `${maturityRoute}/chart`],
    ['library', () => '/library'],
    ['library-import', () => '/library/import'],
    ['library-pack', () => '/library/packs/gov-uk-service-standard'],
    ['template-checklist', () => '/library/packs/gov-uk-service-standard/templates/gov-uk-service-standard'],
    [
      'template-maturity-model',
      () => '/library/packs/open-source-capability-model/templates/open-source-capability-model',
    ],
    ['template-business-case', () => '/library/packs/waymark-agile-business-case/templates/agile-business-case'],
    ['template-process', () => '/library/packs/waymark-example-processes/templates/departmental-it-governance'],
    ['playbook', () => '/playbook'],
    ['playbook-guide', () => '/playbook/waymark-playbook/two-bosses'],
    ['settings', () => '/settings'],
    ['not-found', () => '/no-such-page'],
  ];

  it.each(routes)('%s has no WCAG 2.2 A or AA violations', async (name, route) => {
    const { page } = session;
    await visit(page, route());
    await screenshot(page, `route-${name}`);
    expect(await violations(page)).toEqual([]);
  });

  it('shows form errors accessibly', async () => {
    const { page } = session;
    await visit(page, '/projects/new');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('alert').first().waitFor();
    await screenshot(page, 'route-new-project-errors');
    expect(await violations(page)).toEqual([]);
  });

  it('gives each screen its own page title', async () => {
    const { page } = session;
    const titles = new Set<string>();
    for (const [, route] of routes) {
      await visit(page, route());
      titles.add(await page.title());
    }
    expect(titles.size).toBe(routes.length);
  });
});

describe('compliance map routes', () => {
  const map = () => `${projectRoute}/compliance-map`;
  const mapRoutes: [string, () => string][] = [
    ['compliance-map', map],
    ['map-add-process', () => `${map()}/processes/new`],
    ['map-process', () => `${map()}/processes/department`],
    ['map-process-details', () => `${map()}/processes/department/edit`],
    ['map-add-step', () => `${map()}/processes/department/steps/new`],
    ['map-edit-step', () => `${map()}/processes/department/steps/stage-gate-1`],
    ['map-links', () => `${map()}/links`],
    ['map-add-link', () => `${map()}/links/new`],
    ['map-exceptions', () => `${map()}/exceptions`],
    ['map-add-exception', () => `${map()}/exceptions/new`],
    ['map-cycle-register', () => `${map()}/register/cycle?steps=central:alpha-assessment,department:stage-gate-1`],
    ['map-process-version', () => `${map()}/processes/department/version`],
  ];

  beforeAll(async () => {
    const { page } = session;
    // The example project comes with its compliance map from first start.
    await visit(page, map());
    await page.getByRole('table', { name: /Processes in the compliance map/ }).waitFor();
  });

  it.each(mapRoutes)('%s has no WCAG 2.2 A or AA violations', async (name, route) => {
    const { page } = session;
    await visit(page, route());
    await screenshot(page, `route-${name}`);
    expect(await violations(page)).toEqual([]);
  });

  it('has no WCAG 2.2 A or AA violations on Add a process with a file chosen and its columns shown', async () => {
    const { page } = session;
    await visit(page, `${map()}/processes/new`);
    await page.getByLabel('From a CSV or Excel file').check();
    await page.getByText('What the file needs to hold').click();
    await page.getByRole('table', { name: 'Columns of a process file' }).waitFor();
    await screenshot(page, 'route-map-add-process-file');
    expect(await violations(page)).toEqual([]);
  });

  it('gives each map screen its own page title', async () => {
    const { page } = session;
    const titles = new Set<string>();
    for (const [, route] of mapRoutes) {
      await visit(page, route());
      titles.add(await page.title());
    }
    expect(titles.size).toBe(mapRoutes.length);
  });

  // The pages of findings, checked once the analysis has been worked out and shown.
  const mapPages: [string, string, () => string][] = [
    ['compliance-map-findings', 'Summary of findings', () => `${map()}`],
    ['compliance-map-suggestions', 'Suggested links', () => `${map()}/suggestions`],
    ['compliance-map-swimlanes', 'The swimlanes in words', () => `${map()}/swimlanes`],
    ['compliance-map-matrix', 'Matrix of links', () => `${map()}/matrix`],
    ['compliance-map-what-if', 'Integrated plan', () => `${map()}/what-if`],
  ];

  it.each(mapPages)(
    '%s has no WCAG 2.2 A or AA violations once its findings are shown',
    async (name, heading, route) => {
      const { page } = session;
      await visit(page, route());
      await page.getByRole('heading', { name: heading, exact: true }).waitFor({ timeout: 15_000 });
      await page.getByTestId('map-working').waitFor({ state: 'detached', timeout: 15_000 });
      await screenshot(page, `route-${name}`);
      expect(await violations(page)).toEqual([]);
    },
  );
});

describe('keyboard use', () => {
  it('offers a skip link first, which moves focus to the main content', async () => {
    const { page } = session;
    await visit(page, '/settings');
    await page.reload();
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expectFocused(skip);
    await page.keyboard.press('Enter');
    await expectFocused(page.locator('#main-content'));
  });

  it('creates a project with the keyboard alone', async () => {
    const { page } = session;
    await visit(page, '/');
    await page.getByRole('link', { name: 'Create a project' }).focus();
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Create a project');
    await expectFocused(page.getByRole('heading', { level: 1 }));
    await page.keyboard.press('Tab');
    await expectFocused(page.getByLabel('Project name'));
    await page.keyboard.type('Keyboard project');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Department of Keys');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByLabel('Alpha').isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Keyboard project');
    await expectFocused(page.getByRole('heading', { level: 1 }));
  });

  it('closes the delete confirmation with Escape and keeps the project', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Delete project' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await expectFocused(page.getByRole('dialog').getByRole('button', { name: 'Cancel' }));
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await expectHeading(page, 'Keyboard project');
  });
});
