import { foldWord, INCLUSIVE_SUFFIX, isDigit, PAREN_SUFFIX, stripAccents } from './fold';

/**
 * The token stream of a document: every word with its source offsets, its folded key and the
 * sentence it belongs to. Built once per document; all checks match against it.
 */
/**
 * The tokenizer reads its strings through this constant, as `charCodeAt.call(text, i)`, not as
 * `text.charCodeAt(i)`. It meets strings of every representation V8 has (documents flat or cut
 * into pieces, with one or two bytes a character; vocabulary terms, internalized): the property
 * load `text.charCodeAt` then sees more string maps than V8 keeps apart, turns megamorphic and
 * costs a generic lookup per character, while a call through the builtin itself is compiled to a
 * plain read. Tokenizing the Markdown corpus once the vocabulary is built: 596 -> 208 ms. (The
 * matchers, which read the same texts per hit, do the same.)
 */
export const charCodeAt = String.prototype.charCodeAt;

export class TokenStream {
  /**
   * The shared forms of each token's spelling, one a token. Made as long as the numeric columns
   * when the stream is reserved (a pointer a word, written in place: a list grown one push at a
   * time was copied again at each growth, a tenth of the tokenizer's allocations), and cut to the
   * tokens when read.
   */
  get forms(): FoldedForms[] {
    if (this.formList.length !== this.count) this.formList.length = this.count;
    return this.formList;
  }
  set forms(list: FoldedForms[]) {
    this.formList = list;
    this.count = list.length;
  }
  private formList: FoldedForms[] = [];
  /** How many tokens the stream holds (`formList` may be longer, its end not written yet). */
  private count = 0;
  /**
   * Each token's entry in the table of spellings: matchers keep what they know of a spelling in
   * arrays by entry, read in token order, rather than follow a pointer to each token's forms. An
   * entry goes to another spelling once the table is emptied: a reader checks that its record of
   * an entry was made for `forms[i]`.
   */
  spellings = new Int32Array(INITIAL_CAPACITY);
  private keyList: string[] | undefined;
  /**
   * The table's epoch (how many times it had been emptied) when the stream was made, or -1 for a
   * stream joined from pieces of different epochs. While the table's epoch is still this one,
   * every entry of the stream is that of the spelling the table holds under it now: a reader may
   * trust what it learnt of an entry without checking that it was learnt for `forms[i]`.
   */
  epoch = tableEpoch;
  /**
   * Numeric columns are typed arrays (a long charter has hundreds of thousands of words); they
   * are longer than the stream: read them below `length` only.
   */
  starts = new Int32Array(INITIAL_CAPACITY);
  ends = new Int32Array(INITIAL_CAPACITY);
  /** Sentence number of each token: negation never reaches across sentences. */
  sentences = new Int32Array(INITIAL_CAPACITY);
  /** Clause number (sentences cut at commas too): the reach of a preceding negation. */
  clauses = new Int32Array(INITIAL_CAPACITY);
  private sentence = 0;
  private clause = 0;
  /** The pieces a joined stream was made of (the next join of the same document reuses their part). */
  private joined: ReadonlyArray<{ stream: TokenStream; offset: number }> | undefined;

  get length(): number {
    return this.count;
  }

  /** The folded key of each token (built on first use; hot paths read `forms[i].key`). */
  get keys(): readonly string[] {
    if (this.keyList?.length !== this.count) this.keyList = this.forms.map((f) => f.key);
    return this.keyList;
  }

