/**
 * Language-server latency: the built server (`node dist/server.js --stdio`) driven over JSON-RPC as
 * an editor does. Open one document, wait for its diagnostics, then `edits` times: one keystroke as
 * an incremental didChange (insert a letter, then delete it, at lines spread over the document),
 * and the time until publishDiagnostics for that version arrives; the next edit waits for it and,
 * with `typingMs`, is sent no sooner than `typingMs` after the previous one (someone typing: 120 ms
 * is about 100 words a minute). Without it, each edit goes as soon as the previous one's
 * diagnostics arrive: a burst, which the server coalesces (so it shows the cost of a lint).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { SERVER_EXEC_ARGV } from '../server/src/lsp/protocol';
import { median, percentile } from './lib/stats';

export interface LspTiming {
  debounceMs: number;
  /** Time between keystrokes, ms; 0: back to back. */
  typingMs: number;
  edits: number;
  /** The Node options the server ran with (the extension's, unless measured without). */
  nodeOptions: string[];
  /** Open to first diagnostics (the first lint of the document, cold JIT included), ms. */
  openMs: number;
  p50: number;
  p95: number;
  max: number;
  diagnostics: number;
  samples: number[];
}

const TIMEOUT_MS = 120_000;

/** With `profileDir`, the server runs with --cpu-prof and writes its profile there when it exits. */
export async function measureLsp(root: string, file: string, edits: number, debounceMs: number, typingMs: number, profileDir?: string, execArgv: readonly string[] = SERVER_EXEC_ARGV): Promise<LspTiming> {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'charterlint-bench-lsp-'));
  const target = path.join(workspace, path.basename(file));
  copyFileSync(file, target);
  const uri = pathToFileURL(target).href;
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  // Started as the extension starts it (its Node options), unless `execArgv` says otherwise.
  const child = spawn(process.execPath, [...profile, ...execArgv, path.join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting = new Map<number, (params: PublishDiagnosticsParams) => void>();
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    if (params.uri === uri && params.version !== undefined) waiting.get(params.version)?.(params);
  });
  const settings = { enable: true, locale: 'auto', include: [], debounceMs };
  connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) => params.items.map((i) => (i.section === 'charterlint' ? settings : null)));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const published = (version: number) => new Promise<PublishDiagnosticsParams>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version} within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    waiting.set(version, (params) => {
      clearTimeout(timer);
      waiting.delete(version);
      resolve(params);
    });
  });
  try {
    const ready = new Promise<void>((resolve) => connection.onNotification('charterlint/ready', () => resolve()));
    await connection.sendRequest('initialize', {
      processId: process.pid, rootUri: pathToFileURL(workspace).href, workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'bench' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true } } },
      locale: 'en',
    });
    await connection.sendNotification('initialized', {});
    await ready;

    const text = readFileSync(target, 'utf8');
    let start = performance.now();
    const first = published(1);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const opened = await first;
    const openMs = performance.now() - start;

    const places = editPlaces(text, 50);
    const samples: number[] = [];
    let diagnostics = opened.diagnostics.length;
    for (let i = 0; i < edits; i++) {
      const version = i + 2;
      const { line, character } = places[Math.floor(i / 2) % places.length]!;
      const change = i % 2 === 0
        ? { range: { start: { line, character }, end: { line, character } }, text: 'e' }
        : { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' };
      const arrived = published(version);
      const typed = start + (i === 0 ? 0 : typingMs);
      while (performance.now() < typed) await new Promise((r) => setTimeout(r, Math.max(1, typed - performance.now())));
      start = performance.now();
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      diagnostics = (await arrived).diagnostics.length;
      samples.push(performance.now() - start);
    }
    return { debounceMs, typingMs, edits, nodeOptions: [...execArgv], openMs, p50: median(samples), p95: percentile(samples, 95), max: Math.max(...samples), diagnostics, samples };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await Promise.race([connection.sendRequest('shutdown').then(() => connection.sendNotification('exit')), new Promise((r) => setTimeout(r, 2000))]).catch(() => undefined);
    // The server exits on `exit` (and writes its profile then); killed if it has not within 10 s.
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    connection.dispose();
    child.kill();
    rmSync(workspace, { recursive: true, force: true });
  }
}

/** Where a user types: the middle of `count` prose lines spread evenly over the document. */
function editPlaces(text: string, count: number): Array<{ line: number; character: number }> {
  const prose = text.split('\n').map((l, line) => ({ l, line })).filter(({ l }) => /^[A-ZÀ-Ý]/.test(l) && l.length > 60);
  const step = Math.max(1, Math.floor(prose.length / count));
  return prose.filter((_, i) => i % step === 0).slice(0, count).map(({ l, line }) => ({ line, character: l.indexOf(' ', l.length >> 1) + 1 }));
}
