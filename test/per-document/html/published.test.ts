import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/per-document/parse/html/extract-html.js';
import { findDate } from '../../../src/core/dates.js';

const BODY =
  '<p>The river rose by two metres overnight, and the town council opened the emergency shelters in the school gym and the old church hall before midnight.</p>' +
  '<p>Residents of the lower streets were asked to move their cars to higher ground, while volunteers filled sandbags at the fire station until the early morning.</p>';

describe('html published date', () => {
  it('prefers the date shown under the headline over article:published_time in UTC', () => {
    const html = `<html lang="de"><head><meta property="article:published_time" content="2022-11-06T23:00:00.000Z"></head>
<body><article><h1>Hochwasser in der Altstadt</h1><div class="meta"><time datetime="2022-11-06T23:00:00.000Z">07.11.2022</time></div>${BODY}</article></body></html>`;
    expect(extractHtml(html).meta.published).toBe('2022-11-07');
  });

  it('takes the published date over an updated date next to the headline', () => {
    const html = `<html lang="en"><head></head>
<body><article><h1>River floods the old town</h1><p class="date-updated">Updated March 9, 2022</p><p class="date-published">Published March 7, 2022</p>${BODY}</article></body></html>`;
    expect(extractHtml(html).meta.published).toBe('2022-03-07');
  });

  it('reads 05/07/2022 day first on a page that is not in US English', () => {
    expect(findDate('05/07/2022', { dayFirst: true })?.iso).toBe('2022-07-05');
    expect(findDate('05/07/2022', { dayFirst: false })?.iso).toBe('2022-05-07');
    const html = `<html lang="es"><head></head><body><article><h1>Crecida del río</h1><span class="fecha date">07/05/2022 10:30</span>${BODY}</article></body></html>`;
    expect(extractHtml(html).meta.published).toBe('2022-05-07');
  });

  it('lets the day in the URL settle a one-day time-zone difference', () => {
    const html = `<html lang="en"><head><link rel="canonical" href="https://news.example.com/2019/01/01/river-floods/">
<meta property="article:published_time" content="2018-12-31T23:11:59+00:00"></head><body><article><h1>River floods</h1>${BODY}</article></body></html>`;
    expect(extractHtml(html).meta.published).toBe('2019-01-01');
  });

  it('takes the date the markup declares twice over a date beside the headline days away', () => {
    const html = `<html lang="de"><head><meta property="article:published_time" content="2022-12-25T11:00:02+00:00">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Hochwasser in der Altstadt","datePublished":"2022-12-25T11:00:02+00:00"}</script></head>
<body><article><h1>Hochwasser in der Altstadt</h1><div class="meta"><span class="date">07.12.2022</span></div>${BODY}</article></body></html>`;
    expect(extractHtml(html).meta.published?.slice(0, 10)).toBe('2022-12-25');
  });

  it('keeps the shown date when a single declaration disagrees (often a modification date)', () => {
    const html = `<html lang="de"><head><meta property="article:published_time" content="2022-12-25T11:00:02+00:00"></head>
<body><article><h1>Hochwasser in der Altstadt</h1><div class="meta"><span class="date">07.12.2022</span></div>${BODY}</article></body></html>`;
    expect(extractHtml(html).meta.published).toBe('2022-12-07');
  });

  it('passes over a list of teaser dates for the date the markup declares', () => {
    const teasers = ['23. Januar 2020', '19. Mai 2019', '24. Februar 2019'].map((d) => `<li><a href="#">Beitrag</a> <span class="date">${d}</span></li>`).join('');
    const html = `<html lang="de"><head><meta property="article:published_time" content="2012-06-08T13:27:29+00:00"></head>
<body><article><h1>Raumphilosophie</h1>${BODY}<h2>Das Neueste</h2><ul>${teasers}</ul></article></body></html>`;
    expect(extractHtml(html).meta.published?.slice(0, 10)).toBe('2012-06-08');
  });

  it('reads a "Written … / Updated …" line as the written date', () => {
    const html = `<html lang="en"><head></head><body><article><h1>Colder temperatures forecast</h1>
<p class="date">Written: 2023-11-07 15:03:30 / Updated: 2023-11-08 15:30:46</p>${BODY}</article></body></html>`;
    expect(extractHtml(html).meta.published).toBe('2023-11-07');
  });

  it('reads JSON-LD wrapped in a bare CDATA section', () => {
    const html = `<html lang="en"><head><meta property="article:published_time" content="2021-08-30T10:00:00Z">
<script type="application/ld+json">
<![CDATA[
{"@type":"NewsArticle","headline":"River floods the old town","datePublished":"2021-06-14T09:12:00Z"}
]]>
</script></head><body><article><h1>River floods the old town</h1>${BODY}</article></body></html>`;
    expect(extractHtml(html).meta.published?.slice(0, 10)).toBe('2021-06-14');
  });

  it('reads a microformat date kept only in an empty element\'s title attribute', () => {
    const html = `<html lang="de"><head></head><body><article><h1>Hochwasser in der Altstadt</h1>
<span class="updated" title="2014-05-02T08:30:00+00:00"></span><abbr class="published" title="2014-04-28T18:52:11+00:00"></abbr>${BODY}</article></body></html>`;
    expect(extractHtml(html).meta.published?.slice(0, 10)).toBe('2014-04-28');
    const onlyUpdated = html.replace(/<abbr[^>]*><\/abbr>/, '');
    expect(extractHtml(onlyUpdated).meta.published?.slice(0, 10)).toBe('2014-05-02');
  });

  it('takes the date of the video a page describes when no article or page object gives one', () => {
    const ld = '{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Hochwasser in der Altstadt"},{"@type":"VideoObject","name":"Hochwasser","uploadDate":"2020-04-04T20:57:00+02:00"}]}';
    const html = `<html lang="de"><head><script type="application/ld+json">${ld}</script></head><body><article><h1>Hochwasser in der Altstadt</h1>${BODY}</article></body></html>`;
    expect(extractHtml(html).meta.published?.slice(0, 10)).toBe('2020-04-04');
    const article = ld.replace('"WebPage","name":"Hochwasser in der Altstadt"', '"NewsArticle","headline":"Hochwasser in der Altstadt","datePublished":"2020-03-30"');
    const withArticle = html.replace(ld, article);
    expect(extractHtml(withArticle).meta.published?.slice(0, 10)).toBe('2020-03-30');
  });

  it('takes no date from a comment section, however many bylines the page showed before it', () => {
    const bylines = ['Anna Beispiel', 'Bernd Muster', 'Clara Probe', 'Dieter Test', 'Eva Vorlage', 'Frank Entwurf'].map((n) => `<p class="byline">Von ${n}</p>`).join('');
    const comments = '<div id="comments"><div class="comment"><time datetime="2020-09-23T18:19:06+02:00">23.09.20 | 18:19</time><p>Danke für den Tipp!</p></div></div>';
    const html = `<html lang="de"><head></head><body><article><h1>Tomaten richtig schneiden</h1>${bylines}${BODY}</article>${comments}</body></html>`;
    expect(extractHtml(html).meta.published).toBeUndefined();
  });
});
