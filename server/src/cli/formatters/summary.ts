import pc from 'picocolors';
import { CHECK_CODES, type Verdict } from '../../engine/types';
import { LABELS, VERDICT_SYMBOL, checkName, checksByAxis, coverageCounts, printable, relativePath, type Formatter } from './common';

/**
 * The coverage table per file: the 16 checks grouped by axis, one symbol and verdict each, then
 * how many of the checks that apply to the document type are covered.
 */
export const summary: Formatter = (reports, ctx) => {
  const c = pc.createColors(ctx.color);
  const labels = LABELS[ctx.locale];
  const paint: Record<Verdict, (s: string) => string> = {
    covered: c.green, partial: c.yellow, missing: c.red, 'not-applicable': c.dim, off: c.magenta,
  };
  const nameW = Math.max(...CHECK_CODES.map((code) => checkName(code).length));
  return reports.map((report) => {
    const file = printable(relativePath(ctx.cwd, report.filePath));
    let out = `${c.underline(file)}  ${c.dim(`(${labels.documentType[report.documentType]}, ${report.language})`)}\n`;
    for (const axis of checksByAxis(ctx.locale)) {
      out += `  ${c.bold(axis.title)}\n`;
      for (const code of axis.codes) {
        const verdict = report.coverage[code];
        out += `    ${code}  ${checkName(code).padEnd(nameW)}  ${paint[verdict](`${VERDICT_SYMBOL[verdict]} ${labels.verdict[verdict]}`)}\n`;
      }
    }
    return `${out}  ${c.bold(labels.coverageLine(coverageCounts(report)))}\n`;
  }).join('\n');
};
