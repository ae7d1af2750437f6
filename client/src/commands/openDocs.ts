import * as vscode from 'vscode';
import { docsUrl, RULES } from '../../../server/src/engine/rules';
import type { RuleId } from '../../../server/src/engine/types';
import { isCheckNode } from '../checklistView';
import type { CharterlintExtension } from '../context';

interface RuleItem extends vscode.QuickPickItem {
  id: RuleId;
}

/**
 * `charterlint.openDocs` [url?]: a rule's page. The extension ships docs/rules/<ID>.md, shown in
 * the Markdown preview; an unknown page opens in the browser. Without argument, pick a rule.
 */
export async function openDocs(ext: CharterlintExtension, target?: unknown): Promise<void> {
  if (typeof target === 'string') return openRulePage(ext, /([\w-]+)\.md(?:[?#].*)?$/.exec(target)?.[1], target);
  if (isCheckNode(target)) return openRulePage(ext, target.check.code, docsUrl(target.check.code));
  const fr = vscode.env.language.startsWith('fr');
  const items: RuleItem[] = RULES.map((rule) => ({
    id: rule.id,
    label: rule.id === rule.name ? rule.id : `${rule.id} ${rule.name}`,
    detail: rule.summary[fr ? 'fr' : 'en'],
  }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('charterlint rule documentation'), matchOnDetail: true });
  if (picked) await openRulePage(ext, picked.id, docsUrl(picked.id));
}

async function openRulePage(ext: CharterlintExtension, id: string | undefined, url: string): Promise<void> {
  if (id) {
    const page = vscode.Uri.joinPath(ext.context.extensionUri, 'docs', 'rules', `${id}.md`);
    if (await exists(page)) {
      try {
        await vscode.commands.executeCommand('markdown.showPreview', page);
      } catch {
        // The built-in Markdown extension is disabled: the page as text.
        await vscode.window.showTextDocument(page);
      }
      return;
    }
  }
  await vscode.env.openExternal(vscode.Uri.parse(url));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
