/** Cells of the largest full transition table. */
const FULL_TABLE_CELLS = 4 * 2 ** 20;

/**
 * Aho-Corasick over many literal strings: one pass over a text reports every id whose
 * literal occurs in it, however many literals there are. The phrase rules use it to learn,
 * per block, which rules could match before running any of their regular expressions.
 *
 * Each state has a full row of transitions by character class (the characters that occur
 * in no literal share class 0), so the scan is two array reads per character, unless that
 * table would be large: the literals of every rule pack of every language make ~25,000
 * states over ~740 classes, a 70 MB table (4-byte cells) in every thread that took 0.3 s to build in each.
 * Then only the root and the states one character deep have a row; a deeper state keeps its
 * own few transitions, and a character it has none for is looked up from its failure state.
 */
export class LiteralAutomaton {
  /** Character code -> class; 0 for characters of no literal. */
  private readonly classOf = new Uint16Array(0x10000);
  private readonly classes: number;
  /** A state's row in `table` (the root's is 0), or -1: the state has only its own transitions. */
  private readonly rowOf: Int32Array;
  private readonly table: StateArray;
  /** State s's own transitions are edgeClass/edgeTo[edgeStart[s] .. edgeStart[s + 1]). */
  private readonly edgeStart: Uint32Array;
  private readonly edgeClass: Uint16Array;
  private readonly edgeTo: Uint32Array;
  /** The state of the longest proper suffix of a state's path that is a path too. */
  private readonly fail: Uint32Array;
  /** Ids reported on reaching a state, including those of its suffixes. */
  private readonly out: (readonly number[] | undefined)[];

  /** States of the automaton (the root and one per distinct literal prefix). */
  readonly states: number;

  constructor(entries: Iterable<{ literal: string; id: number }>) {
    const { goto, own, classes } = buildTrie(entries, this.classOf);
    const states = (this.states = goto.length);
    this.classes = classes;
    this.rowOf = new Int32Array(states).fill(-1);
    let rows = 0;
    if (states * classes <= FULL_TABLE_CELLS) for (let state = 0; state < states; state++) this.rowOf[state] = rows++;
    else for (const state of [0, ...goto[0]!.values()]) this.rowOf[state] = rows++;
    this.table = stateArray(states, rows * classes);
    this.edgeStart = new Uint32Array(states + 1);
    const edges = goto.reduce((n, g) => n + g.size, 0);
    this.edgeClass = new Uint16Array(edges);
    this.edgeTo = new Uint32Array(edges);
    let e = 0;
    for (let state = 0; state < states; state++) {
      this.edgeStart[state] = e;
      for (const [c, to] of goto[state]!) {
        this.edgeClass[e] = c;
        this.edgeTo[e++] = to;
      }
    }
    this.edgeStart[states] = e;
    this.fail = new Uint32Array(states);
    this.out = new Array<readonly number[] | undefined>(states);
    this.compile(goto, own);
  }

  /**
   * Breadth first, so that a state's failure state (shallower) is complete before the state:
   * its row, if it has one, and its ids, which are the state's too.
   */
  private compile(goto: readonly Map<number, number>[], own: readonly number[][]): void {
    const { classes, table, rowOf, fail } = this;
    this.out[0] = own[0]!.length ? own[0] : undefined;
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const row = rowOf[state]!;
      if (row >= 0) {
        // The failure state's row (its states have rows too: the root, or every state), then the state's own transitions.
        const failRow = rowOf[fail[state]!]!;
        if (state !== 0) table.copyWithin(row * classes, failRow * classes, (failRow + 1) * classes);
        for (const [c, to] of goto[state]!) table[row * classes + c] = to;
      }
      for (const [c, to] of goto[state]!) {
        fail[to] = state === 0 ? 0 : this.next(fail[state]!, c);
        const ids = [...own[to]!, ...(this.out[fail[to]!] ?? [])];
        this.out[to] = ids.length ? ids : undefined;
        queue.push(to);
      }
    }
  }

  /** The state after reading a character of class `c` in `state`. */
  private next(state: number, c: number): number {
    if (c === 0) return 0; // no literal holds the character: matches start again after it
    const { rowOf, edgeStart, edgeClass, edgeTo } = this;
    for (;;) {
      const row = rowOf[state]!;
      if (row >= 0) return this.table[row * this.classes + c]!;
      for (let e = edgeStart[state]!, end = edgeStart[state + 1]!; e < end; e++) if (edgeClass[e] === c) return edgeTo[e]!;
      state = this.fail[state]!;
    }
  }

  /** Sets `found[id] = 1` for every id whose literal occurs in `text`. */
  mark(text: string, found: Uint8Array): void {
    const { classOf, out } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = this.next(state, classOf[text.charCodeAt(i)]!);
      const ids = out[state];
      if (ids !== undefined) for (let k = 0; k < ids.length; k++) found[ids[k]!] = 1;
    }
  }
}

/** Cells that hold state numbers: two bytes each while the states fit, which halves the tables in every thread. */
type StateArray = Uint16Array | Uint32Array;
const stateArray = (states: number, cells: number): StateArray => (states <= 0x10000 ? new Uint16Array(cells) : new Uint32Array(cells));

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
