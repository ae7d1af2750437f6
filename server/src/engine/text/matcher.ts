import { foldWord, stripAccents } from './fold';
import { charCodeAt, isCurrentEntry, spellingCount, spellingEpoch, termKeys, type FoldedForms, type TokenStream } from './tokens';

/**
 * Multi-word term matching over a TokenStream, in one pass for the whole vocabulary.
 *
 * Term syntax (vocabulary files and user configuration):
 * - words are matched by their folded key (case, accents and inflection ignored);
 * - stop words are ignored on both sides ("comité de la donnée" matches "comité des données"),
 *   except between the words a term of the English vocabulary writes side by side: "data board"
 *   does not match "data for the board" (a conjunction or a possessive may stand there: "Data and
 *   Ethics Board");
 * - `word*` matches any word starting with `word` ("expériment*");
 * - `=WORD` must appear with exactly that case (acronyms such as `=BAL` or `=DPO`);
 * - `…` (or `...`) lets up to three other words stand between its neighbours, `……` up to seven.
 * A term left with fewer than two words once its stop words are dropped ("par an", "tous les
 * mois", "pilote le") is matched word for word instead, stop words included: otherwise it would
 * shrink to one generic word ("an", "mois", "pilote").
 */

interface Part {
  key: string;
  prefix: boolean;
  /** Exact source spelling required (acronyms). */
  exact?: string;
  /** Words allowed before this part (a `…` before it). */
  gap: number;
  /**
   * Whether this part must follow the previous one with no word between, not even a stop word (a
   * conjunction or a possessive aside): the term wrote none there and is an English compound
   * ("data board" is not "data for the board", "data council" not "data at the council").
   */
  adjacent: boolean;
  /** The matcher's number for `key` (a whole word) or -1 (a prefix): words are compared by number. */
  keyId: number;
}

interface Term {
  group: number;
  parts: Part[];
  /** Matched word for word, stop words included ("par an", "dès le lancement"). */
  strict: boolean;
  /** The term's number in its matcher (its place in the flat columns of terms found by their second word). */
  index: number;
  /**
   * What tryBucket asks of a term found by its second word, copied from its first two parts (a
   * one-word term has 0, false and none): the widest gap before the second word, whether the second
   * must stand next to the first, and the exact spellings they may ask for (`=DPO`). A frequent
   * pair of words tries its terms at each of its places; each check went through the parts.
   */
  secondGap: number;
  secondAdjacent: boolean;
  firstExact: string | undefined;
  secondExact: string | undefined;
  /**
   * Whether its words must stand in one cell of a table (see crossesCell). A trap (a group named
   * with « ! ») may span cells: « | Consulter | les données | » is still a right to read them.
   */
  withinCell: boolean;
}

/**
 * The terms that share a first word, split by their second word: a frequent first word
 * ("données" starts hundreds of terms) then tries only the terms its next words can complete.
 */
class Bucket {
  /**
   * One-word terms, as their groups and the exact spellings they may ask for (`=DPO`), in the order
   * they were added: a hit as soon as the first word matches. Two flat columns, not the terms:
   * a frequent word starts a bucket at every other word, and its one-word terms were reached
   * through each term's parts.
   */
  readonly singleGroups: number[] = [];
  readonly singleExact: Array<string | undefined> = [];
  /** Terms whose second word is a whole word, by the matcher's number for its key. */
  readonly bySecond = new Map<number, Term[]>();
  /** Terms whose second word is a prefix (`restitu*`): tried one by one. */
  readonly other: Term[] = [];
  /** The widest `…` before a second word of `bySecond`. */
  maxGap = 0;
  /**
   * Bit k is set when a key of `bySecond` has a number equal to k modulo SECOND_BITS: most words
   * after a first word are no second word of its bucket, and are passed over without a lookup.
   * (A frequent first word such as "data" has some eighty second words: 32 bits were all set.)
   */
  readonly secondKeys = new Int32Array(SECOND_BITS / 32);
  /**
   * Whether every term of the bucket is found by its second word (`bySecond` alone): a start of its
   * first word then finds nothing unless one of those second words stands within reach. Such words
   * ("open", « n' »: they start terms of two words and none of one) made more than half the tries of
   * a bucket on the benchmark's Markdown corpus, and nine in ten of those tries found nothing.
   */
  bySecondOnly = true;

  /** `id`: the bucket's number in its matcher (its pairs of words are filed under it). */
  constructor(readonly id: number) {}

  add(term: Term): void {
    const second = term.parts[1];
    if (!second) {
      this.singleGroups.push(term.group);
      this.singleExact.push(term.parts[0]!.exact);
      this.bySecondOnly = false;
    } else if (second.prefix) {
      this.other.push(term);
      this.bySecondOnly = false;
    } else {
      push(this.bySecond, second.keyId, term);
      this.maxGap = Math.max(this.maxGap, second.gap);
      this.secondKeys[(second.keyId & (SECOND_BITS - 1)) >> 5]! |= 1 << (second.keyId & 31);
    }
  }
}

export interface Hit {
  group: number;
  /** First and last token index (inclusive) in the stream. */
  first: number;
  last: number;
}

/**
 * A hit as the lint makes it: constructed, not written as an object literal. V8 follows the
 * objects of a literal from the place that makes them and, when most outlive a young-generation
 * collection (a hit lives until the lint of its document ends), makes them in the old generation
 * from then on: each of the million hits of a pass over the bench's corpus then took a slow
 * allocation (a third of tryBucket's own time in a warm lint), where a constructed object is
 * always made young, as other short-lived objects are.
 */
