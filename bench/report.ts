/** What `npm run bench` measured (bench/results.json), and its tables in Markdown. */
import { readFileSync } from 'node:fs';
import type { ToolTiming } from './cli';
import type { EngineTiming } from './engine';
import { MB } from './lib/stats';
import { num, table } from './lib/table';
import { SERVER_EXEC_ARGV } from '../server/src/lsp/protocol';
import type { LspTiming } from './lsp';
import type { Profiles } from './profile';

export interface SizeRow extends EngineTiming {
  kind: 'md' | 'yaml';
  lang: 'fr' | 'en';
  label: string;
  /** lint time / lint time of the size 10× smaller (same format and language). */
  growth?: number;
}

export interface PeerRow {
  corpus: string;
  files: number;
  bytes: number;
  charterlint: ToolTiming;
  peer: ToolTiming;
}

export interface Activation {
  loadCode: number;
  callActivate: number;
  finishActivate: number;
  event: string;
  runs: unknown[];
}

export interface Target {
  what: string;
  target: string;
  measured: string;
  met: boolean;
}

export interface Results {
  date: string;
  machine: { cpu: string; cores: number; memoryGB: number; os: string; node: string; loadAverage: { start: number[]; end: number[] } };
  options: { runs: number; quick: boolean; lspEdits: number };
  cli: ToolTiming & { files: number; bytes: number };
  engine: { sizes: SizeRow[]; corpus: EngineTiming[] };
  peers: PeerRow[];
  lsp: LspTiming[];
  extension: { vsixBytes: number; activation: Activation | { skipped: string } };
  targets: Target[];
  /** CPU profiles (self time by function) when a target is not met. */
  profiles?: Profiles;
}

const mbps = (bytes: number, ms: number) => bytes / MB / (ms / 1000);
const ratio = (a: number, b: number) => `${num(a / b, 2)}×`;

