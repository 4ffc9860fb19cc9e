import { describe, expect, it } from 'vitest';
import { normaliseMarking } from '../../src/domain/document-model';
import type { DocumentModel } from '../../src/domain/document-model';
import { markingProblem, markingProblemMessage } from '../../src/domain/marking';
import { footerText } from '../../src/export/docx-page';
import { renderDocx } from '../../src/export/render-docx';
import { fixtureText, readEdited } from '../packs/pack-fixtures';
import { draftSensitive } from '../fixtures/export/sample-documents';
import { readDocx, textOf } from './docx-reader';
import { docxXmlProblems } from './docx-wellformed';

const HOSTILE = '\uFFFE\uFFFF\uD800\u0001\u001B';

function hostileModel(): DocumentModel {
  const base = draftSensitive();
  return {
    ...base,
    meta: {
      ...base.meta,
      title: `Hostile title${HOSTILE}`,
      marking: `OFFICIAL${HOSTILE}`,
      author: `Ann${HOSTILE} Author`,
      keywords: [`key${HOSTILE}`],
    },
    sections: [
      ...base.sections,
      {
        title: `Links${HOSTILE}`,
        blocks: [
          {
            kind: 'paragraph',
            content: [{ kind: 'text', text: `Read the guide${HOSTILE}`, href: `https://example.org/a${HOSTILE}` }],
          },
        ],
      },
    ],
  };
}

describe('every part of a .docx holds only characters XML allows', () => {
  it('cleans the marking, footer, link targets and properties, and keeps the text around them', async () => {
    const bytes = await renderDocx(hostileModel(), { contentsPageNumbers: false, now: new Date('2026-01-01') });
    expect(docxXmlProblems(bytes)).toEqual([]);
    const docx = readDocx(bytes);
    expect(textOf(docx.part('word/header1.xml'))).toContain('OFFICIAL');
    expect(textOf(docx.part('word/footer1.xml'))).toContain('Hostile title');
    expect(docx.part('docProps/custom.xml')).toContain('OFFICIAL');
    expect(docx.part('word/_rels/document.xml.rels')).toContain('https://example.org/a"');
    expect(textOf(docx.part('word/document.xml'))).toContain('Read the guide');
  });

  it('cuts a long title in the footer by whole characters, never splitting an emoji', () => {
    const title = `${'a'.repeat(58)}\u{1F600}\u{1F600}\u{1F600}`;
    const footer = footerText({ ...draftSensitive().meta, title });
    expect(footer).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(footer.startsWith(`${'a'.repeat(58)}\u{1F600}\u2026`)).toBe(true);
  });
});

describe('markings', () => {
  it('cuts by whole characters after upper-casing and drops direction controls', () => {
    const marking = normaliseMarking(`${'x'.repeat(59)}\u{1D400}\u{1D400}`);
    expect(marking).toBe(`${'X'.repeat(59)}\u{1D400}`);
    expect(normaliseMarking('\u202EOFFICIAL')).toBe('OFFICIAL');
  });

  it('refuses direction controls, control characters and characters Word cannot hold, with a clear message', () => {
    expect(markingProblem('\u202ELAICIFFO')).toEqual({ kind: 'direction' });
    expect(markingProblem('OFFICIAL\u2066')).toEqual({ kind: 'direction' });
    expect(markingProblem('OFFICIAL\uFFFE')).toEqual({ kind: 'unsupported', character: 'U+FFFE' });
    expect(markingProblem('OFFICIAL\uD800')).toEqual({ kind: 'unsupported', character: 'U+D800' });
    expect(markingProblem('OFFICIAL\tX')).toEqual({ kind: 'control' });
    expect(markingProblem('OFFICIAL')).toBeNull();
    expect(markingProblem('\u{1F512}'.repeat(60))).toBeNull();
    expect(markingProblem('\u{1F512}'.repeat(61))).toEqual({ kind: 'too-long', length: 61 });
    expect(markingProblemMessage({ kind: 'unsupported', character: 'U+FFFE' })).toContain('U+FFFE');
  });
});

describe('pack text rules refuse characters Word cannot hold', () => {
  it('refuses a template title ending in U+FFFE', () => {
    const yaml = fixtureText('standards/example-standard.yaml').replace(
      'title: Example standard',
      'title: "Example standard\\uFFFE"',
    );
    const result = readEdited({ 'standards/example-standard.yaml': yaml });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('\n')).toContain('U+FFFE');
  });

  it('refuses a lone surrogate written as an escape in YAML', () => {
    const yaml = fixtureText('standards/example-standard.yaml').replace(
      'title: Example standard',
      'title: "Example standard\\uD800"',
    );
    const result = readEdited({ 'standards/example-standard.yaml': yaml });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('\n')).toContain('U+D800');
  });

  it('refuses a guide link holding U+FFFE and a guide holding U+FFFF', () => {
    const guide = fixtureText('guides/two-bosses.md');
    for (const bad of ['[link](https://example.org/\uFFFE)', 'text \uFFFF here']) {
      const result = readEdited({ 'guides/two-bosses.md': `${guide}\n\n${bad}\n` });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.map((p) => p.message).join('\n')).toMatch(/U\+FFF[EF]/);
    }
  });
});