export class MatchedHit implements Hit {
  // (Declared only: a field the class defines is first made undefined, then set by the
  // constructor, which costs a definition per field and leaves V8 unsure that it holds a number.)
  declare readonly group: number;
  declare readonly first: number;
  declare readonly last: number;

  constructor(group: number, first: number, last: number) {
    this.group = group;
    this.first = first;
    this.last = last;
  }
}

/**
 * What a matcher knows of a spelling, packed in one number: its key's number plus one (0: a
 * key no term has) above four flags. CURRENT: learnt for the spelling the table holds under the
 * entry now (0 in a slot never learnt, or learnt for a spelling of a stream of an older epoch).
 */
const STOP = 1;
const STARTS = 2;
const STARTS_STRICT = 4;
const CURRENT = 8;
const KEY_SHIFT = 4;

/** The size of a bucket's filter of second words, in bits (a multiple of 32). */
const SECOND_BITS = 512;
/** A bucket's filter of second words, in 32-bit words of the matcher's flat column `secondFilter`. */
const SECOND_WORDS = SECOND_BITS / 32;

/**
 * What a try reads of a bucket before any of its terms, in the matcher's flat column
 * `bucketFlags`: whether it has terms found by their second word (HAS_SECOND), terms whose second
 * word is a prefix (HAS_OTHER), one-word terms that ask for an exact spelling (SINGLE_EXACT), and
 * its widest gap before a second word, above them (from GAP_SHIFT).
 */
const HAS_SECOND = 1;
const HAS_OTHER = 2;
const SINGLE_EXACT = 4;
const GAP_SHIFT = 8;

/**
 * What a try reads of a term found by its second word, in the matcher's flat column `termInfo`:
 * the widest gap before its second word (the low bits, TERM_GAP), whether the second word must
 * stand next to the first (TERM_ADJACENT), whether its words must stand in one cell of a table
 * (TERM_WITHIN_CELL), whether its first or second word asks for an exact spelling (TERM_EXACT),
 * and whether it has more than two words (TERM_LONGER).
 */
const TERM_GAP = 15;
const TERM_ADJACENT = 16;
const TERM_WITHIN_CELL = 32;
const TERM_EXACT = 64;
const TERM_LONGER = 128;

/**
 * What matchRest reads of a part of a term, in the matcher's flat column `partFlags`: whether it is
 * a prefix (its key in `partText`), whether it must stand next to the part before, and whether it
 * asks for an exact spelling (in `partExact`). Its widest gap is in `partGap`, its key's number in
 * `partKeyId`.
 */
const PART_PREFIX = 1;
const PART_ADJACENT = 2;
const PART_EXACT = 4;

/** The last stamp of a try before they start again from 1. */
const STAMP_LIMIT = 0x3fffffff;

/** The words of a slot of the matcher's table of pairs `secondSlots`: bucket number plus one (0: empty), key number, first and end of its terms in `secondTerms`. */
const SLOT_WORDS = 4;

/** The most words a `…` lets stand between two words of a term, and a `……`. */
const GAP = 3;
const LONG_GAP = 7;

/**
 * The size of a matcher's filter of pairs (a bucket's number, the key number of one of its second
 * words), in bits: 2^16, 8 KB, read at most starts of words, so that it stays in the nearest cache
 * (the built-in vocabulary has 3,333 pairs: one bit in twenty set).
 */
const PAIR_BITS_LOG2 = 16;

/** The bit of the pair (bucket `id`, second word `key`) in a filter of pairs. */
function pairBit(id: number, key: number): number {
  return (Math.imul(id + 1, 0x9e3779b1) ^ Math.imul(key + 1, 0x85ebca6b)) >>> (32 - PAIR_BITS_LOG2);
}

/** The bits a bucket's widest gap takes in a pairStart (a gap is at most LONG_GAP words). */
const GAP_BITS = 32 - Math.clz32(LONG_GAP);

/**
 * What a start of a word looks up before its bucket (`pairs` of the matcher): the number of the
 * only bucket the word starts plus one, above the bucket's widest gap, when that bucket is found
 * by second words only; 0 otherwise (its buckets are tried whatever follows).
 */
function pairStart(buckets: readonly Bucket[]): number {
  const only = buckets.length === 1 ? buckets[0]! : undefined;
  return only?.bySecondOnly ? ((only.id + 1) << GAP_BITS) | only.maxGap : 0;
}

/** The first slot to probe for pair (bucket `id`, key `key`) in a table of pairs of `mask` + 1 slots. */
function pairSlot(id: number, key: number, mask: number): number {
  return (Math.imul(id + 1, 0x9e3779b1) ^ Math.imul(key + 1, 0x85ebca6b)) >>> 16 & mask;
}

/**
 * Whether a second word of the bucket of `start` (a pairStart) may stand within reach of sequence
 * position `c`, by the filter of pairs: true whenever tryBucket could find a term there (a
 * sentence's end, where tryBucket stops, is not looked for: a word past it only costs the call).
 */
function pairWithinReach(pairs: Int32Array, start: number, c: number, sequence: Sequence): boolean {
  const id = (start >> GAP_BITS) - 1;
  const end = Math.min(sequence.length, c + 2 + (start & ((1 << GAP_BITS) - 1)));
  const { keys } = sequence;
  for (let at = c + 1; at < end; at++) {
    const key = keys[at]!;
    if (key < 0) continue;
    const bit = pairBit(id, key);
    if ((pairs[bit >> 5]! & (1 << (bit & 31))) !== 0) return true;
  }
  return false;
}

