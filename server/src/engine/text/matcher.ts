import { stripAccents } from './fold';
import { termKeys, type FoldedForms, type TokenStream } from './tokens';

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
  /** The scan position this term last matched at: one hit per term and start. */
  stamp: number;
}

/**
 * The terms that share a first word, split by their second word: a frequent first word
 * ("données" starts hundreds of terms) then tries only the terms its next words can complete.
 */
class Bucket {
  /** One-word terms: a hit as soon as the first word matches. */
  readonly single: Term[] = [];
  /** Terms whose second word is a whole word, by its key. */
  readonly bySecond = new Map<string, Term[]>();
  /** Terms whose second word is a prefix (`restitu*`): tried one by one. */
  readonly other: Term[] = [];
  /** The widest `…` before a second word of `bySecond`. */
  maxGap = 0;

  add(term: Term): void {
    const second = term.parts[1];
    if (!second) this.single.push(term);
    else if (second.prefix) this.other.push(term);
    else {
      push(this.bySecond, second.key, term);
      this.maxGap = Math.max(this.maxGap, second.gap);
    }
  }
}

export interface Hit {
  group: number;
  /** First and last token index (inclusive) in the stream. */
  first: number;
  last: number;
}

let nextMatcherId = 0;

interface SpellingLookup {
  stop: boolean;
  buckets: Bucket[];
  strict: Bucket[];
}
const GAP = 3;
const LONG_GAP = 7;

export class TermMatcher {
  private readonly groups: string[] = [];
  private readonly groupIds = new Map<string, number>();
  private readonly byKey = new Map<string, Bucket>();
  private readonly byPrefix = new Map<number, Map<string, Bucket>>();
  private readonly strictByKey = new Map<string, Bucket>();
  private readonly strictByPrefix = new Map<number, Map<string, Bucket>>();
  private readonly seen = new Set<string>();
  private stamp = 0;
  /** Identifies this matcher's lookups cached on a spelling's forms; -1 until the first match. */
  private id = -1;

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

  /** How many groups there are (group ids run from 0 below it). */
  get groupCount(): number {
    return this.groups.length;
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
    const entry: Term = { group: this.groupId(groupName), parts, strict, stamp: -1 };
    this.id = -1;
    const byPrefix = strict ? this.strictByPrefix : this.byPrefix;
    if (head.prefix) {
      let table = byPrefix.get(head.key.length);
      if (!table) byPrefix.set(head.key.length, (table = new Map()));
      bucket(table, head.key).add(entry);
    } else {
      bucket(strict ? this.strictByKey : this.byKey, head.key).add(entry);
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

  /**
   * All hits in the stream; stop words are skipped, a hit never crosses a sentence. `only` limits
   * the search to some tokens (whole sentences, so that no hit is cut).
   */
  match(stream: TokenStream, text: string, only?: (token: number) => boolean): Hit[] {
    if (this.id < 0) this.id = nextMatcherId++;
    const n = stream.length;
    const hasStrict = this.strictByKey.size > 0 || this.strictByPrefix.size > 0;
    const content: number[] = [];
    const all: number[] = [];
    // Whether any token starts a term: most streams hold none of a small vocabulary's first words.
    let starts = false;
    const { forms } = stream;
    for (let i = 0; i < n; i++) {
      if (only && !only(i)) continue;
      const found = this.lookup(forms[i]!);
      if (hasStrict) all.push(i);
      if (!found.stop) content.push(i);
      if (found.buckets.length > 0 || found.strict.length > 0) starts = true;
    }
    const hits: Hit[] = [];
    if (!starts) return hits;
    this.scan(content, false, stream, text, hits);
    if (hasStrict) this.scan(all, true, stream, text, hits);
    return hits;
  }

  private scan(sequence: number[], strict: boolean, stream: TokenStream, text: string, hits: Hit[]): void {
    const { forms } = stream;
    for (let c = 0; c < sequence.length; c++) {
      const found = this.lookup(forms[sequence[c]!]!);
      const buckets = strict ? found.strict : found.buckets;
      for (let b = 0; b < buckets.length; b++) this.tryBucket(buckets[b]!, c, sequence, stream, text, hits);
    }
  }

  /**
   * What this matcher knows of a spelling (stop word, buckets its terms start in), computed once
   * and kept on the spelling's forms, which every document shares. Four slots, chosen by the
   * matcher's number, so that a lexicon's matchers (vocabulary, undecided predicates, negation
   * exceptions) do not evict each other.
   */
  private lookup(forms: FoldedForms): SpellingLookup {
    const slot = this.id & 3;
    if (forms.owners[slot] === this.id) return forms.lookups[slot] as SpellingLookup;
    const found: SpellingLookup = {
      stop: this.stopwords.has(forms.key),
      buckets: this.bucketsOf(forms, this.byKey, this.byPrefix),
      strict: this.bucketsOf(forms, this.strictByKey, this.strictByPrefix),
    };
    forms.owners[slot] = this.id;
    forms.lookups[slot] = found;
    return found;
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

  /** Tries the terms of a bucket at sequence position `c`; hits are those `matchRest` would find. */
  private tryBucket(b: Bucket, c: number, sequence: number[], stream: TokenStream, text: string, hits: Hit[]): void {
    const first = sequence[c]!;
    for (const term of b.single) if (partMatches(term.parts[0]!, first, stream, text)) hits.push({ group: term.group, first, last: first });
    for (const term of b.other) {
      if (!partMatches(term.parts[0]!, first, stream, text)) continue;
      const last = matchRest(term.parts, 1, c, sequence, stream, text, stream.sentences[first]!);
      if (last !== -1) hits.push({ group: term.group, first, last });
    }
    if (b.bySecond.size === 0) return;
    const sentence = stream.sentences[first]!;
    const stamp = ++this.stamp;
    for (let skip = 0; skip <= b.maxGap; skip++) {
      const next = sequence[c + 1 + skip];
      if (next === undefined || stream.sentences[next] !== sentence) break;
      const terms = b.bySecond.get(stream.forms[next]!.key);
      if (!terms) continue;
      for (const term of terms) {
        // Smallest skip first, as matchRest would: the first full match of a term is its hit.
        if (term.stamp === stamp || term.parts[1]!.gap < skip) continue;
        if (!partMatches(term.parts[0]!, first, stream, text) || !partMatches(term.parts[1]!, next, stream, text)) continue;
        const last = matchRest(term.parts, 2, c + 1 + skip, sequence, stream, text, sentence);
        if (last === -1) continue;
        term.stamp = stamp;
        hits.push({ group: term.group, first, last });
      }
    }
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
  const forms = stream.forms[token]!;
  if (part.prefix ? !forms.plain.startsWith(part.key) : forms.key !== part.key) return false;
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

function bucket<K>(map: Map<K, Bucket>, key: K): Bucket {
  let b = map.get(key);
  if (!b) map.set(key, (b = new Bucket()));
  return b;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
