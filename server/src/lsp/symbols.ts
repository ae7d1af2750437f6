import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type SymbolInformation } from 'vscode-languageserver';
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { CHECKS, type CheckCode } from '../engine';
import type { CharterAnalysis } from './analysis';
import type { ServerContext } from './context';
import { checksWithEvidenceIn } from './coverage';
import { verdictTag } from './messages';
import { toRange } from './ranges';

/** The outline: Markdown headings or YAML keys, each with the checks whose evidence it holds. */
export async function documentSymbols(ctx: ServerContext, params: DocumentSymbolParams): Promise<DocumentSymbol[] | SymbolInformation[]> {
  const document = ctx.documents.get(params.textDocument.uri);
  if (!document) return [];
  const analysis = await ctx.analyses.get(document);
  if (analysis.kind !== 'charter') return [];
  const symbols = analysis.model.yaml ? yamlSymbols(analysis) : markdownSymbols(analysis);
  return ctx.client.hierarchicalSymbols ? symbols : flatten(analysis.uri, symbols, undefined);
}

function detail(analysis: CharterAnalysis, codes: CheckCode[]): string | undefined {
  const applicable = codes.filter((c) => analysis.result.coverage[c] !== 'not-applicable');
  return applicable.length > 0 ? applicable.map((c) => verdictTag(c, analysis.result.coverage[c], analysis.locale)).join(' · ') : undefined;
}

function markdownSymbols(analysis: CharterAnalysis): DocumentSymbol[] {
  const { model, document, result } = analysis;
  const roots: DocumentSymbol[] = [];
  const built: DocumentSymbol[] = [];
  model.sections.forEach((section, i) => {
    // The section's own body: its heading up to the next heading of any level.
    const ownEnd = Math.min(section.end, model.sections[i + 1]?.start ?? Infinity);
    const name = headingText(model.text.slice(section.heading.start, section.heading.end));
    const symbol: DocumentSymbol = {
      name: name || '#', kind: SymbolKind.String,
      range: toRange(document, { start: Math.min(section.start, section.heading.start), end: Math.max(section.end, section.heading.end) }),
      selectionRange: toRange(document, section.heading),
      children: [],
    };
    const text = detail(analysis, checksWithEvidenceIn(result, section.heading.start, ownEnd));
    if (text) symbol.detail = text;
    built.push(symbol);
    const parent = section.parent >= 0 ? built[section.parent] : undefined;
    (parent ? parent.children! : roots).push(symbol);
  });
  return roots;
}

function headingText(heading: string): string {
  const first = heading.split(/\r?\n/)[0] ?? '';
  const text = first.replace(/^\s{0,3}#{1,6}\s*/, '').trimEnd();
  // The closing sequence (`## Titre ##`), without /\s+#+\s*$/, quadratic on a long run of blanks.
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 35) end--;
  return (end < text.length && end > 0 && /\s/.test(text[end - 1]!) ? text.slice(0, end) : text).trim();
}

const TITLE_KEYS = ['title', 'titre', 'heading', 'intitule', 'name', 'nom'];

function yamlSymbols(analysis: CharterAnalysis): DocumentSymbol[] {
  const { model, document } = analysis;
  const followsSchema = model.yaml!.followsSchema;
  const walk = (node: unknown, path: Array<string | number>): DocumentSymbol[] => {
    const out: DocumentSymbol[] = [];
    if (isMap(node)) {
      for (const pair of node.items as Pair<Node | null, Node | null>[]) {
        const key = pair.key;
        if (!isScalar(key) || !key.range) continue;
        const name = String(key.value);
        const value = pair.value;
        const end = Math.max(key.range[1], value?.range?.[1] ?? 0);
        const children = walk(value, [...path, name]);
        const symbol: DocumentSymbol = {
          name, kind: isMap(value) ? SymbolKind.Object : isSeq(value) ? SymbolKind.Array : SymbolKind.Property,
          range: toRange(document, { start: key.range[0], end }),
          selectionRange: toRange(document, { start: key.range[0], end: key.range[1] }),
          children,
        };
        const codes = followsSchema
          ? CHECKS.filter((c) => c.yamlKeys.includes([...path, name].join('.'))).map((c) => c.code)
          : ownEvidence(analysis, key.range[0], end, children);
        const text = detail(analysis, codes);
        if (text) symbol.detail = text;
        out.push(symbol);
      }
    } else if (isSeq(node)) {
      (node.items as Array<Node | null>).forEach((item, i) => {
        if (!item?.range || !(isMap(item) || isSeq(item))) return;
        const children = walk(item, [...path, i]);
        const title = isMap(item) ? TITLE_KEYS.map((k) => item.get(k)).find((v) => typeof v === 'string' && v.trim() !== '') : undefined;
        const symbol: DocumentSymbol = {
          name: typeof title === 'string' ? title : `[${i}]`, kind: SymbolKind.Object,
          range: toRange(document, { start: item.range[0], end: item.range[1] }),
          selectionRange: toRange(document, { start: item.range[0], end: item.range[0] }),
          children,
        };
        const codes = followsSchema ? [] : ownEvidence(analysis, item.range[0], item.range[1], children);
        const text = detail(analysis, codes);
        if (text) symbol.detail = text;
        out.push(symbol);
      });
    }
    return out;
  };
  return walk(model.yaml!.doc.contents, []);
}

/** Free-form YAML: checks with evidence in the node but in none of its children (the deepest holder). */
function ownEvidence(analysis: CharterAnalysis, start: number, end: number, children: DocumentSymbol[]): CheckCode[] {
  const doc = analysis.document;
  const inChildren = new Set(children.flatMap((c) => checksWithEvidenceIn(analysis.result, doc.offsetAt(c.range.start), doc.offsetAt(c.range.end))));
  return checksWithEvidenceIn(analysis.result, start, end).filter((c) => !inChildren.has(c));
}

function flatten(uri: string, symbols: DocumentSymbol[], container: string | undefined): SymbolInformation[] {
  return symbols.flatMap((s) => [
    { name: s.name, kind: s.kind, location: { uri, range: s.range }, ...(container ? { containerName: container } : {}) },
    ...flatten(uri, s.children ?? [], s.name),
  ]);
}
