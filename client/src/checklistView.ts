import * as path from 'node:path';
import * as vscode from 'vscode';
import { RULES } from '../../server/src/engine/rules';
import type { CoverageCheck } from '../../server/src/lsp/protocol';
import type { ActiveCharter, ActiveCoverage } from './coverage';
import { documentTypeName } from './documentTypes';
import { verdictIcon, verdictWord } from './verdicts';

export const VIEW_ID = 'charterlint.checklist';

export interface AxisNode {
  kind: 'axis';
  axis: number;
  title: string;
  checks: CoverageCheck[];
}

/** A row of the checklist; also the argument of the row's inline actions. */
export interface CheckNode {
  kind: 'check';
  check: CoverageCheck;
  document: vscode.TextDocument;
}

/** The checks the document type excludes, after the axes, folded. */
interface NotApplicableNode {
  kind: 'not-applicable';
  checks: CoverageCheck[];
}

type Node = AxisNode | CheckNode | NotApplicableNode;

export function isCheckNode(value: unknown): value is CheckNode {
  return typeof value === 'object' && value !== null && (value as Partial<CheckNode>).kind === 'check';
}

/**
 * "Charter checklist" in the Explorer: the active document's applicable checks by axis, then,
 * folded, those its type excludes.
 */
export class ChecklistView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[];
  private readonly coverage: ActiveCoverage;

  constructor(coverage: ActiveCoverage) {
    this.coverage = coverage;
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables = [this.changed, this.view, coverage.onDidChange((active) => this.update(active))];
    this.update(coverage.current);
  }

  private update(active: ActiveCharter | undefined): void {
    this.view.description = active
      ? `${path.basename(active.document.uri.path) || active.document.uri.toString()} · ${documentTypeName(active.coverage.documentType)}`
      : undefined;
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    const active = this.coverage.current;
    if (!active) return [];
    if (node?.kind === 'axis' || node?.kind === 'not-applicable') return node.checks.map((check) => ({ kind: 'check', check, document: active.document }));
    if (node) return [];
    const axes = new Map<number, AxisNode>();
    const excluded: CoverageCheck[] = [];
    for (const check of active.coverage.checks) {
      if (check.verdict === 'not-applicable') {
        excluded.push(check);
        continue;
      }
      const axis = axes.get(check.axis) ?? { kind: 'axis', axis: check.axis, title: check.axisTitle, checks: [] };
      axis.checks.push(check);
      axes.set(check.axis, axis);
    }
    const roots: Node[] = [...axes.values()].sort((a, b) => a.axis - b.axis);
    if (excluded.length > 0) roots.push({ kind: 'not-applicable', checks: excluded });
    return roots;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const uri = this.coverage.current?.document.uri.toString() ?? '';
    if (node.kind === 'axis') {
      const item = new vscode.TreeItem(`${node.axis}. ${node.title}`, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `${uri}#axis-${node.axis}`;
      item.description = `${node.checks.filter((c) => c.verdict === 'covered').length}/${node.checks.length}`;
      item.contextValue = 'axis';
      return item;
    }
    if (node.kind === 'not-applicable') {
      const type = this.coverage.current ? documentTypeName(this.coverage.current.coverage.documentType) : '';
      const item = new vscode.TreeItem(vscode.l10n.t('Not applicable'), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `${uri}#not-applicable`;
      item.description = String(node.checks.length);
      item.tooltip = vscode.l10n.t('Checks that do not apply to this type of document: {0}', type);
      item.contextValue = 'notApplicable';
      return item;
    }
    const { check } = node;
    const item = new vscode.TreeItem(`${check.code} ${check.name}`, vscode.TreeItemCollapsibleState.None);
    item.id = `${uri}#${check.code}`;
    item.description = verdictWord(check.verdict);
    item.iconPath = verdictIcon(check.verdict);
    item.tooltip = tooltip(check);
    item.contextValue = `check.${check.verdict}`;
    item.accessibilityInformation = { label: `${check.code} ${check.name}, ${verdictWord(check.verdict)}` };
    if (check.verdict !== 'not-applicable') {
      item.command = { title: vscode.l10n.t('Go to the check'), command: 'charterlint.revealCheck', arguments: [node] };
    }
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** The message of a gap, or what the check asks for when there is none. */
function tooltip(check: CoverageCheck): vscode.MarkdownString {
  const summary = RULES.find((r) => r.id === check.code)?.summary;
  const text = check.message ?? (summary ? summary[vscode.env.language.startsWith('fr') ? 'fr' : 'en'] : '');
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${check.code} ${check.name}** · ${verdictWord(check.verdict)}\n\n`);
  md.appendText(text);
  return md;
}
