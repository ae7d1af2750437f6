import assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { tableBlock } from '../../server/src/engine/parse/markdown';
import { corpusMarkdown } from './corpus-markdown';

/**
 * The model's table rule pushes only table_open and table_close; everything else must be what
 * markdown-it's own rule gives: which lines make a table, where it ends, and every token around
 * it. Compared token by token (type, map, level, nesting), a table's inside left out.
 */
const stock = new MarkdownIt({ html: true }).disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
const reduced = new MarkdownIt({ html: true }).disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
reduced.block.ruler.at('table', tableBlock, { alt: ['paragraph', 'reference'] });

function outline(parser: MarkdownIt, text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  for (const t of parser.parse(text, {})) {
    if (t.type === 'table_close') depth--;
    if (depth === 0) out.push(`${t.type} ${t.map?.join('-') ?? ''} ${t.level} ${t.nesting}`);
    if (t.type === 'table_open') depth++;
  }
  return out;
}

describe('table rule', () => {
  it('finds the tables markdown-it finds, ending on the same lines, on generated rows', () => {
    const piece = fc.constantFrom('|', '||', '-', '---', ':', ':-', '-:', ' ', '  ', '\t', 'a', 'b c', '\\|', '\\', '> ', '- ', '* ', '1. ', '    ', '```', '# ', '<div>', '[a]: b');
    const line = fc.array(piece, { maxLength: 7 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 9 }), (lines) => {
      const text = lines.join('\n');
      assert.deepEqual(outline(reduced, text), outline(stock, text), JSON.stringify(text));
    }), { numRuns: 20000 });
  });

  it('the comparison can fail: a table is found, and its rows counted', () => {
    const text = '| a | b |\n|---|:-:|\n| 1 | 2 |\n| 3 |\n\nnext';
    const found = outline(reduced, text);
    assert.equal(found[0], 'table_open 0-4 0 1');
    assert.deepEqual(found, outline(stock, text));
    assert.notDeepEqual(outline(reduced, '| a | b |\n|---|\n| 1 | 2 |'), found);
  });

  it('agrees with markdown-it on every Markdown document of the test corpus', () => {
    let tables = 0;
    for (const { file, text } of corpusMarkdown()) {
      const mine = outline(reduced, text);
      assert.deepEqual(mine, outline(stock, text), file);
      tables += mine.filter((t) => t.startsWith('table_open')).length;
    }
    assert.ok(tables > 10, `the corpus has tables (${tables})`);
  });
});
