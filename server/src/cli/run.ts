import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findRule, newDocument, type Locale } from '../engine';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args';
import { FORMATTERS, coverageMarkdown } from './formatters';
import type { FileReport } from './report';
import { lintFileJob, relative, type FileJob } from './lintFile';
import { mapJobs, threadCount } from './pool';
import { ConfigService, DEFAULT_MAX_FILE_SIZE, discoverFiles, normalizeDocumentType, printConfig, starterConfig } from '../config';
import type { ConfigProblem } from '../config/types';
import { readVersion } from '../version';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}

const VERSION = readVersion();

/** The CLI: argv in, exit code out (0 clean, 1 lint errors, 2 usage/config/I-O). */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`charterlint: ${error.message}\nRun 'charterlint --help' for usage.\n`);
      return 2;
    }
    throw error;
  }
  switch (options.command) {
    case 'help':
      io.stdout(HELP);
      return 0;
    case 'version':
      io.stdout(`${VERSION}\n`);
      return 0;
    case 'new':
      return newCommand(options, io);
    case 'init':
      return initCommand(options, io);
    case 'print-config':
      return printConfigCommand(options, io);
    case 'server':
      return serverCommand();
    default:
      return lintCommand(options, io);
  }
}

/** `charterlint --stdio` (or `--node-ipc`): the language server, on the transport named in argv. */
async function serverCommand(): Promise<number> {
  const { startServer } = await import('../lsp/start');
  startServer();
  // The process lives on with the connection; the server exits when the client says `exit`.
  return 0;
}

function newCommand(options: CliOptions, io: CliIo): number {
  const type = normalizeDocumentType(options.newType ?? '');
  if (!type) {
    io.stderr(`charterlint: unknown document type '${options.newType}' (expected charter, usage-framework or partnership-agreement)\n`);
    return 2;
  }
  io.stdout(newDocument(type, options.lang ?? options.locale ?? 'fr'));
  return 0;
}

function initCommand(options: CliOptions, io: CliIo): number {
  const target = path.join(io.cwd, '.charterlintrc.yaml');
  if (existsSync(target)) {
    io.stderr(`charterlint: ${relative(io.cwd, target)} already exists; not overwritten\n`);
    return 2;
  }
  writeFileSync(target, starterConfig(resolveLocale(options, undefined, io.env)));
  io.stdout(`Wrote ${relative(io.cwd, target)}\n`);
  return 0;
}

function printConfigCommand(options: CliOptions, io: CliIo): number {
  const file = path.resolve(io.cwd, options.printConfigFile ?? '');
  const service = new ConfigService({ cwd: io.cwd, ...(options.config ? { configFile: path.resolve(io.cwd, options.config) } : {}) });
  const { config, problems } = service.forFile(file);
  if (problems.length > 0) return reportConfigProblems(problems, io);
  io.stdout(`${printConfig(config)}\n`);
  return 0;
}

