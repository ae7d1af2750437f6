import MarkdownIt, { type StateBlock, type StateCore, type Token } from 'markdown-it';
import frontMatter from 'markdown-it-front-matter';
import { isScalar, visit } from 'yaml';
import { LineIndex } from '../positions';
import { readYaml } from './read-yaml';
import { expectedTokens, ownCopy, TokenStream } from '../text/tokens';
import type { Lexicon } from '../vocabulary';
import { findLocalHits, PartMemo, type LocalHits, type TextPart } from '../text/local';
import { TextMemo } from '../text/memo';
import { MatchedHit } from '../text/matcher';
import { closeSections, type CharterModel, type Comment, type DocumentMeta, type Section, type Unit, type UnitKind } from '../model';

/**
 * Block structure is all the model needs (headings, paragraphs, list items, tables, front matter):
 * inline parsing and typography are switched off, which halves the parse of a long charter.
 */
const markdown = new MarkdownIt({ html: true })
  .use(frontMatter, () => undefined)
  .disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
/** The same without front matter: for a document whose front matter is never closed. */
const withoutFrontMatter = new MarkdownIt({ html: true }).disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);

/**
 * markdown-it's `normalize` rule, without its copies: it turns line breaks into \n and NUL into
 * U+FFFD with two `replace` over the whole text, which copy it even when there is nothing to
 * replace (a charter seldom has a \r, almost never a NUL). The same text comes out.
 */
function normalizeText(state: StateCore): void {
  let src = state.src;
  if (src.includes('\r')) src = src.replace(/\r\n?/g, '\n');
  if (src.includes('\0')) src = src.replace(/\0/g, '\uFFFD');
  state.src = src;
}
/** markdown-it's limit on the cells a table may leave out (markdown-it issue 1000). */
const MAX_AUTOCOMPLETED_CELLS = 0x10000;

/**
 * markdown-it's GFM table rule (markdown-it 14, lib/rules_block/table.mjs) reduced to what the
 * model reads: the same lines make a table and it ends on the same line, but only `table_open`
 * (with its map) and `table_close` are pushed. The original pushes a row token, and a cell token
 * and its inline token per cell, after splitting every row into strings: a fifth of all the memory
 * a lint allocated on the benchmark corpus. Each step below is the original's, in its order.
 */
