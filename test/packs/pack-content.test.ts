// Bad content in pack files: each class of mistake or attack gives a problem naming the file, the place and
// the reason, and the pack is refused.
import { describe, expect, it } from 'vitest';
import type { PackProblem } from '../../src/domain/pack';
import { fixtureText, readEdited } from './pack-fixtures';

const STANDARD = 'standards/example-standard.yaml';
const MATURITY = 'standards/example-maturity.yaml';
const CASE = 'business-cases/example-case.yaml';
const PROCESS = 'processes/central-review.yaml';
const GUIDE = 'guides/two-bosses.md';

function problemsAfter(file: string, from: string, to: string): PackProblem[] {
  const original = fixtureText(file);
  if (!original.includes(from)) throw new Error(`the fixture ${file} has no "${from}"`);
  const result = readEdited({ [file]: original.replace(from, to) });
  expect(result.ok).toBe(false);
  expect(result.pack).toBeNull();
  return result.problems;
}

function problem(file: string, location: string, message: string | RegExp) {
  return { file, location, message: typeof message === 'string' ? message : expect.stringMatching(message) };
}

describe('shape of the files', () => {
  it('reports malformed YAML with its line', () => {
    const problems = problemsAfter(STANDARD, 'edition: "2024"', 'edition: "2024\n  bad: [');
    expect(problems[0]).toEqual(
      problem(STANDARD, expect.stringMatching(/^line \d+$/) as unknown as string, /the YAML is not well formed/),
    );
  });

  it('reports a missing field on the item that lacks it', () => {
    expect(problemsAfter(STANDARD, '    title: Work in the open\n', '')).toEqual([
      problem(STANDARD, 'points[1]', 'the point has no title'),
    ]);
    expect(problemsAfter(PROCESS, '    name: Assurance board\n', '')).toEqual([
      problem(PROCESS, 'steps[1]', 'the step has no name'),
    ]);
    expect(problemsAfter(CASE, '    purpose: Which option gives the best value.\n', '')).toEqual([
      problem(CASE, 'sections[1]', 'the section has no purpose'),
    ]);
  });

  it('reports wrong types, with a hint to quote numbers given for text', () => {
    expect(problemsAfter(STANDARD, 'title: Know your users', 'title: 42')).toEqual([
      problem(STANDARD, 'points[0].title', 'the title must be text (put it in quotes)'),
    ]);
    expect(problemsAfter(STANDARD, 'evidence: ["Research plan", "Findings log"]', 'evidence: yes')).toEqual([
      problem(STANDARD, 'points[0].evidence', 'the evidence must be a list'),
    ]);
    expect(problemsAfter(PROCESS, 'duration_days: 20', 'duration_days: 2.5')).toEqual([
      problem(PROCESS, 'steps[1].duration_days', 'duration_days must be a whole number'),
    ]);
  });

  it('reports unknown fields as possible misspellings', () => {
    expect(
      problemsAfter(STANDARD, '    title: Work in the open\n', '    title: Work in the open\n    sumary: typo\n'),
    ).toEqual([problem(STANDARD, 'points[1].sumary', '"sumary" is not a field of a point; check the spelling')]);
  });

  it('reports values outside their lists', () => {
    expect(problemsAfter(PROCESS, 'side: central', 'side: centre')).toEqual([
      problem(PROCESS, 'side', 'the side "centre" is not one of: central, departmental, other'),
    ]);
    expect(problemsAfter(STANDARD, 'kind: standard', 'kind: business-case')).toEqual([
      problem(
        STANDARD,
        'kind',
        'the template has the kind "business-case"; files in this folder must have kind: standard or maturity-model',
      ),
    ]);
  });

  it('reports invalid identifiers, versions and language tags', () => {
    expect(problemsAfter(STANDARD, 'id: "2"', 'id: "Two"')).toEqual([
      problem(STANDARD, 'points[1].id', /^the id "Two" is not a valid identifier/),
    ]);
    // Ids become keys of records, so names every JavaScript object already has are refused.
    expect(problemsAfter(STANDARD, 'id: "2"', 'id: constructor')).toEqual([
      problem(STANDARD, 'points[1].id', /^the id is a name Waymark keeps for itself/),
    ]);
    expect(problemsAfter(STANDARD, 'version: 1.0.0', 'version: "1.0"')).toEqual([
      problem(STANDARD, 'version', /^the version "1.0" is not a version number like 1.0.0/),
    ]);
    expect(problemsAfter('pack.yaml', 'language: en-GB', 'language: english please')).toEqual([
      problem('pack.yaml', 'language', /^the language "english please" is not a language tag/),
    ]);
  });

  it('requires the file name to be the template id', () => {
    expect(problemsAfter(STANDARD, 'id: example-standard', 'id: other-standard')).toContainEqual(
      problem(
        STANDARD,
        'id',
        'the id "other-standard" does not match the file name; name the file other-standard.yaml or change the id to "example-standard"',
      ),
    );
  });

  it('refuses unknown format versions before anything else', () => {
    expect(problemsAfter('pack.yaml', 'waymark-pack/1', 'waymark-pack/2')).toEqual([
      problem(
        'pack.yaml',
        'format',
        /^the pack uses the format "waymark-pack\/2", which this version of Waymark cannot read/,
      ),
    ]);
    expect(problemsAfter('pack.yaml', 'waymark-pack/1', 'something-else')).toEqual([
      problem('pack.yaml', 'format', /is not a Waymark pack format/),
    ]);
  });

  it('refuses a pack without a manifest, and files outside the format', () => {
    expect(readEdited({ 'pack.yaml': null }).problems).toEqual([problem('pack.yaml', '', /has no pack.yaml/)]);
    expect(readEdited({ 'notes.txt': 'x' }).problems).toEqual([
      problem('notes.txt', '', /not part of the pack format/),
    ]);
    expect(readEdited({ 'standards/x.yml': 'x' }).problems).toEqual([problem('standards/x.yml', '', /end in .yaml/)]);
    expect(readEdited({ 'processes/orphan.meta.yaml': 'title: x' }).problems).toEqual([
      problem('processes/orphan.meta.yaml', '', /no processes\/orphan.csv/),
    ]);
  });

  it('requires a source when the pack has a standard', () => {
    const manifest = fixtureText('pack.yaml').replace(/sources:[\s\S]*$/, '');
    expect(readEdited({ 'pack.yaml': manifest }).problems).toEqual([
      problem('pack.yaml', 'sources', /must list at least one source/),
    ]);
  });
});

