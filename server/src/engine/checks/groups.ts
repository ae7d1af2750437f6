import type { CheckDefinition } from './definition';

/**
 * The names of a check's groups in the lexicon (spelled as vocabulary/index.ts spells them), or
 * (`CheckGroups<number>`, checks/plan.ts) their numbers in one lexicon.
 */
export interface CheckGroups<G = string> {
  /** `P02@`, `P02@~`: words of the check's context; `P02#`: headings about the check. */
  context: G;
  weakContext: G;
  /** `P02@!`: phrases whose context word says no rule ("advisory only", « en principe »). */
  contextTraps: G;
  heading: G;
  /** `P02@reach`, `P02@outside`: words of the reach of its rules, and phrases that exclude from it (see CheckEvidence.excluded). */
  reach: G;
  outside: G;
  elements: Array<ElementGroups<G>>;
}

/**
 * `P08.formats`, and its generic words (`~`), names beside another element (`%`), traps (`!`,
 * `!!`), `about` words (`^`) and words whose negation denies it without being evidence of it (`-`).
 */
export interface ElementGroups<G = string> {
  strong: G;
  weak: G;
  beside: G;
  traps: G;
  paragraphTraps: G;
  about: G;
  denial: G;
}

const checkGroups = new WeakMap<CheckDefinition, CheckGroups>();

/**
 * A check's group names, spelled once per check: forCheck looks up some forty of them in every
 * document, and a name built for each lookup was concatenated, flattened and hashed each time.
 */
export function groupsOf(check: CheckDefinition): CheckGroups {
  let groups = checkGroups.get(check);
  if (!groups) {
    const { code } = check;
    groups = {
      context: `${code}@`,
      weakContext: `${code}@~`,
      contextTraps: `${code}@!`,
      heading: `${code}#`,
      reach: `${code}@reach`,
      outside: `${code}@outside`,
      elements: check.elements.map(({ id }) => ({
        strong: `${code}.${id}`, weak: `${code}.${id}~`, beside: `${code}.${id}%`, traps: `${code}.${id}!`, paragraphTraps: `${code}.${id}!!`, about: `${code}.${id}^`, denial: `${code}.${id}-`,
      })),
    };
    checkGroups.set(check, groups);
  }
  return groups;
}