export function tableBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (startLine + 2 > endLine) return false;
  let nextLine = startLine + 1;
  if (state.sCount[nextLine]! < state.blkIndent) return false;
  if (state.sCount[nextLine]! - state.blkIndent >= 4) return false;
  // The delimiter row: /^[-:|][-:|\s]*$/, and not "- " (a list item).
  let pos = state.bMarks[nextLine]! + state.tShift[nextLine]!;
  if (pos >= state.eMarks[nextLine]!) return false;
  const firstCh = state.src.charCodeAt(pos++);
  if (firstCh !== 0x7c && firstCh !== 0x2d && firstCh !== 0x3a) return false;
  if (pos >= state.eMarks[nextLine]!) return false;
  const secondCh = state.src.charCodeAt(pos++);
  if (secondCh !== 0x7c && secondCh !== 0x2d && secondCh !== 0x3a && !isBlank(secondCh)) return false;
  if (firstCh === 0x2d && isBlank(secondCh)) return false;
  while (pos < state.eMarks[nextLine]!) {
    const ch = state.src.charCodeAt(pos);
    if (ch !== 0x7c && ch !== 0x2d && ch !== 0x3a && !isBlank(ch)) return false;
    pos++;
  }
  const delimiters = lineOf(state, startLine + 1).split('|');
  let alignCount = 0;
  for (let i = 0; i < delimiters.length; i++) {
    const t = delimiters[i]!.trim();
    if (!t) {
      // Empty columns are allowed before and after the table, not between columns.
      if (i === 0 || i === delimiters.length - 1) continue;
      return false;
    }
    if (!/^:?-+:?$/.test(t)) return false;
    alignCount++;
  }
  const header = lineOf(state, startLine).trim();
  if (header.indexOf('|') === -1) return false;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const columnCount = cellCount(header);
  if (columnCount === 0 || columnCount !== alignCount) return false;
  if (silent) return true;

  const oldParentType = state.parentType;
  // markdown-it's own value here, which its typings leave out.
  state.parentType = 'table' as StateBlock['parentType'];
  const terminatorRules = state.md.block.ruler.getRules('blockquote');
  const open = state.push('table_open', 'table', 1);
  const tableLines: [number, number] = [startLine, 0];
  open.map = tableLines;
  let autocompletedCells = 0;
  for (nextLine = startLine + 2; nextLine < endLine; nextLine++) {
    if (state.sCount[nextLine]! < state.blkIndent) break;
    let terminate = false;
    for (const rule of terminatorRules) {
      if (rule(state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) break;
    const row = lineOf(state, nextLine).trim();
    if (!row) break;
    if (state.sCount[nextLine]! - state.blkIndent >= 4) break;
    autocompletedCells += columnCount - cellCount(row);
    if (autocompletedCells > MAX_AUTOCOMPLETED_CELLS) break;
  }
  state.push('table_close', 'table', -1);
  tableLines[1] = nextLine;
  state.parentType = oldParentType;
  state.line = nextLine;
  return true;
}

function lineOf(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
}

function isBlank(code: number): boolean {
  return code === 0x09 || code === 0x20;
}

/**
 * How many cells markdown-it's escapedSplit finds in a trimmed row, once an empty first and an
 * empty last cell are dropped: cells are cut at each | not right after a backslash; the first is
 * empty when the row starts with a |, the last when it ends with a | not right after a backslash.
 * Counted without cutting the row into strings, the |s found with indexOf (a row is read once per
 * character otherwise: 1 % of a lint of the benchmark's Markdown corpus, which has many tables).
 */
function cellCount(row: string): number {
  let cells = 1;
  let endsWithPipe = false;
  for (let pos = row.indexOf('|'); pos >= 0; pos = row.indexOf('|', pos + 1)) {
    const pipe = pos === 0 || row.charCodeAt(pos - 1) !== 0x5c;
    if (pipe) cells++;
    endsWithPipe = pipe && pos === row.length - 1;
  }
  if (row.length === 0 || row.charCodeAt(0) === 0x7c) cells--;
  if (cells > 0 && endsWithPipe) cells--;
  return cells;
}

/**
 * markdown-it's block state (markdown-it 14, lib/rules_block/state_block.mjs) with the same marks
 * of its lines, found with indexOf: the original reads every character of the text to find the
 * line feeds (4 % of a lint of the benchmark's Markdown corpus), where only each line's leading
 * blanks need reading. The fields are set in the original's order, its prototype is the original's.
 */
export function BlockState(this: StateBlock, src: string, md: MarkdownIt, env: unknown, tokens: Token[]): void {
  this.src = src;
  this.md = md;
  this.env = env;
  this.tokens = tokens;
  this.bMarks = [];
  this.eMarks = [];
  this.tShift = [];
  this.sCount = [];
  this.bsCount = [];
  this.blkIndent = 0;
  this.line = 0;
  this.lineMax = 0;
  this.tight = false;
  this.ddIndent = -1;
  this.listIndent = -1;
  this.parentType = 'root';
  this.level = 0;
  const length = src.length;
  for (let start = 0; start < length;) {
    // The line's blanks: its indent, and its width with tabs expanded to the next multiple of 4.
    let pos = start;
    let offset = 0;
    for (; pos < length; pos++) {
      const ch = src.charCodeAt(pos);
      if (ch === 0x20) offset++;
      else if (ch === 0x09) offset += 4 - (offset % 4);
      else break;
    }
    // Blanks that end the text without a line feed make no line (nor do they in the original).
    if (pos === length) break;
    const end = src.indexOf('\n', pos);
    const lineEnd = end < 0 ? length : end;
    this.bMarks.push(start);
    this.eMarks.push(lineEnd);
    this.tShift.push(pos - start);
    this.sCount.push(offset);
    this.bsCount.push(0);
    start = lineEnd + 1;
  }
  // The original's last, empty line, which spares its rules a check of bounds.
  this.bMarks.push(length);
  this.eMarks.push(length);
  this.tShift.push(0);
  this.sCount.push(0);
  this.bsCount.push(0);
  this.lineMax = this.bMarks.length - 1;
}

BlockState.prototype = markdown.block.State.prototype;
for (const parser of [markdown, withoutFrontMatter]) {
  parser.core.ruler.at('normalize', normalizeText);
  parser.block.ruler.at('table', tableBlock, { alt: ['paragraph', 'reference'] });
  parser.block.State = BlockState as unknown as typeof parser.block.State;
}

/**
 * A piece of the document parsed on its own, with offsets relative to its start: a segment runs
 * from one top-level ATX heading (`#` in the first column) to the next. A heading in the first
 * column closes every block but a code fence, an HTML block or front matter, so when none of
 * those is left open the pieces parse as the whole would; when one is, the piece grows.
 * markdown-it's time grows faster than the text on long documents (its state and GC): in pieces
 * a 1 MB charter parses three times faster, and an edit re-parses only the piece it touched.
 */
interface Segment {
  text: string;
  lines: LineIndex;
  units: Unit[];
  /** Local unit index and level of each heading. */
  headings: Array<{ unit: number; level: number }>;
  lists: number;
  stream: TokenStream;
  /** A fence, an HTML block or front matter runs to the end of the piece: it may not end here. */
  open: boolean;
  openAtEnd?: string;
  /** The first piece only: front matter. */
  meta: DocumentMeta;
  problems: CharterModel['problems'];
  bodyStart: number;
  local?: { lex: Lexicon; value: LocalHits };
  /** The hits numbered from the piece's place in the last document it was part of. */
  placed?: { lex: Lexicon; tokenBase: number; value: LocalHits };
  /** What the checks computed from the piece alone (TextPart.memo). */
  memo?: PartMemo;
}

/**
 * The pieces of one document's last parse, by text: an edit re-parses only the piece it changed
 * (the language server keeps one per open document).
 *
 * Pieces are found by their length, then compared: a Map keyed by the text itself hashed every
 * piece of the document at every keystroke (a fifth of the parse of a 1 MB charter).
 */
export class SegmentCache {
  private byLength = new Map<number, Array<{ head: boolean; segment: Segment }>>();
  /** The token stream of the last parse: the next one copies the part before an edit from it. */
  lastTokens: TokenStream | undefined;
  /** Pieces found in the cache, and pieces parsed, since it was made. */
  reused = 0;
  parsed = 0;

  /** Used by one parse: starts the set of pieces it keeps. */
  begin(): { get(text: string, head: boolean): Segment | undefined; set(text: string, head: boolean, segment: Segment): void; end(): void } {
    const kept = new Map<number, Array<{ head: boolean; segment: Segment }>>();
    const keep = (head: boolean, segment: Segment): void => {
      const list = kept.get(segment.text.length);
      if (!list) kept.set(segment.text.length, [{ head, segment }]);
      // A piece written twice in the document is kept once.
      else if (!list.some((e) => e.segment === segment)) list.push({ head, segment });
    };
    return {
      get: (text, head) => {
        const segment = this.byLength.get(text.length)?.find((e) => e.head === head && e.segment.text === text)?.segment;
        if (segment) {
          keep(head, segment);
          this.reused++;
        }
        return segment;
      },
      set: (_, head, segment) => {
        keep(head, segment);
        this.parsed++;
      },
      end: () => {
        this.byLength = kept;
      },
    };
  }

  get size(): number {
    let size = 0;
    for (const list of this.byLength.values()) size += list.length;
    return size;
  }
}

export interface MarkdownParseOptions {
  /** Pieces of this document's previous parse, reused where the text is unchanged. */
  cache?: SegmentCache;
  /**
   * `auto` (the default): in pieces from 32 KB on when a `cache` keeps them for the next parse (a
   * language server's open document, edited a keystroke at a time), whole otherwise;
   * `always` (what the tests compare); `never`: the whole text as one piece.
   *
   * A parse that nothing keeps (the CLI, `lint`) gains nothing from pieces and pays for them
   * (setting each up, joining their tokens and lines, numbering their hits again): over the
   * benchmark's generated documents, a whole parse linted in 0.75 of the time in pieces at 100 KB,
   * 0.91 at 1 MB, 0.88 at 10 MB, and the Markdown corpus's 86 documents of 32 KB or more in 0.74.
   * (Pieces were chosen when markdown-it's tokens of a long document filled the young generation;
   * the model has since stopped asking it for inline tokens and table cells.)
   */
  pieces?: 'auto' | 'always' | 'never';
}

/** From this length on, a document kept in a cache is parsed in pieces (below, setting pieces up costs more than an edit saves). */
export const PIECES_FROM = 32 * 1024;

/** Parses Markdown (CommonMark, with YAML front matter) into the document model. */
export function parseMarkdown(text: string, options: MarkdownParseOptions = {}): CharterModel {
  const session = options.cache?.begin();
  const get = (start: number, end: number): Segment => {
    const piece = text.slice(start, end);
    const head = start === 0;
    let segment = session?.get(piece, head);
    if (!segment && session) {
      // A kept piece holds its own copy of its text: a slice would keep alive the whole text of the
      // document it was cut from, one old version of a long charter per piece edited.
      segment = parseSegment(ownCopy(piece), head);
      session.set(piece, head, segment);
    }
    segment ??= parseSegment(piece, head);
    return segment;
  };
  const pieces: Array<{ segment: Segment; start: number }> = [];
  const mode = options.pieces ?? 'auto';
  if (mode === 'never' || (mode === 'auto' && (!session || text.length < PIECES_FROM))) {
    pieces.push({ segment: get(0, text.length), start: 0 });
  } else {
    const cuts = headingLineStarts(text);
    let start = 0;
    let next = 0;
    do {
      let k = next;
      let end = cuts[k] ?? text.length;
      let segment = get(start, end);
      // A block left open grows the piece to at least twice its length: linear even when every
      // heading sits in a code fence.
      while (segment.open && end < text.length) {
        const want = start + 2 * (end - start);
        while (k < cuts.length && cuts[k]! < want) k++;
        end = cuts[k] ?? text.length;
        segment = get(start, end);
      }
      pieces.push({ segment, start });
      start = end;
      next = k + 1;
    } while (start < text.length);
  }
  session?.end();
  const model = assemble(text, pieces, options.cache?.lastTokens);
  if (options.cache) options.cache.lastTokens = model.tokens;
  return model;
}

/** Offsets of the lines (but the first) that start with an ATX heading in the first column. */
function headingLineStarts(text: string): number[] {
  const found: number[] = [];
  if (text.includes('\r')) {
    const re = /(?:\r\n|\r|\n)#{1,6}(?=[ \t\r\n]|$)/g;
    for (let m = re.exec(text); m; m = re.exec(text)) found.push(m.index + m[0].indexOf('#'));
    return found;
  }
  // Line feeds only (nearly every document): a search for "\n#", as the expression above would
  // match, without running it over the whole text.
  for (let at = text.indexOf('\n#'); at >= 0; at = text.indexOf('\n#', at + 2)) {
    let hashes = 1;
    while (hashes <= 6 && text.charCodeAt(at + 1 + hashes) === 0x23) hashes++;
    if (hashes > 6) continue;
    const after = at + 1 + hashes;
    const c = text.charCodeAt(after);
    if (after === text.length || c === 0x20 || c === 0x09 || c === 0x0a) found.push(at + 1);
  }
  return found;
}


/** Joins the pieces into one model: offsets, tokens, units, lists and sections renumbered. */
function assemble(text: string, pieces: Array<{ segment: Segment; start: number }>, previous?: TokenStream): CharterModel {
  const tokens = TokenStream.join(pieces.map(({ segment, start }) => ({ stream: segment.stream, offset: start })), previous);
  const lines = LineIndex.join(text, pieces.map(({ segment, start }) => ({ lines: segment.lines, offset: start })));
  const units: Unit[] = [];
  const sections: Section[] = [];
  const parts: TextPart[] = [];
  let lists = 0;
  let tokenBase = 0;
  for (const { segment, start } of pieces) {
    const unitBase = units.length;
    const sectionBase = sections.length;
    for (const u of segment.units) {
      units.push({
        kind: u.kind, start: u.start + start, end: u.end + start, tokens: [u.tokens[0] + tokenBase, u.tokens[1] + tokenBase],
        // -1 (before the piece's first heading) is the previous piece's last section.
        section: u.section + sectionBase, list: u.list < 0 ? -1 : u.list + lists,
      });
    }
    for (const h of segment.headings) {
      const unit = units[h.unit + unitBase]!;
      sections.push({ headingUnit: h.unit + unitBase, heading: { start: unit.start, end: unit.end }, level: h.level, parent: -1, start: unit.start, end: -1, ownEndUnit: 0, endUnit: 0 });
    }
    lists += segment.lists;
    const base = tokenBase;
    parts.push({
      tokenBase: base, unitBase, offset: start,
      hits: (lex) => placedHits(segment, lex, base),
      memo: (compute) => (segment.memo ??= new PartMemo()).get(compute, segment.text, segment.units, segment.stream),
    });
    tokenBase += segment.stream.length;
  }
  closeSections(sections, units, text.length);
  const head = pieces[0]!.segment;
  const last = pieces[pieces.length - 1]!.segment;
  const titleSection = findTitle(sections);
  return {
    kind: 'markdown',
    text,
    lines,
    tokens,
    units,
    sections,
    titleSection,
    preambleScopes: preambleScopes(units, sections, titleSection),
    meta: withTitle(head.meta, sections, titleSection, text, units),
    comments: comments(text),
    problems: head.problems,
    bodyStart: head.bodyStart,
    parts,
    ...(last.openAtEnd !== undefined ? { openAtEnd: last.openAtEnd } : {}),
  };
}

function localHits(segment: Segment, lex: Lexicon): LocalHits {
  if (segment.local?.lex !== lex) segment.local = { lex, value: findLocalHits(segment.stream, segment.text, segment.units, lex) };
  return segment.local.value;
}

/** The piece's hits numbered in the document's stream; kept while the piece stays at the same token. */
function placedHits(segment: Segment, lex: Lexicon, tokenBase: number): LocalHits {
  const local = localHits(segment, lex);
  if (tokenBase === 0) return local;
  if (segment.placed?.lex !== lex || segment.placed.tokenBase !== tokenBase) {
    const hits = local.hits.map((h) => new MatchedHit(h.group, h.first + tokenBase, h.last + tokenBase));
    segment.placed = { lex, tokenBase, value: { ...local, hits } };
  }
  return segment.placed.value;
}

/** Parses one piece; `head`: the piece starts the document (byte order mark, front matter). */
function parseSegment(text: string, head: boolean): Segment {
  const lines = new LineIndex(text);
  // A byte order mark is not text: markdown-it would not see the front matter behind it. It is
  // left out of the parse (the lines are the same) and of every range, and stays in the text.
  const bom = head && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const tokens = new TokenStream();
  tokens.reserve(expectedTokens(text.length));
  const units: Unit[] = [];
  const headings: Segment['headings'] = [];
  const meta: DocumentMeta = {};
  const problems: CharterModel['problems'] = [];
  let bodyStart = 0;
  let listId = -1;
  let listDepth = 0;
  let lists = 0;

  const addUnit = (kind: UnitKind, start: number, end: number): number => {
    const range = tokens.add(text, start, end);
    units.push({ kind, start, end, tokens: range, section: headings.length - 1, list: listDepth > 0 ? listId : -1 });
    return units.length - 1;
  };
  const span = (map: [number, number]): [number, number] => [Math.max(bom, lines.lineStart(map[0])), lines.lineEnd(map[1] - 1)];

  const source = bom ? text.slice(1) : text;
  let blocks = (head ? markdown : withoutFrontMatter).parse(source, {});
  // Front matter never closed runs, for markdown-it-front-matter, to the end of the document: the
  // whole charter would be hidden in it (and every section --fix appends). It is read as Markdown.
  const opened = blocks[0]?.type === 'front_matter' ? blocks[0].map : null;
  const unclosed = opened != null && !frontMatterClosed(opened, text, lines);
  if (unclosed) {
    blocks = withoutFrontMatter.parse(source, {});
    unterminatedFrontMatter(text, bom, lines, problems);
  }
  for (let i = 0; i < blocks.length; i++) {
    const token = blocks[i]!;
    if (token.type === 'front_matter' && token.map) {
      const [, end] = span(token.map);
      bodyStart = end;
      // The YAML between the markers, from the text itself (markdown-it's copy has CRLF turned into
      // LF, which would shift every offset after the first line).
      const contentStart = lines.lineStart(1);
      const contentEnd = Math.max(contentStart, lines.lineStart(token.map[1] - 1));
      readFrontMatter(text, contentStart, text.slice(contentStart, contentEnd), meta, problems, (s, e) => addUnit('frontMatter', s, e));
    } else if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      if (listDepth++ === 0) listId = lists++;
    } else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') {
      listDepth--;
    } else if (token.type === 'heading_open' && token.map) {
      const [start, end] = span(token.map);
      const unit = addUnit('heading', start, end);
      units[unit]!.section = headings.length;
      headings.push({ unit, level: Number(token.tag.slice(1)) });
    } else if (token.type === 'paragraph_open' && token.map) {
      const [start, end] = span(token.map);
      addUnit(listDepth > 0 ? 'listItem' : 'paragraph', start, end);
    } else if (token.type === 'table_open' && token.map) {
      const [start, end] = span(token.map);
      addUnit('table', start, end);
    }
  }
  const openAtEnd = openBlockAtEnd(blocks, text, lines);
  return {
    text, lines, units, headings, lists, stream: tokens, meta, problems, bodyStart,
    // Unclosed front matter: the piece grows to the whole document, which is then read as Markdown.
    open: unclosed || openAtEnd !== undefined || htmlBlockAtEnd(blocks, text, lines),
    ...(openAtEnd !== undefined ? { openAtEnd } : {}),
  };
}

