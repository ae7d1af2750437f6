import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkSync } from 'recheck';
import { regexLiterals } from './regex-scan';

/**
 * Every regular expression charterlint runs on a document, a configuration or an editor line is
 * checked for catastrophic backtracking with recheck (automaton and fuzzing analysis): each must
 * be `safe`, i.e. match in linear time. The sources are scanned, so a regex added later is
 * checked too; JSON schemas' `pattern`s (compiled by ajv) and the vocabulary are covered as well.
 */
const ROOT = path.join(__dirname, '..', '..');
const SOURCES = path.join(ROOT, 'server', 'src');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

interface Found {
  where: string;
  source: string;
  flags: string;
}

function sourceRegexes(): Found[] {
  return tsFiles(SOURCES).flatMap((file) =>
    regexLiterals(readFileSync(file, 'utf8')).map((r) => ({ where: `${path.relative(ROOT, file)}:${r.line}`, source: r.source, flags: r.flags })));
}

/** `pattern` keywords and `patternProperties` keys of a JSON schema: ajv compiles them with the `u` flag. */
function schemaPatterns(file: string): Found[] {
  const found: Found[] = [];
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${at}/${i}`));
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'pattern' && typeof value === 'string') found.push({ where: `${file}#${at}`, source: value, flags: 'u' });
      if (key === 'patternProperties' && value && typeof value === 'object') {
        for (const p of Object.keys(value)) found.push({ where: `${file}#${at}/patternProperties`, source: p, flags: 'u' });
      }
      walk(value, `${at}/${key}`);
    }
  };
  walk(JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')), '');
  return found;
}

/**
 * How long recheck may analyse one pattern, in ms. Its default (10 s) is about what its fuzzer
 * takes on the withdrawn-item pattern of evidence.ts (8.9 to 10.2 s on a loaded host): at the
 * default, a busy host turned a safe pattern into "unknown" and failed CI on 0273cf7.
 */
const CHECK_TIMEOUT = 60_000;

function assertSafe(regexes: Found[]): void {
  const unique = new Map<string, Found>();
  for (const r of regexes) unique.set(`/${r.source}/${r.flags}`, r);
  const unsafe: string[] = [];
  for (const [key, r] of unique) {
    const result = checkSync(r.source, r.flags, { timeout: CHECK_TIMEOUT });
    if (result.status !== 'safe') {
      const attack = result.status === 'vulnerable' ? ` — ${result.complexity.type}, attack ${result.attack.pattern}` : ` — ${result.status}`;
      unsafe.push(`${r.where} ${key}${attack}`);
    }
  }
  assert.deepEqual(unsafe, [], `regular expressions that can backtrack catastrophically:\n${unsafe.join('\n')}`);
}

describe('robustness: regular expressions (ReDoS)', function () {
  // recheck runs a native checker per pattern: about 10 ms each, and up to CHECK_TIMEOUT for one
  // its automaton cannot decide.
  this.timeout(300_000);

  describe('the source scanner', () => {
    it('finds regex literals and only them (strings, comments, templates and divisions are not regexes)', () => {
      const source = [
        '#!/usr/bin/env node',
        "const a = /x[/]y/gu; const b = 10 / 2 / 5; // a /comment/",
        "const s = 'not /a/ regex'; const t = \"nor /this/\"; /* nor /that/ */",
        'const u = `${x / 2} /no/ ${{ k: /yes\\/1/ }.k}`;',
        'if (/^#+/.test(h)) return /b+$/i.exec(h)![0] / 2;',
        'const m = arr[1]! / 3; const n = (x) / 4; f(/c/, [/d/]);',
      ].join('\n');
      assert.deepEqual(regexLiterals(source).map((r) => `/${r.source}/${r.flags}@${r.line}`), [
        '/x[/]y/gu@2', '/yes\\/1/@4', '/^#+/@5', '/b+$/i@5', '/c/@6', '/d/@6',
      ]);
    });

    it('finds the engine\'s regexes, every one a valid RegExp', () => {
      const found = sourceRegexes();
      assert.ok(found.length >= 100, `only ${found.length} regex literals found in server/src`);
      for (const r of found) assert.doesNotThrow(() => new RegExp(r.source, r.flags), `${r.where} /${r.source}/${r.flags}`);
      // Known patterns, as a check that the scanner reads every folder.
      const sources = new Set(found.map((r) => r.source));
      for (const known of ['^#+\\s*', '[\\u0300-\\u036f]', '^--(stdio|node-ipc|socket=.+|pipe=.+)$']) assert.ok(sources.has(known), `missing /${known}/`);
    });

    it('no regex is built at run time (new RegExp / RegExp()): vocabulary terms are matched as tokens, not compiled', () => {
      const dynamic = tsFiles(SOURCES).filter((f) => /\bRegExp\s*\(/.test(readFileSync(f, 'utf8')));
      assert.deepEqual(dynamic.map((f) => path.relative(ROOT, f)), [], 'a dynamic RegExp must be added to this test');
    });
  });

  it('every regex literal in server/src (engine, configuration, CLI, language server) is safe', () => {
    assertSafe(sourceRegexes());
  });

  it('every pattern of the JSON schemas (charter, configuration) is safe', () => {
    const patterns = [...schemaPatterns('schemas/charter.schema.json'), ...schemaPatterns('schemas/charterlintrc.schema.json')];
    assert.ok(patterns.length > 0);
    assertSafe(patterns);
  });

  it('recheck does flag a catastrophic pattern (the check can fail)', () => {
    assert.equal(checkSync('^(a+)+$', '').status, 'vulnerable');
    assert.equal(checkSync('\\s*#*\\s*$', '').status, 'vulnerable');
  });
});