  /** Tokenizes text[start, end) and returns the index range of its tokens. */
  add(text: string, start: number, end: number, splitCamelCase = false): [number, number] {
    const first = this.count;
    this.sentence++;
    this.clause++;
    let previousEnd = start;
    let i = start;
    // The code unit before text[i] when it stands between words (read once: by this loop, or as
    // the one that ended the word before).
    let gapCode = -1;
    while (i < end) {
      const code = charCodeAt.call(text, i);
      const width = code < 128 ? ASCII_WORD[code]! : wordCharWidth(text, i);
      if (width === 0) {
        gapCode = code;
        i++;
        continue;
      }
      const wordStart = i;
      // The spelling's hash (FNV-1a over its code units) is taken, and its first code units
      // copied to `wordUnits`, as the word is read: its characters are not read from the text again
      // to find it in the table of spellings.
      let hash = Math.imul(HASH_SEED ^ code, HASH_PRIME);
      wordUnits[0] = code;
      let length = 1;
      if (width === 2) {
        const low = charCodeAt.call(text, i + 1);
        hash = Math.imul(hash ^ low, HASH_PRIME);
        wordUnits[length++] = low;
      }
      i += width;
      // The code unit that ends the word, -1 when the range does.
      let after = -1;
      while (i < end) {
        const next = charCodeAt.call(text, i);
        const w = next < 128 ? ASCII_WORD[next]! : wordCharWidth(text, i);
        if (w === 0) {
          after = next;
          break;
        }
        hash = Math.imul(hash ^ next, HASH_PRIME);
        if (length < WORD_UNITS) wordUnits[length] = next;
        length++;
        if (w === 2) {
          const low = charCodeAt.call(text, i + 1);
          hash = Math.imul(hash ^ low, HASH_PRIME);
          if (length < WORD_UNITS) wordUnits[length] = low;
          length++;
        }
        i += w;
      }
      // A word cut by the end of the range belongs to the next range, not to this one.
      if (i > end || (i === end && end < text.length && wordCharWidth(text, end) > 0)) break;
      let tokenEnd = i;
      // Most gaps are one space: only a longer or other gap can end a sentence or a clause. A lone
      // full stop between two words is inside a name (schema.data.gouv.fr, 4.2), not a sentence end.
      const single = wordStart === previousEnd + 1 ? gapCode : -1;
      if (wordStart > previousEnd && single !== 32 && single !== 46) {
        const cut = gapBreak(text, previousEnd, wordStart);
        if (cut === SENTENCE && !this.afterTitle(text, first, previousEnd, wordStart)) {
          this.sentence++;
          this.clause++;
        } else if (cut === CLAUSE) {
          this.clause++;
        }
      }
      // Swallow inclusive-writing suffixes so that "élu·e·s" folds like "élu" (a suffix starts
      // with one of its marks followed by one of its letters: most marks end a sentence instead).
      // (Most words end at a space, which starts no suffix: the test, a call V8 does not inline
      // into this long loop, is not made for them.)
      if (after !== SPACE && tokenEnd + 1 < end && isSuffixStart(after) && isSuffixLetter(charCodeAt.call(text, tokenEnd + 1))) {
        const tail = text.slice(tokenEnd, Math.min(end, tokenEnd + 12));
        const suffix = INCLUSIVE_SUFFIX.exec(tail) ?? PAREN_SUFFIX.exec(tail);
        if (suffix) tokenEnd += suffix[0].length;
      }
      const word = splitCamelCase ? text.slice(wordStart, i) : '';
      if (splitCamelCase && CAMEL.test(word)) {
        for (const part of word.matchAll(CAMEL_PART)) this.push(spellingEntry(part[0], 0, part[0].length, TABLE.hash(part[0], 0, part[0].length)), wordStart + part.index, wordStart + part.index + part[0].length);
      } else {
        this.push(spellingEntry(text, wordStart, i, hash), wordStart, tokenEnd);
      }
      previousEnd = tokenEnd;
      if (tokenEnd === i && after >= 0) {
        // The code unit that ended the word is between words: passed over without a second read.
        gapCode = after;
        i++;
      } else {
        i = tokenEnd;
      }
    }
    return [first, this.count];
  }

