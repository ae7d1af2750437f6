import type { Fix, Insertion } from './types';

/**
 * Applies fixes to a text. Fixes only insert, so they never conflict: insertions at the same
 * offset keep the order of the fixes. The original text is always still there, in order.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  const insertions: Array<Insertion & { order: number }> = [];
  fixes.forEach((fix, i) => fix.insertions.forEach((ins) => insertions.push({ ...ins, order: i })));
  insertions.sort((a, b) => a.offset - b.offset || a.order - b.order);
  let out = '';
  let at = 0;
  for (const ins of insertions) {
    const offset = Math.max(at, Math.min(ins.offset, text.length));
    out += text.slice(at, offset) + ins.text;
    at = offset;
  }
  return out + text.slice(at);
}
