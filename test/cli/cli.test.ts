import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync, mkdirSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';

/**
 * Golden CLI scenarios: the built `dist/cli.js` run as CI runs it, in test/fixtures/cli,
 * with stdout, stderr and the exit code pinned in test/fixtures/cli/expected/ (UPDATE_SNAPSHOTS=1
 * rewrites them: review the diff).
 */
const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const CWD = path.join(ROOT, 'test', 'fixtures', 'cli');
const EXPECTED = path.join(CWD, 'expected');

function run(args: string[], cwd = CWD, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    // The JSON report of the whole corpus is over 1 MB, spawnSync's default buffer.
    cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { PATH: process.env.PATH, LANG: 'C', NO_COLOR: '1', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function golden(name: string, args: string[], code: number): void {
  it(`${name}: charterlint ${args.join(' ')} → exit ${code}`, () => {
    const r = run(args);
    const actual = `$ charterlint ${args.join(' ')}\n# exit ${r.code}\n# stdout\n${normalize(r.stdout)}# stderr\n${normalize(r.stderr)}`;
    const file = path.join(EXPECTED, `${name}.txt`);
    if (!existsSync(file) && process.env.CI) assert.fail(`missing golden file ${name}.txt`);
    if (process.env.UPDATE_SNAPSHOTS || !existsSync(file)) {
      mkdirSync(EXPECTED, { recursive: true });
      writeFileSync(file, actual);
    }
    assert.equal(r.code, code, r.stderr);
    assert.equal(actual, readFileSync(file, 'utf8'));
  });
}

/** Absolute paths and the version change from machine to machine. */
function normalize(text: string): string {
  const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return text.split(CWD).join('<cwd>').split(`file://${CWD}`).join('file://<cwd>').split(`"version": "${version}"`).join('"version": "<version>"');
}

describe('charterlint CLI (golden)', () => {
  before(() => assert.ok(existsSync(CLI), 'run `npm run build` first'));

  golden('stylish', ['project'], 1);
  golden('json', ['project', '--format', 'json'], 1);
  golden('sarif', ['project', '--format', 'sarif'], 1);
  golden('junit', ['project', '--format', 'junit'], 1);
  golden('github', ['project', '--format', 'github'], 1);
  golden('summary', ['project', '--format', 'summary'], 1);
  golden('french', ['project/contrats', '--locale', 'fr'], 0);
  golden('quiet', ['project', '--quiet'], 1);
  golden('rule-flag', ['project/contrats/convention.md', '--rule', 'reversibility-clause:error'], 1);
  golden('max-warnings', ['project/contrats', '--max-warnings', '0'], 1);
  golden('clean', ['project/charte-complete.md'], 0);
  golden('no-files', ['project/contrats/nothing-here'], 2);
  golden('explicit-file', ['project/README.md', '--format', 'summary'], 1);
  golden('unknown-rule-flag', ['project', '--rule', 'P99:off'], 2);
  golden('bad-config', ['bad-config'], 2);
  golden('bad-flag', ['--frmat', 'json'], 2);
  golden('bad-format', ['--format', 'xml'], 2);
  golden('fix-dry-run', ['project/charte-lacunes.md', '--fix-dry-run'], 1);
  golden('new', ['new', 'partnership-agreement', '--lang', 'en'], 0);
  golden('print-config', ['--print-config', 'project/contrats/convention.md'], 0);
  golden('help', ['--help'], 0);

  it('--version prints the package version', () => {
    const r = run(['--version']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout.trim(), (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('--format sarif validates against the SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false, validateFormats: false });
    ajv.addSchema(schema, 'sarif');
    const validate = ajv.getSchema('sarif#/definitions/Root') ?? ajv.compile(schema);
    const log = JSON.parse(run(['project', '--format', 'sarif']).stdout) as unknown;
    assert.equal(validate(log), true, JSON.stringify(validate.errors?.slice(0, 3)));
  });

  it('--format json keeps the contract for every file', () => {
    const reports = JSON.parse(run(['project', '--format', 'json']).stdout) as Array<Record<string, unknown>>;
    assert.equal(reports.length, 3);
    for (const r of reports) {
      assert.deepEqual(Object.keys(r).sort(), ['coverage', 'documentType', 'errorCount', 'filePath', 'language', 'messages', 'warningCount']);
      assert.equal(Object.keys(r.coverage as object).length, 16);
    }
    assert.ok(!reports.some((r) => String(r.filePath).endsWith('README.md')), 'a README without type is not linted');
  });

  it('--output-file writes the report and prints nothing', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'charterlint-out-'));
    const out = path.join(dir, 'report.sarif');
    const r = run(['project', '--format', 'sarif', '-o', out]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.ok((JSON.parse(readFileSync(out, 'utf8')) as { runs: unknown[] }).runs.length === 1);
    rmSync(dir, { recursive: true });
  });

  it('github appends a coverage table to $GITHUB_STEP_SUMMARY', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'charterlint-gh-'));
    const summary = path.join(dir, 'summary.md');
    writeFileSync(summary, 'previous step\n');
    run(['project/contrats', '--format', 'github'], CWD, { GITHUB_STEP_SUMMARY: summary });
    const text = readFileSync(summary, 'utf8');
    assert.ok(text.startsWith('previous step\n'));
    assert.match(text, /\| P08 reversibility-clause \| ◐ partial \|/);
    rmSync(dir, { recursive: true });
  });

  it('colours only when asked or on a terminal', () => {
    assert.doesNotMatch(run(['project/contrats']).stdout, /\x1b\[/);
    assert.match(run(['project/contrats'], CWD, { NO_COLOR: '', FORCE_COLOR: '1' }).stdout, /\x1b\[/);
    assert.doesNotMatch(run(['project/contrats', '--no-color'], CWD, { FORCE_COLOR: '1' }).stdout, /\x1b\[/);
  });

  describe('--fix', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'charterlint-fix-'));
      for (const f of ['charte-lacunes.md', '.charterlintrc.yaml']) copyFileSync(path.join(CWD, 'project', f), path.join(dir, f));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('inserts the missing parts, keeps the mode, leaves placeholders as errors, and is idempotent', () => {
      const file = path.join(dir, 'charte-lacunes.md');
      chmodSync(file, 0o640);
      const before = readFileSync(file, 'utf8');
      const first = run([file, '--fix', '--format', 'json'], dir);
      const after = readFileSync(file, 'utf8');
      assert.notEqual(after, before);
      assert.equal(statSync(file).mode & 0o777, 0o640);
      const golden = path.join(EXPECTED, 'fixed-charte-lacunes.md');
      if (process.env.UPDATE_SNAPSHOTS || !existsSync(golden)) writeFileSync(golden, after);
      assert.equal(after, readFileSync(golden, 'utf8'));
      const report = (JSON.parse(first.stdout) as Array<{ coverage: Record<string, string>; messages: Array<{ ruleId: string }> }>)[0]!;
      for (const [code, verdict] of Object.entries(report.coverage)) assert.ok(verdict === 'covered' || verdict === 'off', `${code} is ${verdict} after --fix`);
      assert.ok(report.messages.some((m) => m.ruleId === 'placeholder'));
      assert.equal(first.code, 1, 'unfilled placeholders are errors');
      run([file, '--fix'], dir);
      assert.equal(readFileSync(file, 'utf8'), after, 'a second --fix changes nothing');
      assert.deepEqual(readdirSync(dir).filter((f) => f.includes('.tmp')), [], 'no temporary file left');
    });

    it('--fix-dry-run writes nothing', () => {
      const file = path.join(dir, 'charte-lacunes.md');
      const before = readFileSync(file, 'utf8');
      const r = run([file, '--fix-dry-run'], dir);
      assert.match(r.stdout, /^\+## |^\+### /m);
      assert.equal(readFileSync(file, 'utf8'), before);
    });
  });

  describe('input errors: one line naming the file, exit 2, no stack trace', () => {
    it('a binary file', () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'charterlint-bin-'));
      const file = path.join(dir, 'charte.md');
      writeFileSync(file, Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]));
      const r = run([file], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /charte\.md: binary file/);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
      rmSync(dir, { recursive: true });
    });

    it('--init writes a starter config once', () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'charterlint-init-'));
      assert.equal(run(['--init'], dir).code, 0);
      assert.ok(existsSync(path.join(dir, '.charterlintrc.yaml')));
      const again = run(['--init'], dir);
      assert.equal(again.code, 2);
      assert.match(again.stderr, /already exists/);
      rmSync(dir, { recursive: true });
    });
  });
});

