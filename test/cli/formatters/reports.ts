import path from 'node:path';
import type { CheckCode, Verdict } from '../../../server/src/engine/types';
import type { FileReport, LintMessage } from '../../../server/src/cli/report';

/** Hand-built reports, as `toFileReport` writes them, shared by the formatter tests. */
export const CWD = path.resolve('/work/city');

/** Every check `covered`, then the given verdicts. */
export function coverage(verdicts: Partial<Record<CheckCode, Verdict>>): Record<CheckCode, Verdict> {
  const all = Object.fromEntries(
    ['P01', 'P02', 'P03', 'P04', 'P05', 'P06', 'P07', 'P08', 'P09', 'P10', 'P11', 'P12', 'P13', 'P14', 'P15', 'P16'].map((c) => [c, 'covered']),
  ) as Record<CheckCode, Verdict>;
  return { ...all, ...verdicts };
}

export function report(filePath: string, partial: Omit<FileReport, 'filePath' | 'errorCount' | 'warningCount'>): FileReport {
  const { messages } = partial;
  return {
    ...partial,
    filePath: path.join(CWD, filePath),
    errorCount: messages.filter((m) => m.severity === 'error').length,
    warningCount: messages.filter((m) => m.severity === 'warning').length,
  };
}

/** A message with `%`, a line break (LF and CRLF), `:` and `,`: everything GitHub escapes. */
export const ESCAPE_ME = 'Impact measurement: 100% of costs,\nproductivity: missing\r\n';
/** Markup characters and a BEL control character (forbidden in XML 1.0, even as &#7;). */
export const XML_HOSTILE = 'Template placeholder to fill in: {{<b> & "x" \'y\' \u0007}}';

export const P08_FIX = '\n## Réversibilité des données\n\nÀ la fin du contrat, le titulaire restitue {{jeux de données}} au format {{format}}.\n';

export const charter: FileReport = report('docs/charte-lyon.md', {
  documentType: 'charter',
  language: 'fr',
  coverage: coverage({ P02: 'partial', P03: 'missing', P05: 'off', P07: 'partial', P08: 'missing', P13: 'partial' }),
  messages: [
    { ruleId: 'document-type', ruleName: 'document-type', severity: 'info', message: 'Document type inferred from the title: charter. Declare it (type: charter) to remove any doubt.', line: 1, column: 1, endLine: 1, endColumn: 24 },
    { ruleId: 'P08', ruleName: 'reversibility-clause', severity: 'error', message: 'No reversibility clause (restitution of the data, in named formats) is provided.', line: 1, column: 1, endLine: 1, endColumn: 24, fix: { range: [1843, 1843], text: P08_FIX } },
    { ruleId: 'P02', ruleName: 'usage-framework', severity: 'warning', message: "Rules of data use: only partly addressed. Missing: rules for the territory's actors.", line: 12, column: 1, endLine: 14, endColumn: 31 },
    { ruleId: 'P03', ruleName: 'ecosystem-exchanges', severity: 'warning', message: 'No standing forum for the data actors of the territory.', line: 9, column: 1, endLine: 9, endColumn: 15, fix: { range: [402, 402], text: '\n## Club des partenaires de la donnée\n' } },
    { ruleId: 'P07', ruleName: 'interoperability-framework', severity: 'warning', message: 'Interoperability: only partly addressed. Missing: a legal element (licence, model clauses).', line: 21, column: 3, endLine: 21, endColumn: 40 },
    { ruleId: 'P13', ruleName: 'impact-measurement', severity: 'warning', message: ESCAPE_ME, line: 27, column: 1, endLine: 27, endColumn: 58 },
    { ruleId: 'placeholder', ruleName: 'placeholder', severity: 'error', message: XML_HOSTILE, line: 30, column: 5, endLine: 30, endColumn: 27 },
    { ruleId: 'placeholder', ruleName: 'placeholder', severity: 'error', message: 'Template placeholder to fill in: {{format}}', line: 33, column: 40, endLine: 33, endColumn: 50 },
  ],
});

export const agreement: FileReport = report('docs/convention-bus.yaml', {
  documentType: 'partnership-agreement',
  language: 'en',
  coverage: coverage({
    P01: 'not-applicable', P02: 'not-applicable', P03: 'not-applicable', P04: 'not-applicable', P05: 'not-applicable',
    P09: 'not-applicable', P10: 'not-applicable', P11: 'not-applicable', P14: 'not-applicable', P15: 'not-applicable',
    P08: 'partial',
  }),
  messages: [
    { ruleId: 'P08', ruleName: 'reversibility-clause', severity: 'warning', message: 'Reversibility clause: only partly addressed. Missing: formats.', line: 8, column: 3, endLine: 8, endColumn: 17, fix: { range: [190, 190], text: '    formats: ["{{format}}"]\n' } },
    { ruleId: 'P08', ruleName: 'reversibility-clause', severity: 'info', message: 'Recommended: also provide raw (non-aggregated) data.', line: 8, column: 3, endLine: 8, endColumn: 17 },
  ],
});

export const clean: FileReport = report('docs/charte-complete.md', {
  documentType: 'charter', language: 'fr', coverage: coverage({}), messages: [],
});

export const REPORTS: FileReport[] = [charter, agreement];

/** The same report after someone inserted `n` lines above everything. */
export function shifted(r: FileReport, n: number): FileReport {
  const move = (m: LintMessage): LintMessage => ({ ...m, line: m.line + n, endLine: m.endLine + n });
  return { ...r, messages: r.messages.map((m) => (m.fix ? { ...move(m), fix: { range: [m.fix.range[0] + n, m.fix.range[1] + n], text: m.fix.text } } : move(m))) };
}
