import type { Unit } from './model';
import { endsInWord, SpellingTest, type TokenStream } from './text/tokens';

/** Words of a sentence that withdraws its own section (lower case, before folding): a cheap first look. */
export const WITHDRAWN_SECTION_HINT = /retir|suppr|abandon|[ée]cart|withdr|delet|remov|dropp|forward/i;

/**
 * Whether a paragraph (`unit`, whose tokens are in `stream`; `paragraph`, its text) holds a
 * match of WITHDRAWN_SECTION_HINT, read from its tokens, each spelling tested once: the expression
 * over every paragraph's characters was 2 % of a lint, and finds almost nothing. Every character
 * it can match is a letter, so a match lies in one run of letters, and such a run is one token's
 * whole spelling; the characters are read only where a run may not be: after a parenthesised
 * suffix's « s » (« élu(e)s », the next token may start inside the run) and when the paragraph
 * ends inside a word (left to the next range).
 */
export function hintsWithdrawal(stream: TokenStream, text: string, unit: Pick<Unit, 'end' | 'tokens'>, paragraph: string): boolean {
  if (paragraph.includes(')s') || endsInWord(text, unit.end)) return WITHDRAWN_SECTION_HINT.test(paragraph);
  for (let t = unit.tokens[0]; t < unit.tokens[1]; t++) if (WITHDRAWAL_WORDS.has(stream, t)) return true;
  return false;
}
const WITHDRAWAL_WORDS = new SpellingTest((forms) => WITHDRAWN_SECTION_HINT.test(forms.spelling));
