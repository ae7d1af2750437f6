import type { CheckDefinition } from './definition';

/** The names of a check's groups in the lexicon (spelled as vocabulary/index.ts spells them). */
export interface CheckGroups {
  /** `P02@`, `P02@~`: words of the check's context; `P02#`: headings about the check. */
  context: string;
  weakContext: string;
  /** `P02@!`: phrases whose context word says no rule ("advisory only", « en principe »). */
  contextTraps: string;
  heading: string;
  /** `P02@reach`, `P02@outside`: words of the reach of its rules, and phrases that exclude from it (see CheckEvidence.excluded). */
  reach: string;
  outside: string;
  elements: ElementGroups[];
}

/**
 * `P08.formats`, and its generic words (`~`), names beside another element (`%`), traps (`!`,
 * `!!`), `about` words (`^`) and words whose negation denies it without being evidence of it (`-`).
 */
export interface ElementGroups {
  strong: string;
  weak: string;
  beside: string;
  traps: string;
  paragraphTraps: string;
  about: string;
  denial: string;
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
