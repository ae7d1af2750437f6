import type { ConfigProblem } from './types';

/** Without repeats; grouped by file (in order of first appearance), then in text order. */
export function uniqueProblems(problems: readonly ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  const fileOrder = new Map<string, number>();
  const unique = problems.filter((p) => {
    const id = `${p.file}\0${p.line}\0${p.column}\0${p.key}\0${p.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    if (!fileOrder.has(p.file)) fileOrder.set(p.file, fileOrder.size);
    return true;
  });
  return unique.sort((a, b) =>
    fileOrder.get(a.file)! - fileOrder.get(b.file)! || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
