import { CHECKS } from './checks';
import type { CheckDefinition } from './checks/definition';
import { decideLanguage, decideType } from './doctype';
import { evaluate, type CheckOutcome } from './evaluate';
import { DocumentEvidence } from './evidence';
import { buildFix } from './fixes';
import { format, list, pack } from './i18n';
import type { CharterModel } from './model';
import { parseMarkdown, type MarkdownParseOptions } from './parse/markdown';
import { parseYaml } from './parse/yaml';
import { docsUrl, ruleMeta } from './rules';
import { validateCharter } from './schema/validate';
import { readSuppressions, type Suppression } from './suppressions';
import {
  CHECK_CODES, type CharterDiagnostic, type CheckCode, type Language, type LintOptions, type LintResult,
  type Locale, type OffsetRange, type RuleId, type Severity, type SourceKind, type Verdict,
} from './types';
import { lexicon } from './vocabulary';

export interface LintInput {
  text: string;
  /** Used for the report and to tell YAML from Markdown when `kind` is not given. */
  filePath: string;
  kind?: SourceKind;
}

export function sourceKindOf(filePath: string): SourceKind {
  return /\.ya?ml$/i.test(filePath) ? 'yaml' : 'markdown';
}

/** `options`: Markdown only (a cache of the pieces of the document's previous parse). */
export function parseCharter(text: string, kind: SourceKind, options?: MarkdownParseOptions): CharterModel {
  return kind === 'yaml' ? parseYaml(text) : parseMarkdown(text, options);
}

/** Lints one document: the pure entry point every front end calls. */
export function lint(input: LintInput, options: LintOptions = {}): LintResult {
  const kind = input.kind ?? sourceKindOf(input.filePath);
  const model = parseCharter(input.text, kind);
  return lintModel(model, input.filePath, options);
}

export function lintModel(model: CharterModel, filePath: string, options: LintOptions = {}): LintResult {
  const locale: Locale = options.locale ?? 'en';
  const evidence = new DocumentEvidence(model, lexicon(options.vocabulary));
  const type = decideType(model, evidence, options);
  const language = decideLanguage(model, options);
  const suppressions = readSuppressions(model);
  const suppressed = new Set(suppressions.flatMap((s) => s.rules));
  const ctx = { model, evidence, locale, language, options };
  const diagnostics: CharterDiagnostic[] = [];
  const coverage = {} as Record<CheckCode, Verdict>;
  const evidenceRanges: LintResult['evidence'] = {};
  /** Checks that found a gap: a suppression of any other check is unused. */
  const gaps = new Set<CheckCode>();

  for (const check of CHECKS) {
    if (!check.appliesTo.includes(type.type)) {
      coverage[check.code] = 'not-applicable';
      continue;
    }
    const setting = options.rules?.[check.code];
    const outcome = evaluate(check, evidence.forCheck(check, type.type), evidence);
    evidenceRanges[check.code] = outcome.evidence.map(({ start, end }) => ({ start, end }));
    if (outcome.verdict !== 'covered') gaps.add(check.code);
    if (setting === 'off' || suppressed.has(check.code)) {
      coverage[check.code] = 'off';
      continue;
    }
    coverage[check.code] = outcome.verdict;
    diagnostics.push(...checkDiagnostics(check, outcome, setting, ctx));
  }

  // A loop, not push(...list): 200,000 placeholders would overflow the stack as arguments.
  for (const d of extraDiagnostics(ctx, type, model)) diagnostics.push(d);
  // Suppressed checks produced no diagnostic above; suppressed extra rules are dropped here.
  const visible = diagnostics.filter((d) => options.rules?.[d.ruleId] !== 'off' && !suppressed.has(d.ruleId));
  for (const d of suppressionDiagnostics(suppressions, diagnostics, gaps, ctx)) visible.push(d);
  visible.sort((a, b) => a.range.start - b.range.start || a.ruleId.localeCompare(b.ruleId));

  return {
    filePath,
    sourceKind: model.kind,
    documentType: type.type,
    documentTypeSource: type.source,
    language,
    coverage: fillCoverage(coverage),
    evidence: evidenceRanges,
    diagnostics: visible,
    text: model.text,
  };
}

