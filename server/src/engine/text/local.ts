import type { Unit } from '../model';
import type { Lexicon } from '../vocabulary';
import { isDigit } from './fold';
import type { Hit } from './matcher';
import { NegationDetector } from './negation';
import { quantifiedTargets } from './target';
import { charCodeAt, type TokenStream } from './tokens';

/**
 * What the lexicon finds in one piece of text on its own: the hits that stay within one unit,
 * and which of them are negated. Both depend only on the piece (a negation never leaves its
 * sentence, a hit never leaves its unit), so a piece that did not change keeps them.
 */
export interface LocalHits {
  /** Sorted by group, then by first word. */
  hits: Hit[];
  /** 1 where `hits[i]` is negated. */
  negated: Uint8Array;
  /** Quantified targets (P12), by unit index and offsets, relative to the part. */
  targets: Array<{ unit: number; start: number; end: number }>;
}

/** A piece of the document (a Markdown segment, or the whole of a YAML document). */
export interface TextPart {
  /** Index in the document's stream of the part's first token, of its first unit, and its offset. */
  tokenBase: number;
  unitBase: number;
  offset: number;
  /** The part's hits, numbered in the document's stream (targets stay relative to the part). */
  hits(lex: Lexicon): LocalHits;
  /**
   * What `compute` makes of the part alone (its text, units and tokens, offsets and token numbers
   * relative to the part), kept while the part is unchanged: a keystroke reads again only the
   * piece it touched.
   */
  memo<T>(compute: PartComputation<T>): T;
}

/** A function of a part alone; `memo` keeps its result by the function itself. */
export type PartComputation<T> = (text: string, units: readonly Unit[], stream: TokenStream) => T;

/** Results of PartComputations for one piece, by computation. */
export class PartMemo {
  private readonly values = new Map<PartComputation<unknown>, unknown>();

  get<T>(compute: PartComputation<T>, text: string, units: readonly Unit[], stream: TokenStream): T {
    if (this.values.has(compute)) return this.values.get(compute) as T;
    const value = compute(text, units, stream);
    this.values.set(compute, value);
    return value;
  }
}

/**
 * Finds the hits of `lex` in `stream` (tokens of `text`) that lie within one of `units` (those of a
 * section's vocabulary, Lexicon.headingOnly, within a heading or a YAML key).
 */
export function findLocalHits(stream: TokenStream, text: string, units: ReadonlyArray<Pick<Unit, 'tokens' | 'kind'>>, lex: Lexicon): LocalHits {
  const unitOfToken = new Int32Array(stream.length).fill(-1);
  units.forEach((u, i) => unitOfToken.fill(i, u.tokens[0], u.tokens[1]));
  // (A section's words, `axis:2`, are read only in headings and YAML keys, by headingSections: the
  // tens of thousands that stand in the body of the charters are left out here, not carried
  // through negation and evidence.)
  const { headingOnly } = lex;
  const kept = (h: Hit): boolean => {
    const unit = unitOfToken[h.first]!;
    if (unit !== unitOfToken[h.last]) return false;
    if (headingOnly[h.group] === 1 && !headsSection(units[unit])) return false;
    return !numberedReference(stream, text, h);
  };
  const hits = byGroup(lex.matcher.match(stream, text), lex.matcher.groupCount, kept);
  const negation = new NegationDetector(stream, text, lex, unitOfToken);
  const negated = new Uint8Array(hits.length);
  hits.forEach((h, i) => {
    if (negation.isNegated(h)) negated[i] = 1;
  });
  const targets: LocalHits['targets'] = [];
  units.forEach((u, unit) => {
    for (const { start, end } of quantifiedTargets(stream, text, u.tokens[0], u.tokens[1], lex, u.kind === 'heading', u.kind === 'table')) targets.push({ unit, start, end });
  });
  return { hits, negated, targets };
}

/** Whether a unit heads a section: a heading, or a YAML key (as DocumentEvidence reads them). */
function headsSection(unit: Pick<Unit, 'kind'> | undefined): boolean {
  return unit?.kind === 'heading' || unit?.kind === 'yamlKey';
}