/**
 * Scratch columns of `match`, shared by every matcher (a match runs to its end without calling
 * another): the sequences of tokens it scans (words but stop words; every word, for strict terms),
 * with each token's key number, and the places in them where a term may start. Reused from one
 * call to the next, so that matching allocates nothing but its hits.
 */
const scratch = {
  contentTokens: new Int32Array(256),
  contentKeys: new Int32Array(256),
  /** The sequence of all words is every token: its token numbers are 0, 1, 2… (written once, when made). */
  allTokens: identity(256),
  allKeys: new Int32Array(256),
  /** Positions in the content sequence, and in the sequence of all words, where a term may start. */
  contentStarts: new Int32Array(256),
  allStarts: new Int32Array(256),
  /** The pairStart of each start (0: its buckets are tried whatever follows). */
  contentStartPairs: new Int32Array(256),
  allStartPairs: new Int32Array(256),
  /** The buckets each start tries: the bucketOf (or strictBucketOf) of its spelling. */
  contentStartBuckets: new Int32Array(256),
  allStartBuckets: new Int32Array(256),
};

function reserveScratch(tokens: number): void {
  if (scratch.contentTokens.length >= tokens) return;
  const size = Math.max(tokens, 2 * scratch.contentTokens.length);
  scratch.contentTokens = new Int32Array(size);
  scratch.contentKeys = new Int32Array(size);
  scratch.allTokens = identity(size);
  scratch.allKeys = new Int32Array(size);
  scratch.contentStarts = new Int32Array(size);
  scratch.allStarts = new Int32Array(size);
  scratch.contentStartPairs = new Int32Array(size);
  scratch.allStartPairs = new Int32Array(size);
  scratch.contentStartBuckets = new Int32Array(size);
  scratch.allStartBuckets = new Int32Array(size);
}

/** The numbers 0 to `size` - 1. */
function identity(size: number): Int32Array<ArrayBuffer> {
  const numbers = new Int32Array(size);
  for (let i = 0; i < size; i++) numbers[i] = i;
  return numbers;
}

/** One sequence being scanned: tokens [0, length) and their key numbers. */
interface Sequence {
  tokens: Int32Array;
  keys: Int32Array;
  length: number;
}

export class TermMatcher {
  private readonly groups: string[] = [];
  private readonly groupIds = new Map<string, number>();
  private readonly byKey = new Map<string, Bucket>();
  private readonly byPrefix = new Map<number, Map<string, Bucket>>();
  private readonly strictByKey = new Map<string, Bucket>();
  private readonly strictByPrefix = new Map<number, Map<string, Bucket>>();
  private readonly seen = new Set<string>();
  private stamp = 0;
  /** The number of each key a term has (whole words): tokens and parts are compared by number. */
  private readonly keyIds = new Map<string, number>();
  /**
   * What this matcher knows of each spelling, by its entry in the table of spellings (the stream's
   * `spellings` column): `known[entry]` is the forms it was learnt for (an entry goes to another
   * spelling once the table is emptied), `info[entry]` the packed key number and flags, and
   * `bucketOf[entry]` the buckets it starts. Arrays read in token order, instead of a lookup
   * object reached through each token's forms: matching is bound by memory reads.
   * A stream of the table's current epoch (most) is read by `info` alone, its CURRENT flag: one
   * read a token fewer than the check of `known`, which only a stream of an older epoch needs.
   */
  private known: Array<FoldedForms | undefined> = [];
  private info = new Int32Array(0);
  /** The table's epoch `info` was learnt in (its CURRENT flags hold for it only). */
  private epoch = -1;
  /**
   * The pairStart of each spelling's buckets, whole-word and strict, by its entry (learnt with
   * `info`): a start looks up its pair in `pairs` without reading its bucket, an object among
   * thousands which the rest of the lint has pushed out of the cache by the next document.
   */
  private pairOf = new Int32Array(0);
  private strictPairOf = new Int32Array(0);
  /**
   * The buckets each spelling starts, whole-word and strict, by its entry (learnt with `info`): the
   * number of its bucket plus one when it starts one (most), 0 when none, and -1 - i when it
   * starts several: `multiBuckets[i]` says how many, their numbers follow it.
   */
  private bucketOf = new Int32Array(0);
  private strictBucketOf = new Int32Array(0);
  private multiBuckets: number[] = [];
  /** The code of each list of several buckets in `multiBuckets`, by their numbers: a spelling learnt again reuses its list. */
  private multiCodes = new Map<string, number>();
  /** Every bucket, by its number. */
  private readonly bucketList: Bucket[] = [];
  /**
   * What a try reads of each bucket, by its number, in flat columns built from the buckets before a
   * match (after a term was added): its flags and widest gap (`bucketFlags`), its one-word terms'
   * groups (`singleGroups[singleStarts[id]]` up to `singleStarts[id + 1]`), its filter of second
   * words (SECOND_WORDS words from `SECOND_WORDS * id`). Most tries then read typed columns only,
   * not the bucket and its arrays and map: objects among thousands, which the rest of the lint has
   * pushed out of the cache by the next document.
   */
  private bucketFlags = new Int32Array(0);
  private singleStarts = new Int32Array(1);
  private singleGroups = new Int32Array(0);
  private secondFilter = new Int32Array(0);
  /** Whether the flat columns describe every bucket as it is now. */
  private flat = false;
  /** Every term, by its number (`Term.index`). */
  private readonly termList: Term[] = [];
  /**
   * The terms of each pair (bucket, second word's key) of the buckets' `bySecond`, in flat columns:
   * an open-addressing table of pairs (SLOT_WORDS words a slot, `secondMask` + 1 slots), each with
   * the range of its terms' numbers in `secondTerms`, in the order of the bucket's list; per term,
   * what a try checks first (`termInfo`), its group, and the try it last matched in (`termStamp`:
   * one hit per term and start).
   */
  private secondSlots = new Int32Array(0);
  private secondMask = 0;
  private secondTerms = new Int32Array(0);
  private termInfo = new Int32Array(0);
  private termGroup = new Int32Array(0);
  private termStamp = new Int32Array(0);
  /**
   * The parts of every term, in flat columns (term t's run from `termParts[t]` up to `termParts[t + 1]`),
   * and the terms whose second word is a prefix, by bucket (bucket id's run from `otherStarts[id]`
   * up to `otherStarts[id + 1]` in `otherTerms`): matchRest reads no term or part object.
   */
  private termParts = new Int32Array(1);
  private partKeyId = new Int32Array(0);
  private partGap = new Int32Array(0);
  private partFlags = new Int32Array(0);
  private partText: string[] = [];
  private partExact: Array<string | undefined> = [];
  private otherStarts = new Int32Array(1);
  private otherTerms = new Int32Array(0);
  /** The filter of pairs: the bit pairBit(bucket, key) of each second word of a bucket's `bySecond`. */
  private readonly pairs = new Int32Array((1 << PAIR_BITS_LOG2) / 32);
  private bucketCount = 0;
  /**
   * The words of the last hit of each group in the match under way (first word at 2 × group, last
   * at 2 × group + 1): a term that gives a group's hit again on the same words gives nothing.
   */
  private lastHits = new Int32Array(0);

