// `npm run test:grammar`: the injection grammars of syntaxes/ (as package.json contributes them),
// tokenized by the real TextMate engine (vscode-textmate + oniguruma, via vscode-tmgrammar-test)
// over VS Code's own Markdown and YAML grammars (test/syntaxes/base/), against the scope
// assertions of test/syntaxes/*.test.md and *.test.yaml.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const runner = createRequire(import.meta.url).resolve('vscode-tmgrammar-test/dist/unit.js');
const base = path.join('test', 'syntaxes', 'base');
const grammars = readdirSync(path.join(root, base)).filter((f) => f.endsWith('.tmLanguage.json')).flatMap((f) => ['-g', path.join(base, f)]);
const run = spawnSync(process.execPath, [runner, ...grammars, 'test/syntaxes/*.test.md', 'test/syntaxes/*.test.yaml'], { cwd: root, encoding: 'utf8' });
process.stdout.write(run.stdout);
// The Markdown grammar names ~60 languages for fenced code; those grammars are not needed here.
const missing = run.stderr.split('\n').filter((l) => /^grammar not found for /.test(l));
process.stderr.write(run.stderr.split('\n').filter((l) => !/^grammar not found for /.test(l)).join('\n'));
if (missing.length > 0) console.log(`(${missing.length} grammars of fenced-code languages not loaded: not needed by these tests)`);
process.exitCode = run.status ?? 1;
