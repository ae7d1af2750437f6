import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TokenStream } from '../../server/src/engine/text/tokens';
import { lexicon } from '../../server/src/engine/vocabulary';

// The vocabulary is data, edited by hand a term at a time: a term written twice in one list is
// an oversight (the second copy changes nothing, and hides which one a later edit should touch).
describe('vocabulary files', () => {
  for (const language of ['fr', 'en']) {
    it(`${language}.json holds no term twice in one list`, () => {
      const file = JSON.parse(readFileSync(join(__dirname, '../../server/src/engine/vocabulary', `${language}.json`), 'utf8')) as unknown;
      const twice: string[] = [];
      const visit = (value: unknown, path: string): void => {
        if (Array.isArray(value)) {
          const seen = new Set<string>();
          for (const term of value) {
            if (typeof term !== 'string') continue;
            if (seen.has(term)) twice.push(`${path}: ${term}`);
            seen.add(term);
          }
        } else if (value && typeof value === 'object') {
          for (const [key, child] of Object.entries(value)) visit(child, path ? `${path}.${key}` : key);
        }
      };
      visit(file, '');
      assert.deepEqual(twice, []);
    });
  }
});

describe('lexicon', () => {
  it("numbers each group of strong terms by its check, and no other group, with a user's extra terms too", () => {
    for (const lex of [lexicon(), lexicon({ P08: { exitPlan: ["plan de sortie d'un contrat"] } })]) {
      assert.equal(lex.strongChecks.length, lex.matcher.groupCount);
      let strong = 0;
      for (let group = 0; group < lex.matcher.groupCount; group++) {
        const [code = '', element, ...rest] = lex.matcher.groupName(group).split('.');
        const expected = /^P\d\d$/.test(code) && element !== undefined && /^[A-Za-z]+$/.test(element) && rest.length === 0 ? Number(code.slice(1)) : 0;
        assert.equal(lex.strongChecks[group], expected, lex.matcher.groupName(group));
        if (expected !== 0) strong++;
      }
      assert.ok(strong >= 30, `${strong} groups of strong terms`);
    }
    const withExtra = lexicon({ P08: { exitPlan: ["plan de sortie d'un contrat"] } });
    assert.ok(withExtra.matcher.hasGroup('P08.exitPlan'));
  });
});

describe('negation cues and their spellings', () => {
  it("reads a contraction as its stem, a cue only before « 't », and `=sans` as a spelling", () => {
    const { negation } = lexicon();
    for (const stem of ['haven', 'don', 'won', 'isn']) {
      assert.ok(negation.contracted.has(stem), stem);
      assert.ok(negation.cues.has(stem), stem);
    }
    assert.ok(!negation.contracted.has('not'));
    const sans = [...negation.spelled.entries()].find(([, spellings]) => spellings.has('sans'));
    assert.ok(sans && negation.near.has(sans[0]) && !sans[1].has('san'));
  });
});

describe('terms of one language that another spells alike', () => {
  const groupsIn = (text: string): string[] => {
    const lex = lexicon();
    const s = new TokenStream();
    s.add(text, 0, text.length);
    return lex.matcher.match(s, text).map((hit) => lex.matcher.groupName(hit.group));
  };

  it('reads « tiers » as third parties, and not an English membership "tier"', () => {
    assert.ok(groupsIn('Les données ne sont pas transmises à des tiers.').includes('P02.territory~'));
    assert.ok(!groupsIn('The Council joins at Gold tier; the tier can be reviewed.').includes('P02.territory~'));
  });
});
