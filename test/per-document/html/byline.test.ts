import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/per-document/parse/html/extract-html.js';
import { splitAuthors } from '../../../src/per-document/parse/html/metadata/index.js';
import { copyrightHolder } from '../../../src/per-document/parse/html/metadata/author-fallbacks.js';
import { P1, P2, P3 } from './prose.js';

describe('byline labels', () => {
  it('strips role and piece labels before the name', () => {
    expect(splitAuthors('Garten-Experte Robin Kässler')).toEqual(['Robin Kässler']);
    expect(splitAuthors('Interview: Julia Brandner')).toEqual(['Julia Brandner']);
    expect(splitAuthors('Text, Interview: Harald Overbeck')).toEqual(['Harald Overbeck']);
    expect(splitAuthors('Eine Kolumne von Timo Arndtsen')).toEqual(['Timo Arndtsen']);
    expect(splitAuthors('Erstellt von Andri Caflisch')).toEqual(['Andri Caflisch']);
    expect(splitAuthors('| Autor: knurzel')).toEqual(['knurzel']);
    expect(splitAuthors('Themenstarter Mausebär')).toEqual(['Mausebär']);
    expect(splitAuthors('Debatte Von Ernst Kettler')).toEqual(['Ernst Kettler']);
  });

  it('keeps name particles, initials and drops degrees and other credits', () => {
    expect(splitAuthors('Konrad von Pfalzel')).toEqual(['Konrad von Pfalzel']);
    expect(splitAuthors('Luis de la Vega')).toEqual(['Luis de la Vega']);
    expect(splitAuthors('Nicolas Ferreyra C.')).toEqual(['Nicolas Ferreyra C.']);
    expect(splitAuthors('Owen Marsh, PhD')).toEqual(['Owen Marsh']);
    expect(splitAuthors('Text von Christian Imhof Illustration von Markus Bähler')).toEqual(['Christian Imhof']);
    expect(splitAuthors('- Redaktion: Eberhard Kuhn (Pressesprecher des KJW)')).toEqual(['Eberhard Kuhn']);
  });

  it('decodes entities left escaped in structured data', () => {
    expect(splitAuthors('Redacci&oacute;n Diario Voz Andina')).toEqual(['Redacción Diario Voz Andina']);
  });

  it('passes over a JSON-LD author that is the site itself for the visible byline', () => {
    const html = `<html><head><meta property="og:site_name" content="Handwerksblatt">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Masks at work","author":{"name":"werkstattblatt.de"}}</script></head>
<body><article><h1>Masks at work</h1><div class="article_autor"><span itemprop="author">Kirsten Lohse</span></div>
<p>From Monday, employers must offer two tests a week to every employee who does not work from home, the ministry said on Friday in Berlin.</p>
<p>The rule applies until the end of June and covers apprentices as well as part-time staff, according to the draft that was seen by reporters.</p></article></body></html>`;
    expect(extractHtml(html).meta.byline).toBe('Kirsten Lohse');
  });
});

/** A German article page with the given head and byline markup before its paragraphs. */
const page = (head: string, body: string) =>
  `<!doctype html><html lang="de"><head>${head}</head><body><article><h1>Masken am Arbeitsplatz</h1>${body}<p>${P1}</p><p>${P2}</p></article></body></html>`;
const bylineOf = (head: string, body: string) => extractHtml(page(head, body)).meta.byline;

