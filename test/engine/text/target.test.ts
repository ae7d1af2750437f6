import assert from 'node:assert/strict';
import { lexicon } from '../../../server/src/engine/vocabulary';
import { endsWithPhrase, quantifiedTargets } from '../../../server/src/engine/text/target';
import { TokenStream, termKeys } from '../../../server/src/engine/text/tokens';

/** The tokens of a text, and the index of its first word that is `word`. */
function tokensOf(text: string, word: string): { stream: TokenStream; at: number } {
  const stream = new TokenStream();
  stream.add(text, 0, text.length);
  return { stream, at: stream.keys.indexOf(termKeys(word)[0]!) };
}

describe('Phrases filed by their last word (P12 frequencies and deadlines)', () => {
  const lex = lexicon();

  it('files every deadline and frequency phrase under its own last word', () => {
    for (const phrases of [lex.target.deadline, lex.target.frequency]) {
      assert.ok(phrases.size > 0);
      for (const [last, list] of phrases) for (const words of list) assert.equal(words.at(-1), last, words.join(' '));
    }
    assert.ok(lex.target.deadline.get('ici')?.some((words) => words.join(' ') === 'd ici'));
  });

  it('finds a phrase of one or more words that ends right before the token, and only within the range', () => {
    const { stream, at } = tokensOf("Atteindre 80 % d'ici 2027, puis tous les 3 mois.", '2027');
    assert.ok(endsWithPhrase(stream.forms, at, 0, lex.target.deadline));
    // The phrase must end right before the token, and start within the range.
    assert.ok(!endsWithPhrase(stream.forms, at + 1, 0, lex.target.deadline));
    assert.ok(!endsWithPhrase(stream.forms, at, at - 1, lex.target.deadline));
    const three = tokensOf("Atteindre 80 % d'ici 2027, puis tous les 3 mois.", '3');
    assert.ok(endsWithPhrase(three.stream.forms, three.at, 0, lex.target.frequency));
    // « les » alone is no frequency: every word of the phrase must be there.
    const les = tokensOf('Mesurer les 3 indicateurs.', '3');
    assert.ok(!endsWithPhrase(les.stream.forms, les.at, 0, lex.target.frequency));
    assert.ok(!endsWithPhrase(les.stream.forms, 0, 0, lex.target.frequency));
  });

  it('keeps what P12 reads as a target: a deadline year is one, a reporting frequency is none', () => {
    const text = "Atteindre 80 % d'ici 2027. Un bilan tous les 3 mois. Créé en 2019.";
    const { stream } = tokensOf(text, 'bilan');
    const found = quantifiedTargets(stream, text, 0, stream.length, lex).map((r) => text.slice(r.start, r.end));
    assert.deepEqual(found, ['80', '2027']);
  });

  it("passes over a clause's number before the capital that opens its text, not over a figure", () => {
    const targets = (text: string): string[] => {
      const { stream } = tokensOf(text, 'the');
      return quantifiedTargets(stream, text, 0, stream.length, lex).map((r) => text.slice(r.start, r.end));
    };
    assert.deepEqual(targets('7.3 An Annual Review of the Schedule shall take place.'), []);
    assert.ok(targets('2.5 % of the trips are logged.').length > 0);
  });

  it('reads a count of people or things as a target only beside a word of a goal, or in a table', () => {
    const targets = (text: string, table = false): string[] => {
      const stream = new TokenStream();
      stream.add(text, 0, text.length);
      return quantifiedTargets(stream, text, 0, stream.length, lex, false, table).map((r) => text.slice(r.start, r.end));
    };
    assert.deepEqual(targets('La commune compte 4 150 habitants et 41 communes voisines.'), []);
    assert.deepEqual(targets('The council employs 900 staff.'), []);
    assert.deepEqual(targets('Objectif : 500 abonnés au service.'), ['500 abonnés']);
    assert.deepEqual(targets('At least 2000 users by the end of the year.'), ['2000 users']);
    assert.deepEqual(targets('| Abonnés | 500 abonnés |', true), ['500 abonnés']);
    // Other units are read as before: a duration, a percentage.
    assert.deepEqual(targets('Les demandes sont traitées en 30 jours.'), ['30 jours']);
  });
});
