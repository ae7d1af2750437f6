import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV, type InitializationOptions } from '../../server/src/lsp/protocol';

export const CONFIG_GLOB = '**/.charterlintrc.{yaml,yml,json}';

/** The charterlint language server (dist/server.js) over IPC, with its Node options; the debug variant waits for an inspector on 6009. */
export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
  };
  const initializationOptions: InitializationOptions = { snippetCommand: true, locale: vscode.env.language };
  const configWatcher = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB);
  context.subscriptions.push(configWatcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', language: 'yaml' },
      { scheme: 'untitled', language: 'yaml' },
      { scheme: 'file', pattern: CONFIG_GLOB },
    ],
    synchronize: { fileEvents: configWatcher },
    initializationOptions,
  };
  return new LanguageClient('charterlint', 'charterlint', serverOptions, clientOptions);
}
