import { ownCopy } from './tokens';

/**
 * The values of a function of a text alone, kept across documents by the text: charters written
 * from one template repeat their headings and their front matter word for word, and each is read
 * once. Bounded: when full it is emptied, so that a stream of unique texts cannot grow it forever;
 * a text longer than `longest` is computed and not kept (the language server keeps at most
 * `limit` × `longest` characters). A value is shared by every caller that asks for its text: it
 * is read, never changed.
 */
export class TextMemo<V extends {} | null> {
  private readonly values = new Map<string, V>();

  constructor(private readonly compute: (text: string) => V, private readonly limit: number, private readonly longest: number) {}

  get(text: string): V {
    if (text.length > this.longest) return this.compute(text);
    let value = this.values.get(text);
    if (value === undefined) {
      value = this.compute(text);
      if (this.values.size >= this.limit) this.values.clear();
      // The memo outlives the document: a long text's slice would keep the whole document alive.
      this.values.set(ownCopy(text), value);
    }
    return value;
  }

  /** How many texts are kept. */
  get size(): number {
    return this.values.size;
  }
}
