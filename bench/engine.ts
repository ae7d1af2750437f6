/**
 * Engine timings, in a process of their own: bundled by esbuild as dist/ is (bench/out/engine.cjs)
 * and run as `node --expose-gc bench/out/engine.cjs <job.json>`; prints the results as JSON.
 *
 * For each group of documents (the documents of one size, or the Markdown files of the corpus), in
 * the same process and on texts already in memory:
 *   floor  the bare parsers, no checks: markdown-it with charterlint's options (and `yaml` on the
 *          front matter), or `yaml`'s parseDocument with charterlint's options;
 *   model  charterlint's parse into its document model (units, sections, tokens);
 *   lint   the whole of lint(): parse, the 16 checks, diagnostics and fixes.
 * Steady state, as in an editor or a CI job past its first documents: the first group of the
 * process warms each pass up for 1 s, later ones with one pass (none where the group says no:
 * documents that take seconds a pass); then each pass is timed `runs` times, alternating passes
 * and groups; a sample repeats a short pass until it lasts 200 ms (per-pass time reported),
 * after a full GC.
 * Cold-process costs are the CLI's figures.
 */
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import frontMatter from 'markdown-it-front-matter';
import { parseDocument } from 'yaml';
import { lint, parseCharter } from '../server/src/engine';
import { median } from './lib/stats';

export type Kind = 'md' | 'yaml';

export interface EngineGroup {
  id: string;
  kind: Kind;
  files: string[];
  runs: number;
  warmup: boolean;
  /** Only these passes (a profile of lint alone); all three by default. */
  only?: Array<'floor' | 'model' | 'lint'>;
}

export interface EngineTiming {
  id: string;
  bytes: number;
  files: number;
  /** Medians, in ms, for the whole group. */
  floorMs: number;
  modelMs: number;
  lintMs: number;
  runs: { floor: number[]; model: number[]; lint: number[] };
}

const markdown = new MarkdownIt({ html: true }).use(frontMatter, (source: string) => {
  parseDocument(source, { uniqueKeys: false });
});

const FLOOR: Record<Kind, (text: string) => unknown> = {
  md: (text) => markdown.parse(text, {}),
  yaml: (text) => parseDocument(text, { uniqueKeys: true, prettyErrors: false }),
};

/** Keeps the results alive, so that no work can be optimised away. */
let sink = 0;

const WARMUP_MS = 1000;
const SAMPLE_MS = 200;
let warmedUp = false;

function pass(texts: readonly string[], fn: (text: string, i: number) => unknown): number {
  const start = performance.now();
  for (let i = 0; i < texts.length; i++) sink += fn(texts[i]!, i) ? 1 : 0;
  return performance.now() - start;
}

/** One sample: the time of one pass, averaged over as many passes as fit in SAMPLE_MS (at least one). */
function sample(texts: readonly string[], fn: (text: string, i: number) => unknown, estimateMs: number): number {
  (globalThis as { gc?: () => void }).gc?.();
  const repeat = Math.max(1, Math.ceil(SAMPLE_MS / Math.max(estimateMs, 0.01)));
  let total = 0;
  for (let i = 0; i < repeat; i++) total += pass(texts, fn);
  return total / repeat;
}

type PassName = 'floor' | 'model' | 'lint';

/** A group ready to sample: its texts, passes and estimated pass times (from the warm-up). */
class Subject {
  readonly texts: string[];
  readonly names: readonly PassName[];
  readonly fns: Record<PassName, (text: string, i: number) => unknown>;
  readonly estimate: Record<PassName, number> = { floor: Infinity, model: Infinity, lint: Infinity };
  readonly runs: Record<PassName, number[]> = { floor: [], model: [], lint: [] };

  constructor(readonly group: EngineGroup) {
    this.texts = group.files.map((f) => readFileSync(f, 'utf8'));
    const kind = group.kind === 'yaml' ? 'yaml' : 'markdown';
    this.fns = {
      floor: FLOOR[group.kind],
      model: (text) => parseCharter(text, kind),
      lint: (text, i) => lint({ text, filePath: group.files[i]! }).diagnostics.length,
    };
    this.names = group.only ?? ['floor', 'model', 'lint'];
  }

  warmUp(): void {
    if (!this.group.warmup) return;
    for (const name of this.names) {
      for (let spent = 0; spent < (warmedUp ? 0 : WARMUP_MS) || this.estimate[name] === Infinity;) {
        const ms = pass(this.texts, this.fns[name]);
        this.estimate[name] = Math.min(this.estimate[name], ms);
        spent += ms;
      }
    }
    warmedUp = true;
  }

  sampleAll(): void {
    for (const name of this.names) this.runs[name].push(sample(this.texts, this.fns[name], this.estimate[name]));
  }

  result(): EngineTiming {
    const { runs } = this;
    return {
      id: this.group.id,
      bytes: this.texts.reduce((n, t) => n + Buffer.byteLength(t), 0),
      files: this.texts.length,
      floorMs: median(runs.floor),
      modelMs: median(runs.model),
      lintMs: median(runs.lint),
      runs,
    };
  }
}

/**
 * Measures the groups in rounds (round r samples every group that has an r-th run), so that a
 * change of load on the machine weighs on every group alike and their ratios (growth with
 * size) hold better than their absolute times.
 */
export function measure(groups: EngineGroup[]): EngineTiming[] {
  const subjects = groups.map((g) => new Subject(g));
  for (const s of subjects) s.warmUp();
  const rounds = Math.max(...groups.map((g) => g.runs));
  for (let r = 0; r < rounds; r++) {
    for (const s of subjects) if (r < s.group.runs) s.sampleAll();
  }
  return subjects.map((s) => s.result());
}

if (require.main === module) {
  const groups = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as EngineGroup[];
  const results = measure(groups);
  process.stdout.write(`${JSON.stringify({ results, sink })}\n`);
}
