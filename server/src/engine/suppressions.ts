import type { CharterModel } from './model';
import { findRule } from './rules';
import type { OffsetRange, RuleId } from './types';
import { CHECK_CODES } from './types';

export interface Suppression {
  range: OffsetRange;
  rules: RuleId[];
  /** Names that are not rules. */
  unknown: string[];
  reason: string;
}

const DIRECTIVE = /^\s*charterlint-disable(?:-file)?(?=\s|$)([\s\S]*)$/;

/**
 * `<!-- charterlint-disable P04, city-network -- reason -->` (Markdown) or
 * `# charterlint-disable P04 -- reason` (YAML): file-level, since the checks are about the whole
 * document. With no rule named, every check is disabled.
 */
export function readSuppressions(model: CharterModel): Suppression[] {
  const found: Suppression[] = [];
  for (const comment of model.comments) {
    const m = DIRECTIVE.exec(comment.body);
    if (!m) continue;
    const rest = m[1] ?? '';
    const split = rest.indexOf('--');
    const names = (split >= 0 ? rest.slice(0, split) : rest).split(/[\s,]+/).filter(Boolean);
    const reason = split >= 0 ? rest.slice(split + 2).trim() : '';
    const rules: RuleId[] = [];
    const unknown: string[] = [];
    for (const name of names) {
      const rule = findRule(name);
      if (rule) rules.push(rule.id);
      else unknown.push(name);
    }
    if (names.length === 0) rules.push(...CHECK_CODES);
    found.push({ range: comment.range, rules, unknown, reason });
  }
  return found;
}
