import assert from 'node:assert/strict';
import { analyze } from '../../server/src/lsp/analysis';
import { Analyses } from '../../server/src/lsp/documents';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';
import { insertOnlyDiff } from '../../server/src/lsp/edits';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { Workspace } from '../../server/src/lsp/workspace';
import { applyFixes, parseCharter } from '../../server/src/engine';

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
    // A clock that moves `step` ms each time it is read: a lint (two reads) costs 40 ms. The event
    // loop's idle time moves only when the test says so.
    let clock = 0;
    let step = 40;
    let idle = 0;
    const analyses = new Analyses({ settings, workspace: new Workspace(), clientLocale: () => 'en', log: () => undefined, now: () => (clock += step), idle: () => idle });
    const uri = 'untitled:Charte-delay';
    const lint = (version: number) => analyses.get(TextDocument.create(uri, 'markdown', version, CHARTER));
    // Never linted: nothing is known of its cost, the setting applies.
    assert.equal(analyses.delayAfterEdit(uri, 150), 150);
    await lint(1);
    analyses.forget(uri);
    await lint(1);
    // The first edit since it was opened, 10 ms after its first lint ended: at once (no burst
    // yet, and the first lint parsed the whole document, an edit parses one piece again).
    step = 10;
    idle += 10;
    assert.equal(analyses.delayAfterEdit(uri, 150), 0);
    // The next, 10 ms later, less than the lint took: a burst, wait 40 ms.
    assert.equal(analyses.delayAfterEdit(uri, 150), 40);
    // A pause longer than a lint: at once.
    clock += 1000;
    idle += 1000;
    assert.equal(analyses.delayAfterEdit(uri, 150), 0);
    // Never more than the setting.
    assert.equal(analyses.delayAfterEdit(uri, 10), 10);
    // A closed document is forgotten, with its pieces, its cost and its edits.
    analyses.forget(uri);
    assert.equal(analyses.delayAfterEdit(uri, 150), 150);
  });

  it('after an edit: someone typing slower than the document lints is answered at once, even after a lint that waited', async () => {
    const settings = { get: async () => DEFAULT_SETTINGS, peek: () => DEFAULT_SETTINGS } as unknown as ConstructorParameters<typeof Analyses>[0]['settings'];
    let clock = 0;
    let idle = 0;
    // A lint reads the clock as it starts and as it ends.
    const readings: number[] = [];
    const analyses = new Analyses({ settings, workspace: new Workspace(), clientLocale: () => 'en', log: () => undefined, now: () => readings.shift() ?? clock, idle: () => idle });
    const uri = 'untitled:Charte-typing';
    let version = 1;
    // A lint of `ms`, from `at`: the server is busy, its event loop never idle.
    const lintFrom = async (at: number, ms = 45) => {
      readings.push(at, at + ms);
      await analyses.get(TextDocument.create(uri, 'markdown', version++, CHARTER));
      assert.equal(readings.length, 0);
    };
    // Someone typing a key every 120 ms, each sent once the previous key's diagnostics are back
    // (as the benchmark does). A lint takes 45 ms, but one is slowed to 100 ms (a collection).
    await lintFrom(0);
    let published = 45;
    let key = 0;
    const latencies: number[] = [];
    for (let k = 0; k < 8; k++) {
      const next = Math.max(key + 120, published + 1);
      idle += next - published;
      key = clock = next;
      const delay = analyses.delayAfterEdit(uri, 150);
      idle += delay;
      await lintFrom(key + delay, k === 1 ? 100 : 45);
      published = key + delay + (k === 1 ? 100 : 45);
      latencies.push(published - key);
    }
    // Answered at once before and after the slow lint: the former rule measured the pause from the
    // lint's end (20 ms after the slow one), waited, and from then on waited at every key (90 ms).
    assert.deepEqual(latencies, [45, 100, 45, 45, 45, 45, 45, 45]);
    // A key typed during the lint (read as the lint ended, the loop never idle in between) is a
    // burst however long ago the previous key came: wait as long as a lint takes.
    idle += 200;
    await lintFrom(published + 200);
    clock = published + 245.2;
    assert.equal(analyses.delayAfterEdit(uri, 150), 45);
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
