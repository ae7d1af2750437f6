import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type {
  ClientCapabilities, InitializeResult, PublishDiagnosticsParams, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = path.join(__dirname, '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');
export const CLI = path.join(ROOT, 'dist', 'cli.js');
export const SAMPLES = path.join(ROOT, 'samples');

/** How long a test waits for a message before failing with what did arrive (not a sleep). */
const WAIT_MS = 8000;

/** Every notification a charterlint server sends. */
const NOTIFICATIONS = ['textDocument/publishDiagnostics', 'charterlint/coverageChanged', 'charterlint/ready', 'window/logMessage', 'window/showMessage'];

export interface Message {
  method: string;
  params: unknown;
}

export interface StartOptions {
  /** Files to put in the workspace: name -> content, or a sample's file name to copy. */
  files?: Record<string, string>;
  samples?: string[];
  locale?: string;
  snippetCommand?: boolean;
  snippetSupport?: boolean;
  settings?: Record<string, unknown>;
  hierarchicalSymbols?: boolean;
  codeActionResolve?: boolean;
  args?: string[];
  command?: string[];
}

/**
 * A real JSON-RPC client talking to the built server (`node dist/server.js --stdio`) in a temp
 * workspace. Every notification is recorded; tests wait on the one they expect.
 */
export class LspClient {
  readonly received: Message[] = [];
  readonly logs: string[] = [];
  settings: Record<string, unknown>;
  private readonly waiters: Array<{ method: string; test: (p: unknown) => boolean; from: number; resolve: (p: unknown) => void }> = [];
  initializeResult!: InitializeResult;
  readonly versions = new Map<string, number>();
  readonly texts = new Map<string, string>();

  private constructor(readonly child: ChildProcess, readonly connection: ProtocolConnection, readonly workspace: string, options: StartOptions) {
    this.settings = { enable: true, locale: 'auto', include: [], debounceMs: 150, ...options.settings };
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'charterlint-lsp-'));
    for (const sample of options.samples ?? []) cpSync(path.join(SAMPLES, sample), path.join(workspace, sample));
    for (const [name, content] of Object.entries(options.files ?? {})) {
      mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
      writeFileSync(path.join(workspace, name), content);
    }
    const child = spawn(process.execPath, options.command ?? [SERVER, '--stdio', ...(options.args ?? [])], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection, workspace, options);
    child.stderr!.on('data', (d: Buffer) => client.logs.push(d.toString()));
    for (const method of NOTIFICATIONS) connection.onNotification(method, (params: unknown) => client.record(method, params));
    connection.onRequest('workspace/configuration', (params: { items: Array<{ scopeUri?: string; section?: string }> }) =>
      params.items.map((item) => (item.section === 'charterlint' ? client.settings : null)));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/showDocument', () => ({ success: true }));
    connection.listen();
    const capabilities: ClientCapabilities = {
      workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true } },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        completion: { completionItem: { snippetSupport: options.snippetSupport ?? false } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: options.hierarchicalSymbols ?? true },
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
          isPreferredSupport: true,
          ...(options.codeActionResolve ? { dataSupport: true, resolveSupport: { properties: ['edit'] } } : {}),
        },
        publishDiagnostics: { relatedInformation: true, versionSupport: true },
      },
      window: { showDocument: { support: true } },
    };
    const ready = client.waitFor('charterlint/ready');
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: client.uri(''),
      workspaceFolders: [{ uri: client.uri(''), name: 'ws' }],
      capabilities,
      locale: options.locale ?? 'en',
      initializationOptions: { locale: options.locale ?? 'en', ...(options.snippetCommand ? { snippetCommand: true } : {}) },
    }) as InitializeResult;
    await connection.sendNotification('initialized', {});
    await ready;
    return client;
  }

  private record(method: string, params: unknown): void {
    if (method === 'window/logMessage') this.logs.push((params as { message: string }).message);
    this.received.push({ method, params });
    for (const w of [...this.waiters]) {
      if (w.method === method && w.test(params)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(params);
      }
    }
  }

  /** Index of the next message: wait for what arrives after it. */
  mark(): number {
    return this.received.length;
  }

  /** The first notification `method` matching `test` received at or after `from`, waiting for it if needed. */
  waitFor<T = unknown>(method: string, test: (params: T) => boolean = () => true, from = this.received.length): Promise<T> {
    const found = this.received.slice(from).find((m) => m.method === method && test(m.params as T));
    if (found) return Promise.resolve(found.params as T);
    return new Promise<T>((resolve, reject) => {
      const waiter = { method, test: test as (p: unknown) => boolean, from, resolve: resolve as (p: unknown) => void };
      this.waiters.push(waiter);
      const timer = setTimeout(() => {
        const i = this.waiters.indexOf(waiter);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(new Error(`no ${method} matching the test within ${WAIT_MS} ms; received: ${JSON.stringify(this.received.slice(from).map((m) => [m.method, (m.params as { uri?: string; version?: number })?.uri, (m.params as { version?: number })?.version]))}\nserver log:\n${this.logs.join('\n')}`));
      }, WAIT_MS);
      timer.unref();
      const resolveOnce = waiter.resolve;
      waiter.resolve = (p) => {
        clearTimeout(timer);
        resolveOnce(p);
      };
    });
  }

  /** Diagnostics published for `uri` (at `version` when given), after `from`. */
  diagnostics(uri: string, version?: number, from?: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && (version === undefined || p.version === version), from);
  }

  uri(relative: string): string {
    return pathToFileURL(path.join(this.workspace, relative)).href;
  }

  file(relative: string): string {
    return path.join(this.workspace, relative);
  }

  read(relative: string): string {
    return readFileSync(this.file(relative), 'utf8');
  }

  write(relative: string, text: string): void {
    mkdirSync(path.dirname(this.file(relative)), { recursive: true });
    writeFileSync(this.file(relative), text);
  }

  /** Opens a workspace file (its text on disk unless given) and waits for its diagnostics. */
  async open(relative: string, text = this.read(relative), languageId = /\.ya?ml$/.test(relative) ? 'yaml' : /\.json$/.test(relative) ? 'json' : 'markdown'): Promise<PublishDiagnosticsParams> {
    const uri = this.uri(relative);
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    const published = this.diagnostics(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return published;
  }

  /** Sends a full-text change as an incremental one (a range replacing the whole text); returns the new version. */
  async replace(relative: string, text: string): Promise<number> {
    const uri = this.uri(relative);
    const before = this.texts.get(uri) ?? '';
    const doc = TextDocument.create(uri, 'markdown', 0, before);
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: doc.positionAt(before.length) }, text }],
    });
    return version;
  }

  /** Sends one incremental edit; returns the new version. */
  async edit(relative: string, edits: TextEdit[]): Promise<number> {
    const uri = this.uri(relative);
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, applyEdits(this.texts.get(uri) ?? '', edits));
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      // Content changes apply one after the other: the last edit first keeps the others' ranges valid.
      contentChanges: ordered(edits).reverse().map((e) => ({ range: e.range, text: e.newText })),
    });
    return version;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 1000).unref())]);
      await this.connection.sendNotification('exit');
    } catch {
      // the server may already be gone
    }
    this.connection.dispose();
    this.child.kill();
    rmSync(this.workspace, { recursive: true, force: true });
  }
}

/** Edits in document order (stable: insertions at one position keep their order). */
function ordered(edits: readonly TextEdit[]): TextEdit[] {
  const key = (e: TextEdit) => e.range.start.line * 1e7 + e.range.start.character;
  return edits.map((e, i) => ({ e, i })).sort((a, b) => key(a.e) - key(b.e) || a.i - b.i).map(({ e }) => e);
}

/** Applies LSP TextEdits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 0, text), [...edits]);
}

/** The edits of a WorkspaceEdit for one uri (documentChanges or changes). */
export function editsOf(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  assert.ok(edit, 'the action carries a WorkspaceEdit');
  if (edit.documentChanges) {
    return edit.documentChanges.flatMap((c) => ('textDocument' in c && c.textDocument.uri === uri ? c.edits as TextEdit[] : []));
  }
  return edit.changes?.[uri] ?? [];
}

export function isInsertion(edit: TextEdit): boolean {
  return edit.range.start.line === edit.range.end.line && edit.range.start.character === edit.range.end.character;
}
