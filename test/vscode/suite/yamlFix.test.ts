import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, codeOf, diagnostic, noDiagnostic, open, waitFor, workspaceFile } from './helpers';

/** The keys a P08 fix adds at the end of an indented line: VS Code must not indent them twice. */
const BEFORE = `type: charte
lang: fr
title: Charte de la donnée de Sorneville
data:
  reversibility:
    datasets:
      - horaires théoriques des lignes
`;
const AFTER = `type: charte
lang: fr
title: Charte de la donnée de Sorneville
data:
  reversibility:
    datasets:
      - horaires théoriques des lignes
    formats:
      - "{{format, par ex. CSV}}"
`;

describe('a YAML fix inserted under an indented key', () => {
  it('keeps the indentation the server wrote (charterlint.insertSection on a checklist row)', async () => {
    const api = await activate();
    const uri = workspaceFile('charte-reversibilite.yaml');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(BEFORE));
    const editor = await open(uri);
    const isP08Gap = (d: vscode.Diagnostic) => codeOf(d) === 'P08' && d.severity === vscode.DiagnosticSeverity.Warning;
    await diagnostic(uri, isP08Gap, 'the P08 warning (no formats)');
    const check = await waitFor(api.onDidChangeCoverage, () => {
      const p08 = api.coverage?.checks.find((c) => c.code === 'P08');
      return api.coverage?.uri.endsWith('charte-reversibilite.yaml') && p08?.verdict === 'partial' ? p08 : undefined;
    }, 'the checklist of charte-reversibilite.yaml');

    // What the row's inline action passes.
    await vscode.commands.executeCommand('charterlint.insertSection', { kind: 'check', check, document: editor.document });
    assert.equal(editor.document.getText(), AFTER);
    await noDiagnostic(uri, isP08Gap, 'the P08 warning to go');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
