/**
 * A bounded memo of a function of a text, for helpers that several stages call on the same
 * short texts (block texts, class names, date lines).
 *
 * The memo keeps a copy of each text of its own and computes the value from that copy. A text
 * cut out of a page is, in V8, a view into the whole page's string; kept as a key (or in a
 * value computed from it, such as a trimmed or matched part) it would keep the whole page
 * alive for as long as the entry lives, and a memo of thousands of entries would hold
 * hundreds of pages: a long-running worker's heap grew by about half a megabyte a document.
 */
export class TextMemo<V> {
  /** The entries added or asked for since the last turn, and those from the turn before. */
  private recent = new Map<string, V>();
  private older = new Map<string, V>();

  /**
   * @param compute a pure function of the text
   * @param limit entries kept at most: when half of them are recent, the older half is dropped
   * @param maxChars longer texts are computed without being remembered (they are asked once)
   */
  constructor(
    private readonly compute: (text: string) => V,
    private readonly limit: number,
    private readonly maxChars = Number.POSITIVE_INFINITY,
  ) {}

  get(text: string): V {
    // Never remembered, so not looked up either: hashing a whole document for nothing.
    if (text.length > this.maxChars) return this.compute(text);
    const known = this.recent.get(text);
    if (known !== undefined || this.recent.has(text)) return known as V;
    const old = this.older.get(text);
    if (old !== undefined || this.older.has(text)) {
      this.remember(text, old as V); // the key is already a copy of its own
      return old as V;
    }
    const own = ownCopy(text);
    const value = this.compute(own);
    this.remember(own, value);
    return value;
  }

  get size(): number {
    return this.recent.size + this.older.size;
  }

  private remember(own: string, value: V): void {
    if (this.recent.size * 2 >= this.limit) {
      // What the current documents ask for stays; what no document asked for since goes.
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(own, value);
  }
}

/**
 * The text in memory of its own, not a view into a longer string: concatenating copies
 * nothing yet, but taking a part of the concatenation first flattens it into a new string,
 * one character longer than the text, which the part then points into.
 */
export function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}
