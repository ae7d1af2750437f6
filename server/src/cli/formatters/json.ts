import type { Formatter } from './common';

/** The JSON contract of report.ts, unchanged: one object per file (a trailing newline for the shell). */
export const json: Formatter = (reports) => `${JSON.stringify(reports, null, 2)}\n`;