async function lintCommand(options: CliOptions, io: CliIo): Promise<number> {
  const service = new ConfigService({ cwd: io.cwd, ...(options.config ? { configFile: path.resolve(io.cwd, options.config) } : {}) });
  const discovered = discoverFiles(options.patterns, io.cwd, service);
  if (discovered.problems.length > 0) return reportConfigProblems(discovered.problems, io);
  if (discovered.files.length === 0) {
    io.stderr(`charterlint: no charter found in ${options.patterns.join(', ')} (a document needs a charterlint 'type' in its front matter, or a name matching 'include' in .charterlintrc.yaml)\n`);
    return 2;
  }
  // Configuration first (the run stops on a broken one before linting anything), then the files,
  // in worker threads when there are enough of them; outcomes come back in the files' order.
  const jobs: FileJob[] = [];
  let locale: Locale | undefined;
  let bytes = 0;
  for (const file of discovered.files) {
    const { config, problems } = service.forFile(file);
    if (problems.length > 0) return reportConfigProblems(problems, io);
    locale ??= resolveLocale(options, config.locale, io.env);
    const { maxFileSize, ...lintConfig } = config;
    jobs.push({
      file, cwd: io.cwd, locale, fix: options.fix, fixDryRun: options.fixDryRun, quiet: options.quiet,
      maxFileSize: options.maxFileSize ?? maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
      options: { ...lintConfig, rules: { ...config.rules, ...normalizeCliRules(options.rules) }, locale },
    });
    bytes += fileSize(file);
  }
  const threads = threadCount(jobs.length, bytes, options.threads ?? envThreads(io.env));
  const used = WORKER_ENTRY ? threads : 1;
  if (io.env.CHARTERLINT_DEBUG?.split(',').includes('threads')) io.stderr(`charterlint: ${jobs.length} files, ${bytes} bytes, ${used} thread${used > 1 ? 's' : ''}\n`);
  const outcomes = await mapJobs(jobs, used, lintFileJob, WORKER_ENTRY ?? '');
  const reports: FileReport[] = [];
  let failed = false;
  for (const outcome of outcomes) {
    if (outcome.stdout) io.stdout(outcome.stdout);
    if (outcome.stderr) io.stderr(outcome.stderr);
    if (outcome.failed) failed = true;
    if (outcome.report) reports.push(outcome.report);
  }
  const ctx = { cwd: io.cwd, locale: locale ?? 'en', color: useColor(options, io), version: VERSION };
  const output = FORMATTERS[options.format](reports, ctx);
  if (options.outputFile) {
    try {
      writeFileSync(path.resolve(io.cwd, options.outputFile), output);
    } catch (error) {
      io.stderr(`charterlint: cannot write ${options.outputFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      return 2;
    }
  } else if (!options.fixDryRun || options.format !== 'stylish') {
    io.stdout(output);
  }
  if (options.format === 'github' && io.env.GITHUB_STEP_SUMMARY) {
    try {
      writeFileSync(io.env.GITHUB_STEP_SUMMARY, coverageMarkdown(reports, ctx.locale), { flag: 'a' });
    } catch {
      io.stderr(`charterlint: cannot append to GITHUB_STEP_SUMMARY (${io.env.GITHUB_STEP_SUMMARY})\n`);
    }
  }
  if (failed) return 2;
  const errors = reports.reduce((n, r) => n + r.errorCount, 0);
  const warnings = reports.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr(`charterlint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

function reportConfigProblems(problems: ConfigProblem[], io: CliIo): number {
  for (const p of problems) {
    const where = p.line !== undefined ? `:${p.line}:${p.column ?? 1}` : '';
    io.stderr(`charterlint: ${relative(io.cwd, p.file)}${where}: ${p.key ? `${p.key}: ` : ''}${p.message}\n`);
  }
  return 2;
}

/** `--rule reversibility-clause:error` and `--rule P8:error` both set P08. */
function normalizeCliRules(rules: CliOptions['rules']): Record<string, CliOptions['rules'][string]> {
  const out: Record<string, CliOptions['rules'][string]> = {};
  for (const [name, setting] of Object.entries(rules)) out[findRule(name)!.id] = setting;
  return out;
}

function resolveLocale(options: CliOptions, configLocale: Locale | undefined, env: NodeJS.ProcessEnv): Locale {
  if (options.locale) return options.locale;
  if (configLocale) return configLocale;
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^fr/i.test(lang) ? 'fr' : 'en';
}

function useColor(options: CliOptions, io: CliIo): boolean {
  if (options.color !== undefined) return options.color;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return io.isTTY;
}

/** The bundle itself (dist/cli.js) starts the workers; from source (tests) the run stays in one thread. */
const WORKER_ENTRY = __filename.endsWith('.js') ? __filename : undefined;

/** `CHARTERLINT_THREADS=1` keeps a run in one thread (like `--threads 1`). */
function envThreads(env: NodeJS.ProcessEnv): number | undefined {
  const n = Number(env.CHARTERLINT_THREADS);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // reading it will say why
  }
}