describe('byline sources', () => {
  it('reads a by-word line without byline markup ("Ein Artikel von …", "Text von …")', () => {
    expect(bylineOf('', '<div class="metaInfo"><strong>Ein Artikel von Pamela Wernitz | 27.01.2022 - 12:45</strong></div>')).toBe('Pamela Wernitz');
    expect(bylineOf('', '<p><em>Text von Christian Imhof Illustration von Markus Bähler</em></p>')).toBe('Christian Imhof');
    expect(bylineOf('', '<p>Von <a href="/autor/ck">Cosima Stängl</a></p>')).toBe('Cosima Stängl');
  });

  it('does not take a by-word sentence for a byline', () => {
    expect(bylineOf('', '<p>Von Berlin nach Hamburg fährt der Zug.</p>')).toBeUndefined();
  });

  it('reads the name from a microdata <meta itemprop="name">', () => {
    expect(bylineOf('', '<span itemprop="author" itemscope><meta itemprop="name" content="Cosima Stängl">Cosima S.</span>')).toBe('Cosima Stängl');
  });

  it('passes over the site name in the author meta for a person named on the page, and keeps it when nobody is', () => {
    const head = '<meta property="og:site_name" content="Märkische Tagespost"><meta name="author" content="Märkische Tagespost">';
    expect(bylineOf(head, '<p>Von Lisa Hambach</p>')).toBe('Lisa Hambach');
    expect(bylineOf(head, '')).toBe('Märkische Tagespost');
    expect(bylineOf('<meta name="author" content="regionalschau.de, Frankfurt, Germany">', '<p class="byline">Von Lisa Hambach</p>')).toBe('Lisa Hambach');
  });

  it('reads the Dublin Core creator in its property form (dc:creator, dcterms:creator) as in its name form', () => {
    expect(bylineOf('<meta property="dc:creator" content="Lisa Hambach">', '<p>Der Reparaturtreff öffnet wieder.</p>')).toBe('Lisa Hambach');
    expect(bylineOf('<meta property="dcterms:creator" content="Jonas Keller">', '<p>Der Reparaturtreff öffnet wieder.</p>')).toBe('Jonas Keller');
  });

  it('keeps an association suffix whole and drops picture credits', () => {
    expect(splitAuthors('Karl-Brandt-Stiftung e.V.')).toEqual(['Karl-Brandt-Stiftung e.V.']);
    expect(splitAuthors('Isabel Mora, Rocío Valdés y José Ignacio Parra')).toEqual(['Isabel Mora', 'Rocío Valdés', 'José Ignacio Parra']);
    expect(splitAuthors('Bild © hr')).toEqual([]);
    expect(splitAuthors('Gàbor Térnay, Anzahl der Kommentare: 0')).toEqual(['Gàbor Térnay']);
  });

  it('reads a byline element whose class also names the date', () => {
    expect(bylineOf('', '<p class="date-author">Janic Derungs, 01.12.2021</p>')).toBe('Janic Derungs');
  });

  it('reads a "Redaktion:" line after a dash, and a Drupal "submitted" line', () => {
    expect(bylineOf('', '<div class="news-single-timedata">05.02.2020 <span>-&nbsp;Redaktion: Eberhard Kuhn (Pressesprecher)</span></div>')).toBe('Eberhard Kuhn');
    expect(bylineOf('', '<div class="submitted"><span>Gespeichert von <span class="username">rasos</span> am 24. Juli 2017 - 18:55</span></div>')).toBe('rasos');
  });

  it('does not take a lone label word ("Redaktion") for a name', () => {
    expect(bylineOf('', '<nav><a href="/redaktion">Redaktion</a></nav>')).toBeUndefined();
  });
});

describe('byline cleaning', () => {
  it('cuts a relative time after the names', () => {
    expect(splitAuthors('Isabel Mora, Rocío Valdés y José Ignacio Parra Hace 13 horas Tiempo de lectura: 8 minutos')).toEqual([
      'Isabel Mora',
      'Rocío Valdés',
      'José Ignacio Parra',
    ]);
    expect(splitAuthors('Aleš Krátký před 2 hodinami')).toEqual(['Aleš Krátký']);
  });

  it('keeps user names with digits but drops dates, times and admin accounts', () => {
    expect(splitAuthors('Dezember 10, 2019 · von kranich1984 · in Uncategorized')).toEqual([]);
    expect(splitAuthors('kranich1984')).toEqual(['kranich1984']);
    expect(splitAuthors('von wordpressadmin |')).toEqual([]);
  });

  it('credits both sides of an interview', () => {
    expect(splitAuthors('Richard Paul Lembeck im Gespräch mit Karin Vogler')).toEqual(['Richard Paul Lembeck', 'Karin Vogler']);
  });
});

describe('author boxes', () => {
  it('takes the name an author bio box leads with when the page has no byline', () => {
    const html = `<html><body><article><h1>Masken am Arbeitsplatz</h1><p>${P1}</p><p>${P2}</p>
<div class="author-bio footer"><h3><a href="/autor/mj">Martin Hollweg</a></h3><p><a href="/autor/mj">Alles von Martin Hollweg</a></p></div></article></body></html>`;
    expect(extractHtml(html).meta.byline).toBe('Martin Hollweg');
  });

  it('takes the profile link over a follow button in an author card heading', () => {
    const html = `<html><body><article><h1>Neue Arbeit</h1><p>${P1}</p><p>${P2}</p>
<div class="author-info"><h3 class="mini-card__title"><a href="/in/ih">Inga Wendtland</a><a class="follow">Follow</a></h3></div></article></body></html>`;
    expect(extractHtml(html).meta.byline).toBe('Inga Wendtland');
  });
});

