import assert from 'node:assert/strict';
import { TermMatcher } from '../../../server/src/engine/text/matcher';
import { TokenStream, termKeys } from '../../../server/src/engine/text/tokens';

/**
 * The matcher reads its buckets, terms and parts from flat columns built from them before a match
 * (after terms were added): a table of pairs (bucket, second word) with open addressing, each
 * term's checks and group, the parts of longer terms, and the stamps of a try in an Int32Array.
 * These tests fail when a column or the table of pairs goes wrong.
 */
function stream(text: string): TokenStream {
  const s = new TokenStream();
  s.add(text, 0, text.length);
  return s;
}

const stop = new Set(termKeys('de la des du d l le les the of'));

const found = (m: TermMatcher, text: string): string[] => m.match(stream(text), text).map((h) => `${m.groupName(h.group)} ${h.first}-${h.last}`);

describe('term matcher columns', () => {
  it('finds each of hundreds of pairs of words, first and second words shared between them (the table of pairs probes past its collisions)', () => {
    const m = new TermMatcher(stop);
    const firsts = Array.from({ length: 24 }, (_, i) => `kf${i}x`);
    const seconds = Array.from({ length: 16 }, (_, i) => `ks${i}x`);
    // Two pairs in three are terms, each its own group; the others must find nothing.
    const isTerm = (f: number, s: number): boolean => (f * 7 + s * 3) % 3 !== 0;
    for (let f = 0; f < firsts.length; f++) for (let s = 0; s < seconds.length; s++) if (isTerm(f, s)) m.add(`g${f}.${s}`, `${firsts[f]} ${seconds[s]}`);
    const sentences: string[] = [];
    const expected: string[] = [];
    for (let f = 0; f < firsts.length; f++) {
      for (let s = 0; s < seconds.length; s++) {
        const at = 2 * sentences.length;
        sentences.push(`${firsts[f]} ${seconds[s]}.`);
        if (isTerm(f, s)) expected.push(`g${f}.${s} ${at}-${at + 1}`);
      }
    }
    const text = sentences.join(' ');
    assert.deepEqual(found(m, text), expected);
  });

  it('gives one-word terms, prefixes, longer terms and exact spellings of one bucket in the order of its terms', () => {
    const m = new TermMatcher(stop);
    m.add('one', 'plateforme');
    m.add('exact', '=PLATEFORME');
    m.add('prefix', 'plateforme mutualis*');
    m.add('long', 'plateforme … données ouvertes');
    m.add('pair', 'plateforme données');
    m.add('other', 'portail');
    m.add('site', 'portails');
    const text = 'La PLATEFORME mutualisée des données ouvertes. La plateforme de données. Le portail.';
    assert.deepEqual(found(m, text), ['one 1-1', 'exact 1-1', 'prefix 1-2', 'long 1-5', 'one 7-7', 'pair 7-9', 'other 11-11', 'site 11-11']);
  });

  it('gives a term one hit per start when its second word stands twice within reach, whatever the count of tries before', () => {
    const m = new TermMatcher(stop);
    m.add('body', 'comité … donnée');
    const text = 'Le comité donnée donnée. Le comité pilote donnée donnée.';
    const expected = ['body 1-2', 'body 5-7'];
    assert.deepEqual(found(m, text), expected);
    // Tries are stamped in an Int32Array: near its limit, the stamps start again.
    (m as unknown as { stamp: number }).stamp = 2 ** 31 - 2;
    for (let i = 0; i < 4; i++) assert.deepEqual(found(m, text), expected);
  });

  it('tries every bucket a word starts, whole word and prefixes, and again once the spelling is learnt anew', () => {
    const m = new TermMatcher(stop);
    m.add('word', 'ouverture');
    m.add('prefix', 'ouvert*');
    m.add('short', 'ouv*');
    m.add('pair', 'ouvert* données');
    const text = "L'ouverture des données. Une ouverture.";
    const expected = ['word 1-1', 'prefix 1-1', 'pair 1-3', 'short 1-1', 'word 5-5', 'prefix 5-5', 'short 5-5'];
    assert.deepEqual(found(m, text), expected);
    // A new term makes the matcher learn every spelling again (and list its buckets again).
    m.add('other', 'calendrier');
    assert.deepEqual(found(m, text), expected);
  });

  it('matches the terms added after a match (the columns are built again)', () => {
    const m = new TermMatcher(stop);
    m.add('a', 'registre public');
    const text = 'Un registre public des algorithmes, un inventaire des jeux.';
    assert.deepEqual(found(m, text), ['a 1-2']);
    m.add('b', 'inventaire … jeux');
    m.add('c', 'algorithm*');
    assert.deepEqual(found(m, text), ['a 1-2', 'c 4-4', 'b 6-8']);
  });
});
