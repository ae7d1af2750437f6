import assert from 'node:assert/strict';
import { lint, parseCharter } from '../../../server/src/engine';
import { TextMemo } from '../../../server/src/engine/text/memo';

describe('TextMemo', () => {
  it('gives what its function gives, computes it once per text, stays right once emptied at its limit, and keeps no long text', () => {
    let calls = 0;
    const memo = new TextMemo((text) => {
      calls++;
      return text.toUpperCase();
    }, 3, 10);
    assert.equal(memo.get('abc'), 'ABC');
    assert.equal(memo.get('abc'), 'ABC');
    assert.equal(calls, 1);
    // Another text of the same length is another value.
    assert.equal(memo.get('abd'), 'ABD');
    for (const text of ['w', 'x', 'y', 'z']) assert.equal(memo.get(text), text.toUpperCase());
    assert.ok(memo.size <= 3, `${memo.size} texts kept`);
    assert.equal(memo.get('abc'), 'ABC');
    const size = memo.size;
    assert.equal(memo.get('a text longer than ten'), 'A TEXT LONGER THAN TEN');
    assert.equal(memo.size, size);
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

  it('front matter kept across documents: its ranges and problems are placed in each document (after a byte order mark too)', () => {
    for (const frontMatter of ['type: charte\nlang: fr\ntitle: Charte de Brévalle', 'type: charte\ntitle: "Charte de Brévalle']) {
      for (const bom of ['', '\uFEFF', '']) {
        const text = `${bom}---\n${frontMatter}\n---\n\n# Charte\n\nTexte.\n`;
        const model = parseCharter(text, 'markdown');
        const type = text.indexOf('charte', bom.length + 4);
        assert.deepEqual(model.meta.type, { value: 'charte', range: { start: type, end: type + 'charte'.length } }, JSON.stringify(text));
        if (frontMatter.includes('"')) {
          // The title's quote is never closed: one problem, at the quote left open.
          assert.equal(model.problems.length, 1);
          assert.equal(model.problems[0]!.range.start, text.indexOf('"'));
        } else {
          const title = text.indexOf('Charte de Brévalle');
          assert.deepEqual(model.meta.title?.range, { start: title, end: title + 'Charte de Brévalle'.length });
          assert.ok(model.units.some((u) => u.kind === 'frontMatter' && u.start === title), 'the title is a unit of text');
        }
      }
    }
  });
});
