import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { Methods, type Coverage, type CoverageChangedParams } from '../../server/src/lsp/protocol';

/** Languages the server may find a charter in (configuration files are not charters). */
const CHARTER_LANGUAGES = new Set(['markdown', 'yaml']);

export interface ActiveCharter {
  document: vscode.TextDocument;
  coverage: Coverage;
}

/**
 * The checklist of the active editor's document, asked of the server when the active editor
 * changes, when the server is ready, and when it says it published new diagnostics for that
 * document (`charterlint/coverageChanged`). Event driven: nothing polls.
 */
export class ActiveCoverage implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ActiveCharter | undefined>();
  readonly onDidChange = this.changed.event;
  private active: ActiveCharter | undefined;
  private generation = 0;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly client: LanguageClient) {
    this.disposables = [
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.active?.document) void this.refresh();
      }),
      client.onNotification(Methods.ready, () => void this.refresh()),
      client.onNotification(Methods.coverageChanged, (params: CoverageChangedParams) => {
        const document = this.activeDocument();
        if (document && params.uri === this.uriOf(document)) void this.refresh();
      }),
      client.onDidChangeState(({ newState }) => {
        if (newState === State.Stopped) void this.refresh();
      }),
    ];
  }

  /** The active charter, if the active editor shows one. */
  get current(): ActiveCharter | undefined {
    return this.active;
  }

  /** Asks the server again; a slower answer to an older question is dropped. */
  async refresh(): Promise<void> {
    const shown = this.activeDocument();
    const document = shown?.isClosed ? undefined : shown;
    const generation = ++this.generation;
    let coverage: Coverage | null = null;
    if (document && CHARTER_LANGUAGES.has(document.languageId) && this.client.isRunning()) {
      try {
        coverage = await this.client.sendRequest<Coverage | null>(Methods.coverage, { uri: this.uriOf(document) });
      } catch {
        coverage = null;
      }
    }
    if (generation !== this.generation) return;
    this.active = document && coverage ? { document, coverage } : undefined;
    void vscode.commands.executeCommand('setContext', 'charterlint.activeCharter', this.active !== undefined);
    this.changed.fire(this.active);
  }

  /** The document the active editor shows; focus in the Output panel keeps the current one. */
  private activeDocument(): vscode.TextDocument | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document?.uri.scheme === 'output' ? this.active?.document : document;
  }

  /** The uri as the server knows it. */
  private uriOf(document: vscode.TextDocument): string {
    return this.client.code2ProtocolConverter.asUri(document.uri);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
