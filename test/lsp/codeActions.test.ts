import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import type { CodeAction, Command, Diagnostic, Position } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, CLI, editsOf, isInsertion, LspClient } from './harness';

const CONVENTION = 'convention-mobilite-reversibilite.md';
const FILES = ['.charterlintrc.yaml', CONVENTION, 'charte.yaml', 'charte-commune-incomplete.md'];

async function actionsFor(client: LspClient, file: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri: client.uri(file) }, range, context: { diagnostics, ...(only ? { only } : {}) },
  });
}

/** Applies an action's edit to the client's text, sends it as a change, and returns the new diagnostics. */
async function apply(client: LspClient, file: string, action: CodeAction): Promise<{ text: string; diagnostics: Diagnostic[] }> {
  const uri = client.uri(file);
  const edits = editsOf(action.edit, uri);
  assert.ok(edits.length > 0);
  assert.ok(edits.every(isInsertion), 'fixes only insert');
  const text = applyEdits(client.texts.get(uri)!, edits);
  const mark = client.mark();
  const version = await client.edit(file, edits);
  assert.equal(client.texts.get(uri), text);
  return { text, diagnostics: (await client.diagnostics(uri, version, mark)).diagnostics };
}

describe('language server: code actions', function () {
  describe('a plain LSP client (WorkspaceEdits)', () => {
    let client: LspClient;
    before(async () => {
      client = await LspClient.start({ samples: FILES, locale: 'en' });
    });
    after(() => client?.stop());

    it('quick fix: an insert-only edit; applied, P08 is covered and a placeholder is left to fill', async () => {
      const opened = await client.open(CONVENTION);
      const p08 = opened.diagnostics.filter((d) => d.code === 'P08');
      const actions = await actionsFor(client, CONVENTION, p08, ['quickfix']);
      const fix = actions.find((a) => a.isPreferred);
      assert.ok(fix, JSON.stringify(actions));
      assert.equal(fix.kind, 'quickfix');
      assert.equal(fix.title, 'Compléter : les formats de restitution (CSV, GeoJSON, NeTEx…)');
      assert.deepEqual(fix.diagnostics, p08);
      assert.equal(fix.command, undefined);
      const { text, diagnostics } = await apply(client, CONVENTION, fix);
      assert.match(text, /Ils sont restitués dans les formats \{\{formats, par ex\. CSV, GeoJSON, NeTEx\}\}\./);
      assert.deepEqual(diagnostics.filter((d) => d.code === 'P08'), []);
      const placeholder = diagnostics.filter((d) => d.code === 'placeholder');
      assert.equal(placeholder.length, 1);
      assert.equal(placeholder[0]!.severity, 1);
      const coverage = await client.request<{ checks: Array<{ code: string; verdict: string }> }>('charterlint/coverage', { uri: client.uri(CONVENTION) });
      assert.equal(coverage.checks.find((c) => c.code === 'P08')?.verdict, 'covered');
    });

    it('disable for this file: a suppression comment with a reason to write, after the front matter', async () => {
      const file = 'disable.md';
      client.write(file, client.read(CONVENTION));
      const opened = await client.open(file);
      const p08 = opened.diagnostics.filter((d) => d.code === 'P08');
      const disable = (await actionsFor(client, file, p08)).find((a) => a.title === 'Désactiver P08 pour ce fichier…');
      assert.ok(disable);
      assert.equal(disable.kind, 'quickfix');
      assert.ok(!disable.isPreferred);
      const edits = editsOf(disable.edit, client.uri(file));
      assert.deepEqual(edits, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, newText: '<!-- charterlint-disable P08 -- {{reason}} -->\n' }]);
      const { diagnostics } = await apply(client, file, disable);
      assert.deepEqual(diagnostics.filter((d) => d.code === 'P08'), []);
      assert.deepEqual(diagnostics.map((d) => d.code), ['placeholder'], 'the reason is still to be written');
      const coverage = await client.request<{ checks: Array<{ code: string; verdict: string }> }>('charterlint/coverage', { uri: client.uri(file) });
      assert.equal(coverage.checks.find((c) => c.code === 'P08')?.verdict, 'off');
    });

    it('two diagnostics of one check on one range keep their own fixes (partial clause, raw-data hint)', async () => {
      const text = '---\ntype: charter\n---\n# Charte\n\n## Contrats\n\nRéversibilité des données à la fin du contrat.\n';
      client.write('two.md', text);
      const p08 = (await client.open('two.md')).diagnostics.filter((d) => d.code === 'P08');
      assert.deepEqual(p08.map((d) => d.severity), [2, 3]);
      assert.deepEqual(p08[0]!.range, p08[1]!.range);
      const fixes = (await actionsFor(client, 'two.md', p08)).filter((a) => a.title.startsWith('Compléter'));
      assert.deepEqual(fixes.map((a) => [a.title, a.isPreferred ?? false]), [
        ['Compléter : la liste des données restituées et les formats de restitution (CSV, GeoJSON, NeTEx…)', true],
        ['Compléter : la mise à disposition des données brutes', false],
      ]);
    });

    it('disable in YAML: a comment on the first line', async () => {
      const opened = await client.open('charte.yaml');
      const p08 = opened.diagnostics.filter((d) => d.code === 'P08');
      const disable = (await actionsFor(client, 'charte.yaml', p08)).find((a) => a.title.startsWith('Désactiver P08'));
      assert.deepEqual(editsOf(disable?.edit, client.uri('charte.yaml')), [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '# charterlint-disable P08 -- {{reason}}\n' }]);
    });

    it('show documentation: the charterlint.openDocs command, which the server runs with window/showDocument', async () => {
      const diagnostics = (await client.diagnostics(client.uri('charte.yaml'), 1, 0)).diagnostics.filter((d) => d.code === 'P08');
      const docs = (await actionsFor(client, 'charte.yaml', diagnostics)).find((a) => a.title === 'Afficher la documentation de P08');
      assert.deepEqual(docs?.command, { title: 'Afficher la documentation de P08', command: 'charterlint.openDocs', arguments: ['https://github.com/charterlint/charterlint/blob/main/docs/rules/P08.md'] });
      let shown: unknown;
      client.connection.onRequest('window/showDocument', (params) => {
        shown = params;
        return { success: true };
      });
      await client.request('workspace/executeCommand', { command: docs!.command!.command, arguments: docs!.command!.arguments });
      assert.deepEqual(shown, { uri: 'https://github.com/charterlint/charterlint/blob/main/docs/rules/P08.md', external: true });
    });

    it('source.fixAll.charterlint: inserts what `charterlint --fix` inserts, as insertions only', async () => {
      const file = 'charte-commune-incomplete.md';
      await client.open(file);
      const actions = await actionsFor(client, file, [], ['source.fixAll']);
      assert.equal(actions.length, 1);
      const [fixAll] = actions;
      assert.equal(fixAll!.kind, 'source.fixAll.charterlint');
      assert.equal(fixAll!.title, 'Insérer toutes les sections manquantes');
      const { text, diagnostics } = await apply(client, file, fixAll!);
      const cli = spawnSync(process.execPath, [CLI, file, '--fix', '--format', 'json'], { cwd: client.workspace, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C' } });
      assert.equal(cli.status, 1, cli.stderr);
      assert.equal(text, client.read(file), 'the same text as the CLI\'s --fix');
      assert.deepEqual(diagnostics.filter((d) => /^P\d\d$/.test(String(d.code)) && d.severity !== 3), [], 'no check is missing or partial any more');
      assert.ok(diagnostics.some((d) => d.code === 'placeholder'));
    });

    it('quick fixes are not offered when only source actions are asked for, and vice versa', async () => {
      const diagnostics = (await client.diagnostics(client.uri(CONVENTION), 1, 0)).diagnostics;
      assert.deepEqual(await actionsFor(client, 'charte.yaml', [], ['quickfix']), []);
      const sourceOnly = await actionsFor(client, CONVENTION, diagnostics, ['source']);
      assert.ok(sourceOnly.every((a) => a.kind === 'source.fixAll.charterlint'));
    });
  });

  describe('the charterlint client (snippetCommand, codeAction/resolve)', () => {
    let client: LspClient;
    before(async () => {
      client = await LspClient.start({ samples: FILES, locale: 'en', snippetCommand: true, codeActionResolve: true });
    });
    after(() => client?.stop());

    it('initialize: the client runs the commands itself, so the server registers none', () => {
      assert.equal(client.initializeResult.capabilities.executeCommandProvider, undefined);
    });

    it('quick fix: the charterlint.insertSnippet command with an LSP position and a snippet', async () => {
      const opened = await client.open(CONVENTION);
      const p08 = opened.diagnostics.filter((d) => d.code === 'P08');
      const fix = (await actionsFor(client, CONVENTION, p08)).find((a) => a.isPreferred);
      assert.ok(fix);
      assert.equal(fix.edit, undefined);
      const command = fix.command as Command;
      assert.equal(command.command, 'charterlint.insertSnippet');
      const [uri, position, snippet] = command.arguments as [string, Position, string];
      assert.equal(uri, client.uri(CONVENTION));
      // Where `charterlint --format json` puts the fix: the end of Article 9's own text.
      const cli = spawnSync(process.execPath, [CLI, CONVENTION, '--format', 'json'], { cwd: client.workspace, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C' } });
      const offset = (JSON.parse(cli.stdout) as Array<{ messages: Array<{ ruleId: string; fix?: { range: [number, number] } }> }>)[0]!.messages.find((m) => m.ruleId === 'P08')!.fix!.range[0];
      assert.deepEqual(position, TextDocument.create(uri, 'markdown', 1, client.read(CONVENTION)).positionAt(offset));
      assert.equal(position.line, 70);
      assert.equal(snippet, '\n\nIls sont restitués dans les formats ${1:{{formats, par ex. CSV, GeoJSON, NeTEx\\}\\}}.');
    });

    it('fix all: resolved lazily (codeAction/resolve computes the edit)', async () => {
      await client.open('charte-commune-incomplete.md');
      const [action] = await actionsFor(client, 'charte-commune-incomplete.md', [], ['source.fixAll.charterlint']);
      assert.ok(action);
      assert.equal(action.edit, undefined);
      const resolved = await client.request<CodeAction>('codeAction/resolve', action);
      const edits = editsOf(resolved.edit, client.uri('charte-commune-incomplete.md'));
      assert.ok(edits.length > 0 && edits.every(isInsertion));
    });
  });
});
