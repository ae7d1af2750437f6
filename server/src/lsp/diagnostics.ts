import path from 'node:path';
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { ConfigProblem } from '../config';
import type { CharterDiagnostic, Severity } from '../engine';
import type { Analysis, CharterAnalysis } from './analysis';
import { formatSize } from '../config/size';
import { fill, ui } from './messages';
import type { DiagnosticData } from './protocol';
import { firstLineRange, problemRange, toRange } from './ranges';
import { pathToUri, uriToPath } from './workspace';

export const SOURCE = 'charterlint';

export const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** `P08#0`: the first diagnostic of P08 that carries a fix, in the lint's order. */
export function fixIds(diagnostics: readonly CharterDiagnostic[]): Array<string | undefined> {
  const seen = new Map<string, number>();
  return diagnostics.map((d) => {
    if (!d.fix) return undefined;
    const n = seen.get(d.ruleId) ?? 0;
    seen.set(d.ruleId, n + 1);
    return `${d.ruleId}#${n}`;
  });
}

/** The LSP diagnostics of an analysis: the engine's, field for field, plus the editor's own. */
export function toDiagnostics(analysis: Analysis, relatedInformation: boolean): Diagnostic[] {
  switch (analysis.kind) {
    case 'skipped':
      return [];
    case 'charter':
      return [...charterDiagnostics(analysis), ...configDiagnostic(analysis, relatedInformation)];
    case 'config':
      return analysis.problems.map((p): Diagnostic => ({
        range: problemRange(samePath(p.file, analysis.uri) ? p : { file: p.file, message: p.message }, analysis.document),
        severity: DiagnosticSeverity.Error, code: 'config', source: SOURCE,
        message: p.key ? `${p.key}: ${p.message}` : p.message, data: { ruleId: 'config' } satisfies DiagnosticData,
      }));
    case 'too-large':
      return [{
        range: firstLineRange(analysis.document), severity: DiagnosticSeverity.Warning, code: 'too-large', source: SOURCE,
        message: fill(ui(analysis.locale).tooLarge, { size: formatSize(analysis.limit) }), data: { ruleId: 'too-large' } satisfies DiagnosticData,
      }];
    case 'failed':
      return [{
        range: firstLineRange(analysis.document), severity: DiagnosticSeverity.Error, code: 'internal-error', source: SOURCE,
        message: fill(ui(analysis.locale).internalError, { error: analysis.error }), data: { ruleId: 'internal-error' } satisfies DiagnosticData,
      }];
  }
}

function charterDiagnostics(analysis: CharterAnalysis): Diagnostic[] {
  const ids = fixIds(analysis.result.diagnostics);
  return analysis.result.diagnostics.map((d, i): Diagnostic => {
    const data: DiagnosticData = { ruleId: d.ruleId };
    if (d.verdict) data.verdict = d.verdict;
    if (d.missingElements) data.missingElements = d.missingElements;
    if (ids[i]) data.fixId = ids[i];
    return {
      range: toRange(analysis.document, d.range),
      severity: SEVERITIES[d.severity],
      code: d.ruleId,
      codeDescription: { href: d.docsUrl },
      source: SOURCE,
      message: d.message,
      data,
    };
  });
}

/** The CLI stops on a broken configuration; the editor lints with what could be read, and says so. */
function configDiagnostic(analysis: CharterAnalysis, relatedInformation: boolean): Diagnostic[] {
  const problems = analysis.configProblems;
  if (problems.length === 0) return [];
  const where = (p: ConfigProblem) => `${path.basename(p.file)}${p.line !== undefined ? `:${p.line}:${p.column ?? 1}` : ''}: ${p.key ? `${p.key}: ` : ''}${p.message}`;
  const diagnostic: Diagnostic = {
    range: firstLineRange(analysis.document), severity: DiagnosticSeverity.Error, code: 'config', source: SOURCE,
    message: fill(ui(analysis.locale).configProblems, { problems: problems.map(where).join('; ') }),
    data: { ruleId: 'config' } satisfies DiagnosticData,
  };
  if (relatedInformation) {
    diagnostic.relatedInformation = problems.map((p): DiagnosticRelatedInformation => {
      const position = { line: Math.max(0, (p.line ?? 1) - 1), character: Math.max(0, (p.column ?? 1) - 1) };
      return { location: { uri: pathToUri(p.file), range: { start: position, end: position } }, message: p.key ? `${p.key}: ${p.message}` : p.message };
    });
  }
  return [diagnostic];
}

function samePath(file: string, uri: string): boolean {
  const own = uriToPath(uri);
  return own !== undefined && path.resolve(own) === path.resolve(file);
}
