/**
 * Bylines read from the lines of Markdown and text dumps: lines cut from scraper dumps of real
 * pages, parsed as winnow parses them.
 */
import { describe, expect, it } from 'vitest';
import { parseBylineLine, parseInlineByline } from '../../src/per-document/metadata/byline-line.js';
import { namesBesideDate, unglueDate } from '../../src/per-document/metadata/dated-names.js';
import { userName, withoutFusedRole } from '../../src/per-document/metadata/names.js';
import { parseNames } from '../../src/per-document/metadata/names.js';
import { nameWordsFor } from '../../src/per-document/metadata/name-words.js';
import { defaultContext } from '../helpers/stage-context.js';
import { dumpLinesFromMarkdown as fromMarkdown, dumpLinesFromText as fromText, linePatterns } from '../helpers/dump-text.js';

const ctx = defaultContext();
const nameWords = nameWordsFor(ctx.rules);

const BODY_DE = [
  'Die Zaubernuss blüht mitten im Winter, wenn die meisten anderen Gehölze im Garten noch kahl sind und kaum etwas Farbe zeigt. Ihre fadenförmigen Blüten überstehen dabei auch Frost, denn sie rollen sich bei Kälte einfach ein.',
  'Damit der Strauch gut durch den Winter kommt, braucht er einen geschützten Platz, einen humosen Boden und in trockenen Wochen etwas Wasser. Eine dicke Schicht aus Laub oder Rindenmulch schützt die flachen Wurzeln vor dem Austrocknen.',
  'Geschnitten wird die Zaubernuss kaum: Sie wächst langsam und bildet von selbst eine schöne Krone. Nur abgestorbene oder sich kreuzende Zweige werden nach der Blüte entfernt, damit der Strauch seine Form behält.',
];

/** The names a "By …" line gives in a language. */
function bylineOf(lang: string, line: string) {
  const patterns = linePatterns(lang, ctx.rules);
  return parseBylineLine(line, patterns, lang)?.names;
}

describe('a byline line that goes on after the names', () => {
  it('stops at a role run into the last name', () => {
    expect(bylineOf('en', 'By Evan HarperStaff Writer')).toEqual(['Evan Harper']);
    expect(withoutFusedRole('Anna SmithSenior Editor')).toBe('Anna Smith');
  });

  it('keeps names that capitalise inside a word, and user names', () => {
    expect(withoutFusedRole('Steve LeVine')).toBe('Steve LeVine');
    expect(withoutFusedRole('Ronald McDonald')).toBe('Ronald McDonald');
    expect(withoutFusedRole('NetChef')).toBe('NetChef');
  });

  it('reads the names after an author label before a colon that ends the line', () => {
    expect(bylineOf('de', 'Autor Tomas Berger:')).toEqual(['Tomas Berger']);
    expect(bylineOf('en', 'Author: Ines Kowalski and Tomas Berger:')).toEqual(['Ines Kowalski', 'Tomas Berger']);
  });

  it('stops at the next label, a time or a role after a comma', () => {
    expect(bylineOf('de', 'von Alexander Kober Foto: © GEPA')).toEqual(['Alexander Kober']);
    expect(bylineOf('en', 'Posted by T. V. Raman at 2:33 PM')).toEqual(['T. V. Raman']);
    expect(bylineOf('de', 'Autorin: Uta Stachowiak, Projektleiterin der HSS in Tunesien.')).toEqual(['Uta Stachowiak']);
  });

  it('reads the name of a long line that opens with it, but no word of a sentence', () => {
    const tagged = 'Posted by Horst P. Lindemann at 09:14 Tagged with: garten, Beete, Kompost, Saatgut, Gießen, Mulch, Obstbäume, Werkzeug, Pflanzzeit';
    expect(bylineOf('en', tagged)).toEqual(['Horst P. Lindemann']);
    expect(bylineOf('en', 'By Friday, the Senate had voted on the bill twice, and the House was expected to follow it early in the next week')).toBeUndefined();
  });

  it('is no byline when the words after the by-word are a headline or a menu label', () => {
    expect(bylineOf('de', 'Von Ast getroffen: 46-jähriger Waldarbeiter tödlich verunglückt')).toBeUndefined();
    expect(bylineOf('en', 'By Main Ingredient:')).toBeUndefined();
  });
});

describe('names in a head line', () => {
  it('keep a capitalised particle that a lower-case word would end ("Le", "le")', () => {
    expect(bylineOf('fr', 'Par Loïc Le Goff le 30 septembre 2018')).toEqual(['Loïc Le Goff']);
    expect(parseNames('Loïc Le Goff', nameWords)).toEqual(['Loïc Le Goff']);
  });
});

describe('a credit line under the article', () => {
  it('is read past the head when it opens with a by-word and gives a full name', () => {
    const menu = ['Garten', 'Pflanzen', 'Balkon', 'Rezepte', 'Wohnen'];
    const after = ['Das könnte Sie auch interessieren', 'Rosen richtig schneiden', 'Tomaten überwintern', 'Hochbeet anlegen', 'Kübelpflanzen gießen', 'Kräuter trocknen'];
    const found = fromText('de', [...menu, 'Wie pflege ich meine Zaubernuss im Winter?', ...BODY_DE, ...after, 'Text: Ulrike Engel', 'Impressum', 'Datenschutz']);
    expect(found.byline).toBe('Ulrike Engel');
  });

  it('needs a full name there: a one-word "by" line under the article is no credit', () => {
    const menu = ['Garten', 'Pflanzen', 'Balkon', 'Rezepte', 'Wohnen'];
    const after = ['Rosen richtig schneiden', 'Tomaten überwintern', 'Hochbeet anlegen', 'Kübelpflanzen gießen', 'Kräuter trocknen', 'Kommentare', 'Posted by Anonymous', 'Impressum'];
    expect(fromText('de', [...menu, 'Wie pflege ich meine Zaubernuss im Winter?', ...BODY_DE, ...after]).byline).toBeUndefined();
  });
});

