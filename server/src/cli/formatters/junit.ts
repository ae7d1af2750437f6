import { CHECK_CODES } from '../../engine/types';
import type { FileReport, LintMessage } from '../report';
import { checkName, relativePath, type Formatter } from './common';

/**
 * XML 1.0 text: the five markup characters as entities; characters XML 1.0 forbids outright
 * (most C0 controls, U+FFFE/U+FFFF, lone surrogates — not even as &#n;) become visible stand-ins.
 * In attributes, tab and line breaks are written as references so that parsers keep them.
 */
function xml(text: string, attribute = false): string {
  const escaped = text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)))
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g, '\ufffd')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c)
    .replace(/\r/g, '&#13;');
  return attribute ? escaped.replace(/\t/g, '&#9;').replace(/\n/g, '&#10;') : escaped;
}

const attrs = (values: Record<string, string | number>): string =>
  Object.entries(values).map(([k, v]) => ` ${k}="${xml(String(v), true)}"`).join('');

const where = (m: LintMessage): string => `${m.line}:${m.column}`;

interface Case {
  name: string;
  failures: LintMessage[];
  skipped?: string;
  notes: LintMessage[];
}

function testcase(c: Case, classname: string): string {
  const open = `    <testcase${attrs({ name: c.name, classname })}`;
  const body: string[] = [];
  if (c.skipped) body.push(`      <skipped${attrs({ message: c.skipped })}/>`);
  const [first] = c.failures;
  if (first) {
    const lines = c.failures.map((m) => `${where(m)} ${m.severity}: ${m.message}`).join('\n');
    body.push(`      <failure${attrs({ message: first.message, type: first.severity })}>${xml(lines)}</failure>`);
  }
  // Info-level messages (hints) never fail a test, but stay visible in the report.
  if (c.notes.length > 0) body.push(`      <system-out>${xml(c.notes.map((m) => `${where(m)} info: ${m.message}`).join('\n'))}</system-out>`);
  return body.length === 0 ? `${open}/>` : `${open}>\n${body.join('\n')}\n    </testcase>`;
}

/** One test case per check P01…P16 (its coverage verdict), then one per message of the extra rules. */
function cases(report: FileReport): Case[] {
  const failing = (ms: LintMessage[]) => ms.filter((m) => m.severity !== 'info');
  const notes = (ms: LintMessage[]) => ms.filter((m) => m.severity === 'info');
  const checks = CHECK_CODES.map((code): Case => {
    const verdict = report.coverage[code];
    const name = `${code} ${checkName(code)}`;
    const ms = report.messages.filter((m) => m.ruleId === code);
    if (verdict === 'not-applicable' || verdict === 'off') return { name, failures: [], skipped: verdict, notes: [] };
    return { name, failures: failing(ms), notes: notes(ms) };
  });
  const isCheck = new Set<string>(CHECK_CODES);
  const extras = report.messages
    .filter((m) => !isCheck.has(m.ruleId))
    .map((m): Case => ({ name: `${m.ruleId} ${where(m)}`, failures: failing([m]), notes: notes([m]) }));
  return [...checks, ...extras];
}

/** JUnit XML for CI test dashboards: one <testsuite> per file. */
export const junit: Formatter = (reports, ctx) => {
  const total = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const suites = reports.map((report) => {
    const file = relativePath(ctx.cwd, report.filePath);
    const cs = cases(report);
    const counts = {
      tests: cs.length,
      failures: cs.filter((c) => c.failures.length > 0).length,
      errors: 0,
      skipped: cs.filter((c) => c.skipped).length,
    };
    total.tests += counts.tests;
    total.failures += counts.failures;
    total.skipped += counts.skipped;
    const body = cs.map((c) => testcase(c, file)).join('\n');
    return `  <testsuite${attrs({ name: file, ...counts })}>\n${body}\n  </testsuite>`;
  });
  const open = `<testsuites${attrs({ name: 'charterlint', ...total })}`;
  const root = suites.length === 0 ? `${open}/>` : `${open}>\n${suites.join('\n')}\n</testsuites>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
};
