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
  maxFileSize?: number;
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
  if (p.length <= 1) return p;
  // A loop rather than /\/+$/, which backtracks quadratically on a long run of slashes.
  let end = p.length;
  while (end > 0 && p.charCodeAt(end - 1) === 47) end--;
  return p.slice(0, end);
}

/** At most this many `*` in one path segment, and `**` in one glob. */
export const MAX_STARS_PER_SEGMENT = 2;
export const MAX_GLOBSTARS = 2;

/**
 * Why a glob is refused, or undefined. A glob becomes a regular expression in which each `*` is a
 * lazy `[^/]*?`: with k of them in one segment, rejecting a name of n characters takes n^k steps
 * (four `*` and a 250-character name: 50 s), and each `**` multiplies over the whole path. An
 * extglob such as `*(*a)` is exponential: extglobs are off (`noextglob`).
 */
export function globTooComplex(pattern: string): string | undefined {
  const segments = cleanPattern(pattern).split('/');
  const globstars = segments.filter((s) => s === '**').length;
  if (globstars > MAX_GLOBSTARS) return `has ${globstars} ** — at most ${MAX_GLOBSTARS}: such a glob can take minutes to match a deep path; write several simpler globs`;
  for (const segment of segments) {
    if (segment === '**') continue;
    let stars = 0;
    for (let i = 0; i < segment.length; i++) {
      if (segment[i] === '\\') i++;
      else if (segment[i] === '*' && segment[i - 1] !== '*') stars++;
    }
    if (stars > MAX_STARS_PER_SEGMENT) return `has ${stars} * in '${segment}' — at most ${MAX_STARS_PER_SEGMENT} per folder or file name: such a glob can take minutes to match a long name; write several simpler globs`;
  }
  return undefined;
}

export function compileGlobs(patterns: readonly string[]): (relativePath: string) => boolean {
  // Globs from the editor's settings arrive here unchecked: the costly ones are left out.
  const safe = patterns.filter((p) => globTooComplex(p) === undefined);
  if (safe.length === 0) return () => false;
  return picomatch(safe.map(cleanPattern), { dot: true, noextglob: true });
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
    ...(data.maxFileSize !== undefined ? { maxFileSize: data.maxFileSize } : {}),
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
    if (layer.maxFileSize !== undefined) resolved.maxFileSize = layer.maxFileSize;
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
