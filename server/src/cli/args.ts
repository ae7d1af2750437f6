import { parseArgs } from 'node:util';
import { parseSize } from '../config/size';
import { findRule } from '../engine/rules';
import type { Locale, RuleSetting } from '../engine/types';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'junit', 'github', 'summary'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface CliOptions {
  command: 'lint' | 'new' | 'init' | 'print-config' | 'help' | 'version' | 'server';
  patterns: string[];
  format: FormatName;
  outputFile?: string;
  maxWarnings: number;
  quiet: boolean;
  config?: string;
  rules: Record<string, RuleSetting>;
  locale?: Locale;
  fix: boolean;
  fixDryRun: boolean;
  printConfigFile?: string;
  newType?: string;
  lang?: Locale;
  color?: boolean;
  /** `--max-file-size`, in bytes. */
  maxFileSize?: number;
  /** `--threads`: worker threads for many files (default: the cores, when there is enough work). */
  threads?: number;
}

/** A usage error: exit code 2 with this message. */
export class UsageError extends Error {}

const SETTINGS = new Set(['error', 'warning', 'warn', 'info', 'off']);

/** `--stdio`, `--node-ipc`, `--socket=N`, `--pipe=NAME`: the transports of a language server. */
const SERVER_TRANSPORT = /^--(stdio|node-ipc|socket=.+|pipe=.+)$/;

export function parseCliArgs(argv: string[]): CliOptions {
  // `charterlint --stdio` is the language server. Editors add their own arguments
  // (`--clientProcessId=123`), which the server reads: they are not the CLI's to check.
  if (argv.some((a) => SERVER_TRANSPORT.test(a))) {
    return { command: 'server', patterns: [], format: 'stylish', maxWarnings: -1, quiet: false, rules: {}, fix: false, fixDryRun: false };
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', multiple: true },
        locale: { type: 'string' },
        lang: { type: 'string' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        'print-config': { type: 'string' },
        init: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'max-file-size': { type: 'string' },
        threads: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  const positionals = parsed.positionals;
  const format = (v.format ?? 'stylish') as FormatName;
  if (!FORMAT_NAMES.includes(format)) throw new UsageError(`unknown format '${v.format}' (expected ${FORMAT_NAMES.join(', ')})`);
  const maxWarnings = v['max-warnings'] === undefined ? -1 : Number(v['max-warnings']);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings takes a whole number, got '${v['max-warnings']}'`);
  const maxFileSize = v['max-file-size'] === undefined ? undefined : parseSize(v['max-file-size']);
  if (v['max-file-size'] !== undefined && maxFileSize === undefined) throw new UsageError(`--max-file-size takes a size such as 20MB, 512KB or a number of bytes, got '${v['max-file-size']}'`);
  const threads = v.threads === undefined ? undefined : Number(v.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) throw new UsageError(`--threads takes a whole number of at least 1, got '${v.threads}'`);
  const locale = checkLocale(v.locale, '--locale');
  const lang = checkLocale(v.lang, '--lang');
  const rules: Record<string, RuleSetting> = {};
  for (const spec of v.rule ?? []) {
    const m = /^([\w-]+)\s*[:=]\s*(\w+)$/.exec(spec.trim());
    if (!m || !SETTINGS.has(m[2]!)) throw new UsageError(`--rule takes RULE:SEVERITY (error, warning, info, off), got '${spec}'`);
    if (!findRule(m[1]!)) throw new UsageError(`--rule: unknown rule '${m[1]}' (expected P01…P16 or a name such as reversibility-clause)`);
    rules[m[1]!] = (m[2] === 'warn' ? 'warning' : m[2]) as RuleSetting;
  }
  let command: CliOptions['command'] = 'lint';
  let patterns = positionals;
  let newType: string | undefined;
  if (v.help) command = 'help';
  else if (v.version) command = 'version';
  else if (v.init) command = 'init';
  else if (v['print-config'] !== undefined) command = 'print-config';
  else if (positionals[0] === 'new') {
    command = 'new';
    newType = positionals[1];
    if (!newType) throw new UsageError('usage: charterlint new <charter|usage-framework|partnership-agreement> [--lang fr|en]');
    patterns = [];
  }
  if (v.fix && v['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  return {
    command,
    patterns: patterns.length > 0 ? patterns : ['.'],
    format,
    ...(v['output-file'] !== undefined ? { outputFile: v['output-file'] } : {}),
    maxWarnings,
    quiet: v.quiet ?? false,
    ...(v.config !== undefined ? { config: v.config } : {}),
    rules,
    ...(locale ? { locale } : {}),
    ...(lang ? { lang } : {}),
    fix: v.fix ?? false,
    fixDryRun: v['fix-dry-run'] ?? false,
    ...(v['print-config'] !== undefined ? { printConfigFile: v['print-config'] } : {}),
    ...(newType !== undefined ? { newType } : {}),
    ...(v['no-color'] ? { color: false } : v.color ? { color: true } : {}),
    ...(maxFileSize !== undefined ? { maxFileSize } : {}),
    ...(threads !== undefined ? { threads } : {}),
  };
}

function checkLocale(value: string | undefined, flag: string): Locale | undefined {
  if (value === undefined) return undefined;
  if (value !== 'fr' && value !== 'en') throw new UsageError(`${flag} takes fr or en, got '${value}'`);
  return value;
}

export const HELP = `charterlint — checks city data charters against the 16 proposals of « Villes, à vos données ! »

Usage:
  charterlint [options] [files|dirs|globs]     lint documents (default: .)
  charterlint new <type> [--lang fr|en]        print a complete template (charter, usage-framework, partnership-agreement)
  charterlint --init                           write a starter .charterlintrc.yaml
  charterlint --print-config <file>            show the configuration that applies to a file
  charterlint --stdio                          run the language server over stdio (for any LSP editor)

Options:
  -f, --format <name>      stylish (default), json, sarif, junit, github, summary
  -o, --output-file <f>    write the report to a file
      --max-warnings <n>   exit 1 when there are more than n warnings
  -q, --quiet              report errors only
  -c, --config <file>      use this configuration file instead of searching for one
      --rule <id:level>    set a rule, e.g. --rule P04:off --rule reversibility-clause:error (repeatable)
      --locale <fr|en>     language of messages
      --fix                insert the missing parts (templates with {{placeholders}}) into the files
      --fix-dry-run        show what --fix would insert, as a diff; write nothing
      --max-file-size <n>  skip documents larger than this, with one error each (default 10MB; also maxFileSize)
      --threads <n>        worker threads for many files (default: the cores when it pays; CHARTERLINT_THREADS)
      --color, --no-color  force colours on or off (NO_COLOR and FORCE_COLOR are honoured)
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors (a document over the size limit is one),
2 usage, configuration or I/O error (a file that cannot be read, is binary or is not UTF-8).
`;
