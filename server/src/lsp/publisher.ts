import type { Diagnostic } from 'vscode-languageserver';
import type { Analysis } from './analysis';
import type { ServerContext } from './context';
import { toDiagnostics } from './diagnostics';
import { Methods, type CoverageChangedParams } from './protocol';

export type PublisherDeps = Pick<ServerContext, 'connection' | 'documents' | 'analyses' | 'log'> & {
  /** Whether the client shows `relatedInformation` (known after initialize). */
  relatedInformation: () => boolean;
};

/**
 * Publishes diagnostics: at once on open, debounced on change. Superseded work is dropped (a newer
 * request for the uri, or a newer version of the document), so a stale result is never published.
 */
export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly tickets = new Map<string, number>();
  /** Uris with diagnostics on the client, to clear them when the document stops being linted. */
  private readonly shown = new Set<string>();
  private nextTicket = 0;

  constructor(private readonly ctx: PublisherDeps) {}

  schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    const ticket = ++this.nextTicket;
    this.tickets.set(uri, ticket);
    const run = () => {
      this.timers.delete(uri);
      this.run(uri, ticket).catch((error: unknown) => this.ctx.log.error(`charterlint: diagnostics of ${uri} failed: ${(error as Error)?.stack ?? String(error)}`));
    };
    if (delayMs <= 0) {
      queueMicrotask(run);
      return;
    }
    this.timers.set(uri, setTimeout(run, delayMs));
  }

  /** Stops pending work for `uri` (a newer change, or the document closed). */
  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
    this.tickets.delete(uri);
  }

  /** Publishes an analysis's diagnostics (open or from disk), then `charterlint/coverageChanged`. */
  publish(analysis: Analysis): Diagnostic[] {
    const diagnostics = toDiagnostics(analysis, this.ctx.relatedInformation());
    if (diagnostics.length === 0 && !this.shown.has(analysis.uri) && analysis.kind === 'skipped') return diagnostics;
    this.send(analysis.uri, analysis.version, diagnostics);
    return diagnostics;
  }

  /** Removes the uri's diagnostics from the client (document closed or no longer linted). */
  clear(uri: string): void {
    if (this.shown.has(uri)) this.send(uri, null, []);
  }

  private send(uri: string, version: number | null, diagnostics: Diagnostic[]): void {
    if (diagnostics.length > 0) this.shown.add(uri);
    else this.shown.delete(uri);
    const lost = (error: unknown) => this.ctx.log.error(`charterlint: cannot publish for ${uri}: ${String(error)}`);
    this.ctx.connection.sendDiagnostics({ uri, ...(version !== null ? { version } : {}), diagnostics }).catch(lost);
    this.ctx.connection.sendNotification(Methods.coverageChanged, { uri } satisfies CoverageChangedParams).catch(lost);
  }

  private async run(uri: string, ticket: number): Promise<void> {
    const document = this.ctx.documents.get(uri);
    if (!document) return;
    const analysis = await this.ctx.analyses.get(document);
    // Superseded while the settings were read: a newer change, a close, or a newer request.
    if (this.tickets.get(uri) !== ticket) return;
    if (this.ctx.documents.get(uri)?.version !== analysis.version) return;
    this.tickets.delete(uri);
    this.publish(analysis);
  }
}
