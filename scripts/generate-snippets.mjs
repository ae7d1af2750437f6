// Writes snippets/markdown.json and snippets/yaml.json from the engine's section templates
// (server/src/engine/i18n/{fr,en}.json), so that a snippet inserts exactly what a quick fix does.
// Run with `npm run snippets` (node --import tsx: it reads the engine's TypeScript directly);
// `--check` only compares and exits 1 when the committed files are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { CHECKS, RULES, toSnippet } from '../server/src/engine/index.ts';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const LANGUAGES = ['en', 'fr'];
const packs = Object.fromEntries(LANGUAGES.map((l) => [l, JSON.parse(readFileSync(path.join(root, 'server/src/engine/i18n', `${l}.json`), 'utf8'))]));
const summaries = new Map(RULES.map((r) => [r.id, r.summary]));
const CODES = CHECKS.map((c) => c.code);

/** A snippet body as lines; `{{label}}` blanks become tab stops that keep their braces (the engine's toSnippet). */
const lines = (snippet) => snippet.split('\n');

function markdownSnippet(check, lang) {
  const template = packs[lang].templates[check.code];
  const body = check.elements.map((e) => template.elements[e.id]).filter(Boolean).join(' ');
  return {
    prefix: [`${check.code.toLowerCase()}-${lang}`, `${check.name}-${lang}`],
    description: `charterlint ${check.code} · ${summaries.get(check.code)[lang]}`,
    body: [...lines(toSnippet(`## ${template.heading}\n\n${body}`)), '$0'],
  };
}

/** The keys of every element of the check, merged, below the axis key (`governance`, `data`…). */
function yamlSnippet(check, lang) {
  const templates = packs[lang].yaml[check.code];
  const tree = {};
  let axisKey = '';
  for (const element of check.elements) {
    const entry = templates[element.id];
    if (!entry) continue;
    const [head, ...rest] = entry[0].split('.');
    axisKey = head;
    merge(tree, rest, entry[1]);
  }
  const text = stringify(tree, { indent: 2, lineWidth: 0 }).replace(/\n$/, '');
  const under = lang === 'fr' ? `sous \`${axisKey}:\`` : `under \`${axisKey}:\``;
  return {
    prefix: [`${check.code.toLowerCase()}-${lang}`, `${check.name}-${lang}`],
    description: `charterlint ${check.code} (${under}) · ${summaries.get(check.code)[lang]}`,
    body: [...lines(toSnippet(text)), '$0'],
  };
}

function merge(target, keys, value) {
  const [key, ...rest] = keys;
  if (rest.length === 0) {
    target[key] = target[key] ?? value;
    return;
  }
  target[key] = target[key] ?? {};
  merge(target[key], rest, value);
}

/** A file-level suppression comment; the reason stays a `{{…}}` blank until written. */
function suppression(open, close) {
  return {
    prefix: ['charterlint-disable'],
    description: 'charterlint: disable checks for this document, with a reason / désactiver des propositions pour ce document, avec une raison',
    body: [`${open}charterlint-disable \${1|${CODES.join(',')}|} -- \${2:{{reason\\}\\}}${close}$0`],
  };
}

function snippets(kind) {
  const out = {};
  for (const lang of LANGUAGES) {
    for (const check of CHECKS) {
      out[`${check.code} ${check.name} (${lang})`] = kind === 'markdown' ? markdownSnippet(check, lang) : yamlSnippet(check, lang);
    }
  }
  out['charterlint-disable'] = kind === 'markdown' ? suppression('<!-- ', ' -->') : suppression('# ', '');
  return `${JSON.stringify(out, null, 2)}\n`;
}

const check = process.argv.includes('--check');
let stale = false;
for (const kind of ['markdown', 'yaml']) {
  const file = path.join(root, 'snippets', `${kind}.json`);
  const text = snippets(kind);
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // not written yet
  }
  if (current === text) continue;
  if (check) {
    console.error(`${path.relative(root, file)} is out of date: run npm run snippets`);
    stale = true;
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${path.relative(root, file)}`);
  }
}
process.exitCode = stale ? 1 : 0;