  /**
   * Whether a term written without a gap keeps its first two words in one clause: in the
   * vocabulary's matcher, not in the matcher of phrases that keep every word (« renonce, à ce
   * stade, à étendre »).
   */
  private readonly oneClause: boolean;

  constructor(private readonly stopwords: ReadonlySet<string>) {
    this.oneClause = stopwords.size > 0;
  }

  groupId(name: string): number {
    let id = this.groupIds.get(name);
    if (id === undefined) {
      id = this.groups.length;
      this.groups.push(name);
      this.groupIds.set(name, id);
    }
    return id;
  }

  /** How many groups there are (group ids run from 0 below it). */
  get groupCount(): number {
    return this.groups.length;
  }

  groupName(id: number): string {
    return this.groups[id] ?? '';
  }

  /** A group's id, or -1 for a name no term of the lexicon was added to (unlike groupId, adds none). */
  findGroup(name: string): number {
    return this.groupIds.get(name) ?? -1;
  }

  hasGroup(name: string): boolean {
    return this.groupIds.has(name);
  }

  /**
   * Adds a term to a group; returns false for a term with no matchable word. `ownStopwords`, the
   * stop words of the term's own language: a word that only another language stops ("an", "on")
   * is a word of the term, which is then matched word for word (as is a term that spells out a
   * stop word: "end of =each year").
   */
  add(groupName: string, term: string, ownStopwords?: ReadonlySet<string>, compounds = false): boolean {
    let parts = this.compile(term, true, compounds);
    const all = this.compile(term, false);
    const foreign = ownStopwords !== undefined && all.some((p) => p.exact === undefined && this.stopwords.has(p.key) && !ownStopwords.has(p.key));
    // A stop word required by its spelling ("end of =each year") is skipped in the text like any
    // other: only a term matched word for word can see it.
    const spelledStop = all.some((p) => p.exact !== undefined && this.stopwords.has(p.key));
    const strict = all.length >= 2 && (foreign || spelledStop || parts.length < 2);
    if (strict) parts = all;
    const head = parts[0];
    if (!head) return false;
    const signature = `${groupName}\u0000${strict}\u0000${JSON.stringify(parts)}`;
    if (this.seen.has(signature)) return true;
    this.seen.add(signature);
    const second = parts[1];
    const entry: Term = {
      group: this.groupId(groupName), parts, strict, index: this.termList.length,
      secondGap: second?.gap ?? 0, secondAdjacent: second?.adjacent ?? false, firstExact: head.exact, secondExact: second?.exact,
      withinCell: !groupName.includes('!'),
    };
    this.termList.push(entry);
    // What is known of spellings may change with the new term: learnt again from the next match.
    this.forget();
    const byPrefix = strict ? this.strictByPrefix : this.byPrefix;
    let table: Map<string, Bucket>;
    if (head.prefix) {
      const byLength = byPrefix.get(head.key.length);
      if (byLength) table = byLength;
      else byPrefix.set(head.key.length, (table = new Map()));
    } else {
      table = strict ? this.strictByKey : this.byKey;
    }
    let b = table.get(head.key);
    if (!b) {
      table.set(head.key, (b = new Bucket(this.bucketCount++)));
      this.bucketList.push(b);
    }
    b.add(entry);
    this.flat = false;
    if (second && !second.prefix) {
      const bit = pairBit(b.id, second.keyId);
      this.pairs[bit >> 5]! |= 1 << (bit & 31);
    }
    return true;
  }

