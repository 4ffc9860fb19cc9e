// Checks the Word document kit end to end: writes one sample of each kind of document (one through
// the app's own export path with its defaults, and one rendered template of each kind from
// templates/) into test-results/docx/, validates each word/document.xml against the
// WordprocessingML schema (Word's extensions, such as tick boxes, on their own), converts each to
// PDF with LibreOffice, checks the PDF text and the contents' page numbers, and renders PNG pages.
// Usage: node scripts/check-docx.mjs [name ...]   (needs xmllint, soffice, pdftotext and pdftoppm); names
// such as compliance-map check only those documents.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { strFromU8, unzipSync } from 'fflate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'test-results', 'docx');
const schema = resolve(root, '../shared/ooxml-schemas/microsoft/wml-2010.xsd');

function fail(message) {
  console.error(`check-docx: ${message}`);
  process.exit(1);
}

function toolExists(name) {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

for (const tool of ['xmllint', 'soffice', 'pdftotext', 'pdftoppm'])
  if (!toolExists(tool)) fail(`${tool} is not installed (see shared/design/TESTING-HERE.md).`);
if (!existsSync(schema))
  fail(`the WordprocessingML schema was not found at ${schema}; clone shared/ beside the project.`);

const unregister = register();
const { renderDocx } = await import('../src/export/render-docx.ts');
const { runExport } = await import('../src/export/export-request.ts');
const { markdownText } = await import('../src/export/render-markdown.ts');
const { csvText, documentTables } = await import('../src/export/render-csv.ts');
const samples = await import('../test/fixtures/export/sample-documents.ts');
const { readPackFromDisk } = await import('../src/cli/pack-source.ts');
const { renderTemplateDocument } = await import('../src/export/render-template.ts');
const { packReferenceResolver } = await import('../src/export/template-references.ts');
const { renderProjectSummary } = await import('../src/export/render-project-summary.ts');
const { buildExampleProject, exampleProcesses } = await import('../src/domain/example-project.ts');
const { renderComplianceMap } = await import('../src/export/render-compliance-map.ts');
const { xmlSafeModel } = await import('../src/export/xml-safe-model.ts');
const { analyseMap } = await import('../src/domain/compliance-map/analyse-map.ts');
const { businessCaseDocument } = await import('../src/export/render-business-case.ts');
const { businessCaseComparisonDocument } = await import('../src/export/business-case-comparison.ts');
const { exampleCaseFixture, EXPORT_NOW } = await import('../test/export/business-case-fixture.ts');
const { renderAssessment } = await import('../src/export/render-assessment.ts');
const assessmentSample = await import('../test/export/assessment-fixture.ts');

/** The example project's summary, as the app and `waymark export --what project` make it. */
function projectSummaryModel() {
  let n = 0;
  const records = buildExampleProject(() => `example-${(n += 1)}`, new Date('2026-11-02T09:30:00.000Z'));
  return renderProjectSummary(
    { ...records, attachments: [] },
    { author: 'Alex Morgan', marking: 'OFFICIAL', date: '2026-12-01' },
  );
}

/** The example project's compliance map, analysed by the real analysis, as the app and `waymark export --what map` make it. */
async function complianceMapModel() {
  let n = 0;
  const processes = exampleProcesses([await builtInPack('waymark-example-processes')]);
  if (!processes) fail('the example processes are missing from the built-in pack waymark-example-processes');
  const records = buildExampleProject(() => `example-${(n += 1)}`, new Date('2026-11-02T09:30:00.000Z'), processes);
  const map = records.complianceMap;
  return xmlSafeModel(
    renderComplianceMap(
      {
        project: records.project,
        map,
        analysis: analyseMap(map),
        evidenceTitles: Object.fromEntries(records.evidence.map((e) => [e.id, e.title])),
      },
      { author: 'Alex Morgan', marking: 'OFFICIAL', date: '2026-12-01' },
    ),
  );
}

/** The example project's alpha assessment with the panel's outcome and a maturity self-assessment, as `waymark export --what assessment` makes it. */
async function assessmentModel() {
  return renderAssessment(assessmentSample.sampleAssessmentInput(await assessmentSample.builtInTemplates()));
}

async function builtInPack(packId) {
  const { result } = await readPackFromDisk(join(root, 'templates', packId));
  if (!result.ok) fail(`the built-in pack ${packId} is not valid: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.pack;
}

/** One template of a built-in pack as a document model, as `waymark pack render` makes it (naming items of the other built-in packs). */
async function templateModel(packId, templateId) {
  const others = await Promise.all(
    ['gov-uk-service-standard', 'waymark-agile-business-case', 'uk-technology-code-of-practice'].map(builtInPack),
  );
  return renderTemplateDocument(await builtInPack(packId), templateId, {
    date: '2025-03-07',
    resolveReference: packReferenceResolver(others),
  });
}

/** The example project's business case (example-case.ts, filled in further by the test fixture), as `waymark export --what business-case` makes it. */
function businessCaseModel() {
  const f = exampleCaseFixture();
  return businessCaseDocument({
    project: f.project,
    author: 'Alex Morgan',
    businessCase: f.businessCase,
    revisions: f.revisions,
    template: f.template,
    evidenceTitles: f.evidenceTitles,
    now: EXPORT_NOW,
  });
}

/** Its two revisions compared, as `waymark export --what business-case --revision 2 --compare-to 1` makes it. */
function businessCaseComparisonModel() {
  const f = exampleCaseFixture();
  return businessCaseComparisonDocument({
    project: f.project,
    author: 'Alex Morgan',
    businessCase: f.businessCase,
    older: f.revisions[0],
    newer: f.revisions[1],
    revisions: f.revisions,
    template: f.template,
    now: EXPORT_NOW,
  });
}

/** The long report, made longer: a risk register that runs over pages, and more chapters. */
function longerReport() {
  const report = samples.longReport();
  const tones = [
    ['Open', 'bad'],
    ['Managed', 'warning'],
    ['Closed', 'good'],
  ];
  const risks = Array.from({ length: 45 }, (_, i) => {
    const [text, tone] = tones[i % 3];
    return [
      `R${i + 1}`,
      `Supplier capacity for stage ${i + 1} may slip if procurement takes longer than planned`,
      'Head of delivery',
      { text, tone },
    ];
  });
  report.sections.push({
    title: 'Management case',
    newPage: true,
    blocks: [
      {
        kind: 'table',
        caption: 'Risk register',
        columns: [{ heading: 'Ref' }, { heading: 'Risk' }, { heading: 'Owner' }, { heading: 'Status' }],
        rows: risks,
      },
    ],
  });
  report.sections.push(...samples.largeBusinessCase(10, 2500, 2).sections);
  return report;
}

/**
 * The document part as a consumer that does not know Word's extensions reads it: the elements of the
 * namespaces the part marks ignorable (mc:Ignorable, such as w14) left out, as markup compatibility
 * says. Those elements are checked on their own against the extension schemas (see extensionElements).
 */
function withoutIgnorable(xml) {
  const prefixes = (/mc:Ignorable="([^"]*)"/.exec(xml)?.[1] ?? '').split(/\s+/).filter((p) => /^\w+$/.test(p));
  let out = xml;
  for (const prefix of prefixes)
    out = out.replace(new RegExp(`<${prefix}:(\\w+)\\b[^>]*?(?:/>|>[\\s\\S]*?</${prefix}:\\1>)`, 'g'), '');
  return out;
}

/** Each distinct top-level element of an ignorable extension namespace, as a document of its own. */
function extensionElements(xml) {
  const declarations = [...xml.matchAll(/\sxmlns:(w1[45]|wp14)="([^"]*)"/g)];
  const found = new Set();
  for (const [, prefix, uri] of declarations)
    for (const match of xml.matchAll(new RegExp(`<${prefix}:(checkbox)\\b[\\s\\S]*?</${prefix}:\\1>`, 'g')))
      found.add(match[0].replace(`<${prefix}:${match[1]}`, `<${prefix}:${match[1]} xmlns:${prefix}="${uri}"`));
  return [...found];
}

const kinds = [
  {
    // The app's path: export-request with its defaults, as the export worker runs it.
    name: 'app-export',
    model: samples.largeBusinessCase(20, 8000, 4),
    app: true,
    expect: ['Contents', 'Chapter 1', 'Section 15', 'On track'],
    contentsNumbers: ['Chapter 1', 'Section 1', 'Section 15'],
  },
  {
    name: 'long-report',
    model: longerReport(),
    expect: [
      'Apply for a fishing licence',
      'Document control',
      'Version history',
      'Contents',
      'Strategic case',
      'What we know',
      'Options appraisal',
      'Not viable',
      'Licence sales statistics',
      'Risk register',
      'R45',
      'Page 2 of',
      'OFFICIAL',
    ],
  },
  {
    name: 'tracked-changes',
    model: samples.trackedComparison(),
    expect: [
      'Changes between versions 0.2 and 0.3',
      'Management case',
      'eight',
      'ten',
      'with two researchers',
      'removed entirely',
    ],
  },
  {
    name: 'draft-official-sensitive',
    model: samples.draftSensitive(),
    expect: ['OFFICIAL-SENSITIVE', 'DRAFT', 'This is a draft', 'Point 1: Understand users and their needs', 'Not met'],
  },
  {
    name: 'template-standard',
    model: await templateModel('gov-uk-service-standard', 'gov-uk-service-standard'),
    contentsPageNumbers: true,
    expect: [
      'GOV.UK Service Standard',
      'Checklist',
      'Summary of points',
      'Point 1: Understand users and their needs',
      'At alpha, assessors look for:',
      'Not started',
      'Not applicable',
      'Point 14: Operate a reliable service',
      'gov-uk-service-standard',
      'Sources and licence',
      'What you write into this document is yours',
      'OFFICIAL',
    ],
  },
  {
    name: 'project-summary',
    model: projectSummaryModel(),
    expect: [
      'Example: Apply for a fishing licence: project summary',
      'Department for Rivers and Coasts (example)',
      'Sam Taylor (example)',
      'Alex Morgan',
      'Templates used',
      'Evidence',
    ],
  },
  {
    name: 'compliance-map',
    model: await complianceMapModel(),
    contentsPageNumbers: true,
    expect: [
      'Example: Apply for a fishing licence: compliance map',
      'Integrated assurance and approval plan',
      'Department for Rivers and Coasts (example)',
      'Alex Morgan',
      'Summary of findings',
      'Conflict register',
      'Ordering contradictions',
      'no order of work satisfies',
      'Evidence both sides ask for',
      'Integrated plan',
      'Exceptions agreed',
      'Steps with no counterpart',
      'The processes in full',
      'Central digital assurance from April 2026 (example)',
      'Departmental IT governance (example)',
    ],
    contentsNumbers: ['Summary of findings', 'Conflict register', 'The processes in full'],
  },
  {
    name: 'template-canada',
    model: await templateModel('canada-digital-standards', 'canada-digital-standards'),
    contentsPageNumbers: true,
    expect: [
      'Government of Canada Digital Standards',
      'Normes relatives au numérique du gouvernement du Canada',
      'Point 1: Design with users',
      'Concevoir avec les utilisateurs',
    ],
  },
  {
    name: 'template-maturity',
    model: await templateModel('colorado-software-delivery-maturity', 'colorado-software-delivery-maturity'),
    contentsPageNumbers: true,
    expect: [
      'Maturity scoring sheet',
      'Summary of scores',
      'Team Culture',
      'What it looks like',
      'Current',
      'Target',
      'Building With Loosely Coupled Parts',
      'CC0 1.0',
    ],
  },
  {
    name: 'template-business-case',
    model: await templateModel('waymark-agile-business-case', 'agile-business-case'),
    contentsPageNumbers: true,
    expect: [
      'Business case template',
      'Strategic case',
      'Questions to answer in discovery',
      'Questions to answer in live',
      'Your answer: Strategic case',
      'Assumptions log',
      'Management case',
      'agile-business-case',
    ],
  },
  {
    name: 'template-process',
    model: await templateModel('waymark-example-processes', 'central-digital-assurance-2026'),
    contentsPageNumbers: true,
    expect: [
      'Central digital assurance from April 2026 (example)',
      'Depends on',
      '2. Share the pipeline with the centre',
      'Steps in detail',
      'Reference: pipeline-shared',
      'central-digital-assurance-2026',
    ],
  },
  {
    name: 'template-guide',
    model: await templateModel('waymark-playbook', 'two-bosses'),
    contentsPageNumbers: true,
    expect: [
      'Answering to two bosses',
      'Guide',
      'Step 1: write both routes down',
      'who owns it and who sits on it',
      'Design before build.',
      'Pitfalls',
      'two-bosses',
      'GOV.UK Service Standard, point 6: Have a multidisciplinary team',
      'Agile business case: Management case',
    ],
  },
  {
    name: 'business-case',
    model: businessCaseModel(),
    contentsPageNumbers: true,
    expect: [
      'Apply for a fishing licence: agile business case (example)',
      'Outline Business Case: move from alpha to beta',
      'Document control',
      'Strategic case',
      'Economic case',
      'Commercial case',
      'Financial case',
      'Management case',
      'Disproved assumption:',
      'Assumptions, riskiest first',
      'Long list of options',
      'Costs by phase and financial year',
      '£1,727,000',
      '£1,516,293.97',
      'Benefits',
      'Approval conditions',
      'Alex Morgan',
    ],
    contentsNumbers: ['Strategic case', 'Financial case', 'Management case'],
  },
  {
    name: 'business-case-comparison',
    model: businessCaseComparisonModel(),
    contentsPageNumbers: true,
    expect: [
      'changes from revision 1 to 2',
      'About this comparison',
      'tracked changes by Priya Shah (example)',
      'The case for change',
      'Assumptions that changed status',
      'Options closed',
      'Cost ranges by phase, before and after',
      'Low £600,000',
      'Narrowed',
    ],
  },
  {
    name: 'assessment',
    model: await assessmentModel(),
    contentsPageNumbers: true,
    expect: [
      'Example: Apply for a fishing licence: alpha assessment',
      'Against the GOV.UK Service Standard',
      'Department for Rivers and Coasts (example)',
      'Alex Morgan',
      'Ready: 6 of 13 points',
      'Panel ratings',
      'Overall rating: Amber',
      'Recommendations',
      '1. Understand users and their needs',
      '2. Solve a whole problem for users',
      '14. Operate a reliable service',
      'Where it is',
      'Maturity self-assessment',
      'Maturity scores, targets and next steps',
      'Action plan',
      'Accept or challenge the report',
    ],
    contentsNumbers: ['Summary', 'Panel ratings', 'The points', 'Action plan'],
  },
];

const only = process.argv.slice(2);
const unknown = only.filter((name) => !kinds.some((kind) => kind.name === name));
if (unknown.length > 0)
  fail(`no such document: ${unknown.join(', ')} (the names are ${kinds.map((k) => k.name).join(', ')})`);
const chosen = only.length > 0 ? kinds.filter((kind) => only.includes(kind.name)) : kinds;

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'waymark-docx-'));
const profile = `file://${join(work, 'lo-profile')}`;
const problems = [];

for (const kind of chosen) {
  const started = Date.now();
  const bytes = kind.app
    ? (await runExport({ format: 'docx', document: kind.model, createdAt: '2025-03-07T10:00:00Z' })).bytes
    : await renderDocx(kind.model, {
        now: new Date('2025-03-07T10:00:00Z'),
        contentsPageNumbers: kind.contentsPageNumbers ?? 'auto',
      });
  const file = join(outDir, `${kind.name}.docx`);
  writeFileSync(file, bytes);
  writeFileSync(join(outDir, `${kind.name}.md`), markdownText(kind.model));
  documentTables(kind.model).forEach((table, index) =>
    writeFileSync(join(outDir, `${kind.name}-table-${index + 1}.csv`), csvText(table)),
  );

  const documentXml = join(work, `${kind.name}-document.xml`);
  const mainPart = strFromU8(unzipSync(bytes)['word/document.xml']);
  writeFileSync(documentXml, withoutIgnorable(mainPart));
  const extensions = extensionElements(mainPart).map((xml, index) => {
    const file = join(work, `${kind.name}-extension-${index + 1}.xml`);
    writeFileSync(file, xml);
    return file;
  });
  const issues = [];
  for (const file of [documentXml, ...extensions]) {
    try {
      execFileSync('xmllint', ['--noout', '--schema', schema, file], { stdio: 'pipe' });
    } catch (error) {
      issues.push(`schema: ${String(error.stderr).trim().split('\n').slice(0, 3).join(' / ')}`);
    }
  }

  try {
    execFileSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=${profile}`,
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        file,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
  } catch (error) {
    issues.push(`LibreOffice could not convert it: ${String(error.stderr ?? error.message).trim()}`);
  }
  const pdf = join(outDir, `${kind.name}.pdf`);
  let pages = 0;
  if (existsSync(pdf)) {
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    for (const words of kind.expect) if (!flat.includes(words)) issues.push(`the PDF does not contain "${words}"`);
    for (const entry of kind.contentsNumbers ?? [])
      if (!new RegExp(`${entry} ?\\.{3,} ?\\d+`).test(flat))
        issues.push(`the contents show no page number for "${entry}"`);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(outDir, kind.name)]);
    pages = (text.match(/\f/g) ?? []).length;
  } else if (issues.length === 0) issues.push('no PDF was produced');

  const status = issues.length === 0 ? 'ok  ' : 'FAIL';
  console.log(
    `${status} ${kind.name}.docx: ${(bytes.length / 1024).toFixed(0)} KB, ${pages} pages, schema-valid: ${issues.some((i) => i.startsWith('schema')) ? 'no' : 'yes'}, ${Date.now() - started} ms`,
  );
  for (const issue of issues) console.log(`     ${issue}`);
  problems.push(...issues.map((issue) => `${kind.name}: ${issue}`));
}

rmSync(work, { recursive: true, force: true });
await unregister();
if (problems.length > 0) fail(`${problems.length} problem(s) found; see above. Files are in ${outDir}.`);
console.log(`All ${chosen.length} documents passed. Files and page images are in ${outDir}.`);
