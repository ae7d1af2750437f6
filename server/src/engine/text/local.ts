import type { Lexicon } from '../vocabulary';
import type { Hit } from './matcher';
import { NegationDetector } from './negation';
import { quantifiedTargets } from './target';
import type { TokenStream } from './tokens';

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
}

/** Finds the hits of `lex` in `stream` (tokens of `text`) that lie within one of `units`. */
export function findLocalHits(stream: TokenStream, text: string, units: ReadonlyArray<{ tokens: readonly [number, number] }>, lex: Lexicon): LocalHits {
  const unitOfToken = new Int32Array(stream.length).fill(-1);
  units.forEach((u, i) => unitOfToken.fill(i, u.tokens[0], u.tokens[1]));
  // By group, then by first word (stable: the order of the match for spans that start together),
  // so that a group's hits, part after part, come in document order.
  const hits = lex.matcher.match(stream, text)
    .filter((h) => unitOfToken[h.first] === unitOfToken[h.last])
    .sort((a, b) => a.group - b.group || a.first - b.first);
  const negation = new NegationDetector(stream, text, lex);
  const negated = new Uint8Array(hits.length);
  hits.forEach((h, i) => {
    if (negation.isNegated(h)) negated[i] = 1;
  });
  const targets: LocalHits['targets'] = [];
  units.forEach((u, unit) => {
    for (const r of quantifiedTargets(stream, text, u.tokens[0], u.tokens[1], lex)) targets.push({ unit, ...r });
  });
  return { hits, negated, targets };
}

/** The part of a document analysed as one piece (YAML): hits are found once per lexicon. */
export function wholePart(stream: TokenStream, text: string, units: ReadonlyArray<{ tokens: readonly [number, number] }>): TextPart {
  let cached: { lex: Lexicon; value: LocalHits } | undefined;
  return {
    tokenBase: 0,
    unitBase: 0,
    offset: 0,
    hits(lex) {
      if (cached?.lex !== lex) cached = { lex, value: findLocalHits(stream, text, units, lex) };
      return cached.value;
    },
  };
}
