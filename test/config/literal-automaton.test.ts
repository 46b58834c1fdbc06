/**
 * The literal automaton must find exactly what a search for each literal finds: past the
 * size of a full transition table (the literals of every rule pack of every language), and
 * past the number of states two bytes can number.
 */
import { describe, expect, it } from 'vitest';
import { LiteralAutomaton } from '../../src/config/literal-automaton.js';

/** A deterministic stream of numbers in [0, 1). */
function numbers(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** Builds the automaton over `literals` and checks it on texts of letters and pieces of literals, so that matches overlap and fail part way. */
function expectSameAsSearch(literals: readonly string[], letters: readonly string[], next: () => number): LiteralAutomaton {
  const pick = (from: readonly string[]) => from[Math.floor(next() * from.length)]!;
  const automaton = new LiteralAutomaton(literals.map((lit, id) => ({ literal: lit, id })));
  const found = new Uint8Array(literals.length);
  for (let t = 0; t < 300; t++) {
    const text = Array.from({ length: 20 }, () => (next() < 0.3 ? pick(literals).slice(0, 1 + Math.floor(next() * 9)) : pick(letters) + pick(letters))).join('');
    found.fill(0);
    automaton.mark(text, found);
    expect([...found]).toEqual(literals.map((lit) => (text.includes(lit) ? 1 : 0)));
  }
  return automaton;
}

describe('LiteralAutomaton', () => {
  it('marks exactly the literals that occur in each text, with many literals over a large alphabet', () => {
    const next = numbers(7);
    // 1,000 letters (Latin, Cyrillic, CJK), 2,500 literals: over 4 million table cells.
    const letters = [...'abcdefghijklmnopqrstuvwxyz äöüß', ...Array.from({ length: 64 }, (_, i) => String.fromCharCode(0x430 + i)), ...Array.from({ length: 905 }, (_, i) => String.fromCharCode(0x4e00 + i))];
    const common = letters.slice(0, 40); // most literals share a few letters, as words do
    const pick = (from: readonly string[]) => from[Math.floor(next() * from.length)]!;
    const literal = () => Array.from({ length: 2 + Math.floor(next() * 8) }, () => pick(next() < 0.7 ? common : letters)).join('');
    expectSameAsSearch([...new Set(Array.from({ length: 2500 }, literal))], common, next);
  });

  it('marks exactly the literals that occur in each text when the states outnumber two bytes', () => {
    const next = numbers(11);
    const letters = [...'abcdefghijklmnopqrstuvwxyz'];
    // 12,000 random words of 9 letters share little past their first letters: over 65,536 states.
    const literals = [...new Set(Array.from({ length: 12_000 }, () => Array.from({ length: 9 }, () => letters[Math.floor(next() * 26)]!).join('')))];
    expect(expectSameAsSearch(literals, letters, next).states).toBeGreaterThan(0x10000);
  });
});
