// Markdown export: details as front matter, headings from nesting, tables, lists, links, footnotes.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownText } from '../../src/export/render-markdown';
import { draftSensitive, longReport, trackedComparison } from '../fixtures/export/sample-documents';

describe('markdownText', () => {
  const text = markdownText(longReport());

  it('writes the details as front matter and the title as the only top heading', () => {
    expect(text.startsWith('---\ntitle: "Apply for a fishing licence"\n')).toBe(true);
    expect(text).toContain('classification: "OFFICIAL"');
    expect(text).toContain('status: "For review"');
    expect(text.match(/^# /gm)).toHaveLength(1);
    expect(text).toContain('\n## Strategic case\n');
    expect(text).toContain('\n### What we know\n');
    expect(text).toContain('\n#### What we will learn next\n');
    expect(text).toContain('\n### Case for change\n');
  });

  it('writes tables, lists, emphasis, links and footnotes', () => {
    expect(text).toContain(
      '| Version | Date | Author | Summary of change |\n| --- | --- | --- | --- |\n| 0.1 | 10 January 2025 | Sam Taylor | First draft after discovery |',
    );
    expect(text).toContain('- Paper forms take three weeks\n  - Backlog peaks in April');
    expect(text).toContain('1. Recruit anglers for research\n2. Run two rounds of testing');
    expect(text).toContain('**apply for a fishing licence**');
    expect(text).toContain('_in minutes_');
    expect(text).toContain('[Service Standard](<https://www.gov.uk/service-manual/service-standard>)');
    expect(text).toContain('grew by a fifth last year.[^1]');
    expect(text).toContain('[^1]: Licence sales statistics, 2024. <https://www.gov.uk/government/statistics>');
    expect(text).toContain('| Do nothing | 0 | Not viable |');
  });

  it('marks drafts and shows comparisons with struck-through and bold text', () => {
    expect(markdownText(draftSensitive())).toContain('**OFFICIAL-SENSITIVE** DRAFT');
    const compared = markdownText(trackedComparison());
    expect(compared).toContain('~~eight~~**ten**');
    expect(compared).toContain('~~This paragraph will be removed entirely.~~');
  });
});

describe('escapeMarkdown', () => {
  it('stops text being read as formatting', () => {
    expect(escapeMarkdown('a *b* [c](d) | e')).toBe('a \\*b\\* \\[c\\](d) \\| e');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('<script>')).toBe('\\<script\\>');
  });
});