  /**
   * One stream of pieces of text (each the tokens of a piece that starts at `offset`): offsets
   * move by the piece's offset, sentences and clauses are numbered on from the pieces before.
   */
  static join(pieces: ReadonlyArray<{ stream: TokenStream; offset: number }>, previous?: TokenStream): TokenStream {
    // One piece at the start is the stream itself: streams are not changed once built.
    if (pieces.length === 1 && pieces[0]!.offset === 0) return pieces[0]!.stream;
    const out = new TokenStream();
    out.joined = pieces;
    if (pieces.some((p) => p.stream.epoch !== out.epoch)) out.epoch = -1;
    // The pieces before an edit are those of the previous join, at the same offsets: their tokens
    // are copied from it column by column, not renumbered token by token.
    const before = previous?.joined;
    let same = 0;
    let prefix = 0;
    if (before) {
      while (same < pieces.length && same < before.length && pieces[same]!.stream === before[same]!.stream && pieces[same]!.offset === before[same]!.offset) {
        prefix += pieces[same]!.stream.length;
        out.sentence += pieces[same]!.stream.sentence;
        out.clause += pieces[same]!.stream.clause;
        same++;
      }
    }
    out.forms = prefix > 0 ? previous!.forms.slice(0, prefix).concat(...pieces.slice(same).map((p) => p.stream.forms)) : out.forms.concat(...pieces.map((p) => p.stream.forms));
    out.reserve(out.forms.length);
    const { starts, ends, sentences, clauses } = out;
    if (prefix > 0) {
      out.spellings.set(previous!.spellings.subarray(0, prefix));
      starts.set(previous!.starts.subarray(0, prefix));
      ends.set(previous!.ends.subarray(0, prefix));
      sentences.set(previous!.sentences.subarray(0, prefix));
      clauses.set(previous!.clauses.subarray(0, prefix));
    }
    let base = prefix;
    for (let p = same; p < pieces.length; p++) {
      const { stream, offset } = pieces[p]!;
      const n = stream.length;
      out.spellings.set(stream.spellings.subarray(0, n), base);
      const [s, e, se, cl] = [stream.starts, stream.ends, stream.sentences, stream.clauses];
      const [sentence, clause] = [out.sentence, out.clause];
      for (let i = 0; i < n; i++) {
        starts[base + i] = s[i]! + offset;
        ends[base + i] = e[i]! + offset;
        sentences[base + i] = se[i]! + sentence;
        clauses[base + i] = cl[i]! + clause;
      }
      out.sentence += stream.sentence;
      out.clause += stream.clause;
      base += n;
    }
    return out;
  }

  /**
   * Whether the gap before `wordStart` is the full stop of a title before a name (« M. Garreau
   * indique que… », "Dr. Okafor", "Cllr. Hughes"): one space, then a capital. It ends no sentence.
   */
  private afterTitle(text: string, first: number, previousEnd: number, wordStart: number): boolean {
    const n = this.count - 1;
    if (n < first || wordStart !== previousEnd + 2 || charCodeAt.call(text, previousEnd) !== 46 || charCodeAt.call(text, previousEnd + 1) !== SPACE) return false;
    const start = this.starts[n]!;
    if (previousEnd - start > 4) return false;
    const next = text[wordStart]!;
    const word = text.slice(start, previousEnd);
    // (Nor that of an abbreviation before a number: « (art. 6.2) », "cl. 12", "para. 4".)
    return next !== next.toLowerCase() ? TITLES.has(word) : isDigit(next.charCodeAt(0)) && NUMBERED.has(word);
  }

  private push(entry: number, start: number, end: number): void {
    const n = this.count++;
    if (n === this.starts.length) this.grow();
    this.formList[n] = spelledForms[entry]!;
    this.spellings[n] = entry;
    this.starts[n] = start;
    this.ends[n] = end;
    this.sentences[n] = this.sentence;
    this.clauses[n] = this.clause;
  }

  private grow(): void {
    this.reserve(this.starts.length * 2);
  }

  /** Makes room for `capacity` tokens in the numeric columns. */
  reserve(capacity: number): void {
    if (capacity <= this.starts.length) return;
    if (this.formList.length < capacity) {
      const list = new Array<FoldedForms>(capacity);
      for (let i = 0; i < this.count; i++) list[i] = this.formList[i]!;
      this.formList = list;
    }
    // The five columns share one buffer: one allocation, and one charge of outside memory to the
    // collector, instead of five.
    const buffer = new ArrayBuffer(5 * Int32Array.BYTES_PER_ELEMENT * capacity);
    let place = 0;
    const widen = (column: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const next = new Int32Array(buffer, Int32Array.BYTES_PER_ELEMENT * capacity * place++, capacity);
      next.set(column);
      return next;
    };
    this.starts = widen(this.starts);
    this.ends = widen(this.ends);
    this.sentences = widen(this.sentences);
    this.clauses = widen(this.clauses);
    this.spellings = widen(this.spellings);
  }
}

