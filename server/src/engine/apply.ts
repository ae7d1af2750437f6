import type { Fix, Insertion, LintResult } from './types';

/**
 * Applies fixes to a text. Fixes only insert, so they never conflict: insertions at the same
 * offset keep the order of the fixes. The original text is always still there, in order.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  const insertions: Array<Insertion & { order: number }> = [];
  fixes.forEach((fix, i) => fix.insertions.forEach((ins) => insertions.push({ ...ins, order: i })));
  insertions.sort((a, b) => a.offset - b.offset || Number(!!b.append) - Number(!!a.append) || a.order - b.order);
  let out = '';
  let at = 0;
  // Nothing goes before a byte order mark: it must stay the file's first character.
  const floor = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (const ins of insertions) {
    const offset = Math.max(at, Math.min(Math.max(ins.offset, floor), text.length));
    out += text.slice(at, offset) + ins.text;
    at = offset;
  }
  return out + text.slice(at);
}

/** The fixes `--fix` applies: not info-level recommendations, not suggestions. */
export function autoFixes(result: LintResult): Fix[] {
  return result.diagnostics.filter((d) => d.fix && d.severity !== 'info' && !d.fix.suggestion).map((d) => d.fix!);
}

/**
 * Applies fixes until none is left, as ESLint does: in YAML, two fixes that insert at the same
 * place (each creating `data:`) would write a key twice, so only one of them is applied per pass
 * and the document is linted again. Enough passes for every fix there is, so that a second
 * `--fix` has nothing left to do (16 missing checks appended to a YAML file take 16 passes).
 */
export function fixAll(text: string, lintText: (text: string) => LintResult, maxPasses?: number): { text: string; result: LintResult; passes: number } {
  let result = lintText(text);
  maxPasses ??= 2 * autoFixes(result).length + 2;
  let passes = 0;
  while (passes < maxPasses) {
    const fixes = autoFixes(result);
    if (fixes.length === 0) break;
    const chosen = result.sourceKind === 'yaml' ? distinctOffsets(fixes) : fixes;
    const next = applyFixes(text, chosen);
    passes++;
    if (next === text) break;
    text = next;
    result = lintText(text);
  }
  return { text, result, passes };
}

function distinctOffsets(fixes: Fix[]): Fix[] {
  const taken = new Set<number>();
  return fixes.filter((fix) => {
    if (fix.insertions.some((i) => taken.has(i.offset))) return false;
    for (const i of fix.insertions) taken.add(i.offset);
    return true;
  });
}
