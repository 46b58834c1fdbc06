/** Text folding shared by matching, hashing and near-duplicate detection. */

const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4\u02BC`]/g; // U+02BC: the Ukrainian apostrophe
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/g;

/** NFKC, curly quotes and dashes to ASCII, whitespace runs to one space, trimmed. */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim();
}

/** foldText, lower-cased: the form phrase rules match against. */
export function foldForMatch(text: string): string {
  return foldText(text).toLowerCase();
}

// A word: letters and digits, joined by inner apostrophes, hyphens or underscores ("don't", "e-mail").
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['_-](?=[\p{L}\p{N}]))*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Blocks are weighed by several stages; counting each text once keeps that cheap. */
const counted = new Map<string, number>();
const COUNT_CACHE_SIZE = 20_000;

export function wordCount(text: string): number {
  const cached = counted.get(text);
  if (cached !== undefined) return cached;
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  if (counted.size >= COUNT_CACHE_SIZE) counted.clear();
  counted.set(text, n);
  return n;
}
