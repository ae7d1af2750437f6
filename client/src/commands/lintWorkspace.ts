import * as vscode from 'vscode';
import { Methods, type LintWorkspaceResult } from '../../../server/src/lsp/protocol';
import type { CharterlintExtension } from '../context';

/**
 * `charterlint.lintWorkspace`: every charter of the workspace into the Problems panel, under a
 * cancellable progress notification; returns the counts (the message does not hold the command).
 */
export async function lintWorkspace(ext: CharterlintExtension): Promise<LintWorkspaceResult | undefined> {
  if (!ext.client.isRunning()) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The charterlint language server is not running.'));
    return undefined;
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('charterlint: linting the charters of the workspace…'), cancellable: true },
    async (_progress, token) => {
      try {
        return await ext.client.sendRequest<LintWorkspaceResult>(Methods.lintWorkspace, {}, token);
      } catch (error) {
        if (!token.isCancellationRequested) void vscode.window.showErrorMessage(vscode.l10n.t('charterlint could not lint the workspace: {0}', String(error)));
        return undefined;
      }
    },
  );
  if (result) void report(result);
  return result;
}

async function report(result: LintWorkspaceResult): Promise<void> {
  if (result.files === 0) {
    const create = vscode.l10n.t('New charter from template');
    const answer = await vscode.window.showInformationMessage(
      vscode.l10n.t('No charter found in the workspace. charterlint lints the documents that declare a type (type: charter, usage-framework or partnership-agreement) or that match include in .charterlintrc.yaml.'),
      create,
    );
    if (answer === create) await vscode.commands.executeCommand('charterlint.newCharter');
    return;
  }
  const show = vscode.l10n.t('Show problems');
  const answer = await vscode.window.showInformationMessage(vscode.l10n.t('charterlint: {0} in {1}.', problems(result.problems), charters(result.files)), show);
  if (answer === show) await vscode.commands.executeCommand('workbench.actions.view.problems');
}

function problems(n: number): string {
  if (n === 1) return vscode.l10n.t('1 problem');
  return n >= 2 ? vscode.l10n.t({ message: '{0} problems', args: [n], comment: ['plural'] }) : vscode.l10n.t('{0} problems', n);
}

function charters(n: number): string {
  if (n === 1) return vscode.l10n.t('1 charter');
  return vscode.l10n.t({ message: '{0} charters', args: [n], comment: ['plural'] });
}