describe('a name beside a date without a by-word', () => {
  it('is the part before the date, set off by a separator, or what follows a date that opens the line', () => {
    expect(namesBesideDate('Gerd Falk / 22.04.2020 / 06:15 / Foto: Wochenblick.net / 150 /', linePatterns('de'), 'de')).toEqual({ names: ['Gerd Falk'] });
    expect(namesBesideDate('Nina Jahn – 14.09.2022 – Kolumne, Tiny Joan, Allgemein, Feminismus', linePatterns('de'), 'de')?.names).toEqual(['Nina Jahn']);
    expect(namesBesideDate('28. Jan. 2022 Paula Bakov', linePatterns('de'), 'de')).toEqual({ names: ['Paula Bakov'] });
  });

  it('is no place of a dateline, no outlet in capitals and no by-word', () => {
    expect(namesBesideDate('New York, March 5, 2021', linePatterns('en'), 'en')).toBeUndefined();
    expect(namesBesideDate('GUT IN FORM — 02.01.23 09:51', linePatterns('de'), 'de')).toBeUndefined();
    expect(namesBesideDate('von Dennis Zielke | 12.03.2021', linePatterns('de'), 'de')).toBeUndefined();
  });

  it('is read from the head of a text dump', () => {
    const found = fromText('de', ['Politik', 'Kultur', 'Wie pflege ich meine Zaubernuss im Winter?', '28. Jan. 2022 Paula Bakov', ...BODY_DE]);
    expect(found.byline).toBe('Paula Bakov');
    expect(found.published).toBe('2022-01-28'); // the line is still the date line
    expect(found.title).toBe('Wie pflege ich meine Zaubernuss im Winter?');
  });
});

describe('by-words that introduce the author', () => {
  it('include the links to the author\'s other articles', () => {
    expect(bylineOf('de', 'Alles von Martin Jungbluth')).toEqual(['Martin Jungbluth']);
    expect(bylineOf('de', 'Weitere Artikel von Yiran Cheng')).toEqual(['Yiran Cheng']);
    expect(bylineOf('en', 'MORE FROM Nathanael Jenkins')).toEqual(['Nathanael Jenkins']);
    expect(bylineOf('es', 'Publicado por Alberto Gallardo')).toEqual(['Alberto Gallardo']);
    expect(bylineOf('de', 'Herausgeber: Nordex SE')).toEqual(['Nordex SE']);
  });

  it('inside a line need a full name after a few unlabelled words, one word after a date label', () => {
    const patterns = linePatterns('de', ctx.rules);
    expect(parseInlineByline('Die Qual der Wahl im Supermarkt', patterns, 'de')).toBeUndefined();
    expect(parseInlineByline('Veröffentlicht von HansG', patterns, 'de')?.names).toEqual(['HansG']);
  });
});

describe('what a byline line holds beside the names', () => {
  it('may be the date with its label, the author\'s e-mail address or nothing but a news agency code', () => {
    expect(bylineOf('en', 'By Alejandro Varela Last updated Nov 8, 2023 Share with new partner:')).toEqual(['Alejandro Varela']);
    expect(bylineOf('es', 'Por Mariano Marín mmarin@diario.com.ar')).toEqual(['Mariano Marín']);
    expect(bylineOf('de', 'Von: det/dpa')).toEqual(['det/dpa']);
    expect(bylineOf('pl', 'Autor: gotujemy.pl')).toEqual(['gotujemy.pl']);
    expect(bylineOf('de', 'von heute')).toBeUndefined();
    expect(bylineOf('en', 'By Ida on 31. October, 2023')).toEqual(['Ida']);
    const longLine = 'By Ida on 31. October, 2023 | 18 Comments. This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.';
    expect(bylineOf('en', longLine)).toEqual(['Ida']);
  });

  it('is the part after the date that is no date, in a line without a by-word', () => {
    expect(namesBesideDate('23.06.2016 um 16:14 Uhr - Markus Reiter - 91 Ergänzungen', linePatterns('de'), 'de')?.names).toEqual(['Markus Reiter']);
    expect(namesBesideDate('28. Juni 2019 14. Januar 2020 | Klaus Quandtmeyer-Cirkel', linePatterns('de'), 'de')?.names).toEqual(['Klaus Quandtmeyer-Cirkel']);
  });
});

describe('a bare name line that the page marks as its author\'s', () => {
  const head = ['Seções', 'Política', 'Moura e Paredes tentam uma trégua sobre o orçamento da cidade'];
  const body = [
    'Presidentes do Conselho, Tiago Moura, e da Câmara, Rodrigo Paredes, tentam acalmar a cidade em meio a críticas ao orçamento e a desavenças entre os vereadores, numa reunião que durou mais de duas horas nesta terça-feira.',
    'O encontro foi marcado depois de semanas de troca de farpas entre integrantes da prefeitura e vereadores da oposição, e terminou com a promessa de um calendário de conversas entre as instituições ao longo do semestre.',
  ];

  it('stands below the initials of the author\'s avatar', () => {
    const found = fromText('pt', [...head, 'LP', 'Luana Pereira', 'RF', 'Raphael Ferri', 'postado em 04/05/2022 05:49', ...body]);
    expect(found.authors).toEqual(['Luana Pereira', 'Raphael Ferri']);
  });

  it('stands above the author\'s biography', () => {
    const bio = 'Philipp Sandrock lehrt Geschichte der Neuzeit an der Universität Zürich und ist Mitbegründer des Zentrums Geschichte des Wissens.';
    const found = fromText('de', ['Startseite', 'Themen', 'Die Geschichte der Gegenwart', ...BODY_DE, 'Kommentare', 'Philipp Sandrock', bio, 'Impressum']);
    expect(found.byline).toBe('Philipp Sandrock');
  });
});

