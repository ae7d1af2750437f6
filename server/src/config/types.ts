import type { DocumentType, Language, Locale, LintOptions, RuleSetting } from '../engine/types';

/** A configuration file as written by the user (`.charterlintrc.yaml` / `.yml` / `.json`). */
export interface ConfigFile {
  $schema?: string;
  root?: boolean;
  /** `charterlint:recommended`, `charterlint:strict`, or a path relative to this file. */
  extends?: string | string[];
  /** Rule code (`P08`, `p8`) or name (`reversibility-clause`, `placeholder`) -> setting. */
  rules?: Record<string, RuleSetting>;
  overrides?: ConfigOverride[];
  /** Check code or name -> element id (see CHECK_ELEMENTS) -> extra terms. */
  vocabulary?: Record<string, Record<string, string[]>>;
  include?: string[];
  exclude?: string[];
  locale?: Locale;
  /** Bytes, or a size with a unit (`20MB`): larger documents are not linted. */
  maxFileSize?: number | string;
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

/**
 * The configuration that applies to one file, all `extends`, cascading files and overrides merged.
 * Rule keys are codes or extra rule ids (`P08`, `placeholder`); vocabulary is keyed by code; the
 * type is canonical (`partnership-agreement`, never an alias).
 */
export interface ResolvedConfig extends LintOptions {
  rules: NonNullable<LintOptions['rules']>;
  vocabulary: NonNullable<LintOptions['vocabulary']>;
  include: GlobSet[];
  exclude: GlobSet[];
  /** Absolute paths of the config files that contributed, outermost first (built-ins are not files). */
  sources: string[];
  /** Bytes: larger documents are not linted (DEFAULT_MAX_FILE_SIZE when unset). */
  maxFileSize?: number;
  /** Set by a matching `overrides` entry; a type the document declares still wins in the engine. */
  type?: DocumentType;
}

/** A problem in a configuration file: always names the file, and the line, column and key when known. */
export interface ConfigProblem {
  file: string;
  /** 1-based. */
  line?: number;
  /** 1-based, in UTF-16 code units like the editor's columns. */
  column?: number;
  /** Key path in the config, e.g. `rules.P99` or `overrides[0].files`. */
  key?: string;
  message: string;
}
