import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SpellingTest, TokenStream } from '../../server/src/engine/text/tokens';
import { hintsWithdrawal, mayOpenWithNo, mayOpenWithStatus, NO_CELL_START, STATUS_CELL, WITHDRAWN_SECTION_HINT } from '../../server/src/engine/hints';

/** A paragraph at text[start, end), tokenized as the Markdown parser does (one range per unit). */
function paragraphOf(before: string, paragraph: string, after: string): { stream: TokenStream; text: string; unit: { end: number; tokens: [number, number] } } {
  const text = before + paragraph + after;
  const stream = new TokenStream();
  const tokens = stream.add(text, before.length, before.length + paragraph.length);
  return { stream, text, unit: { end: before.length + paragraph.length, tokens } };
}

describe('hintsWithdrawal', () => {
  it('says what the expression says of the paragraph\'s characters, on generated paragraphs', () => {
    // Pieces of words that make or break the hint when run together, suffixes of inclusive writing
    // (« élu(e)s », « élu·e·s »), marks, case and accents, letters outside the BMP.
    const piece = fc.constantFrom(
      'retir', 'Retiré', 'rétir', 'rémov', 'dèlet', 'SUPPRIMÉ', 'suppr', 'uppr', 's', 'r', 'etir', 'écart', 'Écarté', 'ecart', 'cart', 'withdrawn', 'Withdr', 'delet', 'remov', 'emov', 'dropp', 'forward',
      'abandon', 'aband', 'on', 'données', 'la', 'élu', 'the', 'article', '2026', '(e)s', '(e)', '(es)', '·e·s', '.e', '-rice', ' ', ' ', ', ', '. ', '\n', '*', '_', '(', ')', '’',
      '\u00a0', '𝐀', '𝐫', 'ſ', 'K',
    );
    const paragraph = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
    const edge = fc.constantFrom('', ' ', '\n', 'x', 'retir', '𝐀', '\ud835');
    fc.assert(fc.property(edge, paragraph, edge, (before, text, after) => {
      const p = paragraphOf(before, text, after);
      assert.equal(hintsWithdrawal(p.stream, p.text, p.unit, text), WITHDRAWN_SECTION_HINT.test(text), JSON.stringify([before, text, after]));
    }), { numRuns: 20_000 });
  });

  it('reads the characters where a token is not a whole run of letters', () => {
    // « (e)s » swallowed as a suffix: the next token is « uppression », the text holds « suppression ».
    const suffix = paragraphOf('', 'Les élu(e)suppression', '');
    assert.equal(hintsWithdrawal(suffix.stream, suffix.text, suffix.unit, 'Les élu(e)suppression'), true);
    // A paragraph cut inside a word: its last word is no token of it.
    const cut = paragraphOf('', 'La mesure est ret', 'irée');
    assert.equal(cut.stream.length, 3);
    assert.equal(hintsWithdrawal(cut.stream, cut.text, cut.unit, 'La mesure est ret'), false);
    const cutInside = paragraphOf('', 'La mesure est retir', 'ée');
    assert.equal(hintsWithdrawal(cutInside.stream, cutInside.text, cutInside.unit, 'La mesure est retir'), true);
  });
});

/** The alternatives of the groups of an expression's source (`(?:a|b|c)`, without nested groups), unescaped. */
function alternativesOf(re: RegExp): string[] {
  return [...re.source.matchAll(/\(\?:([^()]*)\)/g)].flatMap((m) => m[1]!.split('|'))
    .map((alt) => alt.replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\\(.)/g, '$1'));
}

describe('table cell first looks', () => {
  // Every word of the two cell expressions, in three cases, among cell marks, emphasis, other words.
  const words = [...alternativesOf(STATUS_CELL), ...alternativesOf(NO_CELL_START)];
  const cased = words.flatMap((w) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]);
  const piece = fc.constantFrom(...cased, '|', '|', ' | ', ' ', ' ', '\t', '*', '**', '_', '`', '\n', '—', ': ', '-', 'données', 'Action', 'la', 'x', 's', 'e',
    '(e)s', '·e·s', '2026', '[x]', '[ ]', '☐', '✗', '❌', '𝐀', 'ſ');
  const tableText = fc.array(piece, { maxLength: 14 }).map((p) => p.join(''));
  const edge = fc.constantFrom('', '\n', 'x', '|');

  it('a table whose cell opens with a status or a no is always read (the expressions match nothing the first looks pass over)', () => {
    let passed = 0;
    fc.assert(fc.property(edge, tableText, edge, (before, table, after) => {
      const p = paragraphOf(before, table, after);
      const status = mayOpenWithStatus(p.stream, p.text, { start: before.length, ...p.unit }, table);
      const no = mayOpenWithNo(p.stream, p.text, { start: before.length, ...p.unit }, table);
      if (!status) assert.equal([...table.matchAll(STATUS_CELL)].length, 0, JSON.stringify([before, table, after]));
      if (!no) assert.equal(NO_CELL_START.test(table), false, JSON.stringify([before, table, after]));
      if (!status && !no) passed++;
    }), { numRuns: 20_000 });
    // (And the first looks do pass over tables: they are not always true.)
    assert.ok(passed > 1000, String(passed));
  });

  it('passes over a table of datasets, and reads one with a status', () => {
    const inventory = '| Jeu de données | Format | Licence |\n| --- | --- | --- |\n| Budget 2026 | CSV | Etalab 2.0 |';
    const p = paragraphOf('', inventory, '\n');
    const unit = { start: 0, ...p.unit };
    assert.equal(mayOpenWithStatus(p.stream, p.text, unit, inventory), false);
    assert.equal(mayOpenWithNo(p.stream, p.text, unit, inventory), false);
    const statuses = '| Engagement | Statut |\n| --- | --- |\n| Open data | **Non retenu** |';
    const q = paragraphOf('', statuses, '\n');
    assert.equal(mayOpenWithStatus(q.stream, q.text, { start: 0, ...q.unit }, statuses), true);
    assert.equal(mayOpenWithNo(q.stream, q.text, { start: 0, ...q.unit }, statuses), true);
  });
});

describe('SpellingTest', () => {
  it('tests the spelling as written, not the folded key', () => {
    const capitalised = new SpellingTest((forms) => /^[A-Z]/.test(forms.spelling));
    const stream = new TokenStream();
    const text = 'Data data DATA données Données';
    stream.add(text, 0, text.length);
    assert.deepEqual(Array.from({ length: stream.length }, (_, t) => capitalised.has(stream, t)), [true, false, true, false, true]);
  });
});
