/** Pages whose body holds no article text fall back to the text they declare, flagged low-confidence. */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/per-document/parse/html/extract-html.js';

const BODY = [
  'The old lifeboat station at Carrow Point will reopen as a maritime museum next spring, the town council confirmed on Wednesday.',
  'Volunteers raised most of the money for the repairs through quiz nights, a sponsored swim and a calendar of old photographs.',
];
const shell = (head: string) => `<!doctype html><html><head><title>Lifeboat museum</title>${head}</head><body><div id="app"></div><script src="/app.js"></script></body></html>`;

describe('declared text of pages without body text', () => {
  it('takes the JSON-LD articleBody of a page rendered by scripts, paragraph by paragraph', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Lifeboat museum', articleBody: BODY.join('\n\n') });
    const out = extractHtml(shell(`<meta name="description" content="A short teaser about the museum that has more than fifteen words in it, so it could serve."><script type="application/ld+json">${ld}</script>`));
    expect(out.blocks.map((b) => b.text)).toEqual(BODY);
    expect(out.lowConfidence).toContain('JSON-LD articleBody');
  });

  it('takes the description of a video page when it reads like text', () => {
    const description = 'Dubious traders promise help with sleep problems, joint pain and high cholesterol; the programme shows how gaps in the law let them sell.';
    const out = extractHtml(shell(`<meta property="og:description" content="${description}">`));
    expect(out.blocks.map((b) => b.text)).toEqual([description]);
    expect(out.lowConfidence).toContain('description');
  });

  it('keeps nothing from a description that is a label, and nothing when the body has text', () => {
    expect(extractHtml(shell('<meta name="description" content="Lifeboat museum news">')).blocks).toEqual([]);
    const withBody = `<html><head><meta name="description" content="${'word '.repeat(20)}"></head><body><article><p>${BODY[0]}</p><p>${BODY[1]}</p></article></body></html>`;
    const out = extractHtml(withBody);
    expect(out.blocks.map((b) => b.text)).toEqual(BODY);
    expect(out.lowConfidence).toBeUndefined();
  });
});

describe('extractHtml: a page of a few words', () => {
  it('gives the body text itself, marked low confidence, when nothing scores', () => {
    const x = extractHtml('<html><body>\n  Closed for the holidays\n</body></html>');
    expect(x.blocks.map((b) => b.text)).toEqual(['Closed for the holidays']);
    expect(x.lowConfidence).toMatch(/whole body/);
  });

  it('prefers the declared articleBody to a body of a few words', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', articleBody: BODY.join('\n\n') });
    const out = extractHtml(`<html><head><script type="application/ld+json">${ld}</script></head><body><div id="app">Loading the page</div></body></html>`);
    expect(out.blocks.map((b) => b.text)).toEqual(BODY);
  });

  it('gives nothing for a body without text', () => {
    const x = extractHtml('<html><body><div><img src="a.png"></div></body></html>');
    expect(x.blocks).toEqual([]);
  });
});
