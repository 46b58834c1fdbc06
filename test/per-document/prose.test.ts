/** The link share of a block: what part of its letters and digits sit inside links. */
import { describe, expect, it } from 'vitest';
import { linkShare } from '../../src/core/prose.js';
import { block, linked } from '../helpers/stage-context.js';

describe('linkShare', () => {
  it('counts letters and digits, not spaces or punctuation, inside and outside links', () => {
    // "Read" (4) of "Read: the 2 news" (4 + 3 + 1 + 4 = 12 letters and digits)
    expect(linkShare(linked(0, [['Read', '#'], ': the 2 news']))).toBeCloseTo(4 / 12);
    expect(linkShare(linked(0, [['Home', '/'], ' · ', ['News', '/news']]))).toBe(1);
    expect(linkShare(block(0, 'No links at all.'))).toBe(0);
  });

  it('counts letters of every script, and a letter outside the Basic Multilingual Plane once', () => {
    expect(linkShare(linked(0, [['Über uns', '/'], ' – Straße']))).toBeCloseTo(7 / 13);
    expect(linkShare(linked(0, [['新闻', '/'], '体育']))).toBeCloseTo(0.5);
    expect(linkShare(linked(0, [['𝐀𝐁', '/'], 'cd']))).toBeCloseTo(0.5);
  });

  it('counts digits of any script and numbers like ½, but not combining marks or currency signs', () => {
    // Linked: the letters ह and द (the vowel signs are marks); outside: ٣, ½ and ñ (its added accent is a mark).
    expect(linkShare(linked(0, [['हिंदी', '/'], ' ٣ € ½ ñ\u0301']))).toBeCloseTo(2 / 5);
  });

  it('is 0 for a block with links but no letters or digits', () => {
    expect(linkShare(linked(0, [['→', '/next'], ' …']))).toBe(0);
  });
});
