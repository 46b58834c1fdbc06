import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/per-document/parse/html/extract-html.js';
import { P1, P2, P3 } from './prose.js';

const SUMMARY = 'A look at how the town paid for its last big school building, and why the same trick will not work a second time, say the auditors.';

const page = (inside: string) => `<html><body>
<main><article><h1>Budget approved</h1>
<p>${P1}</p><p>${P2}</p>
${inside}
<p>${P3}</p></article></main>
</body></html>`;

const extract = (html: string) => extractHtml(html);

describe('extractHtml: teaser cards inside the article', () => {
  it('drops a card whose one link wraps its headline and summary', () => {
    const x = extract(page(`<div class="card"><a href="/schools"><div class="card-text"><h3>How the last school was paid for</h3><p>${SUMMARY}</p></div></a></div>`));
    const text = x.blocks.map((b) => b.text).join('\n');
    expect(text).not.toContain('How the last school was paid for');
    expect(text).not.toContain(SUMMARY);
    expect(text).toContain(P3);
    expect(x.removed.find((r) => r.text.includes(SUMMARY))?.rule).toBe('html/link-box');
  });

  it('keeps a paragraph with a link in it', () => {
    const linked = `<div class="note"><p>${SUMMARY.replace('school building', '<a href="/s">school building</a>')}</p></div>`;
    const text = extract(page(linked)).blocks.map((b) => b.text).join('\n');
    expect(text).toContain('school building, and why');
  });
});

describe('extractHtml: data tables whose cells are links', () => {
  const table = (head: string) => `<table>${head}<tbody>
<tr><td><a href="/forms/a">Form A for households</a></td><td><a href="/forms/a.pdf">PDF</a></td></tr>
<tr><td><a href="/forms/b">Form B for companies</a></td><td><a href="/forms/b.pdf">PDF</a></td></tr></tbody></table>`;

  it('keeps a table with a row of column headers, though nearly all of it is links', () => {
    const text = extract(page(table('<thead><tr><th>Form</th><th>Download</th></tr></thead>'))).blocks.map((b) => b.text).join('\n');
    expect(text).toContain('Form B for companies');
  });

  it('drops the same table of links without headers, as a box of links', () => {
    const x = extract(page(table('')));
    expect(x.blocks.map((b) => b.text).join('\n')).not.toContain('Form B for companies');
  });
});
