import type { CheckDefinition } from './checks/definition';
import type { CheckEvidence, DocumentEvidence, Evidence } from './evidence';
import { preambleScopeOf, type CharterModel } from './model';

/** A scope: unit ranges [from, to) where all required elements must be found together. */
export type Scope = Array<[number, number]>;

export interface CheckOutcome {
  verdict: 'covered' | 'partial' | 'missing';
  /** Element ids missing from the best scope (partial), or all required ones (missing). */
  missing: string[];
  /** The best scope (covered or partial). */
  scope?: Scope;
  /** Evidence of the best scope, one per element found there. */
  evidence: Evidence[];
  /** Optional elements absent everywhere (P08 raw data). */
  recommended: string[];
  /** The section that anchors the best scope: where a partial fix goes. */
  section: number;
}

/**
 * Verdict of one check (checklist.md sections 2 and 4): covered when one scope holds all
 * required elements; partial when an anchor element is found but no scope holds them all;
 * missing otherwise.
 */
export function evaluate(check: CheckDefinition, found: CheckEvidence, doc: DocumentEvidence): CheckOutcome {
  const required = check.elements.map((e, i) => (e.required ? i : -1)).filter((i) => i >= 0);
  const anchors = check.elements.map((e, i) => (e.anchor ? i : -1)).filter((i) => i >= 0);
  const optional = check.elements.map((e, i) => (e.required ? -1 : i)).filter((i) => i >= 0);
  // (A loop: flatMap copies a list of thousands of mentions element by element, generically.)
  let anchorEvidence: Evidence[] = [];
  for (const i of anchors) if (!found.vetoed[i]) anchorEvidence = anchorEvidence.length === 0 ? found.elements[i]! : anchorEvidence.concat(found.elements[i]!);
  const allRequiredIds = required.map((i) => check.elements[i]!.id);
  if (anchorEvidence.length === 0 || (check.ownSectionRules && saysNoneInItsSection(found, doc.model))) {
    return { verdict: 'missing', missing: allRequiredIds, evidence: [], recommended: [], section: -1 };
  }

  // Each anchor's evidence is sorted by unit (forCheck's): a scope's anchors are then a range of
  // each, found by a binary search, not of all of them merged (thousands in a long charter, where
  // the scopes tried are a few sections). Lists in another order are sorted together, once.
  const anchorLists = anchors.filter((i) => !found.vetoed[i]).map((i) => found.elements[i]!);
  const anchorsByUnit = anchorLists.every(sortedByUnit) ? anchorLists : [[...anchorEvidence].sort((a, b) => a.unit - b.unit)];
  const deniedBeside = deniedBesideAnchors(check, found, doc, anchorEvidence, required);
  let best: { scope: Scope; present: number[]; section: number } | undefined;
  for (const { scope, section } of candidateScopes(check, found, doc.model, anchorEvidence)) {
    const inside = anchorsIn(anchorsByUnit, scope);
    const beside = besideAnchors(inside, doc, check.itemsApart);
    const present = required.filter((i) => !found.vetoed[i] && (anchors.includes(i) ? inScope(found.elements[i]!, scope) : someInScope(found.elements[i]!, scope, beside)) && !deniedInScope(check, found, i, scope, doc)
      && !(deniedBeside[i]!.length > 0 && anchorsOnlyIn(inside, deniedBeside[i]!)));
    if (!present.some((i) => anchors.includes(i))) continue;
    if (!best || present.length > best.present.length) best = { scope, present, section };
    if (present.length === required.length) break;
  }
  if (!best) return { verdict: 'missing', missing: allRequiredIds, evidence: [], recommended: [], section: -1 };
  const scope = best.scope;
  const beside = besideAnchors(anchorsIn(anchorsByUnit, scope), doc, check.itemsApart);
  const evidence = check.elements
    .map((_, i) => (found.vetoed[i] ? undefined : firstInScope(found.elements[i]!, scope, anchors.includes(i) ? undefined : beside)))
    .filter((e): e is Evidence => e !== undefined);
  const recommended = optional.filter((i) => found.elements[i]!.length === 0).map((i) => check.elements[i]!.id);
  const missing = required.filter((i) => !best.present.includes(i)).map((i) => check.elements[i]!.id);
  return { verdict: missing.length === 0 ? 'covered' : 'partial', missing, scope, evidence, recommended, section: best.section };
}

