import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import { findFirst, parseHtml } from '../../../src/per-document/parse/html/dom.js';
import { chooseRoots, computeStats, type Stats } from '../../../src/per-document/parse/html/score.js';
import { P1, P2, P3 } from './prose.js';

const P4 = 'Work on the bridge, closed to lorries since the floods, will start first, followed by the library, whose roof has leaked for years, and then the schools.';

function topOf(html: string): Element | undefined {
  const body = findFirst(parseHtml(html), (el) => el.name === 'body')!;
  const stats = new Map<Element, Stats>();
  computeStats(body, stats);
  return chooseRoots(body, stats).top;
}

describe('chooseRoots: candidates in one branch are one candidate', () => {
  it('does not take the page wrapper because the text, its wrappers, its article and main all score close', () => {
    // the text box, the body box around it, the article and main score alike: one branch, not rivals under a common ancestor
    const html = `<html><body><div id="page">
<main class="site-main" id="main"><article class="post post--light">
<div class="content page-detail-content"><h1>Budget approved</h1>
<div class="post__content"><div class="post__content__text">${[P1, P2, P3, P4].map((p) => `<p>${p}</p>`).join('')}</div></div></div>
</article><div class="more-box"><p>Every Friday morning we send the best stories of the week to our readers.</p></div></main>
</div></body></html>`;
    const top = topOf(html);
    expect(top?.attribs.id).not.toBe('page');
    expect(top?.name).toBe('article');
  });
});
