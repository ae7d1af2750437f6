import type { CoverageCounts } from '../engine/coverage';
/**
 * The charterlint protocol between the language server and its clients, beyond standard LSP.
 * Types only (plus method names), so the VS Code client can import this file without pulling in
 * the server.
 */
import type { Range } from 'vscode-languageserver-types';
import type { CheckCode, DocumentType, Language, Verdict } from '../engine/types';

export const Methods = {
  /** request: `CoverageParams` → `Coverage | null` (null: not a charterlint document). */
  coverage: 'charterlint/coverage',
  /** notification server → client: `{ uri }`, after each publishDiagnostics for that uri. */
  coverageChanged: 'charterlint/coverageChanged',
  /** request: `{}` → `LintWorkspaceResult`; publishes diagnostics for every document found. */
  lintWorkspace: 'charterlint/lintWorkspace',
  /** request: `NewDocumentParams` → `{ text }`. */
  newDocument: 'charterlint/newDocument',
  /** notification server → client: `{}`, once the server is initialized. */
  ready: 'charterlint/ready',
} as const;

/** Commands the charterlint VS Code client implements (other clients: the server runs them). */
export const Commands = {
  /** arguments: [uri: string, position: Position, snippet: string] */
  insertSnippet: 'charterlint.insertSnippet',
  /** arguments: [url: string] */
  openDocs: 'charterlint.openDocs',
  /** arguments: [uri: string] */
  showChecklist: 'charterlint.showChecklist',
} as const;

/** The code action kind of "Insert all missing sections". */
export const FIX_ALL_KIND = 'source.fixAll.charterlint';

export interface CoverageParams {
  uri: string;
}

export interface CoverageCheck {
  code: CheckCode;
  /** kebab-case name, e.g. `reversibility-clause`. */
  name: string;
  axis: 1 | 2 | 3 | 4 | 5;
  /** In the user's locale. */
  axisTitle: string;
  verdict: Verdict;
  /** The diagnostic's message, for partial and missing checks. */
  message?: string;
  /** Where the check found its evidence (also for `off` checks). */
  evidence: Range[];
  /** Where the check's diagnostic sits, for partial and missing checks. */
  diagnosticRange?: Range;
}

export type { CoverageCounts } from '../engine/coverage';

export interface Coverage {
  uri: string;
  /** The document version linted; null for a file linted from disk. */
  version: number | null;
  documentType: DocumentType;
  language: Language;
  checks: CoverageCheck[];
  counts: CoverageCounts;
}

export interface CoverageChangedParams {
  uri: string;
}

export interface LintWorkspaceResult {
  /** Documents linted. */
  files: number;
  /** Diagnostics published over all of them (errors, warnings and infos). */
  problems: number;
}

export interface NewDocumentParams {
  /** A type or a French alias (`charte`, `cadre-d-utilisation`, `convention-de-partenariat`). */
  type: string;
  lang: Language;
}

export interface NewDocumentResult {
  text: string;
}

/** `diagnostic.data` of every charterlint diagnostic: code actions key on it, never on the message. */
export interface DiagnosticData {
  ruleId: string;
  verdict?: 'partial' | 'missing';
  missingElements?: string[];
  /** Identifies the diagnostic's fix in the server's lint of the document (`P08#0`). */
  fixId?: string;
}

/** What the client may send in `initializationOptions`. */
export interface InitializationOptions {
  /** The editor's UI language (`fr`, `en-GB`…), used when `charterlint.locale` is `auto`. */
  locale?: string;
  /** The client implements `charterlint.insertSnippet`, `charterlint.openDocs` and `charterlint.showChecklist`. */
  snippetCommand?: boolean;
}

/** The `charterlint` section of the settings, read per resource with workspace/configuration. */
export interface CharterlintSettings {
  enable: boolean;
  locale: 'auto' | 'fr' | 'en';
  /** Extra globs (relative to the workspace folder) of documents to lint. */
  include: string[];
  debounceMs: number;
}

/**
 * Node options the extension starts the server with (and `npm run bench` too, to time what the
 * extension runs). A young generation of 32 MB instead of 16: what a keystroke allocates on a long
 * charter dies there instead of being promoted, so full collections, which pause the server 10 to
 * 35 ms on a 1 MB charter, come less often (typing p95 on the 1 MB charter, median of seven runs:
 * 68 → 48 ms; BENCHMARKS.md). Other editors running `charterlint --stdio` can pass it in
 * NODE_OPTIONS.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=32'];
