import type { Lexicon } from '../vocabulary';
import type { Hit } from './matcher';
import { foldWord, isDigit } from './fold';
import { termKeys, type TokenStream } from './tokens';

/** Words that open a coordinated clause: an undecided predicate after them does not reach back past them. */
const COORDINATION = new Set(['and', 'but', 'while', 'whereas', 'however', 'et', 'mais', 'tandis', 'alors', 'cependant', 'toutefois'].map(foldWord));
/** Subject pronouns that take up the subject of the clause before (« …, mais elle n'a pas été retenue »), folded. */
const SUBJECT_PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'it', 'they'].map(foldWord));
/** What stands before a sentence that opens a list item or a clause after a semicolon. */
const ITEM_MARKS = ';:-*+\u2022';
/** "or", « ou »: a question that offers an alternative concedes it ("Whether you are staff or a contractor, …"), folded. */
const ALTERNATIVES = new Set(['or', 'ou'].map(foldWord));
/** How far back, in words, an undecided predicate reaches ("…, is not in scope of this Charter"). */
const UNDECIDED_REACH = 40;

/**
 * Words that stand for something said before: « Le collège communal y a renoncé », « ne l'a pas
 * retenue », « Il a été retiré », "This option was rejected". An impersonal « il n'est pas prévu
 * de… » or "it is not planned to…" is told apart by what follows the predicate (EXTRAPOSED).
 */
const ANAPHORS = new Set(['ce', 'cet', 'cette', 'ces', 'il', 'elle', 'elles', 'ils', 'l', 'y', 'celle', 'celui', 'ceux', 'cela', 'this', 'that', 'these', 'those', 'it', 'they', 'such'].map(foldWord));
/** Verbs of saying before the « que » / "that" of what they report (folded). */
const REPORTING = new Set(['indique', 'indiquent', 'precise', 'precisent', 'rappelle', 'rappellent', 'explique', 'expliquent', 'souligne', 'soulignent', 'confirme', 'confirment', 'repond', 'repondent',
  'says', 'said', 'explained', 'explains', 'confirmed', 'confirms', 'noted', 'notes', 'reported', 'reports', 'stated', 'states', 'indicated', 'indicates', 'replied', 'replies', 'answered', 'answers', 'responded', 'responds', 'added',
  // Verbs of judgement report a view the same way: « Le conseil a estimé que ce n'était pas le moment ».
  'estime', 'estiment', 'estimé', 'considère', 'considèrent', 'considéré', 'juge', 'jugent', 'jugé', 'conclut', 'concluent', 'conclu',
  'considered', 'considers', 'felt', 'feels', 'concluded', 'concludes', 'judged'].map(foldWord));
const THAT_WORDS = new Set(['que', 'qu', 'that'].map(foldWord));
/** Verbs of deciding whose "that" opens what they decide, not a relative clause: "Agreed that the Council not apply…". */
const DECIDING = new Set([...REPORTING, ...['agreed', 'agree', 'agrees', 'resolved', 'resolves', 'decided', 'decides', 'recommend', 'recommends', 'recommended', 'proposed', 'proposes',
  'moved', 'requested', 'requests'].map(foldWord)]);
/** Words after which "that" opens a clause of what is found or is the case, not a relative one: "The answer was that it does not have an owner", "We found that…", folded. */
const THAT_COMPLEMENTS = new Set(['is', 'was', 'are', 'were', 'found', 'finds', 'shows', 'showed', 'means', 'meant', 'learned', 'learnt', 'told', 'est', 'était'].map(foldWord));
/** Demonstratives that stand before a noun (not the pronouns "that", « cela »). */
const DEMONSTRATIVE_DETERMINERS = new Set(['ce', 'cet', 'cette', 'ces', 'this', 'these', 'those'].map(foldWord));
/** What opens a subject that names something other than what came before (« les autres », "the other"), folded. */
const OTHER_ONES = new Set(['autre', 'autres', 'other', 'others', 'remaining'].map(foldWord));
/** Possessives that take up what the sentence before named (with a head of PROCESS_HEADS). */
const POSSESSIVES = new Set(['son', 'sa', 'leur', 'its', 'their'].map(foldWord));
/** Nouns of the making of something: its possessive speaks of the whole (« son élaboration », "its adoption"), not of a part (« ses membres »). */
const PROCESS_HEADS = new Set(['élaboration', 'adoption', 'création', 'lancement', 'installation', 'signature', 'rédaction', 'déploiement', 'constitution', 'mise',
  'launch', 'creation', 'implementation', 'drafting', 'development', 'establishment', 'introduction', 'rollout'].map(foldWord));
/** Object pronouns inside a refusal (« de ne pas la retenir », "declined to establish one"): what they stand for was said before. */
const OBJECT_PRONOUNS = new Set(['la', 'le', 'les', 'it', 'them', 'one'].map(foldWord));
/** Object pronouns that follow their verb ("not to pursue it"), folded: French ones stand before it. */
const TRAILING_PRONOUNS = new Set(['it', 'them'].map(foldWord));
/** Determiners that open a predicate's object ("does not set up any scheme", « ne crée aucun comité »); not "a", which folds as « à ». */
const OBJECT_DETERMINERS = new Set(['any', 'an', 'its', 'their', 'our', 'aucun', 'aucune', 'un', 'une', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos'].map(foldWord));
/** Demonstratives: an object « cette proposition », "this option" names what was said before. */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['ce', 'cet', 'cette', 'ces', 'this', 'these'].map(foldWord));
/** After these, what the predicate is about follows it (« il n'est pas prévu de créer… », « il n'a pas vocation à régir… », « il ne s'applique pas aux prestataires »). */
const EXTRAPOSED = new Set(['de', 'd', 'que', 'qu', 'à', 'aux', 'to', 'that', 'whether', 'if', 'si'].map(foldWord));
/** Words that end a predicate before the « de » of a locution of time (« lors de », « au cours de »), folded. */
const TIME_LOCUTIONS = new Set(['lors', 'cours', 'moment', 'occasion'].map(foldWord));
/**
 * What may follow a predicate without being what it is about: time adverbials, and pronouns that
 * point back ("This policy does not apply to them", « ne s'applique pas à eux »).
 */
const TIME_ADVERBIALS = ['à ce stade', 'à ce jour', 'à ce moment', "à l'heure actuelle", 'à présent', 'at this stage', 'to date', 'at present'].map(termKeys);
/** What a predicate's complement may follow: a time adverbial, or a word of time (« ne s'appliquent pas encore à nos délégataires »). */
const PASSED_ADVERBIALS = [...TIME_ADVERBIALS, ...['encore', 'yet', 'toujours', 'still', "pour l'instant", 'pour le moment', 'for now', 'actuellement', 'currently'].map(termKeys)];
const ADVERBIALS = [...TIME_ADVERBIALS, ...['à plus tard', 'à une date ultérieure', 'à la prochaine', "à l'année prochaine", 'to a later date', 'to next year', 'to the next',
  'to them', 'to it', 'to those', 'to these', 'à eux', 'à elles', 'à ceux-ci', 'à celles-ci',
  // (« …mais qu'elle n'a pas été retenue au budget 2025 »: where it was not kept, not what.)
  'au budget', 'au programme', 'to the budget'].map(termKeys)];
const DIGIT = /^\d/;
/** A year, as a token's key ("2024"). */
const YEAR = /^(?:19|20)\d\d$/;
/** The prepositions that open a predicate's own complement ("do not apply to", « ne s'appliquent pas aux »). */
const OWN_COMPLEMENT = new Set(['à', 'aux', 'au', 'to'].map(foldWord));
const ELIDED_ARTICLE = foldWord('l');
/** The most words of a paragraph's run-in label (« **Adhésion à OpenDataFrance.** »). */
const RUN_IN_LABEL = 6;
/** Marks of emphasis that open a run-in label. */
const EMPHASIS = '*_';
/** Cues that open a contrast after a comma ("…, not to block it", « …, pas la contrainte »). */
const CONTRAST_CUES = new Set(['not', 'non', 'pas'].map(foldWord));
const THAT = foldWord('that');
/** Auxiliaries an object pronoun l' stands before (« l'a écartée », « l'ont retenue », « l'avait annoncé »), folded. */
const AUXILIARIES = new Set(['a', 'ont', 'avait', 'avaient', 'avons', 'avez', 'aura', 'auront', 'est', 'sont', 'était', 'étaient', 'sera', 'seront'].map(foldWord));
/** Prepositions: an « l' » after one opens a noun (« de l'Agglo »), not a pronoun (« Le comité l'a écartée »). */
const PREPOSITIONS = new Set(['de', 'd', 'à', 'par', 'pour', 'sur', 'dans', 'avec', 'sans', 'vers', 'chez', 'entre', 'sous', 'selon', 'après', 'avant', 'depuis', 'pendant', 'dès', 'contre', 'auprès', 'envers'].map(foldWord));
/** Modal verbs: « ne » or "not" beside one forbids an act (folded). */
const MODALS = new Set(['may', 'must', 'shall', 'should', 'can', 'peut', 'peuvent', 'doit', 'doivent', 'pourra', 'pourront', 'devra', 'devront'].map(foldWord));
/** Conjunctions before a cue that contrasts what follows with what came before ("and not", « et non »), folded. */
const CONTRASTING = new Set(['and', 'rather', 'et', 'plutôt'].map(foldWord));
/**
 * "but" / « mais » before a cue contrasts only a complement that follows ("access to peer learning
 * but not to the joint projects"): before a predicate it denies the same subject ("clauses drafted
 * but not yet agreed"). What opens such a complement, folded.
 */
const BUT = new Set(['but', 'mais'].map(foldWord));
const CONTRASTED_OPENING = new Set(['to', 'for', 'with', 'in', 'on', 'the', 'a', 'an', 'à', 'au', 'aux', 'pour', 'avec', 'le', 'la', 'les', 'des', 'du', 'de'].map(foldWord));
/** Words that open a complement after a cue set off by a comma (", not after the event"), folded. */
const CONTRASTED_COMPLEMENT = new Set(['after', 'before', 'at', 'in', 'once', 'when', 'the', 'a', 'an', 'afterwards', 'later', 'après', 'avant', 'une', 'un', 'le', 'la', 'les'].map(foldWord));
/** French reflexive pronouns, right after « ne » (« ne s'applique pas »), folded. */
const REFLEXIVES = new Set(['se', 's'].map(foldWord));
/** Cues that chain in one clause (« ne … ni … ni », "neither … nor"), folded. */
const CHAINED_CUES = new Set(['ne', 'n', 'ni', 'neither', 'nor'].map(foldWord));
/** What follows the stem of a negative contraction (the lexicon's `contracted`: "haven" of "haven't"). */
const CONTRACTED = /^['’]t(?![\p{L}\p{N}])/u;
/** A verb right after a coordination, with no subject of its own: it shares the first clause's (« …, et sont hors du périmètre »), folded. */
const SHARED_SUBJECT_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'remains', 'remain', 'est', 'sont', 'reste', 'restent', 'demeure', 'demeurent'].map(foldWord));
/** Prepositions after a coordination that add a complement to the same head (« et aux autres partenaires », "and to other partners"), folded. */
const SHARED_HEAD = new Set(['aux', 'au', 'à', 'des', 'du', 'de', 'to', 'of', 'for'].map(foldWord));
/** What asks a yes-or-no question (folded). */
const WHETHER = new Set(['whether', 'si'].map(foldWord));
/** Words that open an indirect question as a subject (folded). */
const QUESTION_WORDS = new Set(['who', 'how', 'when', 'which', 'whether', 'qui', 'comment', 'quand', 'lequel', 'laquelle'].map(foldWord));
/** How many sentences before the previous one a generic head may take up (« l'amendement »). */
const EARLIER_REACH = 2;
/** How far back (in tokens) a numbered proposal rejected is looked for (TextNegation.takeUpLabelled). */
const LABEL_REACH = 600;
/** A labelled paragraph shorter than this (in tokens) is a label alone: its text follows. */
const LABEL_ALONE = 5;
/** Words between a head and its number (« n° », "No."), folded. */
const NUMBER_MARKS = new Set(['n', 'no', 'nº', 'numero', 'number'].map(foldWord));
/** Nouns that stand for whatever the previous sentence described (folded). */
const GENERIC_HEADS = new Set(['projet', 'démarche', 'initiative', 'dispositif', 'idée', 'proposition', 'piste', 'amendement', 'motion', 'poste', 'option', 'question', 'project', 'proposal', 'idea', 'scheme', 'amendment', 'post'].map(foldWord));
/** Verbs that name a generic head's thing as they introduce it (« M. Aubespin propose d'ajouter… »: the proposal). */
const HEAD_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries({
  proposition: ['propose', 'proposent', 'proposons', 'proposez', 'proposait', 'proposaient', 'proposé', 'proposée'],
  proposal: ['propose', 'proposes', 'proposed', 'proposing'],
}).map(([head, verbs]) => [foldWord(head), new Set(verbs.map(foldWord))]));
/**
 * Nouns a refusal names its object by, with no article, and the words that introduce that object
 * in the sentence before: "The CEO reported an invitation to join OASC. The Board decided not to
 * pursue membership." (folded).
 */
