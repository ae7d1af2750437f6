import type { Lexicon } from '../vocabulary';
import { foldWord } from './fold';
import { SpellingTest, type FoldedForms, type TokenStream } from './tokens';
import type { OffsetRange } from '../types';

const NUMBER = /^\d+$/;
const BLANK_GAP = /^[ \t\u00a0\u202f]{0,2}$/;
const YEAR = /^(19|20)\d\d$/;
const SYMBOL_AFTER = /^[\s\u00a0\u202f]?(?:[.,]\d+)?[\s\u00a0\u202f]?[%€£$‰]/;
const SYMBOL_BEFORE = /[£€$][\s\u00a0\u202f]?$/;
/** Words of a sanction, of its cap or of a budget (folded), and how far before a sum they may stand (« pénalité forfaitaire de 150 € », « plafonnée à 15 000 euros »). */
const NON_TARGET_SUM_WORDS = new Set(['penalite', 'penalites', 'penalty', 'penalties', 'amende', 'amendes', 'fine', 'fines', 'plafonnee', 'plafonnees', 'capped',
  // and of a budget, which sizes a project rather than setting it a goal ("a budget of more than €25,000").
  'budget', 'budgets'].map(foldWord));
const NON_TARGET_SUM_REACH = 4;
/** Words that report a figure as a finding (folded): "a survey … found that only 23% of respondents", « l'enquête a montré que 40 % ». */
const FINDING_WORDS = new Set(['found', 'showed', 'averaged', 'montre', 'montré', 'révèle', 'révélé'].map(foldWord));
/**
 * Words a number after which names a part of a text or an item of a list (folded): "Schedule 1",
 * « annexe 2 », "Article 12", "KPI 3", "Priority 2 incidents", « lot 2 ».
 */
const REFERENCE_WORDS = new Set(['schedule', 'annex', 'annexe', 'appendix', 'article', 'section', 'chapter', 'chapitre', 'clause', 'part', 'partie', 'table', 'tableau', 'titre',
  'paragraph', 'paragraphe', 'kpi', 'priority', 'priorité', 'tier', 'phase', 'lot', 'step', 'étape'].map(foldWord));

/** The unit of hours, and the minutes of a clock time after it (« 19 h 55 »). */
const HOUR = 'h';
const MINUTES = /^[0-5]\d$/;
/** Prepositions a clock time stands after (« à 19 h 55 », « vers 18 h 30 », « dès 8 h 30 »), folded. */
const AT_TIME = new Set(['à', 'vers', 'dès'].map(foldWord));

/** Words that make a number the opening period of a term ("the first 12 months", « les 12 premiers mois »), folded. */
const FIRST = foldWord('first');
const OPENING = new Set(['premiers', 'premieres', 'premières'].map(foldWord));

/**
 * Quantified targets (P12): a number with a unit or a percentage, or a year given as a deadline
 * ("d'ici 2026", "by 2027"). A reporting frequency ("tous les 3 mois", "twice a year") is not a target.
 */
export function quantifiedTargets(stream: TokenStream, text: string, from: number, to: number, lex: Lexicon, heading = false, table = false): OffsetRange[] {
  const found: OffsetRange[] = [];
  const { forms, starts, ends } = stream;
  // A heading's number ("## 3.3 Working with partners", "## 2.1 Staff") counts nothing; nor does
  // a clause's, before the capital that opens its text ("7.3 An Annual Review of this Schedule").
  const numbering = numberingLength(text, starts, ends, forms, from, to);
  const opening = numbering > 0 && from + numbering < to ? text[starts[from + numbering]!]! : '';
  const first = heading || opening !== opening.toLowerCase() ? from + numbering : from;
  // Most words are no number: they are passed over by a byte of their spelling's entry.
  for (let t = NUMBERS.next(stream, first, to); t >= 0; t = NUMBERS.next(stream, t + 1, to)) {
    const key = forms[t]!.key;
    if (endsWithPhrase(forms, t, from, lex.target.frequency) || forms[t + 1]?.key === 'fois' || forms[t + 1]?.key === 'time') continue;
    // A number that names a part of the text counts nothing ("Schedule 1 datasets", « annexe 2 »),
    // nor does a sum of money after a penalty, a sanction (« une pénalité de 150 euros ») or a budget.
    if ((t > from && REFERENCE_WORDS.has(forms[t - 1]!.key)) || nonTargetWordBefore(forms, t, from)) continue;
    // Nor does the opening period of a term ("during the first 12 months", « les 12 premiers mois »).
    if ((t > from && forms[t - 1]!.key === FIRST) || OPENING.has(forms[t + 1]?.key ?? '')) continue;
    const start = starts[t]!;
    const end = ends[t]!;
    const after = text.slice(end, end + 8);
    const before = text.slice(Math.max(0, start - 2), start);
    // The unit stands right after the number, a blank between at most ("3 jours", "20\u00a0km"):
    // not after a full stop ("## 3. Working with partners").
    const unit = t + 1 < to && BLANK_GAP.test(text.slice(end, starts[t + 1]!)) ? unitAfter(forms, t + 1, to, lex.target.units) : 0;
    if (SYMBOL_AFTER.test(after) || SYMBOL_BEFORE.test(before)) found.push({ start, end });
    else if (unit > 0 && !isClockTime(text, starts, forms, t + unit, to, from) && !(COUNTED.has(forms[t + 1]!.key) && !table && !goalAround(stream, t, from, to))) found.push({ start, end: ends[t + unit]! });
    else if (YEAR.test(key) && withinDeadline(forms, t, from, lex.target.deadline)) found.push({ start, end });
  }
  return found;
}