export function render(r: Results): string {
  const out: string[] = [];
  const { cli } = r;
  out.push(`### CLI, cold process, ${cli.files.toLocaleString('en-US')} documents (${num(cli.bytes / MB, 1)} MB), median of ${r.options.runs}`);
  out.push(table(['wall time', 'documents/s', 'MB/s', 'CPU time', 'peak RSS', 'problems reported'], [[
    `${num(cli.ms / 1000, 2)} s`, num(cli.files / (cli.ms / 1000)), num(mbps(cli.bytes, cli.ms), 2), `${num(cli.cpuMs / 1000, 2)} s`, `${num(cli.maxRssKB / 1024)} MB`, cli.problems.toLocaleString('en-US'),
  ]], ['r', 'r', 'r', 'r', 'r', 'r']));

  out.push('### Engine: lint time per document by size, in-process (median ms; mean over the documents of a size)');
  // Growth: this size's time over the time of the size 10× smaller; the floor's beside, for comparison.
  out.push(table(['document', 'size', 'lint', 'parse floor', 'lint / floor', 'parse to model', 'MB/s', 'growth ×10: lint', 'floor'], r.engine.sizes.map((s, i) => [
    `${s.kind === 'md' ? 'Markdown' : 'YAML'} ${s.lang}`, `${s.files > 1 ? `${s.files} × ` : ''}${s.label}`, num(s.lintMs), num(s.floorMs), ratio(s.lintMs, s.floorMs), num(s.modelMs), num(mbps(s.bytes, s.lintMs), 2),
    s.growth === undefined ? '' : `${num(s.growth, 1)}×`, s.growth === undefined ? '' : `${num(s.floorMs / r.engine.sizes[i - 1]!.floorMs, 1)}×`,
  ]), ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']));

  out.push('### Engine: the Markdown documents of the mixed corpus, in-process (median ms, all files)');
  out.push(table(['corpus', 'files', 'MB', 'lint', 'parse floor', 'lint / floor', 'parse to model', 'MB/s'], r.engine.corpus.map((c) => [
    c.id, String(c.files), num(c.bytes / MB, 1), num(c.lintMs), num(c.floorMs), ratio(c.lintMs, c.floorMs), num(c.modelMs), num(mbps(c.bytes, c.lintMs), 2),
  ]), ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r']));

  out.push('### Peers: cold process on the same files (median)');
  out.push(table(['corpus', 'files', 'MB', 'peer', 'wall charterlint / peer', 'ratio', 'CPU charterlint / peer', 'CPU ratio', 'peak RSS charterlint / peer', 'problems charterlint / peer'], r.peers.map((p) => [
    p.corpus, String(p.files), num(p.bytes / MB, 1), p.peer.tool,
    `${num(p.charterlint.ms / 1000, 2)} / ${num(p.peer.ms / 1000, 2)} s`, ratio(p.charterlint.ms, p.peer.ms),
    `${num(p.charterlint.cpuMs / 1000, 2)} / ${num(p.peer.cpuMs / 1000, 2)} s`, ratio(p.charterlint.cpuMs, p.peer.cpuMs),
    `${num(p.charterlint.maxRssKB / 1024)} / ${num(p.peer.maxRssKB / 1024)} MB`, `${p.charterlint.problems} / ${p.peer.problems}`,
  ]), ['l', 'r', 'r', 'l', 'r', 'r', 'r', 'r', 'r', 'r']));

  out.push('### Language server: keystroke to diagnostics, 1 MB Markdown document (ms)');
  out.push(table(['charterlint.debounceMs', 'keystrokes', 'server Node options', 'edits', 'p50', 'p95', 'max', 'open → first diagnostics'], r.lsp.map((l) => [
    l.debounceMs === 150 ? '150 (default)' : String(l.debounceMs), typing(l), nodeOptions(l), String(l.edits), num(l.p50), num(l.p95), num(l.max), num(l.openMs),
  ]), ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r']));

  out.push('### VS Code extension');
  const a = r.extension.activation;
  const rows = [['.vsix size', `${num(r.extension.vsixBytes / 1024)} KB`]];
  if ('skipped' in a) rows.push(['activation', `skipped: ${a.skipped}`]);
  else {
    rows.push([`activation (${a.event}), code-server, median of ${a.runs.length}: load code`, `${num(a.loadCode)} ms`]);
    rows.push(['activation: activate() call', `${num(a.callActivate)} ms`]);
    rows.push(['activation: activate() promise resolved (language client started)', `${num(a.finishActivate)} ms`]);
  }
  out.push(table(['what', 'measured'], rows, ['l', 'r']));

  out.push('### Targets');
  out.push(table(['target', 'goal', 'measured', 'met'], r.targets.map((t) => [t.what, t.target, t.measured, t.met ? 'yes' : '**no**']), ['l', 'l', 'r', 'l']));

  if (r.profiles) {
    const hot = (title: string, rows: Profiles['engine']) => {
      out.push(title);
      out.push(table(['self time', '%', 'function', 'where'], rows.map((h) => [`${num(h.selfMs)} ms`, num(h.percent, 1), h.name, h.location]), ['r', 'r', 'l', 'l']));
    };
    hot('### Profile: lint() over the Markdown corpus (node --cpu-prof, self time)', r.profiles.engine);
    hot('### Profile: the language server during keystrokes on the 1 MB document, debounce 0 (self time)', r.profiles.lsp);
  }
  return out.join('\n\n');
}

export function targets(r: Omit<Results, 'targets'>): Target[] {
  const out: Target[] = [];
  const md = r.engine.corpus.find((c) => c.id === 'Markdown');
  if (md) out.push({ what: 'full lint of the Markdown corpus vs the parsing floor', target: '≤ 2×', measured: ratio(md.lintMs, md.floorMs), met: md.lintMs <= 2 * md.floorMs });
  const worst = Math.max(...r.engine.sizes.map((s) => s.growth ?? 0));
  out.push({ what: 'time growth when the size grows 10× (worst)', target: '≤ 12×', measured: `${num(worst, 1)}×`, met: worst <= 12 });
  for (const p of r.peers) {
    out.push({ what: `charterlint / ${p.peer.tool} (${p.corpus}), wall time`, target: '< 1', measured: `${ratio(p.charterlint.ms, p.peer.ms)} (CPU ${ratio(p.charterlint.cpuMs, p.peer.cpuMs)})`, met: p.charterlint.ms < p.peer.ms });
  }
  for (const l of r.lsp) {
    // Back to back with the default settings is a burst: the server waits for a pause on purpose.
    // The target is read on the server as the extension starts it.
    if ((l.debounceMs !== 0 && !l.typingMs) || !extensionOptions(l)) continue;
    out.push({ what: `LSP p95, 1 MB document, debounce ${l.debounceMs} ms, ${typing(l)}`, target: '≤ 50 ms', measured: `${num(l.p95)} ms`, met: l.p95 <= 50 });
  }
  return out;
}

/** Results written before the server had Node options of its own say none. */
function nodeOptions(l: LspTiming): string {
  return l.nodeOptions?.length ? `${l.nodeOptions.join(' ')}${extensionOptions(l) ? ' (the extension\'s)' : ''}` : 'none';
}

function extensionOptions(l: LspTiming): boolean {
  return (l.nodeOptions ?? []).join(' ') === SERVER_EXEC_ARGV.join(' ');
}

function typing(l: LspTiming): string {
  return l.typingMs ? `one every ${l.typingMs} ms` : 'back to back';
}

/** `npx tsx bench/report.ts [results.json]`: the tables of a past run, without measuring again. */
if (require.main === module) {
  const file = process.argv[2] ?? `${__dirname}/results.json`;
  process.stdout.write(`${render(JSON.parse(readFileSync(file, 'utf8')) as Results)}\n`);
}
