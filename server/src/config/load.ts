import Ajv, { type ValidateFunction } from 'ajv';
import path from 'node:path';
import { LineCounter } from 'yaml';
import { readYaml } from '../engine/parse/read-yaml';
import schema from '../../../schemas/charterlintrc.schema.json';
import AJV_OPTIONS from './ajv-options.json';
import { findRule } from '../engine/rules';
import { termKeys } from '../engine/text/tokens';
import { CHECK_CODES, type CheckCode, type DocumentType, type Language, type Locale, type RuleId, type RuleSetting } from '../engine/types';
import { CHECK_ELEMENTS, normalizeDocumentType } from './elements';
import { formatKeyPath, locate, type KeyPath } from './locate';
import { explain } from './messages';
import { uniqueProblems } from './problems';
import { CONFIG_SCHEMA_URL } from './schema';
import { parseSize } from './size';
import { globTooComplex } from './layers';
import type { ConfigProblem } from './types';

export type RuleSettings = Partial<Record<RuleId, RuleSetting>>;
export type Vocabulary = Partial<Record<CheckCode, Record<string, string[]>>>;

/** One `extends` entry, with where it was written (for problems found while resolving it). */
export interface ExtendsRef {
  ref: string;
  key: string;
  line: number;
  column: number;
}

export interface OverrideData {
  files: string[];
  excludedFiles: string[];
  type?: DocumentType;
  language?: Language;
  rules: RuleSettings;
}

/** A configuration file's settings, validated and normalized (rule keys are codes, types canonical). */
export interface ConfigData {
  root: boolean;
  extends: ExtendsRef[];
  rules: RuleSettings;
  overrides: OverrideData[];
  vocabulary: Vocabulary;
  include: string[];
  exclude: string[];
  locale?: Locale;
  /** Bytes: larger documents are not linted. */
  maxFileSize?: number;
}

export interface LoadedConfig {
  file: string;
  data: ConfigData;
  problems: ConfigProblem[];
}

export const emptyConfigData = (): ConfigData =>
  ({ root: false, extends: [], rules: {}, overrides: [], vocabulary: {}, include: [], exclude: [] });

let validator: ValidateFunction | undefined;
function validate(value: unknown): ValidateFunction['errors'] {
  validator ??= precompiledConfigValidator() ?? runtimeConfigValidator();
  return validator(value) ? [] : validator.errors;
}

/** Compiled at build time by scripts/compile-schemas.mjs; absent when running from source. */
export function precompiledConfigValidator(): ValidateFunction | undefined {
  try {
    return require('./generated/charterlintrc-validator.js') as ValidateFunction;
  } catch {
    return undefined;
  }
}

export function runtimeConfigValidator(): ValidateFunction {
  return new Ajv(AJV_OPTIONS).compile(schema);
}

const SEVERITIES = new Set<unknown>(['error', 'warning', 'info', 'off']);

/**
 * Parses and validates one configuration file (YAML, or JSON which YAML also reads, so positions
 * come the same way). Never throws: every defect is a problem, and the valid parts are kept.
 */
