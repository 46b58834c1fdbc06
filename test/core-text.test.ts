import { describe, expect, it } from 'vitest';
import { foldForMatch, foldText, wordCount, wordCountUpTo } from '../src/core/text.js';
import { minhash, resemblance, shingles } from '../src/core/minhash.js';

describe('foldText', () => {
  it('leaves plain ASCII with single inner spaces as it is', () => {
    const text = 'Share this article on Facebook (3 comments)';
    expect(foldText(text)).toBe(text);
  });

  it('still folds what the quick test lets through: runs of spaces, edges, tabs, backticks', () => {
    expect(foldText('  Read  more\tnow ')).toBe('Read more now');
    expect(foldText('don`t')).toBe("don't");
  });

  it('turns every run of white space into one space, a lone space kept and mixed runs folded whole', () => {
    expect(foldText('Anna\u00A0Berg wrote \t\n this,\u200Btoo  \u2003 today \u3000\u00A0 here')).toBe('Anna Berg wrote this, too today here');
    expect(foldText('one\u2028two \u200B three\u200B\u200Bfour')).toBe('one two three four');
    expect(foldText('\u00A0\u2009lead and trail\u200B ')).toBe('lead and trail');
  });

  it('folds each kind of quote and dash to its ASCII character in one text (after NFKC: a double prime is two primes)', () => {
    expect(foldText('\u2018a\u2019 \u201Ab\u201B \u2032c\u2032 d\u02BCe `f` \u201Cg\u201D \u201Eh\u201F \u2033 \u00ABi\u00BB 1\u20102\u20113\u20124\u20135\u20146\u20157\u22128')).toBe(
      '\'a\' \'b\' \'c\' d\'e \'f\' "g" "h" \'\' "i" 1-2-3-4-5-6-7-8',
    );
  });

  it('folds typographic quotes, dashes and compatibility forms', () => {
    expect(foldText('\u201CIt\u2019s fine\u201D \u2014 \uFB01rst\u00A0time')).toBe('"It\'s fine" - first time');
  });

  it('foldForMatch lower-cases and gives the same answer from its cache', () => {
    expect(foldForMatch('Related  Stories')).toBe('related stories');
    expect(foldForMatch('Related  Stories')).toBe('related stories');
  });

  it('whole documents are folded and counted too (not cached, same answer)', () => {
    const long = 'Word '.repeat(1000);
    expect(foldForMatch(long)).toBe('word '.repeat(1000).trim());
    expect(wordCount(long)).toBe(1000);
    expect(wordCount(long)).toBe(1000);
  });
});

describe('wordCountUpTo', () => {
  it('is the word count below the limit and the limit from there on', () => {
    const text = "Mira Okafor's garden-party list: tea, scones and 12 chairs";
    expect(wordCount(text)).toBe(9);
    for (const limit of [0, 1, 5, 9, 10, 40]) expect(wordCountUpTo(text, limit)).toBe(Math.min(9, limit));
  });

  it('agrees with wordCount on text with characters beyond the Basic Multilingual Plane', () => {
    const text = 'Lumo \u{1D400}\u{1D401} rides a 🚲 to the quay 𝒶𝒷 twice';
    const all = wordCount(text);
    for (const limit of [1, 3, all, all + 5]) expect(wordCountUpTo(text, limit)).toBe(Math.min(all, limit));
  });
});

describe('minhash', () => {
  it('signatures are the ones earlier versions wrote (stored signatures stay comparable)', () => {
    expect(minhash('The harbour board met on Thursday to discuss the old fish market').slice(0, 4)).toEqual([185659306, 451726958, 1640293938, 165611059]);
    expect(minhash('two words').slice(0, 4)).toEqual([1557838126, 4180434130, 4036150197, 3700859110]);
    expect([...shingles('The harbour board met on Thursday')]).toEqual([209034778, 3638440579]);
  });

  it('shingles are taken over folded words: case and spacing do not matter', () => {
    expect(minhash('The  HARBOUR board met, on Thursday.')).toEqual(minhash('the harbour board met on thursday'));
    expect(resemblance(minhash('a b c d e f g'), minhash('a b c d e f g'))).toBe(1);
    expect(minhash('')).toEqual([]);
  });
});
