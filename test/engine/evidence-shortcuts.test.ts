import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lint, parseCharter } from '../../server/src/engine';
import { CHECKS } from '../../server/src/engine/checks';
import type { CheckDefinition } from '../../server/src/engine/checks/definition';
import { DocumentEvidence } from '../../server/src/engine/evidence';
import { lexicon } from '../../server/src/engine/vocabulary';

/**
 * forCheck keeps a group's hits whole, unread, when nothing in the document can leave one out or
 * deny it (evidence.ts, `split`): what can must each stop that shortcut.
 */
describe("forCheck's shortcuts", () => {
  it('reads every hit of a document with a risk register: a risk named in its risk column is no evidence', () => {
    const text = '# Data charter\n\n## Risk register\n\n| Risk | Mitigation |\n| --- | --- |\n| Loss of our seat at Eurocities | Yearly review |\n\n## Networks\n\nThe city is a member of Eurocities.\n';
    const evidence = lint({ text, filePath: 'charter.md' }).evidence?.P04 ?? [];
    const member = text.lastIndexOf('Eurocities');
    assert.deepEqual(evidence.map((e) => text.slice(e.start, e.end)), ['Eurocities']);
    assert.equal(evidence[0]!.start, member, 'the member, not the risk');
  });

  it('reads the generic words of a document whose strong term is denied: the words inside the denial are denied with it', () => {
    // « ne mesure aujourd'hui ni le coût ni l'effet » denies P13's measure; its generic « mesure » is denied with it.
    const file = path.join(__dirname, '..', 'corpus', 'holdout57', 'charte-lerac-en-corbiere.yaml');
    assert.equal(lint({ text: readFileSync(file, 'utf8'), filePath: file }).coverage?.P13, 'missing');
  });

  it("reads every hit of an element that a rate is not: « une dépense de 48 000 € par an » is no cadence", () => {
    // (P16's cadence also has a `notWith` rule, which stops the shortcut by itself: here it has only `notRate`.)
    const p16 = CHECKS.find((c) => c.code === 'P16')!;
    const rateOnly: CheckDefinition = { ...p16, elements: p16.elements.map((e) => (e.id === 'cadence' ? { ...e, notWith: undefined } : e)) };
    const text = '# Charte\n\n## Budget\n\nLe budget prévoit une dépense de 48 000 € par an.\n\n## Suivi\n\nLe comité se réunit deux fois par an.\n';
    const evidence = new DocumentEvidence(parseCharter(text, 'markdown'), lexicon()).forCheck(rateOnly, 'charter');
    const cadence = evidence.elements[p16.elements.findIndex((e) => e.id === 'cadence')]!;
    assert.ok(cadence.length > 0);
    for (const e of cadence) assert.ok(e.start > text.indexOf('## Suivi'), `${text.slice(e.start, e.end)} at ${e.start} is the expense's rate`);
  });
});
