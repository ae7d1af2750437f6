import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SpellingTest, TokenStream } from '../../server/src/engine/text/tokens';
import { hintsWithdrawal, WITHDRAWN_SECTION_HINT } from '../../server/src/engine/withdrawal-hint';

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

describe('SpellingTest', () => {
  it('tests the spelling as written, not the folded key', () => {
    const capitalised = new SpellingTest((forms) => /^[A-Z]/.test(forms.spelling));
    const stream = new TokenStream();
    const text = 'Data data DATA données Données';
    stream.add(text, 0, text.length);
    assert.deepEqual(Array.from({ length: stream.length }, (_, t) => capitalised.has(stream, t)), [true, false, true, false, true]);
  });
});
