import type { ErrorObject } from 'ajv';
import { RULES, findRule } from '../engine/rules';
import { CHECK_CODES, type CheckCode } from '../engine/types';
import { CHECK_ELEMENTS } from './elements';
import type { KeyPath } from './locate';
import { CONFIGURABLE_EXTRA_RULES } from './schema';

/** A schema error said the way a person fixing the file needs it: where, and what to write instead. */
export interface Explained {
  keys: KeyPath;
  /** Point at the key itself (an unknown key) or at its value. */
  part: 'key' | 'value';
  message: string;
}

const TOP_KEYS = ['root', 'extends', 'rules', 'overrides', 'vocabulary', 'include', 'exclude', 'locale', 'maxFileSize', '$schema'];
const OVERRIDE_KEYS = ['files', 'excludedFiles', 'type', 'language', 'rules'];
const TYPES = 'charter, usage-framework or partnership-agreement (or charte, cadre-d-utilisation, convention-de-partenariat)';

type Place =
  | 'config' | 'rules' | 'severity' | 'vocabulary' | 'checkVocabulary' | 'terms' | 'term' | 'extends'
  | 'overrides' | 'override' | 'globOrGlobs' | 'globs' | 'glob' | 'type' | 'language' | 'root' | 'size' | 'other';

/** What kind of value lives at a key path. */
function place(keys: KeyPath): Place {
  const k = keys.map((x) => (typeof x === 'number' ? '#' : x));
  const at = (...shape: string[]) => k.length === shape.length && shape.every((s, i) => s === '*' || s === k[i]);
  if (k.length === 0) return 'config';
  if (at('rules') || at('overrides', '#', 'rules')) return 'rules';
  if (at('rules', '*') || at('overrides', '#', 'rules', '*')) return 'severity';
  if (at('vocabulary')) return 'vocabulary';
  if (at('vocabulary', '*')) return 'checkVocabulary';
  if (at('vocabulary', '*', '*')) return 'terms';
  if (at('vocabulary', '*', '*', '#')) return 'term';
  if (at('extends') || at('extends', '#')) return 'extends';
  if (at('overrides')) return 'overrides';
  if (at('overrides', '#')) return 'override';
  if (at('overrides', '#', 'files') || at('overrides', '#', 'excludedFiles')) return 'globOrGlobs';
  if (at('include') || at('exclude')) return 'globs';
  if (at('include', '#') || at('exclude', '#') || at('overrides', '#', '*', '#')) return 'glob';
  if (at('overrides', '#', 'type')) return 'type';
  if (at('overrides', '#', 'language') || at('locale')) return 'language';
  if (at('root')) return 'root';
  if (at('maxFileSize')) return 'size';
  return 'other';
}

