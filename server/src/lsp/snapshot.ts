import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../engine';

/**
 * A frozen text with LSP positions, read from the engine's own line index: the lint of a charter
 * has already found its lines, so a 1 MB document is not scanned a second time for them.
 * Positions behave as vscode-languageserver-textdocument's (a position never falls inside or
 * after a line break: it is moved to the end of the line).
 */
export function snapshotDocument(uri: string, languageId: string, version: number, text: string, lines = new LineIndex(text)): TextDocument {
  const isEol = (code: number): boolean => code === 10 || code === 13;
  const beforeEol = (offset: number, lineStart: number): number => {
    while (offset > lineStart && isEol(text.charCodeAt(offset - 1))) offset--;
    return offset;
  };
  const nextLineStart = (line: number): number => (line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length);
  const offsetAt = (position: Position): number => {
    if (position.line >= lines.lineCount) return text.length;
    if (position.line < 0) return 0;
    const start = lines.lineStart(position.line);
    if (position.character <= 0) return start;
    return beforeEol(Math.min(start + position.character, nextLineStart(position.line)), start);
  };
  return {
    uri,
    languageId,
    version,
    lineCount: lines.lineCount,
    getText(range?: Range): string {
      return range ? text.substring(offsetAt(range.start), offsetAt(range.end)) : text;
    },
    positionAt(offset: number): Position {
      const clamped = Math.max(Math.min(offset, text.length), 0);
      const line = lines.lineOf(clamped);
      const start = lines.lineStart(line);
      return { line, character: beforeEol(clamped, start) - start };
    },
    offsetAt,
    getLineRange(line: number): Range {
      if (line >= lines.lineCount) {
        const last = lines.lineCount - 1;
        return { start: { line: last, character: 0 }, end: { line: last, character: text.length - lines.lineStart(last) } };
      }
      if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const start = lines.lineStart(line);
      return { start: { line, character: 0 }, end: { line, character: beforeEol(nextLineStart(line), start) - start } };
    },
    getEOLCharacters(line: number): string {
      if (line < 0 || line >= lines.lineCount) return '';
      const next = nextLineStart(line);
      return text.substring(beforeEol(next, lines.lineStart(line)), next);
    },
  };
}