describe('when nothing in the head names the author', () => {
  const title = 'Wie pflege ich meine Zaubernuss im Winter?';

  it('the article may be signed below the body with a dash', () => {
    expect(fromText('de', ['Startseite', title, ...BODY_DE, '- Nadja Podgorski', 'Impressum']).byline).toBe('Nadja Podgorski');
  });

  it('a personal site\'s copyright line names its author, not a company or a notice in capitals', () => {
    expect(fromText('de', ['Startseite', title, ...BODY_DE, '© 2009-2012 Jonathan Kraus. Impressum & Datenschutz']).byline).toBe('Jonathan Kraus');
    expect(fromText('en', ['Home', title, ...BODY_DE, 'Copyright (c) 2012- Gregory Szabo. All rights reserved.']).byline).toBe('Gregory Szabo');
    expect(fromText('en', ['Home', title, ...BODY_DE, '© Haki Berisha 2016-2020']).byline).toBe('Haki Berisha');
    expect(fromText('de', ['Startseite', title, ...BODY_DE, '© 2023 Axel Springer SE']).byline).toBeUndefined();
    expect(fromText('it', ['Home', title, ...BODY_DE, '© RIPRODUZIONE RISERVATA']).byline).toBeUndefined();
  });
});

describe('more head lines that name the author', () => {
  it('stop before the link to the comments', () => {
    expect(bylineOf('de', 'von KleineGrüneMonster Ein Kommentar')).toEqual(['KleineGrüneMonster']);
    expect(namesBesideDate('17. Februar 2020 Frau Sabinchen Kommentare 4 Kommentare', linePatterns('de'), 'de')?.names).toEqual(['Frau Sabinchen']);
    expect(bylineOf('en', 'By Anna Smith Leave a comment')).toEqual(['Anna Smith']);
  });

  it('include a forum thread\'s starter', () => {
    expect(bylineOf('en', 'Thread starter Tiberius')).toEqual(['Tiberius']);
    expect(bylineOf('de', 'Themenstarter Pinselmaus')).toEqual(['Pinselmaus']);
  });

  it('may be several full names and nothing else, but no headline in title case', () => {
    const title = 'La agenda con que Interior busca contener la crisis de seguridad';
    const found = fromText('es', ['Nacional', title, 'Isabel Cruz, Rocío Lara y José Miguel Wood', 'Hace 13 horas', ...BODY_DE]);
    expect(found.authors).toEqual(['Isabel Cruz', 'Rocío Lara', 'José Miguel Wood']);
    expect(fromText('en', ['Garden', 'How To Grow, Care For Bougainvillea', ...BODY_DE]).byline).toBeUndefined();
    const body = ['Die neue Regel gilt ab März, die alte fällt weg, und große Fragen bleiben für alle Gärtner offen.', ...BODY_DE];
    expect(fromText('de', ['Garten', 'Neue Regeln, Alte Probleme und Große Fragen', ...body]).byline).toBeUndefined();
  });
});

describe('a Markdown heading that holds the date and the author', () => {
  it('gives the author', () => {
    const markdown = ['# Mein Motto Weniger kaufen', '', '##### [17\\. Februar 2020](#) [Frau Sabinchen](#) Kommentare [4 Kommentare](#)', '', ...BODY_DE.flatMap((p) => [p, ''])].join('\n');
    const found = fromMarkdown('de', markdown);
    expect(found.byline).toBe('Frau Sabinchen');
  });
});

describe('a bare name line without a by-word', () => {
  it('is no menu label whose first word the page writes in lower case', () => {
    const lines = ['Startseite', 'Wie pflege ich meine Zaubernuss im Winter?', 'Letzte Kommentare', ...BODY_DE, 'Die letzte Frostnacht kam spät.'];
    expect(fromText('de', lines).byline).toBeUndefined();
  });

  it('closes the article when it stands alone between the last paragraph and the footer', () => {
    const found = fromText('de', ['Startseite', 'Wie pflege ich meine Zaubernuss im Winter?', ...BODY_DE, 'Claudia Dorn', 'Impressum', 'Datenschutz']);
    expect(found.byline).toBe('Claudia Dorn');
  });

  it('is no subheading over a list: more of the article follows it', () => {
    const found = fromText('de', ['Startseite', 'Wie pflege ich meine Zaubernuss im Winter?', ...BODY_DE.slice(0, 2), 'Gartentipps Zaubernuss', '- Gießen', '- Mulchen', '- Schneiden', BODY_DE[2]!, 'Impressum']);
    expect(found.byline).toBeUndefined();
  });
});

describe('the rule a byline cites', () => {
  // removed[].rule tells a user how strong the evidence was: a by-line, or one of the weaker finders.
  const ruleOf = (found: ReturnType<typeof fromText>) => found.spans.find((s) => s.rule.startsWith('metadata/byline'))?.rule;
  const title = 'Wie pflege ich meine Zaubernuss im Winter?';

  it('is metadata/byline for a "By …" line in the head', () => {
    expect(ruleOf(fromText('de', ['Startseite', title, 'Von Claudia Dorn', ...BODY_DE]))).toBe('metadata/byline');
  });

  it('names the weaker finders: a signature, a copyright holder', () => {
    expect(ruleOf(fromText('de', ['Startseite', title, ...BODY_DE, 'Claudia Dorn', 'Impressum', 'Datenschutz']))).toBe('metadata/byline-signature');
    expect(ruleOf(fromText('de', ['Startseite', title, ...BODY_DE, '© 2009-2012 Jonathan Kraus. Impressum & Datenschutz']))).toBe('metadata/byline-copyright');
  });
});

describe('a head line that opens with the author\'s name', () => {
  it('gives the name set off by a separator from what follows', () => {
    const found = fromText('de', ['Impressum', 'Freelancer Marketing: LinkedIn', BODY_DE[0]!, 'Doris Schubart • Dieser Beitrag erschien zuerst im Blog DoSchu.Com', ...BODY_DE.slice(1)]);
    expect(found.byline).toBe('Doris Schubart');
  });

  it('is no link to the comments', () => {
    expect(fromText('en', ['Home', 'seelenradio', 'Comment RSS · TrackBack URI', ...BODY_DE]).byline).toBeUndefined();
  });
});

