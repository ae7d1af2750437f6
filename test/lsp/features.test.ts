import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import type { CodeLens, CompletionItem, DocumentSymbol, Hover, MarkupContent, Position, SymbolInformation } from 'vscode-languageserver-protocol';
import { CLI, LspClient } from './harness';

const CONVENTION = 'convention-mobilite-reversibilite.md';
const FILES = ['.charterlintrc.yaml', CONVENTION, 'charte.yaml', 'charte-commune-incomplete.md', 'city-data-charter.md'];

/** A YAML charter with blanks where completion is asked (line numbers are 0-based below). */
const YAML_CHARTER = [
  'type: charter', //               0
  'title: Charte de test', //       1
  'territory:', //                  2
  '  name: Ville de Test', //       3
  '  level: ', //                   4
  'governance:', //                 5
  '  body:', //                     6
  '    name: Comité de la donnée', // 7
  '    ', //                        8
  'data:', //                       9
  '  reversibility:', //            10
  '    datasets: [bus]', //         11
  '    fo', //                      12
  'organisation:', //               13
  '  roles:', //                    14
  '    - ', //                      15
  'citizens:', //                   16
  '  consultation:', //             17
  '    stage: ', //                 18
  '', //                            19
].join('\n');

async function complete(client: LspClient, file: string, position: Position): Promise<CompletionItem[]> {
  const result = await client.request<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', { textDocument: { uri: client.uri(file) }, position });
  return Array.isArray(result) ? result : result.items;
}

function hoverText(hover: Hover | null): string {
  assert.ok(hover, 'a hover');
  return (hover.contents as MarkupContent).value;
}

