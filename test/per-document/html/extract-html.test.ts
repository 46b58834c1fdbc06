import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/per-document/parse/html/extract-html.js';
import type { SitePack } from '../../../src/config/rules.js';
import { P1, P2, P3 } from './prose.js';

const texts = (html: string, url?: string) => extractHtml(html, { url }).blocks.map((b) => b.text);


const NEWS = `<!doctype html>
<html lang="en-GB"><head>
<title>Council approves budget | The Daily Example</title>
<meta property="og:title" content="Council approves budget">
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<link rel="canonical" href="https://news.example.com/2024/03/council-budget">
<base href="https://news.example.com/articles/">
</head><body class="has-comments">
<header class="site-header"><a href="/">The Daily Example</a><nav><ul><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main>
<article>
<h1>Council approves budget</h1>
<p class="byline">By <a rel="author" href="/staff/jane">Jane Smith</a> and Tom Brown | Staff</p>
<div class="share-bar"><a href="https://facebook.com/share">Share on Facebook</a> <a href="https://twitter.com/share">Tweet</a></div>
<p>${P1}</p>
<figure><img src="x.jpg"><figcaption>The old bridge. Photo: J. Doe</figcaption></figure>
<p>${P2.replace('two percent', '<a href="../data/taxes.html">two percent</a>')}</p>
<div class="newsletter-signup"><h3>Get our morning briefing</h3><p>Sign up for the newsletter and never miss a story.</p></div>
<p>${P3}</p>
<ul><li>Three new schools</li><li>A new library</li></ul>
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Budget row deepens</a></li><li><a href="/b">Mayor under fire</a></li></ul></aside>
<section id="comments"><h2>Comments</h2><p>Great news for the town, finally some schools!</p></section>
</main>
<footer><p>© 2024 The Daily Example. All rights reserved.</p></footer>
</body></html>`;

