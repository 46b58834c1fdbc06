import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../src/config/rule-literals.js';

describe('requiredLiterals over runs of plain characters', () => {
  it('a quantifier applies to the last character of a run only', () => {
    expect(requiredLiterals('wombats?')).toEqual(['wombat', 'wombats']);
    expect(requiredLiterals('quokka+ club')).toEqual(['quokk']); // the longer of 'quokk' and ' club'
  });

  it('escaped syntax characters are literals inside a run', () => {
    expect(requiredLiterals('via\\/ex\\.ample')).toEqual(['via/ex.ample']);
    expect(requiredLiterals('\\(sponsored\\)')).toEqual(['(sponsored)']);
  });

  it('a character outside the Basic Multilingual Plane ends a run and is read whole', () => {
    expect(requiredLiterals('ab\u{1f4f0}cd')).toEqual(['ab\u{1f4f0}cd']);
    expect(requiredLiterals('ab\u{1f4f0}?cd')).toEqual(['abcd', 'ab\u{1f4f0}cd']);
  });

  it('the same class read many times gives the same literals each time', () => {
    const edge = '(?<![^\\s!-\\/:-@])';
    const source = [`${edge}koala news`, `${edge}emu post`, `${edge}dingo daily`].join('|');
    expect(requiredLiterals(source)).toEqual(['dingo daily', 'emu post', 'koala news']);
    expect(requiredLiterals(`[ab]${edge}x`)).toEqual(['ax', 'bx']);
    expect(requiredLiterals(`[ab]${edge}x`)).toEqual(['ax', 'bx']);
  });
});
