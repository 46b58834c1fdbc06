/**
 * What article prose looks like: length, sentences, links; and the run of blocks with the
 * most of it, which is where a dump's article sits.
 */
import type { Block, Format, Span } from './document.js';
import { isLetterOrDigitUnit, wordCount } from './text.js';

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/gu;
const SENTENCE_END = /[.!?…。！？»"”)’']\s*$/u;
const SENTENCE_INSIDE = /[.!?。！？]\s+\p{Lu}/u;

/** Words, with CJK characters (written without spaces) counted as half a word each. */
export function textWeight(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return cjk ? wordCount(text.replace(CJK, ' ')) + cjk / 2 : wordCount(text);
}

/** Several stages weigh the same blocks: each block's weight is computed once. */
const blockWeights = new WeakMap<Block, number>();

/** textWeight of a block's text, remembered per block. */
export function blockWeight(block: Block): number {
  let weight = blockWeights.get(block);
  if (weight === undefined) {
    weight = textWeight(block.text);
    blockWeights.set(block, weight);
  }
  return weight;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** How many letters and digits `text[start, end)` holds (ASCII counted directly, other characters by table; a surrogate pair counts as one). */
function lettersAndDigits(text: string, start = 0, end = text.length): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) n++;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      if (LETTER_OR_DIGIT.test(text.slice(i, i + 2))) n++;
      i++;
    } else if (isLetterOrDigitUnit(c)) n++;
  }
  return n;
}

/** Several stages weigh the same blocks: each block's share is computed once. */
const linkShares = new WeakMap<Block, number>();

/** Share of the block's letters and digits that sit inside links. */
export function linkShare(block: Block): number {
  if (!block.links.length) return 0;
  let share = linkShares.get(block);
  if (share === undefined) {
    const letters = lettersAndDigits(block.text);
    const linked = block.links.reduce((n, l) => n + lettersAndDigits(block.text, l.start, l.end), 0);
    share = letters ? Math.min(1, linked / letters) : 0;
    linkShares.set(block, share);
  }
  return share;
}

export function hasSentence(text: string): boolean {
  return SENTENCE_END.test(text) || SENTENCE_INSIDE.test(text);
}

/** A paragraph of running text: long enough, punctuated like sentences, mostly unlinked. */
export function isProse(block: Block, minWeight = 15): boolean {
  return block.type !== 'code' && blockWeight(block) >= minWeight && hasSentence(block.text) && linkShare(block) < 0.5;
}

