import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseCharter } from '../../server/src/engine';
import { rowStartAt } from '../../server/src/engine/model';

/**
 * A table's rows are its lines ended by \n (a lone \r ends a line for positions, not a row):
 * rowStartAt searches the model's line starts, and must find what a search back through the text
 * for the last \n finds, for every offset and every place a table may start.
 */
describe('rowStartAt', () => {
  it('finds the row a search back to the last line feed finds, with \\n, \\r\\n and lone \\r line breaks', () => {
    const piece = fc.constantFrom('| a | b |', '|---|---|', 'a', ' ', '\n', '\r\n', '\r', '\n\n', '# t', '- i');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const text = pieces.join('');
      const model = parseCharter(text, 'markdown');
      for (let from = 0; from <= text.length; from++) {
        for (let at = from; at <= text.length; at++) {
          assert.equal(rowStartAt(model, from, at), Math.max(from, text.lastIndexOf('\n', at - 1) + 1), `${JSON.stringify(text)} from ${from} at ${at}`);
        }
      }
    }), { numRuns: 300 });
  });
});
