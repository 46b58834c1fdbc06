/**
 * The literal strings a regular expression cannot match without: a set such that every
 * match contains at least one of them (RE2's "prefilter" idea, for the subset of JavaScript
 * syntax the rule packs use). A block that contains none of a rule's literals cannot match
 * it, so its expression need not run. Anything this reader does not understand counts as
 * "could be any text", which only weakens the set, never makes it wrong.
 */

/**
 * What is known of the text a piece of a pattern matches: `exact`, every string it can match
 * (when few); `required`, strings of which every match contains one. Both absent: anything.
 */
interface Info {
  exact?: ReadonlySet<string>;
  required?: ReadonlySet<string>;
}

const ANY: Info = {};
const EMPTY: Info = { exact: new Set(['']) };
/** Literals are cut to this many characters. */
const MAX_LITERAL = 12;
/** Beyond this many strings an exact set is not worth its Aho-Corasick states. */
const MAX_EXACT = 64;

/** Zero-width escapes, and escapes that stand for a class of characters. */
const ZERO_WIDTH_ESCAPES = new Set(['b', 'B']);
const CLASS_ESCAPES = new Set(['d', 'D', 's', 'S', 'w', 'W', 'p', 'P']);
const CONTROL_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

/** A set usable as a filter: it has strings, and none is empty (every text contains ""). */
function usable(set: ReadonlySet<string> | undefined): set is ReadonlySet<string> {
  return set !== undefined && set.size > 0 && !set.has('');
}

/** The better of two filters: the one whose shortest string is longest (rarer), then the smaller. */
function better(a: ReadonlySet<string> | undefined, b: ReadonlySet<string>): ReadonlySet<string> {
  if (!usable(a)) return b;
  const shortest = (set: ReadonlySet<string>) => Math.min(...[...set].map((s) => s.length));
  const [la, lb] = [shortest(a), shortest(b)];
  return lb > la || (lb === la && b.size < a.size) ? b : a;
}

function filterOf(info: Info): ReadonlySet<string> | undefined {
  if (usable(info.exact)) return info.exact;
  return usable(info.required) ? info.required : undefined;
}

