import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import fr from '../../../server/src/engine/i18n/fr.json';
import { activate, apply, codeOf, diagnostic, noDiagnostic, open, waitFor, workspaceFile } from './helpers';

describe('quick fix of a partial P08 (samples/convention-mobilite-reversibilite.md)', () => {
  it('inserts the formats sentence of the French template, and P08 is then covered', async () => {
    const api = await activate();
    const uri = workspaceFile('convention-mobilite-reversibilite.md');
    const editor = await open(uri);
    const document = editor.document;
    const isP08Gap = (d: vscode.Diagnostic) => codeOf(d) === 'P08' && d.severity === vscode.DiagnosticSeverity.Warning;
    const p08 = await diagnostic(uri, isP08Gap, 'the P08 warning (reversibility clause without formats)');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, p08.range, vscode.CodeActionKind.QuickFix.value);
    // What the light bulb offers there: P08's fix (preferred), "disable P08", "show documentation".
    // (executeCodeActionProvider does not return the actions' diagnostics: P08 is the only gap here.)
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, `preferred quick fixes: ${actions.map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`).join(' | ')}`);
    const fix = preferred[0]!;
    // The charterlint client inserts a snippet through its own command (tab stops on the blanks).
    assert.equal(fix.command?.command, 'charterlint.insertSnippet');

    const sentence = fr.templates.P08.elements.formats;
    const before = document.getText();
    assert.ok(!before.includes(sentence));
    await apply(fix);
    const after = document.getText();
    assert.ok(after.includes(sentence), `the document does not contain « ${sentence} »`);
    // A fix only inserts: without the sentence and the line breaks before it, the text is as it was.
    assert.equal(after.replace(/(?:\r?\n)+Ils sont restitués dans les formats \{\{[^}]*\}\}\./, ''), before);

    await noDiagnostic(uri, isP08Gap, 'the P08 warning to go');
    await diagnostic(uri, (d) => codeOf(d) === 'placeholder' && document.getText(d.range) === '{{formats, par ex. CSV, GeoJSON, NeTEx}}', 'a placeholder error on the inserted blank');
    const p08Now = await waitFor(api.onDidChangeCoverage, () => {
      const check = api.coverage?.checks.find((c) => c.code === 'P08');
      return api.coverage?.uri.endsWith('convention-mobilite-reversibilite.md') && check?.verdict === 'covered' ? check : undefined;
    }, 'the checklist to show P08 covered');
    assert.equal(p08Now.verdict, 'covered');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
