import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ActiveCoverage } from './coverage';

/** What commands and views share: the extension, its language client, the active checklist. */
export interface CharterlintExtension {
  context: vscode.ExtensionContext;
  client: LanguageClient;
  coverage: ActiveCoverage;
}
