import assert from 'node:assert/strict';
import { CHECKS } from '../../../server/src/engine/checks';
import { groupsOf } from '../../../server/src/engine/checks/groups';
import { planOf } from '../../../server/src/engine/checks/plan';
import { lint } from '../../../server/src/engine';
import { lexicon } from '../../../server/src/engine/vocabulary';

describe('planOf', () => {
  it("numbers each of a check's groups as the lexicon does, and -1 for a group it lacks", () => {
    const lex = lexicon();
    const { matcher } = lex;
    const numbered = (name: string, id: number): void => {
      if (matcher.hasGroup(name)) assert.equal(matcher.groupName(id), name);
      else assert.equal(id, -1, `${name} is in no term of the lexicon`);
    };
    let present = 0;
    for (const check of CHECKS) {
      const plan = planOf(check, lex);
      assert.equal(planOf(check, lex), plan, 'planned once per lexicon');
      const names = groupsOf(check);
      for (const key of ['context', 'weakContext', 'contextTraps', 'heading', 'reach', 'outside'] as const) numbered(names[key], plan.groups[key]);
      assert.equal(plan.elements.length, check.elements.length);
      check.elements.forEach((element, i) => {
        const { groups } = plan.elements[i]!;
        for (const key of ['strong', 'weak', 'beside', 'traps', 'paragraphTraps', 'about', 'denial'] as const) {
          numbered(names.elements[i]![key], groups[key]);
          if (groups[key] >= 0) present++;
        }
        assert.deepEqual(plan.elements[i]!.besideElements.map((id) => matcher.groupName(id)), element.besideElements ?? []);
        const { notWith } = plan.elements[i]!;
        assert.equal(notWith === undefined, element.notWith === undefined);
        if (notWith && element.notWith) {
          numbered(element.notWith.group, notWith.group);
          assert.equal(notWith.unless, element.notWith.unless === undefined ? -1 : matcher.findGroup(element.notWith.unless));
          assert.equal(notWith.unlessNaming, element.notWith.unlessNaming === undefined ? -1 : matcher.findGroup(element.notWith.unlessNaming));
        }
        const beside = plan.elements[i]!.assignedBeside;
        assert.equal(beside >= 0 ? check.elements[beside]!.id : undefined, element.assignedBeside);
        assert.equal(plan.elements[i]!.assignedColumns, element.assignedBeside === undefined ? undefined : lex.assigned.get(`${check.code}.${element.id}`));
      });
    }
    assert.ok(present >= 80, `${present} groups present`);
    const p16 = planOf(CHECKS.find((c) => c.code === 'P16')!, lex);
    assert.equal(p16.elements.find((e) => e.assignedColumns)?.assignedBeside, 1, "P16's owner is assigned beside its cadence");
  });

  it("plans a user's lexicon apart: a term added to an element numbers its group there", () => {
    const extra = lexicon({ P07: { technical: ['standard maison'] } });
    const check = CHECKS.find((c) => c.code === 'P07')!;
    assert.notEqual(planOf(check, extra), planOf(check, lexicon()));
    assert.equal(extra.matcher.groupName(planOf(check, extra).elements[0]!.groups.strong), 'P07.technical');
    // (The user's term is found through the plan of the user's lexicon.)
    const text = '# Charte\n\n## Interopérabilité\n\nNous appliquons le standard maison à tous nos jeux de données.\n';
    const withTerm = lint({ text, filePath: 'c.md' }, { vocabulary: { P07: { technical: ['standard maison'] } } });
    const without = lint({ text, filePath: 'c.md' });
    assert.notDeepEqual(withTerm.evidence?.P07, without.evidence?.P07);
  });
});
