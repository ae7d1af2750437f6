/**
 * `npm run bench`: builds charterlint, installs the peers (bench/package-lock.json) when missing,
 * generates the corpus, measures everything in one run on this machine, writes
 * bench/results.json and prints the tables (Markdown). See BENCHMARKS.md.
 *
 *   npm run bench [-- --quick] [-- --runs N]     (or BENCH_QUICK=1, BENCH_RUNS=N)
 *
 * --quick: 200 documents instead of 2,000, no 10 MB documents, one run, 20 LSP edits; for a smoke
 * check, written to bench/out/results-quick.json so that the committed figures stay full ones.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { timeTool, tools, type ToolTiming } from './cli';
import type { EngineGroup, EngineTiming } from './engine';
import { ensureCorpus, type Corpus, type SizedDocs } from './generate/corpus';
import { bundleEngineBench } from './lib/bundle';
import { coldRun, run } from './lib/proc';
import { SERVER_EXEC_ARGV } from '../server/src/lsp/protocol';
import { measureLsp, type LspTiming } from './lsp';
import { profile } from './profile';
import { render, targets, type Activation, type Results, type SizeRow } from './report';

const ROOT = path.join(__dirname, '..');
const BENCH = path.join(ROOT, 'bench');

interface Options {
  quick: boolean;
  runs: number;
}

function options(argv: string[]): Options {
  const quick = argv.includes('--quick') || process.env.BENCH_QUICK === '1';
  const i = argv.indexOf('--runs');
  const runs = Number(i >= 0 ? argv[i + 1] : process.env.BENCH_RUNS ?? (quick ? 1 : 3));
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs needs a positive integer, not ${argv[i + 1] ?? process.env.BENCH_RUNS}`);
  return { quick, runs };
}

const t0 = performance.now();
const log = (line: string) => process.stderr.write(`[bench ${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

function engine(groups: EngineGroup[]): EngineTiming[] {
  const job = path.join(BENCH, 'out', 'engine-job.json');
  writeFileSync(job, JSON.stringify(groups));
  const result = coldRun(['--expose-gc', '--max-old-space-size=8192', path.join(BENCH, 'out', 'engine.cjs'), job], { cwd: ROOT });
  return (JSON.parse(result.stdout) as { results: EngineTiming[] }).results;
}

function engineSizes(corpus: Corpus, o: Options): SizeRow[] {
  const rows: SizeRow[] = [];
  for (const kind of ['md', 'yaml'] as const) {
    for (const lang of ['fr', 'en'] as const) {
      const docs = corpus.sized.filter((d) => d.kind === kind && d.lang === lang);
      log(`engine: ${kind} ${lang}, ${docs.map((d) => `${d.files.length} × ${d.label}`).join(', ')}`);
      // At least 5 samples; 10 MB documents, which cost seconds a pass, a third of the runs.
      const big = (d: SizedDocs) => d.bytes / d.files.length >= 5_000_000;
      const groups = docs.map((d) => ({ id: d.label, kind, files: d.files, runs: big(d) ? Math.ceil(o.runs / 3) : Math.max(5, o.runs), warmup: !big(d) }));
      engine(groups).forEach((timing, i) => {
        // Per document: the group's times over its number of documents.
        const n = timing.files;
        const each = (ms: number[]) => ms.map((v) => v / n);
        const perDoc = {
          ...timing, bytes: timing.bytes / n, floorMs: timing.floorMs / n, modelMs: timing.modelMs / n, lintMs: timing.lintMs / n,
          runs: { floor: each(timing.runs.floor), model: each(timing.runs.model), lint: each(timing.runs.lint) },
        };
        const previous = rows[rows.length - 1];
        const growth = i > 0 && previous ? perDoc.lintMs / previous.lintMs : undefined;
        rows.push({ ...perDoc, kind, lang, label: docs[i]!.label, ...(growth !== undefined ? { growth } : {}) });
      });
    }
  }
  return rows;
}

/** The Markdown corpus in-process: the target compares its lint time with its parsing floor. */
function engineCorpus(corpus: Corpus, o: Options): EngineTiming[] {
  log('engine: the Markdown documents of the mixed corpus');
  return engine([{ id: 'Markdown', kind: 'md', files: corpus.mixedFiles.md, runs: o.runs, warmup: true }]);
}

function cliAndPeers(corpus: Corpus, o: Options): Pick<Results, 'cli' | 'peers'> {
  const t = tools(ROOT);
  const files = corpus.mixedFiles.md.length + corpus.mixedFiles.yaml.length;
  log(`CLI: ${files} documents, ${o.runs} cold runs`);
  const cli = { ...timeTool(t.charterlint, corpus.mixed, files, o.runs, ROOT), files, bytes: corpus.mixedBytes.md + corpus.mixedBytes.yaml };
  const peers: Results['peers'] = [];
  for (const [kind, corpusName, peer] of [['md', 'Markdown', t.markdownlint], ['yaml', 'YAML', t.spectral]] as const) {
    const dir = path.join(corpus.mixed, kind);
    const n = corpus.mixedFiles[kind].length;
    log(`peers: ${corpusName}, charterlint then ${peer.name}, ${o.runs} cold runs each`);
    const charterlint: ToolTiming = timeTool(t.charterlint, dir, n, o.runs, ROOT);
    peers.push({ corpus: corpusName, files: n, bytes: corpus.mixedBytes[kind], charterlint, peer: timeTool(peer, dir, n, o.runs, ROOT) });
  }
  return { cli, peers };
}

