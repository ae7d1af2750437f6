import en from './en.json';
import fr from './fr.json';
import { foldWord } from '../text/fold';
import { KeySet, termKeys } from '../text/tokens';
import { TermMatcher } from '../text/matcher';
import { columnName } from '../assigned';
import type { CheckCode, DocumentType, Language } from '../types';

/**
 * The compiled vocabulary: both languages are always applied (bilingual documents exist), plus
 * the user's extra terms. Group names: `P08.formats` (an element), `P08.formats!` (its traps),
 * `P08#` (headings about the check), `P02@` (context words), `P02@!` (phrases whose context word
 * says no rule: "advisory only", « en principe »), `P13.mechanism~` (generic words that
 * only count next to another element of the check: "évaluation", "owner"), `P02.internal!!` (traps
 * that void the element in their whole paragraph: "ouvertes par défaut"), `P16.owner^` (words that
 * make a row or a mapping one of the element's, for its `assigned` columns; also a sentence's word
 * of follow-up), `P16.owner&` (officers and bodies that are the element beside another of the
 * check's, with such a word: « la secrétaire générale présente chaque année un point d'étape »),
 * `P13.mechanism%` (names that count in the sentence of another element), `axis:2`, `closing`,
 * `type:charter`.
 */
export interface VocabularyFile {
  language: string;
  stopwords: string[];
  negation: {
    before: string[]; near: string[]; after: string[]; particle: string[]; particleEnd: string[]; exceptions: string[];
    /**
     * Cues of `before` that are nouns: they deny the complement they head ("the closure of the
     * forum"), not the noun they stand before ("Closure events must be published…"). English
     * only: a French noun does not stand before what it modifies (« l'absence de clause »).
     */
    nouns?: string[];
    /** Predicates that leave what comes before them undecided ("is not in scope", « reste à l'étude »). */
    undecided: string[];
    /**
     * Passive denials that something was brought into being, each lead with each participle:
     * « n'a pas été » + « créé », "has not been" + "established" ("Twelve months on, the Board has
     * not been established"). Undecided predicates, as `undecided`'s, written once for every tense.
     */
    notCreated?: { leads: string[]; participles: string[] };
    /**
     * Passives that say something was withdrawn, each lead with each participle of its group: « est
     * également » + « reporté », "has since been" + "withdrawn" ("The data literacy programme was
     * also dropped"). A group lists its leads apart: "is removed" is a procedure ("personal data is
     * removed after 30 days"), "was removed" a withdrawal.
     */
    withdrawn?: Array<{ leads: string[]; participles: string[] }>;
    /** Conditions that leave their whole sentence undecided ("if funding allows", « sous réserve de financement »). */
    conditional: string[];
    /**
     * A bare status that leaves undecided what comes before it in its clause only: « **Modalités
     * de partage** : à définir en 2025 », but not the cell before « | Composition à préciser | ».
     */
    pending?: string[];
    /**
     * A status that, alone after a label and its colon, says the labelled thing is not there yet:
     * « Portage politique : **à désigner** », "Elected sponsor: to be appointed". Anywhere else it
     * says nothing (« autorisé à engager l'adhésion … et à désigner les représentants »).
     */
    labelStatus?: string[];
    /** Active refusals (« n'a pas retenu », "rejected"): they withdraw only a previous sentence that their object points back to. */
    refused?: string[];
    /** Denials of what the previous sentence said when they open a sentence ("No such assessment…", « Rien de tel… »). */
    denyPrevious?: string[];
    /** Denials of what the previous sentence hoped or planned when they are the whole sentence ("We didn't.", « Cela ne s'est pas fait. »). */
    denyPreviousAlone?: string[];
    /**
     * Hypotheses that open a sentence (« Si la communauté crée un comité… », "Should the region set
     * up a forum…"): what their clause would create is not there.
     */
    hypothesis?: string[];
    /** Words that open an embedded question ("whether", « savoir si »): what follows them in their sentence is asked, not said. */
    question?: string[];
    /**
     * A question reported in minutes ("Cllr Pruitt asked how employees would be trained", « demande
     * si le comité se réunira »): what its clause asks is not said, wherever it stands.
     */
    asked?: string[];
  };
  types: Record<string, string[]>;
  typeAliases: Record<string, string>;
  sections: Record<string, string[]>;
  /** Minutes that strike a numbered part of the draft they discuss ("strike Section 9", « l'article 6 est supprimé »): the part's name, then its number. */
  strikes?: string[];
  checks: Record<string, Record<string, unknown>>;
  target: { units: string[]; deadline: string[]; frequency: string[] };
}