describe('extractHtml: news article', () => {
  const x = extractHtml(NEWS, { url: 'https://news.example.com/2024/03/council-budget' });
  const text = x.blocks.map((b) => b.text);

  it('keeps the headline, paragraphs and the short list in reading order', () => {
    expect(text).toEqual(['Council approves budget', P1, P2, P3, 'Three new schools', 'A new library']);
    expect(x.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph', 'list-item', 'list-item']);
    expect(x.blocks[0]!.level).toBe(1);
    expect(x.blocks[4]!.level).toBe(1);
    expect(x.blocks.map((b) => b.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(x.removed.find((r) => r.text.startsWith('By Jane Smith'))).toMatchObject({ kind: 'metadata', rule: 'html/class-pattern/byline' });
  });

  it('records the chaff it removed with kinds and named rules', () => {
    const find = (s: string) => x.removed.find((r) => r.text.includes(s));
    expect(find('Share on Facebook')).toMatchObject({ kind: 'share', rule: 'html/class-pattern/share' });
    expect(find('Sign up for the newsletter')).toMatchObject({ kind: 'newsletter', rule: 'html/class-pattern/newsletter' });
    expect(find('Budget row deepens')?.kind).toBe('related');
    expect(find('Great news for the town')).toMatchObject({ kind: 'comments', rule: 'html/class-pattern/comments' });
    expect(find('All rights reserved')?.kind).toBe('legal');
    expect(find('The old bridge. Photo')).toMatchObject({ kind: 'credit', rule: 'html/tag/figcaption' });
    expect(find('Politics')?.kind).toBe('navigation');
    for (const r of x.removed) {
      expect(r.text).not.toBe('');
      expect(r.text).not.toMatch(/\s{2}/);
    }
  });

  it('resolves links against <base> and gives offsets into the block text', () => {
    const b = x.blocks[2]!;
    expect(b.links).toHaveLength(1);
    const link = b.links[0]!;
    expect(b.text.slice(link.start, link.end)).toBe('two percent');
    expect(link.href).toBe('https://news.example.com/data/taxes.html');
  });

  it('gives a context of the enclosing containers', () => {
    expect(x.blocks[1]!.context).toContain('article');
  });

  it('reads the metadata', () => {
    expect(x.meta.title).toBe('Council approves budget');
    expect(x.meta.site).toBe('The Daily Example');
    expect(x.meta.published).toBe('2024-03-05T09:30:00Z');
    expect(x.meta.language).toBe('en-GB');
    expect(x.meta.url).toBe('https://news.example.com/2024/03/council-budget');
    expect(x.meta.authors).toEqual(['Jane Smith', 'Tom Brown']);
    expect(x.meta.byline).toBe('Jane Smith, Tom Brown');
  });
});

describe('extractHtml: blog post with JSON-LD @graph', () => {
  const html = `<html><head><title>How I bake sourdough - Crumb &amp; Co</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","@id":"https://crumb.example/#site","name":"Crumb & Co"},
 {"@type":"Person","@id":"https://crumb.example/#anna","name":"Anna Keller"},
 {"@type":"BlogPosting","headline":"How I bake sourdough","datePublished":"2023-11-02T08:00:00+01:00",
  "author":[{"@id":"https://crumb.example/#anna"},{"@type":"Person","name":"Ben Ode"}],"publisher":{"@id":"https://crumb.example/#site"}}]}</script>
<script type="application/ld+json">{ this is not json </script>
</head><body>
<div id="sidebar"><h3>Archives</h3><ul><li><a href="/2023/10">October</a></li></ul></div>
<div class="entry-content">
<h2>What you need</h2>
<ul><li>Flour, 500 g<ul><li>Whole wheat works too</li></ul></li><li>Water, 350 g</li></ul>
<p>Mix the flour and water, then rest the dough for an hour; this autolyse makes the dough easier to handle later on.</p>
<pre>  temp: 24 C
  time: 5 h</pre>
<blockquote><p>Patience is the secret ingredient, every single time.</p></blockquote>
<table><tr><th>Step</th><th>Time</th></tr><tr><td>Bulk</td><td>5 h</td></tr></table>
<p>Bake at 250 degrees for twenty minutes with the lid on, then twenty more without it, until the crust is deep brown.</p>
</div></body></html>`;
  const x = extractHtml(html);

  it('keeps lists with nesting depth, code, quotes and table rows', () => {
    const got = x.blocks.map((b) => [b.type, b.level ?? null, b.text]);
    expect(got).toEqual([
      ['heading', 2, 'What you need'],
      ['list-item', 1, 'Flour, 500 g'],
      ['list-item', 2, 'Whole wheat works too'],
      ['list-item', 1, 'Water, 350 g'],
      ['paragraph', null, 'Mix the flour and water, then rest the dough for an hour; this autolyse makes the dough easier to handle later on.'],
      ['code', null, '  temp: 24 C\n  time: 5 h'],
      ['quote', null, 'Patience is the secret ingredient, every single time.'],
      ['table-row', null, 'Step | Time'],
      ['table-row', null, 'Bulk | 5 h'],
      ['paragraph', null, 'Bake at 250 degrees for twenty minutes with the lid on, then twenty more without it, until the crust is deep brown.'],
    ]);
  });

  it('reads @graph metadata with referenced authors and ignores malformed JSON-LD', () => {
    expect(x.meta.title).toBe('How I bake sourdough');
    expect(x.meta.authors).toEqual(['Anna Keller', 'Ben Ode']);
    expect(x.meta.published).toBe('2023-11-02T08:00:00+01:00');
    expect(x.meta.site).toBe('Crumb & Co');
  });

  it('records the sidebar as removed', () => {
    expect(x.removed.some((r) => r.rule === 'html/class-pattern/sidebar' && r.text.includes('Archives'))).toBe(true);
  });
});

describe('extractHtml: fragments and broken HTML', () => {
  it('handles a fragment without <html> or <body>', () => {
    const x = extractHtml(`<p>${P1}</p><p>${P2}</p>`);
    expect(x.blocks.map((b) => b.text)).toEqual([P1, P2]);
    expect(x.messages).toEqual([]);
  });

  it('does not let a self-closed <script/> swallow the page', () => {
    expect(texts(`<html><head><script src="a.js"/></head><body><p>${P1}</p></body></html>`)).toEqual([P1]);
  });

  it('survives unclosed tags', () => {
    const got = texts(`<div class="content"><p>${P1}<p>${P2}<div><b>${P3}</div>`);
    expect(got).toEqual([P1, P2, P3]);
  });

  it('gives empty blocks and a message for an empty body', () => {
    for (const html of ['', '<html><body></body></html>', '<html><head><title>x</title></head><body>   </body></html>']) {
      const x = extractHtml(html);
      expect(x.blocks).toEqual([]);
      expect(x.messages.some((m) => m.reason.includes('no main content'))).toBe(true);
    }
  });

  it('does not throw on very deep nesting or huge inline data', () => {
    const deep = '<div>'.repeat(20000) + `<p>${P1}</p>` + '</div>'.repeat(20000);
    const x = extractHtml(deep);
    expect(x.blocks.map((b) => b.text).join(' ')).toContain('The city council voted');
    const huge = `<html><body><script>var x = "${'a'.repeat(2_000_000)}";</script><img src="data:image/png;base64,${'A'.repeat(1_000_000)}"><p>${P1}</p></body></html>`;
    expect(texts(huge)).toEqual([P1]);
  });

  it('keeps <br> as a line break', () => {
    const x = extractHtml(`<div class="post"><p>Roses are red,<br>violets are blue, and this poem is long enough to count as text.</p></div>`);
    expect(x.blocks[0]!.text).toBe('Roses are red,\nviolets are blue, and this poem is long enough to count as text.');
  });

  it('does not treat hidden elements or head-like class names as chaff by mistake', () => {
    const x = extractHtml(`<div class="download-area shadow"><div class="article-header"><h1>Headline here</h1></div><p>${P1}</p><p hidden>Hidden teaser text that is not shown at all.</p><p>${P2}</p></div>`);
    expect(x.blocks.map((b) => b.text)).toEqual(['Headline here', P1, P2]);
    expect(x.removed.some((r) => r.rule === 'html/hidden' && r.text.startsWith('Hidden teaser'))).toBe(true);
  });
});

describe('extractHtml: legacy table layout', () => {
  it('finds the article in a layout table and drops the link column', () => {
    const html = `<html><body><table width="100%"><tr>
<td width="150"><a href="/">Home</a><br><a href="/news">News</a><br><a href="/about">About us</a><br><a href="/contact">Contact</a></td>
<td><font face="Arial"><b>Annual report</b><br><br>${P1}<br><br>${P2}<br><br>${P3}</font></td>
</tr></table></body></html>`;
    const x = extractHtml(html);
    const all = x.blocks.map((b) => b.text).join('\n');
    expect(all).toContain(P1);
    expect(all).toContain(P3);
    expect(all).not.toContain('About us');
    expect(x.removed.some((r) => ['outside-article', 'navigation', 'related'].includes(r.kind) && r.text.includes('About us'))).toBe(true);
  });
});

describe('extractHtml: German and French pages', () => {
  it('reads a German article with "Von" byline and a dotted date', () => {
    const html = `<html lang="de"><head><title>Neue Radwege für die Altstadt – Stadtanzeiger</title></head><body>
<nav class="hauptnavigation"><a href="/">Startseite</a></nav>
<div class="artikel">
<h1>Neue Radwege für die Altstadt</h1>
<div class="meta"><span class="autor">Von Petra Müller</span> <span class="datum">12.03.2021</span></div>
<p>Der Stadtrat hat am Dienstag beschlossen, in der Altstadt neue Radwege anzulegen, die ab dem Sommer befahrbar sein sollen.</p>
<p>Die Kosten von rund zwei Millionen Euro trägt zum größten Teil das Land, wie die Verwaltung mitteilte; der Rest kommt aus dem städtischen Haushalt.</p>
<div class="weitere-artikel"><h3>Weitere Artikel</h3><ul><li><a href="/a">Baustelle am Markt</a></li></ul></div>
</div></body></html>`;
    const x = extractHtml(html);
    expect(x.blocks.map((b) => b.text)).toEqual([
      'Neue Radwege für die Altstadt',
      'Der Stadtrat hat am Dienstag beschlossen, in der Altstadt neue Radwege anzulegen, die ab dem Sommer befahrbar sein sollen.',
      'Die Kosten von rund zwei Millionen Euro trägt zum größten Teil das Land, wie die Verwaltung mitteilte; der Rest kommt aus dem städtischen Haushalt.',
    ]);
    expect(x.meta).toMatchObject({ title: 'Neue Radwege für die Altstadt', byline: 'Petra Müller', published: '2021-03-12', language: 'de' });
    expect(x.removed.find((r) => r.text.includes('Baustelle am Markt'))?.kind).toBe('related');
    expect(x.removed.filter((r) => r.kind === 'metadata').map((r) => r.text)).toEqual(['Von Petra Müller', '12.03.2021']);
  });

  it('reads a French article with og:locale and a "Par" byline', () => {
    const html = `<html><head><meta property="og:locale" content="fr_FR"><meta property="og:title" content="La forêt recule encore">
<meta name="author" content="Par Claire Dubois"><meta name="date" content="2020-06-15"></head><body>
<div id="cookie-banner">Nous utilisons des cookies pour améliorer votre expérience. Accepter</div>
<article><h1>La forêt recule encore</h1>
<p>Selon un rapport publié lundi, la surface forestière a diminué de trois pour cent en dix ans, une baisse plus rapide que prévu.</p>
<p>Les auteurs appellent à une action rapide des pouvoirs publics, estimant que les engagements actuels ne suffiront pas à inverser la tendance.</p>
<div class="partage"><a href="#">Partager</a></div>
</article></body></html>`;
    const x = extractHtml(html);
    expect(x.blocks.map((b) => b.text)).toEqual([
      'La forêt recule encore',
      'Selon un rapport publié lundi, la surface forestière a diminué de trois pour cent en dix ans, une baisse plus rapide que prévu.',
      'Les auteurs appellent à une action rapide des pouvoirs publics, estimant que les engagements actuels ne suffiront pas à inverser la tendance.',
    ]);
    expect(x.meta).toMatchObject({ language: 'fr-FR', byline: 'Claire Dubois', published: '2020-06-15', title: 'La forêt recule encore' });
    expect(x.removed.find((r) => r.text.includes('cookies'))).toMatchObject({ kind: 'cookie', rule: 'html/class-pattern/cookie' });
  });
});

describe('extractHtml: site packs', () => {
  it('honours content and clean selectors', () => {
    const site: SitePack = {
      name: 'example',
      hosts: ['example.org'],
      html: { content: ['#story'], clean: [{ selector: '.promo-line', kind: 'advert' }] },
      rules: [],
    };
    const html = `<body><div class="main"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div><div id="story"><p>Short story text that the site pack points at.</p><p class="promo-line">Buy our magazine today!</p></div></body>`;
    const x = extractHtml(html, { site });
    expect(x.blocks.map((b) => b.text)).toEqual(['Short story text that the site pack points at.']);
    expect(x.removed).toContainEqual({ kind: 'advert', rule: 'site/example/clean', text: 'Buy our magazine today!' });
    expect(x.removed.some((r) => r.kind === 'outside-article' && r.text.includes('The city council voted'))).toBe(true);
  });

  it('gives no text when the content selector matches an empty element: the whole-body fallback does not overrule the pack', () => {
    const site: SitePack = { name: 'example', hosts: ['example.org'], html: { content: ['#story'], clean: [] }, rules: [] };
    const x = extractHtml('<body><div id="story"></div><p>Closed for the holidays</p></body>', { site });
    expect(x.blocks).toEqual([]);
  });
});