/**
 * Whether the scope says an element is not there, which outweighs a passing mention of it before
 * that denial: a category of data is defined, then « Les modalités selon lesquelles les opérateurs
 * partageront ces données ne sont pas arrêtées », with "transport à la demande" in a list above.
 * For a non-anchor element, a mention after the last denial, or in a unit of the anchor's own
 * evidence, still counts. For `lastWordWins` elements (anchors too) only a mention after it does:
 * a criterion names the carbon footprint, its answer says "Productivity and carbon are not
 * measured"; rules of use for the services, then « il est décidé de ne pas étendre ces règles aux
 * délégataires ». An exclusion from the rules' reach ("This policy does not apply to contractors")
 * holds in every scope, whatever follows it (see `CheckEvidence.excluded`).
 */
function deniedInScope(check: CheckDefinition, found: CheckEvidence, i: number, scope: Scope, doc: DocumentEvidence): boolean {
  const element = check.elements[i]!;
  if ((element.anchor && !element.lastWordWins) || element.saidByNegation) return false;
  if (found.excluded[i]) return true;
  if (found.denied[i]!.length === 0) return false;
  // Lists sorted by unit: the scope's part of each is an index range found by a binary search.
  const each = (list: Evidence[], visit: (e: Evidence) => boolean | void): boolean => {
    for (const [a, b] of scope) {
      for (let k = lowerBound(list, a), end = lowerBound(list, b); k < end; k++) if (visit(list[k]!) === true) return true;
    }
    return false;
  };
  let last: Evidence | undefined;
  each(found.denied[i]!, (d) => { if (!last || d.start > last.start) last = d; });
  if (!last) return false;
  const lastDenial = last.start;
  const mentions = found.elements[i]!;
  if (each(mentions, (e) => e.start > lastDenial)) return false;
  // The rows of a table are separate entries: a denial in one row (« Animer un club des partenaires
  // | Retiré ») does not take back a mention in another (« Les règles d'usage s'appliquent aux
  // services municipaux ainsi qu'aux délégataires »), unless it stands in the header row.
  const denial = last;
  if (doc.model.units[denial.unit]?.kind === 'table') {
    const row = doc.rowOf(denial.unit, denial.start);
    if (row !== doc.model.units[denial.unit]!.start && each(mentions, (e) => e.unit === denial.unit && doc.rowOf(e.unit, e.start) !== row)) return false;
  }
  if (element.lastWordWins) return true;
  const anchorUnits = new Set<number>();
  check.elements.forEach((e, k) => {
    if (e.anchor) each(found.elements[k]!, (evidence) => { anchorUnits.add(evidence.unit); });
  });
  return !each(mentions, (e) => anchorUnits.has(e.unit));
}

/**
 * Per required non-anchor element, the anchors' own sections that deny it: a category of data is
 * defined, then « Les modalités selon lesquelles les partenaires partageront ces données restent à
 * définir ». A wider scope (the axis above) does not lend it a mention from a sibling section.
 */
function deniedBesideAnchors(check: CheckDefinition, found: CheckEvidence, doc: DocumentEvidence, anchorEvidence: Evidence[], required: number[]): Scope[] {
  const { model } = doc;
  const out: Scope[] = check.elements.map(() => []);
  if (model.yaml?.followsSchema) return out;
  // The anchors' sections, gathered for the first element denied (most checks have none).
  let sections: Set<number> | undefined;
  for (const i of required) {
    const element = check.elements[i]!;
    if (element.anchor || element.saidByNegation || found.denied[i]!.length === 0) continue;
    if (!sections) {
      sections = new Set<number>();
      for (const e of anchorEvidence) sections.add(model.units[e.unit]?.section ?? -1);
    }
    // Only a section holding a denial of the element can deny it in its own scope.
    const denying = new Set(found.denied[i]!.map((d) => model.units[d.unit]?.section ?? -1));
    for (const s of denying) {
      if (!sections.has(s)) continue;
      const section = model.sections[s];
      if (!section || s === model.titleSection) continue;
      const own: [number, number] = [section.headingUnit, section.ownEndUnit];
      if (deniedInScope(check, found, i, [own], doc)) out[i]!.push(own);
    }
  }
  return out;
}