/** "200 g Zucker", "1-2 Spritzer Bitters", "15 Min": an amount, then what it counts. */
const AMOUNT_LINE = /^\d+(?:[.,/–-]\d+)*\s?(?:[\p{L}%°]|\s\()/u;
/** Breadcrumbs and menus joined on one line carry separators that lists of facts do not. */
const MENU_SEPARATOR = /[»|›>•]/u;
/** A list entry is short: longer lines are scored as text. */
const LIST_ENTRY_WORDS = 8;

/** "• Doppelprüfung", "– Übungen zur Entspannung": a bullet the page wrote into the line. */
const BULLET_LINE = /^[•●▪◦–—-]\s+\p{L}/u;

/** A short line that reads as one entry of a list: of amounts (ingredients, prices, durations), or after a bullet. */
export function isListEntryLine(text: string): boolean {
  const line = text.trim();
  const words = wordCount(line);
  if (words > LIST_ENTRY_WORDS) return false;
  return (words >= 2 && !MENU_SEPARATOR.test(line) && AMOUNT_LINE.test(line)) || BULLET_LINE.test(line);
}

/** "Laufzeit: fünf Jahre", "Reichweite: 180 – 240": a short name, a colon, then its value. */
const FACT_LINE = /^[^:]{2,40}:\s+\S/u;

/** A short line that states one fact ("label: value"): an entry of a specification or a price example. */
export function isFactLine(text: string): boolean {
  const line = text.trim();
  return wordCount(line) <= LIST_ENTRY_WORDS && !MENU_SEPARATOR.test(line) && FACT_LINE.test(line);
}

/**
 * Source code as plain text shows it, one statement a line: an assignment ("result = []"), a
 * call ("print(results)", "def bar(i):"), an import, a block opener ending in a colon ("if anchors:"), a
 * lone bracket, or a comment. Headlines and menu entries have none of these.
 */
const CODE_LINE = [
  /^[\w.[\]'"]+\s*[-+*/%|&]?=(?!=)\s*\S/u,
  /(?:^|[\s.=(!])[a-z_][\w.]*\([^()]*\)|\w\(\)/u,
  /^(?:import [\w.]+|from [\w.]+ import )/u,
  /^(?:if|elif|else|for|while|def|class|try|except|finally|with|switch|case|function|return|import|from|const|let|var)\b.*[:;{]\s*$/u,
  /^[{}()[\];]+,?$/u,
  /^(?:#|\/\/|\$|>>>)\s/u,
  /[;{]\s*$/u,
];

/** A line of source code (see CODE_LINE). */
export function isCodeLine(text: string): boolean {
  const line = text.trim();
  return CODE_LINE.some((pattern) => pattern.test(line));
}

/**
 * The pieces of one link a Markdown conversion split over lines when the link held blocks
 * ("[" / "Some label" / "](/target \"title\")"): the parser sees no link in them, yet they are one.
 * A lone opening bracket, or one line that ends in the link's closing half with no opening one.
 */
const LINK_PIECE = /^!?\[$|^[^[\n]*\]\(\S*(?:\s+"[^"]*")?\)$/u;
/** "-   [Archive](/archive)": one link, maybe bulleted, as a line of Markdown the parser took for code. */
const LINK_SOURCE_LINE = /^(?:[-*+]\s+)?\[[^\]]*\]\([^)]*\)$/u;

/**
 * True for a block that is link markup the Markdown parser did not read as links: a piece of a
 * link split over lines, or an indented list of links it took for code (a menu nested in a list).
 */
export function isLinkDebris(block: Block): boolean {
  const text = block.text.trim();
  if (block.type !== 'code') return LINK_PIECE.test(text);
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.length > 0 && lines.every((line) => LINK_SOURCE_LINE.test(line) || LINK_PIECE.test(line));
}

/**
 * How much a block speaks for (positive) or against (negative) being article text; a block
 * already marked as chaff counts against, a metadata line is neutral.
 */
export function proseScore(block: Block, marked: Span | undefined, format?: Format): number {
  const weight = blockWeight(block);
  if (marked) return marked.kind === 'metadata' ? 0 : -Math.max(4, Math.min(20, weight));
  const links = linkShare(block);
  if (links >= 0.5 || isLinkDebris(block)) return -Math.max(3, weight);
  const sentence = hasSentence(block.text);
  if (weight >= 12 && (sentence || block.type === 'heading')) return weight * (1 - links);
  if (block.type === 'heading') return -1;
  // A list item without links is content (ingredients, specifications, steps); menus are links.
  if (block.type === 'list-item' && !block.links.length) return 0.5;
  if (weight >= 7 && sentence) return weight / 2;
  if (weight >= 10) return weight / 4; // long but unpunctuated: leads, captions, lists of names
  // A short line: in Markdown menus show as links (counted above), so a short unlinked line
  // there is more often the article's own (a label, a bold lead-in) than in plain text.
  return format === 'markdown' ? -2 : -3;
}

/**
 * The maximum-sum segment [start, end] of scores (Kadane); undefined when nothing is positive.
 * Scores come in a Float64Array: in a plain array they are whole numbers for some documents
 * and fractions for others, two kinds of array that make V8 drop the optimised code.
 */
export function bestSegment(scores: Float64Array): [number, number] | undefined {
  let best: [number, number] | undefined;
  let bestSum = 0;
  let start = 0;
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    if (sum <= 0) {
      start = i;
      sum = 0;
    }
    sum += scores[i]!;
    if (sum > bestSum) {
      bestSum = sum;
      best = [start, i];
    }
  }
  return best;
}
