/** Text folding shared by matching, hashing and near-duplicate detection. */
import { TextMemo } from './text-memo.js';

/** Curly quotes, primes and dashes, and the ASCII character each folds to. */
const ASCII_PUNCTUATION = new Map<string, string>([
  ...[...'\u2018\u2019\u201A\u201B\u2032\u00B4\u02BC`'].map((c) => [c, "'"] as const), // U+02BC: the Ukrainian apostrophe
  ...[...'\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB'].map((c) => [c, '"'] as const),
  ...[...'\u2010\u2011\u2012\u2013\u2014\u2015\u2212'].map((c) => [c, '-'] as const),
]);
/** Every key of ASCII_PUNCTUATION: one pass over the text replaces them all. */
const FOLDED_PUNCTUATION = /[\u2018\u2019\u201A\u201B\u2032\u00B4\u02BC`\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212]/g;
const asciiPunctuation = (c: string) => ASCII_PUNCTUATION.get(c)!;
/**
 * The runs of white space (and zero-width spaces) that are not already one plain space: two or
 * more characters, or one other than the space. Replacing only these gives what replacing every
 * run would, without a match, and a copy, for each space between two words.
 */
const SPACES = /[\s\u200B]{2,}|[^\S ]|\u200B/g;

/**
 * Text foldText leaves as it is: printable ASCII but the backtick, single spaces inside. Most
 * blocks of Latin-script pages are, and one test is cheaper than normalizing and two scans.
 */
const NEEDS_FOLDING = /[^\x21-\x5f\x61-\x7e ]| {2}|^ | $/;

/** NFKC, curly quotes and dashes to ASCII, whitespace runs to one space, trimmed. */
export function foldText(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text;
  return text.normalize('NFKC').replace(FOLDED_PUNCTUATION, asciiPunctuation).replace(SPACES, ' ').trim();
}

/** Longer texts (whole documents) are folded and counted once anyway; remembering them would only hold memory. */
const CACHED_TEXT_CHARS = 2_000;
/** Blocks are matched by several stages (dump lines, phrase rules); folding each text once keeps that cheap. */
const foldedForMatch = new TextMemo((text) => oneByteWhenItFits(foldText(text).toLowerCase()), 4096, CACHED_TEXT_CHARS);

const BEYOND_LATIN1 = /[^\x00-\xff]/;

/**
 * The text, stored one byte a character when every character fits (Latin-1). V8 stores a part
 * cut out of a string that holds any wider character ("—", "’") two bytes a character, and
 * compiles every regular expression once more, at great cost, for text stored so: for the rule
 * packs' expressions that was most of the compiling a thread did.
 */
export function oneByteWhenItFits(text: string): string {
  return BEYOND_LATIN1.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}

/** The text as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** foldText, lower-cased: the form phrase rules match against. */
export function foldForMatch(text: string): string {
  return foldedForMatch.get(text);
}

// A word: letters and digits, joined by inner apostrophes, hyphens or underscores ("don't", "e-mail").
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['_-](?=[\p{L}\p{N}]))*/gu;

/**
 * The same words found by a scan over a table of the Basic Multilingual Plane built from the
 * very classes of WORD (letter or digit, mark), several times faster than the regular
 * expression; text with astral characters (surrogates) goes to the expression itself.
 */
const LN = 1;
const MARK = 2;
let CLASS: Uint8Array | undefined; // built on first use (~15 ms), not at start-up
const classes = (): Uint8Array => (CLASS ??= buildClasses());
function buildClasses(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const ln = /[\p{L}\p{N}]/u;
  const mark = /\p{M}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (ln.test(ch)) table[c] = LN;
    else if (mark.test(ch)) table[c] = MARK;
  }
  return table;
}
/**
 * String.prototype.charCodeAt, for the loop over a text's characters: `charCodeAt.call(text, i)`.
 * `text.charCodeAt(i)` looks the method up on the text, and V8 keeps texts in many forms (one or
 * two bytes a character, a part of another string, two joined): past four forms seen, it stops
 * inlining that lookup, and each character paid for a generic one. (Not exported: V8 inlines
 * the call only through a constant of this module.)
 */
const charCodeAt = String.prototype.charCodeAt;

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

/** Whether a UTF-16 code unit outside the surrogates is a letter or digit, as /[\p{L}\p{N}]/u says (a surrogate: false). */
export function isLetterOrDigitUnit(code: number): boolean {
  return classes()[code] === LN;
}
const isJoiner = (c: number) => c === 0x27 || c === 0x5f || c === 0x2d; // ' _ -

/**
 * Calls `found(start, end)` for each word, until it returns true; false when the text needs the
 * regular expression (the words found before a surrogate are the expression's first words too).
 */
function scanWords(text: string, found: (start: number, end: number) => unknown): boolean {
  const CLASS = classes();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = charCodeAt.call(text, i);
    if (isSurrogate(c)) return false;
    if (CLASS[c] !== LN) {
      i++;
      continue;
    }
    const start = i++;
    while (i < n) {
      const d = charCodeAt.call(text, i);
      if (isSurrogate(d)) return false;
      if (CLASS[d] !== 0) {
        i++;
        continue;
      }
      if (isJoiner(d) && i + 1 < n) {
        const e = charCodeAt.call(text, i + 1);
        if (isSurrogate(e)) return false;
        if (CLASS[e] === LN) {
          i += 2;
          continue;
        }
      }
      break;
    }
    if (found(start, i) === true) return true;
  }
  return true;
}

export function words(text: string): string[] {
  const out: string[] = [];
  if (scanWords(text, (start, end) => out.push(text.slice(start, end)))) return out;
  return text.match(WORD) ?? [];
}

/** Blocks are weighed by several stages; counting each text once keeps that cheap. */
const counted = new TextMemo(countWords, 4096, CACHED_TEXT_CHARS);

export function wordCount(text: string): number {
  return counted.get(text);
}

/**
 * The number of words, counted only up to `limit`: min(wordCount(text), limit). For a threshold
 * on a whole document, which need not be read past its first words.
 */
export function wordCountUpTo(text: string, limit: number): number {
  let n = 0;
  if (scanWords(text, () => ++n >= limit)) return Math.min(n, limit);
  n = 0;
  WORD.lastIndex = 0;
  while (n < limit && WORD.exec(text)) n++;
  WORD.lastIndex = 0;
  return Math.min(n, limit);
}

function countWords(text: string): number {
  let n = 0;
  if (!scanWords(text, () => n++)) {
    n = 0;
    WORD.lastIndex = 0;
    while (WORD.exec(text)) n++;
  }
  return n;
}
