import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/per-document/parse/html/extract-html.js';
import { stripSiteName } from '../../../src/per-document/parse/html/metadata/index.js';
import { stripSiteFromTitle } from '../../../src/per-document/metadata/site-name.js';

const BODY =
  '<p>The river rose by two metres overnight, and the town council opened the emergency shelters in the school gym and the old church hall before midnight.</p>' +
  '<p>Residents of the lower streets were asked to move their cars to higher ground, while volunteers filled sandbags at the fire station until the early morning.</p>';

const page = (head: string, body: string) => `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
const titleOf = (html: string) => extractHtml(html).meta.title;

describe('html title', () => {
  it('prefers the post h1 that agrees with og:title over a site-name h1 before it', () => {
    const html = page(
      '<title>River floods the old town – Riverside Diary</title><meta property="og:title" content="River floods the old town">',
      `<header><h1 class="site-title"><a href="/">Riverside Diary</a></h1></header><article><h1 class="entry-title">River floods the old town</h1>${BODY}</article>`,
    );
    expect(titleOf(html)).toBe('River floods the old town');
  });

  it('looks at every h1, not only the first three', () => {
    const html = page(
      '<title>River floods the old town - Riverside Sports Club e.V.</title>',
      `<h1>Quicklinks</h1><h1>Navigation</h1><h1>Press releases</h1><article><h1>River floods the old town</h1>${BODY}</article>`,
    );
    expect(titleOf(html)).toBe('River floods the old town');
  });

  it('uses an h2 or a title-classed element when no h1 agrees with the declared title', () => {
    const html = page(
      '<title>River floods the old town | Riverside News</title>',
      `<div class="logo">Riverside News</div><article><h2 class="entry__title">River floods the old town</h2>${BODY}</article>`,
    );
    expect(titleOf(html)).toBe('River floods the old town');
  });

  it('drops a kicker span from the headline', () => {
    const html = page(
      '<title>Weather: River floods the old town | Riverside News</title><meta property="og:title" content="Weather: River floods the old town">',
      `<article><h1 class="article-heading"><span class="article-heading__kicker">Weather</span><span class="visually-hidden">: </span><span class="article-heading__title">River floods the old town</span></h1>${BODY}</article>`,
    );
    expect(titleOf(html)).toBe('River floods the old town');
  });

  it('passes over an h1 hidden for screen readers when a visible heading agrees', () => {
    const html = page(
      '<title>River floods the old town | Riverside News</title><meta property="og:title" content="River floods the old town">',
      `<h1 class="visuallyhidden">River floods the old town | Riverside News</h1><article><h2 class="title">River floods the old town</h2>${BODY}</article>`,
    );
    expect(titleOf(html)).toBe('River floods the old town');
  });

  it('takes the one visible h1 over an unrelated SEO title', () => {
    const html = page(
      '<title>Cheap flood insurance - compare now | Example</title><meta property="og:title" content="Cheap flood insurance - compare now">',
      `<article><h1>How to protect your house from floods</h1>${BODY}</article>`,
    );
    expect(titleOf(html)).toBe('How to protect your house from floods');
  });

  it('keeps the declared spelling when the h1 says the same with other quotes', () => {
    const html = page(
      `<meta property="og:title" content="'Deep Harbor' cuts may be released">`,
      `<article><h1>‘Deep Harbor’ cuts may be released</h1>${BODY}</article>`,
    );
    expect(titleOf(html)).toBe("'Deep Harbor' cuts may be released");
  });

  it('drops a separator left dangling by an empty site name, and a date written before the headline', () => {
    expect(titleOf(page('<meta property="og:title" content="River floods the old town -">', `<article><h1>River floods the old town</h1>${BODY}</article>`))).toBe(
      'River floods the old town',
    );
    expect(titleOf(page('<title>23.01.2022 - River floods the old town - Riverside</title>', `<article><h1>23.01.2022 - River floods the old town</h1>${BODY}</article>`))).toBe(
      'River floods the old town',
    );
  });

  it('leaves out a date and categories that the heading holds after the declared title', () => {
    const html = page(
      '<meta property="og:title" content="River floods the old town">',
      `<article><h1>River floods the old town <span class="meta">02.02.2022 • News, Local</span></h1>${BODY}</article>`,
    );
    expect(titleOf(html)).toBe('River floods the old town');
  });

  it('reads a title whole when the heading continues into it without a separator (CJK "_site")', () => {
    expect(titleOf(page('<title>林晓雨_百度百科</title>', `<article><h1>林晓雨</h1>${BODY}</article>`))).toBe('林晓雨_百度百科');
  });

  it('takes a one-word h1 against a composite <title>, and the <title> when it is one part', () => {
    expect(titleOf(page('<title>Geschichte - Turnverein Lindental</title>', `<article><h1>Vereinsgeschichte</h1>${BODY}</article>`))).toBe('Vereinsgeschichte');
    expect(titleOf(page('<title>Base URL with base test</title>', `<article><h1>Lorem</h1>${BODY}</article>`))).toBe('Base URL with base test');
  });

  it('takes the heading below a masthead that spells the site part of the <title>', () => {
    const html = page(
      '<title>Kleine Wolkenkunde | Flauschi die Wolke – Webcomic</title>',
      `<header><h1>Flauschi die Wolke – Webcomic</h1></header><article><h1>Kleine Wolkenkunde</h1>${BODY}</article>`,
    );
    expect(titleOf(html)).toBe('Kleine Wolkenkunde');
  });

  it('does not take a site-name heading in the footer for the headline', () => {
    const html = page(
      '<title>River floods the old town | Riverside News</title>',
      `<article><h1>River floods the old town</h1>${BODY}</article><footer><h2>Riverside News</h2></footer>`,
    );
    expect(titleOf(html)).toBe('River floods the old town');
  });

  it("keeps the heading's dash when the declared title writes a hyphen", () => {
    const html = page(
      '<meta property="og:title" content="Corvia in Sorge - Bilanzen und Sanierungsplan">',
      `<article><h1>Corvia in Sorge – Bilanzen und Sanierungsplan</h1>${BODY}</article>`,
    );
    expect(titleOf(html)).toBe('Corvia in Sorge – Bilanzen und Sanierungsplan');
  });

  it('reads the <title> without the part a masthead h1 spells: a site name at its end, a breadcrumb after it', () => {
    const end = page('<title>Leise Wellen - Tanzschule - Nordhafen</title>', `<header><h1>Tanzschule - Nordhafen</h1></header><article>${BODY}</article>`);
    expect(titleOf(end)).toBe('Leise Wellen');
    const crumbs = page('<title>Hafenblog » Archiv » Leise Wellen über dem Kai</title>', `<header><h1>Hafenblog</h1></header><article>${BODY}</article>`);
    expect(titleOf(crumbs)).toBe('Leise Wellen über dem Kai');
  });

  it('keeps an h1 that a declared title spells, or a long first part of a breadcrumb title, as the headline', () => {
    const declared = page(
      '<title>Hafen Tech Blog | Tidal charts for beginners</title><meta property="og:title" content="Tidal charts for beginners">',
      `<article><h1>Tidal charts for beginners</h1>${BODY}</article>`,
    );
    expect(titleOf(declared)).toBe('Tidal charts for beginners');
    const reversed = page('<title>River floods the old town / News / Home - Riverside Online with news and pictures</title>', `<article><h1>River floods the old town</h1>${BODY}</article>`);
    expect(titleOf(reversed)).toBe('River floods the old town');
  });

  it('keeps a subtitle the heading runs on after the declared title, but not a date after it', () => {
    const subtitle = page(
      '<meta property="og:title" content="Lemon cake from the tray | Baking Corner">',
      `<article><h1>Lemon cake from the tray: simply delicious!</h1>${BODY}</article>`,
    );
    expect(titleOf(subtitle)).toBe('Lemon cake from the tray: simply delicious!');
    const dated = page(
      '<meta property="og:title" content="Lemon cake from the tray | Baking Corner">',
      `<article><h1>Lemon cake from the tray - 02.02.2022</h1>${BODY}</article>`,
    );
    expect(titleOf(dated)).toBe('Lemon cake from the tray');
  });

  it("takes a one-word h1 against a one-part <title> that is the site's name, as the host spells it", () => {
    const html = page('<title>Kanzlei Birnbaum</title><link rel="canonical" href="https://kanzleibirnbaum.example.de/index.html">', `<article><h1>Willkommen!</h1>${BODY}</article>`);
    expect(titleOf(html)).toBe('Willkommen!');
    const other = page('<title>Kanzlei Birnbaum</title><link rel="canonical" href="https://rechtsrat.example.de/index.html">', `<article><h1>Willkommen!</h1>${BODY}</article>`);
    expect(titleOf(other)).toBe('Kanzlei Birnbaum');
  });

  it('cuts a site name set off by a box-drawing bar', () => {
    expect(stripSiteName('Tidal charts for beginners │ Hafen Blog')).toBe('Tidal charts for beginners');
    expect(stripSiteFromTitle('Tidal charts for beginners │ Hafen Blog', 'www.hafenblog.example')).toBe('Tidal charts for beginners');
  });
});
