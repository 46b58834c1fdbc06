/** A record's URL is absolute or absent: a relative link names no page without a URL to resolve it. */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/per-document/parse/html/extract-html.js';

const page = (head: string) => `<html><head>${head}</head><body><p>The harbour board met on Thursday to discuss the future of the old fish market.</p></body></html>`;

describe('page URL', () => {
  it('resolves a relative canonical link against the page URL', () => {
    expect(extractHtml(page('<link rel="canonical" href="/news/fish-market">'), { url: 'https://gazette.example/x?y=1' }).meta.url).toBe('https://gazette.example/news/fish-market');
  });

  it('passes over a relative canonical link it cannot resolve to an absolute og:url', () => {
    expect(extractHtml(page('<link rel="canonical" href="/news/fish-market"><meta property="og:url" content="https://gazette.example/news/fish-market">')).meta.url).toBe('https://gazette.example/news/fish-market');
  });

  it('gives no URL when every link is relative and the page URL is unknown', () => {
    expect(extractHtml(page('<link rel="canonical" href="/news/fish-market"><meta property="og:url" content="">')).meta.url).toBeUndefined();
  });
});
