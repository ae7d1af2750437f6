import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { snapshotDocument } from '../../server/src/lsp/snapshot';

/** The analysis snapshot reads lines from the engine's index: it must answer as TextDocument does. */
describe('language server: snapshot documents', () => {
  const text = fc.array(fc.constantFrom('a', 'é', ' ', '\n', '\r', '\r\n', '😀', '#'), { maxLength: 60 }).map((parts) => parts.join(''));

  it('positionAt, offsetAt, getText, getLineRange, getEOLCharacters and lineCount agree with TextDocument on any line endings', () => {
    fc.assert(fc.property(text, fc.array(fc.integer({ min: -3, max: 70 }), { minLength: 1, maxLength: 8 }), (t, numbers) => {
      const expected = TextDocument.create('file:///c.md', 'markdown', 3, t);
      const actual = snapshotDocument('file:///c.md', 'markdown', 3, t);
      assert.equal(actual.lineCount, expected.lineCount);
      assert.equal(actual.getText(), t);
      for (const n of numbers) {
        assert.deepEqual(actual.positionAt(n), expected.positionAt(n), `positionAt(${n}) of ${JSON.stringify(t)}`);
        assert.equal(actual.getEOLCharacters(n % 5), expected.getEOLCharacters(n % 5));
        assert.deepEqual(actual.getLineRange(n % 5), expected.getLineRange(n % 5));
        for (const character of [-1, 0, 1, n, 100]) {
          const position = { line: n % 6, character };
          assert.equal(actual.offsetAt(position), expected.offsetAt(position), `offsetAt(${JSON.stringify(position)}) of ${JSON.stringify(t)}`);
          const range = { start: { line: 0, character: 1 }, end: position };
          assert.equal(actual.getText(range), expected.getText(range));
        }
      }
    }), { numRuns: 500 });
  });
});
