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

describe('extractHtml: classed inline elements inside a sentence', () => {
  const page = (inner: string) => `<html><body><main><article><h1>Budget approved</h1>
<p>${P1}</p><p>The mayor called it ${inner} that the town had waited for since the old school closed.</p><p>${P2}</p></article></main></body></html>`;
  const text = (html: string) => extractHtml(html).blocks.map((b) => b.text).join('\n');

  it('keeps the words of a link classed like a popup or an affiliate link', () => {
    expect(text(page(`a <a class="popup" href="#note">long overdue</a> budget`))).toContain('The mayor called it a long overdue budget that');
    expect(text(page(`a <a class="affiliate-link" href="/shop">budget</a>`))).toContain('The mayor called it a budget that');
  });

  it('still removes such a link standing alone between blocks', () => {
    const html = `<html><body><main><article><h1>Budget approved</h1><p>${P1}</p>
<div class="tools"><a class="popup" href="#share">Send this page to a friend</a></div><p>${P2}</p></article></main></body></html>`;
    expect(text(html)).not.toContain('Send this page');
  });

  it('keeps a dateline opening the first sentence, and drops a dateline standing alone', () => {
    expect(text(page(`a <span class="dateline">LONGBRIDGE –</span> budget`))).toContain('LONGBRIDGE – budget');
    const alone = `<html><body><main><article><h1>Budget approved</h1><div class="dateline">LONGBRIDGE, 3 March</div><p>${P1}</p><p>${P2}</p></article></main></body></html>`;
    expect(text(alone)).not.toContain('LONGBRIDGE');
  });

  it('still removes a screen-reader label inside a sentence', () => {
    expect(text(page(`a <a href="/x">budget<span class="sr-only"> (opens in a new window)</span></a>`))).not.toContain('opens in a new window');
  });
});

describe('extractHtml: heading ids made from the heading text', () => {
  it('keeps a heading whose anchor id starts with a word a box could be named by', () => {
    const x = extractHtml(`<html><body><main><article><h1>Budget approved</h1><p>${P1}</p>
<h3 id="nav_what_the_schools_get__1" class="subheading">What the schools get</h3><p>${P2}</p><p>${P3}</p></article></main></body></html>`);
    expect(x.blocks.map((b) => b.text)).toContain('What the schools get');
  });

  it('still removes a box whose id names navigation', () => {
    const x = extractHtml(`<html><body><main><article><h1>Budget approved</h1><p>${P1}</p>
<div id="nav_sections"><p>Sections and services of the town hall listed for visitors who want them</p></div><p>${P2}</p></article></main></body></html>`);
    expect(x.blocks.map((b) => b.text).join('\n')).not.toContain('Sections and services');
  });
});
