import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/per-document/parse/html/extract-html.js';
import { P1, P2, P3 } from './prose.js';

const text = (html: string) => extractHtml(html).blocks.map((b) => b.text).join('\n');

/** A page builder's row: the content sits six wrappers deep. */
const row = (inner: string) =>
  `<div class="pb-row"><div class="pb-column"><div class="pb-column-inner"><div class="pb-wrapper"><div class="pb-text-column"><div class="pb-wrapper">${inner}</div></div></div></div></div></div>`;

const page = (bodyClass: string, rows: string) => `<html><body>
<header><a href="/">Home</a> <a href="/news">News</a></header>
<div class="layout"><div class="${bodyClass}">${rows}</div>
<div class="col-side"><h3>Opening hours</h3><p>Monday to Friday, nine to five.</p></div></div>
</body></html>`;

const TABLE = `<table><tr><td>Paid by the town</td><td>Yes</td></tr><tr><td>Paid by the county</td><td>No</td></tr><tr><td>Paid by grants</td><td>Partly</td></tr></table>`;

describe('extractHtml: a container that names itself the article body', () => {
  it('takes every row of a page-builder layout under entry-content, not only the best column', () => {
    const t = text(page('entry-content', row(`<p>${P1}</p><p>${P2}</p><p>${P3}</p>`) + row(`<h2>Who pays</h2>${TABLE}`)));
    expect(t).toContain(P1);
    expect(t).toContain('Paid by the county');
    expect(t).not.toContain('Opening hours');
  });

  it('does not take a page-level middle column (main-content) for the body', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/story/${i}">Another story from the archive, number ${i}</a></li>`).join('');
    const t = text(page('main-content', row(`<p>${P1}</p><p>${P2}</p><p>${P3}</p>`) + row(`<ul>${links}</ul>`)));
    expect(t).toContain(P1);
    expect(t).not.toContain('Another story from the archive');
  });

  it('keeps to the best column when what the named body adds is mostly links', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<a href="/story/${i}">Another story from the archive, number ${i}</a> `).join('');
    const t = text(page('article-body', row(`<p>${P1}</p><p>${P2}</p><p>${P3}</p>`) + row(`<div class="pb-text">${links}</div>`)));
    expect(t).toContain(P1);
    expect(t).not.toContain('Another story from the archive');
  });
});