describe('a name in a small heading beside the head lines', () => {
  const body = BODY_DE.flatMap((p) => [p, '']);

  it('is the author', () => {
    const markdown = ['# Wie pflege ich meine Zaubernuss im Winter?', '', '##### Christian Mittelbach', '', ...body].join('\n');
    expect(fromMarkdown('de', markdown).byline).toBe('Christian Mittelbach');
  });

  it('is no section heading', () => {
    const markdown = ['# Wie pflege ich meine Zaubernuss im Winter?', '', '## Hamamelis Mollis', '', ...body].join('\n');
    expect(fromMarkdown('de', markdown).byline).toBeUndefined();
  });
});

describe('a by-word alone above a link around a dropped photo and the name', () => {
  it('gives the name the link ends with', () => {
    const markdown = ['# Jansen kämpft um Brenninkmeyers Comeback', '', '-   Von', '-   [', '', '    Simon Brasse](https://www.example.org/autor/simon-braasch)', '-   19.10.19, 08:16 Uhr', '', ...BODY_DE.flatMap((p) => [p, ''])].join('\n');
    const found = fromMarkdown('de', markdown);
    expect(found.byline).toBe('Simon Brasse');
  });
});

describe('a user name after a by-word or a date', () => {
  it('is read without a colon when it has a digit or is no word of the prose', () => {
    expect(fromText('de', ['Die Zaubernuss im Winter', 'von flerche', ...BODY_DE]).byline).toBe('flerche');
    expect(fromText('de', ['Die Zaubernuss im Winter', 'von Gabriele1', ...BODY_DE]).byline).toBe('Gabriele1');
    expect(fromText('de', ['Die Zaubernuss im Winter', '28. Januar 2015 karstenrudolf Schreibe einen Kommentar', ...BODY_DE]).byline).toBe('karstenrudolf');
  });

  it('is no word the prose uses, no domain, and no category after a date', () => {
    expect(fromText('de', ['Die Zaubernuss im Winter', 'von anderen', ...BODY_DE]).byline).toBeUndefined();
    expect(fromText('de', ['Die Zaubernuss im Winter', 'von gartenblog.de', ...BODY_DE]).byline).toBeUndefined();
    expect(fromText('en', ['Winter care for witch hazel', 'October 22, 2019 report', ...BODY_DE]).byline).toBeUndefined();
  });
});

describe('a by-word alone over a name under the article', () => {
  // Past the head: a menu, the article, then its footer.
  const head = (title: string) => ['Startseite', 'Garten', title, ...BODY_DE, 'Kompost richtig anlegen', 'Rosen schneiden im März', 'Alle Beiträge ansehen'];
  const footer = ['Impressum', 'Datenschutz', 'Kontakt'];

  it('credits the author', () => {
    expect(fromText('de', [...head('Die Zaubernuss im Winter'), 'Von:', 'Gerd Wanke', ...footer]).byline).toBe('Gerd Wanke');
    expect(fromText('en', [...head('Winter care for witch hazel'), 'Published by', 'Daniel Lefort', ...footer]).byline).toBe('Daniel Lefort');
  });

  it('is no other credit ending in a by-word', () => {
    expect(fromText('de', [...head('Die Zaubernuss im Winter'), 'Herausgegeben von', 'Gleb Arkadin,', 'Brigitta Berger,', ...footer]).byline).toBeUndefined();
    expect(fromText('en', [...head('Winter care for witch hazel'), 'Recipe Advertising by', 'Velvet Nest Pageviews', ...footer]).byline).toBeUndefined();
  });
});

describe('a byline line beside a title that stands below the body start', () => {
  it('names the author when a teaser opened the prose above the title', () => {
    const teaser = 'Unsere Ratgeber erklären Schritt für Schritt, wie ihr eure Programme sichert, einrichtet und wieder herstellt, damit bei einem neuen Rechner nichts verloren geht und alles wie gewohnt funktioniert.';
    const menu = ['Software', 'Internet', 'Browser', 'Betriebssysteme', 'Hardware', 'Tipps'].map((item) => `-   ${item}`);
    const markdown = [teaser, '', ...menu, '', '# Lesezeichen im Browser exportieren und alles sichern', '', 'Marco Kranich , 01. Dez. 2017, 12:01 Uhr 3 min Lesezeit', '', ...BODY_DE.flatMap((p) => [p, ''])].join('\n');
    expect(fromMarkdown('de', markdown).byline).toBe('Marco Kranich');
  });
});

describe("a link to the author's page in the head of a Markdown dump", () => {
  const body = BODY_DE.flatMap((p) => ['', p]);

  it("gives the author as the page names them, a user name too", () => {
    const adams = ['# Wie pflege ich meine Zaubernuss im Winter?', '', '[Richard Ames](https://www.example.com/profile/richardames) Education editor', ...body].join('\n');
    expect(fromMarkdown('de', adams).byline).toBe('Richard Ames');
    const site = ['# Wie pflege ich meine Zaubernuss im Winter?', '', '-   [offene-worte.ch](https://example.ch/author/offene-worte-ch/)', ...body].join('\n');
    expect(fromMarkdown('de', site).byline).toBe('offene-worte.ch');
  });

  it('gives every author linked on the line', () => {
    const two = ['# Wie pflege ich meine Zaubernuss im Winter?', '', '[Lina Haddad](https://example.com/staff/lina-haddad/), [Samira Nour Aziz](https://example.com/staff/samira-nour-aziz/)', ...body].join('\n');
    expect(fromMarkdown('de', two).authors).toEqual(['Lina Haddad', 'Samira Nour Aziz']);
  });

  it("is no menu of the site's authors", () => {
    const authors = ['-   [Chris Blackwood](https://www.example.co.uk/author/chris-blackwood)', '-   [Jenny Elliot](https://www.example.co.uk/author/jenny-elliot)'];
    const menu = [...authors, '', '-   [Climate blogs](https://www.example.co.uk/climate)', '', 'Close', '', '# Wie pflege ich meine Zaubernuss im Winter?', ...body].join('\n');
    expect(fromMarkdown('de', menu).byline).toBeUndefined();
  });

  it('is not the words of a link that names no one, and not a topic page of a person', () => {
    const head = (line: string) => ['# Wie pflege ich meine Zaubernuss im Winter?', '', line, ...body].join('\n');
    expect(fromMarkdown('de', head('Anna Smith, 5. März 2021 · [Profil ansehen](https://www.example.com/author/anna-smith)')).byline).not.toBe('Profil ansehen');
    const topics = ['# Die Zaubernuss im Winter', '', ...body, '', 'Themen:', '', '[Olaf Berger](https://www.example.com/people/olaf-berger)', '', 'Impressum'];
    expect(fromMarkdown('de', topics.join('\n')).byline).toBeUndefined();
  });
});

