/**
 * The words a dump writes in lower case (anywhere, or in its sentences): common words, not names.
 * Gathered on the first question, since most dumps name their author without asking.
 */
import type { Block } from '../../core/document.js';
import { wordCount } from '../../core/text.js';
import type { WordSet } from './names.js';
import type { NameWordPatterns } from './name-words.js';

/** A word in lower case, not the part of an address or a user name ("anna.roth@…", "blaulicht-news.ch"). */
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}.@/_-])\p{Ll}[\p{L}'’-]*(?![\p{L}\p{N}]|[.@/_][\p{L}\p{N}])/gu;

/** Words in a line of at least this many words are words of a sentence. */
const PROSE_WORDS = 8;

const lowerCaseWordMemo = new WeakMap<readonly Block[], WordSet>();

const proseWordMemo = new WeakMap<readonly Block[], WordSet>();

function wordsOf(blocks: readonly Block[], memo: WeakMap<readonly Block[], WordSet>, minWords: number): WordSet {
  let words = memo.get(blocks);
  if (!words) {
    // Most dumps name their author without asking about a word: the words are gathered on the first question.
    let set: Set<string> | undefined;
    words = { has: (word) => (set ??= collectWords(blocks, minWords)).has(word) };
    memo.set(blocks, words);
  }
  return words;
}

function collectWords(blocks: readonly Block[], minWords: number): Set<string> {
  const words = new Set<string>();
  for (const block of blocks) if (minWords <= 1 || wordCount(block.text) >= minWords) for (const word of block.text.match(LOWER_CASE_WORD) ?? []) words.add(word);
  return words;
}

/** The words a dump writes in lower case somewhere: common words, not names. */
export function lowerCaseWords(blocks: readonly Block[]): WordSet {
  return wordsOf(blocks, lowerCaseWordMemo, 1);
}

/**
 * True for a capitalised word that the dump writes in lower case somewhere, as it is or with
 * another ending ("Aktuelle Ausgabe", "Letzte Kommentare", "Dringlicher Appell" over "aktuellen",
 * "letzten", "dringlich"): a word, not a name. A stem shorter than four letters compares whole.
 */
export function isCommonWord(word: string, lowerCase: WordSet, nameWords: NameWordPatterns): boolean {
  const lower = word.toLowerCase();
  if (lowerCase.has(lower)) return true;
  // The inflection endings of fields.yaml ("Aktuelle" / "aktuellen", "Größere" / "größer").
  const { inflection, endings } = nameWords;
  const stem = lower.replace(inflection, '');
  if (stem.length < 4 || stem === lower) return false;
  return endings.some((ending) => lowerCase.has(stem + ending));
}

/** The words a dump writes in lower case in its sentences: a user name written in lower case is none of them. */
export function proseWords(blocks: readonly Block[]): WordSet {
  return wordsOf(blocks, proseWordMemo, PROSE_WORDS);
}
