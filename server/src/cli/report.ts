import { LineIndex } from '../engine/positions';
import type { CheckCode, DocumentType, Language, LintResult, Severity, Verdict } from '../engine/types';

/**
 * The JSON contract of `--format json` (one object per file). Every other formatter reads this
 * shape too, so that all outputs say the same thing.
 */
export interface LintMessage {
  ruleId: string;
  ruleName: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Insert-only fix, as ESLint writes it: replace `range` (always empty here) with `text`. */
  fix?: { range: [number, number]; text: string };
}

export interface FileReport {
  filePath: string;
  documentType: DocumentType;
  language: Language;
  coverage: Record<CheckCode, Verdict>;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
}

export function toFileReport(result: LintResult, filePath = result.filePath): FileReport {
  const lines = new LineIndex(result.text);
  // A BOM is not a character of line 1 for an editor (nor for ESLint): columns there start after it.
  const bom = result.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const at = (offset: number) => {
    const p = lines.position(offset);
    return bom && p.line === 1 ? { line: 1, column: Math.max(1, p.column - bom) } : p;
  };
  const messages = result.diagnostics.map((d): LintMessage => {
    const start = at(d.range.start);
    const end = at(d.range.end);
    const message: LintMessage = {
      ruleId: d.ruleId,
      ruleName: d.ruleName,
      severity: d.severity,
      message: d.message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
    };
    const first = d.fix?.insertions[0];
    if (first && d.fix?.insertions.length === 1) message.fix = { range: [first.offset, first.offset], text: first.text };
    return message;
  });
  return {
    filePath,
    documentType: result.documentType,
    language: result.language,
    coverage: result.coverage,
    messages,
    errorCount: messages.filter((m) => m.severity === 'error').length,
    warningCount: messages.filter((m) => m.severity === 'warning').length,
  };
}