  /**
   * `compounds`: the term's words that stand side by side (no stop word, no gap between them in
   * the term) must stand side by side in the text, a conjunction or a possessive aside. English
   * compounds are written whole ("data board", "training data"); French terms leave out articles
   * the text has (« temps agent » for « temps d'agents »), and keep stop words skipped everywhere.
   */
  private compile(term: string, dropStopwords: boolean, compounds = false): Part[] {
    const parts: Part[] = [];
    let gap = 0;
    // A stop word of the term dropped since the last part: the text may hold any there.
    let dropped = false;
    for (const raw of term.trim().split(/\s+/)) {
      if (raw === '…' || raw === '...') {
        gap = GAP;
        continue;
      }
      if (raw === '……' || raw === '......') {
        gap = LONG_GAP;
        continue;
      }
      const exact = raw.startsWith('=');
      const prefix = raw.endsWith('*');
      const word = raw.replace(/^=/, '').replace(/\*$/, '');
      const keys = prefix ? prefixKeys(word) : termKeys(word);
      const literals = exact ? word.split(/[^\p{L}\p{N}]+/u).filter(Boolean) : [];
      keys.forEach((key, i) => {
        const isLast = i === keys.length - 1;
        if (dropStopwords && this.stopwords.has(key) && !exact && !(prefix && isLast)) {
          dropped = true;
          return;
        }
        const keyId = prefix && isLast ? -1 : this.keyId(key);
        const adjacent = compounds && parts.length > 0 && gap === 0 && !dropped;
        parts.push({ key, prefix: prefix && isLast, gap, adjacent, ...(exact ? { exact: literals[i] ?? word } : {}), keyId });
        gap = 0;
        dropped = false;
      });
    }
    return parts;
  }

  private keyId(key: string): number {
    let id = this.keyIds.get(key);
    if (id === undefined) {
      id = this.keyIds.size;
      this.keyIds.set(key, id);
    }
    return id;
  }

  /** All hits in the stream; stop words are skipped, a hit never crosses a sentence. */
  match(stream: TokenStream, text: string): Hit[] {
    const n = stream.length;
    const hasStrict = this.strictByKey.size > 0 || this.strictByPrefix.size > 0;
    reserveScratch(n);
    const { contentTokens, contentKeys, allTokens, allKeys, contentStarts, allStarts, contentStartPairs, allStartPairs, contentStartBuckets, allStartBuckets } = scratch;
    const { forms, spellings } = stream;
    if (this.epoch !== spellingEpoch()) this.forget();
    if (!this.flat) this.flatten();
    const { known } = this;
    const current = stream.epoch === spellingEpoch();
    // (Every entry of a current stream is below the table's count: read without a bounds check.)
    if (current) this.reserveInfo(spellingCount());
    // Without stop words (the undecided phrases' matcher), the content is every token: its token
    // numbers are those of the sequence of all words, written once.
    const everyToken = this.stopwords.size === 0;
    let contentLength = 0;
    let allLength = 0;
    let contentStartCount = 0;
    let allStartCount = 0;
    // One pass reads what is known of each token's spelling, and notes where terms may start:
    // most streams hold none of a small vocabulary's first words.
    // (The column is read from a local: only a spelling learnt here may widen it.)
    let infos = this.info;
    for (let i = 0; i < n; i++) {
      const entry = spellings[i]!;
      const learnt = current ? (infos[entry]! & CURRENT) !== 0 : known[entry] === forms[i];
      let info: number;
      if (learnt) {
        info = infos[entry]!;
      } else {
        info = this.learn(entry, forms[i]!);
        infos = this.info;
      }
      const keyId = (info >> KEY_SHIFT) - 1;
      if ((info & (STARTS | STARTS_STRICT)) !== 0) {
        if ((info & STARTS) !== 0 && (info & STOP) === 0) {
          contentStarts[contentStartCount] = contentLength;
          contentStartPairs[contentStartCount] = this.pairOf[entry]!;
          contentStartBuckets[contentStartCount++] = this.bucketOf[entry]!;
        }
        if (hasStrict && (info & STARTS_STRICT) !== 0) {
          allStarts[allStartCount] = allLength;
          allStartPairs[allStartCount] = this.strictPairOf[entry]!;
          allStartBuckets[allStartCount++] = this.strictBucketOf[entry]!;
        }
      }
      if (hasStrict) allKeys[allLength++] = keyId;
      if ((info & STOP) === 0) {
        if (!everyToken) contentTokens[contentLength] = i;
        contentKeys[contentLength++] = keyId;
      }
    }
    const hits: Hit[] = [];
    if (this.lastHits.length !== 2 * this.groups.length) this.lastHits = new Int32Array(2 * this.groups.length);
    this.lastHits.fill(-1);
    const content: Sequence = { tokens: everyToken ? allTokens : contentTokens, keys: contentKeys, length: contentLength };
    const { pairs } = this;
    for (let s = 0; s < contentStartCount; s++) {
      const c = contentStarts[s]!;
      const pair = contentStartPairs[s]!;
      if (pair !== 0 && !pairWithinReach(pairs, pair, c, content)) continue;
      const only = contentStartBuckets[s]!;
      if (only > 0) this.tryBucket(only - 1, c, content, stream, text, hits);
      else this.tryBuckets(-1 - only, c, content, stream, text, hits);
    }
    if (hasStrict) {
      const all: Sequence = { tokens: allTokens, keys: allKeys, length: allLength };
      for (let s = 0; s < allStartCount; s++) {
        const c = allStarts[s]!;
        const pair = allStartPairs[s]!;
        if (pair !== 0 && !pairWithinReach(pairs, pair, c, all)) continue;
        const only = allStartBuckets[s]!;
        if (only > 0) this.tryBucket(only - 1, c, all, stream, text, hits);
        else this.tryBuckets(-1 - only, c, all, stream, text, hits);
      }
    }
    return hits;
  }

