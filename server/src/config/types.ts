import type { DocumentType, Language, Locale, LintOptions, RuleSetting } from '../engine/types';

/** A configuration file as written by the user (`.charterlintrc.yaml` / `.json`). */
export interface ConfigFile {
  root?: boolean;
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  overrides?: ConfigOverride[];
  vocabulary?: Record<string, Record<string, string[]>>;
  include?: string[];
  exclude?: string[];
  locale?: Locale;
}

export interface ConfigOverride {
  files: string | string[];
  excludedFiles?: string | string[];
  /** A type or a French alias (`charte`, `cadre-d-utilisation`, `convention-de-partenariat`). */
  type?: string;
  language?: Language;
  rules?: Record<string, RuleSetting>;
}

/** A glob list together with the folder it is relative to (the folder of the config that wrote it). */
export interface GlobSet {
  base: string;
  patterns: string[];
}

/** The configuration that applies to one file, all `extends`, cascading files and overrides merged. */
export interface ResolvedConfig extends LintOptions {
  include: GlobSet[];
  exclude: GlobSet[];
  /** Absolute paths of the config files that contributed, outermost first. */
  sources: string[];
  type?: DocumentType;
}

/** A problem in a configuration file: always names the file, and the line, column and key when known. */
export interface ConfigProblem {
  file: string;
  line?: number;
  column?: number;
  /** Key path in the config, e.g. `rules.P99` or `overrides[0].files`. */
  key?: string;
  message: string;
}
