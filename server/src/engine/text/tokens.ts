import { foldWord, INCLUSIVE_SUFFIX, PAREN_SUFFIX, stripAccents } from './fold';

/**
 * The token stream of a document: every word with its source offsets, its folded key and the
 * sentence it belongs to. Built once per document; all checks match against it.
 */
export class TokenStream {
  /** The shared forms of each token's spelling (matchers cache their lookups there). */
  forms: FoldedForms[] = [];
  private keyList: string[] | undefined;
  private plainList: string[] | undefined;
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

  get length(): number {
    return this.forms.length;
  }

  /** The folded key of each token (built on first use; hot paths read `forms[i].key`). */
  get keys(): readonly string[] {
    if (this.keyList?.length !== this.forms.length) this.keyList = this.forms.map((f) => f.key);
    return this.keyList;
  }

  /** Lower case, accents dropped, not stemmed: what `word*` prefixes are compared with. */
  get plain(): readonly string[] {
    if (this.plainList?.length !== this.forms.length) this.plainList = this.forms.map((f) => f.plain);
    return this.plainList;
  }

  /** Tokenizes text[start, end) and returns the index range of its tokens. */
  add(text: string, start: number, end: number, splitCamelCase = false): [number, number] {
    const first = this.forms.length;
    this.sentence++;
    this.clause++;
    let previousEnd = start;
    let i = start;
    while (i < end) {
      const code = text.charCodeAt(i);
      const width = code < 128 ? ASCII_WORD[code]! : wordCharWidth(text, i);
      if (width === 0) {
        i++;
        continue;
      }
      const wordStart = i;
      i += width;
      while (i < end) {
        const next = text.charCodeAt(i);
        const w = next < 128 ? ASCII_WORD[next]! : wordCharWidth(text, i);
        if (w === 0) break;
        i += w;
      }
      // A word cut by the end of the range belongs to the next range, not to this one.
      if (i > end || (i === end && end < text.length && wordCharWidth(text, end) > 0)) break;
      let tokenEnd = i;
      // Most gaps are one space: only a longer or other gap can end a sentence or a clause.
      if (wordStart > previousEnd && !(wordStart === previousEnd + 1 && text.charCodeAt(previousEnd) === 32)) {
        const gap = text.slice(previousEnd, wordStart);
        if (BREAK.test(gap)) {
          this.sentence++;
          this.clause++;
        } else if (gap.includes(',') || gap.includes('(') || gap.includes(')') || gap.includes('|')) {
          this.clause++;
        }
      }
      // Swallow inclusive-writing suffixes so that "élu·e·s" folds like "élu".
      if (tokenEnd < end && SUFFIX_START.has(text.charCodeAt(tokenEnd))) {
        const tail = text.slice(tokenEnd, Math.min(end, tokenEnd + 12));
        const suffix = INCLUSIVE_SUFFIX.exec(tail) ?? PAREN_SUFFIX.exec(tail);
        if (suffix) tokenEnd += suffix[0].length;
      }
      const word = text.slice(wordStart, i);
      if (splitCamelCase && CAMEL.test(word)) {
        for (const part of word.matchAll(CAMEL_PART)) this.push(part[0], wordStart + part.index, wordStart + part.index + part[0].length);
      } else {
        this.push(word, wordStart, tokenEnd);
      }
      previousEnd = tokenEnd;
      i = tokenEnd;
    }
    return [first, this.forms.length];
  }

  /**
   * One stream of pieces of text (each the tokens of a piece that starts at `offset`): offsets
   * move by the piece's offset, sentences and clauses are numbered on from the pieces before.
   */
  static join(pieces: ReadonlyArray<{ stream: TokenStream; offset: number }>): TokenStream {
    const out = new TokenStream();
    out.forms = out.forms.concat(...pieces.map((p) => p.stream.forms));
    out.reserve(out.forms.length);
    const { starts, ends, sentences, clauses } = out;
    let base = 0;
    for (const { stream, offset } of pieces) {
      const n = stream.length;
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

  private push(word: string, start: number, end: number): void {
    const folded = foldedForms(word);
    const n = this.forms.length;
    if (n === this.starts.length) this.grow();
    this.forms.push(folded);
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
    const widen = (column: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const next = new Int32Array(capacity);
      next.set(column);
      return next;
    };
    this.starts = widen(this.starts);
    this.ends = widen(this.ends);
    this.sentences = widen(this.sentences);
    this.clauses = widen(this.clauses);
  }
}

export interface FoldedForms {
  readonly key: string;
  readonly plain: string;
  /** Two cache slots for matchers: the id of the matcher that filled each, and its lookup. */
  readonly owners: [number, number];
  readonly lookups: [unknown, unknown];
}

/**
 * Folding is the costliest step per word and a charter repeats its words: the forms of each
 * spelling are kept across documents (bounded, so a stream of unique junk cannot grow it forever).
 */
const folded = new Map<string, FoldedForms>();
const FOLDED_LIMIT = 100_000;

function foldedForms(word: string): FoldedForms {
  let forms = folded.get(word);
  if (forms === undefined) {
    if (folded.size >= FOLDED_LIMIT) folded.clear();
    forms = { key: foldWord(word), plain: stripAccents(word.toLowerCase()), owners: [-1, -1], lookups: [undefined, undefined] };
    folded.set(word, forms);
  }
  return forms;
}

/** First characters of an inclusive-writing suffix (·•⋅.- and the parenthesis). */
const SUFFIX_START = new Set(['·', '•', '⋅', '.', '-', '('].map((c) => c.charCodeAt(0)));
const INITIAL_CAPACITY = 16;

/** A word is a run of letters and digits (`[\p{L}\p{N}]+`), any script. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 unit: 0 not yet known, 1 a word character, 2 not. Filled as characters are met. */
const unitClass = new Uint8Array(0x10000);

/** ASCII letters and digits: 1, other ASCII: 0 (the common case, without a call). */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0));

/** The width (1, or 2 for a surrogate pair) of the word character at `i`, or 0. */
function wordCharWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const pair = text.slice(i, i + 2);
    return pair.length === 2 && WORD_CHAR.test(pair) ? 2 : 0;
  }
  let cls = unitClass[code]!;
  if (cls === 0) unitClass[code] = cls = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return cls === 1 ? 1 : 0;
}
/** YAML keys such as `territorialInterest` are two words. */
const CAMEL = /\p{Ll}\p{Lu}/u;
const CAMEL_PART = /\p{Lu}?[\p{Ll}\p{N}]+|\p{Lu}+(?!\p{Ll})/gu;
/** Sentence ends: . ! ? ; or a blank line, a new list item or a new table row between two words. */
const BREAK = /[.!?;]|\n[ \t]*\n|\n[ \t]*(?:[-*+]|\d+[.)])[ \t]|\n[ \t]*\|/;

/** Tokenizes a vocabulary term into folded keys, with the same rules as documents. */
export function termKeys(term: string): string[] {
  const stream = new TokenStream();
  stream.add(term, 0, term.length);
  return [...stream.keys];
}
