import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/per-document/parse/html/extract-html.js';
import { P1, P2, P3 } from './prose.js';

const text = (html: string) => extractHtml(html).blocks.map((b) => b.text).join('\n');

describe('extractHtml recall: class patterns', () => {
  it('does not take component-library "cmp-" classes for a cookie consent box', () => {
    const html = `<html><body><nav><a href="/">Home</a></nav>
<main><div class="cmp-container"><h1>Budget approved</h1>
<div class="cmp-text"><p>${P1}</p><p>${P2}</p></div>
<div class="cmp-text"><p>${P3}</p></div></div></main>
<div class="cmp-banner"><p>We use cookies to improve your experience. Accept all cookies?</p></div>
</body></html>`;
    const t = text(html);
    expect(t).toContain(P1);
    expect(t).toContain(P3);
    expect(t).not.toContain('We use cookies');
  });
});

describe('extractHtml recall: wrappers inside a content-named container', () => {
  it('keeps a page-builder "widget" wrapper inside the post-content widget when it holds prose', () => {
    const long = `${P1} ${P2}`;
    const html = `<html><body>
<div class="elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h1>Budget approved</h1></div></div>
<div class="elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container"><p>${long}</p><p>${P3}</p></div></div>
<div class="sidebar"><div class="widget"><h3>Recent posts</h3><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul></div></div>
</body></html>`;
    const t = text(html);
    expect(t).toContain(P1);
    expect(t).toContain(P3);
    expect(t).not.toContain('Recent posts');
  });
});

describe('extractHtml recall: inline link wrappers', () => {
  it('does not cut a paragraph at a span that only wraps a link', () => {
    const html = `<html><body><article><h1>Budget approved</h1>
<p>${P1}</p>
<p>According to a statement the <span class="link"><a href="/budget">city budget</a></span> now covers three new schools and a library, the council said on Tuesday.</p>
<p>${P2}</p><p>${P3}</p></article></body></html>`;
    const t = text(html);
    expect(t).toContain('According to a statement the city budget now covers three new schools');
  });
});

describe('extractHtml recall: a lead outside the article root', () => {
  const LEAD = 'Three new schools, a library and a repaired bridge: the council has passed the largest budget in the history of the town, against fierce opposition.';
  const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/s${i}">Another story about the town council number ${i}</a></li>`).join('');
  const page = (header: string) => `<html><body><nav><a href="/">Home</a></nav>
<div class="page"><div class="article-head">${header}</div>
<div class="wrap"><div class="article-text"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P1.replace('Tuesday', 'Monday')}</p></div>
<div class="more"><h3>More</h3><ul>${links}</ul></div></div></div>
</body></html>`;
  it('takes in a prose lead between the headline and the body', () => {
    const t = text(page(`<h1>Budget approved</h1><div class="intro"><p>${LEAD}</p></div>`));
    expect(t).toContain(LEAD);
    expect(t.indexOf(LEAD)).toBeLessThan(t.indexOf(P1));
    expect(t).not.toContain('Another story');
  });
  it('takes the headline from itemprop="headline" when the page has no h1', () => {
    const t = text(page(`<div class="title" itemprop="headline">Budget approved</div><p class="excerpt">${LEAD}</p>`));
    expect(t).toContain(LEAD);
  });
  it('leaves out an author note in the header', () => {
    const bio = 'Jane Smith has covered city politics for twenty years and has written for several regional papers, among them the Example Gazette and the Example Herald.';
    const t = text(page(`<h1>Budget approved</h1><div class="author-box"><p>${bio}</p></div>`));
    expect(t).not.toContain(bio);
    expect(t).toContain(P1);
  });
  it('climbs over single-child wrappers and a nested <html>/<body> to reach the lead', () => {
    const deep = `<html><body><nav><a href="/">Home</a></nav>
<main><header class="entry-header"><h1>Budget approved</h1><div class="lead"><p>${LEAD}</p></div></header>
<div class="main-content"><article class="post"><div class="entry-content"><div class="article-body"><html><body>
${[P1, P2, P3, P1, P2, P3].map((p) => `<p>${p}</p>`).join('')}</body></html></div></div></article></div>
<div class="more"><h3>More</h3><ul>${links}</ul></div></main>
</body></html>`;
    const t = text(deep);
    expect(t).toContain(LEAD);
    expect(t.indexOf(LEAD)).toBeLessThan(t.indexOf(P1));
    expect(t).not.toContain('Another story');
  });
  it('takes no prose from before the headline', () => {
    const promo = 'Our town, our paper: independent local reporting every single day, from the council chamber to the football pitch and everywhere in between.';
    const t = text(page(`<div class="promo-line"><p>${promo}</p></div><h1>Budget approved</h1>`));
    expect(t).not.toContain(promo);
  });
});
