import { readVersion } from '../version';
import {
  CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  createConnection, type Connection, type InitializeResult, type ServerCapabilities,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isConfigFileName } from '../config';
import { lintModel, parseCharter } from '../engine';
import type { Engine } from './analysis';
import { codeActions, resolveCodeAction } from './codeActions';
import { codeLenses } from './codeLens';
import { executeCommand, SERVER_COMMANDS } from './commands';
import { completion } from './completion';
import { clientFeatures, type ServerContext } from './context';
import { DiagnosticsPublisher } from './publisher';
import { Analyses } from './documents';
import { hover } from './hover';
import { lintWorkspace, relintPublishedFiles, republishFromDisk } from './lintWorkspace';
import { FIX_ALL_KIND, Methods } from './protocol';
import { coverage, createDocument } from './requests';
import { guarded, guardedNotification } from './safe';
import { SettingsStore } from './settings';
import { documentSymbols } from './symbols';
import { uriToPath, Workspace } from './workspace';

/**
 * Starts the charterlint language server on a connection (by default the one the process
 * arguments name: --stdio, --node-ipc, --socket=…). The facade: shared state in one context,
 * one handler module per feature.
 */
export function startServer(given?: Connection): Connection {
  const connection = given ?? createConnection(ProposedFeatures.all);
  if (!given) {
    // This process is the server: whatever escapes a handler is logged, and the server goes on.
    process.on('unhandledRejection', (reason) => connection.console.error(`charterlint: unhandled rejection: ${(reason as Error)?.stack ?? String(reason)}`));
  }
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace();
  const log = { error: (m: string) => connection.console.error(m), info: (m: string) => connection.console.info(m) };
  // What the client can do is known at initialize; until then, nothing is assumed.
  let client = clientFeatures({ capabilities: {}, processId: null, rootUri: null, workspaceFolders: null });
  const settings = new SettingsStore((uri) => (client.configuration ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'charterlint' }) : undefined));
  const engine = testEngine();
  const analyses = new Analyses({ settings, workspace, clientLocale: () => client.locale, log: log.error, ...(engine ? { engine } : {}) });
  const diagnostics = new DiagnosticsPublisher({ connection, documents, analyses, log, relatedInformation: () => client.relatedInformation });
  const ctx: ServerContext = {
    connection, documents, workspace, settings, analyses, diagnostics, log, diskFiles: new Set<string>(),
    get client() {
      return client;
    },
  };

  const relintOpen = () => {
    for (const document of documents.all()) ctx.diagnostics.schedule(document.uri, 0);
  };
  /** Configuration files or settings changed: nothing cached still holds. */
  const everythingChanged = async () => {
    workspace.clear();
    ctx.analyses.invalidate();
    relintOpen();
    await relintPublishedFiles(ctx);
  };

  connection.onInitialize((params): InitializeResult => {
    client = clientFeatures(params);
    const folders = params.workspaceFolders?.map((f) => uriToPath(f.uri)) ?? [params.rootUri ? uriToPath(params.rootUri) : undefined];
    workspace.setFolders(folders.filter((f): f is string => f !== undefined));
    const capabilities: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['#', ':', ' ', '-'], resolveProvider: false },
      documentSymbolProvider: { label: 'charterlint' },
      codeLensProvider: { resolveProvider: false },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    };
    // The charterlint client implements these commands itself; registering them here would clash.
    if (!ctx.client.snippetCommand) capabilities.executeCommandProvider = { commands: SERVER_COMMANDS };
    return { capabilities, serverInfo: { name: 'charterlint', version: readVersion() } };
  });

  connection.onInitialized(guardedNotification(log, 'initialized', () => {
    const registered = (what: string) => (error: unknown) => log.error(`charterlint: cannot register ${what}: ${String(error)}`);
    if (ctx.client.dynamicConfiguration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'charterlint' }).catch(registered('didChangeConfiguration'));
    }
    // The charterlint client watches configuration files itself; other clients are asked to.
    if (!ctx.client.snippetCommand && ctx.client.dynamicWatchedFiles) {
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.charterlintrc.{yaml,yml,json}' }] }).catch(registered('file watchers'));
    }
    if (ctx.client.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(guardedNotification(log, 'didChangeWorkspaceFolders', (event) => {
        const removed = new Set(event.removed.map((f) => uriToPath(f.uri)));
        const kept = workspace.folderPaths.filter((f) => !removed.has(f));
        workspace.setFolders([...kept, ...event.added.map((f) => uriToPath(f.uri)).filter((f): f is string => f !== undefined)]);
        ctx.analyses.invalidate();
        relintOpen();
      }));
    }
    connection.sendNotification(Methods.ready, {}).catch(registered('ready'));
  }));

  // Open: at once. Change: at once, or after a pause when edits arrive faster than the document
  // lints (Analyses.delayAfterEdit, at most charterlint.debounceMs); the publisher drops stale work.
  const justOpened = new Set<string>();
  documents.onDidOpen(guardedNotification(log, 'didOpen', ({ document }) => {
    justOpened.add(document.uri);
    ctx.diagnostics.schedule(document.uri, 0);
  }));
  documents.onDidChangeContent(guardedNotification(log, 'didChange', ({ document }) => {
    if (justOpened.delete(document.uri)) return;
    ctx.diagnostics.schedule(document.uri, analyses.delayAfterEdit(document.uri, ctx.settings.peek(document.uri).debounceMs));
  }));
  documents.onDidClose(guardedNotification(log, 'didClose', ({ document }) => {
    justOpened.delete(document.uri);
    ctx.diagnostics.cancel(document.uri);
    analyses.forget(document.uri);
    settings.forget(document.uri);
    diagnostics.clear(document.uri);
  }));

  connection.onDidChangeConfiguration(guardedNotification(log, 'didChangeConfiguration', async (params) => {
    const pushed = (params.settings as { charterlint?: unknown } | null | undefined)?.charterlint;
    ctx.settings.changed(pushed);
    await everythingChanged();
  }));

  connection.onDidChangeWatchedFiles(guardedNotification(log, 'didChangeWatchedFiles', async ({ changes }) => {
    const files = changes.map((c) => uriToPath(c.uri)).filter((f): f is string => f !== undefined);
    if (files.some((f) => isConfigFileName(f))) await everythingChanged();
    // A configuration file on disk shows its own problems even when it is not open.
    for (const file of files) {
      if (documents.all().some((d) => uriToPath(d.uri) === file)) continue;
      if (isConfigFileName(file) || ctx.diskFiles.has(file)) await republishFromDisk(ctx, file);
    }
  }));

  connection.onCodeAction(guarded(log, 'codeAction', () => [], (params) => codeActions(ctx, params)));
  connection.onCodeActionResolve(guarded(log, 'codeAction/resolve', (action) => action, (action) => resolveCodeAction(ctx, action)));
  connection.onHover(guarded(log, 'hover', () => null, (params) => hover(ctx, params)));
  connection.onCompletion(guarded(log, 'completion', () => [], (params) => completion(ctx, params)));
  connection.onDocumentSymbol(guarded(log, 'documentSymbol', () => [], (params) => documentSymbols(ctx, params)));
  connection.onCodeLens(guarded(log, 'codeLens', () => [], (params) => codeLenses(ctx, params)));
  connection.onExecuteCommand(guarded(log, 'executeCommand', () => undefined, (params) => executeCommand(ctx, params)));
  connection.onRequest(Methods.coverage, guarded(log, Methods.coverage, () => null, (params: { uri: string }) => coverage(ctx, params)));
  connection.onRequest(Methods.lintWorkspace, guarded(log, Methods.lintWorkspace, () => ({ files: 0, problems: 0 }), () => lintWorkspace(ctx)));
  connection.onRequest(Methods.newDocument, guarded(log, Methods.newDocument, () => ({ text: '' }), (params: { type: string; lang: 'fr' | 'en' }) => createDocument(ctx, params)));

  documents.listen(connection);
  connection.listen();
  return connection;
}

/** What a document contains to make the lint throw, when the test hook below is on. */
export const TEST_THROW_MARKER = 'charterlint-test-throw';

/**
 * Test hook, for test/lsp/robustness.test.ts only: with CHARTERLINT_TEST_THROW=1 in the server's
 * environment, a document that contains TEST_THROW_MARKER makes the lint throw, as a check with a
 * bug would. Off otherwise (the engine is the real one, untouched).
 */
function testEngine(): Engine | undefined {
  if (process.env.CHARTERLINT_TEST_THROW !== '1') return undefined;
  return {
    parse: parseCharter,
    lintModel: (model, filePath, options) => {
      if (model.text.includes(TEST_THROW_MARKER)) throw new Error(`a check threw (test hook CHARTERLINT_TEST_THROW, ${TEST_THROW_MARKER})`);
      return lintModel(model, filePath, options);
    },
  };
}
