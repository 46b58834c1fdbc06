/**
 * The short separator classes of the rule expressions stand for Unicode property classes:
 * check, character by character, that they agree wherever folded text can hold a character
 * of the scripts and symbol blocks they claim.
 */
import { describe, expect, it } from 'vitest';
import { SEPARATOR, WORD_CHARACTER } from '../../src/config/separator-class.js';

const CLAIMED_BLOCKS: [number, number][] = [
  [0x0000, 0x052f], // Latin, IPA, Greek, Cyrillic
  [0x1e00, 0x1fff], // Latin and Greek extended
  [0x2000, 0x2bff], // punctuation, currency, letterlike, number forms, arrows ... dingbats
  [0x1f000, 0x1faff], // emoji and pictographs
];
/** Characters folded text never holds (NFKC changes them), or that are not text. */
const NOT_IN_FOLDED_TEXT = /\p{Cn}|\p{Co}|\p{Cs}|\p{Cc}|\p{Cf}|\p{M}/u;

function disagreements(ours: RegExp, unicode: RegExp): string[] {
  const found: string[] = [];
  for (const [first, last] of CLAIMED_BLOCKS) {
    for (let code = first; code <= last; code++) {
      const ch = String.fromCodePoint(code);
      if (ch.normalize('NFKC') !== ch || NOT_IN_FOLDED_TEXT.test(ch)) continue;
      if (ours.test(ch) !== unicode.test(ch)) found.push(`U+${code.toString(16)}`);
    }
  }
  return found;
}

describe('separator classes', () => {
  it('WORD_CHARACTER is [\\p{L}\\p{N}] on every character of the claimed blocks', () => {
    expect(disagreements(new RegExp(`^${WORD_CHARACTER}$`, 'u'), /^[\p{L}\p{N}]$/u)).toEqual([]);
  });

  it('SEPARATOR is [\\s\\p{P}\\p{S}] on every character of the claimed blocks', () => {
    expect(disagreements(new RegExp(`^${SEPARATOR}$`, 'u'), /^[\s\p{P}\p{S}]$/u)).toEqual([]);
  });

  it('counts letters of other scripts as word characters and their common punctuation as separators', () => {
    const word = new RegExp(`^${WORD_CHARACTER}+$`, 'u');
    for (const text of ['שלום', 'مرحبا', 'नमस्ते', '新闻', 'ข่าว']) expect(word.test(text), text).toBe(true);
    const separator = new RegExp(`^${SEPARATOR}$`, 'u');
    for (const mark of ['،', '؟', '।', '。', '、', '׃']) expect(separator.test(mark), mark).toBe(true);
  });
});
