import * as vscode from 'vscode';
import type { CoverageCheck } from '../../../server/src/lsp/protocol';
import { isCheckNode } from '../checklistView';
import type { CharterlintExtension } from '../context';
import { verdictWord } from '../verdicts';
import { applyCheckFix, gapsOf } from './checks';

interface GapItem extends vscode.QuickPickItem {
  check: CoverageCheck;
}

/**
 * `charterlint.insertSection`: the server's quick fix of one missing or partial check of the
 * active charter — the check of a checklist row (its inline action), else one picked from a list.
 */
export async function insertSection(ext: CharterlintExtension, target?: unknown): Promise<void> {
  if (isCheckNode(target)) {
    await applyCheckFix(ext, target.document, target.check);
    return;
  }
  const active = ext.coverage.current;
  if (!active) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The active editor does not show a charter.'));
    return;
  }
  const gaps = gapsOf(active.coverage.checks);
  if (gaps.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Every applicable check of this document is covered.'));
    return;
  }
  const items: GapItem[] = gaps.map((check) => ({
    check,
    label: `${check.verdict === 'missing' ? '$(error)' : '$(circle-large-outline)'} ${check.code} ${check.name}`,
    description: verdictWord(check.verdict),
    detail: check.message,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Insert a missing section'),
    placeHolder: vscode.l10n.t('Which check should the template complete?'),
    matchOnDetail: true,
  });
  if (picked) await applyCheckFix(ext, active.document, picked.check);
}
