import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { CancellationTokenSource, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspClient, SERVER } from './harness';

/**
 * The language server under bad conditions (issue #6): a check that throws, a storm of edits, a
 * cancelled request. The server is the built one, driven over stdio by a real JSON-RPC client.
 * A check is made to throw with the server's test hook: CHARTERLINT_TEST_THROW=1 in its
 * environment, and the marker `charterlint-test-throw` in a document (server/src/lsp/start.ts).
 */

const CONVENTION = 'convention-mobilite-reversibilite.md';
const MARKER = 'charterlint-test-throw';

/** Starts a server whose environment has the test hook on. */
async function startWithThrowHook(): Promise<LspClient> {
  const before = process.env.CHARTERLINT_TEST_THROW;
  process.env.CHARTERLINT_TEST_THROW = '1';
  try {
    return await LspClient.start({ samples: [CONVENTION], locale: 'en' });
  } finally {
    if (before === undefined) delete process.env.CHARTERLINT_TEST_THROW;
    else process.env.CHARTERLINT_TEST_THROW = before;
  }
}

const published = (client: LspClient, uri: string, from: number) => client.received.slice(from)
  .filter((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as PublishDiagnosticsParams).uri === uri)
  .map((m) => m.params as PublishDiagnosticsParams);

describe('language server: robustness', function () {
  this.timeout(30_000);
  let client: LspClient;

  before(async () => {
    assert.ok(existsSync(SERVER), 'run `npm run build` first');
    client = await startWithThrowHook();
  });
  after(() => client?.stop());

  it('a check that throws: one internal-error diagnostic on line 1 and one log line; the server goes on', async () => {
    const text = `---\ntype: charter\n---\n# Charte\n\nCe document fait échouer une vérification : ${MARKER}.\n`;
    const mark = client.mark();
    const failed = await client.open('boom.md', text);
    assert.equal(failed.diagnostics.length, 1);
    const [d] = failed.diagnostics;
    assert.equal(d!.code, 'internal-error');
    assert.equal(d!.range.start.line, 0);
    assert.match(String(d!.message), /a check threw/);
    const uri = client.uri('boom.md');
    const log = await client.waitFor<{ message: string }>('window/logMessage', (p) => p.message.includes(`${uri} (version 1) failed`), mark);
    assert.match(log.message, /Error: a check threw \(test hook CHARTERLINT_TEST_THROW/);
    assert.equal(client.received.slice(mark).filter((m) => m.method === 'window/logMessage' && (m.params as { message: string }).message.includes(uri)).length, 1, 'one log line');

    // The server still answers: another document, a request, and this one once the marker is gone.
    const other = await client.open(CONVENTION);
    assert.ok(other.diagnostics.some((x) => x.code === 'P08'));
    const coverage = await client.request<{ version: number } | null>('charterlint/coverage', { uri: client.uri(CONVENTION) });
    assert.equal(coverage?.version, 1);
    const next = client.mark();
    const version = await client.replace('boom.md', text.replace(MARKER, 'rien de spécial'));
    const healed = await client.diagnostics(uri, version, next);
    assert.ok(healed.diagnostics.length > 1);
    assert.ok(healed.diagnostics.every((x) => x.code !== 'internal-error'));
  });

  it('1,000 rapid edits: published in order, the last version last, never a stale one', async () => {
    const file = 'storm.md';
    client.write(file, client.read(CONVENTION));
    await client.open(file);
    const uri = client.uri(file);
    const mark = client.mark();
    // 999 keystrokes in the Article 9 clause, then the words that cover P08 (formats named).
    const at = { line: 63, character: 0 };
    let version = 1;
    for (let i = 0; i < 999; i++) version = await client.edit(file, [{ range: { start: at, end: at }, newText: i % 2 ? ' ' : 'x' }]);
    version = await client.edit(file, [{ range: { start: at, end: at }, newText: 'Les données sont restituées au format CSV et GeoJSON. ' }]);
    assert.equal(version, 1001);
    const last = await client.diagnostics(uri, 1001, mark);
    assert.deepEqual(last.diagnostics.filter((d) => d.code === 'P08'), [], 'the final text names the formats');
    // A round trip: whatever was published before it has arrived.
    const coverage = await client.request<{ version: number }>('charterlint/coverage', { uri });
    assert.equal(coverage.version, 1001);
    // A short document lints in a millisecond or two, as fast as the edits arrive: versions may be
    // published while the edits arrive (each current when published), never one older than a
    // version already shown. (When edits come faster than the lint, they are coalesced: analysis.test.ts.)
    const versions = published(client, uri, mark).map((p) => p.version!);
    assert.equal(versions[versions.length - 1], 1001, 'the last version is published last');
    assert.ok(versions.every((v, i) => i === 0 || v > versions[i - 1]!), `published out of order: ${versions.join(', ')}`);
  });

  it('a cancelled request ($/cancelRequest) is answered with RequestCancelled (-32800), and the server goes on', async () => {
    const uri = client.uri(CONVENTION);
    // Hold the settings the server asks for, so that the hover is still waiting when it is cancelled.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    client.connection.onRequest('workspace/configuration', async (params: { items: Array<{ section?: string }> }) => {
      asked = true;
      await held;
      return params.items.map((item) => (item.section === 'charterlint' ? client.settings : null));
    });
    // Settings changed: the server forgets them and asks again before linting the open documents.
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const source = new CancellationTokenSource();
    const hover = client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 61, character: 20 } }, source.token);
    source.cancel();
    release();
    await assert.rejects(hover, (error: { code?: number }) => {
      assert.equal(error.code, -32800);
      return true;
    });
    assert.ok(asked, 'the server did wait for the settings');
    const again = await client.request<unknown>('textDocument/hover', { textDocument: { uri }, position: { line: 61, character: 20 } });
    assert.ok(again, 'the same request, not cancelled, is answered');
  });
});
