// Table columns are wide enough for their widest word, so Word never breaks a word mid-word
// ("Investmen t") in a six-column process table on a portrait page.
import { describe, expect, it } from 'vitest';
import { columnMinimums, widths, wordWidth } from '../../src/export/docx-column-widths';
import { TEXT_WIDTH } from '../../src/export/styles';

describe('column widths from content', () => {
  it('raises each column to its widest word, taking the room from columns with slack', () => {
    const texts = [
      ['Step', 'Owner', 'Phase', 'Depends on', 'Days', 'Evidence'],
      ['8. Investment committee', 'Departmental', 'Alpha', '12. Investment committee', '20', 'Risk assessment'],
    ];
    const minimums = columnMinimums(texts, 6, [false, false, false, true, false, true]);
    const result = widths([19, 16, 12, 15, 8, 30], minimums);
    expect(result.reduce((sum, width) => sum + width, 0)).toBe(TEXT_WIDTH);
    result.forEach((width, index) => expect(width).toBeGreaterThanOrEqual(minimums[index] ?? 0));
    // The "Depends on" column holds a bulleted "Investment", which its weight alone left too narrow.
    expect(widths([19, 16, 12, 15, 8, 30])[3]).toBeLessThan(minimums[3] ?? 0);
  });

  it('measures wide letters wider and lets a line break after a hyphen', () => {
    expect(wordWidth('mmmm')).toBeGreaterThan(wordWidth('iiii'));
    const [hyphenated] = columnMinimums([['Post-implementation']], 1);
    expect(hyphenated).toBeLessThan(columnMinimums([['Postimplementation']], 1)[0] ?? 0);
  });

  it('keeps weights as they are when every column already fits', () => {
    expect(widths([1, 1], [100, 100])).toEqual([Math.floor(TEXT_WIDTH / 2), TEXT_WIDTH - Math.floor(TEXT_WIDTH / 2)]);
  });
});