/**
 * A test of a token's forms asked token by token: its answer is learnt once per spelling, by the
 * spelling's entry in the table of spellings (as the matcher learns what it knows of a spelling).
 * A scan of every token of a document then reads a byte a token, where a test of each token
 * hashed its key again, or ran a regular expression over its characters.
 */
export class SpellingTest {
  /** The forms each entry was learnt for (an entry goes to another spelling once the table is emptied). */
  private known: Array<FoldedForms | undefined> = [];
  /** Per entry: MEMBER, and CURRENT when learnt for the spelling the table holds under it in `epoch`. */
  private member = new Uint8Array(0);
  /** The table's epoch the CURRENT flags hold for. */
  private epoch = -1;

  constructor(private readonly test: (forms: FoldedForms) => boolean) {}

  /** Whether token `t` of `stream` passes the test. */
  has(stream: TokenStream, t: number): boolean {
    const entry = stream.spellings[t]!;
    if (this.epoch !== tableEpoch) this.forget();
    // A stream of the table's epoch (most) holds the spelling the table holds under each entry:
    // an entry learnt as CURRENT is its, without a read of the token's forms (the negation's scan
    // of every word of a piece read two arrays of objects a word).
    const flags = entry < this.member.length ? this.member[entry]! : 0;
    if (stream.epoch === tableEpoch && (flags & CURRENT) !== 0) return (flags & MEMBER) !== 0;
    const forms = stream.forms[t]!;
    if (this.known[entry] !== forms) this.learn(entry, forms);
    return (this.member[entry]! & MEMBER) !== 0;
  }

  /**
   * The first token of `stream` in [from, to) that passes the test, or -1: a scan of many tokens
   * (every word of a piece, of a table) in one loop over their entries, which reads a byte a token.
   */
  next(stream: TokenStream, from: number, to: number): number {
    if (this.epoch !== tableEpoch) this.forget();
    const { spellings } = stream;
    const current = stream.epoch === tableEpoch;
    // (Read from a local: only a spelling learnt here may widen the column.)
    let member = this.member;
    for (let t = from; t < to; t++) {
      const entry = spellings[t]!;
      const flags = entry < member.length ? member[entry]! : 0;
      if (current && (flags & CURRENT) !== 0) {
        if ((flags & MEMBER) !== 0) return t;
        continue;
      }
      if (this.has(stream, t)) return t;
      member = this.member;
    }
    return -1;
  }

  private learn(entry: number, forms: FoldedForms): void {
    if (entry >= this.member.length) {
      const wider = new Uint8Array(Math.max(entry + 1, 2 * this.member.length, 1024));
      wider.set(this.member);
      this.member = wider;
    }
    this.known[entry] = forms;
    this.member[entry] = (this.test(forms) ? MEMBER : 0) | (isCurrentEntry(entry, forms) ? CURRENT : 0);
  }

  /** Forgets what was learnt (the table was emptied: entries went to other spellings). */
  private forget(): void {
    this.known = [];
    this.member.fill(0);
    this.epoch = tableEpoch;
  }
}

/** A set of keys asked token by token (a SpellingTest of the token's key). */
export class KeySet extends SpellingTest {
  constructor(readonly keys: ReadonlySet<string>) {
    super((forms) => keys.has(forms.key));
  }
}
const MEMBER = 1;
const CURRENT = 2;

/** Room for the tokens of a text of this length (charters run 6 to 8 characters a word): one allocation, seldom two. */
export function expectedTokens(length: number): number {
  return Math.ceil(length / 6) + 16;
}

/** How many code units of a word a SpellingTable's `word` holds (all but a few words' all). */
const WORD_UNITS = 64;
/** The slots of an empty SpellingTable (doubled as it fills). */
const MIN_SLOTS = 1 << 12;

