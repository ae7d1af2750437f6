/** The engine's public surface: pure, no I/O, no editor. */
export { lint, lintModel, parseCharter, sourceKindOf, type LintInput } from './lint';
export { SegmentCache, type MarkdownParseOptions } from './parse/markdown';
export { applyFixes, autoFixes, fixAll } from './apply';
export { newDocument } from './template';
export { toSnippet } from './fixes';
export { LineIndex } from './positions';
export { RULES, AXES, findRule, ruleMeta, docsUrl } from './rules';
export { CHECKS } from './checks';
export * from './types';