const BARE_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries({
  membership: ['join', 'joining', 'member', 'membership'],
  adhésion: ['adhérer', 'adhère', 'rejoindre', 'adhésion', 'membre'],
}).map(([head, words]) => [foldWord(head), new Set(words.map(foldWord))]));
/** Heads of a subject that name how something is done, not the thing (see takesUpPrevious). */
const MANNER_HEADS = new Set(['modalités', 'conditions', 'arrangements', 'terms', 'details'].map(foldWord));
/** How many sentences back a bare head's introduction is looked for, in its paragraph. */
const BARE_HEAD_SENTENCES = 3;
/** Heads that name a membership, and the verbs of joining that introduce it in the sentence before (folded). */
const JOINED_BY: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries({
  membership: ['join', 'joins', 'joining'],
  adhésion: ['adhère', 'adhérer', 'rejoindre', 'rejoint'],
}).map(([head, words]) => [foldWord(head), new Set(words.map(foldWord))]));
/** The verbs of joining, which a refusal may end on with no object ("agreed not to join at this time"). */
const JOINING = new Set([...JOINED_BY.values()].flatMap((words) => [...words]));
/** What follows a verb with no object: a time complement (« à ce stade », "at this time", "for now", "until…"). */
const AFTER_OBJECTLESS = new Set(['at', 'for', 'now', 'until', 'yet', 'before', 'à', 'pour', 'avant'].map(foldWord));
/** Heads that name how something is done (« les modalités de ce partage », "the terms of this arrangement"), folded. */
const MODALITY_HEADS = new Set(['modalités', 'conditions', 'arrangements', 'terms', 'modalities', 'details'].map(foldWord));
/** Prepositions that open a noun's complement (« l'évaluation de l'empreinte », "the review of the contracts"). */
const COMPLEMENT_PREPOSITIONS = new Set(['de', 'd', 'du', 'des', 'of'].map(foldWord));
/** Definite articles: "The pilot was cancelled" speaks of the pilot the previous sentence named. */
const DEFINITE = new Set(['the', 'le', 'la', 'les', 'l'].map(foldWord));
/** The most words before an undecided predicate for its sentence to be about an earlier one. */
const ANAPHOR_LEAD = 8;
/** How many words may stand between « ne » and the verb it negates: « n'y expérimentera pas ». */
const PARTICLE_LEAD = 2;
/** How many words a clause that opens a sentence before its subject may hold (« Mis aux voix, », "On being put to the vote,"). */
const OPENING_CLAUSE = 6;
/** Words that open a sentence on its topic (« Quant aux… », « Pour les partenaires, … », "Regarding…"), folded. */
const TOPIC_OPENERS = new Set(['quant', 'concernant', 'pour', 'regarding', 'concerning'].map(foldWord));
/** "As" opens a topic before these: "As for…", "As to…", "As regards…" (folded). */
const AS = foldWord('as');
const TOPIC_AFTER_AS = new Set(['for', 'to', 'regards'].map(foldWord));
/** « Quant à … », "as for …": a sentence's topic (NegationDetector.topicPronoun), folded. */
const QUANT = foldWord('quant');
/** « Sur X, on … »: a topic opened by « sur » and taken up by « on » (NegationDetector.topicPronoun), folded. */
const SUR = foldWord('sur');
const ON = foldWord('on');
const FOR = foldWord('for');
/** Verbs that stand for what the sentence before proposed: "do so", "do this", « le faire » (folded). */
const PRO_VERBS = [['do', 'so'], ['do', 'this'], ['do', 'that'], ['le', 'faire'], ['y', 'donner', 'suite']].map((words) => words.map(foldWord));

/** What opens a list of examples after a comma: "including", « notamment »; "such as", « tels que » (two words). */
const EXAMPLES = new Set(['including', 'like', 'notamment'].map(foldWord));
const EXAMPLES_OF = new Set(['such', 'tel', 'tels', 'telle', 'telles'].map(foldWord));
const EXAMPLES_THAT = new Set(['as', 'que'].map(foldWord));
/** Longer openers of examples: « au premier rang desquels », « en particulier », « qu'il s'agisse de », "in particular", "especially". */
const EXAMPLE_PHRASES = [['au', 'premier', 'rang', 'desquels'], ['au', 'premier', 'rang', 'desquelles'], ['en', 'particulier'], ['a', 'commencer', 'par'], ['qu', 'il', 's', 'agisse'],
  ['qu', 'elle', 's', 'agisse'], ['in', 'particular'], ['especially'], ['particularly'], ['starting', 'with'], ['whether', 'of']]
  .map((words) => words.map(foldWord));
/** What a relative clause's negation opens when it denies what its head is: "that is not a pilot", « qui n'en est pas une », folded. */
const IDENTITY = new Set(['a', 'an', 'one', 'un', 'une'].map(foldWord));
/** « une fois », "once": what the clause they open will have happened (folded). */
const [ONCE, UNE, FOIS] = ['once', 'une', 'fois'].map(foldWord);
/** Prepositions, of both languages, whose object a hit may be (folded). */
const OBJECT_PREPOSITIONS = new Set([...PREPOSITIONS, ...['from', 'of', 'to', 'with', 'by', 'for', 'in', 'on', 'at', 'du', 'des', 'au', 'aux'].map(foldWord)]);
/** How many words a subject coordinated with the hit may have ("and grant-funded bodies"). */
const COORDINATED = 3;
/** How far before a « aucun » its « ne » may stand (« ne sont couvertes par aucun »). */
const PARTICLE_SPAN = 5;
/** How many words may stand between « ne » and its « pas » in a relative clause (« qui n'en est pas »). */
const PARTICLE_GAP = 3;
/** Relative pronouns: a negation right after one governs its relative clause only. */
const RELATIVES = new Set(['qui', 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'who', 'which', 'whom', 'whose', 'that'].map(foldWord));
/** How many words a relative pronoun may stand before the cue ("qui ne sont pas", "who are not"), and how far after it the clause reaches. */
const RELATIVE_LEAD = 3;
/** Cues that negate the noun phrase they open ("no assessment", « aucune évaluation »). */
const NOUN_CUES = new Set(['no', 'aucun', 'aucune', 'nul', 'nulle'].map(foldWord));
const RELATIVE_REACH = 3;
/** Words too common in a charter for a subject's head to take up the sentence before by them alone. */
const EVERYWHERE = new Set(['data', 'donnees', 'donnee'].map(foldWord));
/** How far after a "no" the data it governs may stand ("no Council data", « aucune donnée »). */
const DATA_NOUN = 2;
/** The verbs that follow the data as the subject of a prohibition ("no data is sold", « aucune donnée n'est vendue »), folded. */
const DATA_VERBS = new Set(['is', 'are', 'will', 'shall', 'may', 'can', 'must', 'ne', 'n'].map(foldWord));
/** Prepositions of a complement whose quantifier may end a « ne … » (« n'est prévue dans aucun contrat »). */
const PLACE_PREPOSITIONS = new Set(['dans', 'par', 'sur', 'en', 'pour'].map(foldWord));
/** How many words a relative clause on a subject may hold before its predicate is looked for (« qui travaillent pour la Métropole »). */
const RELATIVE_SPAN = 7;
/** How many words an aside set off by commas may hold: a relative clause (« , dont la création avait été annoncée par la délibération du 12 octobre 2021, ») or a participle (« , introduite par la loi du 7 octobre 2016, »). */
const ASIDE_SPAN = 14;

/** Prepositions that open a time complement ("during the pilot", « pendant l'expérimentation »): a negation before them does not reach past them. */
const TIME_COMPLEMENT = new Set(['during', 'throughout', 'pendant', 'durant'].map(foldWord));

/** Words that may stand between two items of a list: "prestataires, délégataires et autres partenaires", or before an example. */
const LIST_WORDS = new Set(['et', 'ou', 'ni', 'and', 'or', 'nor', 'autres', 'other', 'les', 'des', 'the', 'leurs', 'their', 'aux',
  // Examples of what was just named share its negation: « aucun réseau de collectivités, comme
  // OpenDataFrance », "no network of cities, such as Eurocities".
  'comme', 'notamment', 'such', 'as', 'including', 'like', 'un', 'une', 'le', 'la', 'l', 'a', 'an'].map(foldWord));

/**
 * How far a negation reaches, in words. A cue before a hit governs its whole clause ("does not
 * currently share a data policy with the other councils of the Combined Authority"); the clause
 * ends at a comma or a sentence end, and the cap only bounds the search.
 */
const BEFORE = 20;

/** The first offset from `at` that is not a blank of a line (space, tab, no-break spaces). */
export function afterBlanks(text: string, at: number): number {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 0xa0 || text.charCodeAt(i) === 0x202f)) i++;
  return i;
}

/** The last offset before `at` that is not a blank (line ends included), or -1. */
function lastNonBlank(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) <= 32 || text.charCodeAt(i) === 0xa0 || text.charCodeAt(i) === 0x202f)) i--;
  return i;
}

/** Whether the text after `end` opens on a colon (blanks before it allowed). */
function opensOnColon(text: string, end: number): boolean {
  return text.charCodeAt(afterBlanks(text, end)) === 58;
}

/** The conjunctions of an alternative (see conditionsAlternative), folded. */
const ALTERNATIVE_OR = new Set(['ou', 'or'].map(foldWord));
/** A line break before a table row's opening bar. */
const NEW_ROW = /\n[ \t]*\|/;
/** What a waiver gives up (« renonce à se prévaloir de tout droit », « à tout recours »), folded keys. */
const WAIVED = ['se prévaloir', 'tout recours', 'toute action', 'toute réclamation', 'toute indemnité', 'réclamer'].map(termKeys);
/** What joins the parts of a name ("DCAT-AP-NO", "data.norge.no"): a cue after one is part of the name. */
const NAME_JOINTS = '-./';
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const NEAR = 2;
const AFTER = 4;
const ASIDE = 4;

/**
 * Negation (checklist.md section 2): "aucune consultation n'est prévue", "no reversibility
 * clause is required" address nothing. A hit is negated by a cue earlier in its clause, by
 * "sans"/"without" right before it, or by "ne … pas" / "is not" right after it. Fixed phrases
 * such as "sans frais", "no later than" or the restrictive "ne … que" are not negations.
 */
export class NegationDetector {
  private readonly excepted = new Set<number>();
  /** Tokens of an active refusal: what stands before one is its agent, and the refusal's « ne … pas » does not negate it. */
  private readonly refusal = new Set<number>();
  private readonly memo = new Map<number, boolean>();
  /** Sentences holding a negation cue: a hit anywhere else is not negated, without a look. */
  private readonly cued: Uint8Array;
  /** Token ranges [from, to) left undecided by a predicate or a condition, by sentence. */
  private readonly undecided = new Map<number, Array<[number, number]>>();

