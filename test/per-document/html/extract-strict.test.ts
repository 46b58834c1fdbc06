import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import type { Removal } from '../../../src/core/document.js';
import { BlockEmitter } from '../../../src/per-document/parse/html/blocks.js';
import { findFirst, parseHtml } from '../../../src/per-document/parse/html/dom.js';
import { computeStats, type Stats } from '../../../src/per-document/parse/html/score.js';
import { P1, P2 } from './prose.js';

/** Emits a widened root whose core is `.article-body`: outside the core only prose is kept. */
function emitWidened(html: string): { texts: string[]; removed: Removal[] } {
  const doc = parseHtml(html);
  const body = findFirst(doc, (el) => el.name === 'body')!;
  const stats = new Map<Element, Stats>();
  computeStats(body, stats);
  const wide = findFirst(doc, (el) => el.attribs.id === 'main')!;
  const core = findFirst(doc, (el) => el.attribs.class === 'article-body')!;
  const removed: Removal[] = [];
  const emitter = new BlockEmitter({ stats, resolve: (h) => h, removed, roots: new Set([wide, core]), core: new Set([core]) });
  emitter.emitRoot(wide);
  return { texts: emitter.blocks.map((b) => b.text), removed };
}

describe('BlockEmitter: outside the core of a widened root', () => {
  const VERDICT = 'A superbly crafted budget that serves the schools, the library and the bridge alike.';
  const html = `<html><body><div id="main">
<div class="article-body"><p>${P1}</p><p>Short line.</p></div>
<div class="verdict-box"><div class="score">9/10</div><p class="verdict">${VERDICT}</p></div>
<div class="links"><p><a href="/a">Read the full council minutes and all the votes of the budget session here</a></p></div>
<div class="more"><p>${P2}</p></div>
</div></body></html>`;

  it('keeps every block of the core', () => {
    expect(emitWidened(html).texts).toContain('Short line.');
  });

  it('keeps a one-sentence verdict of prose and longer paragraphs outside the core', () => {
    const { texts } = emitWidened(html);
    expect(texts).toContain(VERDICT);
    expect(texts).toContain(P2);
  });

  it('drops short labels and linked lines outside the core, recorded as outside-main', () => {
    const { texts, removed } = emitWidened(html);
    expect(texts).not.toContain('9/10');
    expect(texts.join('\n')).not.toContain('council minutes');
    expect(removed.filter((r) => r.rule === 'html/outside-main').map((r) => r.text)).toContain('9/10');
  });
});

describe('BlockEmitter: other articles outside the core', () => {
  const TEASER = 'The county spent twice as much on its roads last year, and the auditors want to know where the money went.';
  it('drops a shorter <article> beside the core (a teaser card), though its summary is prose', () => {
    const html = `<html><body><div id="main">
<div class="article-body"><p>${P1}</p><p>${P2}</p></div>
<div class="more-posts"><article><h3>Roads cost more</h3><p>${TEASER}</p></article></div>
</div></body></html>`;
    const { texts, removed } = emitWidened(html);
    expect(texts).toContain(P1);
    expect(texts).not.toContain(TEASER);
    expect(removed.find((r) => r.text.includes(TEASER))?.rule).toBe('html/other-article');
  });

  it('keeps the prose of an <article> longer than the core (the core is then a headline box)', () => {
    const html = `<html><body><div id="main">
<div class="article-body"><p>Budget approved</p></div>
<article><p>${P1}</p><p>${P2}</p></article>
</div></body></html>`;
    const { texts } = emitWidened(html);
    expect(texts).toContain(P1);
    expect(texts).toContain(P2);
  });
});
