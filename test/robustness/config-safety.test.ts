import assert from 'node:assert/strict';
import dns from 'node:dns';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import { run, type CliIo } from '../../server/src/cli/run';
import { ConfigService, CONFIG_SCHEMA_URL } from '../../server/src/config';
import { compileGlobs, globTooComplex } from '../../server/src/config/layers';
import { assertOneLineError, cli, ROOT, tempProject } from './cli-helpers';

/**
 * A workspace's configuration is data: nothing in it is executed, nothing is fetched from the
 * network (an `extends` or `$schema` URL is refused, with the file and line), `extends` stays in the
 * project and cannot loop, and globs built to be slow are refused.
 */

const CHARTER = readFileSync(path.join(ROOT, 'samples', 'convention-mobilite-reversibilite.md'), 'utf8');

/** Replaces every way out to the network with a recorder that throws; returns the calls and the undo. */
function forbidNetwork(): { calls: string[]; restore: () => void } {
  const calls: string[] = [];
  const restores: Array<() => void> = [];
  const trap = <T extends object>(owner: T, name: keyof T & string, label: string) => {
    const original = owner[name];
    (owner as Record<string, unknown>)[name] = (...args: unknown[]) => {
      calls.push(`${label}(${String(args[0]).slice(0, 80)})`);
      throw new Error(`network access in a test: ${label}`);
    };
    restores.push(() => ((owner as Record<string, unknown>)[name] = original));
  };
  trap(globalThis as unknown as Record<string, unknown>, 'fetch', 'fetch');
  trap(http, 'request', 'http.request');
  trap(http, 'get', 'http.get');
  trap(https, 'request', 'https.request');
  trap(https, 'get', 'https.get');
  trap(net, 'connect', 'net.connect');
  trap(net, 'createConnection', 'net.createConnection');
  trap(tls, 'connect', 'tls.connect');
  trap(dns, 'lookup', 'dns.lookup');
  return { calls, restore: () => restores.forEach((undo) => undo()) };
}

