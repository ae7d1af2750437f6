import assert from 'node:assert/strict';
import { TermMatcher } from '../../../server/src/engine/text/matcher';
import { TokenStream, termKeys } from '../../../server/src/engine/text/tokens';

/**
 * The matcher keeps state between calls: what it knows of each spelling (by the spelling's entry
 * in the shared table, which is emptied and reused past its limit) and scratch columns reused from
 * one match to the next. Whatever came before, a match must find what a fresh matcher finds.
 */
function stream(text: string): TokenStream {
  const s = new TokenStream();
  s.add(text, 0, text.length);
  return s;
}

const stop = new Set(termKeys('de la des du d l le les the of'));

function build(terms: Record<string, string[]>): TermMatcher {
  const m = new TermMatcher(stop);
  for (const [g, list] of Object.entries(terms)) for (const t of list) m.add(g, t);
  return m;
}

const found = (m: TermMatcher, s: TokenStream, text: string): string[] =>
  m.match(s, text).map((h) => `${m.groupName(h.group)} ${h.first}-${h.last}`);

describe('term matcher state', () => {
  const terms = { body: ['comité … donnée', 'comité de la donnée'], pilot: ['expériment*'], dpo: ['=DPO'], pace: ['par an'] };

  it('finds in a short text nothing of what a longer text matched before it held', () => {
    const m = build(terms);
    const long = 'Le comité de pilotage de la donnée et le DPO expérimentent, deux fois par an.';
    assert.deepEqual(found(m, stream(long), long), ['body 1-6', 'dpo 9-9', 'pilot 10-10', 'pace 13-14']);
    // The same first words, cut before what completed the terms.
    const short = 'Le comité de';
    assert.deepEqual(found(m, stream(short), short), []);
    const shorter = 'deux fois par';
    assert.deepEqual(found(m, stream(shorter), shorter), []);
  });

  it('finds the terms added after a first match', () => {
    const m = build({ body: ['comité de la donnée'] });
    const text = 'Le comité de la donnée publie un rapport annuel.';
    assert.deepEqual(found(m, stream(text), text), ['body 1-4']);
    m.add('report', 'rapport annuel');
    assert.deepEqual(found(m, stream(text), text), ['body 1-4', 'report 7-8']);
  });

  it('tells apart the spellings that share an entry of the table before and after it is emptied', () => {
    const text = 'Le comité de la donnée se réunit ; une expérimentation est menée avec le DPO, une fois par an.';
    const before = stream(text);
    const m = build(terms);
    const expected = found(build(terms), stream(text), text);
    // (The two terms of `body` find the same words: one hit.)
    assert.deepEqual(expected, ['body 1-4', 'pilot 8-8', 'dpo 13-13', 'pace 16-17']);
    // The matcher learns the spellings of `before` under their entries.
    assert.deepEqual(found(m, before, text), expected);
    // New spellings until the table is emptied, and then until they hold every entry of `before`.
    const highest = Math.max(...before.spellings.subarray(0, before.length));
    const after: Array<{ junk: string; s: TokenStream }> = [];
    let reused = false;
    for (let batch = 0; !reused; batch++) {
      assert.ok(batch < 400, 'the table of spellings is emptied within 400 batches of 1,000 new words');
      const junk = Array.from({ length: 1000 }, (_, i) => `zz${batch.toString(36)}q${i.toString(36)}`).join(' ');
      const s = stream(junk);
      const emptiedAt = s.spellings.subarray(0, s.length).indexOf(0);
      if (emptiedAt !== -1 || after.length > 0) after.push({ junk, s });
      if (after.length > 0 && s.spellings[s.length - 1]! >= highest) reused = true;
    }
    // New words under the entries the matcher learnt for terms' words: none of them is a term.
    for (const { junk, s } of after) assert.deepEqual(found(m, s, junk), []);
    // And the words of the terms, under their old entries and under new ones, are still found.
    assert.deepEqual(found(m, before, text), expected);
    assert.deepEqual(found(m, stream(text), text), expected);
    // What was learnt of the old spellings (from `before`) is not taken for the new words under
    // their entries (the junk tokenized again: a stream of the table as it is now).
    for (const { junk } of after) assert.deepEqual(found(m, stream(junk), junk), []);
  });

  it('reads a stream begun before the table is emptied, and a stream joined across it, as fresh ones', () => {
    const text = 'Le comité de la donnée se réunit ; une expérimentation est menée avec le DPO, une fois par an.';
    const expected = found(build(terms), stream(text), text);
    const m = build(terms);
    // Begun before: its first half's entries are those of the old table, its second half's of the new one.
    const straddling = new TokenStream();
    straddling.add(text, 0, text.length);
    const before = stream(text);
    assert.deepEqual(found(m, before, text), expected);
    const epoch = straddling.epoch;
    for (let batch = 0; before.epoch === epoch && stream('x').epoch === epoch; batch++) {
      assert.ok(batch < 400, 'the table of spellings is emptied within 400 batches of 1,000 new words');
      // (Not matched: the first match after the table is emptied reads streams of the old one.)
      stream(Array.from({ length: 1000 }, (_, i) => `zy${batch.toString(36)}q${i.toString(36)}`).join(' '));
    }
    const both = `${text} ${text}`;
    straddling.add(both, text.length + 1, both.length);
    const shift = (hits: string[], by: number) => hits.map((h) => h.replace(/(\d+)-(\d+)$/, (_, a: string, b: string) => `${Number(a) + by}-${Number(b) + by}`));
    const n = before.length;
    assert.deepEqual(found(m, straddling, both), [...expected, ...shift(expected, n)]);
    // Joined: a piece of the old table and a piece of the new one.
    const joined = TokenStream.join([{ stream: before, offset: 0 }, { stream: stream(text), offset: text.length + 1 }]);
    assert.equal(joined.epoch, -1);
    assert.deepEqual(found(m, joined, both), [...expected, ...shift(expected, n)]);
    // And a stream of the new table is read by what the matcher learnt meanwhile.
    assert.deepEqual(found(m, stream(text), text), expected);
    assert.deepEqual(found(m, before, text), expected);
  });
});
