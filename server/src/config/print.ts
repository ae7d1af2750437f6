import { RULES } from '../engine/rules';
import { CHECK_CODES } from '../engine/types';
import { CHECK_ELEMENTS } from './elements';
import type { ResolvedConfig } from './types';

const RULE_ORDER = new Map<string, number>(RULES.map((r, i) => [r.id, i]));

/** `--print-config`: the resolved configuration as JSON, keys in a fixed order so that output diffs well. */
export function printConfig(config: ResolvedConfig): string {
  const rules = Object.fromEntries(
    Object.entries(config.rules ?? {}).sort(([a], [b]) => (RULE_ORDER.get(a) ?? 99) - (RULE_ORDER.get(b) ?? 99)),
  );
  const vocabulary: Record<string, Record<string, string[]>> = {};
  for (const code of CHECK_CODES) {
    const elements = config.vocabulary?.[code];
    if (!elements) continue;
    const ordered = CHECK_ELEMENTS[code].filter((id) => elements[id]?.length).map((id) => [id, elements[id]!]);
    if (ordered.length > 0) vocabulary[code] = Object.fromEntries(ordered);
  }
  const view = {
    sources: config.sources,
    ...(config.locale ? { locale: config.locale } : {}),
    ...(config.type ? { type: config.type } : {}),
    ...(config.language ? { language: config.language } : {}),
    ...(config.maxFileSize !== undefined ? { maxFileSize: config.maxFileSize } : {}),
    rules,
    vocabulary,
    include: config.include.map((g) => ({ base: g.base, patterns: g.patterns })),
    exclude: config.exclude.map((g) => ({ base: g.base, patterns: g.patterns })),
  };
  return JSON.stringify(view, null, 2);
}