  /**
   * `unitOfToken`: the unit of each token, when known. A predicate then takes up the previous
   * sentence only within its own unit (paragraph, list item): never across a heading, so that a
   * document parsed in pieces reads as the whole does.
   */
  constructor(private readonly stream: TokenStream, private readonly text: string, private readonly lex: Lexicon, unitOfToken?: Int32Array) {
    const { cueTokens, contracted, spelled } = lex.negation;
    const n = stream.length;
    this.cued = new Uint8Array(n > 0 ? stream.sentences[n - 1]! + 1 : 0);
    const { sentences } = stream;
    for (let t = cueTokens.next(stream, 0, n); t >= 0; t = cueTokens.next(stream, t + 1, n)) {
      // "Carrick Haven", "Don Sheridan", "won an award": the stem of a contraction denies only
      // with its « n't » ("haven't", "don't", "won't"); « San Teodoro » folds as « sans » does,
      // and a cue written `=sans` is the word as written.
      const key = stream.forms[t]!.key;
      const spellings = spelled.get(key);
      // (Nor is the last part of a name joined by a hyphen, a dot or a slash: "DCAT-AP-NO", the
      // Norwegian profile, "data.norge.no".)
      const start = stream.starts[t]!;
      if ((contracted.has(key) && !CONTRACTED.test(text.slice(stream.ends[t]!, stream.ends[t]! + 3)))
        || (spellings && !spellings.has(text.slice(start, stream.ends[t]!).toLowerCase()))
        || (start >= 2 && NAME_JOINTS.includes(text[start - 1]!) && WORD_CHARACTER.test(text[start - 2]!))) {
        this.excepted.add(t);
        continue;
      }
      this.cued[sentences[t]!] = 1;
    }
    // "X … is not in scope", "X — under consideration": the predicate reaches back over its
    // sentence, to the start of its coordinated clause ("…, and the list will be decided later").
    // "if funding allows", « sous réserve de financement »: the whole sentence.
    for (const m of lex.undecided.match(stream, text)) {
      const sentence = stream.sentences[m.first]!;
      let from = m.first;
      let to = m.first;
      const group = lex.undecided.groupName(m.group);
      // Exceptions ("sans frais") only matter beside a cue: those of other sentences are let go.
      if (group === 'exception') {
        if (this.cued[sentence] === 1) for (let t = m.first; t <= m.last; t++) this.excepted.add(t);
        continue;
      }
      // « Portage politique : **à désigner** »: a status alone after a label's colon leaves the label
      // undecided (the sentence holds nothing else).
      if (group === 'labelStatus') {
        if (this.markBefore(m.first, COLON) && this.endsSentence(m.last, sentence)) this.leaveUndecided(sentence, this.sentenceStart(m.first), m.first);
        continue;
      }
      const conditional = group === 'conditional';
      // « Le titulaire … renonce à se prévaloir de tout droit », 'waives any claim': a waiver of a
      // right in a contract gives up a claim, it leaves nothing of its sentence undecided.
      if (conditional && WAIVED.some((words) => words.every((key, i) => stream.forms[m.last + 1 + i]?.key === key))) continue;
      const pending = group === 'pending';
      // "I hoped we'd get the county onto a shared regional data policy. We didn't.": a sentence
      // that is only the denial takes back what the one before it hoped for.
      if (group === 'denyPreviousAlone') {
        if (m.first === this.sentenceStart(m.first) && this.endsSentence(m.last, sentence)) this.leavePreviousUndecided(m.first, unitOfToken);
        continue;
      }
      // "The Parties discussed a joint assessment. No such assessment is provided for.": a denial
      // that opens its sentence (a word before it at most) withdraws the previous one.
      // After a comma and a coordination it withdraws the clauses before it: "…evaluated a regional
      // data collaborative, and no such collaborative is established".
      if (group === 'denyPrevious') {
        const start = this.sentenceStart(m.first);
        // (Or reported: « Le conseil a estimé que ce n'était pas le moment ».)
        const reported = this.reportedClauseStart(m.first, sentence);
        if (m.first - start <= 1 || (reported > 0 && m.first - reported <= 1)) this.leavePreviousUndecided(m.first, unitOfToken);
        else {
          // (Its subject may stand between: "…for a member champion, but that Full Council has not
          // yet appointed one".)
          for (let k = m.first - 1; k >= Math.max(start + 1, m.first - 4); k--) {
            if (stream.clauses[k - 1] !== stream.clauses[k] && !COORDINATION.has(stream.forms[k]!.key)) break;
            if (COORDINATION.has(stream.forms[k]!.key) && stream.clauses[k - 1] !== stream.clauses[k]) {
              this.leaveUndecided(sentence, start, m.first);
              break;
            }
          }
        }
        continue;
      }
      // "Whether the Standard should also bind contractors, the transit operator and other partners
      // … was discussed at length": a question that opens its sentence is its subject, and what it
      // asks is not said. ("Whether you are staff or a contractor, you may…" concedes; « La ville
      // mesure si… » in a sentence says how it measures.)
      if (group === 'question') {
        // (Not one that opens an item or follows a semicolon: "- whether the cost of repairs has
        // gone down;" lists what an evaluation asks.)
        const start = this.sentenceStart(m.first);
        const before = lastNonBlank(text, stream.starts[start]!);
        if (m.first - start > 1 || (before >= 0 && ITEM_MARKS.includes(text[before]!))) continue;
        let alternative = false;
        for (; to < n && stream.sentences[to] === sentence; to++) if (ALTERNATIVES.has(stream.forms[to]!.key)) alternative = true;
        if (!alternative) this.leaveUndecided(sentence, m.first, to);
        continue;
      }
      // "Supervisor Pruitt asked how employees would be trained on the new rules": a question
      // reported in minutes asks what its clause says, wherever it stands.
      if (group === 'asked') {
        to = m.last + 1;
        while (to < n && stream.clauses[to] === stream.clauses[m.last]) to++;
        // ("I will ask the committee to decide, item by item, whether the contractor clauses, the
        // awareness campaign and the partners' forum get the money they need": what "whether" asks
        // runs over the list of its subjects, to the end of its sentence.)
        if (WHETHER.has(stream.forms[m.last]!.key)) while (to < n && stream.sentences[to] === sentence) to++;
        this.leaveUndecided(sentence, m.last + 1, to);
        continue;
      }
      // « Si la communauté de communes crée un comité de la donnée, la commune y désignera un
      // représentant »: what an opening hypothesis would create is not there; the clause after is.
      if (group === 'hypothesis') {
        if (m.first - this.sentenceStart(m.first) <= 1) {
          while (to < n && stream.clauses[to] === stream.clauses[m.first]) to++;
          this.leaveUndecided(sentence, m.first, to);
        }
        continue;
      }
      // « Le comité n'a pas retenu cette proposition »: the refusal's subject is its agent, not
      // what it refuses; only the previous sentence its object points back to is withdrawn.
      if (group === 'refused') {
        for (let t = m.first; t <= m.last; t++) this.refusal.add(t);
        // What it refuses is the previous sentence when named by a demonstrative after it (« n'a pas
        // retenu cette proposition ») or by a pronoun within it (« ont décidé de ne pas la retenir »).
        // ("that" only before a generic head: "has deferred that proposal".)
        const next = stream.forms[m.last + 1]?.key ?? '';
        const demonstrative = (DEMONSTRATIVES.has(next) || (next === THAT && GENERIC_HEADS.has(stream.forms[m.last + 2]?.key ?? ''))) && stream.sentences[m.last + 1] === sentence;
        let pronoun = false;
        // (Within a refusal an l' is the pronoun, not an article: « Le délégataire ne l'a pas acceptée ».)
        for (let t = m.first; t <= m.last && !pronoun; t++) pronoun = OBJECT_PRONOUNS.has(stream.forms[t]!.key) || stream.forms[t]!.key === ELIDED_ARTICLE;
        // (Or, in English, right after it: "Members noted the suggestion but agreed not to pursue it".)
        if (!pronoun && TRAILING_PRONOUNS.has(next) && stream.sentences[m.last + 1] === sentence) pronoun = true;
        const start = this.sentenceStart(m.first);
        const introduced = BARE_HEADS.get(next);
        // (The sentence that introduced it may stand a little further back in the paragraph: "The
        // Chair had been approached by OASC about regional membership. Members noted that none of
        // the councils belonged to any network. …members agreed not to pursue membership".)
        const named = introduced === undefined ? -1 : this.sentenceNaming(start, introduced, unitOfToken);
        const bare = named >= 0;
        // (After an opening clause of any length, a refusal whose own clause opens on a subject
        // pronoun too: "Given the cost…, it was agreed not to pursue membership at this time".)
        // (Or a membership named bare, with no complement of its own, after any opening: "Having
        // regard to the fee…, members agreed that the Council would not pursue membership at this time".)
        const complement = stream.forms[m.last + 2]?.key ?? '';
        const alone = bare && !COMPLEMENT_PREPOSITIONS.has(complement) && !OWN_COMPLEMENT.has(complement);
        // (Or a refusal to join with no object, the invitation named before: "…an invitation to join
        // an Atlantic network of municipalities. Members agreed not to join at this time".)
        const objectless = JOINING.has(stream.forms[m.last]!.key) && (stream.sentences[m.last + 1] !== sentence || AFTER_OBJECTLESS.has(next));
        const pointsBack = demonstrative || pronoun || bare;
        if (alone || objectless || (pointsBack && (m.first - start <= ANAPHOR_LEAD || this.pronounClause(m.first, start)))) this.leavePreviousUndecided(m.first, unitOfToken);
        // (A pronoun in a refusal after "but" points back to the clause before it, in its own
        // sentence: "joining a peer network of cities had been discussed, but the Town did not
        // pursue it"; so does one whose verb shares the subject of that clause: "Officers looked at
        // the option of a Data Governance Committee … and recommended against it".)
        else if (pronoun && (this.afterBut(m.first, start) || (m.first > start && COORDINATION.has(stream.forms[m.first - 1]!.key) && TRAILING_PRONOUNS.has(next)))) this.leaveUndecided(sentence, start, m.first);
        if (alone) this.leaveSentencesUndecided(named, this.sentenceStart(start - 1));
        // What follows it in its clause is its object: "Council declined the proposal for a
        // partners' data forum", « Le bureau a rejeté la création d'un forum des acteurs ».
        // (From its last word: "Some objectives were not met, notably … a public awareness campaign".)
        to = m.last;
        while (to + 1 < n && stream.clauses[to + 1] === stream.clauses[m.last]) to++;
        if (to > m.last) this.leaveUndecided(sentence, m.last + 1, to + 1);
        continue;
      }
      // « [à arbitrer : obligation contractuelle ou convention volontaire] », "TBC: the export
      // format": a drafting note that opens on a colon leaves what follows it undecided, and
      // nothing before it.
      if (pending && opensOnColon(text, stream.ends[m.last]!)) {
        while (to < n && stream.sentences[to] === sentence) to++;
        this.leaveUndecided(sentence, m.first, to);
        continue;
      }
      // « … sur la plateforme participative et, si le sujet le justifie, devant un panel »: a
      // condition set off after a coordination holds the clause it opens, not what came before.
      // (So does one that opens a clause after a comma and a coordination: "…are published under the
      // Open Government Licence, and nothing in this Agreement restricts their use".)
      const coordinated = conditional && m.first > 1 && stream.sentences[m.first - 1] === sentence && ((COORDINATION.has(stream.forms[m.first - 1]!.key)
        && (stream.clauses[m.first - 1] !== stream.clauses[m.first] || stream.clauses[m.first - 2] !== stream.clauses[m.first - 1]))
        // (Or an alternative it conditions, after a comma: « La charte est révisée tous les trois
        // ans, ou plus tôt si l'évolution du droit le justifie », "…every three years, or sooner if…".)
        || this.conditionsAlternative(m.first, sentence));
      // (Or one whose clause has a subject of its own after the comma and the coordination: "The
      // CEO is responsible for putting the Charter into practice, and Council will look at how it's
      // going": from the coordination on.)
      const ownClause = conditional && !coordinated ? this.coordinatedSubjectClause(m.first, sentence) : -1;
      if (ownClause >= 0) from = ownClause;
      while (!coordinated && ownClause < 0 && from > 0 && stream.sentences[from - 1] === sentence && (conditional || m.first - from < UNDECIDED_REACH)) {
        // (A coordination set off by commas before the predicate joins its subjects: « Les
        // conditions de transmission, et la forme des accords, seront définies ultérieurement ».)
        // (Unless the clause after the coordination takes up the first one's subject by a pronoun:
        // « L'adhésion à OpenDataFrance a été étudiée, mais elle n'a pas été retenue ».)
        // (Nor one that opens on a preposition: it adds a complement to the same subject, « Les règles
        // applicables aux délégataires (…) et aux autres partenaires ne sont pas fixées ».)
        // (Nor when the predicate follows the coordination with no subject of its own: "Extending
        // these requirements to vendors was discussed…, but is not part of this plan period";
        // "…are set out in the Procurement By-law, and are outside the scope of this policy".)
        // (Reported, the pronoun comes after its « que »: « …a été envisagée, mais qu'elle n'a pas été retenue ».)
        if (!conditional && stream.clauses[from - 1] !== stream.clauses[from] && (pending || (COORDINATION.has(stream.forms[from]!.key) && stream.clauses[from] === stream.clauses[m.first]
          && !SUBJECT_PRONOUNS.has(this.subjectAfter(from + 1)) && !SHARED_HEAD.has(stream.forms[from + 1]?.key ?? '') && !SHARED_SUBJECT_VERBS.has(stream.forms[from + 1]?.key ?? '') && m.first - from > 1))) break;
        // (Nor when the predicate has a complement of its own: « Ces règles concernent nos services,
        // mais elles ne s'appliquent pas à nos délégataires » leaves the délégataires out, not the services.)
        if (!conditional && stream.clauses[from - 1] !== stream.clauses[from] && this.pronounSubject(from) && this.complementAfter(m.last, OWN_COMPLEMENT)) break;
        from--;
      }
      // (Up to a clause that says what will have happened by then: « elle pourra être envisagée lors
      // du prochain mandat, une fois le guide éprouvé en interne » has the guide tried.)
      if (conditional) while (to < n && stream.sentences[to] === sentence && !(stream.clauses[to] !== stream.clauses[to - 1] && this.opensSettled(to))) to++;
      // « La question d'une licence commune n'est pas tranchée : certains EPCI souhaitent l'ODbL,
      // d'autres la Licence Ouverte »: what a colon after the predicate opens says what is undecided,
      // up to a clause joined by a coordination (« …: aucune mutualisation ne sera engagée…, et la
      // présente charte ne s'applique qu'aux services de la Ville » goes on to what is settled).
      else if (!pending && opensOnColon(text, stream.ends[m.last]!)) {
        while (to < n && stream.sentences[to] === sentence && !(to > m.last + 1 && stream.clauses[to] !== stream.clauses[to - 1] && COORDINATION.has(stream.forms[to]!.key))) to++;
      }
      this.leaveUndecided(sentence, from, to);
      // « Une consultation … avait été envisagée. Le collège communal y a finalement renoncé. »,
      // "We decided not to, for now.": a short sentence whose predicate takes up what the previous
      // one said (by a pronoun, or by ending there) leaves it undecided too.
      // (After an opening clause of any length, a predicate's own clause that opens on a subject
      // pronoun takes it up too: "Given the privacy risks raised in the listening sessions, it is
      // not part of this plan.")
      if (!conditional && !pending && from > 0 && stream.sentences[from - 1] !== sentence && (m.first - from <= ANAPHOR_LEAD || this.pronounClause(m.first, from))) {
        // (Or reported in a short sentence: « M. Aumont indique que l'adhésion n'a pas été retenue ».)
        if (this.takesUpPrevious(m, from, sentence) || this.reportedTakesUp(m, sentence)) this.leavePreviousUndecided(from, unitOfToken);
        // "On being put to the vote, the amendment was lost", « Mis aux voix, l'amendement est
        // rejeté »: after a short opening clause, the predicate's own clause opens on its subject.
        let subject = m.first;
        while (subject > from && stream.clauses[subject - 1] === stream.clauses[m.first]) subject--;
        if (subject > from && subject - from <= OPENING_CLAUSE) this.takeUpNamedEarlier(text, from, subject, m.first, true, unitOfToken);
        else this.takeUpNamedEarlier(text, from, from, m.first, false, unitOfToken);
      } else if (!conditional && !pending) {
        // « Le responsable du service informatique indique que cette évolution n'a pas été
        // retenue », "The Chair explained that this option was not pursued": reported speech
        // opens the predicate's own statement after its « que » / "that".
        const reported = this.reportedClauseStart(m.first, sentence);
        if (reported > 0 && this.takesUpPrevious(m, reported, sentence)) this.leavePreviousUndecided(reported, unitOfToken);
      }
    }
  }

