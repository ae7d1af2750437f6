import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every Markdown document of the labelled test corpus, as (path under test/corpus, text). */
export function corpusMarkdown(): Array<{ file: string; text: string }> {
  const root = join(__dirname, '..', 'corpus');
  return readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.md'))
    .map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));
}
