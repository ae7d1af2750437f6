import * as vscode from 'vscode';
import type { ActiveCharter, ActiveCoverage } from './coverage';
import { countsSummary } from './verdicts';

/** `$(checklist) 12/16` for the charter in the active editor; hidden for any other document. */
export class CoverageStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('charterlint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscription: vscode.Disposable;
  private visible = false;

  constructor(coverage: ActiveCoverage) {
    this.item.name = vscode.l10n.t('charterlint coverage');
    this.item.command = 'charterlint.showChecklist';
    this.subscription = coverage.onDidChange((active) => this.show(active));
    this.show(coverage.current);
  }

  /** What the user sees (the integration tests read it). */
  get state(): { visible: boolean; text: string; tooltip: string } {
    return { visible: this.visible, text: this.item.text, tooltip: typeof this.item.tooltip === 'string' ? this.item.tooltip : '' };
  }

  private show(active: ActiveCharter | undefined): void {
    if (!active) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const { counts } = active.coverage;
    this.item.text = `$(checklist) ${counts.covered}/${counts.applicable}`;
    this.item.tooltip = countsSummary(counts);
    this.item.accessibilityInformation = {
      label: vscode.l10n.t('charterlint: {0} of {1} checks covered', counts.covered, counts.applicable),
    };
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
