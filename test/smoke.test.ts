import assert from 'node:assert/strict';
import { LineIndex } from '../server/src/engine/positions';

describe('LineIndex', () => {
  it('maps offsets to 1-based positions across CRLF lines', () => {
    const idx = new LineIndex('ab\r\ncd\nef');
    assert.deepEqual(idx.position(0), { line: 1, column: 1 });
    assert.deepEqual(idx.position(4), { line: 2, column: 1 });
    assert.deepEqual(idx.position(8), { line: 3, column: 2 });
    assert.equal(idx.lineEnd(0), 2);
  });
});
