import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyFixes, autoFixes, fixAll, lint } from '../../server/src/engine';

/**
 * Fixture files carry their own expectations on their first lines, in a comment:
 *   <!-- expect: P08=partial[formats] P10=missing P04=not-applicable type=usage-framework lang=en -->
 *   # expect: P08=covered            (YAML)
 * Each fixture is linted; every expectation must hold. Then all fixes are applied: the result is
 * compared with the snapshot `<name>.fixed.<ext>` (UPDATE_SNAPSHOTS=1 writes it), no check that
 * was missing or partial stays so, and applying the fixes of the fixed text changes nothing.
 */
const DIR = path.join(__dirname, '..', 'fixtures', 'checks');
const EXPECT = /(?:<!--|#)\s*expect:([^\n]*?)(?:-->|$)/gm;

interface Expectation {
  verdicts: Map<string, { verdict: string; missing?: string[] }>;
  /** Checks whose gap no insertion can close (a YAML value that says it is not done): no fix. */
  noFix: Set<string>;
  type?: string;
  lang?: string;
  locale?: 'fr' | 'en';
}

function expectations(text: string): Expectation {
  const out: Expectation = { verdicts: new Map(), noFix: new Set() };
  for (const m of text.matchAll(EXPECT)) {
    for (const item of (m[1] ?? '').trim().split(/\s+/).filter(Boolean)) {
      const [key, value] = item.split('=');
      if (!key || value === undefined) throw new Error(`bad expectation '${item}'`);
      if (key === 'type') out.type = value;
      else if (key === 'lang') out.lang = value;
      else if (key === 'locale') out.locale = value as 'fr' | 'en';
      else if (key === 'nofix') for (const code of value.split(',')) out.noFix.add(code);
      else {
        const v = /^([a-z-]+)(?:\[([\w,]*)\])?$/.exec(value);
        if (!v) throw new Error(`bad expectation '${item}'`);
        out.verdicts.set(key, { verdict: v[1]!, ...(v[2] !== undefined ? { missing: v[2].split(',').filter(Boolean) } : {}) });
      }
    }
  }
  return out;
}


const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => /\.(md|ya?ml)$/.test(f) && !f.includes('.fixed.')).sort() : [];

describe('check fixtures', () => {
  it('has fixtures', () => assert.ok(files.length > 0));
  for (const file of files) {
    describe(file, () => {
      const full = path.join(DIR, file);
      const text = readFileSync(full, 'utf8');
      const expected = expectations(text);
      const result = lint({ text, filePath: full }, { locale: expected.locale ?? 'en' });

      it('has the expected verdicts', () => {
        assert.ok(expected.verdicts.size > 0 || expected.type, `${file} has no expectation`);
        for (const [code, want] of expected.verdicts) {
          const got = result.coverage[code as keyof typeof result.coverage];
          assert.equal(got, want.verdict, `${code}: expected ${want.verdict}, got ${got}`);
          if (want.missing) {
            const diag = result.diagnostics.find((d) => d.ruleId === code && d.verdict);
            assert.deepEqual(diag?.missingElements ?? [], want.missing, `${code} missing elements`);
          }
        }
        if (expected.type) assert.equal(result.documentType, expected.type);
        if (expected.lang) assert.equal(result.language, expected.lang);
      });

      it('reports every partial and missing check once, inside the document', () => {
        for (const [code, verdict] of Object.entries(result.coverage)) {
          const diags = result.diagnostics.filter((d) => d.ruleId === code && d.verdict);
          assert.equal(diags.length, verdict === 'partial' || verdict === 'missing' ? 1 : 0, code);
          for (const d of diags) {
            assert.ok(d.range.start >= 0 && d.range.end <= text.length && d.range.start <= d.range.end);
            if (expected.noFix.has(code)) assert.equal(d.fix, undefined, `${code} has no fix`);
            else assert.ok(d.fix, `${code} ${d.verdict} has a fix`);
          }
        }
      });

      it('fixes insert only, match the snapshot, and resolve the gaps', () => {
        const { text: fixed } = fixAll(text, (t) => lint({ text: t, filePath: full }, { locale: expected.locale ?? 'en' }));
        assertInsertOnly(text, fixed);
        const snapshot = full.replace(/(\.[a-z]+)$/, '.fixed$1');
        if (!existsSync(snapshot) && process.env.CI) assert.fail(`missing snapshot ${path.basename(snapshot)}`);
        if (process.env.UPDATE_SNAPSHOTS || !existsSync(snapshot)) writeFileSync(snapshot, fixed);
        assert.equal(fixed, readFileSync(snapshot, 'utf8'), `fixed text differs from ${path.basename(snapshot)}`);
        const after = lint({ text: fixed, filePath: full }, { locale: expected.locale ?? 'en' });
        for (const [code, verdict] of Object.entries(result.coverage)) {
          const onlySuggested = result.diagnostics.some((d) => d.ruleId === code && d.fix?.suggestion);
          if ((verdict === 'missing' || verdict === 'partial') && !onlySuggested && !expected.noFix.has(code)) {
            assert.equal(after.coverage[code as keyof typeof after.coverage], 'covered', `${code} after fix`);
          }
        }
        if (fixed !== text) assert.ok(after.diagnostics.some((d) => d.ruleId === 'placeholder'), 'placeholders are flagged');
        assert.equal(applyFixes(fixed, autoFixes(after)), fixed, 'a second fix changes nothing');
        if (/\.ya?ml$/.test(file)) assert.deepEqual(after.diagnostics.filter((d) => d.ruleId === 'parse-error'), [], 'the fixed YAML parses');
      });
    });
  }
});

/** Every character of the original is still there, in order. */
export function assertInsertOnly(original: string, fixed: string): void {
  let i = 0;
  for (let j = 0; j < fixed.length && i < original.length; j++) if (fixed.charCodeAt(j) === original.charCodeAt(i)) i++;
  assert.equal(i, original.length, 'the fix removed or reordered text');
}