async function lsp(corpus: Corpus, o: Options): Promise<LspTiming[]> {
  const doc = corpus.sized.find((d) => d.kind === 'md' && d.lang === 'fr' && d.label === '1 MB')!;
  const edits = o.quick ? 20 : 200;
  const out: LspTiming[] = [];
  // Someone typing with the default settings; then keystrokes back to back (a burst: the default
  // waits for a pause, debounce 0 shows what one lint costs). The server runs with the Node
  // options the extension gives it; someone typing is measured without them too.
  for (const [debounceMs, typingMs, execArgv] of [[150, 120, SERVER_EXEC_ARGV], [150, 0, SERVER_EXEC_ARGV], [0, 0, SERVER_EXEC_ARGV], [150, 120, []]] as const) {
    log(`LSP: ${edits} edits on ${path.basename(doc.files[0]!)}, debounceMs ${debounceMs}, ${typingMs ? `a keystroke every ${typingMs} ms` : 'back to back'}, Node options: ${execArgv.join(' ') || 'none'}`);
    out.push(await measureLsp(ROOT, doc.files[0]!, edits, debounceMs, typingMs, undefined, execArgv));
  }
  return out;
}

/** `npm run package` (a minified build), the .vsix's size, activation in code-server; then dist/ is built again as usual. */
function extension(o: Options): Results['extension'] {
  log('extension: npm run package');
  run('npm', ['run', '--silent', 'package'], ROOT);
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const vsix = path.join(ROOT, `charterlint-${version}.vsix`);
  const vsixBytes = statSync(vsix).size;
  log(`extension: activation in code-server, ${o.runs} runs`);
  const result = spawnSync(process.execPath, [path.join(BENCH, 'activation.mjs'), vsix, String(o.runs)], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const lastLine = result.stdout.trim().split('\n').pop() ?? '';
  let activation: Activation | { skipped: string };
  try {
    activation = JSON.parse(lastLine) as Activation | { skipped: string };
  } catch {
    activation = { skipped: `bench/activation.mjs failed (exit ${result.status})` };
  }
  if ('skipped' in activation) log(`activation skipped: ${activation.skipped}`);
  run('npm', ['run', '--silent', 'build'], ROOT);
  return { vsixBytes, activation };
}

/** The machine, and its load average at the start and at the end (other work on it skews every figure). */
function machine(loadAtStart: number[]): Results['machine'] {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown', cores: cpus.length, memoryGB: Math.round(os.totalmem() / 2 ** 30), os: `${os.type()} ${os.release()}`, node: process.version,
    loadAverage: { start: loadAtStart, end: os.loadavg() },
  };
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const loadAtStart = os.loadavg();
  log(`options: ${JSON.stringify(o)}; load average ${loadAtStart.map((l) => l.toFixed(2)).join(' ')}`);
  run('npm', ['run', '--silent', 'build'], ROOT);
  if (!existsSync(path.join(BENCH, 'node_modules'))) run('npm', ['ci', '--prefix', BENCH, '--no-audit', '--no-fund'], ROOT);
  const corpus = ensureCorpus(path.join(BENCH, 'corpus', o.quick ? 'quick' : 'full'), { quick: o.quick }, log);
  await bundleEngineBench(ROOT);

  const sizes = engineSizes(corpus, o);
  const engineResults = { sizes, corpus: engineCorpus(corpus, o) };
  const { cli, peers } = cliAndPeers(corpus, o);
  const lspResults = await lsp(corpus, o);
  const ext = extension(o);
  const partial = {
    date: new Date().toISOString(), machine: machine(loadAtStart), options: { ...o, lspEdits: lspResults[0]?.edits ?? 0 },
    cli, engine: engineResults, peers, lsp: lspResults, extension: ext,
  };
  const results: Results = { ...partial, targets: targets(partial) };
  if (results.targets.some((t) => !t.met)) {
    log('a target is not met: CPU profiles of the engine and of the language server');
    results.profiles = await profile(ROOT, corpus, o.quick ? 20 : 50);
  }
  const file = o.quick ? path.join(BENCH, 'out', 'results-quick.json') : path.join(BENCH, 'results.json');
  writeFileSync(file, `${JSON.stringify(results, (key, value: unknown) => (key === 'samples' ? undefined : typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(4)) : value), 1)}\n`);
  log(`done: ${path.relative(ROOT, file)}`);
  process.stdout.write(`${render(results)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exitCode = 1;
});
