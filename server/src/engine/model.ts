import type { Document } from 'yaml';
import type { LineIndex } from './positions';
import type { TextPart } from './text/local';
import type { TokenStream } from './text/tokens';
import type { OffsetRange, SourceKind } from './types';

/**
 * The one document model every check reads, whatever the source: Markdown and YAML both
 * become units of text (the smallest pieces evidence is found in), grouped into sections.
 */

export type UnitKind = 'heading' | 'paragraph' | 'listItem' | 'table' | 'frontMatter' | 'yamlValue' | 'yamlKey';

export interface Unit {
  kind: UnitKind;
  start: number;
  end: number;
  /** Token index range in the stream: [first, end). */
  tokens: [number, number];
  /** Index of the section whose own body holds the unit, or -1 in the preamble. */
  section: number;
  /** Units that form one list (Markdown) share a list id; -1 otherwise. */
  list: number;
}

export interface Section {
  /** The heading unit (Markdown heading, YAML key or title value). */
  headingUnit: number;
  heading: OffsetRange;
  level: number;
  parent: number;
  /** Range of the whole section, subsections included. */
  start: number;
  end: number;
  /** Units [headingUnit, ownEndUnit) are the section's own body; [headingUnit, endUnit) with subsections. */
  ownEndUnit: number;
  endUnit: number;
  /** YAML: key path of the mapping this section stands for. */
  keyPath?: string[];
}

export interface Comment {
  range: OffsetRange;
  /** Text of the comment without its delimiters. */
  body: string;
}

export interface DocumentMeta {
  type?: { value: string; range: OffsetRange };
  language?: { value: string; range: OffsetRange };
  title?: { value: string; range: OffsetRange };
}

export interface ParseProblem {
  range: OffsetRange;
  message: string;
}

export interface CharterModel {
  kind: SourceKind;
  text: string;
  lines: LineIndex;
  tokens: TokenStream;
  units: Unit[];
  sections: Section[];
  /** The heading that titles the whole document (about nothing), -1 if none. */
  titleSection: number;
  /** Unit ranges [from, to) that are scopes of their own: preamble paragraphs (+ list), front matter values. */
  preambleScopes: Array<[number, number]>;
  meta: DocumentMeta;
  comments: Comment[];
  problems: ParseProblem[];
  /** The pieces the text was analysed in (word hits are found per piece, in `tokens` order). */
  parts: TextPart[];
  /** YAML sources only. */
  yaml?: { doc: Document.Parsed; followsSchema: boolean };
  /** Markdown: offset where the body starts (after front matter). */
  bodyStart: number;
  /**
   * Markdown: what closes a code fence or HTML block left open at the end of the text (```` ``` ````,
   * `-->`), since anything appended would fall inside it.
   */
  openAtEnd?: string;
}

/**
 * Builds sections' extents from headings given in document order: a section ends at the next
 * heading of its level or above, its parent is the nearest heading above it of a lower level.
 * One pass with a stack of the sections still open, so 100,000 headings cost 100,000 steps.
 */
export function closeSections(sections: Section[], units: Unit[], textLength: number): void {
  const open: number[] = [];
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]!;
    const next = sections[i + 1];
    s.ownEndUnit = next ? next.headingUnit : units.length;
    // Levels on the stack increase strictly: this heading closes those at its level or below.
    while (open.length > 0 && sections[open[open.length - 1]!]!.level >= s.level) {
      const closed = sections[open.pop()!]!;
      closed.endUnit = s.headingUnit;
      if (closed.end < 0) closed.end = s.start;
    }
    s.parent = open.length > 0 ? open[open.length - 1]! : -1;
    open.push(i);
  }
  for (const i of open) {
    const s = sections[i]!;
    s.endUnit = units.length;
    if (s.end < 0) s.end = textLength;
  }
}

const preambleIndex = new WeakMap<CharterModel, Int32Array>();

/** The index of the preamble scope holding `unit`, or -1 (a lookup table built once per model). */
export function preambleScopeOf(model: CharterModel, unit: number): number {
  let index = preambleIndex.get(model);
  if (!index) {
    index = new Int32Array(model.units.length).fill(-1);
    model.preambleScopes.forEach(([a, b], i) => index!.fill(i, a, b));
    preambleIndex.set(model, index);
  }
  return index[unit] ?? -1;
}

/**
 * The start of the row (line, ended by \n) that holds offset `at`, not before `from`: a table's row,
 * when `from` is the table's start. The model's line starts are searched (asked for every mention
 * in a table, a search back through the row cost more); a line broken by a lone \r is no row, nor
 * is the first line one after a \n: there the text is searched.
 */
export function rowStartAt(model: CharterModel, from: number, at: number): number {
  const { text, lines } = model;
  const line = lines.lineStart(lines.lineOf(at));
  return Math.max(from, line > 0 && text.charCodeAt(line - 1) === 10 ? line : text.lastIndexOf('\n', at - 1) + 1);
}
