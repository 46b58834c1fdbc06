import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/per-document/parse/html/extract-html.js';
import { splitAuthors } from '../../../src/per-document/parse/html/metadata/index.js';
import { copyrightHolder } from '../../../src/per-document/parse/html/metadata/author-fallbacks.js';
import { P1, P2, P3 } from './prose.js';

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

/** A German article page with the given head and byline markup before its paragraphs. */
const page = (head: string, body: string) =>
  `<!doctype html><html lang="de"><head>${head}</head><body><article><h1>Masken am Arbeitsplatz</h1>${body}<p>${P1}</p><p>${P2}</p></article></body></html>`;
const bylineOf = (head: string, body: string) => extractHtml(page(head, body)).meta.byline;

describe('byline sources', () => {
  it('reads a by-word line without byline markup ("Ein Artikel von …", "Text von …")', () => {
    expect(bylineOf('', '<div class="metaInfo"><strong>Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45</strong></div>')).toBe('Pamela Sladky');
    expect(bylineOf('', '<p><em>Text von Christian Seiler Illustration von Markus Roost</em></p>')).toBe('Christian Seiler');
    expect(bylineOf('', '<p>Von <a href="/autor/ck">Cosima Künzel</a></p>')).toBe('Cosima Künzel');
  });

  it('does not take a by-word sentence for a byline', () => {
    expect(bylineOf('', '<p>Von Berlin nach Hamburg fährt der Zug.</p>')).toBeUndefined();
  });

  it('reads the name from a microdata <meta itemprop="name">', () => {
    expect(bylineOf('', '<span itemprop="author" itemscope><meta itemprop="name" content="Cosima Künzel">Cosima K.</span>')).toBe('Cosima Künzel');
  });

  it('passes over the site name in the author meta for a person named on the page, and keeps it when nobody is', () => {
    const head = '<meta property="og:site_name" content="Badische Zeitung"><meta name="author" content="Badische Zeitung">';
    expect(bylineOf(head, '<p>Von Lisa Petrich</p>')).toBe('Lisa Petrich');
    expect(bylineOf(head, '')).toBe('Badische Zeitung');
    expect(bylineOf('<meta name="author" content="hessenschau.de, Frankfurt, Germany">', '<p class="byline">Von Lisa Petrich</p>')).toBe('Lisa Petrich');
  });

  it('keeps an association suffix whole and drops picture credits', () => {
    expect(splitAuthors('Hanns-Seidel-Stiftung e.V.')).toEqual(['Hanns-Seidel-Stiftung e.V.']);
    expect(splitAuthors('Isabel Caro, Rocío Latorre y José Miguel Wilson')).toEqual(['Isabel Caro', 'Rocío Latorre', 'José Miguel Wilson']);
    expect(splitAuthors('Bild © hr')).toEqual([]);
    expect(splitAuthors('Gàbor Muniér, Anzahl der Kommentare: 0')).toEqual(['Gàbor Muniér']);
  });

  it('reads a byline element whose class also names the date', () => {
    expect(bylineOf('', '<p class="date-author">Janic Cathomen, 01.12.2021</p>')).toBe('Janic Cathomen');
  });

  it('reads a "Redaktion:" line after a dash, and a Drupal "submitted" line', () => {
    expect(bylineOf('', '<div class="news-single-timedata">05.02.2020 <span>-&nbsp;Redaktion: Eberhard Fuhr (Pressesprecher)</span></div>')).toBe('Eberhard Fuhr');
    expect(bylineOf('', '<div class="submitted"><span>Gespeichert von <span class="username">rasos</span> am 24. Juli 2017 - 18:55</span></div>')).toBe('rasos');
  });

  it('does not take a lone label word ("Redaktion") for a name', () => {
    expect(bylineOf('', '<nav><a href="/redaktion">Redaktion</a></nav>')).toBeUndefined();
  });
});

describe('byline cleaning', () => {
  it('cuts a relative time after the names', () => {
    expect(splitAuthors('Isabel Caro, Rocío Latorre y José Miguel Wilson Hace 13 horas Tiempo de lectura: 8 minutos')).toEqual([
      'Isabel Caro',
      'Rocío Latorre',
      'José Miguel Wilson',
    ]);
    expect(splitAuthors('Aleš Vávra před 2 hodinami')).toEqual(['Aleš Vávra']);
  });

  it('keeps user names with digits but drops dates, times and admin accounts', () => {
    expect(splitAuthors('Dezember 10, 2019 · von freeman1984 · in Uncategorized')).toEqual([]);
    expect(splitAuthors('freeman1984')).toEqual(['freeman1984']);
    expect(splitAuthors('von wordpressadmin |')).toEqual([]);
  });

  it('credits both sides of an interview', () => {
    expect(splitAuthors('Richard David Precht im Gespräch mit Karin Fischer')).toEqual(['Richard David Precht', 'Karin Fischer']);
  });
});

