import path from 'node:path';
import picomatch from 'picomatch';
import { CHECK_CODES, type DocumentType, type Language, type Locale } from '../engine/types';
import type { ConfigData, RuleSettings, Vocabulary } from './load';
import type { GlobSet, ResolvedConfig } from './types';

/** One configuration (a file, or a built-in) placed in a cascade: the unit that merging walks. */
export interface ConfigLayer {
  /** Absolute path of the file, or the built-in's name (`charterlint:strict`). */
  source: string;
  /** The folder its globs are relative to. */
  base: string;
  rules: RuleSettings;
  vocabulary: Vocabulary;
  include: string[];
  exclude: string[];
  locale?: Locale;
  overrides: CompiledOverride[];
}

interface CompiledOverride {
  matches(relativePath: string): boolean;
  type?: DocumentType;
  language?: Language;
  rules: RuleSettings;
}

/** `./drafts/` -> `drafts`: picomatch knows neither a leading `./` nor a trailing slash. */
export function cleanPattern(pattern: string): string {
  const p = pattern.trim().replace(/^\.\//, '');
  return p.length > 1 ? p.replace(/\/+$/, '') : p;
}

export function compileGlobs(patterns: readonly string[]): (relativePath: string) => boolean {
  if (patterns.length === 0) return () => false;
  return picomatch(patterns.map(cleanPattern), { dot: true });
}

/** The path of `file` relative to `base` with forward slashes, or undefined when it is not under `base`. */
export function relativeTo(base: string, file: string): string | undefined {
  const rel = path.relative(base, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

export function layerOf(data: ConfigData, source: string, base: string): ConfigLayer {
  return {
    source,
    base,
    rules: data.rules,
    vocabulary: data.vocabulary,
    include: data.include,
    exclude: data.exclude,
    ...(data.locale ? { locale: data.locale } : {}),
    overrides: data.overrides.map((o) => {
      const files = compileGlobs(o.files);
      const excluded = compileGlobs(o.excludedFiles);
      return {
        matches: (rel: string) => files(rel) && !excluded(rel),
        ...(o.type ? { type: o.type } : {}),
        ...(o.language ? { language: o.language } : {}),
        rules: o.rules,
      };
    }),
  };
}

export const STRICT_LAYER_RULES: RuleSettings = Object.fromEntries(
  [...CHECK_CODES, 'unused-suppression', 'suppression-reason'].map((id) => [id, 'error']),
);

/** The built-in configurations `extends` may name; recommended is the engine's defaults. */
export const BUILTIN_DATA: Readonly<Record<string, Partial<ConfigData>>> = {
  'charterlint:recommended': {},
  'charterlint:strict': { rules: STRICT_LAYER_RULES },
};

function addGlobSet(sets: GlobSet[], base: string, patterns: string[]): void {
  if (patterns.length === 0) return;
  const last = sets[sets.length - 1];
  if (last && last.base === base) last.patterns = [...new Set([...last.patterns, ...patterns])];
  else sets.push({ base, patterns: [...patterns] });
}

/**
 * The configuration of one file: layers from the outermost in, each layer's own settings then its
 * matching overrides (so a nearer file beats a farther file's overrides, as in ESLint's eslintrc).
 */
export function mergeLayers(file: string, layers: readonly ConfigLayer[]): ResolvedConfig {
  const resolved: ResolvedConfig = { rules: {}, vocabulary: {}, include: [], exclude: [], sources: [] };
  const { rules, vocabulary } = resolved;
  for (const layer of layers) {
    if (!layer.source.startsWith('charterlint:') && !resolved.sources.includes(layer.source)) resolved.sources.push(layer.source);
    Object.assign(rules, layer.rules);
    for (const [code, elements] of Object.entries(layer.vocabulary) as [keyof Vocabulary, Record<string, string[]>][]) {
      const into = (vocabulary[code] ??= {});
      for (const [id, terms] of Object.entries(elements)) into[id] = [...new Set([...(into[id] ?? []), ...terms])];
    }
    addGlobSet(resolved.include, layer.base, layer.include);
    addGlobSet(resolved.exclude, layer.base, layer.exclude);
    if (layer.locale) resolved.locale = layer.locale;
    if (layer.overrides.length === 0) continue;
    const rel = relativeTo(layer.base, file);
    if (rel === undefined) continue;
    for (const o of layer.overrides) {
      if (!o.matches(rel)) continue;
      Object.assign(rules, o.rules);
      if (o.type) resolved.type = o.type;
      if (o.language) resolved.language = o.language;
    }
  }
  return resolved;
}