describe('a user name on the date line of a post', () => {
  it('follows a by-word and its colon up to the next separator', () => {
    expect(fromText('de', ['Makrophotos von Insekten', '22. Januar 2020 @ 18:13 // Autor: b3t4x // ~ Lesezeit: 1 Minute', ...BODY_DE]).byline).toBe('b3t4x');
  });

  it('follows the date and time of the post, also on the date line below a title away from the body', () => {
    expect(fromText('de', ['Junge Fahrer beschädigen Sportwagen und Limousine', '19.10.2019 11:36 stadtradio', ...BODY_DE]).byline).toBe('stadtradio');
    const teaser = 'Unsere Ratgeber erklären Schritt für Schritt, wie ihr eure Programme sichert, einrichtet und wieder herstellt, damit bei einem neuen Rechner nichts verloren geht und alles wie gewohnt funktioniert.';
    const menu = ['Region', 'Schweiz', 'Sport', 'Kultur', 'Wetter', 'Videos'].map((item) => `-   ${item}`);
    const markdown = [teaser, '', ...menu, '', '# Junge Fahrer beschädigen Sportwagen und Limousine', '', '19.10.2019 11:36 stadtradio', '', ...BODY_DE.flatMap((p) => [p, ''])].join('\n');
    const found = fromMarkdown('de', markdown);
    expect([found.byline, found.published]).toEqual(['stadtradio', '2019-10-19']);
  });

  it('is not the label of an update after the time', () => {
    expect(fromText('de', ['Junge Fahrer beschädigen Sportwagen und Limousine', '05.03.2021 10:15 aktualisiert', ...BODY_DE]).byline).toBeUndefined();
  });

  it('is no by-word that ends the line over the name', () => {
    expect(fromText('de', ['Junge Fahrer beschädigen Sportwagen und Limousine', '21.01.2022 11:46 von', 'Peter Ohm', ...BODY_DE]).byline).toBe('Peter Ohm');
  });
});

describe('a bare name line beside the title', () => {
  const title = 'Die Zaubernuss im Winter';

  it('is no line whose capitalised words the page writes in lower case, with another ending too', () => {
    const body = [...BODY_DE, 'Die aktuellen Hefte und alle olympischen Sportarten finden Sie in unserem Archiv, das wir jeden Monat um neue Beiträge ergänzen.'];
    expect(fromText('de', [title, 'Aktuelle Ausgabe', ...body]).byline).toBeUndefined();
    expect(fromText('de', [title, 'Olympische Winterspiele', ...body]).byline).toBeUndefined();
  });

  it('is a name with particles inside it, none first', () => {
    expect(fromText('de', [title, 'Ruud van der Berg', ...BODY_DE]).byline).toBe('Ruud van der Berg');
    expect(parseNames('zu Gast', nameWords, 2)).toBeUndefined();
  });
});

describe("a user's display name linking to the author's page", () => {
  it('may have words in lower case', () => {
    const markdown = ['# Bhindi masala (okra stir fry)', '', 'September 15, 2020 _by_[Rafiq hassan](https://www.example.com/profile/18169630202487810573) [Post a Comment](#)', '', ...BODY_DE.flatMap((p) => [p, ''])].join('\n');
    expect(fromMarkdown('en', markdown).byline).toBe('Rafiq hassan');
  });
});

describe('a date run into the name before it', () => {
  it('parts the name from the date', () => {
    expect(namesBesideDate('Mara Lee TannbergNovember 6, 2023', linePatterns('en'), 'en')).toEqual({ names: ['Mara Lee Tannberg'] });
  });

  it('is no word that happens to start with a capital', () => {
    expect(unglueDate('Anna RothNovember 6, 2023')).toBe('Anna Roth November 6, 2023');
    expect(unglueDate('Anna RothSenior 6, 2023')).toBe('Anna RothSenior 6, 2023');
  });
});

describe("a line that is a name linking to the author's page", () => {
  const body = BODY_DE.flatMap((p) => [p, '']);
  const footer = ['Mehr zum Thema:', '', 'Kompost richtig anlegen', '', 'Rosen schneiden im März', '', 'Alle Beiträge ansehen', '', 'Impressum', ''];

  it('names the author under the article, also where a dropped photo broke the link', () => {
    const box = ['[', '', 'Tom Arndt', '', '](https://www.example.at/autor/tom-arndt)', ''];
    const found = fromMarkdown('de', ['# Die Zaubernuss im Winter', '', ...body, ...footer, ...box, 'Datenschutz'].join('\n'));
    expect(found.byline).toBe('Tom Arndt');
    // Weaker evidence than a head line: it cites a rule of its own.
    expect(found.spans.find((s) => s.rule.startsWith('metadata/byline'))?.rule).toBe('metadata/byline-author-link');
  });

  it('is no list of the authors', () => {
    const list = ['[Tom Arndt](https://www.example.at/autor/tom-arndt)', '', '[Anna Smith](https://www.example.at/autor/anna-smith)', ''];
    expect(fromMarkdown('de', ['# Die Zaubernuss im Winter', '', ...body, ...footer, ...list, 'Datenschutz'].join('\n')).byline).toBeUndefined();
  });
});

describe('a user name with a digit in a small heading beside the title', () => {
  it('is the author, not the role below it', () => {
    const markdown = ['# Wie pflege ich meine Zaubernuss im Winter?', '', '### [delta512](#)', '', 'Senior Contributor', '', ...BODY_DE.flatMap((p) => [p, ''])].join('\n');
    expect(fromMarkdown('de', markdown).byline).toBe('delta512');
  });
});