/** Whether every anchor of a scope (`inside`) stands in one of the sections `within`. */
function anchorsOnlyIn(inside: Evidence[], within: Scope): boolean {
  return inside.length > 0 && inside.every((e) => within.some(([a, b]) => e.unit >= a && e.unit < b));
}

/**
 * The anchors that stand in the scope, range by range, in unit order (and in the order of the
 * lists, each sorted by unit, where they tie: as a stable sort of all of them would give).
 */
function anchorsIn(anchorsByUnit: Evidence[][], scope: Scope): Evidence[] {
  const inside: Evidence[] = [];
  for (const [a, b] of scope) {
    let range: Evidence[] = [];
    for (const list of anchorsByUnit) {
      const from = lowerBound(list, a);
      let to = from;
      while (to < list.length && list[to]!.unit < b) to++;
      range = mergedByUnit(range, list.slice(from, to));
    }
    for (const e of range) inside.push(e);
  }
  return inside;
}

/** The scopes that can hold the anchor evidence, narrowest first. */
function* candidateScopes(
  check: CheckDefinition, found: CheckEvidence, model: CharterModel, anchorEvidence: Evidence[],
): Generator<{ scope: Scope; section: number }> {
  if (model.yaml?.followsSchema) {
    yield { scope: yamlScope(check, model), section: yamlSection(check, model) };
    return;
  }
  // Every scope here is one range of units: a number stands for it.
  const seen = new Set<number>();
  const width = model.units.length + 1;
  const once = ([[from, to]]: [[number, number]]): boolean => {
    const key = from * width + to;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const evidence of anchorEvidence) {
    const unit = model.units[evidence.unit];
    if (!unit) continue;
    const preamble = model.preambleScopes[preambleScopeOf(model, evidence.unit)];
    if (preamble && once([preamble])) yield { scope: [preamble], section: -1 };
    let s = unit.section;
    // The document's title names its author (`titleNamesAuthor`): « Charte de la donnée de la
    // Métropole de X » holds P05 by itself, as a scope of its own line.
    const title = model.sections[model.titleSection];
    if (title?.headingUnit === evidence.unit && check.elements.some((e) => e.anchor && e.titleNamesAuthor) && once([[evidence.unit, evidence.unit + 1]])) yield { scope: [[evidence.unit, evidence.unit + 1]], section: model.titleSection };
    const own = model.sections[s];
    if (own && s !== model.titleSection) {
      const scope: [[number, number]] = [[own.headingUnit, own.ownEndUnit]];
      if (once(scope)) yield { scope, section: s };
    }
    for (; s >= 0; s = model.sections[s]!.parent) {
      const section = model.sections[s]!;
      if (!found.aboutSections.has(s)) continue;
      const scope: [[number, number]] = [[section.headingUnit, section.endUnit]];
      if (once(scope)) yield { scope, section: s };
    }
  }
}

/** YAML charters that follow the schema: the subtrees of the check's keys. */
function yamlScope(check: CheckDefinition, model: CharterModel): Scope {
  const scope: Scope = [];
  for (const key of check.yamlKeys) {
    const path = key.split('.');
    const section = model.sections.find((s) => s.keyPath && s.keyPath.join('.') === path.join('.'));
    if (section) scope.push([section.headingUnit, section.endUnit]);
  }
  return scope;
}

function yamlSection(check: CheckDefinition, model: CharterModel): number {
  const first = check.yamlKeys[0]!.split('.');
  for (let depth = first.length; depth > 0; depth--) {
    const path = first.slice(0, depth).join('.');
    const index = model.sections.findIndex((s) => s.keyPath?.join('.') === path);
    if (index >= 0) return index;
  }
  return -1;
}

function inScope(list: Evidence[], scope: Scope): boolean {
  return scope.some(([a, b]) => lowerBound(list, a) < list.length && list[lowerBound(list, a)]!.unit < b);
}

/** The first evidence of `list` in the scope (that `accept`s, when given). */
function firstInScope(list: Evidence[], scope: Scope, accept?: (e: Evidence) => boolean): Evidence | undefined {
  for (const [a, b] of scope) {
    for (let i = lowerBound(list, a); i < list.length && list[i]!.unit < b; i++) {
      if (!accept || accept(list[i]!)) return list[i];
    }
  }
  return undefined;
}

