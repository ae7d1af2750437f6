import assert from 'node:assert/strict';
import { lintModel, parseCharter } from '../../server/src/engine';
import type { CharterModel } from '../../server/src/engine/model';

/** The model's content as plain data (its parts are how it was parsed, not what it says). */
function shape(model: CharterModel): unknown {
  const t = model.tokens;
  const n = t.length;
  return {
    units: model.units, sections: model.sections, titleSection: model.titleSection, preambleScopes: model.preambleScopes,
    meta: model.meta, comments: model.comments, problems: model.problems, bodyStart: model.bodyStart, openAtEnd: model.openAtEnd,
    keys: t.keys, starts: [...t.starts.subarray(0, n)], ends: [...t.ends.subarray(0, n)],
    sentences: [...t.sentences.subarray(0, n)], clauses: [...t.clauses.subarray(0, n)],
    lines: Array.from({ length: model.lines.lineCount }, (_, i) => [model.lines.lineStart(i), model.lines.lineEnd(i)]),
  };
}

export function assertSameAsWhole(text: string, filePath = 'charte.md'): void {
  const whole = parseCharter(text, 'markdown', { pieces: 'never' });
  const pieces = parseCharter(text, 'markdown', { pieces: 'always' });
  assert.deepEqual(shape(pieces), shape(whole), `${filePath}: the model parsed in pieces differs`);
  assert.deepEqual(lintModel(pieces, filePath), lintModel(whole, filePath), `${filePath}: the lint parsed in pieces differs`);
}