  /**
   * How many words lead from `from` to the predicate at `first`, without an aside between commas
   * (« Cette adhésion, dont la cotisation aurait été de 1 500 €, n'a pas été retenue »): only the
   * words of the first clause and of the predicate's own count.
   */
  private leadLength(from: number, first: number): number {
    const { clauses } = this.stream;
    if (clauses[from] === clauses[first]) return first - from;
    let count = 0;
    for (let t = from; t < first; t++) if (clauses[t] === clauses[from] || clauses[t] === clauses[first]) count++;
    return count;
  }

  /**
   * Whether the clause of the predicate at `first` (after `from`) opens, a few words before it, on
   * a subject pronoun (or a demonstrative and its noun, or a proposal named again), after an
   * opening clause that names no topic for it (« Quant aux conditions juridiques, elles ne sont
   * pas traitées » speaks of the conditions, not of what came before).
   */
  private pronounClause(first: number, from: number): boolean {
    const { clauses, forms } = this.stream;
    const opener = forms[from]!.key;
    if (TOPIC_OPENERS.has(opener) || (opener === AS && TOPIC_AFTER_AS.has(forms[from + 1]?.key ?? ''))) return false;
    // (Nor one that opens on a proposal of its own: « la question d'une concertation plus large a
    // été posée en comité, elle n'a pas été retenue » takes up that question.)
    if ((DEFINITE.has(opener) || DEMONSTRATIVE_DETERMINERS.has(opener)) && GENERIC_HEADS.has(forms[from + 1]?.key ?? '')) return false;
    let start = first;
    while (start > from && clauses[start - 1] === clauses[first]) start--;
    if (start <= from || first - start > ANAPHOR_LEAD) return false;
    // (Or on a demonstrative and its noun: « …, cette création est retirée du document »; or on a
    // proposal named again: "Following discussion of the subscription, the proposal was put to
    // the vote and was not carried".)
    const subject = forms[start]!.key;
    // (Or on a proposal's number: "…, Amendment No. 2 was lost".)
    return SUBJECT_PRONOUNS.has(subject) || (DEMONSTRATIVES.has(subject) && first - start === 2) || (DEFINITE.has(subject) && GENERIC_HEADS.has(forms[start + 1]?.key ?? ''))
      || (GENERIC_HEADS.has(subject) && this.labelAfter(start) !== '');
  }

  /**
   * The subject pronoun that takes up a hit named as the topic of its sentence (« Quant aux
   * délégataires (…), ils… », "As for contractors, they…"), within ASIDE_SPAN words, or -1.
   */
  private topicPronoun(hit: Hit, sentence: number): number {
    const { forms, sentences, clauses } = this.stream;
    let t = hit.first - 1;
    while (t >= 0 && t >= hit.first - 2 && (DEFINITE.has(forms[t]!.key) || OWN_COMPLEMENT.has(forms[t]!.key) || forms[t]!.key === FOR)) t--;
    const opener = forms[t]?.key;
    // (« Mais sur l'empreinte carbone de nos serveurs, ou sur la qualité du service, on ne mesure
    // rien »: a topic set before the clause with « sur », taken up by its subject « on ».)
    const on = opener === SUR && (t === 0 || clauses[t - 1] !== clauses[t] || COORDINATION.has(forms[t - 1]!.key) || ALTERNATIVES.has(forms[t - 1]!.key));
    if (t < 0 || sentences[t] !== sentence || !(on || opener === QUANT || (opener === AS && forms[t + 1]?.key === FOR))) return -1;
    for (let u = hit.last + 1; u < forms.length && u - hit.last <= ASIDE_SPAN && sentences[u] === sentence; u++) {
      if (clauses[u] !== clauses[u - 1] && (SUBJECT_PRONOUNS.has(forms[u]!.key) || (on && forms[u]!.key === ON))) return u;
    }
    return -1;
  }

  /** Where the statement a verb of saying reports opens, before token `first` in its sentence (after « indique que », "explained that"), or -1. */
  private reportedClauseStart(first: number, sentence: number): number {
    const { forms, sentences } = this.stream;
    // (A second « que » after a coordination reports too: « Le président répond que l'idée est
    // intéressante mais que la proposition n'est pas retenue ».)
    let nearest = -1;
    for (let t = first - 1; t > 0 && sentences[t] === sentence && first - t <= 2 * ANAPHOR_LEAD + 1; t--) {
      if (!THAT_WORDS.has(forms[t]!.key)) continue;
      if (nearest < 0) nearest = t + 1;
      if (nearest === t + 1 && COORDINATION.has(forms[t - 1]!.key) && this.leadLength(nearest, first) <= ANAPHOR_LEAD) continue;
      return REPORTING.has(forms[t - 1]!.key) && sentences[t - 1] === sentence && this.leadLength(nearest, first) <= ANAPHOR_LEAD ? nearest : -1;
    }
    return -1;
  }

  /** Whether the clause at `from` opens on a subject pronoun, after a coordination or not (« mais elles », « mais qu'elles »). */
  private pronounSubject(from: number): boolean {
    const { forms } = this.stream;
    return SUBJECT_PRONOUNS.has(this.subjectAfter(COORDINATION.has(forms[from]!.key) ? from + 1 : from));
  }

  /** The word at `t`, or after it when `t` is a « que » / "that" that opens a reported clause (folded; '' past the end). */
  private subjectAfter(t: number): string {
    const { forms } = this.stream;
    const key = forms[t]?.key ?? '';
    return THAT_WORDS.has(key) ? forms[t + 1]?.key ?? '' : key;
  }

  /** The first token of the sentence of token `t`. */
  private sentenceStart(t: number): number {
    const { sentences } = this.stream;
    let start = t;
    while (start > 0 && sentences[start - 1] === sentences[t]) start--;
    return start;
  }

  /** Leaves undecided the sentence before the one of token `t`, when it is in the same unit. */
  private leavePreviousUndecided(t: number, unitOfToken?: Int32Array): void {
    const from = this.sentenceStart(t);
    if (from === 0 || (unitOfToken && unitOfToken[from - 1] !== unitOfToken[from]) || this.newRowBetween(from - 1, from)) return;
    const { sentences, starts } = this.stream;
    const previous = sentences[from - 1]!;
    let start = from - 1;
    while (start > 0 && sentences[start - 1] === previous) start--;
    this.leaveUndecided(previous, start, from);
    // (A semicolon ends a sentence here, but not what a reader takes back: « Lauzière Agglo
    // souhaitait … sous licence ODbL ; HydroVeille s'y oppose… Cette proposition n'a pas été
    // retenue » withdraws the whole of it. Not a list's items, each ending on its semicolon and a
    // line break.)
    while (start > 0 && this.markBefore(start, SEMICOLON) && !this.markBefore(start, LF) && !(unitOfToken && unitOfToken[start - 1] !== unitOfToken[start])) {
      const joined = sentences[start - 1]!;
      const end = start;
      while (start > 0 && sentences[start - 1] === joined) start--;
      this.leaveUndecided(joined, start, end);
    }
    // « **Adhésion à OpenDataFrance.** Sollicité par l'association, le bureau a examiné l'opportunité
    // d'une adhésion. (…) il a été décidé de ne pas y donner suite »: the run-in label that opens
    // the paragraph names what its first sentence proposed.
    if (start === 0 || !unitOfToken || unitOfToken[start - 1] !== unitOfToken[start]) return;
    const label = sentences[start - 1]!;
    let first = start - 1;
    while (first > 0 && sentences[first - 1] === label) first--;
    const opensUnit = first === 0 || unitOfToken[first - 1] !== unitOfToken[first];
    const emphasised = starts[first]! > 0 && EMPHASIS.includes(this.text[starts[first]! - 1]!);
    if (opensUnit && start - first <= RUN_IN_LABEL && emphasised) this.leaveUndecided(label, first, start);
  }

  /**
   * « M. Riou présente un amendement visant à… M. Benali émet un avis défavorable. L'amendement est
   * mis aux voix et rejeté. »: a generic head (« l'amendement », "the proposal", "this option")
   * takes up the sentence that introduced it (by its name, or by a verb of it: « M. Aubespin
   * propose… »), up to EARLIER_REACH sentences back in the same paragraph, when the
   * sentence right before does not name it (`nearest`: or when it does, which no other rule then
   * takes up). `sentenceFrom` is where the predicate's sentence starts, `from` its subject.
   */
  private takeUpNamedEarlier(text: string, sentenceFrom: number, from: number, first: number, nearest: boolean, unitOfToken?: Int32Array): void {
    const { forms, sentences, starts, ends } = this.stream;
    // « Mis aux voix, l'amendement n° 1 est rejeté », "Amendment No. 2 was lost": a numbered
    // proposal is the paragraph that opens on its label, however far back in the debate.
    const labelled = GENERIC_HEADS.has(forms[from]!.key) ? from : from + 1;
    const label = labelled < first ? this.labelAfter(labelled) : '';
    if (label !== '' && unitOfToken && GENERIC_HEADS.has(forms[labelled]!.key)) {
      this.takeUpLabelled(forms[labelled]!.key, label, from, unitOfToken);
      return;
    }
    if (!(DEFINITE.has(forms[from]!.key) || DEMONSTRATIVES.has(forms[from]!.key)) || from + 1 >= first) return;
    const head = forms[from + 1]!.key;
    if (!GENERIC_HEADS.has(head)) return;
    const verbs = HEAD_VERBS.get(head);
    let t = sentenceFrom - 1;
    for (let back = 0; back <= EARLIER_REACH && t >= 0; back++) {
      const sentence = sentences[t]!;
      let start = t;
      let named = false;
      // Not across a paragraph, nor across the rows of a table.
      for (let i = ends[t]!; i < starts[t + 1]!; i++) if (text.charCodeAt(i) === 124) return;
      while (start >= 0 && sentences[start] === sentence) {
        if (unitOfToken && unitOfToken[start] !== unitOfToken[from]) return;
        if (forms[start]!.key === head || verbs?.has(forms[start]!.key)) named = true;
        start--;
      }
      if (named) {
        if (back > 0 || nearest) this.leaveUndecided(sentence, start + 1, t + 1);
        return;
      }
      t = start;
    }
  }

