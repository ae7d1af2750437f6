import * as vscode from 'vscode';
import { CodeAction, CodeActionKind, CodeActionRequest } from 'vscode-languageclient/node';
import { Commands, type CoverageCheck } from '../../../server/src/lsp/protocol';
import type { CheckNode } from '../checklistView';
import type { CharterlintExtension } from '../context';

const isGap = (check: CoverageCheck) => check.verdict === 'missing' || check.verdict === 'partial';

/** Shows a document in the editor group that already has it, else in the active one. */
export async function showDocument(document: vscode.TextDocument): Promise<vscode.TextEditor> {
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
  return vscode.window.showTextDocument(document, visible?.viewColumn);
}

/**
 * A click on a checklist row: selects the evidence (covered, off) or the diagnostic (partial,
 * missing), and for a gap opens the quick fixes there.
 */
export async function revealCheck(ext: CharterlintExtension, node: CheckNode): Promise<void> {
  const { check } = node;
  const range = (isGap(check) ? check.diagnosticRange : undefined) ?? check.evidence[0];
  const editor = await showDocument(node.document);
  if (!range) return;
  const target = ext.client.protocol2CodeConverter.asRange(range);
  editor.selection = new vscode.Selection(target.start, target.end);
  editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  if (isGap(check)) await vscode.commands.executeCommand('editor.action.quickFix');
}

/**
 * Applies the server's quick fix for one check. The server is asked for the code actions of that
 * check's diagnostic alone (found by code and range, never by message text), so that other gaps
 * reported on the same heading do not compete; the preferred action is the fix.
 */
export async function applyCheckFix(ext: CharterlintExtension, document: vscode.TextDocument, check: CoverageCheck): Promise<boolean> {
  const { client } = ext;
  const range = check.diagnosticRange && client.protocol2CodeConverter.asRange(check.diagnosticRange);
  const diagnostic = range && vscode.languages.getDiagnostics(document.uri)
    .find((d) => codeOf(d) === check.code && d.range.isEqual(range) && (check.message === undefined || d.message === check.message));
  const actions = diagnostic && range ? await client.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) },
    range: client.code2ProtocolConverter.asRange(range),
    context: { diagnostics: [client.code2ProtocolConverter.asDiagnostic(diagnostic)], only: [CodeActionKind.QuickFix] },
  }) : null;
  const fixes = (actions ?? []).filter((a): a is CodeAction => CodeAction.is(a));
  const fix = fixes.find((a) => a.isPreferred) ?? fixes.find((a) => !isDocsOrSuppression(a));
  if (!fix) {
    void vscode.window.showInformationMessage(vscode.l10n.t('charterlint has no fix for {0} here.', check.code));
    return false;
  }
  await showDocument(document);
  if (fix.edit) await vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(fix.edit));
  if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
  return true;
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** The other actions the server offers on a diagnostic: its documentation, a suppression comment. */
function isDocsOrSuppression(action: CodeAction): boolean {
  if (action.command?.command === Commands.openDocs) return true;
  const inserted = action.command?.command === Commands.insertSnippet ? String(action.command.arguments?.[2] ?? '') : '';
  return inserted.includes('charterlint-disable');
}

export const gapsOf = (checks: CoverageCheck[]): CoverageCheck[] => checks.filter(isGap);