export const VOCABULARIES: Record<Language, VocabularyFile> = { fr: fr as VocabularyFile, en: en as VocabularyFile };

export interface Lexicon {
  matcher: TermMatcher;
  /**
   * Groups `undecided`, `conditional`, `pending`, `labelStatus`, `refused`, `denyPrevious`, `denyPreviousAlone`, `hypothesis`, `question`,
   * `asked` and `exception` (exceptions to negation: "sans frais", "no later than"), matched word
   * for word (stop words kept): one pass over a document's words finds them all.
   */
  undecided: TermMatcher;
  negation: {
    before: Set<string>; near: Set<string>; after: Set<string>; particle: Set<string>; particleEnd: Set<string>;
    /** The keys of the cues of `before` that are nouns (VocabularyFile's `nouns`). */
    nouns: Set<string>;
    /** The keys of before, near, after and particle: whether a word is a cue at all. */
    cues: Set<string>;
    /**
     * Cues that are the stem of a contraction, written "haven't" in the vocabulary: the tokenizer
     * reads "haven" and "t", and "Carrick Haven" or "won an award" deny nothing.
     */
    contracted: Set<string>;
    /** Cues written with « = » (`=sans`), by key: the spellings they must have (« San Teodoro » folds as « sans »). */
    spelled: Map<string, Set<string>>;
    /** The same, asked token by token (a scan of every token of a document). */
    cueTokens: KeySet;
  };
  /** Quantified targets (P12): unit words, and the phrases that make a year a deadline or a number a frequency. */
  /**
   * `units`: each unit's words (folded keys), by its first word ("working" leads to "working days").
   * `deadline`, `frequency`: the phrases' words, by their last word (« d'ici » under "ici"): a
   * number is checked only against the phrases that end with the word before it.
   */
  target: { units: Map<string, string[][]>; deadline: Map<string, string[][]>; frequency: Map<string, string[][]> };
  typeAliases: Map<string, DocumentType>;
  /**
   * Per element (`P16.owner`), the names of the table columns and YAML keys that assign it
   * (folded by `columnName`). Its `about` words are the group `P16.owner^`.
   */
  assigned: Map<string, Set<string>>;
  /**
   * Per group id, the number of the check whose strong terms the group holds (`P03.exchanges`: 3),
   * 0 for another kind of group (traps, generic words, headings…): read for every hit, found once.
   */
  strongChecks: Uint8Array;
  /**
   * Per group id, 1 for a group read only where it heads a section (the `sections` vocabulary:
   * `axis:2`, `closing`, by which fixes place a missing check): its hits elsewhere are not kept.
   */
  headingOnly: Uint8Array;
}

export type ExtraVocabulary = Partial<Record<CheckCode, Record<string, string[]>>>;

const cache = new Map<string, Lexicon>();

/** The lexicon for the built-in vocabulary plus `extra` (cached by content). */
export function lexicon(extra: ExtraVocabulary = {}): Lexicon {
  const cacheKey = JSON.stringify(extra);
  let lex = cache.get(cacheKey);
  if (!lex) {
    lex = build(extra);
    if (cache.size > 32) cache.clear();
    cache.set(cacheKey, lex);
  }
  return lex;
}