describe('more byline forms', () => {
  it('reads a by-word line after a date and time, and one with its label in a leading <strong>', () => {
    expect(bylineOf('', '<h2>Stars <span>06.11.2023 13:30 von Olga </span></h2>')).toBe('Olga');
    expect(bylineOf('', '<p><strong>Autorin:</strong> Jana Ohlendorf, Projektleiterin der LFA in Jordanien.</p>')).toBe('Jana Ohlendorf');
  });

  it('passes over a venue and a bare CJK label for the author meta', () => {
    expect(bylineOf('<meta name="author" content="Patrick Dunmore">', '<div class="author">on Sportsdesk</div>')).toBe('Patrick Dunmore');
    expect(bylineOf('<meta name="author" content="肖春芳">', '<span class="author">作者：</span>')).toBe('肖春芳');
  });

  it('takes a visible byline over a JSON-LD login with digits, and keeps the login when it is all there is', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"CC7567"}}</script>';
    expect(bylineOf(ld, '<div class="byline">James Okafor • 8h</div>')).toBe('James Okafor');
    expect(bylineOf(ld, '')).toBe('CC7567');
  });

  it('completes a first-name-only author from a byline that spells the name out', () => {
    const ld = '<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"Timo"}}</script>';
    expect(bylineOf(ld, '<p><strong>Eine Kolumne von Timo Arndtsen</strong></p>')).toBe('Timo Arndtsen');
  });

  it('drops soft hyphens inside names', () => {
    expect(splitAuthors('Von Mat\u00adthi\u00adas Wendehorst')).toEqual(['Matthias Wendehorst']);
  });

  it('leaves the social handle beside the name out of a byline element', () => {
    expect(bylineOf('', '<div class="entry-meta-author"><a class="author-name" href="/author/matthias/">Matthias</a> <a class="author-twitter" href="https://twitter.com/herrgaertner">herrgaertner</a></div>')).toBe('Matthias');
  });

  it('takes a visible byline over a JSON-LD login written as a profile slug', () => {
    const ld = '<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"marta-lindqvist"}}</script>';
    expect(bylineOf(ld, '<div class="byline">Marta Lindqvist</div>')).toBe('Marta Lindqvist');
    expect(bylineOf(ld, '')).toBe('marta-lindqvist');
  });

  it('passes over a teaser author in a slider and a picture licence credit for the article byline', () => {
    const slider = '<div class="swiper"><article class="slider-teaser"><h2>Another story</h2><span class="slider-teaser__author">Holger Brandt</span></article></div>';
    expect(bylineOf('', `${slider}<div class="article-byline">Ines Kowalski</div>`)).toBe('Ines Kowalski');
    const licence = '<span class="author-name"><a class="license-author" href="https://example.org/file.jpg">Pavel Horak</a></span>';
    expect(bylineOf('', `${licence}<div class="byline">Ines Kowalski</div>`)).toBe('Ines Kowalski');
  });

  it('leaves a translator out and ends the name at a colon after it', () => {
    expect(splitAuthors('Übersetzung Lea Sommer, 12.12.22')).toEqual([]);
    expect(splitAuthors('Text von Ines Kowalski Übersetzung: Lea Sommer')).toEqual(['Ines Kowalski']);
    expect(splitAuthors('Autor Tomas Berger: EN Übersetzung Lea Sommer')).toEqual(['Tomas Berger']);
    expect(splitAuthors('Redaktion Updated: 3 May 2021')).not.toContain('Redaktion Updated');
  });

  it('does not complete a first name from a bio that follows it', () => {
    expect(bylineOf('', '<div class="byline">Matthias</div><div class="author">Matthias Medizinstudent, Papa und Blogger</div>')).toBe('Matthias');
  });
});

describe('unmarked author lines', () => {
  it('reads the name after a lone by-word label in a heading, an inline label or a table cell', () => {
    expect(bylineOf('', '<div class="news__meta-column"><h4>Autor</h4><p><a href="/profil/nh">Nikolai Brenke</a><b>, </b></p></div>')).toBe('Nikolai Brenke');
    expect(bylineOf('', '<a href="#kontakt"><b>Von:</b> <br /><br /> Götz Hellwig</a>')).toBe('Götz Hellwig');
    expect(bylineOf('', '<div><span>By</span><span><a href="/about/newsteam/ab">Marcus Delaney</a></span><span>Wednesday, November 8, 2023</span></div>')).toBe('Marcus Delaney');
    expect(bylineOf('', '<table><tr><td>Autor:</td><td>Maria Huber</td></tr></table>')).toBe('Maria Huber');
  });

  it('does not read a lone label followed by prose or a lower-case word as a byline', () => {
    expect(bylineOf('', '<div><span>Von</span><span>der Quelle bis zur Mündung fließt der Fluss durch drei Länder.</span></div>')).toBeUndefined();
  });

  it('drops a follow button after the name', () => {
    expect(bylineOf('', '<div><p>Written by</p><div><h2><a href="/@jw">John C. Welch</a></h2><button>Follow</button></div></div>')).toBe('John C. Welch');
  });

  it('takes the name that ends a date line when nothing else names the author', () => {
    expect(bylineOf('', '<small>11.03.2022 | 09:25 Uhr | Ilka Vorbrügge</small><h1>Stellungnahme zur Probesaison</h1>')).toBe('Ilka Vorbrügge');
    expect(bylineOf('', '<div class="views-field"><span>25.10.2022 - Bernd Kolbeck</span></div>')).toBe('Bernd Kolbeck');
    expect(bylineOf('<meta name="author" content="Lisa Hambach">', '<span>25.10.2022 - Bernd Kolbeck</span>')).toBe('Lisa Hambach');
  });

  it('does not take a category or a single word after a date for a name', () => {
    expect(bylineOf('', '<span>25.10.2022 | Politik</span>')).toBeUndefined();
    expect(bylineOf('', '<span>25.10.2022 - 14 Kommentare</span>')).toBeUndefined();
  });
});

