/**
 * Word folding: the key under which a word is matched. Case and accents are dropped, and
 * inflection is folded by a light stemmer (number and gender only, in the spirit of Savoy's
 * French light stemmer). A full Snowball stemmer was tried and rejected: it conflates
 * "formation" with "format", "communication" with "commune" and "données" with "don", which
 * are exactly the confusions the checklist warns about (P08 formats, P09 training, P14).
 */

const COMBINING = /[\u0300-\u036f]/g;

/** Any character outside ASCII: a text without one has no accent to strip. */
const NON_ASCII = /[^\u0000-\u007f]/;

export function stripAccents(word: string): string {
  if (!NON_ASCII.test(word)) return word;
  return word.normalize('NFD').replace(COMBINING, '');
}

/** Lower case, ligatures expanded. Accents are kept for the stemmer, which needs é vs e. */
function lower(word: string): string {
  return word.toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

/** Folds one word (letters and digits only) to its matching key. */
/**
 * Words whose last letter is not an inflection: "commune" (municipality) is not "commun"
 * (shared), French "porte" (carries) must not become English "port", nor « pilote » English "pilot".
 */
const KEEP = new Map([
  ['commune', 'commune'], ['communes', 'commune'], ['porte', 'porte'], ['portes', 'porte'], ['porté', 'porte'], ['portée', 'portee'], ['portés', 'porte'],
  // « Pilote » (who leads an action, a column of action plans) is not English "pilot" (a trial).
  ['pilote', 'pilote'], ['pilotes', 'pilote'],
]);

export function foldWord(word: string): string {
  let w = lower(word);
  const kept = KEEP.get(w);
  if (kept) return kept;
  if (w.length <= 3 || /\d/.test(w)) return stripAccents(w);
  // Plural.
  if (w.endsWith('eaux')) w = w.slice(0, -1);
  else if (w.endsWith('aux') && w.length > 5) w = `${w.slice(0, -3)}al`;
  else if (w.endsWith('ies') && w.length > 5) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  else if (w.endsWith('x') && w.length > 4) w = w.slice(0, -1);
  // Feminine to masculine.
  if (w.endsWith('rice') && w.length > 6) w = `${w.slice(0, -4)}eur`;
  else if (w.endsWith('euse')) w = `${w.slice(0, -4)}eur`;
  else if (w.endsWith('ive') && w.length > 5) w = `${w.slice(0, -3)}if`;
  else if (w.endsWith('ère')) w = `${w.slice(0, -3)}er`;
  else if (w.endsWith('elle') || w.endsWith('enne') || w.endsWith('ette')) w = w.slice(0, -2);
  else if (w.endsWith('ée')) w = w.slice(0, -1);
  else if (w.endsWith('e') && (w.length > 4 || /[uiéy]e$/.test(w))) w = w.slice(0, -1);
  // Nouns in -ité, -uté, -iété lose their é as the same words written without accents lose their
  // e (`qualite_de_service`, « productivite », "communaute"): both fold to one key.
  if (w.length > 5 && (w.endsWith('ité') || w.endsWith('uté') || w.endsWith('iété'))) w = w.slice(0, -1);
  return stripAccents(w);
}

/** Feminine and plural suffixes of inclusive writing: élu·e·s, administrateur·rice, conseiller.ère. */
export const INCLUSIVE_SUFFIX = /^(?:[·•⋅.\-](?:e|es|s|rice|rices|trice|trices|ère|ères|euse|euses|le|les|ne|nes|te|tes|fe|fes|ve|ves|x)){1,2}(?![\p{L}\p{N}])/u;
/** Parenthesised forms: élu(e), délégué(e)s, référent(e)(s). */
export const PAREN_SUFFIX = /^(?:\((?:e|es|s|rice|ère|ne|le)\)s?){1,2}/u;

/** Whether a character code is an ASCII digit. */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
