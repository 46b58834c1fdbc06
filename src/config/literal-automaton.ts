/**
 * Aho-Corasick over many literal strings: one pass over a text reports every id whose
 * literal occurs in it, however many literals there are. The phrase rules use it to learn,
 * per block, which rules could match before running any of their regular expressions.
 *
 * The automaton is compiled to a table (state x character class -> state), the characters
 * that occur in no literal sharing one class, so the scan is two array reads per character.
 */
export class LiteralAutomaton {
  /** Character code -> class; 0 for characters of no literal. */
  private readonly classOf = new Uint16Array(0x10000);
  private readonly classes: number;
  private readonly delta: Uint32Array;
  /** Ids reported on reaching a state, including those of its suffixes. */
  private readonly out: (readonly number[] | undefined)[];

  constructor(entries: Iterable<{ literal: string; id: number }>) {
    const trie = buildTrie(entries, this.classOf);
    this.classes = trie.classes;
    const states = trie.goto.length;
    this.delta = new Uint32Array(states * this.classes);
    this.out = new Array<readonly number[] | undefined>(states);
    this.compile(trie);
  }

  /**
   * Breadth first, so that a state's failure target is complete before the state: a missing
   * transition takes the failure target's, and the ids of the target are the state's too.
   */
  private compile({ goto, own }: Trie): void {
    const { classes, delta } = this;
    const fail = new Uint32Array(goto.length);
    this.out[0] = own[0]!.length ? own[0] : undefined;
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const row = state * classes;
      for (let c = 0; c < classes; c++) {
        const to = goto[state]!.get(c);
        if (to === undefined) {
          delta[row + c] = state === 0 ? 0 : delta[fail[state]! * classes + c]!;
          continue;
        }
        delta[row + c] = to;
        fail[to] = state === 0 ? 0 : delta[fail[state]! * classes + c]!;
        const ids = [...own[to]!, ...(this.out[fail[to]!] ?? [])];
        this.out[to] = ids.length ? ids : undefined;
        queue.push(to);
      }
    }
  }

  /** Sets `found[id] = 1` for every id whose literal occurs in `text`. */
  mark(text: string, found: Uint8Array): void {
    const { classOf, classes, delta, out } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = delta[state * classes + classOf[text.charCodeAt(i)]!]!;
      const ids = out[state];
      if (ids !== undefined) for (let k = 0; k < ids.length; k++) found[ids[k]!] = 1;
    }
  }
}

interface Trie {
  goto: Map<number, number>[];
  own: number[][];
  classes: number;
}

/** The trie of the literals over character classes (filling `classOf`). */
function buildTrie(entries: Iterable<{ literal: string; id: number }>, classOf: Uint16Array): Trie {
  const goto: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  let classes = 1;
  for (const { literal, id } of entries) {
    if (!literal) throw new Error('an empty literal matches everywhere');
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      if (classOf[code] === 0) classOf[code] = classes++;
      const c = classOf[code]!;
      let to = goto[state]!.get(c);
      if (to === undefined) {
        to = goto.length;
        goto.push(new Map());
        own.push([]);
        goto[state]!.set(c, to);
      }
      state = to;
    }
    own[state]!.push(id);
  }
  return { goto, own, classes };
}