/** A group of an element's strong terms ("P03.exchanges"), with its check's number. */
const STRONG_GROUP = /^P(\d\d)\.[A-Za-z]+$/;
/** A negative contraction in the vocabulary ("haven't"): its stem, as the tokenizer reads it. */
const CONTRACTION = /^(\p{L}+n)['’]t$/u;

function build(extra: ExtraVocabulary): Lexicon {
  const files = Object.values(VOCABULARIES);
  const stopwords = new Set(files.flatMap((f) => f.stopwords.flatMap(termKeys)));
  const matcher = new TermMatcher(stopwords);
  const noStop = new Set<string>();
  const undecided = new TermMatcher(noStop);
  const target = { units: new Map<string, string[][]>(), deadline: new Map<string, string[][]>(), frequency: new Map<string, string[][]>() };
  const typeAliases = new Map<string, DocumentType>();
  const assigned = new Map<string, Set<string>>();
  const negation = {
    before: new Set<string>(), near: new Set<string>(), after: new Set<string>(), particle: new Set<string>(), particleEnd: new Set<string>(), nouns: new Set<string>(), cues: new Set<string>(),
    contracted: new Set<string>(), spelled: new Map<string, Set<string>>(),
  };
  /** The key of a cue word, learning what its spelling asks ("haven't", `=sans`). */
  const cueKey = (word: string): string => {
    const contraction = CONTRACTION.exec(word);
    if (contraction) {
      const stem = foldWord(contraction[1]!);
      negation.contracted.add(stem);
      return stem;
    }
    if (!word.startsWith('=')) return foldWord(word);
    const spelling = word.slice(1);
    const key = foldWord(spelling);
    const spellings = negation.spelled.get(key) ?? new Set<string>();
    negation.spelled.set(key, spellings.add(spelling.toLowerCase()));
    return key;
  };

  const sectionGroups = new Set<string>();
  for (const file of files) {
    // A word that only the other language stops ("an" in « une fois par an ») keeps its term word
    // for word: dropped, « une fois par an » would shrink to "fois" and match « au moins une fois ».
    const own = new Set(file.stopwords.flatMap(termKeys));
    // English compounds are matched side by side ("data board" is not "data for the board").
    const compounds = file.language === 'en';
    const add = (group: string, term: string): boolean => matcher.add(group, term, own, compounds);
    for (const [code, check] of Object.entries(file.checks)) {
      for (const [element, terms] of Object.entries(check)) {
        if (element === 'traps') {
          for (const [trapped, trapTerms] of Object.entries(terms as Record<string, string[]>)) {
            for (const t of trapTerms) add(`${code}.${trapped}!`, t);
          }
        } else if (element === 'heading') {
          for (const t of terms as string[]) add(`${code}#`, t);
        } else if (element === 'paragraphTraps') {
          for (const [trapped, trapTerms] of Object.entries(terms as Record<string, string[]>)) {
            for (const t of trapTerms) add(`${code}.${trapped}!!`, t);
          }
        } else if (element === 'denials') {
          // Words that are no evidence of an element, but whose negation denies it: "No numerical
          // targets were set" (P12's targets are numbers, not the word).
          for (const [denied, denialTerms] of Object.entries(terms as Record<string, string[]>)) {
            for (const t of denialTerms) add(`${code}.${denied}-`, t);
          }
        } else if (element === 'weak') {
          for (const [weakElement, weakTerms] of Object.entries(terms as Record<string, string[]>)) {
            for (const t of weakTerms) add(`${code}.${weakElement}~`, t);
          }
        } else if (element === 'beside') {
          // Names that count for an element only in a sentence that says another element of the
          // check: « Le comité de pilotage … se réunit chaque trimestre » (P16's owner beside its cadence).
          for (const [besideElement, besideTerms] of Object.entries(terms as Record<string, string[]>)) {
            for (const t of besideTerms) add(`${code}.${besideElement}%`, t);
          }
        } else if (element === 'assigned') {
          for (const [assignedElement, spec] of Object.entries(terms as Record<string, { columns: string[]; about: string[]; actors?: string[] }>)) {
            const group = `${code}.${assignedElement}`;
            const columns = assigned.get(group) ?? new Set<string>();
            for (const c of spec.columns) columns.add(columnName(c));
            assigned.set(group, columns);
            for (const t of spec.about) add(`${group}^`, t);
            for (const t of spec.actors ?? []) add(`${group}&`, t);
          }
        } else if (element === 'context') {
          for (const t of terms as string[]) add(`${code}@`, t);
        } else if (element === 'audiences') {
          // Whom a sentence is about, read by a `notWith` rule: P09's trainings for others
          // (`P09@outsiders`: residents, volunteers) unless it names the agents (`P09@trainees`).
          for (const [audience, audienceTerms] of Object.entries(terms as Record<string, string[]>)) {
            for (const t of audienceTerms) add(`${code}@${audience}`, t);
          }
        } else if (element === 'contextTraps') {
          // Phrases whose context word says no rule ("advisory only", « en principe »).
          for (const t of terms as string[]) add(`${code}@!`, t);
        } else if (element === 'weakContext') {
          for (const t of terms as string[]) add(`${code}@~`, t);
        } else if (element === 'exclusion') {
          // Words of the rules' reach ("apply", « s'appliquent »), which exclude with a negation, and
          // phrases that exclude by themselves ("outside the scope", « hors du champ »).
          const { reach, outside } = terms as { reach: string[]; outside: string[] };
          for (const t of reach) add(`${code}@reach`, t);
          for (const t of outside) add(`${code}@outside`, t);
        } else {
          for (const t of terms as string[]) add(`${code}.${element}`, t);
        }
      }
    }
    for (const [axis, terms] of Object.entries(file.sections)) {
      const group = axis === 'closing' ? 'closing' : `axis:${axis}`;
      sectionGroups.add(group);
      for (const t of terms) add(group, t);
    }
    for (const t of file.strikes ?? []) add('strikes', t);
    for (const [type, terms] of Object.entries(file.types)) for (const t of terms) add(`type:${type}`, t);
    for (const [alias, type] of Object.entries(file.typeAliases)) typeAliases.set(alias, type as DocumentType);
    // Negation terms are matched word for word, and a verb's person is no inflection the folding
    // undoes: a French term also stands in the plural (« ne relève pas du présent cadre », « ne
    // relèvent pas du présent cadre »).
    const persons = (terms: readonly string[]): string[] => (file.language === 'fr' ? [...new Set(terms.flatMap((t) => [t, pluralVerb(t)]))] : [...terms]);
    const { leads = [], participles = [] } = file.negation.notCreated ?? {};
    const created = [{ leads, participles }, ...(file.negation.withdrawn ?? [])].flatMap((g) => g.leads.flatMap((lead) => g.participles.map((p) => `${lead} ${p}`)));
    // A predicate in the perfect also stands in the pluperfect (« n'avait pas été retenue », "had
    // not been agreed"): a report tells what had not been done when it was written.
    const tenses = (terms: readonly string[]): string[] => terms.flatMap((t) => [t, pluperfect(t)]);
    for (const t of new Set(persons([...tenses(file.negation.undecided), ...created]))) undecided.add('undecided', t);
    for (const t of persons(file.negation.conditional)) undecided.add('conditional', t);
    for (const t of persons(file.negation.pending ?? [])) undecided.add('pending', t);
    for (const t of file.negation.labelStatus ?? []) undecided.add('labelStatus', t);
    for (const t of persons(file.negation.refused ?? [])) undecided.add('refused', t);
    for (const t of file.negation.denyPrevious ?? []) undecided.add('denyPrevious', t);
    for (const t of file.negation.denyPreviousAlone ?? []) undecided.add('denyPreviousAlone', t);
    for (const t of file.negation.hypothesis ?? []) undecided.add('hypothesis', t);
    for (const t of file.negation.question ?? []) undecided.add('question', t);
    for (const t of persons(file.negation.asked ?? [])) undecided.add('asked', t);
    for (const k of ['before', 'near', 'after', 'particle', 'particleEnd'] as const) for (const w of file.negation[k]) negation[k].add(cueKey(w));
    for (const w of file.negation.nouns ?? []) negation.nouns.add(cueKey(w));
    for (const t of file.target.units) {
      const words = termKeys(t);
      const first = words[0];
      if (!first) continue;
      const list = target.units.get(first);
      if (list) list.push(words);
      else target.units.set(first, [words]);
    }
    for (const t of file.target.deadline) byLastWord(target.deadline, termKeys(t));
    for (const t of file.target.frequency) byLastWord(target.frequency, termKeys(t));
  }
  // (After every predicate: the predicates' hits come in the order a matcher of their own gives.)
  for (const file of files) for (const t of file.negation.exceptions) undecided.add('exception', t);
  for (const [code, elements] of Object.entries(extra)) {
    for (const [element, terms] of Object.entries(elements ?? {})) for (const t of terms) matcher.add(`${code}.${element}`, t);
  }
  for (const set of [negation.before, negation.near, negation.after, negation.particle]) for (const w of set) negation.cues.add(w);
  const strongChecks = new Uint8Array(matcher.groupCount);
  for (let group = 0; group < strongChecks.length; group++) {
    const m = STRONG_GROUP.exec(matcher.groupName(group));
    if (m) strongChecks[group] = Number(m[1]);
  }
  const headingOnly = new Uint8Array(matcher.groupCount);
  for (let group = 0; group < headingOnly.length; group++) if (sectionGroups.has(matcher.groupName(group))) headingOnly[group] = 1;
  return { matcher, undecided, negation: { ...negation, cueTokens: new KeySet(negation.cues) }, target, typeAliases, assigned, strongChecks, headingOnly };
}

/** Files a phrase's words under its last word (an empty phrase under none). */
function byLastWord(phrases: Map<string, string[][]>, words: string[]): void {
  const last = words.at(-1);
  if (last === undefined) return;
  const list = phrases.get(last);
  if (list) list.push(words);
  else phrases.set(last, [words]);
}

/**
 * A term in the perfect, with its auxiliary in the pluperfect: « n'a pas été tranché » → « n'avait
 * pas été tranché », « n'ont pas encore été » → « n'avaient pas encore été », "has not been agreed"
 * → "had not been agreed". The term itself when it opens on no such auxiliary.
 */
export function pluperfect(term: string): string {
  return term
    .replace(/^n'a (pas|pas encore|finalement pas) été(?=\s|$)/, "n'avait $1 été")
    .replace(/^n'ont (pas|pas encore|finalement pas) été(?=\s|$)/, "n'avaient $1 été")
    .replace(/^ha(?:s|ve) (not|not yet) been(?=\s|$)/, 'had $1 been');
}

/**
 * A French term with its verb in the third person plural: « n'a pas été » → « n'ont pas été »,
 * « n'est pas » → « ne sont pas », « ne s'applique pas » → « ne s'appliquent pas », « a été
 * reporté » → « ont été reporté » (the participle's number is folded), « sera défini » → « seront
 * défini », « reste à définir » → « restent à définir ». The term itself when it has no such verb.
 */
export function pluralVerb(term: string): string {
  return term
    .replace(/(^|\s)n'a(?=\s)/, "$1n'ont")
    .replace(/(^|\s)n'est(?=\s)/, '$1ne sont')
    .replace(/(^|\s)a été(?=\s|$)/, '$1ont été')
    .replace(/(^|\s)est(?=\s)/, '$1sont')
    .replace(/(^|\s)sera(?=\s)/, '$1seront')
    .replace(/(^|\s)pourra(?=\s)/, '$1pourront')
    .replace(/(^|\s)(reste|demeure)(?= à\s)/, '$1$2nt')
    .replace(/(^|\s)(ne (?:s'|se )?|n')([a-zàâçéèêëîïôûù]+e)(?= (?:pas|plus|jamais|guère|point)(?:\s|$))/, '$1$2$3nt');
}
