import { foldWord, INCLUSIVE_SUFFIX, PAREN_SUFFIX, stripAccents } from './fold';

/**
 * The token stream of a document: every word with its source offsets, its folded key and the
 * sentence it belongs to. Built once per document; all checks match against it.
 */
export class TokenStream {
  readonly keys: string[] = [];
  /** Lower case, accents dropped, not stemmed: what `word*` prefixes are compared with. */
  readonly plain: string[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Sentence number of each token: negation never reaches across sentences. */
  readonly sentences: number[] = [];
  /** Clause number (sentences cut at commas too): the reach of a preceding negation. */
  readonly clauses: number[] = [];
  private sentence = 0;
  private clause = 0;
  private readonly cache = new Map<string, string>();
  private readonly plainCache = new Map<string, string>();

  get length(): number {
    return this.keys.length;
  }

  /** Tokenizes text[start, end) and returns the index range of its tokens. */
  add(text: string, start: number, end: number, splitCamelCase = false): [number, number] {
    const first = this.keys.length;
    this.sentence++;
    this.clause++;
    WORD.lastIndex = start;
    let previousEnd = start;
    for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
      let tokenEnd = m.index + m[0].length;
      if (tokenEnd > end) break;
      if (m.index > previousEnd) {
        const gap = text.slice(previousEnd, m.index);
        if (BREAK.test(gap)) {
          this.sentence++;
          this.clause++;
        } else if (gap.includes(',') || gap.includes('(') || gap.includes(')')) {
          this.clause++;
        }
      }
      // Swallow inclusive-writing suffixes so that "élu·e·s" folds like "élu".
      const tail = text.slice(tokenEnd, Math.min(end, tokenEnd + 12));
      const suffix = INCLUSIVE_SUFFIX.exec(tail) ?? PAREN_SUFFIX.exec(tail);
      if (suffix) {
        tokenEnd += suffix[0].length;
        WORD.lastIndex = tokenEnd;
      }
      if (splitCamelCase && CAMEL.test(m[0])) {
        for (const part of m[0].matchAll(CAMEL_PART)) this.push(part[0], m.index + part.index, m.index + part.index + part[0].length);
      } else {
        this.push(m[0], m.index, tokenEnd);
      }
      previousEnd = tokenEnd;
    }
    return [first, this.keys.length];
  }

  private push(word: string, start: number, end: number): void {
    this.keys.push(this.fold(word));
    let plain = this.plainCache.get(word);
    if (plain === undefined) {
      plain = stripAccents(word.toLowerCase());
      this.plainCache.set(word, plain);
    }
    this.plain.push(plain);
    this.starts.push(start);
    this.ends.push(end);
    this.sentences.push(this.sentence);
    this.clauses.push(this.clause);
  }

  private fold(word: string): string {
    let key = this.cache.get(word);
    if (key === undefined) {
      key = foldWord(word);
      this.cache.set(word, key);
    }
    return key;
  }
}

const WORD = /[\p{L}\p{N}]+/gu;
/** YAML keys such as `territorialInterest` are two words. */
const CAMEL = /\p{Ll}\p{Lu}/u;
const CAMEL_PART = /\p{Lu}?[\p{Ll}\p{N}]+|\p{Lu}+(?!\p{Ll})/gu;
/** Sentence ends: . ! ? ; or a blank line or a new list item between two words. */
const BREAK = /[.!?;]|\n[ \t]*\n|\n[ \t]*(?:[-*+]|\d+[.)])[ \t]/;

/** Tokenizes a vocabulary term into folded keys, with the same rules as documents. */
export function termKeys(term: string): string[] {
  const stream = new TokenStream();
  stream.add(term, 0, term.length);
  return stream.keys;
}
