import type { Locale } from '../../engine/types';
import type { FileReport } from '../report';
import { LABELS, VERDICT_SYMBOL, checkName, checksByAxis, coverageCounts, relativePath } from './common';

/** Escapes Markdown in file names (`|` would split a cell, `*` `_` `<` would format); a line break would end the row. */
const md = (s: string): string => s.replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&').replace(/[\r\n]+/g, ' ');

/**
 * The coverage tables for $GITHUB_STEP_SUMMARY, one per file. `cwd` only shortens the paths
 * (the CLI should pass its own; process.cwd() is the same thing when run from a shell).
 */
export function coverageMarkdown(reports: FileReport[], locale: Locale, cwd: string = process.cwd()): string {
  const labels = LABELS[locale];
  let out = `## charterlint — ${labels.coverageHeading}\n`;
  for (const report of reports) {
    out += `\n### ${md(relativePath(cwd, report.filePath))} (${md(labels.documentType[report.documentType])})\n\n`;
    out += `| ${labels.axis} | ${labels.check} | ${labels.verdictHeading} |\n|---|---|---|\n`;
    for (const axis of checksByAxis(locale)) {
      axis.codes.forEach((code, i) => {
        const verdict = report.coverage[code];
        out += `| ${i === 0 ? md(axis.title) : ''} | ${code} ${checkName(code)} | ${VERDICT_SYMBOL[verdict]} ${labels.verdict[verdict]} |\n`;
      });
    }
    out += `\n**${labels.coverageLine(coverageCounts(report))}**\n`;
  }
  return out;
}
