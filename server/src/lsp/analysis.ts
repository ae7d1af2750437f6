import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigProblem } from '../config';
import { isConfigFileName } from '../config';
import { lint, lintModel, parseCharter, type SegmentCache, type LintOptions, type LintResult, type Locale } from '../engine';
import type { CharterlintSettings } from './protocol';
import { snapshotDocument } from './snapshot';
import { resolveLocale } from './settings';
import { uriToPath, type Workspace } from './workspace';

export type CharterModel = ReturnType<typeof parseCharter>;

/** Files above this size are not linted in the editor: one diagnostic says so. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** The text a lint was run on, frozen: open documents change in place, offsets must not. */
interface Snapshot {
  uri: string;
  /** The editor's version; null for a file read from disk. */
  version: number | null;
  document: TextDocument;
  locale: Locale;
}

export interface CharterAnalysis extends Snapshot {
  kind: 'charter';
  filePath: string;
  model: CharterModel;
  result: LintResult;
  /** Lints another text with the same options (fix-all passes). */
  lintText: (text: string) => LintResult;
  /** Problems of the configuration that applies (the CLI would stop on them). */
  configProblems: ConfigProblem[];
}

export interface ConfigFileAnalysis extends Snapshot {
  kind: 'config';
  problems: ConfigProblem[];
}

export interface TooLargeAnalysis extends Snapshot {
  kind: 'too-large';
  /** The limit it is over, in bytes: `maxFileSize`, or the editor's 5 MB. */
  limit: number;
}

export interface FailedAnalysis extends Snapshot {
  kind: 'failed';
  error: string;
}

/** Not a charterlint document (or charterlint is disabled for it): no diagnostics. */
export interface SkippedAnalysis {
  kind: 'skipped';
  uri: string;
  version: number | null;
}

export type Analysis = CharterAnalysis | ConfigFileAnalysis | TooLargeAnalysis | FailedAnalysis | SkippedAnalysis;

export interface AnalysisInput {
  uri: string;
  version: number | null;
  languageId: string;
  text: string;
  /** Size in bytes of the file on disk, when `text` is only its head (a file too large to read). */
  size?: number;
  /** The pieces of this document's previous parse (an open document): an edit re-parses one. */
  cache?: SegmentCache;
}

/** The engine entry points, replaceable in tests (a check that throws). */
export interface Engine {
  parse: typeof parseCharter;
  lintModel: typeof lintModel;
}

export interface AnalysisEnv {
  settings: CharterlintSettings;
  workspace: Workspace;
  clientLocale: Locale;
  log: (message: string) => void;
  engine?: Engine;
}

const ENGINE: Engine = { parse: parseCharter, lintModel };

/**
 * Lints one document as the CLI does: the same engine call, with the ConfigService's resolved
 * configuration for the file plus the locale. Never throws: a failure is a `failed` analysis.
 */
export function analyze(input: AnalysisInput, env: AnalysisEnv): Analysis {
  const skipped: SkippedAnalysis = { kind: 'skipped', uri: input.uri, version: input.version };
  if (!env.settings.enable) return skipped;
  const snapshot = (locale: Locale, model?: CharterModel): Snapshot => ({
    uri: input.uri, version: input.version, locale,
    document: snapshotDocument(input.uri, input.languageId, input.version ?? 0, input.text, model?.lines),
  });
  const file = uriToPath(input.uri);
  let locale = resolveLocale(env.settings, undefined, env.clientLocale);
  try {
    if (file !== undefined && isConfigFileName(file)) {
      const problems = env.workspace.configsFor(file).validateConfigFile(file, input.text);
      return { ...snapshot(locale), kind: 'config', problems };
    }
    const kind = env.workspace.documentKind(file, input.languageId, input.text, env.settings);
    if (kind === undefined) return skipped;
    const { config, problems } = file !== undefined ? env.workspace.configsFor(file).forFile(file) : { config: undefined, problems: [] };
    const limit = sizeLimit(input, config?.maxFileSize);
    if (tooLarge(input, limit)) {
      return { ...snapshot(locale), kind: 'too-large', limit };
    }
    locale = resolveLocale(env.settings, config?.locale, env.clientLocale);
    const options: LintOptions = { ...config, locale };
    const filePath = file ?? input.uri;
    const engine = env.engine ?? ENGINE;
    const model = engine.parse(input.text, kind, input.cache ? { cache: input.cache } : undefined);
    const result = engine.lintModel(model, filePath, options);
    return {
      ...snapshot(locale, model), kind: 'charter', filePath, model, result, configProblems: problems,
      lintText: (text) => lint({ text, filePath, kind }, options),
    };
  } catch (error) {
    env.log(`charterlint: linting ${input.uri} (version ${input.version ?? 'on disk'}) failed: ${(error as Error)?.stack ?? String(error)}`);
    return { ...snapshot(locale), kind: 'failed', error: (error as Error)?.message ?? String(error) };
  }
}

/**
 * The configuration's `maxFileSize`, else the editor's own 5 MB. A file read from disk over 5 MB
 * was read only in part (`size` is set): for it the limit never exceeds 5 MB.
 */
function sizeLimit(input: AnalysisInput, maxFileSize: number | undefined): number {
  const limit = maxFileSize ?? MAX_DOCUMENT_BYTES;
  return input.size !== undefined ? Math.min(limit, MAX_DOCUMENT_BYTES) : limit;
}

function tooLarge(input: AnalysisInput, limit: number): boolean {
  if (input.size !== undefined) return input.size > limit;
  // A UTF-16 code unit is at most 3 bytes of UTF-8: most texts need no counting.
  return input.text.length * 3 > limit && Buffer.byteLength(input.text, 'utf8') > limit;
}
