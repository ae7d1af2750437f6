import assert from 'node:assert/strict';
import { lint } from '../../../server/src/engine';
import { TextMemo } from '../../../server/src/engine/text/memo';

describe('TextMemo', () => {
  it('gives what its function gives, computes it once per text, and stays right once emptied at its limit', () => {
    let calls = 0;
    const memo = new TextMemo((text) => {
      calls++;
      return text.toUpperCase();
    }, 3);
    assert.equal(memo.get('abc'), 'ABC');
    assert.equal(memo.get('abc'), 'ABC');
    assert.equal(calls, 1);
    // Another text of the same length is another value.
    assert.equal(memo.get('abd'), 'ABD');
    for (const text of ['w', 'x', 'y', 'z']) assert.equal(memo.get(text), text.toUpperCase());
    assert.ok(memo.size <= 3, `${memo.size} texts kept`);
    assert.equal(memo.get('abc'), 'ABC');
  });

  it('headings kept across documents: the same heading says the same, another heading of the same length its own', () => {
    const body = "\n\nEn fin de contrat, le prestataire restitue à la commune l'ensemble des données produites, dans un format ouvert (CSV).\n";
    const p08 = (heading: string) => lint({ text: `# Charte de la donnée\n\n${heading}${body}`, filePath: 'charte.md' }).coverage.P08;
    const notDone = '## Ce que nous ne ferons pas';
    const done = '## Ce que nous ferons, enfin';
    assert.equal(notDone.length, done.length);
    // A heading over what is not done withdraws the clause under it; the other heading does not.
    assert.equal(p08(notDone), 'missing');
    assert.equal(p08(done), 'partial');
    assert.equal(p08(notDone), 'missing');
  });
});