/**
 * Spellings by their code units, each given the next entry from 0 as it is added. Typed columns
 * that stay in the nearest caches: a vocabulary of some thousands of spellings takes tens of KB.
 * (A fixed table sized for the limit of spellings took 1 MB, and a lookup compared the text with
 * the spelling's string: three reads far apart per word, and each character read through the
 * string's representation.) Open addressing, at most half full, doubled as it fills: `slots`
 * holds an entry plus one (0: empty); per entry, its hash, and its code units in `units` from
 * `unitStarts[entry]` to `unitStarts[entry + 1]`.
 *
 * A word is looked up by its hash (`hash`: FNV-1a over its code units) and its first WORD_UNITS
 * code units in `word`, which the caller writes as it hashes it (the tokenizer, as it reads the
 * word): the text is read again only past them.
 */
export class SpellingTable {
  readonly word = new Uint16Array(WORD_UNITS);
  private slots = new Int32Array(MIN_SLOTS);
  private hashes = new Int32Array(MIN_SLOTS / 2);
  private unitStarts = new Int32Array(MIN_SLOTS / 2 + 1);
  private units = new Uint16Array(8 * MIN_SLOTS);
  private count = 0;

  /** How many spellings the table holds (entries run from 0 below it). */
  get size(): number {
    return this.count;
  }

  /** The hash of text[from, to), its first code units written to `word`. */
  hash(text: string, from: number, to: number): number {
    let hash = HASH_SEED;
    for (let k = from; k < to; k++) {
      const code = charCodeAt.call(text, k);
      hash = Math.imul(hash ^ code, HASH_PRIME);
      if (k - from < WORD_UNITS) this.word[k - from] = code;
    }
    return hash;
  }

  /** The entry of text[from, to), whose `hash` was taken and first units written to `word`; -1 when it has none. */
  find(text: string, from: number, to: number, hash: number): number {
    const { slots, hashes } = this;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]! - 1;
      if (entry < 0) return -1;
      if (hashes[entry] === hash && this.spells(entry, text, from, to)) return entry;
    }
  }

  /** Adds text[from, to) (its hash taken and first units in `word`, as for find) as the next entry, and returns it. */
  add(text: string, from: number, to: number, hash: number): number {
    const length = to - from;
    const entry = this.count++;
    if (2 * this.count > this.slots.length) this.widen();
    let at = this.unitStarts[entry]!;
    if (at + length > this.units.length) {
      const wider = new Uint16Array(2 * (at + length));
      wider.set(this.units);
      this.units = wider;
    }
    for (let k = 0; k < length; k++) this.units[at++] = k < WORD_UNITS ? this.word[k]! : charCodeAt.call(text, from + k);
    this.unitStarts[entry + 1] = at;
    this.hashes[entry] = hash;
    this.place(entry, hash);
    return entry;
  }

  /** Empties the table: entries are given again from 0. */
  clear(): void {
    this.slots = new Int32Array(MIN_SLOTS);
    this.hashes = new Int32Array(MIN_SLOTS / 2);
    this.unitStarts = new Int32Array(MIN_SLOTS / 2 + 1);
    this.count = 0;
  }

  /** Whether `entry` is spelled text[from, to), whose first units are in `word`. */
  private spells(entry: number, text: string, from: number, to: number): boolean {
    const length = to - from;
    const start = this.unitStarts[entry]!;
    if (this.unitStarts[entry + 1]! - start !== length) return false;
    const { units, word } = this;
    const copied = Math.min(length, WORD_UNITS);
    for (let k = 0; k < copied; k++) if (units[start + k] !== word[k]) return false;
    for (let k = copied; k < length; k++) if (units[start + k] !== charCodeAt.call(text, from + k)) return false;
    return true;
  }

  private place(entry: number, hash: number): void {
    const { slots } = this;
    const mask = slots.length - 1;
    let slot = hash & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = entry + 1;
  }

  /** Doubles the slots and the columns by entry, and places the entries already added again. */
  private widen(): void {
    const size = 2 * this.slots.length;
    this.slots = new Int32Array(size);
    const hashes = new Int32Array(size / 2);
    hashes.set(this.hashes);
    this.hashes = hashes;
    const starts = new Int32Array(size / 2 + 1);
    starts.set(this.unitStarts);
    this.unitStarts = starts;
    for (let entry = 0; entry < this.count - 1; entry++) this.place(entry, hashes[entry]!);
  }
}

