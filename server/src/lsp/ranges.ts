import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigProblem } from '../config';
import type { OffsetRange } from '../engine';

/** The one place where engine offsets become LSP ranges (UTF-16, like the offsets). */
export function toRange(document: TextDocument, range: OffsetRange): Range {
  return { start: document.positionAt(range.start), end: document.positionAt(range.end) };
}

export function containsOffset(range: OffsetRange, offset: number): boolean {
  return range.start <= offset && offset <= range.end;
}

/** The whole first line: where document-wide problems (internal error, configuration) are shown. */
export function firstLineRange(document: TextDocument): Range {
  const text = document.getText();
  const eol = text.search(/\r?\n/);
  return { start: { line: 0, character: 0 }, end: { line: 0, character: eol < 0 ? text.length : eol } };
}

/**
 * A configuration problem (1-based line and column) as a range: from its column to the end of the
 * line's content, or the whole first line when the problem has no position.
 */
export function problemRange(problem: ConfigProblem, document: TextDocument | undefined): Range {
  if (problem.line === undefined || !document) {
    return document ? firstLineRange(document) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  }
  const line = Math.max(0, problem.line - 1);
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
  const start = Math.min(Math.max(0, (problem.column ?? 1) - 1), text.length);
  const end = Math.max(text.trimEnd().length, start);
  return { start: { line, character: start }, end: { line, character: end === start ? text.length : end } };
}
