import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { fixAll, lint, type LintOptions, type LintResult, type Locale } from '../engine';
import { readDocument, tooLargeResult, writeDocument } from './files';
import { toFileReport, type FileReport } from './report';

/**
 * One file's work in a lint run: read, lint, fix, report. Plain data in and out, so that it runs
 * the same in this thread or in a worker (cli/pool.ts); what it has to say on stdout or stderr
 * is returned, and printed by the run in the order of the files.
 */
export interface FileJob {
  file: string;
  cwd: string;
  options: LintOptions;
  locale: Locale;
  maxFileSize: number;
  fix: boolean;
  fixDryRun: boolean;
  quiet: boolean;
}

export interface FileOutcome {
  report?: FileReport;
  stdout: string;
  stderr: string;
  failed: boolean;
}

export async function lintFileJob(job: FileJob): Promise<FileOutcome> {
  const { file, cwd } = job;
  const name = relative(cwd, file);
  const read = readDocument(file, job.maxFileSize);
  if (read.kind === 'unreadable') return { stdout: '', stderr: `charterlint: ${name}${read.at ?? ''}: ${read.why}\n`, failed: true };
  const text = read.kind === 'text' ? read.text : '';
  let stdout = '';
  let stderr = '';
  let failed = false;
  let result: LintResult;
  try {
    result = read.kind === 'too-large' ? tooLargeResult(file, read.size, job.maxFileSize, job.locale) : lint({ text, filePath: file }, job.options);
    if (read.kind === 'text' && (job.fix || job.fixDryRun)) {
      // Several passes, as ESLint does: in YAML two fixes may create the same parent key.
      const fixed = fixAll(text, (t) => lint({ text: t, filePath: file }, job.options));
      if (fixed.text !== text) {
        if (job.fixDryRun) {
          stdout += createTwoFilesPatch(name, name, text, fixed.text, '', '(charterlint --fix)');
        } else {
          const error = await writeDocument(file, fixed.text);
          if (error) {
            stderr += `charterlint: cannot write ${name}: ${error}\n`;
            failed = true;
          }
        }
        if (job.fix) result = fixed.result;
      }
    }
  } catch (error) {
    // A bug, not bad input: say which file, keep going with the others, exit 2.
    stderr += `charterlint: ${name}: internal error, please report it: ${String((error as Error)?.message ?? error).split('\n')[0]}\n`;
    return { stdout, stderr, failed: true };
  }
  const report = toFileReport(result, file);
  if (job.quiet) report.messages = report.messages.filter((m) => m.severity === 'error');
  report.warningCount = report.messages.filter((m) => m.severity === 'warning').length;
  return { report, stdout, stderr, failed };
}

export function relative(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}
