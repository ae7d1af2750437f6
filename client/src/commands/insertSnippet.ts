import * as vscode from 'vscode';
import { placeSnippet, snippetToText, type Position } from '../snippetPlacement';

/**
 * `charterlint.insertSnippet` [uri, position, snippet]: the server's quick fixes, with tab stops on
 * the `{{…}}` blanks. Shows the document first when no editor has it in front.
 */
export async function insertSnippet(uri: string, position: Position, snippet: string): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const editor = await vscode.window.showTextDocument(document, visible?.viewColumn);
  const at = (p: Position) => new vscode.Position(p.line, p.character);
  const placement = placeSnippet({ count: document.lineCount, text: (n) => document.lineAt(n).text }, position, snippet);
  if (placement === 'plain') return editor.edit((edit) => edit.insert(at(position), snippetToText(snippet)));
  const { lineBreak } = placement;
  if (lineBreak && !(await editor.edit((edit) => edit.insert(at(lineBreak.position), lineBreak.text), { undoStopBefore: true, undoStopAfter: false }))) {
    return false;
  }
  return editor.insertSnippet(new vscode.SnippetString(placement.snippet), at(placement.position), { undoStopBefore: !lineBreak, undoStopAfter: true });
}
