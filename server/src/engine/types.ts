/**
 * Shared vocabulary of the engine: what a lint produces and what the front ends consume.
 * Offsets are UTF-16 code-unit indices into the document text (the unit LSP also uses);
 * they become line/column only at the edge (see positions.ts).
 */

export type CheckCode =
  | 'P01' | 'P02' | 'P03' | 'P04' | 'P05' | 'P06' | 'P07' | 'P08'
  | 'P09' | 'P10' | 'P11' | 'P12' | 'P13' | 'P14' | 'P15' | 'P16';

/** Rules beyond the 16 checks. */
export type ExtraRuleId =
  | 'document-type' | 'schema' | 'placeholder' | 'unused-suppression' | 'suppression-reason' | 'parse-error';

export type RuleId = CheckCode | ExtraRuleId;

export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = Severity | 'off';

export type Verdict = 'covered' | 'partial' | 'missing' | 'not-applicable' | 'off';

export type DocumentType = 'charter' | 'usage-framework' | 'partnership-agreement';
export type Language = 'fr' | 'en';
export type Locale = 'fr' | 'en';
export type SourceKind = 'markdown' | 'yaml';

export interface OffsetRange {
  start: number;
  end: number;
}

/** A fix only ever inserts: one or more insertions at offsets of the original text. */
export interface Insertion {
  offset: number;
  text: string;
  /** Continues the text just before it (a sentence added to a paragraph): goes first at its offset. */
  append?: boolean;
}

export interface Fix {
  /** Short human description, in the user's locale ("Insérer la clause de réversibilité"). */
  title: string;
  /** Plain-text insertions: blanks are visible `{{…}}` placeholders. */
  insertions: Insertion[];
  /** Same insertion as a VS Code snippet with tab stops (one insertion, since snippets are single). */
  snippet?: Insertion;
  /**
   * A suggestion is offered in the editor but never applied by `--fix`: it changes what a value
   * says (keeping the old value as a comment), so a person must choose it.
   */
  suggestion?: boolean;
}

export interface CharterDiagnostic {
  ruleId: RuleId;
  ruleName: string;
  severity: Severity;
  message: string;
  range: OffsetRange;
  /** For the 16 checks: the verdict that produced this diagnostic. */
  verdict?: 'partial' | 'missing';
  /** Element ids that are missing (partial/missing verdicts), e.g. ['formats']. */
  missingElements?: string[];
  fix?: Fix;
  docsUrl: string;
}

export interface Position1 {
  line: number;
  column: number;
}

export interface LintResult {
  filePath: string;
  sourceKind: SourceKind;
  documentType: DocumentType;
  /** How the type was obtained. */
  documentTypeSource: 'declared' | 'title' | 'default' | 'config';
  language: Language;
  coverage: Record<CheckCode, Verdict>;
  /** Where a check found its evidence (best scope), for hovers, tree views and the summary. */
  evidence: Partial<Record<CheckCode, OffsetRange[]>>;
  diagnostics: CharterDiagnostic[];
  /** The text that was linted (needed to turn offsets into lines and to apply fixes). */
  text: string;
}

export const CHECK_CODES: readonly CheckCode[] = [
  'P01', 'P02', 'P03', 'P04', 'P05', 'P06', 'P07', 'P08',
  'P09', 'P10', 'P11', 'P12', 'P13', 'P14', 'P15', 'P16',
];

/** What a front end may tell the engine about one document (from configuration or the editor). */
export interface LintOptions {
  /** Severity per rule, keyed by code (`P08`) or extra rule id; unset rules use the defaults. */
  rules?: Partial<Record<RuleId, RuleSetting>>;
  /** Forces the document type (an `overrides` entry of the configuration). */
  type?: DocumentType;
  /** Forces the document language (used for inserted templates). */
  language?: Language;
  /** Language of messages. */
  locale?: Locale;
  /** Extra terms: check code -> element id -> terms (same matching as the built-in vocabulary). */
  vocabulary?: Partial<Record<CheckCode, Record<string, string[]>>>;
}
