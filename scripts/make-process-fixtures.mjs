// Writes the sample process files under test/fixtures/processes from the two example processes in the
// built-in example pack: central.csv, department.csv and department.xlsx (the same steps as a workbook, on a
// sheet named "Steps" after an introduction sheet, durations as numbers). Run it again after changing those
// examples: node scripts/make-process-fixtures.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import writeExcelFile from 'write-excel-file/node';

const source = 'templates/waymark-example-processes/processes';
const out = 'test/fixtures/processes';
const columns = ['id', 'name', 'owner', 'phase', 'evidence', 'depends_on', 'duration_days', 'description'];

function stepsOf(file) {
  return parse(readFileSync(`${source}/${file}`, 'utf8')).steps;
}

function cells(step) {
  return [
    step.id,
    step.name,
    step.owner ?? '',
    step.phase ?? '',
    (step.evidence ?? []).join(';'),
    (step.depends_on ?? []).join(';'),
    step.duration_days ?? '',
    step.description ?? '',
  ];
}

function csvField(value) {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(steps) {
  return [columns, ...steps.map(cells)].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

mkdirSync(out, { recursive: true });
const central = stepsOf('central-digital-assurance.yaml');
const department = stepsOf('departmental-it-governance.yaml');
writeFileSync(`${out}/central.csv`, csv(central));
writeFileSync(`${out}/department.csv`, csv(department));
const intro = [['This workbook holds the departmental IT governance steps on the sheet named Steps.']];
const rows = [columns, ...department.map((step) => cells(step).map((value) => (value === '' ? null : value)))];
const xlsx = await writeExcelFile([
  { data: intro, sheet: 'About' },
  { data: rows, sheet: 'Steps' },
]).toBuffer();
writeFileSync(`${out}/department.xlsx`, xlsx);
console.log(`Wrote ${central.length} central and ${department.length} department steps to ${out}.`);