describe('copyright notices', () => {
  const footer = (title: string, notice: string) => bylineOf(`<title>${title}</title>`, `<footer><p>${notice}</p></footer>`);

  it('takes the person a personal site names in its copyright notice', () => {
    expect(footer("Nathan Kowalczyk's Digital Home", 'Copyright (c) 2012- Nathan Kowalczyk. All rights reserved. Design by <a href="/">Templates</a>')).toBe('Nathan Kowalczyk');
    expect(footer('Sorgfaltspflicht | Rainer Kolbitz', '© 2017 Rainer Kolbitz <a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a>')).toBe('Rainer Kolbitz');
  });

  it('passes over a holder the title does not name, a company, a picture credit and the links after the notice', () => {
    expect(footer('Ein Artikel über Kaffee', '© 2023 Maria Huber. Alle Rechte vorbehalten.')).toBeUndefined();
    expect(copyrightHolder('© 2023 Spiegel Online GmbH')).toBeUndefined();
    expect(copyrightHolder('© Anna Schmidt')).toBeUndefined();
    expect(copyrightHolder('© 2021 HR Consulting')).toBeUndefined();
    expect(copyrightHolder('(c) Matthias Brandl • Weitere Rechte siehe Impressum')).toBe('Matthias Brandl');
  });
});

describe('forum starters and job titles', () => {
  it('takes the thread starter a forum names after a screen-reader label', () => {
    expect(bylineOf('', '<ul><li><span class="u-srOnly">Thread starter</span> <a href="/members/brutus.8/" class="username"><span>Brutus</span></a></li></ul>')).toBe('Brutus');
    expect(bylineOf('', '<ul><li><span class="u-srOnly">Themenstarter</span> <span class="username" dir="auto">Mausebär</span></li></ul>')).toBe('Mausebär');
  });

  it('leaves a job title after a comma out of the byline', () => {
    expect(bylineOf('', '<div class="blog-author">By <a href="/bio/dkg">Samuel Reed Whitaker</a>, Senior Staff Technologist, CDRF Speech, Privacy, and Technology Project</div>')).toBe('Samuel Reed Whitaker');
    expect(splitAuthors('Jane Roe, Managing Director, Example Bank')).toEqual(['Jane Roe']);
    expect(splitAuthors('Jane Roe, John Doe')).toEqual(['Jane Roe', 'John Doe']);
  });
});

describe('signature paragraphs', () => {
  const prose = `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`;

  it('takes the name that signs the article off in an emphasised or right-aligned paragraph', () => {
    expect(bylineOf('', `<article>${prose}<p><strong>Marina Kessel</strong></p></article>`)).toBe('Marina Kessel');
    expect(bylineOf('', `<div>${prose}<p align="right"><em><font size="2">Henri Mallet</font></em></p><p>(1) Chiffres de l'OCDE.</p></div>`)).toBe('Henri Mallet');
  });

  it('takes a first name signing the post off above its date', () => {
    expect(bylineOf('', `<article>${prose}<p>Jonas<br /> 3. März 2021</p></article>`)).toBe('Jonas');
    expect(bylineOf('', `<article>${prose}<p>Marina Kessel<br>May 4, 2020</p></article>`)).toBe('Marina Kessel');
  });

  it('does not take a first name above anything but a date, nor a lone emphasised word', () => {
    expect(bylineOf('', `<article>${prose}<p>Jonas<br /> bis bald im Garten</p></article>`)).toBeUndefined();
    expect(bylineOf('', `<article>${prose}<p><em>Jonas</em></p></article>`)).toBeUndefined();
  });

  it('does not take a subheading, a label over a table or a linked name for a signature', () => {
    expect(bylineOf('', `<article>${prose}<p><strong>Unser Fazit</strong></p><p>${P1}</p><p>${P2}</p></article>`)).toBeUndefined();
    expect(bylineOf('', `<article>${prose}<table><tr><td>“Quote”</td></tr></table><p><b>After Divorce</b></p><table><tr><td>“Quote”</td></tr></table></article>`)).toBeUndefined();
    expect(bylineOf('', `<article>${prose}<p><b><a href="/Lakeside_Fair">Lakeside Fair</a></b></p></article>`)).toBeUndefined();
  });
});