describe('author boxes', () => {
  it('takes the name an author bio box leads with when the page has no byline', () => {
    const html = `<html><body><article><h1>Masken am Arbeitsplatz</h1><p>${P1}</p><p>${P2}</p>
<div class="author-bio footer"><h3><a href="/autor/mj">Martin Junker</a></h3><p><a href="/autor/mj">Alles von Martin Junker</a></p></div></article></body></html>`;
    expect(extractHtml(html).meta.byline).toBe('Martin Junker');
  });

  it('takes the profile link over a follow button in an author card heading', () => {
    const html = `<html><body><article><h1>Neue Arbeit</h1><p>${P1}</p><p>${P2}</p>
<div class="author-info"><h3 class="mini-card__title"><a href="/in/ih">Inga Hoeltmann</a><a class="follow">Follow</a></h3></div></article></body></html>`;
    expect(extractHtml(html).meta.byline).toBe('Inga Hoeltmann');
  });
});

describe('more byline forms', () => {
  it('reads a by-word line after a date and time, and one with its label in a leading <strong>', () => {
    expect(bylineOf('', '<h2>Stars <span>06.11.2023 13:30 von Olga </span></h2>')).toBe('Olga');
    expect(bylineOf('', '<p><strong>Autorin:</strong> Uta Staschewski, Projektleiterin der HSS in Tunesien.</p>')).toBe('Uta Staschewski');
  });

  it('passes over a venue and a bare CJK label for the author meta', () => {
    expect(bylineOf('<meta name="author" content="Patrick Allan">', '<div class="author">on Deadspin</div>')).toBe('Patrick Allan');
    expect(bylineOf('<meta name="author" content="肖春芳">', '<span class="author">作者：</span>')).toBe('肖春芳');
  });

  it('takes a visible byline over a JSON-LD login with digits, and keeps the login when it is all there is', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"CC7567"}}</script>';
    expect(bylineOf(ld, '<div class="byline">James Akinaka • 8h</div>')).toBe('James Akinaka');
    expect(bylineOf(ld, '')).toBe('CC7567');
  });

  it('completes a first-name-only author from a byline that spells the name out', () => {
    const ld = '<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"Nils"}}</script>';
    expect(bylineOf(ld, '<p><strong>Eine Kolumne von Nils Pickert</strong></p>')).toBe('Nils Pickert');
  });

  it('drops soft hyphens inside names', () => {
    expect(splitAuthors('Von Mat\u00adthi\u00adas Lauerer')).toEqual(['Matthias Lauerer']);
  });

  it('leaves the social handle beside the name out of a byline element', () => {
    expect(bylineOf('', '<div class="entry-meta-author"><a class="author-name" href="/author/matthias/">Matthias</a> <a class="author-twitter" href="https://twitter.com/herrpfleger">herrpfleger</a></div>')).toBe('Matthias');
  });

  it('does not complete a first name from a bio that follows it', () => {
    expect(bylineOf('', '<div class="byline">Matthias</div><div class="author">Matthias Medizinstudent, Papa und Blogger</div>')).toBe('Matthias');
  });
});

