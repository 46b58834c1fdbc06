import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/per-document/parse/html/extract-html.js';
import { P1, P2, P3 } from './prose.js';

const page = (caption: string) => `<html><body><main><article><h1>Budget approved</h1>
<p>${P1}</p><div class="foto">${caption}</div><p>${P2}</p><p>${P3}</p></article></main></body></html>`;

describe('extractHtml: photo captions named in other languages', () => {
  for (const cls of ['dida', 'didascalia', 'pie-de-foto', 'bildtext']) {
    it(`drops a caption box classed "${cls}" as a credit`, () => {
      const x = extractHtml(page(`<div class="${cls}">Il sindaco in aula. Foto: Archivio</div>`));
      expect(x.blocks.map((b) => b.text).join('\n')).not.toContain('Il sindaco in aula');
      expect(x.removed.find((r) => r.text.includes('Il sindaco in aula'))?.kind).toBe('credit');
    });
  }

  it('keeps a class that only contains such a word inside another one', () => {
    const x = extractHtml(page(`<div class="candidate-info">Il sindaco in aula. Foto: Archivio</div>`));
    expect(x.blocks.map((b) => b.text).join('\n')).toContain('Il sindaco in aula');
  });
});

describe('extractHtml: boxes the publisher leaves out of print', () => {
  const LONG = `${P3} ${P1}`;
  const page = (box: string) => `<html><body><main><article><h1>Budget approved</h1>
<p>${P1}</p><p>${P2}</p>${box}<p>${P3}</p></article></main></body></html>`;

  for (const cls of ['noprint', 'notForPrint', 'd-print-none', 'hidden-print']) {
    it(`drops a box classed "${cls}"`, () => {
      const x = extractHtml(page(`<div class="${cls}"><p>What is going on here? <a href="/forum">Join the discussion</a></p></div>`));
      expect(x.blocks.map((b) => b.text).join('\n')).not.toContain('What is going on here?');
      expect(x.removed.find((r) => r.text.includes('What is going on here?'))?.rule).toBe('html/class-pattern/no-print');
    });
  }

  it('keeps such a box when it holds a paragraph of prose', () => {
    const x = extractHtml(page(`<div class="noprint"><p>${LONG}</p></div>`));
    expect(x.blocks.map((b) => b.text)).toContain(LONG);
  });
});

describe('extractHtml: class tokens that name a state, written with underscores', () => {
  for (const cls of ['no_caption', 'has_sidebar', 'share_enabled']) {
    it(`keeps a block classed "${cls}"`, () => {
      const x = extractHtml(`<html><body><main><article><h1>Budget approved</h1>
<div class="item ${cls}"><h2>Why the schools come first</h2><p>${P1}</p></div><p>${P2}</p><p>${P3}</p></article></main></body></html>`);
      const text = x.blocks.map((b) => b.text).join('\n');
      expect(text).toContain('Why the schools come first');
      expect(text).toContain(P1);
    });
  }
});
