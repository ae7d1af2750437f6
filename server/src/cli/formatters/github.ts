import type { Severity } from '../../engine/types';
import type { LintMessage } from '../report';
import { relativePath, ruleTitle, type Formatter } from './common';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub's escaping of a workflow command's message. */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Property values also lose `:` and `,`, which delimit the properties. */
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function annotation(file: string, m: LintMessage): string {
  const props: [string, string | number][] = [['file', file], ['line', m.line]];
  // Annotations take columns only within one line (GitHub drops or rejects them across lines).
  if (m.endLine === m.line) props.push(['col', m.column], ['endLine', m.endLine], ['endColumn', m.endColumn]);
  else props.push(['endLine', m.endLine]);
  props.push(['title', ruleTitle(m)]);
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${COMMAND[m.severity]} ${list}::${escapeData(m.message)}`;
}

/** GitHub Actions workflow commands: one annotation per message, shown on the pull request's diff. */
export const github: Formatter = (reports, ctx) =>
  reports
    .flatMap((r) => r.messages.map((m) => `${annotation(relativePath(ctx.cwd, r.filePath), m)}\n`))
    .join('');
