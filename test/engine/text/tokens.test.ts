import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldWord, stripAccents } from '../../../server/src/engine/text/fold';
import { CLAUSE, gapBreak, KeySet, NONE, SENTENCE, SpellingTable, TokenStream } from '../../../server/src/engine/text/tokens';

/** The definition gapBreak implements in one pass: what a gap between two words ends. */
const BREAK = /[.!?;]|\n[ \t]*\n|\n[ \t]*[-*+][ \t]|\n[ \t]*\|/;
const reference = (gap: string): number => (BREAK.test(gap) ? SENTENCE : /[,()|]/.test(gap) ? CLAUSE : NONE);

describe('TokenStream', () => {
  it('gapBreak agrees with its definition on generated gaps (sentence: . ! ? ; a blank line, a list marker, a table row; clause: , ( ) |)', () => {
    const gapChar = fc.constantFrom(' ', '\t', '\n', '\r', '.', ',', ';', '!', '?', ':', '(', ')', '|', '-', '*', '+', '«', '»', '"', '#', '’', '\u00a0');
    fc.assert(fc.property(fc.array(gapChar, { maxLength: 8 }), fc.string({ maxLength: 3 }), (chars, before) => {
      const gap = chars.join('');
      // In place, inside a longer text: only text[from, to) counts.
      const text = `${before}a${gap}b-`;
      const from = before.length + 1;
      assert.equal(gapBreak(text, from, from + gap.length), reference(gap), JSON.stringify(gap));
    }), { numRuns: 3000 });
  });

  it('the gapBreak check can fail: a list marker needs a blank after it', () => {
    assert.equal(gapBreak('a\n- b', 1, 4), SENTENCE);
    assert.equal(gapBreak('a\n-b', 1, 3), NONE);
    assert.equal(gapBreak('a, b', 1, 3), CLAUSE);
  });

  it('the full stop of a title before a name ends no sentence; other full stops do', () => {
    const sentencesOf = (text: string): number => {
      const stream = new TokenStream();
      stream.add(text, 0, text.length);
      return new Set(stream.sentences.subarray(0, stream.forms.length)).size;
    };
    assert.equal(sentencesOf('M. Garreau indique que cette adhésion est retenue.'), 1);
    assert.equal(sentencesOf('Dr. Okafor explained that it was not pursued.'), 1);
    assert.equal(sentencesOf('MM. Riou et Benali votent contre.'), 1);
    // Not a title, or no name after it: the sentence ends.
    assert.equal(sentencesOf('Voir l’annexe B. Les données sont ouvertes.'), 2);
    assert.equal(sentencesOf('Voir M. les données sont ouvertes.'), 2);
    assert.equal(sentencesOf('The council met. Dr Okafor spoke.'), 2);
    // Nor does that of an abbreviation before a number; before a word, or a number after another word, it does.
    assert.equal(sentencesOf('Les règles applicables aux délégataires (art. 6.2) restent à rédiger.'), 1);
    assert.equal(sentencesOf('See cl. 12 and para. 4 of the Schedule.'), 1);
    assert.equal(sentencesOf('Voir art. Les données sont ouvertes.'), 2);
    assert.equal(sentencesOf('Il y en a dix en tout. 4 sont ouverts.'), 2);
  });

  it('words are folded as foldWord folds them, found in place or not, before and after the cache of spellings is emptied', () => {
    const words = Array.from({ length: 120_000 }, (_, i) => `mot${i.toString(36)}`);
    const sample = ['Données', 'données', 'DONNÉES', 'élu·e·s', 'réversibilité', 'Œuvre', 'data', 'Data'];
    const check = (word: string): void => {
      const stream = new TokenStream();
      const text = `« ${word} »`;
      stream.add(text, 0, text.length);
      const plain = text.slice(stream.starts[0], stream.ends[0]).replace(/[·(].*$/, '');
      assert.equal(stream.forms[0]!.key, foldWord(plain), word);
      assert.equal(stream.forms[0]!.plain, stripAccents(plain.toLowerCase()), word);
    };
    for (const w of sample) check(w);
    // More spellings than the cache holds: it is emptied on the way, and folding stays right.
    const stream = new TokenStream();
    const text = words.join(' ');
    stream.add(text, 0, text.length);
    assert.equal(stream.length, words.length);
    for (let i = 0; i < words.length; i += 997) assert.equal(stream.forms[i]!.key, foldWord(words[i]!));
    for (const w of sample) check(w);
  });

  it('cuts at a lone comma or semicolon between two words, and takes an inclusive suffix into its word', () => {
    const text = 'données,ouvertes;publiées par les élu·e·s,fin';
    const stream = new TokenStream();
    stream.add(text, 0, text.length);
    const words = Array.from({ length: stream.length }, (_, t) => text.slice(stream.starts[t], stream.ends[t]));
    assert.deepEqual(words, ['données', 'ouvertes', 'publiées', 'par', 'les', 'élu·e·s', 'fin']);
    assert.deepEqual([...stream.clauses.subarray(0, stream.length)].map((c) => c - stream.clauses[0]!), [0, 1, 2, 2, 2, 2, 3]);
    assert.deepEqual([...stream.sentences.subarray(0, stream.length)].map((c) => c - stream.sentences[0]!), [0, 0, 1, 1, 1, 1, 1]);
  });

  it('keeps a dotted name in one sentence, and ends a sentence at a full stop followed by a blank', () => {
    const sentencesOf = (text: string): number[] => {
      const stream = new TokenStream();
      stream.add(text, 0, text.length);
      return [...stream.sentences.slice(0, stream.length)];
    };
    const dotted = sentencesOf('Publier sur schema.data.gouv.fr sous licence');
    assert.equal(new Set(dotted).size, 1, 'schema.data.gouv.fr is one name');
    assert.equal(new Set(sentencesOf('See clause 4.2 below')).size, 1);
    const two = sentencesOf('Les données sont publiées. Le portail est ouvert.');
    assert.equal(new Set(two).size, 2);
  });
});

describe('foldWord', () => {
  it('keeps a word starting with a digit and no other (quantifiedTargets reads the first digit from the text, not from the key)', () => {
    const isDigit = (s: string): boolean => /^[0-9]/.test(s);
    const letter = fc.constantFrom('1', '2', '9', '0', 'a', 'É', 'é', 'œ', 'Æ', 'ß', 'İ', '²', '٣', '１', 'ǅ', 'x', 'S', 'e');
    fc.assert(fc.property(fc.array(letter, { minLength: 1, maxLength: 7 }), (chars) => {
      const word = chars.join('');
      assert.equal(isDigit(foldWord(word)), isDigit(word), word);
    }), { numRuns: 3000 });
  });
});

describe('TokenStream.forms', () => {
  it('holds one forms a token, however much room was reserved, when read between ranges, and joined', () => {
    const text = 'La commune publie ses données. Les élus votent.';
    const whole = new TokenStream();
    whole.add(text, 0, text.length);
    const reserved = new TokenStream();
    reserved.reserve(1000);
    reserved.add(text, 0, 30);
    // Read between two ranges: the forms so far, then the next range's are added after them.
    assert.equal(reserved.forms.length, reserved.length);
    assert.deepEqual(reserved.forms.map((f) => f.key), whole.forms.slice(0, reserved.length).map((f) => f.key));
    reserved.add(text, 30, text.length);
    assert.equal(reserved.length, whole.length);
    assert.deepEqual(reserved.forms, whole.forms);
    assert.deepEqual(reserved.keys, whole.keys);
    // More tokens than reserved: the room grows.
    const small = new TokenStream();
    small.reserve(20);
    const long = Array.from({ length: 50 }, (_, i) => `mot${i}`).join(' ');
    small.add(long, 0, long.length);
    assert.equal(small.forms.length, 50);
    assert.equal(small.forms[49]!.key, 'mot49');
    const joined = TokenStream.join([{ stream: reserved, offset: 0 }, { stream: small, offset: text.length }]);
    assert.equal(joined.length, whole.length + 50);
    assert.deepEqual(joined.forms.map((f) => f.key), [...whole.keys, ...small.keys]);
  });
});

describe('SpellingTable', () => {
  // Words that share their first 64 code units (all the tokenizer copies), or differ by a character
  // outside the BMP, or only in their length.
  const long = 'x'.repeat(64);
  const words = ['data', 'Data', 'données', 'donnees', 'a', 'ab', 'abc', `${long}a`, `${long}b`, `${long}ab`, long, '𝔡ata', '𝔡atb', 'élu'];

  it('gives each new spelling the next entry and finds it again by its units, in place in a longer text', () => {
    const table = new SpellingTable();
    words.forEach((word, i) => {
      const text = `« ${word} »`;
      const hash = table.hash(text, 2, 2 + word.length);
      assert.equal(table.find(text, 2, 2 + word.length, hash), -1, word);
      assert.equal(table.add(text, 2, 2 + word.length, hash), i, word);
    });
    assert.equal(table.size, words.length);
    words.forEach((word, i) => {
      const text = `${word}…`;
      assert.equal(table.find(text, 0, word.length, table.hash(text, 0, word.length)), i, word);
    });
  });

  it('tells apart spellings of one hash by their units, before and after the table grows, and forgets them all when cleared', () => {
    const table = new SpellingTable();
    const many = [...words, ...Array.from({ length: 5000 }, (_, i) => `mot${i.toString(36)}`)];
    // Every word under one hash: each lookup goes down one chain of slots, and only units decide.
    for (const word of many) {
      table.hash(word, 0, word.length);
      assert.equal(table.find(word, 0, word.length, 7), -1, word);
      table.add(word, 0, word.length, 7);
    }
    many.forEach((word, i) => {
      table.hash(word, 0, word.length);
      assert.equal(table.find(word, 0, word.length, 7), i, word);
    });
    // Under their own hashes (the table doubled several times on the way).
    const hashed = new SpellingTable();
    many.forEach((word, i) => assert.equal(hashed.add(word, 0, word.length, hashed.hash(word, 0, word.length)), i));
    many.forEach((word, i) => assert.equal(hashed.find(word, 0, word.length, hashed.hash(word, 0, word.length)), i, word));
    hashed.clear();
    assert.equal(hashed.size, 0);
    assert.equal(hashed.find('data', 0, 4, hashed.hash('data', 0, 4)), -1);
    assert.equal(hashed.add('mot1', 0, 4, hashed.hash('mot1', 0, 4)), 0);
  });
});

describe('KeySet', () => {
  it("says of each token what the set says of its key, before and after the table of spellings is emptied and its entries go to other words", () => {
    const keys = new Set(['pas', 'jamais', 'mot3'].map(foldWord));
    const cues = new KeySet(keys);
    const streamOf = (text: string): TokenStream => {
      const stream = new TokenStream();
      stream.add(text, 0, text.length);
      return stream;
    };
    const agrees = (stream: TokenStream): void => {
      for (let t = 0; t < stream.length; t++) assert.equal(cues.has(stream, t), keys.has(stream.forms[t]!.key), stream.forms[t]!.key);
      // And `next`, from every token: the first one on whose key the set agrees.
      const members = Array.from({ length: stream.length }, (_, t) => t).filter((t) => keys.has(stream.forms[t]!.key));
      for (let from = 0; from <= stream.length; from += Math.max(1, stream.length >> 6)) {
        assert.equal(cues.next(stream, from, stream.length), members.find((t) => t >= from) ?? -1, String(from));
      }
      assert.equal(cues.next(stream, 0, members[0] ?? 0), -1);
    };
    const before = streamOf('La commune ne publie pas ces données et ne les vend jamais.');
    agrees(before);
    // More spellings than the table holds: it is emptied, and its entries are given to these words
    // (mot0, mot1…), one of which is in the set.
    agrees(streamOf(Array.from({ length: 120_000 }, (_, i) => `mot${i.toString(36)}`).join(' ')));
    const after = streamOf('Les élus ne votent pas : mot3 mot4 jamais.');
    agrees(after);
    // A stream made before the table was emptied still reads its own words; and one made after,
    // once the older stream has read some of the same entries again.
    agrees(before);
    agrees(after);
  });
});
