import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/per-document/parse/html/extract-html.js';

const BODY =
  '<p>The river rose by two metres overnight, and the town council opened the emergency shelters in the school gym and the old church hall before midnight.</p>' +
  '<p>Residents of the lower streets were asked to move their cars to higher ground, while volunteers filled sandbags at the fire station until the early morning.</p>';

const page = (head: string) => `<!doctype html><html lang="en"><head>${head}</head><body><article><h1>River floods the old town</h1>${BODY}</article></body></html>`;
const siteOf = (head: string) => extractHtml(page(head)).meta.site;
const ld = (publisher: unknown) =>
  `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'River floods the old town', publisher })}</script>`;

describe('html site name', () => {
  it("takes the publisher's name over an og:site_name that adds a tagline, a legal form or a domain ending to it", () => {
    const org = { '@type': 'Organization', name: 'Nordlicht Kurier' };
    expect(siteOf(`<meta property="og:site_name" content="Nordlicht Kurier - Nachrichten aus dem Norden">${ld(org)}`)).toBe('Nordlicht Kurier');
    expect(siteOf(`<meta property="og:site_name" content="Nordlicht Kurier GmbH">${ld(org)}`)).toBe('Nordlicht Kurier');
    expect(siteOf(`<meta property="og:site_name" content="Nordlicht Kurier.de">${ld(org)}`)).toBe('Nordlicht Kurier');
  });

  it('keeps an og:site_name that is another name than the publisher, or that runs on from it without a separator', () => {
    expect(siteOf(`<meta property="og:site_name" content="Penboard">${ld({ '@type': 'Organization', name: 'Lakeside Engineering' })}`)).toBe('Penboard');
    expect(siteOf(`<meta property="og:site_name" content="Klima-Wende-Initiative">${ld({ '@type': 'Organization', name: 'Klima Wende' })}`)).toBe('Klima-Wende-Initiative');
  });

  it("does not take a publisher's company name (a legal form) for the site, prefers application-name, and cuts a publisher's tagline", () => {
    const company = { '@type': 'Organization', name: 'Nordlicht Medien Sp. z o.o.' };
    expect(siteOf(`<meta name="twitter:site" content="@nordlicht">${ld(company)}`)).toBe('nordlicht');
    expect(siteOf(`<meta name="application-name" content="Nordlicht">${ld({ '@type': 'Organization', name: 'Nordlicht Verlag' })}`)).toBe('Nordlicht');
    expect(siteOf(ld({ '@type': 'Organization', name: 'Nordlicht Kurier - Nachrichten aus dem Norden' }))).toBe('Nordlicht Kurier');
    expect(siteOf(`<meta property="og:site_name" content="Nordlicht Kurier, Inc.">${ld({ '@type': 'Organization', name: 'Nordlicht Kurier' })}`)).toBe('Nordlicht Kurier');
  });

  it("takes an organisation publisher's name, also through an @id, before the Twitter handle", () => {
    expect(siteOf(`<meta name="twitter:site" content="@harbour_gaz">${ld({ '@type': 'Organization', name: 'The Harbour Gazette' })}`)).toBe('The Harbour Gazette');
    const graph = {
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'The Harbour Gazette' },
        { '@type': 'NewsArticle', headline: 'River floods the old town', publisher: { '@id': '#org' } },
      ],
    };
    expect(siteOf(`<meta name="twitter:site" content="@harbour_gaz"><script type="application/ld+json">${JSON.stringify(graph)}</script>`)).toBe('The Harbour Gazette');
  });
});
