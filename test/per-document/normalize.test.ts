import { describe, expect, it } from 'vitest';
import { blockText, documentText, normalizeStage } from '../../src/per-document/normalize/normalize-stage.js';
import { block, contextFrom, defaultContext, docWithBlocks } from '../helpers/stage-context.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('documentText', () => {
  it('separates blocks by one blank line, headings as their own paragraphs', () => {
    const text = documentText([block(0, 'Title', { type: 'heading', level: 2 }), block(1, 'First.'), block(2, 'Second.')]);
    expect(text).toBe('Title\n\nFirst.\n\nSecond.');
  });

  it('composes to NFC', () => {
    const decomposed = 'Cafe\u0301 cre\u0300me';
    expect(blockText(block(0, decomposed))).toBe('Café crème');
    expect(blockText(block(0, decomposed)).length).toBe(10);
  });

  it('strips control and invisible characters, turns no-break spaces into spaces', () => {
    expect(blockText(block(0, 'a\u0000b\u0007c\u200Bd\uFEFFe\u00A0f\u200Eg'))).toBe('abcde fg');
  });

  it('collapses whitespace within lines, keeps hard breaks, drops empty lines', () => {
    expect(blockText(block(0, '  one \t two  \n\n  three\f'))).toBe('one two\nthree');
  });

  it('keeps code indentation and inner blank lines', () => {
    expect(blockText(block(0, '  if (a) {\n\n    b();\n  }\n\n', { type: 'code' }))).toBe('  if (a) {\n\n    b();\n  }');
  });

  it('leaves out blocks that normalize to nothing', () => {
    expect(documentText([block(0, 'One.'), block(1, '\u200B\u00A0'), block(2, 'Two.')])).toBe('One.\n\nTwo.');
  });
});

describe('normalizeStage', () => {
  it('writes the text and trusts a long enough article', () => {
    const ctx = defaultContext();
    const out = normalizeStage.run({ ...docWithBlocks([]), kept: [block(0, words(30)), block(1, words(15))] }, ctx);
    expect(out.text).toBe(`${words(30)}\n\n${words(15)}`);
    expect(out.lowConfidence).toBeUndefined();
    expect(ctx.stats.snapshot().normalize).toBeUndefined();
  });

  it('flags a short text, and excludes a document with none', () => {
    const ctx = defaultContext();
    expect(normalizeStage.run({ ...docWithBlocks([]), kept: [block(0, words(39))] }, ctx).lowConfidence).toBe('only 39 words of article text found');
    expect(normalizeStage.run({ ...docWithBlocks([]), kept: [] }, ctx).failure).toEqual({ stage: 'normalize', reason: 'no article text found', excluded: true });
    expect(ctx.stats.snapshot().normalize).toEqual({ 'low-confidence': 1, excluded: 1 });
  });

  it('takes minWords from the pipeline', () => {
    const ctx = contextFrom({ thresholds: { minWords: 5 } });
    expect(normalizeStage.run({ ...docWithBlocks([]), kept: [block(0, words(6))] }, ctx).lowConfidence).toBeUndefined();
  });

  it('keeps a reason an earlier stage gave', () => {
    const out = normalizeStage.run({ ...docWithBlocks([]), kept: [block(0, words(50))], lowConfidence: 'truncated input' }, defaultContext());
    expect(out.lowConfidence).toBe('truncated input');
  });
});