describe("the maker a site's footer names", () => {
  const page = (footer: string) => ['Die Zaubernuss im Winter', ...BODY_DE, 'Impressum', 'Datenschutz', footer];

  it('follows a by-word after the copyright sign and the site, or after the years', () => {
    expect(fromText('de', page('© Stylegart by Ramona')).byline).toBe('Ramona');
    expect(fromText('de', page('Archive – RSS – Impressum – 2009-2020 by Florian Poschmann – Powered by Nikola')).byline).toBe('Florian Poschmann');
  });

  it('is no brand and no software the site runs on', () => {
    expect(fromText('de', page('© by ChatCaster')).byline).toBeUndefined();
    expect(fromText('de', page('Impressum – Powered by Nikola')).byline).toBeUndefined();
  });

  it('is no credit for the theme, the design or the software, and no lone word after the years', () => {
    expect(fromText('de', page('© 2021 Theme by Jane Doe')).byline).toBeUndefined();
    expect(fromText('de', page('© 2024 Powered by Hugo')).byline).toBeUndefined();
    expect(fromText('de', page('Copyright © 2022 Design by Studio Nord')).byline).toBeUndefined();
    expect(fromText('de', page('Über uns – 2012–2024 by Ghost')).byline).toBeUndefined();
  });

  it('is read below the article only, not from a list inside it', () => {
    const books = ['Die Zaubernuss im Winter', BODY_DE[0]!, 'Die Brücke – 1987 by Anna Roth', BODY_DE[1]!, BODY_DE[2]!, 'Impressum'];
    expect(fromText('de', books).byline).toBeUndefined();
    expect(fromText('de', [...books, '2009-2020 by Anna Roth']).byline).toBe('Anna Roth');
  });
});

describe('a user name with a digit', () => {
  it('opens with a letter: a hash is none', () => {
    expect(userName('delta512', new Set())).toBe('delta512');
    expect(userName('53247a6', new Set())).toBeUndefined();
  });
});

describe('a by-word alone over a heading', () => {
  it('gives the name the heading holds (a link around a photo and the name)', () => {
    const markdown = ['# Die Zaubernuss im Winter', '', ...BODY_DE.flatMap((p) => [p, '']), 'von  ', '', '[', '', '## Ursula Bauer', '', '](#)', '', '-   [ABO](#)'].join('\n');
    expect(fromMarkdown('de', markdown).byline).toBe('Ursula Bauer');
  });
});

describe('a list item that is one link beside the title', () => {
  const body = BODY_DE.flatMap((p) => ['', p]);

  it('is a menu entry, no name', () => {
    const markdown = ['-   [Startseite](https://www.example.eu/)', '', '    -   [Neue Kunden](https://www.example.eu/telefonische-akquise)', '', '# Was ist anders als bei manchen Wettbewerbern?', ...body].join('\n');
    expect(fromMarkdown('de', markdown).byline).toBeUndefined();
  });

  it('is the name below a by-word', () => {
    const markdown = ['Tipps von', '', '-   [Marie Jansen](#)', '', '6.11.22', '', '# Bretagne Travel Guide', ...body].join('\n');
    expect(fromMarkdown('de', markdown).byline).toBe('Marie Jansen');
  });
});

describe('a bare name line of four words', () => {
  it('is a row of buttons, no name', () => {
    expect(fromText('de', ['Die Zaubernuss im Winter', 'Weitere Informationen Akzeptieren Ablehnen', ...BODY_DE]).byline).toBeUndefined();
  });
});

describe("the linked authors of a paper with their affiliations' marks", () => {
  it('are the byline', () => {
    const markdown = ['# Skin Reactions to a Common Antibiotic: A Case Series', '', '-   [Karim H. Saleh](#)[1](#)', '', ...BODY_DE.flatMap((p) => [p, ''])].join('\n');
    expect(fromMarkdown('en', markdown).byline).toBe('Karim H. Saleh');
    const two = ['# Skin Reactions to a Common Antibiotic: A Case Series', '', '[Anna Smith](#)[1](#), [Bo Lindqvist](#)[2](#)', '', ...BODY_DE.flatMap((p) => [p, ''])].join('\n');
    expect(fromMarkdown('en', two).authors).toEqual(['Anna Smith', 'Bo Lindqvist']);
  });
});

describe("a linked name with the post's age beside it", () => {
  it('is the byline, before a dated teaser byline further down', () => {
    const teaser = ['### [Another Story](#)', '', '[Holger Brandt](#) • February 15, 2017', ''];
    const markdown = ['# Der Winter im Garten', '', '[Ines Kowalski](#) • 8h', '', '[Share](#) [Tweet](#)', '', ...BODY_DE.flatMap((p) => [p, '']), ...teaser].join('\n');
    expect(fromMarkdown('de', markdown).byline).toBe('Ines Kowalski');
    const ago = ['# Der Winter im Garten', '', '[Ines Kowalski](#) · 3 hours ago', '', ...BODY_DE.flatMap((p) => [p, ''])].join('\n');
    expect(fromMarkdown('de', ago).byline).toBe('Ines Kowalski');
  });
});

describe('an inline byline whose linked name runs into the next word', () => {
  it('ends the name where its link ends', () => {
    const line = 'am [5. März 2021](https://blog.example/2021/03/05/) von [Ines Kowalski](https://blog.example/author/ines/)in [Garten](https://blog.example/category/garten/)';
    const markdown = ['# Der Winter im Garten', '', line, '', ...BODY_DE.flatMap((p) => [p, ''])].join('\n');
    expect(fromMarkdown('de', markdown).byline).toBe('Ines Kowalski');
  });
});

describe('a line beside the title with a link over a part of it', () => {
  it('is a breadcrumb, no name', () => {
    const markdown = ['[Home](#) Johannes', '', '# Johannes', '', ...BODY_DE.flatMap((p) => [p, ''])].join('\n');
    expect(fromMarkdown('de', markdown).byline).toBeUndefined();
  });
});