  /** The number that labels the head at `head` (« amendement n° 1 », "Amendment No. 2", "proposal 3"), or ''. */
  private labelAfter(head: number): string {
    const { forms } = this.stream;
    for (let t = head + 1; t <= head + 2 && t < forms.length; t++) {
      const key = forms[t]!.key;
      if (DIGIT.test(key)) return key;
      if (!NUMBER_MARKS.has(key)) return '';
    }
    return '';
  }

  /**
   * Leaves undecided the paragraph that opens on `head` and `label` before token `before` (within
   * LABEL_REACH tokens), and the paragraph after it when the label stands alone (a heading).
   */
  private takeUpLabelled(head: string, label: string, before: number, unitOfToken: Int32Array): void {
    const { forms, sentences } = this.stream;
    for (let k = before - 1; k >= 0 && before - k <= LABEL_REACH; k--) {
      if (forms[k]!.key !== head || unitOfToken[k] === unitOfToken[before]) continue;
      const unit = unitOfToken[k]!;
      let start = k;
      while (start > 0 && unitOfToken[start - 1] === unit) start--;
      if (k - start > 2 || this.labelAfter(k) !== label) continue;
      let end = k;
      while (end + 1 < before && unitOfToken[end + 1] === unit) end++;
      // (A label alone, as a heading or a bold line, is followed by the proposal's text.)
      if (end - start < LABEL_ALONE) {
        const next = unitOfToken[end + 1];
        while (end + 1 < before && unitOfToken[end + 1] === next) end++;
      }
      for (let t = start; t <= end;) {
        const sentence = sentences[t]!;
        let to = t;
        while (to <= end && sentences[to] === sentence) to++;
        this.leaveUndecided(sentence, t, to);
        t = to;
      }
      return;
    }
  }

  private leaveUndecided(sentence: number, from: number, to: number): void {
    const list = this.undecided.get(sentence);
    if (list) list.push([from, to]);
    else this.undecided.set(sentence, [[from, to]]);
  }

  /**
   * Whether a predicate speaks of what the previous sentence said: by a pronoun (« y a renoncé »,
   * "This option was rejected"), unless its object follows it (« il n'est pas prévu de créer… »);
   * or by leaving its complement out ("We decided not to, for now.").
   */
  private takesUpPrevious(m: Hit, from: number, sentence: number): boolean {
    const { forms } = this.stream;
    const dangling = EXTRAPOSED.has(forms[m.last]!.key);
    // "We have decided not to do so for now", « Elle a décidé de ne pas le faire »: a verb that
    // stands for what the previous sentence proposed takes it up.
    if (dangling) return this.endsSentence(m.last, sentence) || this.proVerbAfter(m.last, sentence);
    // "Who prepares and presents it has not yet been decided", « Qui le présentera n'est pas
    // arrêté »: what is undecided is the question that opens the sentence, not what came before.
    if (QUESTION_WORDS.has(forms[this.sentenceStart(m.first)]!.key)) return false;
    // "The Council does not set up any scheme…": an object right after an active predicate is
    // what it leaves out, not the previous sentence ("The board was not set up" has none; « Elle
    // n'est pas tranchée : aucune mutualisation… » opens another statement after its colon).
    if (OBJECT_DETERMINERS.has(forms[m.last + 1]?.key ?? '') && this.stream.starts[m.last + 1]! - this.stream.ends[m.last]! === 1) return false;
    // (A subject that opens on a possessive of the making of something is no dummy "it": what
    // follows its predicate is not its subject: "Its creation is deferred to a later revision".)
    if (POSSESSIVES.has(forms[from]!.key) && PROCESS_HEADS.has(forms[from + 1]?.key ?? '')) return true;
    // « Les modalités selon lesquelles elle pourra y accéder seront précisées ultérieurement »: a
    // subject headed by the how of something leaves the how undecided, not what the sentence
    // before said (the data it had just named). (« Les modalités de ce partage ne sont pas
    // arrêtées » names what it leaves undecided by a demonstrative: the sharing said before.)
    if (DEFINITE.has(forms[from]!.key) && MANNER_HEADS.has(forms[from + 1]?.key ?? '')
      && !(COMPLEMENT_PREPOSITIONS.has(forms[from + 2]?.key ?? '') && DEMONSTRATIVES.has(forms[from + 3]?.key ?? ''))) return false;
    return (this.hasAnaphor(from, m.last, m.first) || this.repeatsPrevious(from, m.first)) && !this.extraposedAfter(m.last);
  }

  /** Whether a predicate reported after its « que » / "that" takes up the sentence before. */
  private reportedTakesUp(m: Hit, sentence: number): boolean {
    const reported = this.reportedClauseStart(m.first, sentence);
    return reported > 0 && this.takesUpPrevious(m, reported, sentence);
  }

  /** Whether a verb that stands for another ("do so", « le faire ») follows token `last` in its sentence. */
  private proVerbAfter(last: number, sentence: number): boolean {
    const { forms, sentences } = this.stream;
    return PRO_VERBS.some((words) => words.every((key, i) => forms[last + 1 + i]?.key === key && sentences[last + 1 + i] === sentence));
  }

  /**
   * Whether what the predicate ending at `last` is about follows it (« il n'est pas prévu de
   * créer… »); a time adverbial or a pronoun is not that (« Cette adhésion n'est pas retenue à ce
   * stade », "This policy does not apply to them").
   */
  private extraposedAfter(last: number): boolean {
    // (« sera examinée lors de la préparation du futur contrat »: the « de » of a locution of time.)
    if (TIME_LOCUTIONS.has(this.stream.forms[last]!.key)) return false;
    return this.complementAfter(last, EXTRAPOSED);
  }

  /**
   * Whether, after the predicate ending at `last`, a word of `opening` opens what it is about:
   * past a time adverbial (« Elles ne s'appliquent pas, à ce stade, aux délégataires », « pas
   * encore à nos délégataires »), and not a date nor an adverbial of deferral.
   */
  private complementAfter(last: number, opening: ReadonlySet<string>): boolean {
    const { forms, sentences } = this.stream;
    let at = last + 1;
    for (let k = 0; k < 2; k++) {
      const time = PASSED_ADVERBIALS.find((words) => words.every((key, i) => forms[at + i]?.key === key));
      if (!time || sentences[at + time.length] !== sentences[last]) break;
      at += time.length;
    }
    if (!opening.has(forms[at]?.key ?? '') || sentences[at] !== sentences[last]) return false;
    // « Elle a été reportée à 2027 », "postponed to 2027": a date, not what the predicate is about.
    if (DIGIT.test(forms[at + 1]?.key ?? '')) return false;
    return !ADVERBIALS.some((words) => words.every((key, i) => forms[at + i]?.key === key));
  }

  /**
   * Whether the sentence starts with a definite description of what the previous one named: "We
   * had planned a neighbourhood-scale pilot… The pilot was cancelled", « … Le comité a été
   * dissous ». The subject's head (four letters or more) is a word of the previous sentence.
   */
  private repeatsPrevious(start: number, first: number): boolean {
    const { forms, clauses } = this.stream;
    // After an opening adverbial set off by a comma, the subject opens the predicate's clause:
    // "Twelve months on, the Board has not been established", « À ce jour, le comité n'a pas été réuni ».
    let from = start;
    if (!DEFINITE.has(forms[from]!.key)) {
      from = first;
      while (from > start && clauses[from - 1] === clauses[first]) from--;
      if (from === start || !DEFINITE.has(forms[from]!.key)) return false;
    }
    // « Les autres dimensions (qualité de service…) n'ont pas été évaluées », "The other options
    // were not pursued": the others are not what the sentence before said.
    if (OTHER_ONES.has(forms[from + 1]?.key ?? '')) return false;
    // (The sentence before the predicate's, also when the predicate is reported after its « que ».)
    const earlier = this.previousKeys(this.sentenceStart(start));
    // The head of the subject, right after its article (or one word further: "The sensor pilot"),
    // not any word before the predicate: « Les modalités de leur partage avec la Ville restent à
    // définir » does not take up a sentence that named the Ville.
    // ("Data", « données » stand in almost every sentence of a charter: "The personal data store
    // pilot has not gone ahead" does not take up "The Residents' Data Panel was consulted".)
    // (A membership takes up the joining it names: « …propose que la commune adhère à
    // OpenDataFrance. M. Aumont indique … que l'adhésion n'a pas été retenue ».)
    for (let t = from + 1; t < Math.min(first, from + 3); t++) {
      const key = forms[t]!.key;
      const joins = JOINED_BY.get(key);
      const named = earlier.has(key) || (joins !== undefined && [...joins].some((word) => earlier.has(word)));
      if (key.length >= 4 && !EVERYWHERE.has(key) && named) return !this.narrowedHead(t, first, earlier);
    }
    // A generic head names what was just described: « Un service commun … a été étudié. Le projet a
    // été abandonné », "… was considered. The idea was dropped."
    return from + 1 < first && GENERIC_HEADS.has(forms[from + 1]!.key) && !this.narrowedHead(from + 1, first, earlier);
  }

  /**
   * Whether the head at `t` takes a complement the previous sentence did not name, which makes
   * its subject another thing: « L'évaluation de l'empreinte carbone des projets n'est pas
   * prévue » after « Chaque projet fait l'objet d'une évaluation qui mesure ses coûts ».
   */
  private narrowedHead(t: number, first: number, earlier: ReadonlySet<string>): boolean {
    const { forms } = this.stream;
    let u = t + 1;
    if (u >= first || !COMPLEMENT_PREPOSITIONS.has(forms[u]!.key)) return false;
    u++;
    // (Past an indefinite article too: « La question d'une licence commune n'est pas tranchée ».)
    while (u < first && ARTICLES.has(forms[u]!.key)) u++;
    return u < first && forms[u]!.key.length >= 4 && !earlier.has(forms[u]!.key);
  }

  /** Whether the predicate ending at `last` closes its sentence, but for two words at most ("…, for now."). */
  private endsSentence(last: number, sentence: number): boolean {
    let t = last + 1;
    while (t < this.stream.length && this.stream.sentences[t] === sentence && t - last <= 3) t++;
    return t - last - 1 <= 2 && (t >= this.stream.length || this.stream.sentences[t] !== sentence);
  }

  private hasAnaphor(from: number, last: number, predicate = last + 1): boolean {
    const { forms } = this.stream;
    const { particle } = this.lex.negation;
    // "… are not covered by this version", « … n'est pas couvert par cette version »: the
    // predicate's own last word, a demonstrative, points to the document, not to what came before.
    // ("We have not proceeded with this;": a pronoun at the end of its clause still takes up.)
    if (last >= predicate && DEMONSTRATIVE_DETERMINERS.has(forms[last]!.key) && this.stream.clauses[last + 1] === this.stream.clauses[last]) last--;
    // « L'empreinte carbone … n'entre pas dans le périmètre »: an l' that opens the sentence is an
    // article (the pronoun stands after its subject: « Le comité l'a écartée »).
    // An l' after a preposition is an article too: « les partenaires de l'Agglo ne sont pas visés ».
    for (let t = from; t <= last; t++) {
      // « Son élaboration est reportée à 2026 », "Its adoption has been postponed": a subject that
      // opens on a possessive of the making of something speaks of what the sentence before
      // proposed (not « Les modalités de leur mise à disposition… », whose head is new).
      if (t === from && POSSESSIVES.has(forms[t]!.key) && PROCESS_HEADS.has(forms[t + 1]?.key ?? '')) return true;
      if (!ANAPHORS.has(forms[t]!.key)) continue;
      // Nor is one before a noun the predicate names (« … feront l'objet d'un avenant »): a pronoun
      // l' stands before its verb's auxiliary (« l'a écartée », « ne l'ont pas retenue ») or after « ne ».
      if (forms[t]!.key === ELIDED_ARTICLE && (t === from || PREPOSITIONS.has(forms[t - 1]!.key) || (t > from && !particle.has(forms[t - 1]!.key) && !AUXILIARIES.has(forms[t + 1]?.key ?? '')))) continue;
      // « Les valeurs cibles de ces indicateurs ne sont pas fixées »: a demonstrative in the
      // complement of a new subject speaks of that subject (the targets), not of what came before.
      // (But « Les modalités de ce partage ne sont pas encore arrêtées », "The terms of this sharing
      // have not been agreed": what is left undecided is how the thing named before is done.)
      if (t - 1 > from && COMPLEMENT_PREPOSITIONS.has(forms[t - 1]!.key) && DEFINITE.has(forms[from]!.key) && this.newHead(from) && !MODALITY_HEADS.has(forms[from + 1]!.key)) continue;
      return true;
    }
    return false;
  }