/** The last top-level block is an HTML block that no blank line has ended (it would take in the next line). */
function htmlBlockAtEnd(blocks: ReturnType<typeof markdown.parse>, text: string, lines: LineIndex): boolean {
  let last: (typeof blocks)[number] | undefined;
  for (const token of blocks) if (token.level === 0 && token.nesting >= 0) last = token;
  if (last?.type !== 'html_block' || !last.map) return false;
  return last.map[1] >= lines.lineCount || lines.lineStart(last.map[1]) >= text.length;
}

/** HTML blocks that run until a given string (CommonMark 4.6, kinds 1 to 5), by how they start. */
const HTML_BLOCK_ENDS: Array<[string, string]> = [
  ['<!--', '-->'], ['<![CDATA[', ']]>'], ['<?', '?>'], ['<script', '</script>'], ['<pre', '</pre>'], ['<style', '</style>'], ['<textarea', '</textarea>'], ['<!', '>'],
];

/** The text that closes the last top-level block when it is a code fence or an HTML block left open. */
function openBlockAtEnd(blocks: ReturnType<typeof markdown.parse>, text: string, lines: LineIndex): string | undefined {
  let last: (typeof blocks)[number] | undefined;
  for (const token of blocks) if (token.level === 0 && token.nesting >= 0) last = token;
  if (!last?.map) return undefined;
  if (last.type === 'fence') {
    const [first, end] = last.map;
    const closing = end - 1 > first ? text.slice(lines.lineStart(end - 1), lines.lineEnd(end - 1)).trim() : '';
    const marker = last.markup;
    const closed = closing.length >= marker.length && [...closing].every((c) => c === marker[0]);
    return closed ? undefined : marker;
  }
  if (last.type === 'html_block') {
    const content = last.content.trimStart();
    const lower = content.slice(0, 12).toLowerCase();
    const kind = HTML_BLOCK_ENDS.find(([start]) => lower.startsWith(start));
    if (!kind) return undefined;
    return content.toLowerCase().includes(kind[1], kind[0].length) ? undefined : kind[1];
  }
  return undefined;
}

