import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { CLI, LspClient, SERVER } from './harness';

const CONVENTION = 'convention-mobilite-reversibilite.md';
const SAMPLE_FILES = [
  '.charterlintrc.yaml', CONVENTION, 'charte.yaml', 'charte-commune-incomplete.md', 'city-data-charter.md',
  'cadre-utilisation-donnees.md', 'charte-metropole-complete.md',
];

interface CliMessage {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const SEVERITY_NAMES: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info' };

function asCli(d: Diagnostic): CliMessage {
  return {
    ruleId: String(d.code), severity: SEVERITY_NAMES[d.severity ?? 0] ?? '?', message: String(d.message),
    line: d.range.start.line + 1, column: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
  };
}

describe('language server: diagnostics', function () {
  let client: LspClient;

  before(async function () {
    assert.ok(existsSync(SERVER), 'run `npm run build` first');
    client = await LspClient.start({ samples: SAMPLE_FILES, locale: 'en' });
  });
  after(() => client?.stop());

  it('initialize: announces incremental sync and every feature, then charterlint/ready', () => {
    const caps = client.initializeResult.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.charterlint']);
    assert.equal(caps.hoverProvider, true);
    assert.ok(caps.completionProvider?.triggerCharacters?.includes('#'));
    assert.ok(caps.documentSymbolProvider);
    assert.deepEqual(caps.codeLensProvider, { resolveProvider: false });
    // A client that is not charterlint's own gets the commands run by the server.
    assert.deepEqual(caps.executeCommandProvider?.commands, ['charterlint.openDocs', 'charterlint.showChecklist']);
    assert.equal(client.initializeResult.serverInfo?.name, 'charterlint');
    assert.ok(client.received.some((m) => m.method === 'charterlint/ready'));
  });

  it('open: the P08 partial diagnostic, with code, docs link, source and data; then coverageChanged', async () => {
    const mark = client.mark();
    const published = await client.open(CONVENTION);
    const p08 = published.diagnostics.filter((d) => d.code === 'P08');
    assert.equal(p08.length, 1);
    const d = p08[0]!;
    assert.equal(d.source, 'charterlint');
    assert.equal(d.severity, 2);
    assert.equal(d.codeDescription?.href, 'https://github.com/charterlint/charterlint/blob/main/docs/rules/P08.md');
    assert.deepEqual(d.data, { ruleId: 'P08', verdict: 'partial', missingElements: ['formats'], fixId: 'P08#0' });
    // On "Réversibilité" in the heading "## Article 9 – Réversibilité" (locale fr from the folder's configuration).
    assert.deepEqual(d.range, { start: { line: 61, character: 15 }, end: { line: 61, character: 28 } });
    assert.match(String(d.message), /^Clause de réversibilité — couverture partielle : il manque les formats/);
    await client.waitFor<{ uri: string }>('charterlint/coverageChanged', (p) => p.uri === client.uri(CONVENTION), mark);
  });

  it('parity: the same diagnostics as `charterlint <file> --format json` for every sample', async () => {
    for (const file of SAMPLE_FILES.filter((f) => !f.startsWith('.'))) {
      const cli = spawnSync(process.execPath, [CLI, file, '--format', 'json'], { cwd: client.workspace, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C' } });
      assert.ok(cli.status === 0 || cli.status === 1, cli.stderr);
      const expected = (JSON.parse(cli.stdout) as Array<{ messages: CliMessage[] }>)[0]!.messages
        .map(({ ruleId, severity, message, line, column, endLine, endColumn }) => ({ ruleId, severity, message, line, column, endLine, endColumn }));
      const published = client.versions.has(client.uri(file)) ? await client.diagnostics(client.uri(file), 1, 0) : await client.open(file);
      assert.deepEqual(published.diagnostics.map(asCli), expected, file);
    }
  });

  it('incremental changes: the last version is published last, never an older one after a newer', async () => {
    const file = 'rapid.md';
    client.write(file, client.read(CONVENTION));
    await client.open(file);
    const uri = client.uri(file);
    const mark = client.mark();
    // Five edits in a row: insertions in the Article 9 clause.
    let version = 1;
    for (let i = 0; i < 4; i++) version = await client.edit(file, [{ range: { start: { line: 63, character: 0 }, end: { line: 63, character: 0 } }, newText: `Note ${i}. ` }]);
    version = await client.edit(file, [{ range: { start: { line: 63, character: 0 }, end: { line: 63, character: 0 } }, newText: 'Les données sont restituées au format CSV et GeoJSON. ' }]);
    assert.equal(version, 6);
    const last = await client.diagnostics(uri, 6, mark);
    assert.deepEqual(last.diagnostics.filter((d) => d.code === 'P08'), [], 'the final text names formats: P08 is covered');
    // A round trip: anything published before it has arrived by now.
    const coverage = await client.request<{ version: number; checks: Array<{ code: string; verdict: string }> }>('charterlint/coverage', { uri });
    assert.equal(coverage.version, 6);
    assert.equal(coverage.checks.find((c) => c.code === 'P08')?.verdict, 'covered');
    const publishedVersions = client.received.slice(mark)
      .filter((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as PublishDiagnosticsParams).uri === uri)
      .map((m) => (m.params as PublishDiagnosticsParams).version);
    // The wait after an edit is no longer than a lint takes (a few ms here): a version may be
    // published while it is current, but never after a newer one.
    assert.equal(publishedVersions[publishedVersions.length - 1], 6);
    assert.ok(publishedVersions.every((v, i) => i === 0 || v! > publishedVersions[i - 1]!), `out of order: ${publishedVersions.join(', ')}`);
  });

  it('close: clears the document\'s diagnostics', async () => {
    const file = 'closing.md';
    client.write(file, client.read(CONVENTION));
    const opened = await client.open(file);
    assert.ok(opened.diagnostics.length > 0);
    const mark = client.mark();
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: client.uri(file) } });
    const cleared = await client.diagnostics(client.uri(file), undefined, mark);
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('a file over 5 MB is not linted: one diagnostic says so', async () => {
    const big = `---\ntype: charter\n---\n# Charte\n\n${'Texte de la charte. '.repeat(270_000)}\n`;
    const published = await client.open('big.md', big);
    assert.equal(published.diagnostics.length, 1);
    assert.equal(published.diagnostics[0]!.code, 'too-large');
    assert.equal(published.diagnostics[0]!.range.start.line, 0);
  });

  it('a handler that throws answers an empty result, and the server keeps serving', async () => {
    // No `context`: the code action handler fails inside; the guard logs it and answers [].
    const actions = await client.request<unknown[]>('textDocument/codeAction', { textDocument: { uri: client.uri(CONVENTION) }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    assert.deepEqual(actions, []);
    const log = await client.waitFor<{ message: string }>('window/logMessage', (p) => /codeAction failed/.test(p.message), 0);
    assert.match(log.message, /charterlint: codeAction failed/);
    const hover = await client.request<unknown>('textDocument/hover', { textDocument: { uri: client.uri(CONVENTION) }, position: { line: 61, character: 20 } });
    assert.ok(hover);
  });

  it('charterlint.enable = false: diagnostics are withdrawn; true again: back', async () => {
    const uri = client.uri(CONVENTION);
    let mark = client.mark();
    client.settings = { ...client.settings, enable: false };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual((await client.diagnostics(uri, undefined, mark)).diagnostics, []);
    assert.equal(await client.request('charterlint/coverage', { uri }), null);
    mark = client.mark();
    client.settings = { ...client.settings, enable: true };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const back = await client.diagnostics(uri, undefined, mark);
    assert.ok(back.diagnostics.some((d) => d.code === 'P08'));
  });
});
