import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver';
import { CHECKS, toSnippet } from '../engine';
import { pack } from '../engine/i18n';
import type { CharterAnalysis } from './analysis';
import { verdictTag } from './messages';

const HEADING_START = /^(#{1,6})[^#\r\n]*$/;

/**
 * After `#` or `##` at the start of a line: the sections the document still lacks (missing or
 * partial checks), each inserting its heading and its template, as a snippet with tab stops on
 * the blanks when the client supports snippets.
 */
export function markdownCompletions(analysis: CharterAnalysis, position: Position, snippets: boolean): CompletionItem[] {
  const document = analysis.document;
  const text = document.getText();
  const offset = document.offsetAt(position);
  const lineStart = offset - position.character;
  const m = HEADING_START.exec(text.slice(lineStart, offset));
  if (!m || lineStart < analysis.model.bodyStart) return [];
  // Only on a heading being written: an existing heading's text is not replaced by a template.
  const lineBreak = text.indexOf('\n', offset);
  if (text.slice(offset, lineBreak < 0 ? text.length : lineBreak).trim() !== '') return [];
  const hashes = m[1]!;
  const { result, locale } = analysis;
  const templates = pack(result.language).templates;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const range = { start: document.positionAt(lineStart), end: position };
  const items: CompletionItem[] = [];
  for (const check of CHECKS) {
    const verdict = result.coverage[check.code];
    if (verdict !== 'missing' && verdict !== 'partial') continue;
    const template = templates[check.code];
    const body = check.elements.map((e) => template.elements[e.id]).filter(Boolean).join(' ');
    const insertion = `${hashes} ${template.heading}${eol}${eol}${body}`;
    items.push({
      label: template.heading,
      kind: CompletionItemKind.Snippet,
      detail: `${verdictTag(check.code, verdict, locale)} · ${check.name}`,
      documentation: { kind: MarkupKind.Markdown, value: `${pack(locale).checks[check.code].why}\n\n---\n\n${body}` },
      filterText: `${hashes} ${template.heading}`,
      sortText: check.code,
      textEdit: { range, newText: snippets ? toSnippet(insertion) : insertion },
      insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    });
  }
  return items;
}
