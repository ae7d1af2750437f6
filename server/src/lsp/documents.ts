import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SegmentCache } from '../engine';
import { analyze, MAX_DOCUMENT_BYTES, type Analysis, type AnalysisEnv, type Engine } from './analysis';
import type { SettingsStore } from './settings';
import { type Workspace } from './workspace';

const DISK_CACHE_SIZE = 100;

interface Entry {
  version: number;
  generation: number;
  analysis: Promise<Analysis>;
}

export interface AnalysesOptions {
  settings: SettingsStore;
  workspace: Workspace;
  clientLocale: () => AnalysisEnv['clientLocale'];
  log: (message: string) => void;
  engine?: Engine;
  /** The clock lint costs and edit times are read from (tests set their own). */
  now?: () => number;
  /** The event loop's idle time so far, ms (tests set their own). */
  idle?: () => number;
}

/** Less idle time than this between a lint's end and an edit: the edit was waiting behind the lint. */
const QUEUED_IDLE_MS = 0.5;

/**
 * Lint results per uri + version: every feature (diagnostics, hover, code actions…) reads the same
 * analysis, and an unchanged document is never parsed twice. A configuration or settings change
 * starts a new generation, which makes every cached analysis stale.
 */
export class Analyses {
  private readonly open = new Map<string, Entry>();
  /** Per open document: the pieces of its last parse, and how long its last analysis took. */
  private readonly pieces = new Map<string, SegmentCache>();
  private readonly costs = new Map<string, number>();
  /** When the last edit of each document arrived, and when its last analysis ended. */
  private readonly edits = new Map<string, number>();
  private readonly linted = new Map<string, number>();
  /** The event loop's idle time when each document's last analysis ended. */
  private readonly idleAtLint = new Map<string, number>();
  /** Files linted from disk, keyed by uri, valid while their size and mtime stay the same. */
  private readonly disk = new Map<string, { stamp: string; generation: number; analysis: Analysis }>();
  private generation = 0;

  private readonly now: () => number;
  private readonly idle: () => number;

  constructor(private readonly options: AnalysesOptions) {
    this.now = options.now ?? (() => performance.now());
    this.idle = options.idle ?? (() => performance.eventLoopUtilization().idle);
  }

  /** The analysis of an open document at its current version. */
  get(document: TextDocument): Promise<Analysis> {
    const hit = this.open.get(document.uri);
    if (hit && hit.version === document.version && hit.generation === this.generation) return hit.analysis;
    let cache = this.pieces.get(document.uri);
    if (!cache) this.pieces.set(document.uri, (cache = new SegmentCache()));
    const input = { uri: document.uri, version: document.version, languageId: document.languageId, text: document.getText(), cache };
    const analysis = this.options.settings.get(document.uri).then((settings) => {
      const start = this.now();
      const result = analyze(input, this.env(settings));
      const end = this.now();
      this.costs.set(document.uri, end - start);
      this.linted.set(document.uri, end);
      this.idleAtLint.set(document.uri, this.idle());
      return result;
    });
    this.open.set(document.uri, { version: document.version, generation: this.generation, analysis });
    return analysis;
  }

  /** Lints a file from disk (lintWorkspace, coverage of a closed file); undefined when it cannot be read. */
  async fromDisk(file: string, uri: string): Promise<Analysis | undefined> {
    const settings = await this.options.settings.get(uri);
    let size: number;
    let stamp: string;
    try {
      const stat = statSync(file);
      size = stat.size;
      stamp = `${stat.size}:${stat.mtimeMs}`;
    } catch {
      this.disk.delete(uri);
      return undefined;
    }
    const hit = this.disk.get(uri);
    if (hit && hit.stamp === stamp && hit.generation === this.generation) return hit.analysis;
    const languageId = /\.ya?ml$/i.test(file) ? 'yaml' : 'markdown';
    let analysis: Analysis;
    if (size > MAX_DOCUMENT_BYTES) {
      // Whether it is a charterlint document is decided on its head: 5 MB are never read.
      analysis = analyze({ uri, version: null, languageId, text: readHead(file), size }, this.env(settings));
    } else {
      let buffer: Buffer;
      try {
        buffer = readFileSync(file);
      } catch {
        return undefined;
      }
      if (buffer.includes(0)) return undefined;
      analysis = analyze({ uri, version: null, languageId, text: buffer.toString('utf8') }, this.env(settings));
    }
    this.disk.delete(uri);
    this.disk.set(uri, { stamp, generation: this.generation, analysis });
    // Bounded: a workspace of thousands of charters must not be held in memory.
    if (this.disk.size > DISK_CACHE_SIZE) this.disk.delete(this.disk.keys().next().value!);
    return analysis;
  }

  /**
   * How long to wait after an edit before linting again. At once, unless edits arrive faster than
   * the document lints (a burst, or a document slow to lint while someone types): then the lint
   * waits for a pause, as long as the last lint took but never more than `debounceMs`.
   *
   * Edits arrive faster than the document lints when one came sooner after the previous edit than
   * a lint takes, or when it was typed during the last lint: the server reads it as soon as that
   * lint ends, the event loop never idle in between, so its arrival time says nothing of when it
   * was typed. (The time since the last lint ended is no measure of a pause: after a lint that
   * waited, someone typing a key every 120 ms on a document that lints in 45 ms left less than a
   * lint's time after each, waited again, and never came back to linting at once.)
   */
  delayAfterEdit(uri: string, debounceMs: number): number {
    const now = this.now();
    const previous = this.edits.get(uri);
    this.edits.set(uri, now);
    const cost = this.costs.get(uri);
    if (cost === undefined) return debounceMs;
    // The first edit since the document was opened: no burst yet, and the last lint was the
    // whole document's, not the one piece an edit parses again. Waiting as long as that lint
    // took delayed the first keystrokes of a long charter, each pushing the next into a wait.
    if (previous === undefined) return 0;
    const lintedAt = this.linted.get(uri);
    const idleAtLint = this.idleAtLint.get(uri);
    const typedDuringLint = lintedAt !== undefined && lintedAt > previous && idleAtLint !== undefined && this.idle() - idleAtLint < QUEUED_IDLE_MS;
    if (!typedDuringLint && now - previous >= cost) return 0;
    return Math.min(debounceMs, Math.ceil(cost));
  }

  forget(uri: string): void {
    this.open.delete(uri);
    this.pieces.delete(uri);
    this.costs.delete(uri);
    this.edits.delete(uri);
    this.linted.delete(uri);
    this.idleAtLint.delete(uri);
  }

  /** Configuration or settings changed: every analysis is stale. */
  invalidate(): void {
    this.generation++;
    this.open.clear();
    this.disk.clear();
  }

  private env(settings: AnalysisEnv['settings']): AnalysisEnv {
    const { workspace, log, engine } = this.options;
    return { settings, workspace, clientLocale: this.options.clientLocale(), log, ...(engine ? { engine } : {}) };
  }
}

function readHead(file: string): string {
  try {
    const fd = openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(4096);
      const n = readSync(fd, buffer, 0, buffer.length, 0);
      return buffer.subarray(0, n).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return '';
  }
}
