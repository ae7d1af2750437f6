import assert from 'node:assert/strict';
import { chmodSync, chownSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { assertNoStackTrace, assertOneLineError, cli, ROOT, tempProject } from './cli-helpers';
import { keepsInOrder } from './fuzz';

/**
 * `--fix` writes through a temporary file and a rename (write-file-atomic), keeps the line
 * endings, the BOM, the file's mode, owner and symbolic link, leaves no temporary file, and never
 * loses a line; `--fix-dry-run` writes nothing at all.
 */

const SAMPLE = readFileSync(path.join(ROOT, 'test', 'fixtures', 'cli', 'project', 'charte-lacunes.md'), 'utf8');
const YAML = 'type: charter\ntitre: Charte de la donnée\ngovernance:\n  body: Comité de la donnée\n';

const isRoot = process.getuid?.() === 0;

describe('robustness: --fix writes safely, --fix-dry-run not at all', function () {
  this.timeout(30_000);

  it('CRLF stays CRLF (inserted lines too), the original text is all there, mode 0o640 kept, no temporary file left', () => {
    const crlf = SAMPLE.replace(/\n/g, '\r\n');
    const { dir, remove } = tempProject({ 'charte.md': crlf });
    try {
      const file = path.join(dir, 'charte.md');
      chmodSync(file, 0o640);
      const r = cli(['charte.md', '--fix'], dir);
      assertNoStackTrace(r);
      const after = readFileSync(file, 'utf8');
      assert.notEqual(after, crlf, 'something was inserted');
      assert.ok(keepsInOrder(crlf, after), 'every line the user wrote is still there, in order');
      assert.doesNotMatch(after, /(^|[^\r])\n/, 'every line ends with CRLF');
      assert.equal(statSync(file).mode & 0o777, 0o640);
      assert.deepEqual(readdirSync(dir), ['charte.md'], 'no temporary file left');
    } finally {
      remove();
    }
  });

  it('a BOM stays, once, at the start; LF stays LF; YAML too', () => {
    const { dir, remove } = tempProject({ 'charte.md': `\uFEFF${SAMPLE}`, 'charte.yaml': `\uFEFF${YAML}` });
    try {
      cli(['charte.md', 'charte.yaml', '--fix'], dir);
      for (const [name, before] of [['charte.md', SAMPLE], ['charte.yaml', YAML]] as const) {
        const bytes = readFileSync(path.join(dir, name));
        assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${name} starts with its BOM`);
        const after = bytes.toString('utf8');
        assert.equal(after.lastIndexOf('\uFEFF'), 0, `${name}: one BOM`);
        assert.ok(after.length > before.length + 1, `${name} was fixed`);
        assert.ok(keepsInOrder(before, after.slice(1)));
        assert.doesNotMatch(after, /\r/, `${name}: LF stays LF`);
      }
    } finally {
      remove();
    }
  });

  // --fix twice is --fix once: engine.property.test.ts (fixAll, which --fix runs) and test/cli/cli.test.ts.

  it('--fix-dry-run leaves the bytes and the modification time as they were', () => {
    const { dir, remove } = tempProject({ 'charte.md': SAMPLE });
    try {
      const file = path.join(dir, 'charte.md');
      const past = new Date('2021-07-01T12:00:00Z');
      utimesSync(file, past, past);
      const before = readFileSync(file);
      const r = cli(['charte.md', '--fix-dry-run'], dir);
      assertNoStackTrace(r);
      assert.match(r.stdout, /^\+## /m, 'the diff of what --fix would insert');
      assert.deepEqual(readFileSync(file), before);
      assert.equal(statSync(file).mtime.getTime(), past.getTime());
      assert.deepEqual(readdirSync(dir), ['charte.md']);
    } finally {
      remove();
    }
  });

  it('a symbolic link stays a link; the file it points to is fixed', () => {
    const { dir, remove } = tempProject({ 'docs/charte.md': SAMPLE });
    try {
      const link = path.join(dir, 'lien.md');
      symlinkSync(path.join('docs', 'charte.md'), link);
      cli(['lien.md', '--fix'], dir);
      assert.ok(lstatSync(link).isSymbolicLink());
      assert.equal(readlinkSync(link), path.join('docs', 'charte.md'));
      assert.notEqual(readFileSync(path.join(dir, 'docs', 'charte.md'), 'utf8'), SAMPLE);
    } finally {
      remove();
    }
  });

  it('the owner is kept (run as root: a file of another user stays theirs)', function () {
    if (!isRoot) this.skip();
    const { dir, remove } = tempProject({ 'charte.md': SAMPLE });
    try {
      const file = path.join(dir, 'charte.md');
      chownSync(file, 65534, 65534);
      cli(['charte.md', '--fix'], dir);
      assert.notEqual(readFileSync(file, 'utf8'), SAMPLE);
      assert.deepEqual([statSync(file).uid, statSync(file).gid], [65534, 65534]);
    } finally {
      remove();
    }
  });

  it('a folder that cannot be written: one line naming the file, exit 2, the file untouched, no temporary file', () => {
    const { dir, remove } = tempProject({ 'charte.md': SAMPLE });
    try {
      const file = path.join(dir, 'charte.md');
      // The file may be written but no file may be created beside it, so the rename cannot happen.
      chmodSync(file, 0o666);
      chmodSync(dir, 0o555);
      const r = cli(['charte.md', '--fix'], dir, isRoot ? { uid: 65534, gid: 65534 } : {});
      assertOneLineError(r, 'charte.md', /cannot write charte\.md: EACCES/);
      assert.equal(readFileSync(file, 'utf8'), SAMPLE);
      assert.deepEqual(readdirSync(dir), ['charte.md']);
    } finally {
      chmodSync(dir, 0o755);
      remove();
    }
  });
});