interface Context {
  model: CharterModel;
  evidence: DocumentEvidence;
  locale: Locale;
  language: Language;
  options: LintOptions;
}

function checkDiagnostics(check: CheckDefinition, outcome: CheckOutcome, setting: Severity | undefined, ctx: Context): CharterDiagnostic[] {
  const texts = pack(ctx.locale).checks[check.code];
  const out: CharterDiagnostic[] = [];
  if (outcome.verdict === 'missing') {
    const elements = check.elements.map((e) => e.id);
    const fix = buildFix({ check, outcome, elements, language: ctx.language, locale: ctx.locale }, ctx.evidence);
    out.push(checkDiagnostic(check, setting ?? check.missingSeverity, texts.missing, missingPlace(check, ctx), 'missing', check.elements.filter((e) => e.required).map((e) => e.id), fix));
  } else if (outcome.verdict === 'partial') {
    const message = format(pack(ctx.locale).messages.partial, { topic: texts.topic, elements: list(outcome.missing.map((e) => texts.elements[e] ?? e), ctx.locale) });
    const fix = buildFix({ check, outcome, elements: outcome.missing, language: ctx.language, locale: ctx.locale }, ctx.evidence);
    const anchor = outcome.evidence.find((e) => check.elements.some((d) => d.anchor)) ?? outcome.evidence[0];
    out.push(checkDiagnostic(check, setting ?? 'warning', message, anchor ? { start: anchor.start, end: anchor.end } : missingPlace(check, ctx), 'partial', outcome.missing, fix));
  }
  if (outcome.verdict !== 'missing' && outcome.recommended.length > 0 && outcome.evidence[0]) {
    const fix = buildFix({ check, outcome: { ...outcome, verdict: 'partial' }, elements: outcome.recommended, language: ctx.language, locale: ctx.locale }, ctx.evidence);
    const first = outcome.evidence[0];
    out.push(checkDiagnostic(check, 'info', pack(ctx.locale).messages.rawData, { start: first.start, end: first.end }, undefined, outcome.recommended, fix));
  }
  return out;
}

/**
 * A check's diagnostic, its properties written one by one, in the order the front ends print
 * them: a literal that spreads a shared part (`{ ...base, severity, … }`) takes V8's generic copy,
 * over a microsecond an object (Node 20), some fifty times the cost of the plain literal.
 */
function checkDiagnostic(
  check: CheckDefinition, severity: Severity, message: string, range: OffsetRange,
  verdict: CharterDiagnostic['verdict'], missingElements: string[], fix: CharterDiagnostic['fix'],
): CharterDiagnostic {
  const diagnostic: CharterDiagnostic = { ruleId: check.code, ruleName: check.name, docsUrl: docsUrl(check.code), severity, message, range };
  if (verdict) diagnostic.verdict = verdict;
  diagnostic.missingElements = missingElements;
  if (fix) diagnostic.fix = fix;
  return diagnostic;
}

/** Where a missing check is reported: the heading of its axis's section, else the title. */
function missingPlace(check: CheckDefinition, ctx: Context): OffsetRange {
  const { model, evidence } = ctx;
  if (model.yaml?.followsSchema) {
    const root = check.yamlKeys[0]!.split('.')[0];
    const section = model.sections.find((s) => s.keyPath?.length === 1 && s.keyPath[0] === root);
    if (section) return section.heading;
  } else {
    let best: number | undefined;
    for (const s of evidence.headingSections(`axis:${check.axis}`)) {
      if (best === undefined || model.sections[s]!.level < model.sections[best]!.level) best = s;
    }
    if (best !== undefined) return model.sections[best]!.heading;
  }
  return titlePlace(model);
}

function titlePlace(model: CharterModel): OffsetRange {
  const title = model.sections[model.titleSection] ?? (model.kind === 'markdown' ? model.sections[0] : undefined);
  if (title) return title.heading;
  if (model.meta.title) return model.meta.title.range;
  const firstLine = model.lines.lineOf(model.bodyStart);
  return { start: model.lines.lineStart(firstLine), end: model.lines.lineEnd(firstLine) };
}

