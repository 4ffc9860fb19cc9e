// Guides: front matter is required, and the Markdown body may hold text and links but no raw HTML, script
// addresses, images or hidden addresses; code is left alone. Problems carry the line in the file.
import { describe, expect, it } from 'vitest';
import { fixtureText, readEdited } from './pack-fixtures';

const GUIDE = 'guides/two-bosses.md';
const original = fixtureText(GUIDE);
/** The line of the guide file on which the body text "Two processes ask" sits. */
const bodyLine = original.split('\n').findIndex((line) => line.startsWith('Two processes ask')) + 1;

function withBodyLine(line: string) {
  return readEdited({
    [GUIDE]: original.replace('Two processes ask for **similar** things in *different* words.', line),
  }).problems;
}

describe('guide bodies', () => {
  it('refuses raw HTML blocks and inline tags, naming the line', () => {
    expect(withBodyLine('<div onclick="x()">Hello</div>')).toEqual([
      {
        file: GUIDE,
        location: `line ${bodyLine}`,
        message: 'the guide contains raw HTML ("<div onclick="x()">"); use Markdown only',
      },
    ]);
    expect(withBodyLine('Some <span>inline</span> markup.')).toEqual([
      { file: GUIDE, location: `line ${bodyLine}`, message: expect.stringMatching(/raw HTML \("<span>"\)/) },
    ]);
    expect(withBodyLine('<!-- a comment -->')).toEqual([
      { file: GUIDE, location: `line ${bodyLine}`, message: expect.stringMatching(/raw HTML/) },
    ]);
  });

  it('refuses script addresses in links and text', () => {
    const problems = withBodyLine('[click](javascript:alert(1))');
    expect(problems).toContainEqual({
      file: GUIDE,
      location: `line ${bodyLine}`,
      message: 'the guide contains a script address ("javascript:")',
    });
    expect(problems).toContainEqual({
      file: GUIDE,
      location: `line ${bodyLine}`,
      message: expect.stringMatching(/^the link "javascript:alert\(1" uses "javascript:"/),
    });
  });

  it('refuses addresses hidden in character codes, relative links and other schemes', () => {
    expect(withBodyLine('[x](javascript&colon;alert(1))')).toEqual([
      { file: GUIDE, location: `line ${bodyLine}`, message: expect.stringMatching(/hides characters in codes/) },
    ]);
    expect(withBodyLine('[x](../secrets.md)')).toEqual([
      { file: GUIDE, location: `line ${bodyLine}`, message: expect.stringMatching(/is not a full web address/) },
    ]);
    expect(withBodyLine('<file:///etc/passwd>')).toEqual([
      { file: GUIDE, location: `line ${bodyLine}`, message: expect.stringMatching(/uses "file:"/) },
    ]);
    expect(withBodyLine('[x]: data:text/html,hi')).toEqual([
      { file: GUIDE, location: `line ${bodyLine}`, message: expect.stringMatching(/uses "data:"/) },
    ]);
  });

  it('refuses links that only a Markdown parser finds: nested brackets, escapes, definitions in quotes or over two lines', () => {
    expect(withBodyLine('See [a [b]](file:///C:/calc.exe) now.')).toEqual([
      { file: GUIDE, location: `line ${bodyLine}`, message: expect.stringMatching(/uses "file:"/) },
    ]);
    expect(withBodyLine('> [ref]: file:///etc/passwd')).toEqual([
      { file: GUIDE, location: `line ${bodyLine}`, message: expect.stringMatching(/uses "file:"/) },
    ]);
    expect(withBodyLine('[def]:\n  data:text/html,hi')).toEqual([
      { file: GUIDE, location: `line ${bodyLine}`, message: expect.stringMatching(/uses "data:"/) },
    ]);
    expect(withBodyLine('[d [x]](data:text/html,hi)')).toEqual([
      { file: GUIDE, location: `line ${bodyLine}`, message: expect.stringMatching(/uses "data:"/) },
    ]);
  });

  it('refuses images, which would fetch from the internet', () => {
    expect(withBodyLine('![tracker](https://example.org/pixel.png)')).toEqual([
      {
        file: GUIDE,
        location: `line ${bodyLine}`,
        message: 'the guide contains an image; guides may hold text and links only',
      },
    ]);
  });

  it('accepts https, mailto and in-page links, and HTML inside code', () => {
    expect(
      withBodyLine(
        'See [a](https://example.org), <https://example.org/x>, [b](mailto:a@example.org), [c](#top) and `<b>`.',
      ),
    ).toEqual([]);
  });

  it('requires front matter that opens and closes', () => {
    expect(readEdited({ [GUIDE]: '# No front matter\n' }).problems).toEqual([
      { file: GUIDE, location: 'line 1', message: expect.stringMatching(/must start with front matter/) },
    ]);
    expect(readEdited({ [GUIDE]: '---\nid: two-bosses\n' }).problems).toEqual([
      { file: GUIDE, location: 'line 1', message: expect.stringMatching(/never closed/) },
    ]);
  });

  it('reports YAML problems in the front matter with the line in the file', () => {
    const problems = readEdited({
      [GUIDE]: original.replace('title: Answering to two bosses', 'title: Answering\ntitle: twice'),
    }).problems;
    expect(problems).toEqual([
      { file: GUIDE, location: 'line 5', message: 'the key "title" appears twice in the same place' },
    ]);
  });

  it('refuses an empty body and an over-long line', () => {
    const front = original.slice(0, original.indexOf('## Why'));
    expect(readEdited({ [GUIDE]: front }).problems).toEqual([
      {
        file: GUIDE,
        location: expect.stringMatching(/^line \d+$/),
        message: 'the guide has no text after its front matter',
      },
    ]);
    const problems = withBodyLine(`x${'`['.repeat(10_000)}`);
    expect(problems).toEqual([
      {
        file: GUIDE,
        location: `line ${bodyLine}`,
        message: expect.stringMatching(/line is longer than 5000 characters/),
      },
    ]);
  });
});
