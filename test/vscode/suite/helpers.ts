import * as vscode from 'vscode';
import type { CharterlintApi } from '../../../client/src/api';

export const EXTENSION_ID = 'charterlint.charterlint';
/** How long a test waits for an event before failing with what it was waiting for (never a sleep). */
const WAIT_MS = 30_000;

export async function activate(): Promise<CharterlintApi> {
  const extension = vscode.extensions.getExtension<CharterlintApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in the test instance`);
  return extension.activate();
}

/** A file of the test workspace (a fresh copy of samples/). */
export function workspaceFile(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test instance has no workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

/** Resolves with `check()`'s value as soon as it has one: now, or after one of `event`'s firings. */
export function waitFor<T>(event: vscode.Event<unknown>, check: () => T | undefined, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const now = check();
    if (now !== undefined) {
      resolve(now);
      return;
    }
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${WAIT_MS} ms waiting for ${what}`));
    }, WAIT_MS);
    const subscription = event(() => {
      const value = check();
      if (value === undefined) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    });
  });
}

/** The first diagnostic of `uri` that `match` accepts, once the server has published it. */
export function diagnostic(uri: vscode.Uri, match: (d: vscode.Diagnostic) => boolean, what: string): Promise<vscode.Diagnostic> {
  return waitFor(vscode.languages.onDidChangeDiagnostics, () => vscode.languages.getDiagnostics(uri).find(match), what);
}

/** Resolves once no diagnostic of `uri` matches. */
export function noDiagnostic(uri: vscode.Uri, match: (d: vscode.Diagnostic) => boolean, what: string): Promise<true> {
  return waitFor(vscode.languages.onDidChangeDiagnostics, () => (vscode.languages.getDiagnostics(uri).some(match) ? undefined : true), what);
}

/** The code of a charterlint diagnostic (`P08`), whether or not it links to its documentation. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  if (d.code === undefined) return undefined;
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Runs a code action the way the light bulb does: its edit, then its command. */
export async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) await vscode.workspace.applyEdit(action.edit);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}
