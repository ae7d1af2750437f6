import * as vscode from 'vscode';
import { starterConfig } from '../../../server/src/config/starter';
import { exists } from './openDocs';

/** The names the server looks for, nearest folder first, in this order. */
const CONFIG_FILE_NAMES = ['.charterlintrc.yaml', '.charterlintrc.yml', '.charterlintrc.json'];

/**
 * `charterlint.openConfig`: the configuration file nearest to the active document (its folder,
 * then up to the workspace folder); if there is none, offers to write the commented starter of
 * `charterlint --init` at the workspace folder's root.
 */
export async function openConfig(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  const folder = (document && vscode.workspace.getWorkspaceFolder(document.uri))
    ?? (vscode.workspace.workspaceFolders?.length === 1 ? vscode.workspace.workspaceFolders[0] : await vscode.window.showWorkspaceFolderPick());
  if (!folder) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder to configure charterlint.'));
    return;
  }
  const start = document && vscode.workspace.getWorkspaceFolder(document.uri) === folder ? vscode.Uri.joinPath(document.uri, '..') : folder.uri;
  const found = await nearestConfig(start, folder.uri);
  if (found) {
    await vscode.window.showTextDocument(found);
    return;
  }
  const create = vscode.l10n.t('Create .charterlintrc.yaml');
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t('No charterlint configuration applies here. Create a commented .charterlintrc.yaml at the root of {0}?', folder.name),
    create,
  );
  if (answer !== create) return;
  const target = vscode.Uri.joinPath(folder.uri, '.charterlintrc.yaml');
  const setting = vscode.workspace.getConfiguration('charterlint', folder).get<string>('locale');
  const locale = setting === 'fr' || setting === 'en' ? setting : vscode.env.language.startsWith('fr') ? 'fr' : 'en';
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(starterConfig(locale)));
  await vscode.window.showTextDocument(target);
}

async function nearestConfig(from: vscode.Uri, root: vscode.Uri): Promise<vscode.Uri | undefined> {
  let dir = from;
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = vscode.Uri.joinPath(dir, name);
      if (await exists(candidate)) return candidate;
    }
    if (dir.path === root.path || !dir.path.startsWith(`${root.path}/`)) return undefined;
    dir = vscode.Uri.joinPath(dir, '..');
  }
}