  /** Whether the head of the subject opening at `from` (after its article) is a word the previous sentence did not use. */
  private newHead(from: number): boolean {
    const head = this.stream.forms[from + 1]!.key;
    return !this.previousKeys(from).has(head) && !GENERIC_HEADS.has(head);
  }

  /** The keys of the words of the sentence before the one opening at `from`. */
  private previousKeys(from: number): Set<string> {
    const { forms, sentences } = this.stream;
    const previous = sentences[from - 1];
    const keys = new Set<string>();
    for (let t = from - 1; t >= 0 && sentences[t] === previous; t--) keys.add(forms[t]!.key);
    return keys;
  }

  /** Whether a clause opened by "but" (« mais ») after a comma, in the sentence starting at `start`, holds `t`. */
  private afterBut(t: number, start: number): boolean {
    const { forms, clauses } = this.stream;
    for (let u = t - 1; u > start && clauses[u] === clauses[t]; u--) if (BUT.has(forms[u]!.key) && this.afterComma(u)) return true;
    return false;
  }

  /**
   * The first word of the earliest sentence, among the few before the one starting at `from` in
   * its paragraph, that holds one of `keys`, or -1.
   */
  private sentenceNaming(from: number, keys: ReadonlySet<string>, unitOfToken?: Int32Array): number {
    const { forms, sentences } = this.stream;
    let back = 0;
    let named = -1;
    for (let t = from - 1; t >= 0; t--) {
      if (unitOfToken && unitOfToken[t] !== unitOfToken[from]) break;
      if (sentences[t] !== sentences[t + 1] && (++back > BARE_HEAD_SENTENCES || this.newRowBetween(t, t + 1))) break;
      if (keys.has(forms[t]!.key)) named = t;
    }
    return named < 0 ? -1 : this.sentenceStart(named);
  }

  /**
   * Whether a table's next row starts between tokens `a` and `b`: the rows of a table are one unit,
   * but each is an entry of its own (« | 4.3 | Join the OASC network | Not proceeding | … not to
   * pursue membership » does not reach back to the row before it).
   */
  private newRowBetween(a: number, b: number): boolean {
    return NEW_ROW.test(this.text.slice(this.stream.ends[a]!, this.stream.starts[b]!));
  }

  /** Leaves undecided every sentence from the one starting at `from` up to (not including) the one starting at `to`. */
  private leaveSentencesUndecided(from: number, to: number): void {
    const { sentences } = this.stream;
    for (let t = from; t >= 0 && t < to; ) {
      let end = t;
      while (end < to && sentences[end] === sentences[t]) end++;
      this.leaveUndecided(sentences[t]!, t, end);
      t = end;
    }
  }

  /** Whether a span is negated depends on its first and last words only: asked once per span. */
  isNegated(hit: Hit): boolean {
    // Most sentences hold no cue and nothing undecided: no look, no memo.
    const { sentences } = this.stream;
    const sentence = sentences[hit.first]!;
    if (!this.cued[sentence] && !this.cued[sentences[hit.last]!] && !this.undecided.has(sentence)) return false;
    const key = hit.first + hit.last * this.stream.length;
    let negated = this.memo.get(key);
    if (negated === undefined) {
      negated = this.negates(hit);
      this.memo.set(key, negated);
    }
    return negated;
  }

  private negates(hit: Hit): boolean {
    const { forms, clauses, sentences } = this.stream;
    for (const [from, to] of this.undecided.get(sentences[hit.first]!) ?? []) if (hit.first >= from && hit.last < to) return true;
    // The reach of a negation never leaves its sentence.
    if (!this.cued[sentences[hit.first]!] && !this.cued[sentences[hit.last]!]) return false;
    const { before, near, particle } = this.lex.negation;
    // A cue inside the span, in a gap of its term: « ne mesure pas l'impact » matched « mesure … impact ».
    for (let t = hit.first + 1; t < hit.last; t++) if (before.has(forms[t]!.key) && !this.excepted.has(t)) return true;
    // The reach stops at a comma, but steps over a short aside: "ne prévoit pas, à ce stade, de campagne".
    // The commas of a list the hit belongs to do not count: "does not undertake, under this
    // Agreement, any assessment of the costs, productivity, service quality or carbon impacts".
    let clause = clauses[hit.first];
    let boundaries = 0;
    // While in the hit's list: the token before the last list comma passed (-1 before the first).
    let inList = true;
    let itemEnd = -1;
    // (A list of complements reaches further back: each item it crosses lengthens the reach.)
    let floor = hit.first - BEFORE;
    let repeated = -1;
    for (let t = hit.first - 1; t >= Math.max(0, floor); t--) {
      if (clauses[t] !== clause) {
        if (sentences[t] !== sentences[hit.first]) break;
        clause = clauses[t];
        // The first comma by the hit's own words, the next ones by the short items between them.
        const listed = inList && (itemEnd < 0 ? this.listComma(t, hit) : itemEnd - t <= LIST_ITEM);
        if (listed) itemEnd = t;
        else if (this.parenthetical(t) || this.parenthetical(t + 1)) {
          // "(ALEOs)": a parenthesis is no boundary of the reach.
        } else if (this.parallelComplement(t)) {
          // "does not, however, extend to the ALEOs, to the integration joint board, or to the
          // council's contractors": complements that repeat their preposition are one list ("does
          // not impose obligations on companies owned by the City, on the Port Authority or on
          // concession holders").
          floor -= PARALLEL_ITEM;
        } else if ((repeated = this.parallelPast(t)) >= 0) {
          // "does not yet apply to our ALEOs, such as the Leisure Trust, or to the contractors…":
          // past an aside, the complement takes up the one it repeats.
          floor -= t - repeated;
          t = repeated;
          clause = clauses[t];
        } else if (this.opensExamples(t)) {
          // "does not yet apply to the companies that run services for us, such as our waste and
          // highways contractors": examples take the negation of what they are examples of.
          inList = false;
        } else {
          inList = false;
          if (boundaries === 0 && !this.shortAside(t)) break;
          if (++boundaries > 2) break;
        }
      }
      if (this.excepted.has(t)) continue;
      const key = forms[t]!.key;
      // "No roll-out to other wards during the pilot": the negation stays before a time complement.
      if (TIME_COMPLEMENT.has(key)) break;
      if (before.has(key) && !this.inRelativeClause(t, hit.first) && !this.deniesDataOnly(t, hit.first) && !this.modifiesNoun(t, hit.first) && !this.prohibitsWithin(t, hit.first)) return true;
      // « La Ville n'expérimentera pas », « ne mutualisera pas ses données »: a verb inside « ne … pas ».
      // (Not a reflexive one: « ne s'applique pas aux prestataires » denies what follows it.)
      if (particle.has(key) && hit.first - t <= PARTICLE_LEAD && !REFLEXIVES.has(forms[t + 1]!.key) && this.particleNegates(t, sentences[t])) return true;
      if (near.has(key)) {
        // (A denied « sans » / "without" governs what follows it, near or not: the earlier cue is its.)
        if (this.deniedBefore(t)) return false;
        // (Its article does not count: "adopted without a separate public engagement process".)
        // (A bare noun after it is its own complement, closed by the article after it: « freineraient
        // sans justification une innovation utile » denies no innovation.)
        if (hit.first - t - this.articlesBetween(t, hit.first) <= NEAR && !(hit.first - t > 2 && !ARTICLES.has(forms[t + 1]!.key) && ARTICLES.has(forms[hit.first - 1]!.key))) return true;
      }
    }
    const sentence = sentences[hit.last];
    // « Quant aux délégataires (eau, transports urbains), ils ne sont tenus par aucune règle »,
    // "As for contractors, they are not bound by…": the pronoun after a topic takes it up.
    const topicPronoun = this.topicPronoun(hit, sentence!);
    if (topicPronoun >= 0) {
      for (let t = topicPronoun + 1; t < Math.min(forms.length, topicPronoun + 1 + AFTER) && clauses[t] === clauses[topicPronoun]; t++) {
        const said = this.predicateNegation(t, sentence!);
        if (said !== undefined) return said;
      }
    }
    // Past the usual reach, only over the hit's complements and into the same clause.
    const usual = hit.last + 1 + AFTER;
    const complementEnd = this.complementEnd(hit.last + 1, sentence!);
    // « Les entreprises qui travaillent pour la Métropole ne sont pas tenues par ce document »: the
    // predicate is looked for past a short relative clause on the subject, in the same clause.
    let reach = Math.max(usual, complementEnd + AFTER);
    // (The pronoun of a restrictive relative clause, in the hit's own clause: one set off by a comma
    // says something of the hit itself, « …au format PDF, qui ne permettent aucun retraitement ».)
    const relative = RELATIVES.has(forms[complementEnd]?.key ?? '') && sentences[complementEnd] === sentence && clauses[complementEnd] === clauses[hit.last] ? complementEnd : -1;
    if (relative >= 0) reach = Math.max(reach, complementEnd + 1 + RELATIVE_SPAN);
    // "Contractors and grant-funded bodies are not bound by these principles": the predicate of a
    // subject coordinated with a few more words is looked for past them.
    // (Not the object of a preposition: "If you use data from several providers and listing them
    // all is not practical".)
    if (CONJUNCTIONS.has(forms[complementEnd]?.key ?? '') && sentences[complementEnd] === sentence && clauses[complementEnd] === clauses[hit.last]
      && !this.afterPreposition(hit.first)) reach = Math.max(reach, complementEnd + 1 + COORDINATED + AFTER);
    // « Les prestataires, associations et partenaires du Parc ne sont pas signataires »: the first
    // of a subject listed with commas takes the predicate after the list's last item.
    const listEnd = this.subjectListEnd(hit.first, complementEnd, sentence!);
    if (listEnd >= 0) {
      for (let t = listEnd + 1; t < Math.min(forms.length, listEnd + 1 + COORDINATED + AFTER) && sentences[t] === sentence && clauses[t] === clauses[listEnd]; t++) {
        if (this.excepted.has(t)) continue;
        const said = this.predicateNegation(t, sentence!);
        if (said !== undefined) return said;
      }
    }
    for (let t = hit.last + 1; t < Math.min(forms.length, reach); t++) {
      if (sentences[t] !== sentence) break;
      if (t >= usual && clauses[t] !== clauses[complementEnd - 1]) break;
      // A colon opens what explains the hit; its predicate is not the hit's: « un cadre
      // d'expérimentation (« bac à sable ») : un usage qui n'entre pas encore dans les règles peut y
      // être testé ».
      if (this.markBefore(t, COLON)) break;
      if (this.excepted.has(t)) continue;
      // A cue a few words after that pronoun negates the relative clause, which names which of them
      // the sentence is about: "Partners that are not bound by contract are invited to share them".
      // (Unless it denies what the hit is: "a pilot that is not a pilot", « une expérimentation qui n'en est pas une ».)
      if (relative >= 0 && t > relative && t - relative <= RELATIVE_LEAD && !this.deniesIdentity(t, sentence!)) continue;
      if (this.refusal.has(t)) break;
      // "We want our rules to follow innovation, not to block it": a cue after a comma opens the
      // contrast, what it denies comes after it ("…that data must come back to the City, not stay
      // locked away": wherever it stands in the reach).
      if (CONTRAST_CUES.has(forms[t]!.key) && this.afterComma(t)) break;
      // « Ces règles concernent nos services, mais elles ne s'appliquent pas aux délégataires »: a
      // clause with a subject of its own says its negation of that subject.
      if (clauses[t] !== clauses[hit.last] && SUBJECT_PRONOUNS.has(forms[t]!.key)) break;
      const said = this.predicateNegation(t, sentence!);
      if (said !== undefined) return said;
    }
    // « Le comité territorial de la donnée, dont la création avait été annoncée en 2021, ne sera
    // pas mis en place »: past a relative clause set off by commas, the predicate right after it.
    // Past any other aside, only a predicate that opens on the negation: « La notion de données
    // d'intérêt général, introduite par la loi du 7 octobre 2016, n'est mentionnée dans aucun
    // contrat » (« les données, d'intérêt territorial, sont hébergées chez le délégataire, qui n'a
    // jamais accepté de les remettre » has its predicate inside the commas).
    if (sentences[complementEnd] === sentence && clauses[complementEnd] !== clauses[hit.last]) {
      const relative = RELATIVES.has(forms[complementEnd]?.key ?? '');
      let u = complementEnd;
      // (An aside may hold a list, its items set off by commas too: « Le club des partenaires,
      // lancé en 2022 avec les délégataires, les bailleurs sociaux et la chambre de commerce, n'a
      // pas été reconduit ». Each clause after it, within the aside's span, may open the predicate.)
      for (;;) {
        while (u < forms.length && clauses[u] === clauses[complementEnd] && u - complementEnd <= ASIDE_SPAN) u++;
        if (u - complementEnd > ASIDE_SPAN || sentences[u] !== sentence) return false;
        for (let t = u; t < Math.min(forms.length, relative ? u + AFTER : u + 1) && clauses[t] === clauses[u]; t++) {
          if (this.excepted.has(t)) continue;
          const said = this.predicateNegation(t, sentence!);
          if (said !== undefined) return said;
        }
        // (Only over commas: not past a colon, a semicolon or a table's cell.)
        if (!this.afterComma(u)) return false;
        const next = clauses[u];
        while (u < forms.length && clauses[u] === next && u - complementEnd <= ASIDE_SPAN) {
          if (this.markBefore(u, COLON)) return false;
          u++;
        }
        if (u - complementEnd > ASIDE_SPAN || sentences[u] !== sentence || !this.afterComma(u)) return false;
      }
    }
    return false;
  }

