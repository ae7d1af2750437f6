import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, EXTENSION_ID, open, waitFor, workspaceFile } from './helpers';

describe('status bar, checklist and commands', () => {
  it('registers every command package.json contributes', async () => {
    await activate();
    const contributed = (vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { commands: Array<{ command: string }> } }).contributes.commands;
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const { command } of contributed) assert.ok(registered.has(command), `${command} is contributed but not registered`);
  });

  it('shows covered/applicable for a charter, and hides for any other document', async () => {
    const api = await activate();
    await open(workspaceFile('convention-mobilite-reversibilite.md'));
    const coverage = await waitFor(api.onDidChangeCoverage, () => (api.coverage?.uri.endsWith('convention-mobilite-reversibilite.md') ? api.coverage : undefined), 'the checklist of the convention');
    // A partnership agreement: 6 of the 16 checks apply.
    assert.equal(coverage.documentType, 'partnership-agreement');
    assert.equal(coverage.counts.applicable, 6);
    assert.equal(coverage.checks.filter((c) => c.verdict === 'not-applicable').length, 10);
    assert.deepEqual(api.status, {
      visible: true,
      text: `$(checklist) ${coverage.counts.covered}/6`,
      tooltip: `${coverage.counts.covered} covered · ${coverage.counts.partial} partial · ${coverage.counts.missing} missing`,
    });

    await open(workspaceFile('README.md'));
    await waitFor(api.onDidChangeCoverage, () => (api.coverage === undefined ? true : undefined), 'the README to show no checklist');
    assert.equal(api.status.visible, false);
  });

  it('runs the commands the server and the status bar call', async () => {
    await open(workspaceFile('charte.yaml'));
    await vscode.commands.executeCommand('charterlint.showChecklist');
    await vscode.commands.executeCommand('charterlint.openDocs', 'https://github.com/charterlint/charterlint/blob/main/docs/rules/P08.md');
  });

  it('lints the workspace into the Problems panel', async () => {
    await activate();
    const result = await vscode.commands.executeCommand<{ files: number; problems: number } | undefined>('charterlint.lintWorkspace');
    assert.ok(result && result.files >= 6, `lintWorkspace returned ${JSON.stringify(result)}`);
    // A charter that no editor has open now has its problems too.
    const closed = workspaceFile('charte-commune-incomplete.md');
    assert.ok(vscode.languages.getDiagnostics(closed).some((d) => d.source === 'charterlint'));
  });
});
