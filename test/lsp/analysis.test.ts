import assert from 'node:assert/strict';
import { analyze } from '../../server/src/lsp/analysis';
import { Analyses } from '../../server/src/lsp/documents';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';
import { insertOnlyDiff } from '../../server/src/lsp/edits';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { Workspace } from '../../server/src/lsp/workspace';
import { applyFixes, lintModel, parseCharter } from '../../server/src/engine';

const CHARTER = '---\ntype: charter\n---\n# Charte\n\nTexte.\n';

describe('language server: analysis (unit)', () => {
  it('a check that throws gives one internal-error diagnostic on line 1 and a log line', () => {
    const logged: string[] = [];
    const analysis = analyze(
      { uri: 'untitled:Charte-1', version: 3, languageId: 'markdown', text: CHARTER },
      {
        settings: DEFAULT_SETTINGS, workspace: new Workspace(), clientLocale: 'en', log: (m) => logged.push(m),
        engine: { parse: parseCharter, lintModel: () => { throw new Error('P08 exploded'); } },
      },
    );
    assert.equal(analysis.kind, 'failed');
    const diagnostics = toDiagnostics(analysis, false);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.code, 'internal-error');
    assert.deepEqual(diagnostics[0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
    assert.match(String(diagnostics[0]!.message), /P08 exploded/);
    assert.equal(logged.length, 1);
    assert.match(logged[0]!, /untitled:Charte-1 \(version 3\) failed: Error: P08 exploded/);
  });

  it('an untitled document is a charter when it declares its type', () => {
    const env = { settings: DEFAULT_SETTINGS, workspace: new Workspace(), clientLocale: 'fr' as const, log: () => undefined };
    assert.equal(analyze({ uri: 'untitled:1', version: 1, languageId: 'markdown', text: CHARTER }, env).kind, 'charter');
    assert.equal(analyze({ uri: 'untitled:2', version: 1, languageId: 'markdown', text: '# Notes\n' }, env).kind, 'skipped');
    assert.equal(analyze({ uri: 'untitled:3', version: 1, languageId: 'plaintext', text: CHARTER }, env).kind, 'skipped');
  });

  it('after an edit: lints at once, unless edits arrive faster than the document lints (then waits, at most debounceMs)', async () => {
    const settings = { get: async () => DEFAULT_SETTINGS, peek: () => DEFAULT_SETTINGS } as unknown as ConstructorParameters<typeof Analyses>[0]['settings'];
    // A clock that moves `step` ms each time it is read: a lint (two reads) costs 40 ms.
    let clock = 0;
    let step = 40;
    const analyses = new Analyses({ settings, workspace: new Workspace(), clientLocale: () => 'en', log: () => undefined, now: () => (clock += step) });
    const uri = 'untitled:Charte-delay';
    // Never linted: nothing is known of its cost, the setting applies.
    assert.equal(analyses.delayAfterEdit(uri, 150), 150);
    await analyses.get(TextDocument.create(uri, 'markdown', 1, CHARTER));
    analyses.forget(uri);
    await analyses.get(TextDocument.create(uri, 'markdown', 1, CHARTER));
    // The first edit since it was opened, 10 ms after its first lint ended: at once (no burst
    // yet, and the first lint parsed the whole document, an edit parses one piece again).
    step = 10;
    assert.equal(analyses.delayAfterEdit(uri, 150), 0);
    // The next, 10 ms later, less than the lint took: a burst, wait 40 ms.
    assert.equal(analyses.delayAfterEdit(uri, 150), 40);
    // A pause longer than a lint: at once.
    clock += 1000;
    assert.equal(analyses.delayAfterEdit(uri, 150), 0);
    // Never more than the setting.
    assert.equal(analyses.delayAfterEdit(uri, 10), 10);
    // A closed document is forgotten, with its pieces, its cost and its edits.
    analyses.forget(uri);
    assert.equal(analyses.delayAfterEdit(uri, 150), 150);
  });

  it('insertOnlyDiff: the insertions that rebuild the fixed text, or nothing when text was removed', () => {
    const before = 'type: charter\ndata:\n  formats: []\n# fin\n';
    const after = 'type: charter\ndata:\n  formats: ["CSV"]\n  timing: 30 jours\n# fin\n';
    const insertions = insertOnlyDiff(before, after);
    assert.ok(insertions);
    assert.equal(applyFixes(before, [{ title: '', insertions }]), after);
    assert.equal(insertOnlyDiff('abc\ndef\n', 'abc\nxyz\n'), undefined);
  });
});