/**
 * Units that count things (people, places, vehicles, requests). A count in running text says how
 * big something is (« la commune compte 4 150 habitants », "a workforce of 900 staff") unless a
 * word of a goal stands in its sentence (« objectif : 500 abonnés », "at least 2,000 users").
 * (In a table, the column says what a figure is: it is read as before.)
 */
const COUNTED = new Set(['usagers', 'utilisateurs', 'abonnés', 'habitants', 'véhicules', 'vélos', 'trottinettes', 'bornes', 'stations', 'trajets', 'déplacements', 'courses', 'jeux',
  'lampadaires', 'capteurs', 'foyers', 'logements', 'bâtiments', 'établissements', 'agents', 'communes', 'sessions', 'personnes', 'signalements', 'demandes', 'réponses', 'incidents',
  'users', 'residents', 'trips', 'journeys', 'rides', 'vehicles', 'bikes', 'scooters', 'chargers', 'charge', 'datasets', 'sensors', 'households', 'homes', 'buildings', 'staff',
  'officers', 'people', 'requests', 'complaints'].map(foldWord));
/** Words of a goal (folded). */
const GOAL = new Set(['objectif', 'objectifs', 'cible', 'cibles', 'atteindre', 'viser', 'vise', 'visons', 'moins', 'minimum', 'maximum', 'augmenter', 'porter', 'doubler', 'ici', 'horizon',
  'target', 'targets', 'targeted', 'goal', 'goals', 'aim', 'aims', 'reach', 'least', 'increase', 'double', 'by'].map(foldWord));
/** How far around a count a word of its goal may stand, in its sentence. */
const GOAL_REACH = 12;

/** Whether a word of a goal stands within GOAL_REACH words of the count at `t`, in its sentence and unit. */
function goalAround(stream: TokenStream, t: number, from: number, to: number): boolean {
  const { forms, sentences } = stream;
  for (let u = Math.max(from, t - GOAL_REACH); u < Math.min(to, t + GOAL_REACH); u++) if (sentences[u] === sentences[t] && GOAL.has(forms[u]!.key)) return true;
  return false;
}

/** The words whose key is a number (a key of digits only: the word is written in digits). */
const NUMBERS = new SpellingTest((forms) => NUMBER.test(forms.key));

/**
 * The hour of a clock time: after « à » and before its minutes (« La séance est levée à 19 h 55 »),
 * not a duration (« un délai de 2 h 30 »).
 */
function isClockTime(text: string, starts: Int32Array, forms: readonly FoldedForms[], unit: number, to: number, from: number): boolean {
  const hour = unit - 1;
  if (forms[unit]!.key !== HOUR || unit + 1 >= to || hour <= from || !AT_TIME.has(forms[hour - 1]!.key)) return false;
  return MINUTES.test(forms[unit + 1]!.key) && BLANK_GAP.test(text.slice(starts[unit]! + 1, starts[unit + 1]!));
}

/** Whether a word of penalty, of budget or of a finding stands within the few words before token `t`, in its clause. */
function nonTargetWordBefore(forms: readonly FoldedForms[], t: number, from: number): boolean {
  for (let u = t - 1; u >= Math.max(from, t - NON_TARGET_SUM_REACH); u--) if (NON_TARGET_SUM_WORDS.has(forms[u]!.key) || FINDING_WORDS.has(forms[u]!.key)) return true;
  return false;
}

/** How many words of a unit's numbering open it: numbers joined by a lone full stop ("3.3", "2.1.4"), or none. */
function numberingLength(text: string, starts: Int32Array, ends: Int32Array, forms: readonly FoldedForms[], from: number, to: number): number {
  let t = from;
  while (t < to && NUMBER.test(forms[t]!.key) && (t === from || (starts[t]! - ends[t - 1]! === 1 && text[ends[t - 1]!] === '.'))) t++;
  // A lone number is read by what follows it, below ("## 3. Working", but "## 20 % de trajets").
  return t - from >= 2 ? t - from : 0;
}

/** How many words of a unit stand at token `t` (its longest match), or 0. */
function unitAfter(forms: readonly FoldedForms[], t: number, to: number, units: Map<string, string[][]>): number {
  let longest = 0;
  for (const words of units.get(forms[t]!.key) ?? []) {
    if (words.length > longest && t + words.length <= to && words.every((k, i) => forms[t + i]!.key === k)) longest = words.length;
  }
  return longest;
}

/**
 * Whether the words right before token `t` end with one of the phrases (filed by their last word,
 * Lexicon.target).
 */
export function endsWithPhrase(forms: readonly FoldedForms[], t: number, from: number, phrases: ReadonlyMap<string, string[][]>): boolean {
  if (t - 1 < from) return false;
  for (const phrase of phrases.get(forms[t - 1]!.key) ?? NO_PHRASES) {
    const start = t - phrase.length;
    if (start < from) continue;
    let same = true;
    for (let i = 0; i < phrase.length - 1 && same; i++) same = forms[start + i]!.key === phrase[i];
    if (same) return true;
  }
  return false;
}
const NO_PHRASES: string[][] = [];

/** A deadline cue within the three words before the year ("d'ici fin 2026", "by the end of 2027"). */
function withinDeadline(forms: readonly FoldedForms[], t: number, from: number, phrases: ReadonlyMap<string, string[][]>): boolean {
  for (let back = 0; back <= 3; back++) {
    if (endsWithPhrase(forms, t - back, from, phrases)) return true;
  }
  return false;
}
