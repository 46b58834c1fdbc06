import { describe, expect, it } from 'vitest';
import { foldForMatch, foldText, wordCount } from '../src/core/text.js';
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
