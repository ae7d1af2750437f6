import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseCharter } from '../../../server/src/engine';
import type { CharterModel } from '../../../server/src/engine/model';
import { byGroup } from '../../../server/src/engine/text/local';
import type { Hit } from '../../../server/src/engine/text/matcher';
import { lexicon } from '../../../server/src/engine/vocabulary';

/** The hits each piece of a document keeps (text/local.ts): none of a section's vocabulary (`axis:2`) outside headings, where nothing reads them. */

const lex = lexicon();

/** Every hit of every part of a model: its group's name and its words. */
function hitsOf(model: CharterModel): string[] {
  const { text, tokens } = model;
  return model.parts.flatMap((part) => part.hits(lex).hits.map((h) => `${lex.matcher.groupName(h.group)} ${text.slice(tokens.starts[h.first]!, tokens.ends[h.last]!)}`));
}

describe('the hits a piece keeps', () => {
  it('marks the section vocabularies, and only them, as read in headings alone', () => {
    for (const lexOf of [lex, lexicon({ P08: { exitPlan: ["plan de sortie d'un contrat"] } })]) {
      assert.equal(lexOf.headingOnly.length, lexOf.matcher.groupCount);
      const marked: string[] = [];
      for (let group = 0; group < lexOf.matcher.groupCount; group++) if (lexOf.headingOnly[group] === 1) marked.push(lexOf.matcher.groupName(group));
      assert.deepEqual(marked.sort(), ['axis:1', 'axis:2', 'axis:3', 'axis:4', 'axis:5', 'closing']);
    }
  });

  it('keeps the words of a section in a heading or a YAML key, not in the body', () => {
    const markdown = parseCharter('# Our charter\n\n## Contracts\n\nOur contracts require the CSV format.\n\n| Contracts | Formats |\n| --- | --- |\n| contracts | CSV |\n', 'markdown');
    assert.deepEqual(hitsOf(markdown).filter((h) => h.startsWith('axis:2 ')), ['axis:2 Contracts']);
    // (Other groups keep their hits in the body: the format stands in a paragraph and in a row.)
    assert.equal(hitsOf(markdown).filter((h) => h.startsWith('P08.formats ')).length, 2);
    const yaml = parseCharter('type: charter\ncontracts:\n  note: our contracts\n', 'yaml');
    assert.deepEqual(hitsOf(yaml).filter((h) => h.startsWith('axis:2 ')), ['axis:2 contracts']);
  });
});

describe('byGroup', () => {
  it('gives the hits kept, by group, then by first word, stable, whatever order the match left them in', () => {
    const hit = fc.record({ group: fc.nat({ max: 5 }), first: fc.nat({ max: 12 }), last: fc.nat({ max: 3 }) });
    fc.assert(fc.property(fc.array(hit, { maxLength: 60 }), fc.nat({ max: 3 }), (found: Hit[], drop) => {
      // Kept: all but the hits whose last word is `drop` (the identity of each hit is its object).
      const keep = (h: Hit): boolean => h.last !== drop;
      const expected = found.filter(keep).map((h, i) => ({ h, i })).sort((a, b) => a.h.group - b.h.group || a.h.first - b.h.first || a.i - b.i).map(({ h }) => h);
      const sorted = byGroup(found, 6, keep);
      assert.equal(sorted.length, expected.length);
      sorted.forEach((h, i) => assert.equal(h, expected[i]));
    }), { numRuns: 2000 });
  });
});
