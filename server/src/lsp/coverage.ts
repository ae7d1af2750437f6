import { AXES, CHECK_CODES, CHECKS, type CheckCode, type LintResult } from '../engine';
import type { CharterAnalysis } from './analysis';
import { countVerdicts } from '../engine/coverage';
import type { Coverage, CoverageCheck } from './protocol';
import { toRange } from './ranges';

/** The checklist of one document: verdict, evidence and diagnostic of each of the 16 checks. */
export function coverageOf(analysis: CharterAnalysis): Coverage {
  const { result, document, locale } = analysis;
  const checks = CHECKS.map((check): CoverageCheck => {
    const verdict = result.coverage[check.code];
    const diagnostic = result.diagnostics.find((d) => d.ruleId === check.code && d.verdict !== undefined);
    const out: CoverageCheck = {
      code: check.code, name: check.name, axis: check.axis, axisTitle: AXES[check.axis][locale], verdict,
      evidence: verdict === 'not-applicable' ? [] : (result.evidence[check.code] ?? []).map((r) => toRange(document, r)),
    };
    if (diagnostic) {
      out.message = diagnostic.message;
      out.diagnosticRange = toRange(document, diagnostic.range);
    }
    return out;
  });
  return {
    uri: analysis.uri, version: analysis.version, documentType: result.documentType, language: result.language,
    checks, counts: countVerdicts(result.coverage),
  };
}


/** Applicable checks with evidence inside [start, end), in checklist order. */
export function checksWithEvidenceIn(result: LintResult, start: number, end: number): CheckCode[] {
  return CHECK_CODES.filter((code) => result.coverage[code] !== 'not-applicable'
    && (result.evidence[code] ?? []).some((r) => r.start >= start && r.end <= end));
}
