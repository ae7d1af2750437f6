import assert from 'node:assert/strict';
import { CHECKS } from '../../../server/src/engine/checks';
import { groupsOf } from '../../../server/src/engine/checks/groups';
import { lexicon } from '../../../server/src/engine/vocabulary';

describe('groupsOf', () => {
  it("spells each check's groups as the vocabulary names them: every group of a check in the lexicon is one forCheck reads", () => {
    const spelled = new Set<string>();
    for (const check of CHECKS) {
      const groups = groupsOf(check);
      assert.equal(groupsOf(check), groups, 'spelled once per check');
      assert.deepEqual([groups.context, groups.weakContext, groups.heading], [`${check.code}@`, `${check.code}@~`, `${check.code}#`]);
      assert.equal(groups.elements.length, check.elements.length);
      for (const names of groups.elements) spelled.add(names.strong).add(names.weak).add(names.beside).add(names.traps).add(names.paragraphTraps).add(names.about).add(names.denial);
      spelled.add(groups.context).add(groups.weakContext).add(groups.contextTraps).add(groups.heading).add(groups.reach).add(groups.outside);
    }
    // (Groups another check reads by name, `besideElements: ['P16.owner&']`, are spelled there.)
    const byName = new Set(CHECKS.flatMap((c) => c.elements.flatMap((e) => [...(e.besideElements ?? []), e.notWith?.group, e.notWith?.unless, e.notWith?.unlessNaming])));
    const { matcher } = lexicon();
    let checked = 0;
    for (let id = 0; id < matcher.groupCount; id++) {
      const name = matcher.groupName(id);
      if (!/^P\d\d/.test(name) || byName.has(name)) continue;
      assert.ok(spelled.has(name), `${name} is read by no name groupsOf spells`);
      checked++;
    }
    assert.ok(checked >= 90, `${checked} groups`);
    assert.equal(groupsOf(CHECKS.find((c) => c.code === 'P08')!).elements.find((e) => e.strong === 'P08.formats')?.weak, 'P08.formats~');
  });
});