export interface FoldedForms {
  readonly key: string;
  readonly plain: string;
  /** The word as written (the code units of its spelling). */
  readonly spelling: string;
}

/**
 * Folding is the costliest step per word and a charter repeats its words: the forms of each
 * spelling are kept across documents (bounded, so a stream of unique junk cannot grow it forever).
 * They are found from the text itself, by a hash of the word's code units and a comparison of
 * those units: a word already met costs no copy of it.
 */
const FOLDED_LIMIT = 100_000;
const spelledForms: FoldedForms[] = [];
/** The spellings of every stream, by entry (`spelledForms[entry]` are the forms of entry `entry`). */
const TABLE = new SpellingTable();
const wordUnits = TABLE.word;
/** How many times the table was emptied (see TokenStream.epoch). */
let tableEpoch = 0;

/** The table's epoch: a stream whose `epoch` is this one holds only entries of the spellings the table holds now. */
export function spellingEpoch(): number {
  return tableEpoch;
}

/** How many entries the table holds: every entry of a stream of the current epoch is below it. */
export function spellingCount(): number {
  return spelledForms.length;
}

/** Whether `forms` are those of the spelling the table holds under `entry` now (a stream of an older epoch may hold another's). */
export function isCurrentEntry(entry: number, forms: FoldedForms): boolean {
  return spelledForms[entry] === forms;
}

const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;

/**
 * The entry of the spelling text[from, to) in the table (`spelledForms[entry]`), folded and added
 * when new; `hash` was taken and the first code units written to `wordUnits` (see SpellingTable).
 */
function spellingEntry(text: string, from: number, to: number, hash: number): number {
  const found = TABLE.find(text, from, to, hash);
  if (found >= 0) return found;
  if (TABLE.size >= FOLDED_LIMIT) {
    TABLE.clear();
    spelledForms.length = 0;
    tableEpoch++;
  }
  // The table outlives the document: a long word's slice would keep the whole text alive.
  const word = ownCopy(text.slice(from, to));
  spelledForms.push({ key: foldWord(word), plain: stripAccents(word.toLowerCase()), spelling: word });
  return TABLE.add(text, from, to, hash);
}

/**
 * A copy of `text` that does not share the memory of the string it was sliced from (V8 makes a
 * slice of 13 characters or more a view into its parent), for strings kept longer than the text.
 */
export function ownCopy(text: string): string {
  // Flattening a concatenation copies its characters; the slice then points into that copy.
  return text.length < 13 ? text : (' ' + text).slice(1);
}


/** Whether a character may start an inclusive-writing suffix (·•⋅.- and the parenthesis): compares, not a set lookup per word. */
function isSuffixStart(c: number): boolean {
  return c === 0x2e || c === 0x2d || c === 0x28 || c === 0xb7 || c === 0x2022 || c === 0x22c5;
}

/** Whether a character may be the first letter of a suffix (INCLUSIVE_SUFFIX, PAREN_SUFFIX: e s r t l n x f v è). */
function isSuffixLetter(c: number): boolean {
  return c < 128 ? SUFFIX_LETTER[c] === 1 : c === 0xe8;
}
const SUFFIX_LETTER = Uint8Array.from({ length: 128 }, (_, c) => ('esrtlnxfv'.includes(String.fromCharCode(c)) ? 1 : 0));
const INITIAL_CAPACITY = 16;

/** A word is a run of letters and digits (`[\p{L}\p{N}]+`), any script. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 unit: 0 not yet known, 1 a word character, 2 not. Filled as characters are met. */
const unitClass = new Uint8Array(0x10000);

/** ASCII letters and digits: 1, other ASCII: 0 (the common case, without a call). */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0));