describe("a site's team after a by-word", () => {
  it("keeps the site's name with its dot", () => {
    expect(fromText('de', ['Die Zaubernuss im Winter', 'Author Solartech.NEWS Redaktion', ...BODY_DE]).byline).toBe('Solartech.NEWS Redaktion');
  });

  it('holds no word of the page\'s sentences', () => {
    const body = ['Die aktuelle Lage im Garten ist gut, und die Pflanzen wachsen in diesem Jahr besonders schnell.', ...BODY_DE];
    expect(fromText('de', ['Die Zaubernuss im Winter', 'Author Gartenblick.NET Redaktion', ...body]).byline).toBe('Gartenblick.NET Redaktion');
    expect(fromText('de', ['Die Zaubernuss im Winter', 'Author Aktuelle Gartenblick.NET', ...body]).byline).toBeUndefined();
  });
});

describe('a user name with a digit after a by-word phrase', () => {
  it('is read beside the title without the prose words at hand', () => {
    expect(fromText('en', ['Winter care for witch hazel', 'A note from delta512', ...BODY_DE]).byline).toBe('delta512');
  });
});

describe('a role written after the name', () => {
  it('is cut off a name line beside the head lines', () => {
    const lines = ['Die Zaubernuss im Winter', 'Anna Smith Redakteurin', '12. Januar 2021', ...BODY_DE];
    expect(fromText('de', lines).byline).toBe('Anna Smith');
  });

  it('is cut off a "By …" line, with a word before it that the role takes in lower case', () => {
    expect(bylineOf('en', 'By Tom Becker Science editor')).toEqual(['Tom Becker']);
    expect(bylineOf('fr', 'Par Luc Martin Correspondant à Genève')).toEqual(['Luc Martin']);
  });

  it('is cut off before the name, alone or closing a compound', () => {
    expect(fromText('de', ['Die Zaubernuss im Winter', 'Garten-Expertin Anna Schmidt', '12. Januar 2021', ...BODY_DE]).byline).toBe('Anna Schmidt');
    expect(bylineOf('de', 'Von Redakteurin Anna Schmidt')).toEqual(['Anna Schmidt']);
  });

  it('leaves a name of three words whole', () => {
    expect(bylineOf('en', 'By Mara Lee Tannberg Editor')).toEqual(['Mara Lee Tannberg']);
    expect(bylineOf('en', 'By Mara Lee Tannberg')).toEqual(['Mara Lee Tannberg']);
  });
});

describe('a bare name between the title and the date line', () => {
  it("beats a byline line away from the body's start, a comment's", () => {
    const lines = ['Die Zaubernuss im Winter', 'Anna Schmidt', '12. Januar 2021', ...BODY_DE, ...BODY_DE, 'Von Bernd Keller am 13. Januar 2021 um 10:12', 'Danke für den Tipp!'];
    expect(fromText('de', lines).byline).toBe('Anna Schmidt');
  });
});

describe('a name with soft hyphens in it', () => {
  it('is read without them', () => {
    expect(bylineOf('de', 'Von Chris\u00ADti\u00ADne Wal\u00ADter')).toEqual(['Christine Walter']);
  });
});

describe('a bare name beside the title repeated just below it', () => {
  it('is read two lines below the repeat, under the standfirst', () => {
    const lines = ['Gartenpflege: Die Zaubernuss im Winter', '12.01.2021, 10:12 Uhr', 'Gartenpflege : Die Zaubernuss im Winter', 'Wie der Strauch gut durch die kalten Wochen kommt und warum er kaum geschnitten wird.', 'Anna Schmidt', ...BODY_DE];
    expect(fromText('de', lines).byline).toBe('Anna Schmidt');
  });
});

describe("a picture's credit after the name", () => {
  it('ends the name', () => {
    expect(fromText('de', ['Die Zaubernuss im Winter', 'Garten 06.11.2023 13:30 von Greta Symbolbild dpa', ...BODY_DE]).byline).toBe('Greta');
  });
});

describe('an interview credited with a colon', () => {
  it("names the interviewer, the article's author", () => {
    expect(bylineOf('de', 'Interview: Julia Schmidt')).toEqual(['Julia Schmidt']);
  });

  it('needs the colon: an interview with someone names no author', () => {
    expect(bylineOf('de', 'Interview mit Julia Schmidt')).toBeUndefined();
  });
});

describe("a name with the post's time beside the title", () => {
  it('is read up to the time', () => {
    expect(fromText('de', ['Die Zaubernuss im Winter', 'Anna Schmidt 06 PM | 18 Mai', ...BODY_DE]).byline).toBe('Anna Schmidt');
  });

  it('is no name with a number that is no time after it', () => {
    expect(fromText('de', ['Die Zaubernuss im Winter', 'Anna Schmidt 42 Beiträge', ...BODY_DE]).byline).toBeUndefined();
  });
});

describe('a section label over the title, not a name', () => {
  const body = BODY_DE.flatMap((p) => ['', p]);

  it('is a line of several links, each a word and not a whole name', () => {
    const markdown = ['[Garten](#) [Gehölze](#)', '', '# Die Zaubernuss im Winter', ...body].join('\n');
    expect(fromMarkdown('de', markdown).byline).toBeUndefined();
    const authors = ['[Marie Jansen](#), [Paul Berger](#)', '', '# Die Zaubernuss im Winter', ...body].join('\n');
    expect(fromMarkdown('de', authors).byline).toBe('Marie Jansen, Paul Berger');
  });

  it("is a menu's entry repeated above the title", () => {
    expect(fromText('de', ['Startseite', 'Grüne Welt', 'Wohnen', 'Grüne Welt', 'Die Zaubernuss im Winter', ...BODY_DE]).byline).toBeUndefined();
    expect(fromText('de', ['Startseite', 'Wohnen', 'Grete Hollmann', 'Die Zaubernuss im Winter', ...BODY_DE]).byline).toBe('Grete Hollmann');
  });
});

describe('words that are no name after a by-word', () => {
  it('hold a small word that title case capitalises', () => {
    expect(bylineOf('en', 'By Letters To The Editor |')).toBeUndefined();
    expect(bylineOf('en', 'More from The Weekly Post')).toBeUndefined();
    expect(bylineOf('en', 'More from Anna Smith')).toEqual(['Anna Smith']);
  });

  it('run the words of a menu together before another word, where one user name may', () => {
    expect(parseNames('AllGardenHomeKitchen Insights', nameWords, 1)).toBeUndefined();
    expect(parseNames('KleineGrüneMonster', nameWords, 1)).toEqual(['KleineGrüneMonster']);
  });
});