/** The first heading titles the document when no other heading is at its level or above. */
function findTitle(sections: Section[]): number {
  const first = sections[0];
  if (!first) return -1;
  return sections.slice(1).every((s) => s.level > first.level) ? 0 : -1;
}

/** Each preamble paragraph is a scope, taking with it a list that directly follows it. */
function preambleScopes(units: Unit[], sections: Section[], title: number): Array<[number, number]> {
  const inPreamble = (u: Unit): boolean => u.section === -1 || (u.section === title && u.kind !== 'heading');
  const scopes: Array<[number, number]> = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (!inPreamble(unit) || unit.kind === 'heading') continue;
    let end = i + 1;
    if (unit.kind === 'listItem' || unit.kind === 'paragraph') {
      const list = unit.kind === 'listItem' ? unit.list : units[end]?.list ?? -1;
      while (list !== -1 && end < units.length && units[end]!.list === list && inPreamble(units[end]!)) end++;
    }
    scopes.push([i, end]);
    i = end - 1;
  }
  void sections;
  return scopes;
}

function readFrontMatter(
  text: string, offset: number, source: string, meta: DocumentMeta, problems: CharterModel['problems'],
  addUnit: (start: number, end: number) => void,
): void {
  const reading = frontMatterReadings.get(source);
  for (const p of reading.problems) problems.push({ range: { start: offset + p.start, end: offset + p.end }, message: p.message });
  for (const pair of reading.pairs) {
    const entry = { value: pair.value, range: { start: offset + pair.start, end: offset + pair.end } };
    if (pair.key === 'type') meta.type = entry;
    else if (pair.key === 'lang' || pair.key === 'language' || pair.key === 'langue') meta.language = entry;
    else if (pair.key === 'title' || pair.key === 'titre') meta.title = entry;
    if (pair.isString) addUnit(offset + pair.start, offset + pair.end);
  }
  void text;
}