/** The width (1, or 2 for a surrogate pair) of the word character at `i`, or 0. */
function wordCharWidth(text: string, i: number): number {
  const code = charCodeAt.call(text, i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const pair = text.slice(i, i + 2);
    return pair.length === 2 && WORD_CHAR.test(pair) ? 2 : 0;
  }
  let cls = unitClass[code]!;
  if (cls === 0) unitClass[code] = cls = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return cls === 1 ? 1 : 0;
}
/**
 * Whether a range of `text` that ends at `end` ends inside a word: TokenStream.add leaves that
 * word to the next range, so the range's tokens are not all of its words.
 */
export function endsInWord(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const before = charCodeAt.call(text, end - 1);
  return wordCharWidth(text, end) > 0 || (before >= 0xd800 && before <= 0xdbff);
}
/** YAML keys such as `territorialInterest` are two words. */
const CAMEL = /\p{Ll}\p{Lu}/u;
const CAMEL_PART = /\p{Lu}?[\p{Ll}\p{N}]+|\p{Lu}+(?!\p{Ll})/gu;
export const NONE = 0;
export const CLAUSE = 1;
export const SENTENCE = 2;
const [LF, SPACE, TAB, BAR] = [10, 32, 9, 124];
/** Titles written with a full stop before a name (the full stop ends no sentence there). */
const TITLES = new Set(['M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Me', 'Pr', 'Dr', 'Mr', 'Mrs', 'Ms', 'Mx', 'Cllr', 'Cr', 'Prof', 'Hon', 'Sen', 'Rep', 'Gov', 'Supt', 'Insp', 'Sgt', 'Capt', 'Lt', 'Col', 'Gen', 'Rev', 'St']);
/** Abbreviations written with a full stop before a number (the full stop ends no sentence there; four letters at most, as titles). */
const NUMBERED = new Set(['art', 'Art', 'arts', 'Arts', 'al', 'p', 'pp', 'para', 'cl', 'Cl', 'sect', 'Sect', 'ch', 'Ch', 'chap', 'Chap', 'vol', 'Vol', 'no', 'No', 'nos', 'Nos', 'fig', 'Fig', 'ann', 'Ann', 'réf', 'Réf', 'ref', 'Ref']);
/** Per ASCII code: SENTENCE for . ! ? ;, CLAUSE for , ( ) |. */
const GAP_MARK = Uint8Array.from({ length: 128 }, (_, c) => ('.!?;'.includes(String.fromCharCode(c)) ? SENTENCE : ',()|'.includes(String.fromCharCode(c)) ? CLAUSE : NONE));

/**
 * What the gap text[from, to) between two words ends. A sentence: . ! ? ; or, after a line
 * break and blanks, a blank line, a list marker (- * +) followed by a blank, or a table row (|).
 * A clause: a comma, a parenthesis or a |. (A numbered item's number is a word: the . or )
 * after it ends the sentence.) One pass over the gap, without copying it.
 */
export function gapBreak(text: string, from: number, to: number): number {
  let cut = NONE;
  for (let i = from; i < to; i++) {
    const c = charCodeAt.call(text, i);
    if (c < 128) {
      const mark = GAP_MARK[c]!;
      if (mark === SENTENCE) return SENTENCE;
      if (mark === CLAUSE) cut = CLAUSE;
      if (c !== LF) continue;
      let k = i + 1;
      while (k < to && (charCodeAt.call(text, k) === SPACE || charCodeAt.call(text, k) === TAB)) k++;
      if (k >= to) continue;
      const next = charCodeAt.call(text, k);
      if (next === LF || next === BAR) return SENTENCE;
      if ((next === 45 || next === 42 || next === 43) && k + 1 < to && (charCodeAt.call(text, k + 1) === SPACE || charCodeAt.call(text, k + 1) === TAB)) return SENTENCE;
    }
  }
  return cut;
}

/** Tokenizes a vocabulary term into folded keys, with the same rules as documents. */
export function termKeys(term: string): string[] {
  const stream = new TokenStream();
  stream.add(term, 0, term.length);
  return [...stream.keys];
}
