import pc from 'picocolors';
import type { Severity } from '../../engine/types';
import type { LintMessage } from '../report';
import { LABELS, printable, relativePath, type Formatter } from './common';

/**
 * ESLint-like terminal output: a header per file that has problems, one aligned row per problem
 * (`line:column  severity  message  ruleId`, colons aligned), then a tally. Prints nothing when
 * there is nothing to report, as ESLint does; the coverage table is the `summary` formatter's job.
 */
export const stylish: Formatter = (reports, ctx) => {
  const c = pc.createColors(ctx.color);
  const labels = LABELS[ctx.locale];
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const tally: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let fixable = 0;
  let out = '';
  for (const report of reports) {
    if (report.messages.length === 0) continue;
    const messages = [...report.messages].sort((a, b) => a.line - b.line || a.column - b.column);
    // reduce, not Math.max(...list): 200,000 messages would overflow the stack as arguments.
    const width = (f: (m: LintMessage) => string): number => messages.reduce((w, m) => Math.max(w, f(m).length), 0);
    const lineW = width((m) => String(m.line));
    const colW = width((m) => String(m.column));
    const sevW = width((m) => labels.severity[m.severity]);
    const text = (m: LintMessage): string => printable(m.message).trim();
    const msgW = width(text);
    out += `${c.underline(printable(relativePath(ctx.cwd, report.filePath)))}\n`;
    for (const m of messages) {
      tally[m.severity]++;
      if (m.fix && m.severity !== 'info') fixable++;
      const position = `${String(m.line).padStart(lineW)}:${String(m.column).padEnd(colW)}`;
      const severity = paint[m.severity](labels.severity[m.severity].padEnd(sevW));
      out += `  ${c.dim(position)}  ${severity}  ${text(m).padEnd(msgW)}  ${c.dim(m.ruleId)}\n`;
    }
    out += '\n';
  }
  const total = tally.error + tally.warning + tally.info;
  if (total === 0) return '';
  const colour = tally.error > 0 ? c.red : tally.warning > 0 ? c.yellow : c.blue;
  out += `${colour(c.bold(`✖ ${labels.problems(total, tally.error, tally.warning, tally.info)}`))}\n`;
  if (fixable > 0) out += `  ${labels.fixable(fixable)}\n`;
  return out;
};
