import assert from 'node:assert/strict';
import { json } from '../../../server/src/cli/formatters/json';
import { toFileReport } from '../../../server/src/cli/report';
import { coverage, CWD, REPORTS } from './reports';
import type { LintResult } from '../../../server/src/engine/types';

const ctx = { cwd: CWD, locale: 'en' as const, color: false, version: '0.1.0' };

describe('json formatter', () => {
  it('round-trips to the same report objects', () => {
    const out = json(REPORTS, ctx);
    assert.deepEqual(JSON.parse(out), REPORTS);
    assert.equal(out, `${JSON.stringify(REPORTS, null, 2)}\n`);
  });

  it('writes exactly the keys of the contract, from a real toFileReport', () => {
    const text = '# Charte\n\nTexte.\n';
    const result: LintResult = {
      filePath: '/work/city/charte.md', sourceKind: 'markdown', documentType: 'charter', documentTypeSource: 'declared',
      language: 'fr', coverage: coverage({ P08: 'missing' }), evidence: {}, text,
      diagnostics: [{
        ruleId: 'P08', ruleName: 'reversibility-clause', severity: 'error', message: 'Pas de clause.', range: { start: 0, end: 8 },
        verdict: 'missing', missingElements: ['clause'], docsUrl: 'https://example.org/P08.md',
        fix: { title: 'Insérer', insertions: [{ offset: text.length, text: '\n## Réversibilité\n' }] },
      }],
    };
    const [parsed] = JSON.parse(json([toFileReport(result)], ctx)) as Record<string, unknown>[];
    assert.deepEqual(Object.keys(parsed!).sort(), ['coverage', 'documentType', 'errorCount', 'filePath', 'language', 'messages', 'warningCount']);
    const [message] = parsed!.messages as Record<string, unknown>[];
    assert.deepEqual(message, {
      ruleId: 'P08', ruleName: 'reversibility-clause', severity: 'error', message: 'Pas de clause.',
      line: 1, column: 1, endLine: 1, endColumn: 9, fix: { range: [17, 17], text: '\n## Réversibilité\n' },
    });
  });
});