describe('language server: hover, completion, symbols, code lens, coverage', function () {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ samples: FILES, locale: 'en', snippetSupport: true });
    client.write('test.yaml', YAML_CHARTER);
    await client.open(CONVENTION);
    await client.open('test.yaml');
  });
  after(() => client?.stop());

  it('hover on a diagnostic: the check, why the report asks for it, the verdict, what is missing, the docs', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri(CONVENTION) }, position: { line: 61, character: 20 } });
    const text = hoverText(hover);
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
    assert.match(text, /\*\*P08 · reversibility-clause\*\* — Clause de réversibilité/);
    assert.match(text, /À la fin d'un contrat, la collectivité doit pouvoir reprendre le service/);
    assert.match(text, /\*\*Verdict\*\* : P08 ◐ partielle/);
    assert.match(text, /\*\*Manque\*\* : les formats de restitution \(CSV, GeoJSON, NeTEx…\)/);
    assert.match(text, /\[Documentation P08\]\(https:\/\/github\.com\/charterlint\/charterlint\/blob\/main\/docs\/rules\/P08\.md\)/);
    assert.deepEqual(hover.range, { start: { line: 61, character: 15 }, end: { line: 61, character: 28 } });
  });

  it('hover on the "Article 9 – Réversibilité" heading: the check its section serves, with its verdict', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri(CONVENTION) }, position: { line: 61, character: 5 } });
    const text = hoverText(hover);
    assert.match(text, /Éléments pour/);
    assert.match(text, /P08 ◐ partielle — \[reversibility-clause\]/);
    assert.doesNotMatch(text, /P07|P12/, 'only the checks whose evidence is in this section');
    assert.doesNotMatch(text, /À la fin d'un contrat/, 'not on the diagnostic');
    assert.equal(hover.range?.start.line, 61);
    const nothing = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: client.uri(CONVENTION) }, position: { line: 63, character: 5 } });
    assert.equal(nothing, null, 'plain text holds no hover');
  });

  it('hover on a YAML key: the checks its subtree serves', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri('test.yaml') }, position: { line: 10, character: 4 } });
    const text = hoverText(hover);
    assert.match(text, /P08 ◐ partielle — \[reversibility-clause\]/);
    assert.deepEqual(hover.range, { start: { line: 10, character: 2 }, end: { line: 10, character: 15 } });
  });

  it('YAML completion: the schema keys not yet in the mapping, with their description', async () => {
    const body = await complete(client, 'test.yaml', { line: 8, character: 4 });
    assert.deepEqual(body.map((i) => i.label).sort(), ['description', 'mandate', 'members', 'notes']);
    const members = body.find((i) => i.label === 'members')!;
    assert.equal(members.detail, 'Membres');
    assert.match((members.documentation as MarkupContent).value, /P01 ◐ partielle · governance-body/);
    const root = (await complete(client, 'test.yaml', { line: 19, character: 0 })).map((i) => i.label);
    for (const key of ['impact', 'adopted', 'language']) assert.ok(root.includes(key), key);
    for (const key of ['type', 'title', 'governance', 'data', 'citizens']) assert.ok(!root.includes(key), key);
  });

  it('YAML completion: a half-typed key is replaced; a new list item gets its item keys', async () => {
    const partial = await complete(client, 'test.yaml', { line: 12, character: 6 });
    assert.deepEqual(partial.map((i) => i.label).filter((l) => !['description', 'notes'].includes(l)).sort(), ['formats', 'timing']);
    const formats = partial.find((i) => i.label === 'formats')!;
    assert.deepEqual(formats.textEdit, { range: { start: { line: 12, character: 4 }, end: { line: 12, character: 6 } }, newText: 'formats:\n      - $0' });
    assert.equal(formats.insertTextFormat, 2);
    const item = await complete(client, 'test.yaml', { line: 15, character: 6 });
    assert.deepEqual(item.map((i) => i.label).sort(), ['description', 'holder', 'mission', 'notes', 'title']);
  });

  it('YAML completion: enum values after `stage: `, `level: `, `type: `', async () => {
    const stage = await complete(client, 'test.yaml', { line: 18, character: 11 });
    assert.deepEqual(stage.map((i) => i.label), ['upstream', 'during', 'after']);
    assert.deepEqual(stage[0]!.textEdit, { range: { start: { line: 18, character: 11 }, end: { line: 18, character: 11 } }, newText: 'upstream' });
    assert.ok(stage[0]!.documentation);
    const level = await complete(client, 'test.yaml', { line: 4, character: 9 });
    assert.deepEqual(level.map((i) => i.label), ['commune', 'epci', 'metropole', 'departement', 'region']);
    // With a value already there, the whole value is replaced.
    const type = await complete(client, 'test.yaml', { line: 0, character: 6 });
    const agreement = type.find((i) => i.label === 'partnership-agreement');
    assert.deepEqual(agreement?.textEdit, { range: { start: { line: 0, character: 6 }, end: { line: 0, character: 13 } }, newText: 'partnership-agreement' });
  });

  it('Markdown completion after `## `: the missing and partial sections, as snippets with the template', async () => {
    const file = 'charte-commune-incomplete.md';
    const opened = await client.open(file);
    const lines = client.texts.get(client.uri(file))!.split('\n');
    const line = lines.length - 1;
    const version = await client.edit(file, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: '## ' }]);
    assert.equal(version, 2);
    const items = await complete(client, file, { line, character: 3 });
    const coverage = await client.request<{ checks: Array<{ code: string; verdict: string }> }>('charterlint/coverage', { uri: client.uri(file) });
    const gaps = coverage.checks.filter((c) => c.verdict === 'missing' || c.verdict === 'partial').map((c) => c.code);
    assert.ok(gaps.length > 5);
    assert.deepEqual(items.map((i) => i.sortText), gaps);
    assert.ok(opened.diagnostics.length > 0);
    const p08 = items.find((i) => i.sortText === 'P08')!;
    assert.equal(p08.label, 'Réversibilité des données');
    assert.equal(p08.detail, 'P08 ◐ partielle · reversibility-clause');
    assert.equal(p08.insertTextFormat, 2);
    assert.equal(p08.filterText, '## Réversibilité des données');
    const edit = p08.textEdit as { range: unknown; newText: string };
    assert.deepEqual(edit.range, { start: { line, character: 0 }, end: { line, character: 3 } });
    assert.match(edit.newText, /^## Réversibilité des données\n\nClause de réversibilité/);
    assert.match(edit.newText, /\$\{1:\{\{/);
    const none = await complete(client, file, { line: 0, character: 1 });
    assert.deepEqual(none, [], 'not on the title line of the front matter-less document');
  });

  it('document symbols: the sections as a hierarchy, with the checks each one holds evidence for', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri(CONVENTION) } });
    assert.equal(symbols.length, 1);
    const title = symbols[0]!;
    assert.match(title.name, /^Convention de partenariat relative aux données/);
    assert.equal(title.children?.length, 12);
    const article9 = title.children!.find((s) => s.name === 'Article 9 – Réversibilité')!;
    assert.equal(article9.detail, 'P08 ◐ partielle');
    assert.deepEqual(article9.selectionRange, { start: { line: 61, character: 0 }, end: { line: 61, character: 28 } });
    assert.equal(title.children!.find((s) => s.name === 'Article 4 – Standards et licence')?.detail, 'P07 ✔ couverte');
    const yaml = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri('test.yaml') } });
    const data = yaml.find((s) => s.name === 'data')!;
    const reversibility = data.children!.find((s) => s.name === 'reversibility')!;
    assert.match(reversibility.detail ?? '', /^P08 /);
    assert.equal(reversibility.children?.[0]?.name, 'datasets');
  });

  it('code lens on the title: covered / partial / missing over the applicable checks', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: client.uri(CONVENTION) } });
    assert.equal(lenses.length, 1);
    assert.deepEqual(lenses[0]!.command, { title: '5/6 couvertes · 1 partielle · 0 manquante', command: 'charterlint.showChecklist', arguments: [client.uri(CONVENTION)] });
    assert.equal(lenses[0]!.range.start.line, 5);
    const en = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: client.uri('city-data-charter.md') } });
    assert.deepEqual(en, [], 'not open: no lens');
    await client.open('city-data-charter.md');
    const open = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: client.uri('city-data-charter.md') } });
    assert.match(open[0]!.command!.title, /^\d+\/16 couvertes · \d partielles? · \d manquantes?$/);
  });

  it('charterlint/coverage: the checklist of a document, null for what is not a charter', async () => {
    const uri = client.uri(CONVENTION);
    const coverage = await client.request<Record<string, unknown> & { checks: Array<Record<string, unknown>> }>('charterlint/coverage', { uri });
    assert.equal(coverage.uri, uri);
    assert.equal(coverage.version, 1);
    assert.equal(coverage.documentType, 'partnership-agreement');
    assert.equal(coverage.language, 'fr');
    assert.deepEqual(coverage.counts, { covered: 5, partial: 1, missing: 0, off: 0, applicable: 6 });
    assert.equal(coverage.checks.length, 16);
    assert.deepEqual(coverage.checks[0], { code: 'P01', name: 'governance-body', axis: 1, axisTitle: 'Gouvernance', verdict: 'not-applicable', evidence: [] });
    const p08 = coverage.checks.find((c) => c.code === 'P08')!;
    assert.equal(p08.verdict, 'partial');
    assert.equal(p08.axis, 2);
    assert.equal(p08.axisTitle, 'La donnée dans les contrats');
    assert.match(String(p08.message), /il manque les formats/);
    assert.deepEqual(p08.diagnosticRange, { start: { line: 61, character: 15 }, end: { line: 61, character: 28 } });
    assert.ok((p08.evidence as unknown[]).length > 0);
    client.write('README.md', '# Notes\n\nNot a charter.\n');
    assert.equal(await client.request('charterlint/coverage', { uri: client.uri('README.md') }), null);
    // A closed charter is read from disk.
    const closed = await client.request<{ version: number | null; documentType: string }>('charterlint/coverage', { uri: client.uri('charte.yaml') });
    assert.equal(closed.version, null);
    assert.equal(closed.documentType, 'charter');
  });

  it('charterlint/newDocument: the template `charterlint new` prints', async () => {
    const { text } = await client.request<{ text: string }>('charterlint/newDocument', { type: 'convention-de-partenariat', lang: 'fr' });
    const cli = spawnSync(process.execPath, [CLI, 'new', 'convention-de-partenariat', '--lang', 'fr'], { encoding: 'utf8' });
    assert.equal(text, cli.stdout);
    await assert.rejects(client.request('charterlint/newDocument', { type: 'memo', lang: 'fr' }), /unknown document type 'memo'/);
  });
});

describe('language server: clients without hierarchical symbols', () => {
  it('document symbols come flat, with their container', async () => {
    const client = await LspClient.start({ samples: ['convention-mobilite-reversibilite.md'], hierarchicalSymbols: false });
    try {
      await client.open(CONVENTION);
      const symbols = await client.request<SymbolInformation[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri(CONVENTION) } });
      assert.equal(symbols.length, 13);
      assert.equal(symbols[9]!.name, 'Article 9 – Réversibilité');
      assert.match(symbols[9]!.containerName ?? '', /^Convention de partenariat/);
      assert.equal(symbols[9]!.location.uri, client.uri(CONVENTION));
    } finally {
      await client.stop();
    }
  });
});
