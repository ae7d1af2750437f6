import type * as vscode from 'vscode';
import type { Coverage } from '../../server/src/lsp/protocol';

/** What `activate` returns: the state the views show, for the integration tests and other extensions. */
export interface CharterlintApi {
  /** The active editor's checklist, as the view and the status bar show it. */
  readonly coverage: Coverage | undefined;
  /** Fires after the views were given a new checklist (or none). */
  readonly onDidChangeCoverage: vscode.Event<Coverage | undefined>;
  /** The status bar item as the user sees it. */
  readonly status: { readonly visible: boolean; readonly text: string; readonly tooltip: string };
}
