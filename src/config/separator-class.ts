/**
 * Word edges for the rule expressions, written as a short list of separator ranges rather than
 * Unicode property classes. V8 compiles `[\p{L}\p{N}]` into code for some 700 ranges each time it
 * occurs, and every rule has several: a worker spent about half a second compiling the rule packs
 * before extracting anything. These classes compile some fifty times faster.
 *
 * They agree with `[\p{L}\p{N}]` and `[\s\p{P}\p{S}]` on every character that folded text (NFKC)
 * can hold in Latin, Greek and Cyrillic text, in the punctuation, currency, arrow and symbol
 * blocks, and on emoji; test/config/separator-class.test.ts checks this character by character.
 * Elsewhere they differ on purpose or harmlessly: combining marks count as part of a word (in
 * Indic scripts they are), and a few dingbat digits (❶) count as symbols.
 */
const SEPARATOR_RANGES = [
  '\\s',
  '!-\\/:-@\\[-`{-~', // ASCII punctuation and symbols
  '\\u00a0-\\u00bf\\u00d7\\u00f7', // Latin-1 punctuation and symbols, × and ÷
  '\\u02c2-\\u02c5\\u02d2-\\u02df\\u02e5-\\u02eb\\u02ed\\u02ef-\\u02ff\\u0375\\u03f6\\u0482', // modifier symbols, Greek and Cyrillic signs
  '\\u055a-\\u055f\\u0589\\u058a\\u05be\\u05c0\\u05c3\\u05c6\\u05f3\\u05f4', // Armenian and Hebrew punctuation
  '\\u060c\\u060d\\u061b\\u061e\\u061f\\u066a-\\u066d\\u06d4\\u0964\\u0965\\u0970\\u0e4f\\u0e5a\\u0e5b', // Arabic, Devanagari, Thai
  '\\u2000-\\u206f\\u20a0-\\u20cf\\u2100-\\u2131\\u2133-\\u214d\\u214f\\u218a\\u218b\\u2190-\\u24ea\\u2500-\\u2775\\u2794-\\u2bff\\u2e00-\\u2e7f\\u3000-\\u303f', // general punctuation, currency, letterlike symbols, arrows to dingbats
  '\\ufe10-\\ufe1f\\ufe30-\\ufe6f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65', // vertical, small and full-width forms
  '\\u{1f000}-\\u{1f10a}\\u{1f10d}-\\u{1faff}', // emoji and other pictographs
].join('');

/** Whitespace, punctuation or a symbol (for expressions with the `u` flag). */
export const SEPARATOR = `[${SEPARATOR_RANGES}]`;
/** A letter or digit: a character that is not a separator (for expressions with the `u` flag). */
export const WORD_CHARACTER = `[^${SEPARATOR_RANGES}]`;