describe("a footer's copyright holder that is no person", () => {
  const title = 'Wie pflege ich meine Zaubernuss im Winter?';

  it('writes a word in capitals, or is a company of a language with its word', () => {
    expect(fromText('en', ['Home', title, ...BODY_DE, '© 2014-2021 GX Consortium. All Rights Reserved.']).byline).toBeUndefined();
    expect(fromText('pl', ['Home', title, ...BODY_DE, 'Copyright Nowa Gazeta Sp. z o.o.']).byline).toBeUndefined();
    expect(fromText('de', ['Home', title, ...BODY_DE, '© 2020 Nordstadt Online']).byline).toBeUndefined();
  });

  it("holds a word of the page's sentences", () => {
    const body = [...BODY_DE, 'Der Gartenverband gibt jedes Jahr einen Kalender mit den winterlichen Blühern heraus, den Mitglieder kostenlos bekommen.'];
    expect(fromText('de', ['Home', title, ...body, '© 2022 Winterlicher Gartenverband']).byline).toBeUndefined();
  });
});

describe('a name written twice in a row, or after a joiner', () => {
  it('is read once, where a dump kept a link and its title', () => {
    expect(parseNames("Léa Morvan-Le GallLéa Morvan-Le Gall", nameWords, 1)).toEqual(['Léa Morvan-Le Gall']);
    expect(bylineOf('fr', 'Par Olivier Marchetti Olivier Marchetti')).toEqual(['Olivier Marchetti']);
  });

  it('is none after a joiner that opens the words: a menu entry of two words', () => {
    expect(bylineOf('de', 'Autoren & Herausgeber')).toBeUndefined();
  });
});

describe('a credit to another than the author', () => {
  const title = 'Wie pflege ich meine Zaubernuss im Winter?';

  it('is no byline: the reviewer after the author, a photographer alone', () => {
    expect(fromText('en', [title, 'By Grace Holloway, MA', 'Health News', 'Reviewed by Tomas Brandt, MD', ...BODY_DE]).byline).toBe('Grace Holloway');
    expect(fromText('en', [title, 'Reviewed by Tomas Brandt, MD', ...BODY_DE]).byline).toBeUndefined();
    expect(fromText('de', [title, 'Fotos von', 'Tomas Brandt', ...BODY_DE]).byline).toBeUndefined();
  });
});

describe('the bylines of a list of teasers under the article', () => {
  const title = 'Wie pflege ich meine Zaubernuss im Winter?';

  it("are the teasers' authors, not the article's", () => {
    const teasers = ['More stories', 'Frost comes early to the northern valleys', 'By Nora Quinlan 12 May 2022, 4:18pm', 'A lighthouse keeper retires after forty years', 'By Ivo Markert 12 May 2022, 4:13pm'];
    const body = [...BODY_DE, ...BODY_DE.map((p) => p.replace('Zaubernuss', 'Hamamelis'))];
    expect(fromText('en', ['Home', title, ...body, ...teasers]).byline).toBeUndefined();
  });

  it('leave a credit alone under the article', () => {
    expect(fromText('de', ['Startseite', title, ...BODY_DE, 'Text: Nora Quinlan', 'Impressum']).byline).toBe('Nora Quinlan');
  });
});

describe("the words of a page's buttons and menus", () => {
  const title = 'Wie pflege ich meine Zaubernuss im Winter?';

  it('are no name beside the title or below the article', () => {
    expect(fromText('en', [title, 'Tweet This', ...BODY_DE]).byline).toBeUndefined();
    expect(fromText('de', [title, 'Teilen Twittern', ...BODY_DE]).byline).toBeUndefined();
    expect(fromText('de', ['Startseite', title, ...BODY_DE, 'Cookie-Einstellungen Ablehnen Akzeptieren']).byline).toBeUndefined();
    expect(bylineOf('en', 'By Harbor News |')).toBeUndefined();
  });

  it('leave a name beside the title alone', () => {
    expect(fromText('de', [title, 'Grete Hollmann', ...BODY_DE]).byline).toBe('Grete Hollmann');
  });
});

describe('a body or a notice where a name would stand', () => {
  const title = 'Wie pflege ich meine Zaubernuss im Winter?';

  it("is no copyright holder: a public body's word, the word Copyright again", () => {
    expect(fromText('de', ['Startseite', title, ...BODY_DE, '© 2021 Stadt Lindenau']).byline).toBeUndefined();
    expect(fromText('en', ['Home', title, ...BODY_DE, '© 2022 Copyright Harbor Lights. All rights reserved.']).byline).toBeUndefined();
  });

  it('is no name on a date line: a label of the section or of paid content', () => {
    expect(bylineOf('de', 'Von Pressemitteilung Aktuell')).toBeUndefined();
    expect(namesBesideDate('04. November 2021 | PAID CONTENT', linePatterns('en'), 'en')).toBeUndefined();
  });

  it('is no name below the label of an operator', () => {
    expect(fromText('en', ['Travel advice', 'Managed by:', 'Harbor Rail', ...BODY_DE]).byline).toBeUndefined();
  });
});

describe('a small word of title case in a name', () => {
  it('may open it, not follow its first word', () => {
    expect(parseNames('To Lan', nameWords, 2)).toEqual(['To Lan']);
    expect(parseNames('Letters To', nameWords, 2)).toBeUndefined();
  });
});

describe("a portrait's caption beside the title", () => {
  const title = 'Wie pflege ich meine Zaubernuss im Winter?';

  it('is the name above the picture credit, not the author', () => {
    expect(fromText('de', [title, 'Grete Hollmann', '© Ivo Markert (Bildagentur)', ...BODY_DE]).byline).toBeUndefined();
    expect(fromText('de', [title, 'Grete Hollmann', 'Foto: Ivo Markert', ...BODY_DE]).byline).toBeUndefined();
  });
});
