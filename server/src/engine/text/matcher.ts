import { stripAccents } from './fold';
import { termKeys, type TokenStream } from './tokens';

/**
 * Multi-word term matching over a TokenStream, in one pass for the whole vocabulary.
 *
 * Term syntax (vocabulary files and user configuration):
 * - words are matched by their folded key (case, accents and inflection ignored);
 * - stop words are ignored on both sides ("comité de la donnée" matches "comité des données");
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
}

interface Term {
  group: number;
  parts: Part[];
  /** Matched word for word, stop words included ("par an", "dès le lancement"). */
  strict: boolean;
}

export interface Hit {
  group: number;
  /** First and last token index (inclusive) in the stream. */
  first: number;
  last: number;
}

const GAP = 3;
const LONG_GAP = 7;

export class TermMatcher {
  private readonly groups: string[] = [];
  private readonly groupIds = new Map<string, number>();
  private readonly byKey = new Map<string, Term[]>();
  private readonly byPrefix = new Map<number, Map<string, Term[]>>();
  private readonly strictByKey = new Map<string, Term[]>();
  private readonly strictByPrefix = new Map<number, Map<string, Term[]>>();
  private readonly seen = new Set<string>();

  constructor(private readonly stopwords: ReadonlySet<string>) {}

  groupId(name: string): number {
    let id = this.groupIds.get(name);
    if (id === undefined) {
      id = this.groups.length;
      this.groups.push(name);
      this.groupIds.set(name, id);
    }
    return id;
  }

  groupName(id: number): string {
    return this.groups[id] ?? '';
  }

  hasGroup(name: string): boolean {
    return this.groupIds.has(name);
  }

  /** Adds a term to a group; returns false for a term with no matchable word. */
  add(groupName: string, term: string): boolean {
    let parts = this.compile(term, true);
    const all = this.compile(term, false);
    const strict = parts.length < 2 && all.length >= 2;
    if (strict) parts = all;
    const head = parts[0];
    if (!head) return false;
    const signature = `${groupName}\u0000${strict}\u0000${JSON.stringify(parts)}`;
    if (this.seen.has(signature)) return true;
    this.seen.add(signature);
    const entry: Term = { group: this.groupId(groupName), parts, strict };
    const byPrefix = strict ? this.strictByPrefix : this.byPrefix;
    if (head.prefix) {
      let table = byPrefix.get(head.key.length);
      if (!table) byPrefix.set(head.key.length, (table = new Map()));
      push(table, head.key, entry);
    } else {
      push(strict ? this.strictByKey : this.byKey, head.key, entry);
    }
    return true;
  }

  private compile(term: string, dropStopwords: boolean): Part[] {
    const parts: Part[] = [];
    let gap = 0;
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
        if (dropStopwords && this.stopwords.has(key) && !exact && !(prefix && isLast)) return;
        parts.push({ key, prefix: prefix && isLast, gap, ...(exact ? { exact: literals[i] ?? word } : {}) });
        gap = 0;
      });
    }
    return parts;
  }

  /** All hits in the stream; stop words are skipped, a hit never crosses a sentence. */
  match(stream: TokenStream, text: string): Hit[] {
    const content: number[] = [];
    const all: number[] = [];
    for (let i = 0; i < stream.length; i++) {
      all.push(i);
      if (!this.stopwords.has(stream.keys[i]!)) content.push(i);
    }
    const hits: Hit[] = [];
    this.scan(content, this.byKey, this.byPrefix, stream, text, hits);
    if (this.strictByKey.size > 0 || this.strictByPrefix.size > 0) this.scan(all, this.strictByKey, this.strictByPrefix, stream, text, hits);
    return hits;
  }

  private scan(
    sequence: number[], byKey: Map<string, Term[]>, byPrefix: Map<number, Map<string, Term[]>>,
    stream: TokenStream, text: string, hits: Hit[],
  ): void {
    const prefixLengths = [...byPrefix.keys()];
    for (let c = 0; c < sequence.length; c++) {
      const key = stream.keys[sequence[c]!]!;
      const plain = stream.plain[sequence[c]!]!;
      const exactTerms = byKey.get(key);
      if (exactTerms) for (const term of exactTerms) this.tryTerm(term, c, sequence, stream, text, hits);
      for (const len of prefixLengths) {
        if (plain.length < len) continue;
        const terms = byPrefix.get(len)!.get(plain.slice(0, len));
        if (terms) for (const term of terms) this.tryTerm(term, c, sequence, stream, text, hits);
      }
    }
  }

  private tryTerm(term: Term, c: number, content: number[], stream: TokenStream, text: string, hits: Hit[]): void {
    const first = content[c]!;
    if (!partMatches(term.parts[0]!, first, stream, text)) return;
    const last = matchRest(term.parts, 1, c, content, stream, text, stream.sentences[first]!);
    if (last !== -1) hits.push({ group: term.group, first, last });
  }
}

function matchRest(
  parts: Part[], p: number, c: number, content: number[], stream: TokenStream, text: string, sentence: number,
): number {
  const part = parts[p];
  if (!part) return content[c]!;
  for (let skip = 0; skip <= part.gap; skip++) {
    const next = c + 1 + skip;
    const token = content[next];
    if (token === undefined || stream.sentences[token] !== sentence) return -1;
    if (partMatches(part, token, stream, text)) {
      const end = matchRest(parts, p + 1, next, content, stream, text, sentence);
      if (end !== -1) return end;
    }
  }
  return -1;
}

function partMatches(part: Part, token: number, stream: TokenStream, text: string): boolean {
  if (part.prefix ? !stream.plain[token]!.startsWith(part.key) : stream.keys[token] !== part.key) return false;
  if (part.exact === undefined) return true;
  return text.slice(stream.starts[token], stream.starts[token]! + part.exact.length) === part.exact;
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
