import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/per-document/parse/html/extract-html.js';
import { P1, P2, P3 } from './prose.js';

const text = (html: string) => extractHtml(html).blocks.map((b) => b.text).join('\n');

describe('extractHtml: generated ids are not words', () => {
  it('keeps a paragraph whose hashed id happens to spell "ad" after a digit', () => {
    const html = `<html><body><article><h1>Budget approved</h1>
<p id="c3f1">${P1}</p><p id="e1ad">${P2}</p><p id="9b0e">${P3}</p></article></body></html>`;
    expect(text(html)).toContain(P2);
  });

  it('still drops an ad slot numbered after the word', () => {
    const html = `<html><body><article><h1>Budget approved</h1>
<p>${P1}</p><div id="ad1"><p>Buy the new phone today at a special price for readers only.</p></div><p>${P2}</p></article></body></html>`;
    const x = extractHtml(html);
    expect(x.blocks.map((b) => b.text).join('\n')).not.toContain('Buy the new phone');
    expect(x.removed.find((r) => r.text.includes('Buy the new phone'))?.rule).toBe('html/class-pattern/advert');
  });
});
