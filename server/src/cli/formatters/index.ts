import type { FormatName } from '../args';
import type { Formatter } from './common';
import { github } from './github';
import { json } from './json';
import { junit } from './junit';
import { sarif } from './sarif';
import { stylish } from './stylish';
import { summary } from './summary';

export type { FormatContext, Formatter } from './common';
export { coverageMarkdown } from './markdown';

/** The registry of `--format` names. */
export const FORMATTERS: Record<FormatName, Formatter> = { stylish, json, sarif, junit, github, summary };