  /**
   * Learns what this matcher knows of a spelling (its key's number, whether it is a stop word,
   * the buckets its terms start in), kept by its entry in the table of spellings; returns the
   * packed info.
   */
  private learn(entry: number, forms: FoldedForms): number {
    this.reserveInfo(entry + 1);
    const buckets = this.bucketsOf(forms, this.byKey, this.byPrefix);
    const strict = this.bucketsOf(forms, this.strictByKey, this.strictByPrefix);
    const info = ((this.keyIds.get(forms.key) ?? -1) + 1) << KEY_SHIFT
      | (this.stopwords.has(forms.key) ? STOP : 0)
      | (buckets.length > 0 ? STARTS : 0)
      | (strict.length > 0 ? STARTS_STRICT : 0)
      | (isCurrentEntry(entry, forms) ? CURRENT : 0);
    this.known[entry] = forms;
    this.info[entry] = info;
    this.pairOf[entry] = pairStart(buckets);
    this.strictPairOf[entry] = pairStart(strict);
    this.bucketOf[entry] = this.bucketCode(buckets);
    this.strictBucketOf[entry] = this.bucketCode(strict);
    return info;
  }

  /** A spelling's bucketOf (see there): its buckets' numbers, kept in `multiBuckets` when they are several. */
  private bucketCode(buckets: readonly Bucket[]): number {
    if (buckets.length <= 1) return buckets.length === 1 ? buckets[0]!.id + 1 : 0;
    const ids = buckets.map((b) => b.id);
    const name = ids.join(' ');
    let code = this.multiCodes.get(name);
    if (code === undefined) {
      code = -1 - this.multiBuckets.length;
      this.multiBuckets.push(ids.length, ...ids);
      this.multiCodes.set(name, code);
    }
    return code;
  }

  /** Tries the buckets listed at `at` in `multiBuckets`, in their order. */
  private tryBuckets(at: number, c: number, sequence: Sequence, stream: TokenStream, text: string, hits: Hit[]): void {
    const multi = this.multiBuckets;
    for (let k = at + 1, end = at + 1 + multi[at]!; k < end; k++) this.tryBucket(multi[k]!, c, sequence, stream, text, hits);
  }

  /** Forgets what was learnt of every spelling (a new term, or the table emptied). */
  private forget(): void {
    this.known = [];
    this.info.fill(0);
    this.multiBuckets = [];
    this.multiCodes.clear();
    this.epoch = spellingEpoch();
  }

  private reserveInfo(entries: number): void {
    if (entries <= this.info.length) return;
    const size = Math.max(entries, 2 * this.info.length, 1024);
    const widen = (column: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const wider = new Int32Array(size);
      wider.set(column);
      return wider;
    };
    this.info = widen(this.info);
    this.pairOf = widen(this.pairOf);
    this.strictPairOf = widen(this.strictPairOf);
    this.bucketOf = widen(this.bucketOf);
    this.strictBucketOf = widen(this.strictBucketOf);
  }

  /** Builds the flat columns of every bucket (see `bucketFlags`). */
  private flatten(): void {
    const buckets = this.bucketList;
    const flags = new Int32Array(buckets.length);
    const starts = new Int32Array(buckets.length + 1);
    const groups = new Int32Array(buckets.reduce((sum, b) => sum + b.singleGroups.length, 0));
    const filter = new Int32Array(buckets.length * SECOND_WORDS);
    let at = 0;
    buckets.forEach((b, id) => {
      starts[id] = at;
      for (const group of b.singleGroups) groups[at++] = group;
      flags[id] = (b.bySecond.size > 0 ? HAS_SECOND : 0) | (b.other.length > 0 ? HAS_OTHER : 0)
        | (b.singleExact.some((exact) => exact !== undefined) ? SINGLE_EXACT : 0) | (b.maxGap << GAP_SHIFT);
      filter.set(b.secondKeys, id * SECOND_WORDS);
    });
    starts[buckets.length] = at;
    this.flattenTerms();
    this.bucketFlags = flags;
    this.singleStarts = starts;
    this.singleGroups = groups;
    this.secondFilter = filter;
    this.flat = true;
  }

