import assert from 'node:assert/strict';
import fc from 'fast-check';
import { toFileReport } from '../../server/src/cli/report';
import { applyFixes, autoFixes, fixAll, lint, LineIndex, type Fix, type LintResult } from '../../server/src/engine';
import { charter, markdownCharter } from './arbitraries';
import { assertSameAsWhole } from '../engine/pieces';
import { fuzzPlan, keepsInOrder, runProperty, summary, type Tally } from './fuzz';

/**
 * Properties of the engine over generated charters (test/robustness/arbitraries.ts): it never
 * throws, every range it returns lies inside the document, the same input gives the same output,
 * and fixes only insert and settle. `npm run fuzz` runs them for a long time (ROBUSTNESS.md).
 */

function rangesInside(result: LintResult, length: number): void {
  const inside = (start: number, end: number, what: string) => {
    assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: offsets ${start}-${end} are not integers`);
    assert.ok(start >= 0 && start <= end && end <= length, `${what}: ${start}-${end} is outside the document (length ${length})`);
  };
  for (const d of result.diagnostics) {
    inside(d.range.start, d.range.end, `${d.ruleId} range`);
    for (const ins of d.fix?.insertions ?? []) inside(ins.offset, ins.offset, `${d.ruleId} fix`);
    if (d.fix?.snippet) inside(d.fix.snippet.offset, d.fix.snippet.offset, `${d.ruleId} snippet`);
  }
  for (const [code, ranges] of Object.entries(result.evidence)) for (const r of ranges ?? []) inside(r.start, r.end, `${code} evidence`);
  // The same ranges as lines and columns (the CLI's report): on a line of the document.
  const lines = new LineIndex(result.text);
  for (const m of toFileReport(result, 'charte').messages) {
    assert.ok(m.line >= 1 && m.endLine <= lines.lineCount && m.column >= 1 && m.endColumn >= 1, `${m.ruleId} at ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`);
  }
}

/** A subset of the fixes, chosen by the bits of `mask`. */
function someFixes(result: LintResult, mask: number): Fix[] {
  return result.diagnostics.flatMap((d, i) => (d.fix && (mask >>> (i % 31)) & 1 ? [d.fix] : []));
}

describe('robustness: engine properties over generated Markdown and YAML charters', function () {
  const plan = fuzzPlan(4);
  const tallies: Tally[] = [];
  // A long run is the time budget plus margin; the default (25 cases each) takes a few seconds.
  this.timeout(plan.millisPerProperty !== undefined ? plan.millisPerProperty * 4 + 120_000 : 60_000);
  after(() => {
    if (plan.long) console.log(summary(tallies));
  });

  it('never throws, returns the text it was given, and every range lies inside the document', () => {
    runProperty('never throws, ranges inside', plan, charter, ({ text, filePath }) => {
      const result = lint({ text, filePath });
      assert.equal(result.text, text);
      rangesInside(result, text.length);
    }, tallies);
  });

  it('is deterministic: the same input gives the same output', () => {
    runProperty('deterministic', plan, charter, ({ text, filePath }) => {
      const first = JSON.stringify(lint({ text, filePath }));
      const second = JSON.stringify(lint({ text, filePath }, {}));
      assert.equal(second, first);
    }, tallies);
  });

  it('Markdown parsed in pieces (cut at first-column headings) gives the model and the lint of one whole parse', () => {
    runProperty('pieces = whole', plan, markdownCharter, (text) => assertSameAsWhole(text), tallies);
  });

  it('fixes only insert: after any set of fixes the original text is still there, in order, BOM first', () => {
    runProperty('fixes only insert', plan, fc.tuple(charter, fc.nat()), ([{ text, filePath }, mask]) => {
      const result = lint({ text, filePath });
      for (const fixes of [someFixes(result, mask), autoFixes(result), result.diagnostics.flatMap((d) => (d.fix ? [d.fix] : []))]) {
        const fixed = applyFixes(text, fixes);
        assert.ok(keepsInOrder(text, fixed), 'a fix removed or reordered text');
        if (text.startsWith('\uFEFF')) assert.ok(fixed.startsWith('\uFEFF'), 'a fix went before the BOM');
      }
      assert.equal(applyFixes(text, []), text);
    }, tallies);
  });

  it('fixes settle: applying them twice (--fix twice) equals once, and once keeps the original text', () => {
    runProperty('fix twice = once', plan, charter, ({ text, filePath }) => {
      const lintText = (t: string) => lint({ text: t, filePath });
      const once = fixAll(text, lintText);
      assert.ok(keepsInOrder(text, once.text), '--fix removed or reordered text');
      const twice = fixAll(once.text, lintText);
      assert.equal(twice.text, once.text, 'a second --fix changed the text again');
    }, tallies);
  });

  it('the subsequence check can fail (a removal is caught)', () => {
    assert.equal(keepsInOrder('abc', 'aXbYc'), true);
    assert.equal(keepsInOrder('abc', 'acb'), false);
    assert.equal(keepsInOrder('abc', 'ab'), false);
  });
});