/** What a front matter says, read from its own text (offsets in it). */
interface FrontMatterReading {
  problems: Array<{ start: number; end: number; message: string }>;
  /** Its pairs of a scalar key and a scalar value, in order: the key in lower case, the value as text and its range, and whether it is a string (a unit of text). */
  pairs: Array<{ key: string; value: string; start: number; end: number; isString: boolean }>;
}

/**
 * Front matter read once per text, kept across documents: charters written from one template
 * share theirs (`type: charter`, `lang: en`), and the `yaml` package costs some twenty microseconds
 * a document however short the text (the benchmark's 1,162 Markdown charters hold six different ones).
 */
const frontMatterReadings = new TextMemo(readFrontMatterText, 500, 2_048);

function readFrontMatterText(source: string): FrontMatterReading {
  const doc = readYaml(source, { uniqueKeys: false });
  const problems = doc.errors.map((error) => ({ start: error.pos[0], end: error.pos[1], message: error.message.split('\n')[0] ?? '' }));
  const pairs: FrontMatterReading['pairs'] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !isScalar(pair.value) || !pair.value.range) return;
      const [start, end] = pair.value.range;
      pairs.push({ key: String(pair.key.value).toLowerCase(), value: String(pair.value.value ?? ''), start, end, isString: typeof pair.value.value === 'string' });
    },
  });
  return { problems, pairs };
}

