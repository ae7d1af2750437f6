import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';

export type KeyPath = Array<string | number>;

/** The mapping a new entry at the cursor goes into: its key path and the keys it already has. */
export interface Target {
  path: KeyPath;
  existing: string[];
}

/**
 * Finds, in a parsed YAML document, where a key typed at a column of a new line belongs: the
 * nodes that start before the line are walked down by indentation, as YAML reads them.
 */
export class Locator {
  constructor(private readonly lineStart: number, private readonly column: (node: Node | null | undefined) => number) {}

  /** A new key at `column`: the mapping whose keys sit at that column, or the empty value it opens. */
  entry(node: unknown, path: KeyPath, column: number): Target | undefined {
    if (node === null || node === undefined) return path.length === 0 && column === 0 ? { path, existing: [] } : undefined;
    if (isMap(node) && !node.flow) {
      const own = this.column(node.items[0]?.key as Node | undefined);
      if (column === own) return { path, existing: keysOf(node.items) };
      const pair = this.lastBefore(node.items);
      const key = pair && keyName(pair);
      if (!pair || key === undefined || column < own) return undefined;
      if (isEmpty(pair.value)) return { path: [...path, key], existing: [] };
      if (isMap(pair.value) || isSeq(pair.value)) return this.entry(pair.value, [...path, key], column);
      return undefined;
    }
    if (isSeq(node) && !node.flow) {
      const index = this.lastIndexBefore(node.items as Node[]);
      const item = node.items[index];
      return isMap(item) ? this.entry(item, [...path, index], column) : undefined;
    }
    return undefined;
  }

  /** A new list item whose dash is at `dash`: the list it extends, or the empty key it starts a list under. */
  newItem(node: unknown, path: KeyPath, dash: number): Target | undefined {
    if (isMap(node) && !node.flow) {
      const own = this.column(node.items[0]?.key as Node | undefined);
      const pair = this.lastBefore(node.items);
      const key = pair && keyName(pair);
      if (!pair || key === undefined || dash < own) return undefined;
      const value = pair.value;
      if (isSeq(value) && !value.flow && this.column(value as Node) === dash) return { path: [...path, key, value.items.length], existing: [] };
      if (isEmpty(value)) return { path: [...path, key, 0], existing: [] };
      if ((isMap(value) || isSeq(value)) && own < dash) return this.newItem(value, [...path, key], dash);
      return undefined;
    }
    if (isSeq(node) && !node.flow) {
      const index = this.lastIndexBefore(node.items as Node[]);
      const item = node.items[index];
      return isMap(item) ? this.newItem(item, [...path, index], dash) : undefined;
    }
    return undefined;
  }

  private lastBefore(pairs: Pair[]): Pair | undefined {
    let found: Pair | undefined;
    for (const pair of pairs) if (((pair.key as Node | null)?.range?.[0] ?? Infinity) < this.lineStart) found = pair;
    return found;
  }

  private lastIndexBefore(items: Node[]): number {
    let found = -1;
    items.forEach((item, i) => {
      if ((item?.range?.[0] ?? Infinity) < this.lineStart) found = i;
    });
    return found;
  }
}

function keyName(pair: Pair): string | undefined {
  return isScalar(pair.key) && (typeof pair.key.value === 'string' || typeof pair.key.value === 'number') ? String(pair.key.value) : undefined;
}

function keysOf(pairs: Pair[]): string[] {
  return pairs.map(keyName).filter((k): k is string => k !== undefined);
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (isScalar(value) && (value.value === null || value.value === ''));
}
