import type { Axis } from '../rules';
import type { CheckCode, DocumentType, Severity } from '../types';

/** How a YAML charter that follows the schema satisfies an element by its keys. */
export interface YamlEvidence {
  /** Dotted key path under the document root, e.g. `data.reversibility.formats`. */
  path: string;
  /** The value must be one of these (e.g. `stage: upstream`); other values veto the element's text evidence. */
  equals?: string[];
  /** For lists of mappings: only this field of each item counts (`target` of `impact.kpis`). */
  field?: string;
  /** The value's text must also hold a quantified target (P12). */
  quantified?: boolean;
  /** The value's text must also hold a term of the element ("format ouvert" is no format). */
  matching?: boolean;
  /**
   * The field names what it holds, whatever its words: a pilot's `useCase` is a use case even when
   * it reads « Pilotage de l'extinction de l'éclairage » (a trap of the element's words elsewhere).
   */
  namesItself?: boolean;
}

export interface ElementDefinition {
  /** Element id, as used in configuration (`vocabulary: {P08: {formats: [...]}}`) and messages. */
  id: string;
  /** Required for `covered`; optional elements only give an info hint (P08 raw data). */
  required: boolean;
  /** Evidence of an anchor element is what makes a check `partial` rather than `missing`. */
  anchor: boolean;
  /** A term only counts when the same paragraph also speaks of rules of use (P02). */
  needsContext?: boolean;
  /**
   * A term only counts in a passage about partners (P12: "partnership agreements with performance
   * indicators"): a context word (`P12@`) in its paragraph or in a heading above it, or a document
   * that is itself a partnership agreement. A city's own KPIs are not its partners'; the
   * reversibility of a publication or of a bulk edit is no contract's (P08).
   */
  needsPartners?: boolean;
  /**
   * Hits in a sentence that also holds `group` do not count, unless the sentence also holds
   * `unless`, or the hit itself overlaps `unlessNaming`.
   */
  notWith?: { group: string; unless?: string; unlessNaming?: string };
  /**
   * The element's generic words ("évaluation", "piloted", "test") are evidence only when a
   * specific term of the check is found in the document: alone, an evaluation of a partnership is
   * not a way to measure impact, and a "Pilote" column is not a pilot project.
   */
  genericNeedsSpecific?: boolean;
  /**
   * Whether a negation of the element is its own form, not a denial: P11's limit is often said
   * "we will not extend it until it has been evaluated". Other non-anchor elements denied next to
   * their anchor are absent from that scope (evaluate.ts, `deniedInScope`).
   */
  saidByNegation?: boolean;
  /**
   * Whether a frequency after an amount is a rate, not the element: « une dépense de 48 000 € par
   * an », "kilograms of CO2-equivalent per year" give no cadence ("twice a year", « 4 réunions par
   * an » still do).
   */
  notRate?: boolean;
  /**
   * Whether a denial after every mention of the element in a scope removes it, wherever the
   * mentions stand (anchors included): P13's dimensions are named in a recommendation or a
   * criterion, then the answer says "Productivity and carbon are not measured"; P02's partners are
   * named, then « il est décidé de ne pas étendre ces règles aux délégataires ».
   */
  lastWordWins?: boolean;
  /**
   * Only a denial of all of them counts as one (« la commune n'adhérera à aucun réseau de villes »,
   * "will not join any city network"): « Elle ne rejoindra pas Eurocities » after « membre
   * d'OpenDataFrance » leaves the city a member of a network.
   */
  universalDenials?: boolean;
  /**
   * The element may also be assigned by the document's structure: a table column or a YAML key
   * named for it (the vocabulary's `assigned` columns: « Pilote », "Owner", `responsable:`),
   * answered in the row or mapping where element `assignedBeside` is found beside one of the
   * vocabulary's `about` words (« Présenter chaque année un bilan de la charte | Comité de la donnée »).
   */
  assignedBeside?: string;
  /**
   * The element's generic words also count in the document's title, which names its author: « Charte
   * de la donnée de la Métropole de X » is a policy carried at intercommunal level (P05), while a
   * Métropole named in passing is not.
   */
  titleNamesAuthor?: boolean;
  /**
   * Elements of other checks that also count as this one in the sentence of another of its
   * elements, as the `beside` vocabulary does: a data role or a data body (P10, P01) named in the
   * sentence of a cadence is the follow-up's owner (« Le comité de la donnée présente chaque année
   * un bilan »).
   */
  besideElements?: string[];
  /**
   * How many other elements of the check the sentence of a `beside` name must say (1 if not
   * given): a report is a measure of impact in a sentence that names two of its dimensions
   * (« le bilan annuel indiquera ce que le projet a coûté et le temps qu'il a fait gagner »), while
   * « le bilan budgétaire » names one.
   */
  besideNeeds?: number;
  /** Found by a detector rather than by vocabulary. */
  detector?: 'quantifiedTarget';
  yaml?: YamlEvidence[];
}

export interface CheckDefinition {
  code: CheckCode;
  name: string;
  axis: Axis;
  appliesTo: readonly DocumentType[];
  elements: readonly ElementDefinition[];
  /** Key paths whose subtrees are this check's scope in a schema YAML charter. */
  yamlKeys: readonly string[];
  /** Default severity of a `missing` verdict (P08, P10 and P15 are errors). */
  missingSeverity: Severity;
  /**
   * The document's own section about the check rules it: when that section says there is none
   * and every mention stands elsewhere, the check is missing. For a check whose words are generic
   * (P16's cadences and owners date and staff every other commitment too).
   */
  ownSectionRules?: boolean;
  /**
   * Each item of a list is its own statement: when the anchors stand in items of one list, the
   * other elements count in those items or outside the list, not in the list's other items (a
   * list of principles: "- partners' contracts include performance metrics; - … a comment
   * period of 30 days" sets no target for the metrics).
   */
  itemsApart?: boolean;
}

export const ALL_TYPES: readonly DocumentType[] = ['charter', 'usage-framework', 'partnership-agreement'];

export const element = (
  id: string, options: Partial<Omit<ElementDefinition, 'id'>> = {},
): ElementDefinition => ({ id, required: true, anchor: true, ...options });