/** Whether the front matter spanning `map` ends with its closing `---` (or `...`) line. */
function frontMatterClosed(map: [number, number], text: string, lines: LineIndex): boolean {
  const last = map[1] - 1;
  if (last <= map[0]) return false;
  const closing = text.slice(lines.lineStart(last), lines.lineEnd(last)).trim();
  // As markdown-it-front-matter closes: with at least as many dashes as opened (`----` is not
  // closed by `---`; a piece that ends on `---` must not read as closed where the whole is not).
  const opening = text.slice(lines.lineStart(map[0]), lines.lineEnd(map[0])).trim();
  return closing === '...' || (closing.length >= Math.max(3, opening.length) && [...closing].every((c) => c === '-'));
}

/**
 * `---` on the first line, a `key: value` line after it, and no closing `---`: front matter
 * left open. It is read as Markdown, so the type it declares goes unseen: this says why.
 */
function unterminatedFrontMatter(text: string, bom: number, lines: LineIndex, problems: CharterModel['problems']): void {
  if (lines.lineCount < 2 || text.slice(bom, lines.lineEnd(0)).trimEnd() !== '---') return;
  const second = text.slice(lines.lineStart(1), lines.lineEnd(1));
  if (!/^[\p{L}\w-]+[ \t]*:/u.test(second)) return;
  problems.push({
    range: { start: bom, end: lines.lineEnd(0) },
    message: 'front matter opened by this --- is never closed: add a line --- after its last key (until then its type and other keys are ignored)',
  });
}