function extraDiagnostics(ctx: Context, type: ReturnType<typeof decideType>, model: CharterModel): CharterDiagnostic[] {
  const messages = pack(ctx.locale).messages;
  const out: CharterDiagnostic[] = [];
  const extra = (ruleId: RuleId, severity: Severity, message: string, range: OffsetRange): CharterDiagnostic =>
    ({ ruleId, ruleName: ruleMeta(ruleId).name, severity: ctx.options.rules?.[ruleId] === 'off' ? severity : ((ctx.options.rules?.[ruleId] as Severity | undefined) ?? severity), message, range, docsUrl: docsUrl(ruleId) });
  for (const problem of model.problems) {
    out.push(extra('parse-error', 'error', format(messages.parseError, { message: problem.message }), clamp(problem.range, model.text.length)));
  }
  if (type.unknownDeclared !== undefined && model.meta.type) {
    out.push(extra('document-type', 'warning', format(messages.unknownType, { value: type.unknownDeclared }), model.meta.type.range));
  } else if (type.source === 'title' || type.source === 'default') {
    const message = type.source === 'title'
      ? format(messages.documentTypeTitle, { type: type.type, typeName: messages.types[type.type] })
      : messages.documentTypeDefault;
    out.push(extra('document-type', 'info', message, titlePlace(model)));
  }
  if (model.yaml) {
    if (model.yaml.followsSchema && model.problems.length === 0) {
      for (const problem of validateCharter(model.yaml.doc, ctx.locale)) out.push(extra('schema', 'error', problem.message, problem.range));
    } else if (!model.yaml.followsSchema) {
      out.push(extra('schema', 'info', messages.schemaHint, titlePlace(model)));
    }
  }
  const placeholder = /\{\{([^{}\n]{0,200})\}\}/g;
  // The expression starts at the first « {{ »: a search for it skips a charter that has none at
  // once, where the expression tried each of its characters (0.7 ms a keystroke on 1 MB).
  const first = model.text.indexOf('{{');
  placeholder.lastIndex = Math.max(0, first);
  for (let m = first < 0 ? null : placeholder.exec(model.text); m; m = placeholder.exec(model.text)) {
    out.push(extra('placeholder', 'error', format(messages.placeholder, { text: m[0] }), { start: m.index, end: m.index + m[0].length }));
  }
  return out;
}

function suppressionDiagnostics(
  suppressions: Suppression[], diagnostics: CharterDiagnostic[], gaps: ReadonlySet<CheckCode>, ctx: Context,
): CharterDiagnostic[] {
  const messages = pack(ctx.locale).messages;
  const out: CharterDiagnostic[] = [];
  const make = (ruleId: 'unused-suppression' | 'suppression-reason', message: string, range: OffsetRange): CharterDiagnostic =>
    ({ ruleId, ruleName: ruleId, severity: (ctx.options.rules?.[ruleId] as Severity | undefined) ?? 'warning', message, range, docsUrl: docsUrl(ruleId) });
  for (const s of suppressions) {
    const named = s.rules.length === CHECK_CODES.length ? 'P01…P16' : s.rules.join(', ');
    for (const name of s.unknown) out.push(make('unused-suppression', format(messages.unknownSuppression, { rule: name }), s.range));
    for (const rule of s.rules.length === CHECK_CODES.length ? [] : s.rules) {
      const wouldReport = rule.startsWith('P')
        ? gaps.has(rule as CheckCode)
        : diagnostics.some((d) => d.ruleId === rule);
      if (!wouldReport) out.push(make('unused-suppression', format(messages.unusedSuppression, { rule }), s.range));
    }
    if (!s.reason) out.push(make('suppression-reason', format(messages.suppressionReason, { rule: named }), s.range));
  }
  return out.filter((d) => ctx.options.rules?.[d.ruleId] !== 'off');
}


function fillCoverage(coverage: Record<CheckCode, Verdict>): Record<CheckCode, Verdict> {
  const out = {} as Record<CheckCode, Verdict>;
  for (const code of CHECK_CODES) out[code] = coverage[code] ?? 'not-applicable';
  return out;
}

function clamp(range: OffsetRange, length: number): OffsetRange {
  const start = Math.max(0, Math.min(range.start, length));
  return { start, end: Math.max(start, Math.min(range.end, length)) };
}