function someInScope(list: Evidence[], scope: Scope, accept: (e: Evidence) => boolean): boolean {
  return firstInScope(list, scope, accept) !== undefined;
}

/** Words of an item that take up what an item before it named (« ces données », "such data"). */
const TAKEN_UP = /(?<![\p{L}\p{N}])(?:ces|ces m[eê]mes|such|these|those|this) (?:donn[ée]es|data|informations?|jeux de donn[ée]es|datasets?|indicateurs|indicators)(?![\p{L}\p{N}])/iu;

/**
 * Whether a mention of another element goes with the scope's anchors (`inside`). The rows of
 * one table are separate entries (a summary of commitments: « E7 | Données d'intérêt territorial | En cours »,
 * « E13 | Indicateurs dans les conventions de partenariat »): a mention in a row of a table that
 * holds all the scope's anchors goes with them only in an anchor's row, or when either stands in
 * the header row, which heads every row. So are the items of one list for a check whose items
 * stand apart (`itemsApart`).
 */
function besideAnchors(inside: Evidence[], doc: DocumentEvidence, itemsApart = false): (e: Evidence) => boolean {
  const table = inside[0]?.unit;
  const { units } = doc.model;
  if (itemsApart && table !== undefined && units[table]?.kind === 'listItem') {
    const list = units[table]!.list;
    if (inside.every((e) => units[e.unit]?.kind === 'listItem' && units[e.unit]!.list === list)) {
      const own = new Set(inside.map((e) => e.unit));
      // (An item that takes the anchor's up by a demonstrative goes with it: « - Sont d'intérêt
      // territorial les données… - le contrat oblige le délégataire à transmettre ces données ».)
      // (Read once per item: the scope's mentions are tried one by one.)
      const takenUp = new Map<number, boolean>();
      const takesUp = (unit: number): boolean => {
        let yes = takenUp.get(unit);
        if (yes === undefined) takenUp.set(unit, (yes = TAKEN_UP.test(doc.model.text.slice(units[unit]!.start, units[unit]!.end))));
        return yes;
      };
      return (e) => own.has(e.unit) || units[e.unit]?.kind !== 'listItem' || units[e.unit]!.list !== list || takesUp(e.unit);
    }
  }
  if (table === undefined || units[table]?.kind !== 'table' || inside.some((e) => e.unit !== table)) return () => true;
  const header = units[table]!.start;
  const rows = new Set(inside.map((e) => doc.rowOf(table, e.start)));
  if (rows.has(header)) return () => true;
  return (e) => {
    if (e.unit !== table) return true;
    const row = doc.rowOf(table, e.start);
    return rows.has(row) || row === header;
  };
}

/** Two lists sorted by unit as one, `a`'s first where they tie. */
function mergedByUnit(a: Evidence[], b: Evidence[]): Evidence[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const merged: Evidence[] = [];
  let i = 0;
  let k = 0;
  while (i < a.length && k < b.length) merged.push(b[k]!.unit < a[i]!.unit ? b[k++]! : a[i++]!);
  while (i < a.length) merged.push(a[i++]!);
  while (k < b.length) merged.push(b[k++]!);
  return merged;
}

function sortedByUnit(list: Evidence[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]!.unit > list[i]!.unit) return false;
  return true;
}

function lowerBound(list: Evidence[], unit: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.unit < unit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether the document's own section about the check says there is none of it, and every mention
 * of it stands elsewhere: « suivi : Aucun comité de suivi n'est institué et aucune date de révision
 * n'est fixée », while « chaque année » elsewhere dates another body's meetings.
 */
function saysNoneInItsSection(found: CheckEvidence, model: CharterModel): boolean {
  if (found.aboutSections.size === 0) return false;
  const ranges: Array<[number, number]> = [];
  for (const s of found.aboutSections) {
    const section = model.sections[s];
    if (section) ranges.push([section.headingUnit, Math.max(section.ownEndUnit, section.headingUnit + 1)]);
  }
  const inside = (e: Evidence): boolean => ranges.some(([a, b]) => e.unit >= a && e.unit < b);
  return !found.elements.some((list) => list.some(inside)) && found.denied.some((list) => list.some(inside));
}
