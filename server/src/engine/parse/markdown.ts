import MarkdownIt from 'markdown-it';
import frontMatter from 'markdown-it-front-matter';
import { parseDocument, isScalar, visit } from 'yaml';
import { LineIndex } from '../positions';
import { TokenStream } from '../text/tokens';
import { closeSections, type CharterModel, type Comment, type DocumentMeta, type Section, type Unit, type UnitKind } from '../model';

/**
 * Block structure is all the model needs (headings, paragraphs, list items, tables, front matter):
 * inline parsing and typography are switched off, which halves the parse of a long charter.
 */
const markdown = new MarkdownIt({ html: true })
  .use(frontMatter, () => undefined)
  .disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);

const COMMENT = /<!--([\s\S]*?)-->/g;

/** Parses Markdown (CommonMark, with YAML front matter) into the document model. */
export function parseMarkdown(text: string): CharterModel {
  const lines = new LineIndex(text);
  const tokens = new TokenStream();
  const units: Unit[] = [];
  const sections: Section[] = [];
  const meta: DocumentMeta = {};
  const problems: CharterModel['problems'] = [];
  let bodyStart = 0;
  let listId = -1;
  let listDepth = 0;
  let lists = 0;

  const addUnit = (kind: UnitKind, start: number, end: number): number => {
    const range = tokens.add(text, start, end);
    units.push({ kind, start, end, tokens: range, section: sections.length - 1, list: listDepth > 0 ? listId : -1 });
    return units.length - 1;
  };
  const span = (map: [number, number]): [number, number] => [lines.lineStart(map[0]), lines.lineEnd(map[1] - 1)];

  const blocks = markdown.parse(text, {});
  for (let i = 0; i < blocks.length; i++) {
    const token = blocks[i]!;
    if (token.type === 'front_matter' && token.map) {
      const [, end] = span(token.map);
      bodyStart = end;
      const contentStart = text.indexOf('\n') + 1;
      readFrontMatter(text, contentStart, String(token.meta ?? ''), meta, problems, (s, e) => addUnit('frontMatter', s, e));
    } else if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      if (listDepth++ === 0) listId = lists++;
    } else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') {
      listDepth--;
    } else if (token.type === 'heading_open' && token.map) {
      const [start, end] = span(token.map);
      const unit = addUnit('heading', start, end);
      const level = Number(token.tag.slice(1));
      units[unit]!.section = sections.length;
      sections.push({ headingUnit: unit, heading: { start, end }, level, parent: -1, start, end: -1, ownEndUnit: 0, endUnit: 0 });
    } else if (token.type === 'paragraph_open' && token.map) {
      const [start, end] = span(token.map);
      addUnit(listDepth > 0 ? 'listItem' : 'paragraph', start, end);
    } else if (token.type === 'table_open' && token.map) {
      const [start, end] = span(token.map);
      addUnit('table', start, end);
    }
  }
  closeSections(sections, units, text.length);

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
    meta: withTitle(meta, sections, titleSection, text),
    comments: comments(text),
    problems,
    bodyStart,
  };
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
  const doc = parseDocument(source, { uniqueKeys: false });
  for (const error of doc.errors) {
    problems.push({ range: { start: offset + error.pos[0], end: offset + error.pos[1] }, message: error.message.split('\n')[0] ?? '' });
  }
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !isScalar(pair.value) || !pair.value.range) return;
      const key = String(pair.key.value).toLowerCase();
      const [s, e] = pair.value.range;
      const entry = { value: String(pair.value.value ?? ''), range: { start: offset + s, end: offset + e } };
      if (key === 'type') meta.type = entry;
      else if (key === 'lang' || key === 'language' || key === 'langue') meta.language = entry;
      else if (key === 'title' || key === 'titre') meta.title = entry;
      if (typeof pair.value.value === 'string') addUnit(offset + s, offset + e);
    },
  });
  void text;
}

function withTitle(meta: DocumentMeta, sections: Section[], title: number, text: string): DocumentMeta {
  if (meta.title) return meta;
  const heading = sections[title] ?? sections[0];
  if (!heading) return meta;
  const raw = text.slice(heading.heading.start, heading.heading.end).replace(/^#+\s*/, '').replace(/\s*#*\s*$/, '');
  return { ...meta, title: { value: raw, range: heading.heading } };
}

function comments(text: string): Comment[] {
  const found: Comment[] = [];
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(text); m; m = COMMENT.exec(text)) {
    found.push({ range: { start: m.index, end: m.index + m[0].length }, body: m[1] ?? '' });
  }
  return found;
}
