import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver';
import { parseDocument, type Node } from 'yaml';
import { LineIndex, ruleMeta } from '../engine';
import type { CharterAnalysis } from './analysis';
import { checksOfKeyPath, localized, schemaAt, typesOf, type SchemaNode } from './charterSchema';
import { verdictTag } from './messages';
import { Locator, type Target } from './yamlPath';

const KEY_LINE = /^(\s*)(-\s+)?([\w$-]*)$/;
const VALUE_LINE = /^(\s*)(-\s+)?([\w$-]+)[ \t]*:([ \t]*)([\w.-]*)$/;

/**
 * YAML charters: keys of charter.schema.json not yet in the mapping at the cursor, and enum values
 * after `stage:`, `type:`, `level:`… The key path comes from the parsed document (the line being
 * typed blanked, so a half-written key does not break the parse).
 */
export function yamlCompletions(analysis: CharterAnalysis, position: Position, snippets: boolean): CompletionItem[] {
  const document = analysis.document;
  const text = document.getText();
  const offset = document.offsetAt(position);
  const lineStart = offset - position.character;
  const prefix = text.slice(lineStart, offset);
  const value = VALUE_LINE.exec(prefix);
  const key = value ? null : KEY_LINE.exec(prefix);
  const m = value ?? key;
  if (!m) return [];
  const lineEnd = lineEndOf(text, lineStart);
  const rest = text.slice(offset, lineEnd);
  // A key is completed on a line with nothing after the cursor; a value is replaced whole.
  if (key && rest.trim() !== '') return [];
  const blanked = text.slice(0, lineStart) + text.slice(lineEnd);
  const parsed = parseDocument(blanked, { prettyErrors: false });
  const lines = new LineIndex(blanked);
  const column = (node: Node | null | undefined) => (node?.range ? node.range[0] - lines.lineStart(lines.lineOf(node.range[0])) : -1);
  const locate = new Locator(lineStart, column);
  const indent = m[1]!.length;
  const dash = m[2];
  const target = dash !== undefined ? locate.newItem(parsed.contents, [], indent) : locate.entry(parsed.contents, [], indent);
  if (!target) return [];
  const keyColumn = indent + (dash?.length ?? 0);
  if (value) {
    const node = schemaAt([...target.path, m[3]!]);
    const valueStart = offset - m[5]!.length;
    const valueEnd = offset + (/^[\w.-]*/.exec(rest)?.[0].length ?? 0);
    return enumItems(analysis, node, { start: document.positionAt(valueStart), end: document.positionAt(valueEnd) }, m[4] === '' ? ' ' : '');
  }
  const range = { start: document.positionAt(lineStart + keyColumn), end: position };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return keyItems(analysis, target, { range, keyColumn, eol, snippets });
}

function lineEndOf(text: string, lineStart: number): number {
  const n = text.indexOf('\n', lineStart);
  if (n < 0) return text.length;
  return n > lineStart && text[n - 1] === '\r' ? n - 1 : n;
}

interface KeyItemOptions {
  range: { start: Position; end: Position };
  keyColumn: number;
  eol: string;
  snippets: boolean;
}

function keyItems(analysis: CharterAnalysis, target: Target, options: KeyItemOptions): CompletionItem[] {
  const node = schemaAt(target.path);
  const properties = node?.properties ?? {};
  const { locale } = analysis;
  const childIndent = ' '.repeat(options.keyColumn + 2);
  return Object.keys(properties)
    .filter((name) => !target.existing.includes(name))
    .map((name, i): CompletionItem => {
      const child = schemaAt([...target.path, name]) ?? {};
      const { text, snippet } = keyInsertion(name, child, childIndent, options.eol);
      const item: CompletionItem = {
        label: name,
        kind: CompletionItemKind.Property,
        sortText: `${name === '$schema' ? 1 : 0}${String(i).padStart(3, '0')}`,
        textEdit: { range: options.range, newText: options.snippets ? snippet : text },
        insertTextFormat: options.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      };
      const title = localized(child.title, locale);
      if (title) item.detail = title;
      const docs = [localized(child.description, locale), ...checksOfKeyPath([...target.path, name]).map((code) => `${verdictTag(code, analysis.result.coverage[code], locale)} · ${ruleMeta(code).name}`)];
      const value = docs.filter(Boolean).join('\n\n');
      if (value) item.documentation = { kind: MarkupKind.Markdown, value };
      return item;
    });
}

/** `key: `, or `key:` and an indented line for a mapping or a list, or a choice of the enum's values. */
function keyInsertion(name: string, node: SchemaNode, childIndent: string, eol: string): { text: string; snippet: string } {
  const types = typesOf(node);
  const values = enumValues(node);
  const escaped = name.replace(/[$}\\]/g, (c) => `\\${c}`);
  if (values.length > 0) return { text: `${name}: `, snippet: `${escaped}: \${1|${values.map((v) => v.replace(/[,|\\]/g, (c) => `\\${c}`)).join(',')}|}` };
  if (!types.includes('string') && types.includes('object')) return { text: `${name}:${eol}${childIndent}`, snippet: `${escaped}:${eol}${childIndent}$0` };
  if (!types.includes('string') && types.includes('array')) return { text: `${name}:${eol}${childIndent}- `, snippet: `${escaped}:${eol}${childIndent}- $0` };
  return { text: `${name}: `, snippet: `${escaped}: $0` };
}

function enumValues(node: SchemaNode | undefined): string[] {
  return (node?.enum ?? []).filter((v): v is string => typeof v === 'string');
}

function enumItems(analysis: CharterAnalysis, node: SchemaNode | undefined, range: { start: Position; end: Position }, lead: string): CompletionItem[] {
  const documentation = localized(node?.description, analysis.locale);
  return enumValues(node).map((v, i): CompletionItem => ({
    label: v,
    kind: CompletionItemKind.EnumMember,
    sortText: String(i).padStart(3, '0'),
    filterText: v,
    textEdit: { range, newText: `${lead}${v}` },
    ...(documentation ? { documentation: { kind: MarkupKind.Markdown, value: documentation } } : {}),
  }));
}
