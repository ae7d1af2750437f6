import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { OffsetRange } from '../types';

/** A YAML node found by its key path, with the key that introduces it (none for the root or a list item). */
export interface Located {
  node: Node | null;
  key?: Node;
}

/** JSON pointer (`/data/reversibility/formats`) -> key path (`['data', 'reversibility', 'formats']`). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Walks the document by key path. Stops at the deepest node reached, so that a path the
 * document does not hold (an alias we cannot follow, a key the parser read differently)
 * still lands on something the author wrote.
 */
export function locate(doc: Document.Parsed, segments: readonly string[]): Located {
  let here: Located = { node: doc.contents };
  for (const segment of segments) {
    const next = child(doc, here.node, segment);
    if (!next) break;
    here = next;
  }
  return here;
}

function child(doc: Document.Parsed, parent: Node | null, segment: string): Located | undefined {
  const node = isAlias(parent) ? parent.resolve(doc) ?? null : parent;
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
    if (!pair) return undefined;
    return { node: (pair.value as Node | null) ?? null, ...(pair.key ? { key: pair.key as Node } : {}) };
  }
  if (isSeq(node) && /^\d+$/.test(segment)) {
    const item = node.items[Number(segment)] as Node | null | undefined;
    return item === undefined ? undefined : { node: item };
  }
  return undefined;
}

export function rangeOf(node: Node | null | undefined): OffsetRange | undefined {
  const r = node?.range;
  return r ? { start: r[0], end: Math.max(r[0], r[1]) } : undefined;
}

/** The key itself when the node has one, else the node's first line of content. */
export function keyRange(here: Located, doc: Document.Parsed): OffsetRange {
  return rangeOf(here.key) ?? headRange(here.node) ?? documentStart(doc);
}

/**
 * Where a wrong value is shown: a scalar is underlined itself; a block mapping or list is shown
 * on its key, so that a type error does not paint a whole section.
 */
export function valueRange(here: Located, doc: Document.Parsed): OffsetRange {
  const node = here.node;
  if ((isScalar(node) || isAlias(node)) && node.range && node.range[1] > node.range[0]) return rangeOf(node)!;
  if ((isMap(node) || isSeq(node)) && node.flow && !here.key) return rangeOf(node)!;
  return keyRange(here, doc);
}

/** First key (of a mapping) or first item (of a list), recursively: a one-line place for a collection. */
function headRange(node: Node | null | undefined): OffsetRange | undefined {
  if (isMap(node)) {
    const first = node.items[0];
    return rangeOf(first?.key as Node | undefined) ?? rangeOf(node);
  }
  if (isSeq(node)) return headRange(node.items[0] as Node | undefined) ?? rangeOf(node);
  return rangeOf(node);
}

function documentStart(doc: Document.Parsed): OffsetRange {
  return { start: doc.range[0], end: doc.range[0] };
}
