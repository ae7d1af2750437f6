import assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt, { type StateBlock } from 'markdown-it';
import { BlockState } from '../../server/src/engine/parse/markdown';
import { corpusMarkdown } from './corpus-markdown';

/**
 * The model's block state finds the lines with indexOf; its marks of every line (begin, end,
 * indent, width with tabs expanded) must be those of markdown-it's own StateBlock, whose rules
 * read them.
 */
const md = new MarkdownIt();
const Stock = md.block.State;
const Mine = BlockState as unknown as typeof Stock;

function marks(State: typeof Stock, src: string): unknown {
  const s: StateBlock = new State(src, md, {}, []);
  return { b: s.bMarks, e: s.eMarks, t: s.tShift, s: s.sCount, bs: s.bsCount, max: s.lineMax, proto: Object.getPrototypeOf(s) === Stock.prototype };
}

describe('block state', () => {
  it('marks the lines markdown-it marks, on generated texts', () => {
    const piece = fc.constantFrom(' ', '  ', '\t', ' \t', '\n', '\n\n', 'a', 'b c', '- ', '#', '\u00a0', 'é', '\u3000', '\r');
    fc.assert(fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
      const src = pieces.join('');
      assert.deepEqual(marks(Mine, src), marks(Stock, src), JSON.stringify(src));
    }), { numRuns: 20000 });
  });

  it('the comparison can fail: blanks that end the text make no line', () => {
    const src = 'a\n  \tb\n   ';
    const found = marks(Mine, src) as { b: number[]; e: number[]; t: number[]; s: number[] };
    assert.deepEqual([found.b, found.e, found.t, found.s], [[0, 2, 10], [1, 6, 10], [0, 3, 0], [0, 4, 0]]);
    assert.deepEqual(found, marks(Stock, src));
    assert.notDeepEqual(marks(Stock, 'a\n  \tb\n   x'), found);
  });

  it('agrees with markdown-it on every Markdown document of the test corpus', () => {
    let files = 0;
    for (const { file, text: raw } of corpusMarkdown()) {
      const text = raw.replace(/\r\n?/g, '\n');
      assert.deepEqual(marks(Mine, text), marks(Stock, text), file);
      files++;
    }
    assert.ok(files > 10, `the corpus has Markdown documents (${files})`);
  });
});
