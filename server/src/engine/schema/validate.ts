import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { Document } from 'yaml';
import schema from '../../../../schemas/charter.schema.json';
import AJV_OPTIONS from './ajv-options.json';
import type { Locale, OffsetRange } from '../types';
import { asArray, keysOf, mostUseful, param } from './errors';
import { keyRange, locate, pointerSegments, rangeOf, valueRange } from './locate';
import { wording, type Subject, type ValueKind } from './messages';
import { closest } from './suggest';

/** One place where a YAML charter breaks `schemas/charter.schema.json`. */
export interface SchemaProblem {
  range: OffsetRange;
  /** Key path of the value concerned, dotted, list items by 0-based index: `organisation.roles.0.title`. */
  path: string;
  message: string;
}

let compiled: ValidateFunction | undefined;

/**
 * The validator compiled at build time (scripts/compile-schemas.mjs), or compiled here once per
 * process when the build has not made it (tests run from source): compiling the schema costs far
 * more than validating a charter. verbose: each error carries the schema it broke, whose
 * `properties` name the allowed keys.
 */
export function charterValidator(): ValidateFunction {
  compiled ??= precompiledValidator() ?? runtimeValidator();
  return compiled;
}

export function runtimeValidator(): ValidateFunction {
  return new Ajv(AJV_OPTIONS).compile(schema);
}

export function precompiledValidator(): ValidateFunction | undefined {
  try {
    return require('./generated/charter-validator.js') as ValidateFunction;
  } catch {
    return undefined;
  }
}

/** Checks a parsed YAML charter against the schema; messages in the user's locale. */
export function validateCharter(doc: Document.Parsed, locale: Locale): SchemaProblem[] {
  const validate = charterValidator();
  let data: unknown;
  try {
    data = doc.toJS();
  } catch {
    return []; // alias bombs and the like: the parser's own errors say what is wrong
  }
  if (validate(data)) return [];
  // The `document-type` rule owns the value of `type`: it also accepts spellings the engine
  // understands (`Charte`, `cadre d'utilisation`) and reports the others, once.
  const errors = (validate.errors ?? []).filter((e) => !(e.instancePath === '/type' && e.keyword === 'enum'));
  return explainErrors(errors, doc, locale);
}

/** Turns validator errors into problems placed on the YAML the author wrote. Exported for tests. */
export function explainErrors(errors: readonly ErrorObject[], doc: Document.Parsed, locale: Locale): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of mostUseful(errors)) {
    const problem = explain(error, doc, locale);
    const id = `${problem.range.start}:${problem.range.end}:${problem.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(problem);
  }
  return out.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}

function explain(error: ErrorObject, doc: Document.Parsed, locale: Locale): SchemaProblem {
  const words = wording(locale);
  const segments = pointerSegments(error.instancePath);
  const here = locate(doc, segments);
  const subject = words.subject(subjectOf(segments));
  const problem = (path: string[], range: OffsetRange, message: string): SchemaProblem => ({ path: path.join('.'), range, message });
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(param(error, 'additionalProperty'));
      const allowed = keysOf(error.parentSchema);
      const range = rangeOf(locate(doc, [...segments, key]).key) ?? keyRange(here, doc);
      return problem([...segments, key], range, words.unknownKey(key, words.where(segments), closest(key, allowed), allowed));
    }
    case 'required': {
      const key = String(param(error, 'missingProperty'));
      return problem([...segments, key], keyRange(here, doc), words.missingKey(key, words.where(segments)));
    }
    case 'enum': {
      const values = asArray(param(error, 'allowedValues')).filter((v) => v !== null).map(String);
      const suggestion = typeof error.data === 'string' ? closest(error.data, values) : undefined;
      return problem(segments, valueRange(here, doc), words.oneOf(subject, values, suggestion));
    }
    case 'type': {
      const expected = kindsOf(asArray(param(error, 'type')).map(String));
      const found = kindOf(error.data);
      const keys = keysOf(error.parentSchema).filter((k) => k !== 'description' && k !== 'notes');
      const key = segments[segments.length - 1];
      const example = found === 'text' && expected.includes('list') && key !== undefined && !/^\d+$/.test(key)
        ? listExample(key, String(error.data)) : undefined;
      return problem(segments, valueRange(here, doc), words.type(subject, { expected, found, keys, ...(example ? { example } : {}) }));
    }
    default:
      return problem(segments, valueRange(here, doc), words.invalid(subject));
  }
}

function subjectOf(segments: readonly string[]): Subject {
  const last = segments[segments.length - 1];
  if (last === undefined) return { kind: 'root' };
  if (!/^\d+$/.test(last)) return { kind: 'key', key: last };
  const list = segments[segments.length - 2];
  return { kind: 'item', index: Number(last), ...(list !== undefined && !/^\d+$/.test(list) ? { list } : {}) };
}

const KIND_OF_TYPE: Record<string, ValueKind> = {
  string: 'text', number: 'number', integer: 'number', boolean: 'boolean', array: 'list', object: 'mapping',
};
const KIND_ORDER: readonly ValueKind[] = ['text', 'number', 'boolean', 'list', 'mapping'];

/** The kinds a schema type allows, in reading order; "a number" goes without saying next to text and collections. */
function kindsOf(types: string[]): ValueKind[] {
  const kinds = new Set(types.map((t) => KIND_OF_TYPE[t]).filter((k): k is ValueKind => k !== undefined));
  if (kinds.has('text') && (kinds.has('list') || kinds.has('mapping'))) kinds.delete('number');
  return KIND_ORDER.filter((k) => kinds.has(k));
}

function kindOf(value: unknown): ValueKind {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'number' || typeof value === 'bigint') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object' && !(value instanceof Date)) return 'mapping';
  return 'text';
}

/** `formats: [CSV, JSON]` from `formats: CSV, JSON`, when the text can stand in a flow list as is. */
function listExample(key: string, text: string): string | undefined {
  const value = text.trim();
  if (!value || value.length > 60 || /[[\]{}#:"\n]/.test(value) || /^['&*!|>%@`-]/.test(value)) return undefined;
  return `${key}: [${value}]`;
}