describe('unmarked author lines', () => {
  it('reads the name after a lone by-word label in a heading, an inline label or a table cell', () => {
    expect(bylineOf('', '<div class="news__meta-column"><h4>Autor</h4><p><a href="/profil/nh">Nikolai Huke</a><b>, </b></p></div>')).toBe('Nikolai Huke');
    expect(bylineOf('', '<a href="#kontakt"><b>Von:</b> <br /><br /> Götz Warnke</a>')).toBe('Götz Warnke');
    expect(bylineOf('', '<div><span>By</span><span><a href="/about/newsteam/ab">Alex Bozarjian</a></span><span>Wednesday, November 8, 2023</span></div>')).toBe('Alex Bozarjian');
    expect(bylineOf('', '<table><tr><td>Autor:</td><td>Maria Huber</td></tr></table>')).toBe('Maria Huber');
  });

  it('does not read a lone label followed by prose or a lower-case word as a byline', () => {
    expect(bylineOf('', '<div><span>Von</span><span>der Quelle bis zur Mündung fließt der Fluss durch drei Länder.</span></div>')).toBeUndefined();
  });

  it('drops a follow button after the name', () => {
    expect(bylineOf('', '<div><p>Written by</p><div><h2><a href="/@jw">John C. Welch</a></h2><button>Follow</button></div></div>')).toBe('John C. Welch');
  });

  it('takes the name that ends a date line when nothing else names the author', () => {
    expect(bylineOf('', '<small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small><h1>Stellungnahme zum Pilotjahr</h1>')).toBe('Uta Helkenberg');
    expect(bylineOf('', '<div class="views-field"><span>25.10.2022 - Reiner Nagel</span></div>')).toBe('Reiner Nagel');
    expect(bylineOf('<meta name="author" content="Lisa Petrich">', '<span>25.10.2022 - Reiner Nagel</span>')).toBe('Lisa Petrich');
  });

  it('does not take a category or a single word after a date for a name', () => {
    expect(bylineOf('', '<span>25.10.2022 | Politik</span>')).toBeUndefined();
    expect(bylineOf('', '<span>25.10.2022 - 14 Kommentare</span>')).toBeUndefined();
  });
});

describe('copyright notices', () => {
  const footer = (title: string, notice: string) => bylineOf(`<title>${title}</title>`, `<footer><p>${notice}</p></footer>`);

  it('takes the person a personal site names in its copyright notice', () => {
    expect(footer("Gregory Szorc's Digital Home", 'Copyright (c) 2012- Gregory Szorc. All rights reserved. Design by <a href="/">Templates</a>')).toBe('Gregory Szorc');
    expect(footer('Sorgfaltspflicht | Wolfgang Michal', '© 2017 Wolfgang Michal <a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a>')).toBe('Wolfgang Michal');
  });

  it('passes over a holder the title does not name, a company, a picture credit and the links after the notice', () => {
    expect(footer('Ein Artikel über Kaffee', '© 2023 Maria Huber. Alle Rechte vorbehalten.')).toBeUndefined();
    expect(copyrightHolder('© 2023 Spiegel Online GmbH')).toBeUndefined();
    expect(copyrightHolder('© Anna Schmidt')).toBeUndefined();
    expect(copyrightHolder('© 2021 HR Innovation')).toBeUndefined();
    expect(copyrightHolder('(c) Johannes Wolf • Weitere Rechte siehe Impressum')).toBe('Johannes Wolf');
  });
});

describe('forum starters and job titles', () => {
  it('takes the thread starter a forum names after a screen-reader label', () => {
    expect(bylineOf('', '<ul><li><span class="u-srOnly">Thread starter</span> <a href="/members/tiberius.8/" class="username"><span>Tiberius</span></a></li></ul>')).toBe('Tiberius');
    expect(bylineOf('', '<ul><li><span class="u-srOnly">Themenstarter</span> <span class="username" dir="auto">Pepemaus</span></li></ul>')).toBe('Pepemaus');
  });

  it('leaves a job title after a comma out of the byline', () => {
    expect(bylineOf('', '<div class="blog-author">By <a href="/bio/dkg">Daniel Kahn Gillmor</a>, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project</div>')).toBe('Daniel Kahn Gillmor');
    expect(splitAuthors('Jane Roe, Managing Director, Example Bank')).toEqual(['Jane Roe']);
    expect(splitAuthors('Jane Roe, John Doe')).toEqual(['Jane Roe', 'John Doe']);
  });
});

describe('signature paragraphs', () => {
  const prose = `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`;

  it('takes the name that signs the article off in an emphasised or right-aligned paragraph', () => {
    expect(bylineOf('', `<article>${prose}<p><strong>Marina Mucha</strong></p></article>`)).toBe('Marina Mucha');
    expect(bylineOf('', `<div>${prose}<p align="right"><em><font size="2">Denis Clerc</font></em></p><p>(1) Chiffres de l'OCDE.</p></div>`)).toBe('Denis Clerc');
  });

  it('does not take a subheading, a label over a table or a linked name for a signature', () => {
    expect(bylineOf('', `<article>${prose}<p><strong>Unser Fazit</strong></p><p>${P1}</p><p>${P2}</p></article>`)).toBeUndefined();
    expect(bylineOf('', `<article>${prose}<table><tr><td>“Quote”</td></tr></table><p><b>After Divorce</b></p><table><tr><td>“Quote”</td></tr></table></article>`)).toBeUndefined();
    expect(bylineOf('', `<article>${prose}<p><b><a href="/Valley_Fair">Valley Fair</a></b></p></article>`)).toBeUndefined();
  });
});