export function parseConfigText(text: string, file: string): LoadedConfig {
  const isJson = path.extname(file).toLowerCase() === '.json';
  const jsonError = isJson ? jsonSyntaxProblem(text, file) : undefined;
  if (jsonError) return { file, data: emptyConfigData(), problems: [jsonError] };
  const lineCounter = new LineCounter();
  const doc = readYaml(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const problems: ConfigProblem[] = [];
  const syntaxError = doc.errors[0];
  if (syntaxError) {
    // Only the first: the parser's later errors mostly follow from it.
    const pos = syntaxError.linePos?.[0] ?? lineCounter.linePos(syntaxError.pos[0]);
    const what = syntaxError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    problems.push({ file, line: pos.line, column: pos.col, message: `invalid ${isJson ? 'JSON' : 'YAML'}: ${what}` });
    return { file, data: emptyConfigData(), problems };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    problems.push({ file, line: 1, column: 1, message: `cannot read this configuration: ${(error as Error).message}` });
    return { file, data: emptyConfigData(), problems };
  }
  const at = (keys: KeyPath, part: 'key' | 'value') => ({ file, ...locate(doc, lineCounter, keys, part), key: formatKeyPath(keys) });
  for (const error of validate(value) ?? []) {
    const explained = explain(error, value);
    problems.push({ ...at(explained.keys, explained.part), message: explained.message });
  }
  const data = normalize(value, { problems, at });
  return { file, data, problems: uniqueProblems(problems) };
}

/**
 * JSON's own verdict, for JSON's own words: YAML reads JSON too (and gives the positions of
 * valid files) but would accept a trailing comma and word a missing one in YAML terms.
 */
function jsonSyntaxProblem(text: string, file: string): ConfigProblem | undefined {
  const source = text.replace(/^\uFEFF/, '');
  try {
    JSON.parse(source);
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    const at = / at position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : source.length;
    const before = source.slice(0, offset).split(/\r?\n/);
    const cut = message.indexOf(' in JSON at position ');
    const what = (cut >= 0 ? message.slice(0, cut) : message).replace(/^Unexpected end of JSON input$/, 'Unexpected end of the file');
    return { file, line: before.length, column: before[before.length - 1]!.length + 1, message: `invalid JSON: ${what}` };
  }
}

interface Context {
  problems: ConfigProblem[];
  at(keys: KeyPath, part: 'key' | 'value'): { file: string; line: number; column: number; key: string };
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const strings = (v: unknown): string[] =>
  (typeof v === 'string' ? [v] : Array.isArray(v) ? v : []).filter((s): s is string => typeof s === 'string' && s.trim() !== '');

/** The rule a key names, when written as the schema accepts it (`P08`, `p8`, `reversibility-clause`). */
export function ruleForKey(key: string): RuleId | undefined {
  const rule = findRule(key);
  if (!rule || rule.id === 'parse-error') return undefined;
  return rule.id === key || rule.name === key || /^p\d{1,2}$/i.test(key) ? rule.id : undefined;
}

function checkForKey(key: string): CheckCode | undefined {
  const id = ruleForKey(key);
  return (CHECK_CODES as readonly string[]).includes(id ?? '') ? (id as CheckCode) : undefined;
}

function normalize(value: unknown, ctx: Context): ConfigData {
  const data = emptyConfigData();
  if (!isRecord(value)) return data;
  if (value.root === true) data.root = true;
  const ext = value.extends;
  const refs = typeof ext === 'string' ? [{ ref: ext, keys: ['extends'] }] : Array.isArray(ext) ? ext.map((ref, i) => ({ ref, keys: ['extends', i] })) : [];
  for (const { ref, keys } of refs) if (typeof ref === 'string' && ref.trim() !== '') data.extends.push({ ...ctx.at(keys, 'value'), ref: ref.trim() });
  data.rules = normalizeRules(value.rules, ['rules'], ctx);
  if (Array.isArray(value.overrides)) {
    value.overrides.forEach((o, i) => {
      if (!isRecord(o) || strings(o.files).length === 0) return;
      const type = typeof o.type === 'string' ? normalizeDocumentType(o.type) : undefined;
      const files = globs(o.files, ['overrides', i, 'files'], ctx);
      if (files.length === 0) return;
      data.overrides.push({
        files,
        excludedFiles: globs(o.excludedFiles, ['overrides', i, 'excludedFiles'], ctx),
        ...(type ? { type } : {}),
        ...(o.language === 'fr' || o.language === 'en' ? { language: o.language } : {}),
        rules: normalizeRules(o.rules, ['overrides', i, 'rules'], ctx),
      });
    });
  }
  data.vocabulary = normalizeVocabulary(value.vocabulary, ctx);
  data.include = globs(value.include, ['include'], ctx);
  data.exclude = globs(value.exclude, ['exclude'], ctx);
  if (value.locale === 'fr' || value.locale === 'en') data.locale = value.locale;
  const maxFileSize = parseSize(value.maxFileSize);
  if (maxFileSize !== undefined) data.maxFileSize = maxFileSize;
  if (typeof value.$schema === 'string' && URL_LIKE.test(value.$schema.trim()) && value.$schema.trim() !== CONFIG_SCHEMA_URL) {
    ctx.problems.push({
      ...ctx.at(['$schema'], 'value'),
      message: `'${value.$schema}' is not followed: charterlint never downloads a schema, it validates with its own — write ${CONFIG_SCHEMA_URL} or remove $schema`,
    });
  }
  return data;
}

/** `https:`, `file:`, `git+ssh:` … but not a Windows drive (`C:`). */
const URL_LIKE = /^[a-z][a-z0-9+.-]+:/i;

/**
 * The globs of a key, without those built to be slow: a glob becomes a regular expression, and
 * `*a*a*a*a*b` takes minutes to reject a long file name (ROBUSTNESS.md). Each is a problem.
 */
function globs(value: unknown, keys: KeyPath, ctx: Context): string[] {
  const items: Array<[unknown, KeyPath]> = typeof value === 'string' ? [[value, keys]] : Array.isArray(value) ? value.map((g, i) => [g, [...keys, i]]) : [];
  const kept: string[] = [];
  for (const [glob, at] of items) {
    if (typeof glob !== 'string' || glob.trim() === '') continue;
    const why = globTooComplex(glob);
    if (why) ctx.problems.push({ ...ctx.at(at, 'value'), message: `'${glob}' ${why}` });
    else kept.push(glob);
  }
  return kept;
}

function normalizeRules(value: unknown, keys: KeyPath, ctx: Context): RuleSettings {
  const rules: RuleSettings = {};
  if (!isRecord(value)) return rules;
  const writtenAs = new Map<RuleId, string>();
  for (const [key, setting] of Object.entries(value)) {
    const id = ruleForKey(key);
    if (!id) continue;
    const earlier = writtenAs.get(id);
    if (earlier !== undefined) {
      ctx.problems.push({ ...ctx.at([...keys, key], 'key'), message: `sets ${id} a second time ('${earlier}' already sets it) — keep one of the two` });
    }
    writtenAs.set(id, key);
    if (SEVERITIES.has(setting)) rules[id] = setting as RuleSetting;
  }
  return rules;
}

function normalizeVocabulary(value: unknown, ctx: Context): Vocabulary {
  const vocabulary: Vocabulary = {};
  if (!isRecord(value)) return vocabulary;
  for (const [key, elements] of Object.entries(value)) {
    const code = checkForKey(key);
    if (!code || !isRecord(elements)) continue;
    for (const [element, terms] of Object.entries(elements)) {
      if (!CHECK_ELEMENTS[code].includes(element) || !Array.isArray(terms)) continue;
      const kept: string[] = [];
      terms.forEach((term, i) => {
        if (typeof term !== 'string' || term.trim() === '') return;
        if (termKeys(term).length === 0) {
          ctx.problems.push({ ...ctx.at(['vocabulary', key, element, i], 'value'), message: `the term '${term}' has no words to match` });
          return;
        }
        kept.push(term.trim());
      });
      const byElement = (vocabulary[code] ??= {});
      byElement[element] = [...new Set([...(byElement[element] ?? []), ...kept])];
    }
  }
  return vocabulary;
}
