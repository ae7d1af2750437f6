import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { CLI, LspClient, SAMPLES } from './harness';

const CONVENTION = readFileSync(path.join(SAMPLES, 'convention-mobilite-reversibilite.md'), 'utf8');
const CHARTE_YAML = readFileSync(path.join(SAMPLES, 'charte.yaml'), 'utf8');

describe('language server: configuration files and the workspace', function () {
  it('a .charterlintrc.yaml written on disk (didChangeWatchedFiles) turns P08 off in open documents', async () => {
    const client = await LspClient.start({ files: { 'contrats/convention.md': CONVENTION } });
    try {
      const uri = client.uri('contrats/convention.md');
      const before = await client.open('contrats/convention.md');
      assert.ok(before.diagnostics.some((d) => d.code === 'P08'));
      const mark = client.mark();
      client.write('contrats/.charterlintrc.yaml', 'rules:\n  P08: off\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('contrats/.charterlintrc.yaml'), type: 1 }] });
      const after = await client.diagnostics(uri, 1, mark);
      assert.deepEqual(after.diagnostics.map((d) => d.code), []);
      const coverage = await client.request<{ checks: Array<{ code: string; verdict: string }>; counts: { off: number } }>('charterlint/coverage', { uri });
      assert.equal(coverage.checks.find((c) => c.code === 'P08')?.verdict, 'off');
      assert.equal(coverage.counts.off, 1);
      // The configuration file was valid: it gets an empty set of diagnostics, published once.
      const own = await client.diagnostics(client.uri('contrats/.charterlintrc.yaml'), undefined, mark);
      assert.deepEqual(own.diagnostics, []);
    } finally {
      await client.stop();
    }
  });

  it('maxFileSize in the configuration sets the editor\'s size limit: one too-large diagnostic above it', async () => {
    const small = '---\ntype: charter\n---\n# Charte\n\nUn comité de la donnée pilote la politique.\n';
    const large = `${small}${'Texte de la charte. '.repeat(200)}\n`;
    const client = await LspClient.start({ files: { 'petite/.charterlintrc.yaml': 'maxFileSize: 2KB\n', 'petite/large.md': large, 'petite/small.md': small } });
    try {
      const over = await client.open('petite/large.md');
      assert.deepEqual(over.diagnostics.map((d) => d.code), ['too-large']);
      assert.match(String(over.diagnostics[0]!.message), /larger than 2 KB/);
      const under = await client.open('petite/small.md');
      assert.ok(under.diagnostics.length > 1 && under.diagnostics.every((d) => d.code !== 'too-large'));
    } finally {
      await client.stop();
    }
  });

  it('an invalid configuration file shows its own diagnostics; the documents it governs say so on line 1', async () => {
    const client = await LspClient.start({ files: { '.charterlintrc.yaml': 'rules:\n  P99: error\nlocale: fr\n', 'convention.md': CONVENTION } });
    try {
      const config = await client.open('.charterlintrc.yaml');
      assert.equal(config.diagnostics.length, 1);
      const [problem] = config.diagnostics;
      assert.equal(problem!.code, 'config');
      assert.equal(problem!.severity, 1);
      assert.equal(problem!.source, 'charterlint');
      assert.equal(problem!.range.start.line, 1);
      assert.match(String(problem!.message), /P99/);
      const document = await client.open('convention.md');
      const flagged = document.diagnostics.filter((d) => d.code === 'config');
      assert.equal(flagged.length, 1);
      assert.equal(flagged[0]!.range.start.line, 0);
      assert.match(String(flagged[0]!.message), /\.charterlintrc\.yaml:2:3/);
      assert.equal(flagged[0]!.relatedInformation?.[0]?.location.uri, client.uri('.charterlintrc.yaml'));
      // The rest of the configuration still applies (locale: fr), as far as it could be read.
      assert.ok(document.diagnostics.some((d) => d.code === 'P08' && /^Clause de réversibilité/.test(String(d.message))));
      // Fixed on disk: the problems go.
      const mark = client.mark();
      client.write('.charterlintrc.yaml', 'locale: fr\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('.charterlintrc.yaml'), type: 2 }] });
      const fixed = await client.diagnostics(client.uri('convention.md'), 1, mark);
      assert.deepEqual(fixed.diagnostics.map((d) => d.code), ['P08']);
    } finally {
      await client.stop();
    }
  });

  it('a closed configuration file that breaks on disk gets its diagnostics too', async () => {
    const client = await LspClient.start({ files: { 'convention.md': CONVENTION } });
    try {
      const mark = client.mark();
      client.write('.charterlintrc.json', '{ "rules": { "P08": "loud" } }');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('.charterlintrc.json'), type: 1 }] });
      const published = await client.diagnostics(client.uri('.charterlintrc.json'), undefined, mark);
      assert.equal(published.diagnostics.length, 1);
      assert.match(String(published.diagnostics[0]!.message), /P08/);
    } finally {
      await client.stop();
    }
  });

  it('charterlint/lintWorkspace: every charter of the folder, open or not, as `charterlint .` finds them', async () => {
    const client = await LspClient.start({
      files: {
        'contrats/convention.md': CONVENTION,
        'charte.yaml': CHARTE_YAML,
        'notes/brouillon.md': '# Brouillon\n\nRien à voir.\n',
        'README.md': '# Projet\n',
        'node_modules/pkg/charte.md': '---\ntype: charter\n---\n# Charte\n',
      },
    });
    try {
      await client.open('charte.yaml');
      const mark = client.mark();
      const result = await client.request<{ files: number; problems: number }>('charterlint/lintWorkspace', {});
      const cli = spawnSync(process.execPath, [CLI, '.', '--format', 'json'], { cwd: client.workspace, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C' } });
      const reports = JSON.parse(cli.stdout) as Array<{ filePath: string; messages: unknown[] }>;
      assert.deepEqual(result, { files: reports.length, problems: reports.reduce((n, r) => n + r.messages.length, 0) });
      assert.equal(result.files, 2);
      const published = client.received.slice(mark).filter((m) => m.method === 'textDocument/publishDiagnostics').map((m) => m.params as PublishDiagnosticsParams);
      assert.deepEqual(published.map((p) => p.uri).sort(), [client.uri('charte.yaml'), client.uri('contrats/convention.md')]);
      assert.equal(published.find((p) => p.uri === client.uri('charte.yaml'))?.version, 1, 'the open document as the editor holds it');
      assert.ok(client.received.slice(mark).some((m) => m.method === 'charterlint/coverageChanged' && (m.params as { uri: string }).uri === client.uri('contrats/convention.md')));
    } finally {
      await client.stop();
    }
  });

  it('charterlint.include: extra globs make documents without a type charterlint documents', async () => {
    const client = await LspClient.start({ files: { 'notes/charte-ville.md': '# Charte de la donnée\n\nUne charte sans type.\n' } });
    try {
      const uri = client.uri('notes/charte-ville.md');
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: client.read('notes/charte-ville.md') } });
      assert.equal(await client.request('charterlint/coverage', { uri }), null, 'not a charterlint document yet');
      const mark = client.mark();
      client.settings = { ...client.settings, include: ['notes/*.md'] };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const published = await client.diagnostics(uri, 1, mark);
      assert.ok(published.diagnostics.some((d) => d.code === 'P08'));
    } finally {
      await client.stop();
    }
  });

  it('`charterlint --stdio` starts the same server', async () => {
    const client = await LspClient.start({ command: [CLI, '--stdio'], files: { 'convention.md': CONVENTION } });
    try {
      assert.equal(client.initializeResult.serverInfo?.name, 'charterlint');
      const published = await client.open('convention.md');
      assert.ok(published.diagnostics.some((d) => d.code === 'P08'));
    } finally {
      await client.stop();
    }
  });
});
