import type { Lexicon } from '../vocabulary';
import type { Hit } from './matcher';
import { NegationDetector } from './negation';
import type { TokenStream } from './tokens';

/**
 * What the lexicon finds in one piece of text on its own: the hits that stay within one unit,
 * and which of them are negated. Both depend only on the piece (a negation never leaves its
 * sentence, a hit never leaves its unit), so a piece that did not change keeps them.
 */
export interface LocalHits {
  hits: Hit[];
  /** 1 where `hits[i]` is negated. */
  negated: Uint8Array;
}

/** A piece of the document (a Markdown segment, or the whole of a YAML document). */
export interface TextPart {
  /** Index in the document's stream of the part's first token. */
  tokenBase: number;
  /** The part's hits, token indices relative to `tokenBase`. */
  hits(lex: Lexicon): LocalHits;
}

/** Finds the hits of `lex` in `stream` (tokens of `text`) that lie within one of `units`. */
export function findLocalHits(stream: TokenStream, text: string, units: ReadonlyArray<{ tokens: readonly [number, number] }>, lex: Lexicon): LocalHits {
  const unitOfToken = new Int32Array(stream.length).fill(-1);
  units.forEach((u, i) => unitOfToken.fill(i, u.tokens[0], u.tokens[1]));
  const hits = lex.matcher.match(stream, text).filter((h) => unitOfToken[h.first] === unitOfToken[h.last]);
  const negation = new NegationDetector(stream, text, lex);
  const negated = new Uint8Array(hits.length);
  hits.forEach((h, i) => {
    if (negation.isNegated(h)) negated[i] = 1;
  });
  return { hits, negated };
}

/** The part of a document analysed as one piece (YAML): hits are found once per lexicon. */
export function wholePart(stream: TokenStream, text: string, units: ReadonlyArray<{ tokens: readonly [number, number] }>): TextPart {
  let cached: { lex: Lexicon; value: LocalHits } | undefined;
  return {
    tokenBase: 0,
    hits(lex) {
      if (cached?.lex !== lex) cached = { lex, value: findLocalHits(stream, text, units, lex) };
      return cached.value;
    },
  };
}