function expected(where: Place, keys: KeyPath): string {
  switch (where) {
    case 'config': return 'a mapping of settings (root, extends, rules, overrides, vocabulary, include, exclude, locale, maxFileSize)';
    case 'rules': return 'a mapping of rule to severity, such as P08: error';
    case 'severity': return 'error, warning, info or off';
    case 'vocabulary': return 'a mapping of check to elements to terms, such as P10: { role: [data steward] }';
    case 'checkVocabulary': {
      const code = checkCode(String(keys[1]));
      return `a mapping of element to list of terms${code ? ` (elements of ${code}: ${CHECK_ELEMENTS[code].join(', ')})` : ''}`;
    }
    case 'terms': return 'a list of terms';
    case 'term': return 'a term (non-empty text)';
    case 'extends': return 'charterlint:recommended, charterlint:strict or a path relative to this file (or a list of them)';
    case 'overrides': return 'a list of overrides, each a mapping with files and the settings for them';
    case 'override': return 'a mapping with files and optionally excludedFiles, type, language, rules';
    case 'globOrGlobs': return 'a glob or a list of globs, such as conventions/**/*.md';
    case 'globs': return 'a list of globs, such as [chartes/**/*.md]';
    case 'glob': return 'a glob (non-empty text)';
    case 'type': return TYPES;
    case 'language': return 'fr or en';
    case 'root': return 'true or false';
    case 'size': return 'a size: a number of bytes, or a number and KB, MB or GB (20MB, 512 KB)';
    case 'other': return 'text';
  }
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return value === '' ? 'empty text' : `'${value}'`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function checkCode(key: string): CheckCode | undefined {
  const id = findRule(key)?.id;
  return (CHECK_CODES as readonly string[]).includes(id ?? '') ? (id as CheckCode) : undefined;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** ` (did you mean 'formats'?)` when one candidate is close enough to be a typo. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const lower = word.toLowerCase();
  let best: { c: string; d: number } | undefined;
  for (const c of candidates) {
    const d = lower.length >= 3 && c.toLowerCase().startsWith(lower) ? 0 : distance(lower, c.toLowerCase());
    if (d <= Math.max(1, Math.floor(c.length / 4)) && (!best || d < best.d)) best = { c, d };
  }
  return best ? ` (did you mean '${best.c}'?)` : '';
}

const RULE_KEYS = [...RULES.filter((r) => r.id.startsWith('P')).flatMap((r) => [r.id, r.name]), ...CONFIGURABLE_EXTRA_RULES];
/** `P99`: a number out of range, where suggesting `P09` would mislead. */
const CODE_LIKE = /^p\d+$/i;
const CHECK_KEYS = RULES.filter((r) => r.id.startsWith('P')).flatMap((r) => [r.id, r.name]);

function unknownKey(where: Place, parent: KeyPath, key: string): string {
  switch (where) {
    case 'rules':
      if (findRule(key)?.id === 'parse-error') return "'parse-error' cannot be configured: a document that cannot be read is always reported";
      return `unknown rule '${key}' — expected P01…P16 or a rule name such as reversibility-clause${CODE_LIKE.test(key) ? '' : didYouMean(key, RULE_KEYS)}`;
    case 'vocabulary': {
      const rule = findRule(key);
      if (rule && !checkCode(key)) return `'${key}' has no vocabulary — only the checks P01…P16 do`;
      return `unknown check '${key}' — expected P01…P16 or a check name such as data-roles${CODE_LIKE.test(key) ? '' : didYouMean(key, CHECK_KEYS)}`;
    }
    case 'checkVocabulary': {
      const code = checkCode(String(parent[1]));
      if (!code) return `unknown element '${key}'`;
      const ids = CHECK_ELEMENTS[code];
      const list = ids.length === 1 ? ids[0] : `${ids.slice(0, -1).join(', ')} or ${ids[ids.length - 1]}`;
      return `unknown element '${key}' of ${code} ${findRule(code)!.name} — expected ${list}${didYouMean(key, ids)}`;
    }
    case 'override':
      return `unknown key '${key}' in an override — expected ${OVERRIDE_KEYS.join(', ')}${didYouMean(key, OVERRIDE_KEYS)}`;
    default:
      return `unknown key '${key}' — expected one of ${TOP_KEYS.join(', ')}${didYouMean(key, TOP_KEYS)}`;
  }
}

/** The key path of an ajv instancePath, with list indexes as numbers (`overrides[0].files`). */
function keyPath(instancePath: string, root: unknown): (string | number)[] {
  const keys: (string | number)[] = [];
  let value = root;
  for (const raw of instancePath.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const index = Array.isArray(value) ? Number(key) : NaN;
    keys.push(Number.isInteger(index) ? index : key);
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  return keys;
}

export function explain(error: ErrorObject, root: unknown): Explained {
  const keys = keyPath(error.instancePath, root);
  const where = place(keys);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      return { keys: [...keys, key], part: 'key', message: unknownKey(where, keys, key) };
    }
    case 'required':
      return { keys: [...keys, String(params.missingProperty)], part: 'value', message: `an override needs '${String(params.missingProperty)}': the globs of the documents it applies to` };
    case 'minLength':
    case 'minItems':
      return { keys, part: 'value', message: `must not be empty — expected ${expected(where, keys)}` };
    case 'enum':
    case 'type': {
      const hint = where === 'severity' && typeof error.data === 'string' ? didYouMean(error.data, ['error', 'warning', 'info', 'off']) : '';
      const types = ([] as unknown[]).concat(error.parentSchema?.type);
      const emptyValue = types.includes('object') ? '{}' : types.includes('array') ? '[]' : undefined;
      // `rules:` with every entry commented out: say how to write "nothing" rather than only refuse it.
      const empty = error.data === null && keys.length > 0 && emptyValue ? ` — write ${emptyValue} or remove the key` : '';
      return { keys, part: 'value', message: `expected ${expected(where, keys)}, got ${describe(error.data)}${hint}${empty}` };
    }
    case 'pattern':
    case 'minimum':
      return { keys, part: 'value', message: `expected ${expected(where, keys)}, got ${describe(error.data)}` };
    default:
      return { keys, part: 'value', message: error.message ?? `invalid value (${error.keyword})` };
  }
}