function product(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> | undefined {
  if (a.size * b.size > MAX_EXACT) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** A sequence: adjacent exact pieces multiply into longer literals; any piece's filter is the sequence's. */
function sequence(items: readonly Info[]): Info {
  let best: ReadonlySet<string> | undefined;
  let run: ReadonlySet<string> = new Set(['']);
  let allExact = true;
  for (const item of items) {
    if (item.exact) {
      const joined = product(run, item.exact);
      if (joined) run = joined;
      else {
        // Too many strings: the run so far is one filter, and a new run starts here.
        if (usable(run)) best = better(best, run);
        run = item.exact;
        allExact = false;
      }
      continue;
    }
    allExact = false;
    if (usable(run)) best = better(best, run);
    run = new Set(['']);
    const own = filterOf(item);
    if (own) best = better(best, own);
  }
  if (allExact) return { exact: run };
  if (usable(run)) best = better(best, run);
  return best ? { required: best } : ANY;
}

/** An alternation: exact if every branch is; filtered only if every branch is. */
function alternation(branches: readonly Info[]): Info {
  if (branches.every((b) => b.exact)) {
    const exact = new Set(branches.flatMap((b) => [...b.exact!]));
    if (exact.size <= MAX_EXACT) return { exact };
  }
  const required = new Set<string>();
  for (const branch of branches) {
    const own = filterOf(branch);
    if (!own) return ANY;
    for (const s of own) required.add(s);
  }
  return { required };
}

function repeat(atom: Info, min: number, max: number): Info {
  if (min === 0) return max === 1 && atom.exact ? { exact: new Set([...atom.exact, '']) } : ANY;
  if (min === 1 && max === 1) return atom;
  const own = filterOf(atom);
  return own ? { required: own } : ANY;
}

/** Characters with a meaning in an expression (escaped, each stands for itself). */
const SYNTAX = new Set([...'\\^$.|?*+()[]{}/']);
const QUANTIFIERS = new Set([...'*+?{']);
const isSurrogate = (c: string) => c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff;

/** Where the class whose body starts at `start` ends (its `]`). */
function classEnd(src: string, start: number): number {
  let i = start;
  while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
  if (i >= src.length) throw new Error('unclosed class');
  return i;
}

/**
 * What a character class matches, from its body (between the brackets). The rule packs' word
 * edges repeat a few long classes thousands of times: each body is read once per thread.
 */
const classes = new Map<string, Info>();

function classInfo(body: string): Info {
  const chars = new Set<string>();
  let known = body[0] !== '^';
  let i = 0;
  while (i < body.length) {
    let c = body[i++]!;
    if (c === '\\') {
      const e = body[i++]!;
      if (CLASS_ESCAPES.has(e)) {
        known = false;
        if ((e === 'p' || e === 'P') && body[i] === '{') i = body.indexOf('}', i) + 1;
        continue;
      }
      if (/[ux]/.test(e) || e === 'c') {
        known = false; // code escapes inside classes are rare: no filter rather than a reader for them
        continue;
      }
      c = e === 'b' ? '\b' : (CONTROL_ESCAPES[e] ?? e); // in a class, \b is a backspace
    } else if (c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdbff) c += body[i++];
    if (body[i] === '-' && i + 1 < body.length) known = false; // a range
    chars.add(c);
  }
  return known && chars.size <= MAX_EXACT ? { exact: chars } : ANY;
}

class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  /** The whole pattern; throws on syntax this reader does not know (the caller then gives up). */
  read(): Info {
    const info = this.alternatives();
    if (this.i < this.src.length) throw new Error(`unexpected ${this.src[this.i]}`);
    return info;
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private alternatives(): Info {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : alternation(branches);
  }

  private sequence(): Info {
    const items: Info[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') items.push(this.literalRun() ?? this.quantified(this.atom()));
    return sequence(items);
  }

  /**
   * Plain characters (or escaped syntax characters) in a row, none quantified, as one string:
   * what reading them one by one and joining them gives, at a fraction of the sets. Most of a
   * phrase rule's expression is such runs.
   */
  private literalRun(): Info | undefined {
    const { src } = this;
    let text = '';
    let i = this.i;
    for (;;) {
      const escaped = src[i] === '\\' && SYNTAX.has(src[i + 1]!);
      const c = escaped ? src[i + 1]! : src[i];
      const width = escaped ? 2 : 1;
      if (c === undefined || (!escaped && SYNTAX.has(c)) || isSurrogate(c) || QUANTIFIERS.has(src[i + width]!)) break;
      text += c;
      i += width;
    }
    if (!text) return undefined;
    this.i = i;
    return { exact: new Set([text]) };
  }

  private quantified(atom: Info): Info {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Error('bad quantifier');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.peek() === '?') this.i++; // lazy: the same strings
    return this.quantified(repeat(atom, min, max));
  }

  private atom(): Info {
    const c = this.src[this.i++]!;
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '\\':
        return this.escape();
      case '.':
        return ANY;
      case '^':
      case '$':
        return EMPTY;
      default: {
        const code = this.src.codePointAt(this.i - 1)!;
        if (code > 0xffff) this.i++;
        return { exact: new Set([String.fromCodePoint(code)]) };
      }
    }
  }

  private group(): Info {
    let lookaround = false;
    if (this.src.startsWith('?:', this.i)) this.i += 2;
    else if (/^\?<?[=!]/.test(this.src.slice(this.i, this.i + 3))) {
      lookaround = true;
      this.i += this.src[this.i + 1] === '<' ? 3 : 2;
    } else if (this.src.startsWith('?<', this.i)) this.i = this.src.indexOf('>', this.i) + 1; // named group
    else if (this.peek() === '?') throw new Error('unknown group');
    const inner = this.alternatives();
    if (this.src[this.i++] !== ')') throw new Error('unclosed group');
    // A lookaround consumes nothing: the text around it stays contiguous in the match.
    return lookaround ? EMPTY : inner;
  }

  private charClass(): Info {
    const end = classEnd(this.src, this.i);
    const body = this.src.slice(this.i, end);
    this.i = end + 1;
    let info = classes.get(body);
    if (!info) classes.set(body, (info = classInfo(body)));
    return info;
  }

  private escape(): Info {
    const e = this.src[this.i++];
    if (e === undefined) throw new Error('trailing backslash');
    if (ZERO_WIDTH_ESCAPES.has(e)) return EMPTY;
    if (CLASS_ESCAPES.has(e)) {
      if ((e === 'p' || e === 'P') && this.peek() === '{') this.i = this.src.indexOf('}', this.i) + 1;
      return ANY;
    }
    if (e in CONTROL_ESCAPES) return { exact: new Set([CONTROL_ESCAPES[e]!]) };
    if (/[1-9kcux]/.test(e)) throw new Error(`escape \\${e}`); // back-references and code escapes: not read
    return { exact: new Set([e]) };
  }
}

/**
 * Literals of which every match of `source` (a `u`-flag pattern, no `i` flag) contains one,
 * or undefined when no such set is known (the pattern must then always be run).
 */
export function requiredLiterals(source: string): string[] | undefined {
  let info: Info;
  try {
    info = new Reader(source).read();
  } catch {
    return undefined;
  }
  const filter = filterOf(info);
  // A required string's prefix is required too: cut long phrases short, which keeps the
  // automata over a language's literals small at little loss of selectivity.
  return filter ? [...new Set([...filter].map((s) => s.slice(0, MAX_LITERAL)))].sort() : undefined;
}
