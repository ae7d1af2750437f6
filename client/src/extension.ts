import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CharterlintApi } from './api';
import { ChecklistView } from './checklistView';
import { registerCommands } from './commands';
import { ActiveCoverage } from './coverage';
import { createLanguageClient } from './languageClient';
import { CoverageStatus } from './statusBar';
import { registerTaskProvider } from './tasks';

let client: LanguageClient | undefined;

/** Wiring only: the language server does the linting; the views follow its coverage notifications. */
export async function activate(context: vscode.ExtensionContext): Promise<CharterlintApi> {
  client = createLanguageClient(context);
  const coverage = new ActiveCoverage(client);
  const status = new CoverageStatus(coverage);
  context.subscriptions.push(
    coverage,
    status,
    new ChecklistView(coverage),
    ...registerCommands({ context, client, coverage }),
    registerTaskProvider(context),
  );
  try {
    await client.start();
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The charterlint language server could not start: {0}', String(error)));
  }
  return {
    get coverage() {
      return coverage.current?.coverage;
    },
    onDidChangeCoverage: (listener, thisArg, disposables) => coverage.onDidChange((active) => listener.call(thisArg, active?.coverage), undefined, disposables),
    get status() {
      return status.state;
    },
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
