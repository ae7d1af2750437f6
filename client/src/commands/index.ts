import * as vscode from 'vscode';
import { Commands } from '../../../server/src/lsp/protocol';
import { isCheckNode, VIEW_ID } from '../checklistView';
import type { CharterlintExtension } from '../context';
import type { Position } from '../snippetPlacement';
import { revealCheck, showDocument } from './checks';
import { insertSection } from './insertSection';
import { insertSnippet } from './insertSnippet';
import { lintWorkspace } from './lintWorkspace';
import { newCharter } from './newCharter';
import { openConfig } from './openConfig';
import { openDocs } from './openDocs';

/** Every command the extension contributes, plus the three the server's actions and lenses call. */
export function registerCommands(ext: CharterlintExtension): vscode.Disposable[] {
  const register = vscode.commands.registerCommand;
  return [
    register(Commands.insertSnippet, (uri: string, position: Position, snippet: string) => insertSnippet(uri, position, snippet)),
    register(Commands.openDocs, (target?: unknown) => openDocs(ext, target)),
    register(Commands.showChecklist, (uri?: unknown) => showChecklist(ext, uri)),
    register('charterlint.revealCheck', (node: unknown) => (isCheckNode(node) ? revealCheck(ext, node) : undefined)),
    register('charterlint.lintWorkspace', () => lintWorkspace(ext)),
    register('charterlint.newCharter', () => newCharter(ext)),
    register('charterlint.insertSection', (target?: unknown) => insertSection(ext, target)),
    register('charterlint.openConfig', () => openConfig()),
    register('charterlint.restartServer', () => ext.client.restart()),
    register('charterlint.showOutput', () => ext.client.outputChannel.show()),
  ];
}

/** `charterlint.showChecklist` [uri?]: the checklist view, for that document when one is given (code lens). */
async function showChecklist(ext: CharterlintExtension, uri: unknown): Promise<void> {
  const asServerUri = (document: vscode.TextDocument) => ext.client.code2ProtocolConverter.asUri(document.uri);
  const active = vscode.window.activeTextEditor?.document;
  if (typeof uri === 'string' && (!active || asServerUri(active) !== uri)) {
    const document = vscode.workspace.textDocuments.find((d) => asServerUri(d) === uri);
    if (document) await showDocument(document);
  }
  await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
}
