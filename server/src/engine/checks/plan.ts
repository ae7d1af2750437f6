import type { Lexicon } from '../vocabulary';
import type { CheckDefinition } from './definition';
import { groupsOf, type CheckGroups, type ElementGroups } from './groups';

/**
 * What forCheck reads of a check that depends only on its definition and the lexicon, settled once
 * per lexicon: its groups by number (-1 for a group the lexicon lacks), so that a document's hits
 * are read from an array and not looked up by name, some sixty times a check in every document.
 */
export interface CheckPlan {
  groups: CheckGroups<number>;
  elements: ElementPlan[];
}

export interface ElementPlan {
  groups: ElementGroups<number>;
  /** `notWith`, its groups by number. */
  notWith?: { group: number; unless: number; unlessNaming: number };
  /** `besideElements`, by number. */
  besideElements: number[];
  /** The columns and keys that assign the element (`assigned` vocabulary), when it has `assignedBeside`. */
  assignedColumns?: ReadonlySet<string>;
  /** The index of its `assignedBeside` element in the check (-1: none). */
  assignedBeside: number;
}

const plans = new WeakMap<Lexicon, WeakMap<CheckDefinition, CheckPlan>>();

export function planOf(check: CheckDefinition, lex: Lexicon): CheckPlan {
  let ofLexicon = plans.get(lex);
  if (!ofLexicon) plans.set(lex, (ofLexicon = new WeakMap()));
  let plan = ofLexicon.get(check);
  if (!plan) {
    plan = makePlan(check, lex);
    ofLexicon.set(check, plan);
  }
  return plan;
}

function makePlan(check: CheckDefinition, lex: Lexicon): CheckPlan {
  const id = (name: string): number => lex.matcher.findGroup(name);
  const idOf = (name: string | undefined): number => (name === undefined ? -1 : id(name));
  const { elements, ...named } = groupsOf(check);
  const groups: CheckGroups<number> = {
    context: id(named.context), weakContext: id(named.weakContext), contextTraps: id(named.contextTraps),
    heading: id(named.heading), reach: id(named.reach), outside: id(named.outside),
    elements: elements.map((e) => ({
      strong: id(e.strong), weak: id(e.weak), beside: id(e.beside), traps: id(e.traps), paragraphTraps: id(e.paragraphTraps), about: id(e.about), denial: id(e.denial),
    })),
  };
  return {
    groups,
    elements: check.elements.map((element, i) => ({
      groups: groups.elements[i]!,
      ...(element.notWith && {
        notWith: { group: id(element.notWith.group), unless: idOf(element.notWith.unless), unlessNaming: idOf(element.notWith.unlessNaming) },
      }),
      besideElements: (element.besideElements ?? []).map(id),
      ...(element.assignedBeside !== undefined && { assignedColumns: lex.assigned.get(elements[i]!.strong) }),
      assignedBeside: element.assignedBeside === undefined ? -1 : check.elements.findIndex((e) => e.id === element.assignedBeside),
    })),
  };
}
