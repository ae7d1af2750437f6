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
 * - `…` (or `...`) lets up to three other words stand between its neighbours.
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
}

export interface Hit {
  group: number;
  /** First and last token index (inclusive) in the stream. */
  first: number;
  last: number;
}

const GAP = 3;

export class TermMatcher {
  private readonly groups: string[] = [];
  private readonly groupIds = new Map<string, number>();
  private readonly byKey = new Map<string, Term[]>();
  private readonly byPrefix = new Map<number, Map<string, Term[]>>();

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
    const parts = this.compile(term);
    const head = parts[0];
    if (!head) return false;
    const entry: Term = { group: this.groupId(groupName), parts };
    if (head.prefix) {
      let table = this.byPrefix.get(head.key.length);
      if (!table) this.byPrefix.set(head.key.length, (table = new Map()));
      push(table, head.key, entry);
    } else {
      push(this.byKey, head.key, entry);
    }
    return true;
  }

  private compile(term: string): Part[] {
    const parts: Part[] = [];
    let gap = 0;
    for (const raw of term.trim().split(/\s+/)) {
      if (raw === '…' || raw === '...') {
        gap = GAP;
        continue;
      }
      const exact = raw.startsWith('=');
      const prefix = raw.endsWith('*');
      const word = raw.replace(/^=/, '').replace(/\*$/, '');
      const keys = prefix ? prefixKeys(word) : termKeys(word);
      const literals = exact ? word.split(/[^\p{L}\p{N}]+/u).filter(Boolean) : [];
      keys.forEach((key, i) => {
        const isLast = i === keys.length - 1;
        if (this.stopwords.has(key) && !exact && !(prefix && isLast)) return;
        parts.push({ key, prefix: prefix && isLast, gap, ...(exact ? { exact: literals[i] ?? word } : {}) });
        gap = 0;
      });
    }
    return parts;
  }

  /** All hits in the stream; stop words are skipped, a hit never crosses a sentence. */
  match(stream: TokenStream, text: string): Hit[] {
    const content: number[] = [];
    for (let i = 0; i < stream.length; i++) if (!this.stopwords.has(stream.keys[i]!)) content.push(i);
    const hits: Hit[] = [];
    const prefixLengths = [...this.byPrefix.keys()];
    for (let c = 0; c < content.length; c++) {
      const token = content[c]!;
      const key = stream.keys[token]!;
      const exactTerms = this.byKey.get(key);
      if (exactTerms) for (const term of exactTerms) this.tryTerm(term, c, content, stream, text, hits);
      for (const len of prefixLengths) {
        if (key.length < len) continue;
        const terms = this.byPrefix.get(len)!.get(key.slice(0, len));
        if (terms) for (const term of terms) this.tryTerm(term, c, content, stream, text, hits);
      }
    }
    return hits;
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
  const key = stream.keys[token]!;
  if (part.prefix ? !key.startsWith(part.key) : key !== part.key) return false;
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
