import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/per-document/parse/html/extract-html.js';
import { splitAuthors } from '../../../src/per-document/parse/html/metadata/index.js';

describe('byline labels', () => {
  it('strips role and piece labels before the name', () => {
    expect(splitAuthors('FOCUS-Online-Experte Robin Tschöpe')).toEqual(['Robin Tschöpe']);
    expect(splitAuthors('Interview: Julia Lauter')).toEqual(['Julia Lauter']);
    expect(splitAuthors('Text, Interview: Harald Willenbrock')).toEqual(['Harald Willenbrock']);
    expect(splitAuthors('Eine Kolumne von Nils Pickert')).toEqual(['Nils Pickert']);
    expect(splitAuthors('Erstellt von Andri Bryner')).toEqual(['Andri Bryner']);
    expect(splitAuthors('| Autor: gnaddrig')).toEqual(['gnaddrig']);
    expect(splitAuthors('Themenstarter Pepemaus')).toEqual(['Pepemaus']);
    expect(splitAuthors('Disko Von Ernst Lohoff')).toEqual(['Ernst Lohoff']);
  });

  it('keeps name particles, initials and drops degrees and other credits', () => {
    expect(splitAuthors('Walter von Aachen')).toEqual(['Walter von Aachen']);
    expect(splitAuthors('Jose de la Cruz')).toEqual(['Jose de la Cruz']);
    expect(splitAuthors('Nicolas Gutierrez C.')).toEqual(['Nicolas Gutierrez C.']);
    expect(splitAuthors('Grant Tinsley, PhD')).toEqual(['Grant Tinsley']);
    expect(splitAuthors('Text von Christian Seiler Illustration von Markus Roost')).toEqual(['Christian Seiler']);
    expect(splitAuthors('- Redaktion: Eberhard Fuhr (Pressesprecher des EJW)')).toEqual(['Eberhard Fuhr']);
  });

  it('decodes entities left escaped in structured data', () => {
    expect(splitAuthors('Redacci&oacute;n Diario Pagina Siete')).toEqual(['Redacción Diario Pagina Siete']);
  });

  it('passes over a JSON-LD author that is the site itself for the visible byline', () => {
    const html = `<html><head><meta property="og:site_name" content="Handwerksblatt">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Masks at work","author":{"name":"handwerksblatt.de"}}</script></head>
<body><article><h1>Masks at work</h1><div class="article_autor"><span itemprop="author">Kirsten Freund</span></div>
<p>From Monday, employers must offer two tests a week to every employee who does not work from home, the ministry said on Friday in Berlin.</p>
<p>The rule applies until the end of June and covers apprentices as well as part-time staff, according to the draft that was seen by reporters.</p></article></body></html>`;
    expect(extractHtml(html).meta.byline).toBe('Kirsten Freund');
  });
});