/**
 * Whether a hit is the letters of a reference number ("Report reference: CDS/25/031"): an
 * acronym numbered after a slash files a document; it is not the standard it would spell. Nor is
 * a clause named by its number a clause.
 */
function numberedReference(stream: TokenStream, text: string, h: Hit): boolean {
  if (h.first !== h.last) return false;
  const end = stream.ends[h.last]!;
  const next = charCodeAt.call(text, end + 1);
  // "the review under clause 12", « prévue à la clause 7 »: a cross-reference, not a clause of its own.
  if (charCodeAt.call(text, end) === SPACE && isDigit(next)) return CROSS_REFERENCES.has(text.slice(stream.starts[h.first]!, end).toLowerCase());
  if (charCodeAt.call(text, end) !== SLASH || !isDigit(next)) return false;
  const word = text.slice(stream.starts[h.first]!, end);
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}
/** Nouns that, before a number, point to another part of the document. */
const CROSS_REFERENCES = new Set(['clause', 'clauses']);
const SPACE = 32;
const SLASH = 47;

/**
 * The hits of `found` that `keep` keeps, by group, then by first word, stable (spans that start
 * together keep the order of the match), so that a group's hits, part after part, come in
 * document order. A counting sort by group, whose first pass also moves the kept hits to the front
 * of `found` (the match's own array, used up here: no filtered copy is made) and notes the groups
 * whose first words go backwards; the match gives most groups in order, and only those are sorted
 * again.
 */
export function byGroup(found: Hit[], groups: number, keep: (h: Hit) => boolean): Hit[] {
  // next[g + 1]: how many hits group g keeps. order[g]: its last hit's first word plus one (0
  // before its first hit), or OUT_OF_ORDER.
  if (groupColumns.next.length < groups + 1) groupColumns = { next: new Int32Array(groups + 1), order: new Int32Array(groups) };
  const { next, order } = groupColumns;
  next.fill(0, 0, groups + 1);
  order.fill(0, 0, groups);
  let count = 0;
  for (let i = 0; i < found.length; i++) {
    const h = found[i]!;
    if (!keep(h)) continue;
    found[count++] = h;
    next[h.group + 1]!++;
    const last = order[h.group]!;
    if (last !== OUT_OF_ORDER) order[h.group] = h.first + 1 < last ? OUT_OF_ORDER : h.first + 1;
  }
  for (let g = 1; g <= groups; g++) next[g]! += next[g - 1]!;
  const sorted = new Array<Hit>(count);
  for (let i = 0; i < count; i++) {
    const h = found[i]!;
    sorted[next[h.group]!++] = h;
  }
  // next[g] is now the end of group g: put back in order any group the match left out of order.
  for (let g = 0, start = 0; g < groups; start = next[g++]!) {
    if (order[g] !== OUT_OF_ORDER) continue;
    const end = next[g]!;
    const run = sorted.slice(start, end).sort((a, b) => a.first - b.first);
    for (let i = start; i < end; i++) sorted[i] = run[i - start]!;
  }
  return sorted;
}
const OUT_OF_ORDER = -1;
/**
 * byGroup's columns by group, reused from call to call (a call runs to its end without another):
 * a typed array of a few hundred numbers made at each call cost more than the counting sort of a
 * small charter's hits.
 */
let groupColumns = { next: new Int32Array(0), order: new Int32Array(0) };

/** The part of a document analysed as one piece (YAML): hits are found once per lexicon. */
export function wholePart(stream: TokenStream, text: string, units: readonly Unit[]): TextPart {
  let cached: { lex: Lexicon; value: LocalHits } | undefined;
  const memo = new PartMemo();
  return {
    memo: (compute) => memo.get(compute, text, units, stream),
    tokenBase: 0,
    unitBase: 0,
    offset: 0,
    hits(lex) {
      if (cached?.lex !== lex) cached = { lex, value: findLocalHits(stream, text, units, lex) };
      return cached.value;
    },
  };
}