  /**
   * Whether the cue at `t` is a noun used as a modifier, not heading a complement: "Closure events
   * must be published using the DATEX II standard" (not "the closure of the forum", « l'absence de
   * clause », which deny what follows them).
   */
  private modifiesNoun(t: number, first: number): boolean {
    const { forms, sentences } = this.stream;
    if (!this.lex.negation.nouns.has(forms[t]!.key) || first <= t + 1 || COMPLEMENT_PREPOSITIONS.has(forms[t + 1]?.key ?? '')) return false;
    // ("data initiatives lack visible political leadership": after a noun that is its subject, the
    // word is a verb, and denies its object.)
    if (t === 0 || sentences[t - 1] !== sentences[t]) return true;
    const before = this.text.slice(this.stream.starts[t - 1]!, this.stream.ends[t - 1]!);
    return !(before.length > 3 && PLURAL_SUBJECT.test(before) && !COMPLEMENT_PREPOSITIONS.has(forms[t - 1]!.key));
  }

  /** Whether the condition at `first` follows ", or sooner", « , ou plus tôt »: a coordination after a comma, two words at most before it. */
  private conditionsAlternative(first: number, sentence: number): boolean {
    const { forms, clauses, sentences } = this.stream;
    for (let t = first - 2; t >= Math.max(1, first - 3); t--) {
      if (sentences[t] === sentence && ALTERNATIVE_OR.has(forms[t]!.key) && clauses[t - 1] !== clauses[t]) return true;
    }
    return false;
  }

  /** Whether token `t` opens a clause of what will have happened by then: « une fois … », "once …". */
  private opensSettled(t: number): boolean {
    const { forms } = this.stream;
    return forms[t]!.key === ONCE || (forms[t]!.key === UNE && forms[t + 1]?.key === FOIS);
  }

  /** Whether one of the two words before token `first`, in its clause, is a preposition ("from several providers"). */
  private afterPreposition(first: number): boolean {
    const { forms, clauses } = this.stream;
    for (let t = first - 1; t >= Math.max(0, first - 2) && clauses[t] === clauses[first]; t--) if (OBJECT_PREPOSITIONS.has(forms[t]!.key)) return true;
    return false;
  }

  /**
   * Where the conjunction that closes a list of subjects stands, when the hit opens its sentence
   * (after its article at most) and a comma follows it: « Les prestataires, associations et
   * partenaires ne sont pas… », "Contractors, volunteers and partners are not…"; else -1.
   */
  private subjectListEnd(first: number, complementEnd: number, sentence: number): number {
    const { forms, sentences, clauses } = this.stream;
    const opening = first === 0 || sentences[first - 1] !== sentence || (DEFINITE.has(forms[first - 1]!.key) && (first === 1 || sentences[first - 2] !== sentence));
    if (!opening || sentences[complementEnd] !== sentence || clauses[complementEnd] === clauses[first] || !this.afterComma(complementEnd)) return -1;
    for (let u = complementEnd; u < complementEnd + LIST_ITEMS && sentences[u] === sentence; u++) {
      if (CONJUNCTIONS.has(forms[u]!.key)) return u;
      if (u > complementEnd && clauses[u] !== clauses[u - 1] && !this.afterComma(u)) return -1;
    }
    return -1;
  }

  /** Whether the cue at `t` (or the « pas » that ends it) is followed by an article or "one": "is not a pilot", « n'en est pas une ». */
  private deniesIdentity(t: number, sentence: number): boolean {
    const { forms, sentences } = this.stream;
    const { particle, particleEnd } = this.lex.negation;
    let end = t;
    if (particle.has(forms[t]!.key)) {
      while (end < t + PARTICLE_GAP && end + 1 < forms.length && sentences[end + 1] === sentence && !particleEnd.has(forms[end + 1]!.key)) end++;
      end++;
    }
    return IDENTITY.has(forms[end + 1]?.key ?? '');
  }

  /**
   * Whether the cue at `t` is a "no" whose noun is the data itself, which a hit further on is
   * not: "no Council data is sold or used for a supplier's own commercial purposes" rules what
   * the supplier may do with the data; it does not deny the supplier.
   */
  private deniesDataOnly(t: number, first: number): boolean {
    const { forms } = this.stream;
    if (!NOUN_CUES.has(forms[t]!.key) || first - t <= DATA_NOUN + 1) return false;
    // (The data is the head of the noun phrase, its verb right after it: not "no joint data policy
    // has been adopted at the regional level".)
    for (let u = t + 1; u <= t + DATA_NOUN; u++) if (EVERYWHERE.has(forms[u]?.key ?? '') && DATA_VERBS.has(forms[u + 1]?.key ?? '')) return true;
    return false;
  }

  /** How many articles stand between tokens `from` and `to` (both excluded). */
  private articlesBetween(from: number, to: number): number {
    let articles = 0;
    for (let t = from + 1; t < to; t++) if (ARTICLES.has(this.stream.forms[t]!.key)) articles++;
    return articles;
  }

  /** The coordination after a comma that opens the clause of token `t`, two or three words before it (a subject between), or -1. */
  private coordinatedSubjectClause(t: number, sentence: number): number {
    const { forms, sentences, clauses } = this.stream;
    for (let u = t - 2; u >= t - 3 && u > 0 && sentences[u] === sentence && clauses[u] === clauses[t]; u--) {
      if (COORDINATION.has(forms[u]!.key) && clauses[u - 1] !== clauses[u]) return u;
    }
    return -1;
  }

  /** Whether a comma stands right before token `t` (in the gap after the word before it). */
  private afterComma(t: number): boolean {
    return this.markBefore(t, COMMA);
  }

  /** Whether the character `mark` stands right before token `t` (in the gap after the word before it). */
  private markBefore(t: number, mark: number): boolean {
    if (t === 0) return false;
    const { ends, starts } = this.stream;
    for (let i = ends[t - 1]!; i < starts[t]!; i++) if (this.text.charCodeAt(i) === mark) return true;
    return false;
  }

  /**
   * Whether a negation earlier in the sentence denies the « sans » / "without" at `t`, which then
   * requires what it governs: « Nous ne signerons aucun contrat sans clause de réversibilité »,
   * "We will not sign any contract without a data return clause".
   */
  private deniedBefore(t: number): boolean {
    const { forms, clauses, ends } = this.stream;
    const { before, particle } = this.lex.negation;
    // In its own clause, not across a colon: « Aucune consultation n'est prévue : le service sera
    // lancé sans consultation préalable » denies twice.
    for (let u = t - 1; u >= Math.max(0, t - BEFORE) && clauses[u] === clauses[t]; u--) {
      if (opensOnColon(this.text, ends[u]!)) return false;
      if (this.excepted.has(u)) continue;
      if (before.has(forms[u]!.key) || particle.has(forms[u]!.key)) return true;
    }
    return false;
  }

  /**
   * Whether a cue after a hit at `t` negates it (true), does not (false: a prohibition), or no
   * cue stands there (undefined). "Contractors may not sell City data", « Les prestataires ne
   * peuvent pas revendre… »: a prohibition rules what its subject does; it does not deny the subject.
   */
  private predicateNegation(t: number, sentence: number): boolean | undefined {
    const { forms } = this.stream;
    const { after, particle } = this.lex.negation;
    const key = forms[t]!.key;
    // "raw, record-level data and not aggregated reports", « des données brutes et non des
    // synthèses »: a cue after a conjunction denies what follows it, in contrast with the hit.
    // "consulted before any project is designed, not after the event": a cue that opens a clause
    // on a complement sets that complement against the hit.
    if (after.has(key)) return !MODALS.has(forms[t - 1]?.key ?? '') && !CONTRASTING.has(forms[t - 1]?.key ?? '')
      && !(BUT.has(forms[t - 1]?.key ?? '') && CONTRASTED_OPENING.has(forms[t + 1]?.key ?? ''))
      && !(CONTRASTED_COMPLEMENT.has(forms[t + 1]?.key ?? '') && this.afterComma(t));
    if (particle.has(key)) return !MODALS.has(forms[t + 1]?.key ?? '') && this.particleNegates(t, sentence);
    return undefined;
  }

  /**
   * Where the complements of a noun that start at `from` end: « l'empreinte carbone des équipements
   * et des systèmes d'information du Service n'est pas exigée », "the carbon footprint of the
   * vehicles and of the depots is not measured". A chain of prepositions (de, du, des, of), each
   * with at most two words after its article, joined by « et »/"and" before the next preposition.
   * `from` itself when no complement opens there: the predicate is then looked for right away.
   */
  private complementEnd(from: number, sentence: number): number {
    const { forms, sentences, clauses } = this.stream;
    // A year right after the noun is part of it: « Le plan de formation 2024 de la commune ne
    // comporte aucun module relatif aux données ».
    if (YEAR.test(forms[from]?.key ?? '') && sentences[from] === sentence && clauses[from] === clauses[from - 1]) from++;
    // So is one word between the noun and its complement, an adjective after it: « Les partenaires
    // extérieurs de la Ville ne sont pas liés par la présente charte ».
    else if (COMPLEMENT_PREPOSITIONS.has(forms[from + 1]?.key ?? '') && !COMPLEMENT_PREPOSITIONS.has(forms[from]?.key ?? '')
      && !CONJUNCTIONS.has(forms[from]?.key ?? '') && !ARTICLES.has(forms[from]?.key ?? '')
      && sentences[from + 1] === sentence && clauses[from + 1] === clauses[from - 1]) from++;
    let end = from;
    let t = from;
    while (t < forms.length && sentences[t] === sentence && clauses[t] === clauses[from] && (COMPLEMENT_PREPOSITIONS.has(forms[t]!.key) || this.opensEndOfTerm(t))) {
      t++;
      let words = 0;
      while (t < forms.length && sentences[t] === sentence && clauses[t] === clauses[from] && !COMPLEMENT_PREPOSITIONS.has(forms[t]!.key) && !CONJUNCTIONS.has(forms[t]!.key) && words < COMPLEMENT_WORDS) {
        if (!ARTICLES.has(forms[t]!.key)) words++;
        t++;
      }
      if (words === 0) break;
      end = t;
      if (CONJUNCTIONS.has(forms[t]?.key ?? '') && COMPLEMENT_PREPOSITIONS.has(forms[t + 1]?.key ?? '')) t++;
    }
    return end;
  }

  /**
   * Whether the cue at `t` is a prohibition ("shall not", « ne peuvent pas ») and the hit at
   * `first` the place it names, after its preposition: "Personal data shall not be made available in
   * the sandbox unless anonymised" rules the sandbox; it does not deny it.
   */
  private prohibitsWithin(t: number, first: number): boolean {
    const { forms } = this.stream;
    if (!MODALS.has(forms[t - 1]?.key ?? '') && !MODALS.has(forms[t + 1]?.key ?? '')) return false;
    let u = first - 1;
    while (u > t && ARTICLES.has(forms[u]!.key)) u--;
    return WITHIN.has(forms[u]?.key ?? '');
  }

  /**
   * Whether token `t` opens a complement of when, at the end of a term: « la récupération des
   * données en fin de contrat n'a pas encore été étudiée », "the return of data at the end of the
   * contract", « à l'issue du marché ». It belongs to the noun like a complement of « de ».
   */
  private opensEndOfTerm(t: number): boolean {
    const { forms } = this.stream;
    if (!END_LEADS.has(forms[t]!.key)) return false;
    const next = forms[t + 1]?.key ?? '';
    return END_NOUNS.has(next) || (ARTICLES.has(next) && END_NOUNS.has(forms[t + 2]?.key ?? ''));
  }

