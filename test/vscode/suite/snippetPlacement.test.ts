import assert from 'node:assert/strict';
import { placeSnippet, snippetToText } from '../../../client/src/snippetPlacement';

/** Pure: no `vscode`, so it also runs outside the editor (`npx mocha --no-config --import=tsx …`). */
const lines = (text: string) => {
  const all = text.split('\n');
  return { count: all.length, text: (n: number) => all[n] ?? '' };
};

describe('placeSnippet: where VS Code will not indent a server snippet twice', () => {
  const yaml = 'data:\n  reversibility:\n    datasets:\n      - horaires\nother: 1\n';

  it('inserts as is on an unindented line, or a single line anywhere', () => {
    assert.deepEqual(placeSnippet(lines('# Titre\n'), { line: 0, character: 7 }, '\n\n## A\n\nB'), { position: { line: 0, character: 7 }, snippet: '\n\n## A\n\nB' });
    assert.deepEqual(placeSnippet(lines(yaml), { line: 2, character: 14 }, ' ["${1:x}"]'), { position: { line: 2, character: 14 }, snippet: ' ["${1:x}"]' });
  });

  it('moves a snippet that starts with a line break at the end of an indented line to the next line', () => {
    assert.deepEqual(placeSnippet(lines(yaml), { line: 3, character: 16 }, '\n    formats:\n      - "${1:x}"'), {
      position: { line: 4, character: 0 },
      snippet: '    formats:\n      - "${1:x}"\n',
    });
  });

  it('keeps CRLF line breaks', () => {
    const crlf = lines(yaml.replace(/\n/g, '\r\n').replace(/\r$/, ''));
    const placed = placeSnippet({ count: crlf.count, text: (n) => crlf.text(n).replace(/\r$/, '') }, { line: 3, character: 16 }, '\r\n    formats: []');
    assert.deepEqual(placed, { position: { line: 4, character: 0 }, snippet: '    formats: []\r\n' });
  });

  it('after the last line, inserts the line break as text first', () => {
    const last = 'data:\n  reversibility:\n    datasets: [a]';
    assert.deepEqual(placeSnippet(lines(last), { line: 2, character: 17 }, '\n    formats: []'), {
      lineBreak: { position: { line: 2, character: 17 }, text: '\n' },
      position: { line: 3, character: 0 },
      snippet: '    formats: []',
    });
  });

  it('falls back to plain text in the middle of an indented line', () => {
    assert.equal(placeSnippet(lines(yaml), { line: 3, character: 8 }, 'a\nb'), 'plain');
  });
});

describe('snippetToText', () => {
  it('keeps the blanks as {{…}} and unescapes the rest', () => {
    assert.equal(snippetToText('Cost: \\$5, ${1:{{amount\\}\\}} and ${2:{{date\\}\\}}.$0'), 'Cost: $5, {{amount}} and {{date}}.');
    assert.equal(snippetToText('a \\\\ b \\} c'), 'a \\ b } c');
  });
});