describe('duplicates, references and loops', () => {
  it('reports duplicate template ids across files', () => {
    const copy = fixtureText(STANDARD).replace('id: example-standard', 'id: example-case');
    const problems = readEdited({ 'standards/example-case.yaml': copy }).problems;
    expect(problems).toContainEqual(
      problem(
        'standards/example-case.yaml',
        'id',
        'the template id "example-case" is also used by business-cases/example-case.yaml',
      ),
    );
  });

  it('reports duplicate points, steps, sections, categories and levels', () => {
    expect(problemsAfter(STANDARD, 'id: "2"', 'id: "1"')).toContainEqual(
      problem(STANDARD, 'points[1].id', 'the point id "1" is used twice (first at points[0])'),
    );
    expect(problemsAfter(PROCESS, 'id: board', 'id: triage')).toContainEqual(
      problem(PROCESS, 'steps[1].id', 'the step id "triage" is used twice (first at steps[0])'),
    );
    expect(problemsAfter(CASE, 'id: case-for-change', 'id: strategic')).toContainEqual(
      problem(CASE, 'sections[0].sections[0].id', 'the section id "strategic" is used twice (first at sections[0])'),
    );
    expect(problemsAfter(MATURITY, 'id: policy', 'id: team-culture')).toContainEqual(
      problem(
        MATURITY,
        'categories[1].id',
        'the category or dimension id "team-culture" is used twice (first at categories[0])',
      ),
    );
    expect(problemsAfter(MATURITY, '{ id: medium, label: Medium }', '{ id: low, label: Medium }')).toContainEqual(
      problem(MATURITY, 'levels[1].id', 'the level id "low" is used twice (first at levels[0])'),
    );
  });

  it('checks level descriptions against the levels', () => {
    const problems = problemsAfter(
      MATURITY,
      'medium: Some roles work together on the same goals.',
      'middling: Some roles.',
    );
    expect(problems).toContainEqual(
      problem(
        MATURITY,
        'categories[0].levels.middling',
        /"middling" is not one of the template's levels \(low, medium, high\)/,
      ),
    );
    expect(problems).toContainEqual(
      problem(MATURITY, 'categories[0].levels', 'the category has no description for the level "medium"'),
    );
  });

  it('reports a dependency on a step that does not exist, and on itself', () => {
    expect(problemsAfter(PROCESS, 'depends_on: [triage]', 'depends_on: [triag]')).toEqual([
      problem(PROCESS, 'steps[1].depends_on[0]', 'the step depends on "triag", which is not a step of this process'),
    ]);
    expect(problemsAfter(PROCESS, 'depends_on: [triage]', 'depends_on: [board]')).toEqual([
      problem(PROCESS, 'steps[1].depends_on[0]', 'the step depends on itself'),
    ]);
  });

  it('reports dependency loops with the steps in the loop', () => {
    const problems = problemsAfter(
      PROCESS,
      '    duration_days: 10\n',
      '    duration_days: 10\n    depends_on: [joint-review]\n',
    );
    expect(problems).toContainEqual(
      problem(PROCESS, 'steps[0]', 'these steps depend on each other in a loop: triage -> joint-review -> triage'),
    );
    expect(problems.every((p) => p.message.startsWith('these steps depend on each other in a loop'))).toBe(true);
  });

  it('finds loops in a long chain of steps without running out of stack', () => {
    const steps = Array.from(
      { length: 4000 },
      (_, i) => `  - { id: s${i}, name: Step ${i}, depends_on: [s${(i + 1) % 4000}] }`,
    ).join('\n');
    const yaml = `id: central-review\nkind: process\ntitle: Long\nversion: 1.0.0\nside: other\nsteps:\n${steps}\n`;
    const result = readEdited({ [PROCESS]: yaml });
    expect(result.problems).toEqual([
      problem(PROCESS, 'steps[0]', /^these steps depend on each other in a loop: s0 -> s1 -> .* -> s3999 -> s0$/),
    ]);
  });

  it('reports references from a guide to missing templates or items in the same pack, and accepts other packs', () => {
    expect(problemsAfter(GUIDE, '  - example-standard#2\n', '  - example-standard#9\n')).toEqual([
      problem(
        GUIDE,
        'helps_with[0]',
        'the reference "example-standard#9" names "9", which is not an item of the template "example-standard"',
      ),
    ]);
    expect(problemsAfter(GUIDE, '  - example-case#case-for-change\n', '  - example-pack/missing-case#x\n')).toEqual([
      problem(
        GUIDE,
        'helps_with[1]',
        'the reference "example-pack/missing-case#x" names the template "missing-case", which is not in this pack',
      ),
    ]);
    expect(problemsAfter(GUIDE, '  - example-standard#2\n', '  - not a reference\n')).toEqual([
      problem(GUIDE, 'helps_with[0]', /is not a reference like pack-id\/template-id#item-id/),
    ]);
  });
});

describe('text that could be markup or code', () => {
  it('refuses HTML and script addresses in plain-text fields', () => {
    expect(problemsAfter(STANDARD, 'Work in the open', 'Work <script>alert(1)</script>')).toEqual([
      problem(STANDARD, 'points[1].title', 'the title contains HTML ("<script>"); text here must be plain text'),
    ]);
    expect(problemsAfter(STANDARD, 'Share what you do', 'See <img src=x onerror=alert(1)> and')).toEqual([
      problem(STANDARD, 'points[1].summary', /contains HTML \("<img src=x onerror=alert\(1\)>"\)/),
    ]);
    expect(problemsAfter(STANDARD, 'Share what you do', 'See JavaScript :alert(1)')).toEqual([
      problem(STANDARD, 'points[1].summary', /contains a script address/),
    ]);
  });

  it('accepts comparisons that only look like tags', () => {
    const result = readEdited({
      [STANDARD]: fixtureText(STANDARD).replace('Share what you do', 'Costs < 5k and a <= b or 3<4; share what you do'),
    });
    expect(result.problems).toEqual([]);
  });

  it('refuses control characters and hidden direction marks', () => {
    expect(problemsAfter(STANDARD, 'Work in the open', 'Work\\u0007 in the open'.replace('\\u0007', '\u0007'))).toEqual(
      [problem(STANDARD, 'points[1].title', /control character/)],
    );
    expect(problemsAfter(STANDARD, 'Work in the open', 'Work \u202Enepo')).toEqual([
      problem(STANDARD, 'points[1].title', /text-direction character/),
    ]);
  });

  it('refuses web addresses that are not https, http or mailto', () => {
    for (const address of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'ftp://example.org',
      'example.org/page',
    ]) {
      const problems = problemsAfter('pack.yaml', 'https://example.org/standard', address);
      expect(problems).toEqual([problem('pack.yaml', 'sources[0].url', /^the url /)]);
    }
  });

  it('refuses text that is too long for its field', () => {
    expect(problemsAfter(STANDARD, 'Work in the open', 'x'.repeat(301))).toEqual([
      problem(STANDARD, 'points[1].title', 'the title is longer than 300 characters'),
    ]);
  });
});
