import * as vscode from 'vscode';
import type { CoverageCounts } from '../../server/src/lsp/protocol';
import type { Verdict } from '../../server/src/engine/types';

/** The verdict in the UI language. */
export function verdictWord(verdict: Verdict): string {
  switch (verdict) {
    case 'covered': return vscode.l10n.t('covered');
    case 'partial': return vscode.l10n.t('partial');
    case 'missing': return vscode.l10n.t('missing');
    case 'not-applicable': return vscode.l10n.t('not applicable');
    case 'off': return vscode.l10n.t('off');
  }
}

/** One codicon per verdict, coloured like test results: the same reading as the CLI's ✔ ◐ ✖ – ⊘. */
export function verdictIcon(verdict: Verdict): vscode.ThemeIcon {
  switch (verdict) {
    case 'covered': return new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
    case 'partial': return new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('editorWarning.foreground'));
    case 'missing': return new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed'));
    case 'not-applicable': return new vscode.ThemeIcon('dash', new vscode.ThemeColor('disabledForeground'));
    case 'off': return new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground'));
  }
}

/**
 * "12 covered · 2 partial · 2 missing" (and "· 1 off" when a check is disabled). French agrees
 * the word with the number, so the plural is its own message (key "…/plural" in the bundle).
 */
export function countsSummary(counts: CoverageCounts): string {
  const many = (n: number) => n >= 2;
  const parts = [
    many(counts.covered) ? vscode.l10n.t({ message: '{0} covered', args: [counts.covered], comment: ['plural'] }) : vscode.l10n.t('{0} covered', counts.covered),
    many(counts.partial) ? vscode.l10n.t({ message: '{0} partial', args: [counts.partial], comment: ['plural'] }) : vscode.l10n.t('{0} partial', counts.partial),
    many(counts.missing) ? vscode.l10n.t({ message: '{0} missing', args: [counts.missing], comment: ['plural'] }) : vscode.l10n.t('{0} missing', counts.missing),
  ];
  if (counts.off > 0) parts.push(many(counts.off) ? vscode.l10n.t({ message: '{0} off', args: [counts.off], comment: ['plural'] }) : vscode.l10n.t('{0} off', counts.off));
  return parts.join(' · ');
}