  /** Builds the flat columns of the terms found by their second word (see `secondSlots`). */
  private flattenTerms(): void {
    const terms = this.termList;
    this.termInfo = new Int32Array(terms.length);
    this.termGroup = new Int32Array(terms.length);
    this.termStamp = new Int32Array(terms.length).fill(-1);
    const partCount = terms.reduce((sum, term) => sum + term.parts.length, 0);
    this.termParts = new Int32Array(terms.length + 1);
    this.partKeyId = new Int32Array(partCount);
    this.partGap = new Int32Array(partCount);
    this.partFlags = new Int32Array(partCount);
    this.partText = [];
    this.partExact = [];
    let part = 0;
    for (const term of terms) {
      this.termParts[term.index] = part;
      for (const p of term.parts) {
        this.partKeyId[part] = p.keyId;
        this.partGap[part] = p.gap;
        this.partFlags[part] = (p.prefix ? PART_PREFIX : 0) | (p.adjacent ? PART_ADJACENT : 0) | (p.exact !== undefined ? PART_EXACT : 0);
        this.partText.push(p.key);
        this.partExact.push(p.exact);
        part++;
      }
    }
    this.termParts[terms.length] = part;
    this.otherStarts = new Int32Array(this.bucketList.length + 1);
    this.otherTerms = new Int32Array(this.bucketList.reduce((sum, b) => sum + b.other.length, 0));
    let other = 0;
    this.bucketList.forEach((b, id) => {
      this.otherStarts[id] = other;
      for (const term of b.other) this.otherTerms[other++] = term.index;
    });
    this.otherStarts[this.bucketList.length] = other;
    for (const term of terms) {
      this.termGroup[term.index] = term.group;
      this.termInfo[term.index] = term.secondGap | (term.secondAdjacent ? TERM_ADJACENT : 0) | (term.withinCell ? TERM_WITHIN_CELL : 0)
        | (term.firstExact !== undefined || term.secondExact !== undefined ? TERM_EXACT : 0) | (term.parts.length > 2 ? TERM_LONGER : 0);
    }
    let pairs = 0;
    let listed = 0;
    for (const b of this.bucketList) {
      pairs += b.bySecond.size;
      for (const list of b.bySecond.values()) listed += list.length;
    }
    let size = 16;
    while (size < 2 * pairs) size *= 2;
    const slots = new Int32Array(size * SLOT_WORDS);
    const listedTerms = new Int32Array(listed);
    let at = 0;
    for (const b of this.bucketList) {
      for (const [key, list] of b.bySecond) {
        let slot = pairSlot(b.id, key, size - 1);
        while (slots[slot * SLOT_WORDS] !== 0) slot = (slot + 1) & (size - 1);
        const base = slot * SLOT_WORDS;
        slots[base] = b.id + 1;
        slots[base + 1] = key;
        slots[base + 2] = at;
        for (const term of list) listedTerms[at++] = term.index;
        slots[base + 3] = at;
      }
    }
    this.secondSlots = slots;
    this.secondMask = size - 1;
    this.secondTerms = listedTerms;
  }

  /** The first word in `secondSlots` of the slot of pair (bucket `id`, key `key`), or -1 when the bucket has no term of that second word. */
  private secondSlot(id: number, key: number): number {
    const slots = this.secondSlots;
    const mask = this.secondMask;
    for (let slot = pairSlot(id, key, mask); ; slot = (slot + 1) & mask) {
      const base = slot * SLOT_WORDS;
      const bucket = slots[base]!;
      if (bucket === 0) return -1;
      if (bucket === id + 1 && slots[base + 1] === key) return base;
    }
  }

  private bucketsOf(forms: FoldedForms, byKey: Map<string, Bucket>, byPrefix: Map<number, Map<string, Bucket>>): Bucket[] {
    const found: Bucket[] = [];
    const exact = byKey.get(forms.key);
    if (exact) found.push(exact);
    for (const [len, table] of byPrefix) {
      const b = forms.plain.length >= len ? table.get(forms.plain.slice(0, len)) : undefined;
      if (b) found.push(b);
    }
    return found;
  }

