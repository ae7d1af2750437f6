import type { Lexicon } from '../vocabulary';
import type { TokenStream } from './tokens';
import type { OffsetRange } from '../types';

/** Read through the builtin, as the tokenizer does: keys come in many string representations (tokens.ts). */
const charCodeAt = String.prototype.charCodeAt;
const NUMBER = /^\d+$/;
const YEAR = /^(19|20)\d\d$/;
const SYMBOL_AFTER = /^[\s\u00a0\u202f]?(?:[.,]\d+)?[\s\u00a0\u202f]?[%€£$‰]/;
const SYMBOL_BEFORE = /[£€$][\s\u00a0\u202f]?$/;

/**
 * Quantified targets (P12): a number with a unit or a percentage, or a year given as a deadline
 * ("d'ici 2026", "by 2027"). A reporting frequency ("tous les 3 mois", "twice a year") is not a target.
 */
export function quantifiedTargets(stream: TokenStream, text: string, from: number, to: number, lex: Lexicon): OffsetRange[] {
  const found: OffsetRange[] = [];
  const { keys, starts, ends } = stream;
  for (let t = from; t < to; t++) {
    const key = keys[t]!;
    // Most words do not start with a digit: no regex for them.
    const first = charCodeAt.call(key, 0);
    if (first < 48 || first > 57 || !NUMBER.test(key)) continue;
    if (endsWithPhrase(keys, t, from, lex.target.frequency) || keys[t + 1] === 'fois' || keys[t + 1] === 'time') continue;
    const start = starts[t]!;
    const end = ends[t]!;
    const after = text.slice(end, end + 8);
    const before = text.slice(Math.max(0, start - 2), start);
    const nextKey = t + 1 < to ? keys[t + 1] : undefined;
    if (SYMBOL_AFTER.test(after) || SYMBOL_BEFORE.test(before)) found.push({ start, end });
    else if (nextKey !== undefined && lex.target.units.has(nextKey) && starts[t + 1]! - end <= 2) found.push({ start, end: ends[t + 1]! });
    else if (YEAR.test(key) && withinDeadline(keys, t, from, lex.target.deadline)) found.push({ start, end });
  }
  return found;
}

/** Whether the words right before token `t` end with one of the phrases. */
function endsWithPhrase(keys: readonly string[], t: number, from: number, phrases: string[][]): boolean {
  return phrases.some((phrase) => phrase.every((k, i) => {
    const at = t - phrase.length + i;
    return at >= from && keys[at] === k;
  }));
}

/** A deadline cue within the three words before the year ("d'ici fin 2026", "by the end of 2027"). */
function withinDeadline(keys: readonly string[], t: number, from: number, phrases: string[][]): boolean {
  for (let back = 0; back <= 3; back++) {
    if (endsWithPhrase(keys, t - back, from, phrases)) return true;
  }
  return false;
}