function withTitle(meta: DocumentMeta, sections: Section[], title: number, text: string, units: Unit[] = []): DocumentMeta {
  if (meta.title) return meta;
  const heading = sections[title] ?? sections[0];
  if (!heading) return { ...meta, ...firstLineTitle(units, text) };
  const raw = withoutClosingHashes(text.slice(heading.heading.start, heading.heading.end).replace(/^#+\s*/, ''));
  return { ...meta, title: { value: raw, range: heading.heading } };
}

/**
 * A document without any heading (pasted from a word processor or a PDF) is titled by its first
 * paragraph when that is a single short line: "KILBRANNOCK COUNTY COUNCIL – DATA USAGE FRAMEWORK".
 */
function firstLineTitle(units: Unit[], text: string): Pick<DocumentMeta, 'title'> {
  const first = units.find((u) => u.kind !== 'frontMatter');
  if (!first || first.kind !== 'paragraph') return {};
  const line = text.slice(first.start, first.end).trim();
  if (line.includes('\n') || line.length > 160) return {};
  let a = 0;
  let b = line.length;
  while (a < b && (line[a] === '*' || line[a] === '_')) a++;
  while (b > a && (line[b - 1] === '*' || line[b - 1] === '_')) b--;
  return { title: { value: line.slice(a, b), range: { start: first.start, end: first.end } } };
}

/**
 * `Titre ##  ` -> `Titre`: trailing blanks, then `#`s, then blanks. Written out rather than as
 * `/\s*#*\s*$/`, whose backtracking is cubic on a long run of spaces (test/robustness/redos.test.ts).
 */
function withoutClosingHashes(heading: string): string {
  let end = heading.trimEnd().length;
  while (end > 0 && heading.charCodeAt(end - 1) === 35) end--;
  return heading.slice(0, end).trimEnd();
}

/** `<!-- … -->` comments, found with indexOf: an unclosed `<!--` ends the search (linear). */
function comments(text: string): Comment[] {
  const found: Comment[] = [];
  for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', open)) {
    const close = text.indexOf('-->', open + 4);
    if (close === -1) break;
    found.push({ range: { start: open, end: close + 3 }, body: text.slice(open + 4, close) });
    open = close + 3;
  }
  return found;
}