describe('charterlint on many files: worker threads', () => {
  const FILES = 240;
  // Documents of the labelled corpus: enough files for the default to use the cores. A fixed
  // number of them (FILES, spread over the corpus in name order), so that the test's time does
  // not grow with the corpus (the --fix case lints every file twice, in two processes): a share of
  // it (every third file) took 30 s on a loaded machine once the corpus passed 2,000 documents.
  // Made in a hook, not in the suite's body: a body runs whenever the file loads, even when `-g`
  // selects none of these tests, and then no `after` hook runs to remove the directory.
  let dir = '';
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'charterlint-threads-'));
    const corpus = path.join(ROOT, 'test', 'corpus');
    const documents = readdirSync(corpus, { withFileTypes: true }).filter((d) => d.isDirectory())
      .flatMap((sub) => readdirSync(path.join(corpus, sub.name)).map((f) => [sub.name, f] as const))
      .sort(([a, f], [b, g]) => `${a}/${f}`.localeCompare(`${b}/${g}`))
      .filter((_, i, all) => i % Math.ceil(all.length / FILES) === 0);
    for (const [sub, f] of documents) copyFileSync(path.join(corpus, sub, f), path.join(dir, `${sub}-${f}`));
    writeFileSync(path.join(dir, '.charterlintrc.yaml'), 'root: true\ninclude: ["*.md", "*.yaml"]\n');
  });
  const debug = { CHARTERLINT_DEBUG: 'threads' };
  after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it('uses two threads by default on this many files, one when told, and prints the same report', () => {
    const one = run(['.', '--format', 'json', '--threads', '1'], dir, debug);
    const two = run(['.', '--format', 'json'], dir, debug);
    assert.match(one.stderr, /charterlint: \d+ files, \d+ bytes, 1 thread\n/);
    if (os.availableParallelism() > 1) assert.match(two.stderr, /charterlint: \d+ files, \d+ bytes, [2-9] threads\n/);
    assert.equal(two.code, one.code);
    assert.ok(JSON.parse(one.stdout).length >= 80);
    assert.equal(two.stdout, one.stdout);
  });

  it('writes the same fixes from worker threads as from one thread', () => {
    const files = readdirSync(dir);
    const copy = (to: string) => {
      mkdirSync(to);
      for (const f of files) copyFileSync(path.join(dir, f), path.join(to, f));
    };
    const a = path.join(dir, 'a');
    const b = path.join(dir, 'b');
    copy(a);
    copy(b);
    run(['.', '--fix', '--threads', '1'], a);
    const r = run(['.', '--fix', '--threads', '2'], b, debug);
    assert.match(r.stderr, /2 threads/);
    for (const f of readdirSync(a)) assert.equal(readFileSync(path.join(b, f), 'utf8'), readFileSync(path.join(a, f), 'utf8'), f);
    assert.ok(readdirSync(a).some((f) => readFileSync(path.join(a, f), 'utf8') !== readFileSync(path.join(dir, f), 'utf8')), 'some files were fixed');
  });

  it('refuses a --threads that is not a whole number of at least 1', () => {
    const r = run(['.', '--threads', '0'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--threads takes a whole number of at least 1, got '0'/);
  });
});
