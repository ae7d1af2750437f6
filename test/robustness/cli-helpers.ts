import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as CI does (no colours, English), in `cwd`. */
export function cli(args: string[], cwd: string, options: SpawnSyncOptions = {}): CliRun {
  assert.ok(existsSync(CLI), 'run `npm run build` first');
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C', NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024, ...options,
  });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** No stack trace, anywhere: not `at f (file:1:2)`, not `Error:` opening a line. */
export function assertNoStackTrace(r: CliRun): void {
  for (const [name, text] of [['stdout', r.stdout], ['stderr', r.stderr]] as const) {
    assert.doesNotMatch(text, /^\s+at .+:\d+:\d+\)?$/m, `a stack trace on ${name}:\n${text}`);
    assert.doesNotMatch(text, /^(\w*Error|FATAL ERROR)\b/m, `an uncaught error on ${name}:\n${text}`);
  }
}

/** Exit 2 and exactly one line on stderr, naming the file, saying `why`. */
export function assertOneLineError(r: CliRun, file: string, why: RegExp): void {
  assertNoStackTrace(r);
  assert.equal(r.code, 2, `exit code (stderr: ${r.stderr})`);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line on stderr, got:\n${r.stderr}`);
  assert.ok(lines[0]!.startsWith('charterlint: '), lines[0]);
  assert.ok(lines[0]!.includes(file), `the line names ${file}: ${lines[0]}`);
  assert.match(lines[0]!, why);
}

/** A temporary folder with the given files (text or bytes), removed by the returned function. */
export function tempProject(files: Record<string, string | Buffer>): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'charterlint-robust-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface JsonReport {
  filePath: string;
  documentType: string;
  coverage: Record<string, string>;
  messages: Array<{ ruleId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }>;
}

export function jsonReports(r: CliRun): JsonReport[] {
  return JSON.parse(r.stdout) as JsonReport[];
}