  /**
   * Tries the terms of bucket `id` at sequence position `c`; hits are those `matchRest` would find.
   * The bucket was found by the first word's key (or its prefix), and a term of `bySecond` by the
   * second word's key: of those two parts, only an exact spelling (`=DPO`) is left to check.
   * The flat columns say what the bucket holds: it is read itself only for the terms that need it
   * (exact spellings, prefixes, and the terms of a second word its filter lets through).
   */
  private tryBucket(id: number, c: number, sequence: Sequence, stream: TokenStream, text: string, hits: Hit[]): void {
    const first = sequence.tokens[c]!;
    const flags = this.bucketFlags[id]!;
    if ((flags & SINGLE_EXACT) === 0) {
      const { singleGroups } = this;
      for (let k = this.singleStarts[id]!, end = this.singleStarts[id + 1]!; k < end; k++) this.hit(singleGroups[k]!, first, first, hits);
    } else {
      const { singleGroups, singleExact } = this.bucketList[id]!;
      for (let k = 0; k < singleGroups.length; k++) {
        const exact = singleExact[k];
        if (exact === undefined || startsWith.call(text, exact, stream.starts[first]!)) this.hit(singleGroups[k]!, first, first, hits);
      }
    }
    if ((flags & HAS_OTHER) !== 0) {
      const { otherTerms, termParts, termInfo } = this;
      for (let k = this.otherStarts[id]!, end = this.otherStarts[id + 1]!; k < end; k++) {
        const t = otherTerms[k]!;
        const head = termParts[t]!;
        if (!this.spelledAt(head, first, stream, text)) continue;
        const last = this.matchRest(head + 1, termParts[t + 1]!, c, sequence, stream, text, stream.sentences[first]!);
        if (last !== -1 && !((termInfo[t]! & TERM_WITHIN_CELL) !== 0 && crossesCell(stream, text, first, last))) this.hit(this.termGroup[t]!, first, last, hits);
      }
    }
    if ((flags & HAS_SECOND) === 0) return;
    const sentence = stream.sentences[first]!;
    // (Stamps are kept in an Int32Array: they start again before they would overflow it.)
    if (this.stamp >= STAMP_LIMIT) {
      this.termStamp.fill(-1);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const maxGap = flags >> GAP_SHIFT;
    const { secondFilter } = this;
    const filterBase = id * SECOND_WORDS;
    for (let skip = 0; skip <= maxGap; skip++) {
      const at = c + 1 + skip;
      if (at >= sequence.length) break;
      const next = sequence.tokens[at]!;
      if (stream.sentences[next] !== sentence) break;
      const key = sequence.keys[at]!;
      if (key < 0 || (secondFilter[filterBase + ((key & (SECOND_BITS - 1)) >> 5)]! & (1 << (key & 31))) === 0) continue;
      const slot = this.secondSlot(id, key);
      if (slot < 0) continue;
      const { secondSlots, secondTerms, termInfo, termStamp } = this;
      for (let k = secondSlots[slot + 2]!, end = secondSlots[slot + 3]!; k < end; k++) {
        const t = secondTerms[k]!;
        const info = termInfo[t]!;
        // Smallest skip first, as matchRest would: the first full match of a term is its hit.
        if (termStamp[t] === stamp || (info & TERM_GAP) < skip || ((info & TERM_ADJACENT) !== 0 && !nextTo(stream, first, next))) continue;
        if ((info & TERM_EXACT) !== 0) {
          const { firstExact, secondExact } = this.termList[t]!;
          if ((firstExact !== undefined && !startsWith.call(text, firstExact, stream.starts[first]!)) || (secondExact !== undefined && !startsWith.call(text, secondExact, stream.starts[next]!))) continue;
        }
        // (A term of two words ends at its second: matchRest would find no part left.)
        const last = (info & TERM_LONGER) === 0 ? next : this.matchRest(this.termParts[t]! + 2, this.termParts[t + 1]!, at, sequence, stream, text, sentence);
        if (last === -1 || ((info & TERM_WITHIN_CELL) !== 0 && crossesCell(stream, text, first, last))) continue;
        // (A term written without a gap keeps its first two words in one clause: "association of
        // cities" is not "the two largest housing associations, the city's main bus operator".)
        // (Not a trap, which may span clauses as it spans cells.)
        if (this.oneClause && (info & (TERM_GAP | TERM_WITHIN_CELL)) === TERM_WITHIN_CELL && stream.clauses[next] !== stream.clauses[first]) continue;
        termStamp[t] = stamp;
        this.hit(this.termGroup[t]!, first, last, hits);
      }
    }
  }

  /**
   * The last word of a match of parts [p, end) of a term (flat columns) after sequence position `c`,
   * or -1: each part within its gap of the one before, in `sentence`, the first match found with
   * the smallest skips first.
   */
  private matchRest(p: number, end: number, c: number, sequence: Sequence, stream: TokenStream, text: string, sentence: number): number {
    if (p === end) return sequence.tokens[c]!;
    const flags = this.partFlags[p]!;
    const gap = this.partGap[p]!;
    for (let skip = 0; skip <= gap; skip++) {
      const next = c + 1 + skip;
      if (next >= sequence.length) return -1;
      const token = sequence.tokens[next]!;
      if (stream.sentences[token] !== sentence) return -1;
      if ((flags & PART_ADJACENT) !== 0 && !nextTo(stream, sequence.tokens[c]!, token)) return -1;
      const matches = (flags & PART_PREFIX) !== 0 ? startsWith.call(stream.forms[token]!.plain, this.partText[p]!) : this.partKeyId[p] === sequence.keys[next];
      if (matches && this.spelledAt(p, token, stream, text)) {
        const last = this.matchRest(p + 1, end, next, sequence, stream, text, sentence);
        if (last !== -1) return last;
      }
    }
    return -1;
  }

  /** Whether `token` has the exact spelling part `p` (flat columns) may ask for (`=DPO`); true when it asks for none. */
  private spelledAt(p: number, token: number, stream: TokenStream, text: string): boolean {
    return (this.partFlags[p]! & PART_EXACT) === 0 || startsWith.call(text, this.partExact[p]!, stream.starts[token]!);
  }

  /**
   * Adds a hit, unless the group's last hit lies on the same words: two terms of a group often find
   * one word or one phrase (« =CSV » and « csv », « measure » and « measur* », « model … clauses »
   * and « model clauses »), and every later step would read the twin again (negation, the
   * evidence's lists, each check). One hit in ten was such a twin on the benchmark's Markdown corpus.
   */
  private hit(group: number, first: number, last: number, hits: Hit[]): void {
    const { lastHits } = this;
    if (lastHits[2 * group] === first && lastHits[2 * group + 1] === last) return;
    lastHits[2 * group] = first;
    lastHits[2 * group + 1] = last;
    hits.push(new MatchedHit(group, first, last));
  }
}

/**
 * Whether a table's cell border stands between the first and last words of a hit: « service de
 * la donnée » is not « | Mise en service | Les données publiables… | » (the gap is a few words).
 */
function crossesCell(stream: TokenStream, text: string, first: number, last: number): boolean {
  for (let i = stream.ends[first]!, end = stream.starts[last]!; i < end; i++) if (charCodeAt.call(text, i) === BAR) return true;
  return false;
}
const BAR = 124;
/**
 * The text of an exact spelling is compared through the builtin, as the tokenizer reads
 * characters (see `charCodeAt` there): `text.startsWith` met the document's strings of every
 * representation and took a megamorphic lookup per hit.
 */
const startsWith = String.prototype.startsWith;

/**
 * What may join the words of a compound written without it: a conjunction ("Data and Ethics
 * Board"), a possessive ("the Borough's staff").
 */
const JOINING = new Set(['and', 'et', 's'].map(foldWord));

/** Whether token `b` follows token `a` with no word between but a conjunction or a possessive's « s ». */
function nextTo(stream: TokenStream, a: number, b: number): boolean {
  for (let t = a + 1; t < b; t++) if (!JOINING.has(stream.forms[t]!.key)) return false;
  return true;
}

/** A prefix is folded without stemming: `restitu*` must keep its last letters. */
function prefixKeys(word: string): string[] {
  const keys = termKeys(word);
  const words = word.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const lastWord = words[words.length - 1];
  if (keys.length > 0 && lastWord) keys[keys.length - 1] = stripAccents(lastWord.toLowerCase());
  return keys;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