  /**
   * Whether the cue at `t` negates a relative clause that the hit at `first` has left: « Les
   * partenaires qui ne sont pas liés par contrat peuvent les partager », "partners who are not
   * bound by contract may share it". The clause's own words (the three after the cue) stay in reach.
   */
  private inRelativeClause(t: number, first: number): boolean {
    // (A colon ends the clause however near: « elle crée une instance qui n'existait pas : le comité
    // de la donnée ».)
    if (first - t <= RELATIVE_REACH && !this.text.slice(this.stream.ends[t]!, this.stream.starts[first]!).includes(':')) return false;
    const { forms, sentences, clauses } = this.stream;
    // "The Parties have agreed that no assessment of the costs, … will be carried out": a "no"
    // right after "that" opens the noun phrase of a complement clause, which the hit is in.
    if (NOUN_CUES.has(forms[t]!.key) && RELATIVES.has(forms[t - 1]?.key ?? '')) return false;
    // « Les données qui ne contiennent ni informations personnelles ni secret… »: the cues of one
    // « ne … ni … ni » chain share the relative clause of the first.
    // (So does the « ne » of « ne … aucun », a few words before its quantifier: « Les données qui
    // ne sont couvertes par aucun secret sont publiées … sous Licence Ouverte ».)
    let lead = RELATIVE_LEAD;
    for (let u = t - 1; u >= Math.max(0, t - PARTICLE_SPAN) && sentences[u] === sentences[t]; u--) {
      if (this.lex.negation.particle.has(forms[u]!.key)) {
        lead = t - u + RELATIVE_LEAD;
        break;
      }
    }
    for (let u = t - 1; u >= Math.max(0, t - lead); u--) {
      if (sentences[u] !== sentences[t]) return false;
      // ("That evaluation will not assess…": a sentence's first word is no relative pronoun.)
      // (A relative clause set off by a comma runs to the clause's end: « …, qui n'a pas
      // d'obligation de les remettre à la commune » holds the hit.)
      if (RELATIVES.has(forms[u]!.key)) return u > 0 && sentences[u - 1] === sentences[u] && !(clauses[u - 1] !== clauses[u] && clauses[first] === clauses[u]) && !this.opensWhatIsSaid(u);
      if (CHAINED_CUES.has(forms[u]!.key)) lead = t - u + RELATIVE_LEAD;
    }
    return false;
  }

  /**
   * Whether the "that" at `u` opens what a verb of saying or deciding reports, not a relative
   * clause: "Agreed: That the Council not apply…", and after a coordination the second clause it
   * reports ("replied that the Strategy was a corporate strategy, and that it had not been the
   * subject of public consultation").
   */
  private opensWhatIsSaid(u: number): boolean {
    const { forms, sentences } = this.stream;
    const before = forms[u - 1]!.key;
    if (DECIDING.has(before) || THAT_COMPLEMENTS.has(before)) return true;
    if (!COORDINATION.has(before)) return false;
    for (let t = u - 2; t > 0 && sentences[t] === sentences[u]; t--) if (THAT_WORDS.has(forms[t]!.key) && DECIDING.has(forms[t - 1]!.key)) return true;
    return false;
  }

  /**
   * Whether the comma after token `t` separates items of a list that `hit` belongs to: "does not
   * impose exit, data-return or reversibility terms". Between the comma and the hit stand list
   * words only (an article, a conjunction), and a conjunction follows the hit or stands before it.
   */
  private listComma(t: number, hit: Hit): boolean {
    const { forms, sentences } = this.stream;
    let conjunction = false;
    // Between the comma and the hit: list words, or the item before the last one ("…, service quality or carbon").
    // ("or carbon impacts": the hit may be the last word of its item, two words after the conjunction).
    // A conjunction right after the comma opens a clause instead (", and publishes costs").
    let other = 0;
    let before = 0;
    let lastConjunction = -1;
    for (let u = t + 1; u < hit.first; u++) {
      if (CONJUNCTIONS.has(forms[u]!.key)) {
        lastConjunction = u;
        before = other;
      } else if (!LIST_WORDS.has(forms[u]!.key)) other++;
    }
    if (lastConjunction >= 0) conjunction = true;
    // ("is silent on contractors, care providers and the other organisations": the hit may be the
    // last word of a two-word item, the conjunction after it.)
    const modified = !conjunction && other === 1 && hit.first === t + 2;
    if (other > 0 && !modified && (!conjunction || before === 0 || other > LIST_ITEM + 1 || hit.first - lastConjunction - 1 > 2)) return false;
    // The conjunction may close the list a few items further: "costs, productivity, service quality or carbon".
    for (let u = hit.last + 1; !conjunction && u <= hit.last + LIST_REACH && u < forms.length && sentences[u] === sentences[hit.last]; u++) {
      if (CONJUNCTIONS.has(forms[u]!.key)) conjunction = true;
    }
    return conjunction;
  }

  /**
   * The preposition that the clause after the boundary at `t` opens on, after a conjunction (which
   * `afterConjunction` requires), when it is one whose repetition makes a list; '' otherwise.
   */
  private openingPreposition(t: number, afterConjunction: boolean): string {
    const { forms } = this.stream;
    let s = t + 1;
    if (CONJUNCTIONS.has(forms[s]?.key ?? '')) s++;
    else if (afterConjunction) return '';
    const preposition = forms[s]?.key ?? '';
    return PARALLEL_PREPOSITIONS.has(preposition) ? preposition : '';
  }

  /**
   * Whether the clause after the boundary at `t` opens (after a conjunction, maybe) on the
   * preposition that the clause before it holds: « aux délégataires, aux associations ou aux
   * prestataires », "to the ALEOs, to the joint board, or to the contractors".
   */
  private parallelComplement(t: number): boolean {
    const { forms, clauses } = this.stream;
    const preposition = this.openingPreposition(t, false);
    if (preposition === '') return false;
    for (let u = t; u >= 0 && clauses[u] === clauses[t]; u--) if (forms[u]!.key === preposition) return true;
    return false;
  }

  /**
   * Where, within the sentence and PARALLEL_REACH words back, stands the preposition that the
   * clause after the boundary at `t` opens on after a conjunction: -1 if none.
   */
  private parallelPast(t: number): number {
    const { forms, sentences } = this.stream;
    const preposition = this.openingPreposition(t, true);
    if (preposition === '') return -1;
    for (let u = t; u >= 0 && t - u <= PARALLEL_REACH && sentences[u] === sentences[t]; u--) if (forms[u]!.key === preposition) return u;
    return -1;
  }

  /** Whether the clause of token `t` stands between parentheses: "organisations (ALEOs), to…". */
  private parenthetical(t: number): boolean {
    const { clauses, starts, ends } = this.stream;
    let first = t;
    while (first > 0 && clauses[first - 1] === clauses[t]) first--;
    let last = t;
    while (last + 1 < clauses.length && clauses[last + 1] === clauses[t]) last++;
    if (first === 0 || last - first + 1 > ASIDE) return false;
    return this.text.slice(ends[first - 1]!, starts[first]!).includes('(') && this.text.slice(ends[last]!, ends[last]! + 2).includes(')');
  }

  /** Whether the clause after the boundary at `t` opens with examples: "such as", "including", « tels que », « notamment ». */
  private opensExamples(t: number): boolean {
    const { forms } = this.stream;
    const first = forms[t + 1]?.key ?? '';
    return EXAMPLES.has(first) || (EXAMPLES_OF.has(first) && EXAMPLES_THAT.has(forms[t + 2]?.key ?? ''))
      || EXAMPLE_PHRASES.some((words) => words.every((key, i) => forms[t + 1 + i]?.key === key));
  }

  /**
   * Whether the clause ending at token `t` is a short aside (at most four words) within the
   * sentence. (A decimal number is one word: « , dans sa version 1.0, ».)
   */
  private shortAside(t: number): boolean {
    const { clauses, sentences, forms } = this.stream;
    let start = t;
    let words = 1;
    let content = 1;
    let cue = false;
    while (start > 0 && clauses[start - 1] === clauses[t]) {
      const key = forms[start - 1]!.key;
      if (!this.continuesNumber(start)) {
        words++;
        // (Articles and « de » do not lengthen an aside without a cue of its own: « , dans le cadre
        // de la présente convention, »; one with a cue says its own no: ", never as a locked PDF,".)
        if (!ARTICLES.has(key) && !COMPLEMENT_PREPOSITIONS.has(key)) content++;
      }
      if (this.lex.negation.cues.has(key)) cue = true;
      start--;
    }
    return (cue ? words : content) <= ASIDE && start > 0 && sentences[start - 1] === sentences[t];
  }

  /** Whether token `t` is the decimals of the number before it, one mark between them ("1.0", « 2,5 »). */
  private continuesNumber(t: number): boolean {
    const { starts, ends } = this.stream;
    return starts[t]! === ends[t - 1]! + 1 && isDigit(this.text.charCodeAt(starts[t]!)) && isDigit(this.text.charCodeAt(ends[t - 1]! - 1));
  }

  /** "ne … pas" negates; "ne … que" (only) does not. */
  private particleNegates(from: number, sentence: number | undefined): boolean {
    const { forms, sentences } = this.stream;
    for (let t = from + 1; t < Math.min(forms.length, from + 4); t++) {
      if (sentences[t] !== sentence || this.excepted.has(t)) return false;
      const key = forms[t]!.key;
      if (key === 'que' || key === 'qu') return false;
      if (this.lex.negation.particleEnd.has(key)) return true;
      // « n'est mentionnée dans aucun contrat », « n'apparaît dans aucune convention »: the
      // quantifier of a complement ends the negation one word further.
      if (t === from + 3 && PLACE_PREPOSITIONS.has(key) && NOUN_CUES.has(forms[t + 1]?.key ?? '') && sentences[t + 1] === sentence) return true;
    }
    return false;
  }
}

/**
 * Whether `hit` is the next item of a list whose previous item is `previous` (same sentence,
 * overlapping it or separated only by a comma or a conjunction): the items of a list share its negation, as in
 * "il n'a pas vocation à régir l'usage des données par les prestataires, délégataires et autres partenaires".
 */
export function continuesList(stream: TokenStream, previous: Hit, hit: Hit): boolean {
  const { sentences, forms } = stream;
  if (sentences[previous.last] !== sentences[hit.first]) return false;
  // Overlapping spans ("data returned" and "returned … data") are one item.
  if (hit.first <= previous.last) return true;
  if (hit.first - previous.last - 1 > 3) return false;
  // Between them, list words; or items the vocabulary does not know, joined by a conjunction:
  // "does not apply to contractors, consultants or external partners".
  let other = 0;
  let conjunction = false;
  for (let t = previous.last + 1; t < hit.first; t++) {
    const key = forms[t]!.key;
    if (CONJUNCTIONS.has(key)) conjunction = true;
    else if (!LIST_WORDS.has(key)) other++;
  }
  return other === 0 ? hit.first - previous.last - 1 <= 2 : conjunction && other <= 2;
}

/** The most words of an item of a list between two of its commas. */
const LIST_ITEM = 3;
/** How much each item of a list of complements lengthens a negation's reach, and how far back a repeated preposition is looked for past an aside. */
const PARALLEL_ITEM = 8;
const PARALLEL_REACH = 24;
/** Prepositions whose repetition makes a list of complements (see parallelComplement). */
const PARALLEL_PREPOSITIONS = new Set(['to', 'à', 'aux', 'au', 'for', 'pour', 'on', 'sur'].map(foldWord));
/** How many words after an item of a list the conjunction that closes it may stand. */
const LIST_REACH = 6;
/** Conjunctions that close a list. */
const CONJUNCTIONS = new Set(['et', 'ou', 'ni', 'and', 'or', 'nor'].map(foldWord));
/** How many words the items of a listed subject may hold before the conjunction that closes it. */
const LIST_ITEMS = 8;
/** The marks markBefore looks for. */
const COMMA = 44;
const SEMICOLON = 59;
const LF = 10;
const COLON = 58;
/** Prepositions of the place a prohibition names (see prohibitsWithin). */
const WITHIN = new Set(['in', 'into', 'within', 'dans'].map(foldWord));
/** What opens a complement of the end of a term (see opensEndOfTerm): its preposition, then its noun. */
const END_LEADS = new Set(['en', 'à', 'au', 'at', 'on', 'upon'].map(foldWord));
const END_NOUNS = new Set(['fin', 'issue', 'terme', 'échéance', 'end', 'expiry', 'termination', 'expiration'].map(foldWord));
/** A plural noun as written (ending in s), the subject a verb like "lack" follows. */
const PLURAL_SUBJECT = /[a-z]s$/;
/** Articles, which a complement's word count passes over. */
const ARTICLES = new Set([...DEFINITE, ...['un', 'une', 'a', 'an'].map(foldWord)]);
/** The most words (articles aside) after one preposition of a complement chain. */
const COMPLEMENT_WORDS = 2;
