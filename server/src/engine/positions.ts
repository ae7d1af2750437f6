import type { OffsetRange, Position1 } from './types';

/**
 * Maps UTF-16 offsets to 1-based line/column (columns in UTF-16 code units, as LSP and
 * SARIF's default `utf16CodeUnits` expect). Lines end at \n, \r\n or a lone \r, as in LSP and
 * in markdown-it (so that its line numbers and these agree in a file of mixed line endings).
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string, starts?: number[]) {
    this.starts = starts ?? LineIndex.startsOf(text);
  }

  /**
   * The index of a text made of consecutive pieces, each cut after a line break, from the
   * pieces' own indexes (a long document parsed in pieces counts its lines once, per piece).
   */
  static join(text: string, pieces: ReadonlyArray<{ lines: LineIndex; offset: number }>): LineIndex {
    if (pieces.length === 1 && pieces[0]!.offset === 0) return pieces[0]!.lines;
    const starts: number[] = [0];
    for (const { lines, offset } of pieces) {
      // A piece's first line starts where the one before ended (its last, empty, line).
      const own = lines.starts;
      for (let i = 1; i < own.length; i++) starts.push(own[i]! + offset);
    }
    return new LineIndex(text, starts);
  }

  private static startsOf(text: string): number[] {
    const starts = [0];
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
      }
    }
    return starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line containing `offset`. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))] ?? 0;
  }

  /** Offset just before the line break of `line` (excluding \r\n, \n or \r). */
  lineEnd(line: number): number {
    const next = this.starts[line + 1];
    if (next === undefined) return this.text.length;
    let end = next - 1;
    if (this.text.charCodeAt(end) === 10 && end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  position(offset: number): Position1 {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    return { line: line + 1, column: clamped - this.lineStart(line) + 1 };
  }

  range(range: OffsetRange): { start: Position1; end: Position1 } {
    return { start: this.position(range.start), end: this.position(range.end) };
  }
}
