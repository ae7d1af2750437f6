import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';

/** A key path in a configuration: `['overrides', 0, 'files']`. */
export type KeyPath = readonly (string | number)[];

/** `overrides[0].files`, as problems show it. */
export function formatKeyPath(keys: KeyPath): string {
  return keys.reduce<string>((out, k) => (typeof k === 'number' ? `${out}[${k}]` : out === '' ? k : `${out}.${k}`), '');
}

interface Ranged {
  range?: [number, number, number] | null;
}

/** A node written in the text (`rules:` with nothing after it has an empty null scalar). */
function hasSource(node: unknown): boolean {
  const range = (node as Ranged | null | undefined)?.range;
  return !!range && range[1] > range[0];
}

/**
 * Line and column (1-based) of the node at `keys`: its key when `part` is 'key' (an unknown key),
 * else its value; the nearest existing ancestor when the path goes further than the document.
 */
export function locate(doc: Document, lineCounter: LineCounter, keys: KeyPath, part: 'key' | 'value'): { line: number; column: number } {
  let node: unknown = doc.contents;
  let keyNode: unknown;
  let best: unknown = node;
  for (const k of keys) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(k));
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value;
    } else if (isSeq(node) && typeof k === 'number') {
      keyNode = undefined;
      node = node.items[k];
      if (node === undefined) break;
    } else {
      break;
    }
    best = part === 'key' && keyNode ? keyNode : hasSource(node) ? node : keyNode ?? best;
  }
  const offset = (best as Ranged | null | undefined)?.range?.[0] ?? 0;
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}
