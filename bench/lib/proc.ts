import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const MAXRSS_HOOK = path.join(__dirname, 'maxrss.cjs');

export interface ColdRun {
  ms: number;
  /** Peak RSS of the process (the largest, if it started others), in KB. */
  maxRssKB: number;
  /** CPU time, user + system, of all its threads (and of processes it started), ms. */
  cpuMs: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node args…` as a fresh process and times it from spawn to exit (wall clock), with its
 * output written to files (no pipe buffer limits, as a CI job redirecting to a file).
 */
export function coldRun(args: string[], options: { cwd: string; okStatus?: number[] }): ColdRun {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'charterlint-bench-'));
  const files = { out: path.join(dir, 'stdout'), err: path.join(dir, 'stderr'), rss: path.join(dir, 'maxrss') };
  const out = openSync(files.out, 'w');
  const err = openSync(files.err, 'w');
  try {
    const env = { ...process.env, BENCH_MAXRSS_FILE: files.rss, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require=${MAXRSS_HOOK}`.trim(), NO_COLOR: '1' };
    const spawnOptions: SpawnSyncOptions = { cwd: options.cwd, env, stdio: ['ignore', out, err] };
    const start = performance.now();
    const result = spawnSync(process.execPath, args, spawnOptions);
    const ms = performance.now() - start;
    closeSync(out);
    closeSync(err);
    const stdout = readFileSync(files.out, 'utf8');
    const stderr = readFileSync(files.err, 'utf8');
    if (result.error || !(options.okStatus ?? [0]).includes(result.status ?? -1)) {
      throw new Error(`node ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}, signal ${result.signal}`}):\n${stderr.slice(-2000)}`);
    }
    let maxRssKB = Number.NaN;
    let cpuMs = Number.NaN;
    try {
      const lines = readFileSync(files.rss, 'utf8').trim().split('\n').map((line) => line.split(' ').map(Number));
      maxRssKB = Math.max(...lines.map((l) => l[1]!));
      cpuMs = lines.reduce((sum, l) => sum + (l[2]! + l[3]!) / 1000, 0);
    } catch {
      // the hook did not run (the process was killed): reported as NaN
    }
    return { ms, maxRssKB, cpuMs, status: result.status, stdout, stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a command for its side effects (build, install), showing its output; throws on failure. */
export function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}
