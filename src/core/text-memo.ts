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
  private readonly entries = new Map<string, V>();

  /**
   * @param compute a pure function of the text
   * @param limit entries kept; when full, the memo starts over
   * @param maxChars longer texts are computed without being remembered (they are asked once)
   */
  constructor(
    private readonly compute: (text: string) => V,
    private readonly limit: number,
    private readonly maxChars = Number.POSITIVE_INFINITY,
  ) {}

  get(text: string): V {
    const known = this.entries.get(text);
    if (known !== undefined || this.entries.has(text)) return known as V;
    if (text.length > this.maxChars) return this.compute(text);
    const own = ownCopy(text);
    const value = this.compute(own);
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(own, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
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
