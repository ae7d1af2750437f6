// Checks what the VS Code extension ships, in `npm run package` after the build: every %key% of
// package.json in package.nls.json and package.nls.fr.json (and nothing else), every
// vscode.l10n.t message of client/src in l10n/bundle.l10n.fr.json (and nothing else), every file
// a contribution points to, and snippets/ up to date with the engine's templates: exits 1 with
// the list of what is wrong. Then warns about any of those files that .vscodeignore leaves out of
// the package (`vsce ls`).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file) => readFileSync(path.join(root, file), 'utf8');
const json = (file) => JSON.parse(read(file));
const problems = [];

const sameKeys = (what, expected, actual) => {
  for (const key of expected) if (!actual.has(key)) problems.push(`${what}: missing ${JSON.stringify(key)}`);
  for (const key of actual) if (!expected.has(key)) problems.push(`${what}: unused ${JSON.stringify(key)}`);
};

// package.json contributions -> package.nls*.json
const manifest = read('package.json');
const nlsKeys = new Set([...manifest.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]));
for (const file of ['package.nls.json', 'package.nls.fr.json']) sameKeys(file, nlsKeys, new Set(Object.keys(json(file))));

// vscode.l10n.t('message') and vscode.l10n.t({ message: '…', comment: ['…'] }) -> the French bundle
const sources = [];
const walk = (dir) => {
  for (const entry of readdirSync(path.join(root, dir))) {
    const file = path.join(dir, entry);
    if (statSync(path.join(root, file)).isDirectory()) walk(file);
    else if (file.endsWith('.ts')) sources.push(file);
  }
};
walk('client/src');
const literal = String.raw`'((?:[^'\\]|\\.)*)'`;
const messages = new Set();
for (const file of sources) {
  const text = read(file);
  for (const m of text.matchAll(new RegExp(String.raw`vscode\.l10n\.t\(\s*${literal}`, 'g'))) messages.add(unescape(m[1]));
  for (const m of text.matchAll(new RegExp(String.raw`vscode\.l10n\.t\(\{\s*message:\s*${literal}[^}]*?comment:\s*\[\s*${literal}\s*\]`, 'g'))) {
    messages.add(`${unescape(m[1])}/${unescape(m[2])}`);
  }
  const calls = (text.match(/vscode\.l10n\.t\(/g) ?? []).length;
  const found = [...text.matchAll(new RegExp(String.raw`vscode\.l10n\.t\(\s*(?:${literal}|\{\s*message:\s*${literal})`, 'g'))].length;
  if (calls !== found) problems.push(`${file}: a vscode.l10n.t call without a literal message (${calls - found})`);
}
sameKeys('l10n/bundle.l10n.fr.json', messages, new Set(Object.keys(json('l10n/bundle.l10n.fr.json'))));

// every file a contribution names
const pkg = json('package.json');
const c = pkg.contributes;
const files = [
  pkg.main, pkg.icon,
  ...c.snippets.map((s) => s.path), ...c.grammars.map((g) => g.path),
  ...c.jsonValidation.map((v) => v.url), ...c.yamlValidation.map((v) => v.url),
  ...c.walkthroughs.flatMap((w) => w.steps.map((s) => s.media.markdown ?? s.media.image)),
];
// A path may be localized (walkthrough media): check it in every language.
const localized = (file) => (/^%(.+)%$/.test(file) ? ['package.nls.json', 'package.nls.fr.json'].map((nls) => json(nls)[file.slice(1, -1)]) : [file]);
for (const file of files.flatMap(localized)) if (!file || !existsSync(path.join(root, file))) problems.push(`package.json names ${file}, which does not exist`);

// snippets/ generated from the current templates
try {
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/generate-snippets.mjs'), '--check'], { cwd: root, stdio: 'pipe' });
} catch (error) {
  problems.push(String(error.stderr ?? error.message).trim());
}

function unescape(text) {
  return text.replace(/\\(.)/g, '$1');
}

// what .vscodeignore lets into the package
const shipped = new Set(execFileSync(process.execPath, [path.join(root, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
  .split('\n').map((l) => l.trim()).filter(Boolean));
const needed = [
  'package.nls.json', 'package.nls.fr.json', 'l10n/bundle.l10n.fr.json', 'dist/client.js', 'dist/server.js', 'dist/cli.js',
  ...files.flatMap(localized).map((f) => path.normalize(f).split(path.sep).join('/')),
];
const notShipped = needed.filter((f) => f && !shipped.has(f));
for (const file of notShipped) console.warn(`check-extension: warning: ${file} is not in the package (.vscodeignore)`);

if (problems.length > 0) {
  console.error(`check-extension: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log(`check-extension: ${nlsKeys.size} contribution strings, ${messages.size} runtime messages, ${files.length} files, snippets up to date`);
}
