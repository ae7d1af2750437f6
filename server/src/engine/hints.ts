import type { Unit } from './model';
import { endsInWord, SpellingTest, type TokenStream } from './text/tokens';

/**
 * First looks read from a unit's tokens, before a regular expression over its characters: each
 * token's spelling is tested once (SpellingTest), and a unit whose words cannot start a match is
 * not read again. Every character such an expression can match at the place tested is a letter,
 * so it lies in one run of letters, and a run is one token's whole spelling; the characters are
 * read still where a run may not be: after a parenthesised suffix's « s » (« élu(e)s », the next
 * token may start inside the run) and when the unit ends inside a word (left to the next range).
 */

/** Words of a sentence that withdraws its own section (lower case, before folding): a cheap first look. */
export const WITHDRAWN_SECTION_HINT = /retir|suppr|abandon|[ée]cart|withdr|delet|remov|dropp|forward/i;

/**
 * Whether a paragraph (`unit`, whose tokens are in `stream`; `paragraph`, its text) holds a match
 * of WITHDRAWN_SECTION_HINT: the expression over every paragraph was 2 % of a lint, and finds
 * almost nothing.
 */
export function hintsWithdrawal(stream: TokenStream, text: string, unit: Pick<Unit, 'end' | 'tokens'>, paragraph: string): boolean {
  if (paragraph.includes(')s') || endsInWord(text, unit.end)) return WITHDRAWN_SECTION_HINT.test(paragraph);
  return WITHDRAWAL_WORDS.next(stream, unit.tokens[0], unit.tokens[1]) >= 0;
}
const WITHDRAWAL_WORDS = new SpellingTest((forms) => WITHDRAWN_SECTION_HINT.test(forms.spelling));

/** A table cell that may hold a status (checked closely after folding). */
export const STATUS_CELL = /\|[ \t*_`]*(?:(?:engagement|objectif|action|mesure|commitment|objective|measure|adh\u00e9sion|adhesion|d\u00e9marche|demarche|dispositif|projet|project|initiative)s? +)?(?:(?:red|amber|rouge|orange) *[\u2014\u2013:-] *)?(?:not|noted|non|jamais|never|rejet|reject|refus|\u00e9cart|ecart|abandon|en r|\u00e0 l|a l|report|suspend|ajourn|en attente|propos|withdrawn|deferred|on hold|under|pending|declined|postpon|diff\u00e9r|differ|pas encore|cancel|annul|parked|paus|en pause|no change|descop|backlog|dropped|retir|hors|suppr|remov|discont|stopp|arr\u00eat|arret|\u2610|\[ \])/gi;

/**
 * Whether a cell of a table (`unit`; `table`, its text) may open with a status (STATUS_CELL: a
 * status, after a subject or a rating, or an empty box), read from the words that
 * open its cells: the expression tried every cell of every table (1.9 % of a lint).
 */
export function mayOpenWithStatus(stream: TokenStream, text: string, unit: Pick<Unit, 'start' | 'end' | 'tokens'>, table: string): boolean {
  return table.includes('\u2610') || table.includes('[ ]') || endsInWord(text, unit.end) || cellOpensWith(stream, text, unit, STATUS_OPENERS);
}
/**
 * The words that may open a cell STATUS_CELL matches: its subjects, ratings and statuses, by
 * their start, and the first words of its statuses of two words (« en attente », "on hold"), whole.
 */
export const STATUS_OPENING = /^(?:engagement|objectif|action|mesure|commitment|objective|measure|adh\u00e9sion|adhesion|d\u00e9marche|demarche|dispositif|projet|project|initiative|red|amber|rouge|orange|not|noted|non|jamais|never|rejet|reject|refus|\u00e9cart|ecart|abandon|report|suspend|ajourn|propos|withdrawn|deferred|under|pending|declined|postpon|diff\u00e9r|differ|cancel|annul|parked|paus|descop|backlog|dropped|retir|hors|suppr|remov|discont|stopp|arr\u00eat|arret)|^(?:en|\u00e0|a|on|pas|no)$/i;
const STATUS_OPENERS = new SpellingTest((forms) => STATUS_OPENING.test(forms.spelling));

/** A table cell that starts like a "no" answer, before folding (a cheap first look at a table). */
export const NO_CELL_START = /\|[ \t*_`]*(?:no|pas encore|\u2717|\u2718|\u274c)/i;

/** Whether a cell of a table may open with an answer of no (NO_CELL_START: "No", « pas encore », a cross). */
export function mayOpenWithNo(stream: TokenStream, text: string, unit: Pick<Unit, 'start' | 'end' | 'tokens'>, table: string): boolean {
  return table.includes('\u2717') || table.includes('\u2718') || table.includes('\u274c') || endsInWord(text, unit.end) || cellOpensWith(stream, text, unit, NO_OPENERS);
}
/** The words that may open a cell NO_CELL_START matches: "no…" by its start, « pas » whole. */
export const NO_OPENING = /^no|^pas$/i;
const NO_OPENERS = new SpellingTest((forms) => NO_OPENING.test(forms.spelling));

/**
 * Whether a token of `openers` opens a cell of a table: a | before it, with nothing between but
 * blanks and marks of emphasis (as the cell expressions allow: `\|[ \t*_\`]*`).
 */
function cellOpensWith(stream: TokenStream, text: string, unit: Pick<Unit, 'start' | 'tokens'>, openers: SpellingTest): boolean {
  const end = unit.tokens[1];
  for (let t = openers.next(stream, unit.tokens[0], end); t >= 0; t = openers.next(stream, t + 1, end)) {
    let at = stream.starts[t]! - 1;
    while (at >= unit.start && CELL_LEAD.includes(text[at]!)) at--;
    if (at >= unit.start && text[at] === '|') return true;
  }
  return false;
}
const CELL_LEAD = ' \t*_`';