/** The CLI in this process (so the network traps apply), its output captured. */
async function runInProcess(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { cwd, env: { LANG: 'C' }, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

describe('robustness: configuration safety', function () {
  this.timeout(30_000);

  describe('nothing is fetched from the network', () => {
    it('`extends: https://…` and `$schema: https://…` are refused with the file, line and column; no socket is opened', async () => {
      const { dir, remove } = tempProject({
        '.charterlintrc.yaml': [
          'root: true',
          '$schema: https://schemas.example.org/charterlintrc.json',
          'extends:',
          '  - https://example.org/shared.charterlintrc.yaml',
          '  - git+ssh://git@example.org/config.git',
          '',
        ].join('\n'),
        'charte.md': CHARTER,
      });
      const network = forbidNetwork();
      try {
        const problems = new ConfigService({ cwd: dir }).forFile(path.join(dir, 'charte.md')).problems;
        assert.deepEqual(problems.map((p) => [path.basename(p.file), p.line, p.column, p.key]), [
          ['.charterlintrc.yaml', 2, 10, '$schema'],
          ['.charterlintrc.yaml', 4, 5, 'extends[0]'],
          ['.charterlintrc.yaml', 5, 5, 'extends[1]'],
        ]);
        assert.match(problems[0]!.message, /'https:\/\/schemas\.example\.org\/charterlintrc\.json' is not followed: charterlint never downloads a schema/);
        assert.match(problems[1]!.message, /is a URL: charterlint never downloads configuration/);

        const r = await runInProcess(['charte.md'], dir);
        assert.equal(r.code, 2);
        assert.equal(r.stdout, '');
        assert.deepEqual(r.stderr.trimEnd().split('\n').map((l) => l.replace(/: '.*$/, '')), [
          'charterlint: .charterlintrc.yaml:2:10: $schema',
          'charterlint: .charterlintrc.yaml:4:5: extends[0]',
          'charterlint: .charterlintrc.yaml:5:5: extends[1]',
        ]);
        assert.deepEqual(network.calls, [], 'no network call');
      } finally {
        network.restore();
        remove();
      }
    });

    it("charterlint's own schema URL is accepted as a name (never fetched), and so is a relative path", async () => {
      for (const schema of [CONFIG_SCHEMA_URL, './node_modules/charterlint/schemas/charterlintrc.schema.json']) {
        const { dir, remove } = tempProject({ '.charterlintrc.yaml': `root: true\n$schema: ${schema}\n`, 'charte.md': CHARTER });
        const network = forbidNetwork();
        try {
          const r = await runInProcess(['charte.md', '--format', 'json'], dir);
          assert.equal(r.stderr, '', schema);
          assert.equal(r.code, 0);
          assert.deepEqual(network.calls, []);
        } finally {
          network.restore();
          remove();
        }
      }
    });

    it('the trap works: a fetch during the test would be recorded (the check can fail)', async () => {
      const network = forbidNetwork();
      try {
        await assert.rejects(async () => fetch('https://example.org'), /network access in a test/);
        assert.throws(() => http.get('http://example.org'), /network access in a test/);
        assert.deepEqual(network.calls, ['fetch(https://example.org)', 'http.get(http://example.org)']);
      } finally {
        network.restore();
      }
    });
  });

  describe('extends stays in the project and cannot loop (the CLI: exit 2, one line per problem)', () => {
    it('a configuration that extends itself', () => {
      const { dir, remove } = tempProject({ '.charterlintrc.yaml': 'root: true\nextends: ./.charterlintrc.yaml\n', 'charte.md': CHARTER });
      try {
        assertOneLineError(cli(['charte.md'], dir), '.charterlintrc.yaml:2:10', /extends: extends cycle: \.charterlintrc\.yaml → \.charterlintrc\.yaml/);
      } finally {
        remove();
      }
    });

    it('a cycle through two files, reported where it closes', () => {
      const { dir, remove } = tempProject({
        '.charterlintrc.yaml': 'root: true\nextends: ./shared/a.yaml\n',
        'shared/a.yaml': 'extends: ./b.yaml\n',
        'shared/b.yaml': 'rules:\n  P04: off\nextends: ./a.yaml\n',
        'charte.md': CHARTER,
      });
      try {
        assertOneLineError(cli(['charte.md'], dir), path.join('shared', 'b.yaml:3:10'), /extends cycle: shared\/a\.yaml → shared\/b\.yaml → shared\/a\.yaml/);
      } finally {
        remove();
      }
    });

    it('a file outside the project, and an absolute path', () => {
      const { dir, remove } = tempProject({
        'project/.charterlintrc.yaml': 'root: true\nextends:\n  - ../../etc/charterlint.yaml\n  - /etc/passwd\n',
        'project/charte.md': CHARTER,
      });
      try {
        const r = cli(['charte.md'], path.join(dir, 'project'));
        assert.equal(r.code, 2);
        const lines = r.stderr.trimEnd().split('\n');
        assert.equal(lines.length, 2);
        assert.match(lines[0]!, /^charterlint: \.charterlintrc\.yaml:3:5: extends\[0\]: '\.\.\/\.\.\/etc\/charterlint\.yaml' is outside the project/);
        assert.match(lines[1]!, /^charterlint: \.charterlintrc\.yaml:4:5: extends\[1\]: '\/etc\/passwd' is an absolute path/);
      } finally {
        remove();
      }
    });
  });

  describe('nothing from the workspace is executed', () => {
    /** JavaScript that leaves a mark if it ever runs. */
    const evil = (mark: string) => `require('fs').writeFileSync(${JSON.stringify(mark)}, 'executed');\nmodule.exports = { rules: { P08: 'off' } };\n`;

    it('.charterlintrc.js / .cjs / .mjs, charterlint.config.js, a package and a .js named by extends are never loaded', () => {
      // The marks go to a folder of their own, outside the project linted.
      const { dir, remove } = tempProject({});
      const mark = (name: string) => path.join(dir, `executed-${name}`);
      const files: Record<string, string> = {
        '.charterlintrc.js': evil(mark('rc-js')),
        '.charterlintrc.cjs': evil(mark('rc-cjs')),
        '.charterlintrc.mjs': `import fs from 'node:fs'; fs.writeFileSync(${JSON.stringify(mark('rc-mjs'))}, 'x');\nexport default {};\n`,
        'charterlint.config.js': evil(mark('config-js')),
        'node_modules/charterlint-config-city/package.json': '{ "name": "charterlint-config-city", "main": "index.js" }',
        'node_modules/charterlint-config-city/index.js': evil(mark('package')),
        'plugins/evil.js': evil(mark('extends-js')),
        '.charterlintrc.yaml': 'root: true\nextends:\n  - ./plugins/evil.js\n  - charterlint-config-city\n',
        'charte.md': CHARTER,
      };
      const project = tempProject(files);
      try {
        const r = cli(['.'], project.dir);
        // The .js named by extends is read as data (and is not valid configuration); the package name is no file.
        assert.equal(r.code, 2);
        assert.match(r.stderr, /plugins\/evil\.js/);
        assert.match(r.stderr, /cannot read 'charterlint-config-city'/);
        for (const name of ['rc-js', 'rc-cjs', 'rc-mjs', 'config-js', 'package', 'extends-js']) {
          assert.equal(existsSync(mark(name)), false, `${name} was executed`);
        }
      } finally {
        project.remove();
        remove();
      }
    });

    it('the mark works: running one of those files does leave it (the check can fail)', () => {
      const { dir, remove } = tempProject({});
      try {
        const file = path.join(dir, 'probe.cjs');
        writeFileSync(file, evil(path.join(dir, 'executed-probe')));
        require(file);
        assert.equal(existsSync(path.join(dir, 'executed-probe')), true);
      } finally {
        remove();
      }
    });
  });

  describe('globs built to be slow are refused', () => {
    it('more than 2 `*` in a name, more than 2 `**`: a problem with the line, and the glob is not used', () => {
      assert.equal(globTooComplex('chartes/**/*-charte-*.md'), undefined);
      assert.equal(globTooComplex('**/drafts/**'), undefined);
      assert.match(globTooComplex('*a*a*a*a*a*b') ?? '', /has 6 \* in '\*a\*a\*a\*a\*a\*b' — at most 2/);
      assert.match(globTooComplex('**/a/**/b/**/c') ?? '', /has 3 \*\* — at most 2/);
      const { dir, remove } = tempProject({ '.charterlintrc.yaml': 'root: true\ninclude:\n  - "*a*a*a*a*a*a*a*a*a*a*b"\n', [`${'a'.repeat(200)}.md`]: CHARTER });
      try {
        assertOneLineError(cli(['.'], dir), '.charterlintrc.yaml:3:5', /include\[0\]: '\*a\*a.*' has 11 \* in .* at most 2 per folder or file name/);
      } finally {
        remove();
      }
    });

    it('an extglob is not one (noextglob): `*(*a)b`, exponential as an extglob, answers at once', () => {
      // As an extglob this is (?:[^/]*?a)*b: on 5,000 letters it would not return before the timeout.
      assert.equal(compileGlobs(['*(*a)b'])(`${'a'.repeat(5000)}.md`), false);
    });
  });
});
