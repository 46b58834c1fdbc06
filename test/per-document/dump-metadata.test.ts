/**
 * Metadata read from the lines of Markdown and text dumps: snippets cut from scraper dumps
 * of real pages (the page <body> only: no <title>, no meta tags), parsed as winnow parses them.
 */
import { describe, expect, it } from 'vitest';
import { stripSiteFromTitle } from '../../src/per-document/metadata/site-name.js';
import { dumpLinesFromMarkdown as fromMarkdown, dumpLinesFromText as fromText } from '../helpers/dump-text.js';

const BODY_EN = [
  'Harbor patrol officers found 310 pounds (140.6 kilos) of cocaine hidden inside a fishing boat that was being pulled out of the water at a marina on the east coast, the agency said in a statement on Monday.',
  'On May 8, patrol agents were checking a public boat ramp near the marina in Costa Verde, Puerto Rico. According to the report, the agents saw a boat being pulled from the water and stopped it for an inspection.',
];

const BODY_DE = [
  'Am 14. Juni 2005 hielt Paul Lindner eine vielbeachtete Rede vor den Absolventen der Universität Greifswald. Er sprach über drei Erlebnisse, die ihn geprägt hatten, und jedes davon handelte von kleinen Entscheidungen, die erst später ihren Sinn zeigten.',
  'David Hollis, ein bekannter Berater für Markenführung, hat diesen Gedanken weitergeführt, als er der Frage nachging, woher gute Ideen eigentlich kommen. In einem Aufsatz schreibt er, dass sie meist aus dem Verbinden alter Einsichten entstehen.',
];

describe('dump titles', () => {
  it('may end in a question mark', () => {
    const found = fromText('de', ['Kontakt/Impressum', 'Beitragsnavigation', '← Vorherige Nächste →', 'Was ist Kreativität?', 'Veröffentlicht am 15/07/2014 von Guido Hammel', ...BODY_DE]);
    expect(found.title).toBe('Was ist Kreativität?');
    expect(found.published).toBe('2014-07-15');
  });

  it('is not taken for a byline because it says "by" in the middle', () => {
    const title = 'Ferry Heading to Harbour Town With 300 Crates of Contraband Stopped by Harbour Inspectors, Port Authority Says';
    const found = fromText('en', ['Login', 'BREAKING', title, 'Harbour News Published On May 10, 2022 01:52 PM', 'Staff Collective | May 10, 2022 01:52:54 PM', ...BODY_EN]);
    expect(found.byline ?? '').not.toContain('Federal');
    expect(found.title).toBe(title);
    expect(found.published).toBe('2022-05-10');
  });
});

describe('dump bylines inside a head line', () => {
  it('are read just below the body start too, but not out of a sentence there', () => {
    const found = fromText('en', [
      'You are here: Home / Decor / Small Kitchens / 15 Smart Tiny Kitchen Ideas When You’re Short On Room',
      '15 Smart Tiny Kitchen Ideas When You’re Short On Room',
      'This post and the photos within it may contain affiliate links. If you purchase something through the link, I may receive a small commission at no extra cost to you.',
      'July 24, 2019 by Kara Westfall 5 Comments',
      ...BODY_EN,
    ]);
    expect(found.byline).toBe('Kara Westfall');
    expect(found.published).toBe('2019-07-24');
    const sentence = fromText('de', [...BODY_DE.slice(0, 1), 'Jedes Mädchen träumt von Jonas Lindqvist, oder von jemandem ähnlichen.', ...BODY_DE.slice(1)]);
    expect(sentence.byline).toBeUndefined();
  });

  it('take the names after the prefix when the line starts with one', () => {
    const found = fromText('de', [
      'Immobilien',
      'Immobilienkrise Anton Gruber-Firma Corvia in Sorge – Bilanzen und Sanierungsplan',
      'Das Corvia-Immobilienimperium von Anton Gruber ist angeschlagen. Jetzt zeigen Bilanzen die Geldsorgen.',
      'Veröffentlicht am 1. November 2023 09:35',
      'von Claudio Ferrante Twitter Account von Claudio Ferrante',
      'Facebook',
      'Twitter',
      'Xing',
      'LinkedIn',
      'E-Mail',
      'Kommentare',
      'Anton Gruber. Photographer: Lukas Berndt/Getty Images Europe',
      'In Bremen ist das Thema derzeit überall zu hören. Auf mehreren großen Baustellen steht die Arbeit still, weil die Firmen von der Corvia-Gruppe des Unternehmers Anton Gruber kein Geld mehr bekommen.',
      'Corvia Development von Anton Gruber hat Liquiditätssorgen und holt Berater',
      'Wegen knapper Kassen sucht die Corvia Development AG aus der Gruppe des Unternehmers Anton Gruber nun Berater für Finanzen und Recht, berichtet Bloomberg.',
    ]);
    expect(found.byline).toBe('Claudio Ferrante');
  });
});

describe('the one <h1> of a Markdown dump', () => {
  it('is the title, even below a caption that opens the body', () => {
    const markdown = [
      '## Up Next',
      '[Budget talks and the ghost of past shutdowns  \nRebecca Thornwood](#)',
      '**Traffic on the eastbound and the westbound lanes of the Interstate 90 highway near a big city airport (Getty/Armen Tashjian)**',
      '# Despite the heat, city water use fell in 2019',
      '## Lawns have been drying out faster over the past ten summers',
      ...BODY_EN,
    ].join('\n\n');
    expect(fromMarkdown('en', markdown).title).toBe('Despite the heat, city water use fell in 2019');
  });

  it('is the last <h1> of some words before the body when a tagline or a label is an <h1> too', () => {
    const markdown = [
      '## Menu',
      '# Das Portal für sicheres Online-Banking',
      '[Start](#) [Themen](#) [Über uns](#)',
      '# Hersteller stoppt Updatepläne für Smartwatches',
      '## Behörden erhielten Zugriff auf tausende Nutzerkonten',
      ...BODY_DE,
      '# [Cronaca](#)',
    ].join('\n\n');
    expect(fromMarkdown('de', markdown).title).toBe('Hersteller stoppt Updatepläne für Smartwatches');
  });

  it('is not taken when it opens the dump (the page <title> stands there when the page has no <h1>)', () => {
    const markdown = ['# Customs News | Daily Wire', '## Cocaine found on a vessel', ...BODY_EN].join('\n\n');
    expect(fromMarkdown('en', markdown).title).toBe('Cocaine found on a vessel');
  });
});

describe('the headline of a text dump', () => {
  it('is the line a breadcrumb repeats, below the date line', () => {
    const title = '„Kurzer“ Vorverkauf für Pokal-Spiele gestartet';
    const found = fromText('de', [
      'Fanshop',
      'Besucht uns auf Facebook',
      'Besucht uns auf Youtube',
      `Startseite » Alle News » ${title}`,
      'Veröffentlichung: 2. Februar 2022',
      title,
      'Neue Auflagen erlauben nur 2500 Zuschauer in der Nordsee Arena',
      'Die Nordsee Arena am Tag eines Heimspiels der Weser-Ems Falken.',
      `${title}: Wegen der neuen Auflagen für große Veranstaltungen dürfen die Weser-Ems Falken im März nur 2500 Zuschauer zu ihren Heimspielen in die Nordsee Arena lassen. In den Vorverkauf geht deshalb nur ein kleiner Teil der Karten.`,
      'Für das Pokalspiel in Oldenburg am Samstag um 16 Uhr gibt es noch Karten, der Verkauf hat am Montag begonnen.',
      ...BODY_DE,
    ]);
    expect(found.title).toBe(title);
    expect(found.published).toBe('2022-02-02');
  });

  it('is the line above the author and the date, not a subheading below them', () => {
    const found = fromText('en', [
      'Sign in',
      'Node.js and memory leaks in production (found live, without restarts)',
      'Vincent Morvan',
      'Oct 18, 2019 · 8 min read',
      'Why memory monitoring matters?',
      ...BODY_EN,
    ]);
    expect(found.title).toBe('Node.js and memory leaks in production (found live, without restarts)');
    expect(found.byline).toBe('Vincent Morvan');
  });

  it('is the line a page repeats right away, even far from where the prose starts', () => {
    const title = 'Große Pläne für die neue Koalition';
    // A longer run of prose (an about-us box) above the menu outweighs the short news item below it.
    const about = [...BODY_DE, ...BODY_DE].map((p, i) => `${p} (${i + 1})`);
    const menu = ['Kloster Eberfeld', 'Tagungszentrum Nürnberg', 'Presse', 'News', 'Kontakt', 'Impressum', 'Datenschutz', 'Newsletter'];
    const found = fromText('de', [...about, ...menu, title, 'Tunesien', title, 'Amira Haddad führt als erste Frau die Regierung des Landes. Am Dienstag stellte sie ihr neues Kabinett vor.', ...menu, ...menu]);
    expect(found.title).toBe(title);
  });

  it('is the phrase above the byline, not a section label, a photo credit in brackets or a caption', () => {
    const found = fromText('en', [
      'Share Close extra sharing options',
      'Print',
      'Politics',
      'As his first debate nears, Whitfield is having to answer about his past',
      'Thomas R. Whitfield campaigns in Tucson last week.',
      '(Marisa Delgado / Fresno Courier)',
      'By Evan Mercer',
      'Feb. 19, 2020',
      ...BODY_EN,
    ]);
    expect(found.title).toBe('As his first debate nears, Whitfield is having to answer about his past');
    expect(found.byline).toBe('Evan Mercer');
  });
});

describe('the headline of a text dump, over its subtitle', () => {
  it('is the upper of two long title-shaped lines, and not a line with a date', () => {
    const found = fromText('en', [
      'Local News',
      'Local News |',
      'Gambling ring catering to bankers, doctors, lawyers busted in Denver',
      'Players paid up to $900 a night for private tables',
      'District Attorney Joshua Pratt speaks to reporters after four people were charged with running an illegal card room network',
      'By Grace Wallinger | gwallinger@harbornews.com',
      'November 8, 2023 at 5:45 p.m.',
      ...BODY_EN,
    ]);
    expect(found.title).toBe('Gambling ring catering to bankers, doctors, lawyers busted in Denver');
    const dated = fromText('de', ['Aktuell', 'Reparaturcafé am 28. Januar', '24.01.2020 Soziales & Gesundheit Startseite App', ...BODY_DE]);
    expect(dated.title).toBe('Reparaturcafé am 28. Januar');
  });
});

describe('a name line beside the title', () => {
  it('loses its by-word and a closing stop', () => {
    const found = fromText('en', ['News', 'Nvidia and AMD strike back at the price of graphics cards', 'By Matthew Ellery', 'May 3, 2021', ...BODY_EN]);
    expect(found.byline).toBe('Matthew Ellery');
    expect(fromText('en', ['News', 'Nvidia and AMD strike back at the price of graphics cards', 'Tatyana Morrow.', 'May 3, 2021', ...BODY_EN]).byline).toBe('Tatyana Morrow');
  });
});

describe('a by-word left alone on its line', () => {
  it('takes the names on the lines below it, joined by "and" lines', () => {
    const found = fromText('en', [
      'Listen Live',
      'Donate',
      'News',
      "Zoning dispute dogs Queens council member's re-election bid",
      'By',
      'David Rourke',
      'and',
      'Ramsey Haddad',
      'Published Nov 8, 2023',
      ...BODY_EN,
    ]);
    expect(found.authors).toEqual(['David Rourke', 'Ramsey Haddad']);
    expect(found.published).toBe('2023-11-08');
    expect(found.title).toBe("Zoning dispute dogs Queens council member's re-election bid");
  });

  it('reads the names after a date that leads its line', () => {
    const found = fromText('de', ['Startseite', 'News', 'Zucht', '04.02.2022 | 13:10 Uhr | Ilka Vorbrügge', 'Stellungnahme des Vereins zur Probesaison 2022', ...BODY_DE]);
    expect(found.byline).toBe('Ilka Vorbrügge');
    expect(found.published).toBe('2022-02-04');
  });
});

describe('a date line that names the author after a by-word', () => {
  it('gives the date and the author, a user name too, whatever else the line shows', () => {
    const blog = fromText('de', [
      'About',
      '…notes from the back room…',
      'Was wurde eigentlich aus Kanban?',
      'Dezember 10, 2019 · von kranich1984 · in Uncategorized · Hinterlasse einen Kommentar',
      ...BODY_DE,
    ]);
    expect(blog.published).toBe('2019-12-10');
    expect(blog.byline).toBe('kranich1984');
    expect(blog.title).toBe('Was wurde eigentlich aus Kanban?');
  });

  it('does not count the digits of a date and a time as words', () => {
    const found = fromText('pt', ['Política', 'Governo anuncia novo pacote', 'postado em 04/05/2022 07:12 / atualizado em 04/05/2022 07:15', ...BODY_EN]);
    expect(found.published).toBe('2022-05-04');
  });
});

describe('date lines with more than the date', () => {
  it('read a label after a section name and a time with seconds', () => {
    const found = fromText('en', [
      'Sections Detail',
      'Login',
      'BREAKING',
      'Ferry Heading to Harbour Town With 300 Crates of Contraband Stopped by Harbour Inspectors, Port Authority Says',
      'Harbour News Published On May 10, 2022 01:52 PM',
      'Staff Collective | May 10, 2022 01:52:54 PM',
      ...BODY_EN,
    ]);
    expect(found.published).toBe('2022-05-10');
  });

  it('read a dateline: places, then the date that ends the line', () => {
    const found = fromText('de', ['Presse', 'Pressemitteilungen', 'Sechs Fonds mit Green Finance Preis ausgezeichnet', 'Kronberg im Taunus | Darmstadt, 11. November 2021', ...BODY_DE]);
    expect(found.published).toBe('2021-11-11');
    expect(found.title).toBe('Sechs Fonds mit Green Finance Preis ausgezeichnet');
  });

  it('read a byline set off from its date by slashes', () => {
    const found = fromText('de', ['Startseite', 'Elektromobilität', 'Die Kunst der Planung', 'Von Felix Dornbach // 1. November 2023', ...BODY_DE]);
    expect(found.byline).toBe('Felix Dornbach');
    expect(found.published).toBe('2023-11-01');
  });
});

describe('bylines whose names are links in a Markdown dump', () => {
  const head = (line: string) => ['# Despite the heat, city water use fell in 2019', line, ...BODY_EN].join('\n\n');

  it('take the link text as the name, not the role or date run into it', () => {
    expect(fromMarkdown('en', head('By [Evan Mercer](#)Staff Writer')).byline).toBe('Evan Mercer');
    const dated = fromMarkdown('en', head('[Shana Lee Hartwell](#)November 6, 2023'));
    expect(dated.byline).toBe('Shana Lee Hartwell');
    expect(dated.published).toBe('2023-11-06');
  });

  it('read a by-word inside the link and a date before the link', () => {
    const inside = fromMarkdown('de', head('[By **Martin Vollrath**](https://www.example.org/author/martin-vollrath/) On **12\\. Dezember 2022**'));
    expect(inside.byline).toBe('Martin Vollrath');
    expect(inside.published).toBe('2022-12-12');
    const before = fromMarkdown('de', head('23.06.2016 um 16:14 Uhr - [Markus Brenner](#) - [47 Ergänzungen](#)'));
    expect(before.byline).toBe('Markus Brenner');
  });

  it('stop at a link that is not joined to the name by a comma or "and"', () => {
    expect(fromMarkdown('de', head('von [Claudio Ferrante](#) [Twitter Account von Claudio Ferrante](#)')).byline).toBe('Claudio Ferrante');
  });
});

describe("today's date in the masthead", () => {
  it('is not the date of an article that shows none near its head', () => {
    const menu = ['Startseite', 'Politik', 'Wirtschaft', 'Kultur', 'Sport', 'Wissen', 'Reise', 'Auto', 'Digital', 'Panorama', 'Meinung', 'Video'];
    const lines = ['Mittwoch, 8. Juli 2020', ...menu, ...menu, 'Polen, Litauen und die Wiederkehr alter Ängste', ...BODY_DE];
    expect(fromText('de', lines).published).toBeUndefined();
  });
});

describe('the site part of a page title', () => {
  it('goes when it spells a label of the host, subdomains and umlauts as host names write them', () => {
    expect(stripSiteFromTitle('Wert der Arbeit – ein Projekt | Weiße Rosen', 'weisserosen.wordpress.com')).toBe('Wert der Arbeit – ein Projekt');
    expect(stripSiteFromTitle('Waldschutz als Wahlkampfthema - Wald Für Alle Wald Für Alle', 'waldfueralle.blog.example.de')).toBe('Waldschutz als Wahlkampfthema');
    expect(stripSiteFromTitle('Alles neu im Frühling… | Schule 2.0 und mehr', 'www.schule2null.de')).toBe('Alles neu im Frühling…');
  });

  it('stays when no part spells the host', () => {
    expect(stripSiteFromTitle('Ex-Profi in der Landesliga - Brandt kämpft um sein Comeback', 'www.hafenpost.de')).toBe('Ex-Profi in der Landesliga - Brandt kämpft um sein Comeback');
  });
});

describe('dump bylines in Chinese and Japanese', () => {
  const BODY_ZH = [
    '市政府星期三宣布，旧救生艇站将在明年春天改建为海事博物馆，结束了长达六年的争论。这座建筑自一八九一年起一直是镇上救生艇的所在地，直到一九九八年船员搬到新的船库。',
    '志愿者通过问答之夜、赞助游泳和出售旧照片日历筹集了大部分修缮资金。博物馆将展出修复后的划桨救生艇，以及航海日志、奖章和船员家属的口述历史。',
  ];

  it('reads a label followed by the name with no space after the colon', () => {
    const zh = fromText('zh', ['首页', '旧救生艇站将改建为海事博物馆', '记者：王小明', ...BODY_ZH]);
    expect(zh.byline).toBe('王小明');
    const ja = fromText('ja', ['ホーム', '旧救命艇基地が海事博物館に', '記者：山田太郎', ...BODY_ZH]);
    expect(ja.byline).toBe('山田太郎');
    expect(fromText('ja', ['ホーム', '旧救命艇基地が海事博物館に', '文：山田太郎、鈴木一郎', ...BODY_ZH]).authors).toEqual(['山田太郎', '鈴木一郎']);
  });

  it('takes no unlabelled short line of characters for a name', () => {
    expect(fromText('zh', ['首页', '国际新闻', '旧救生艇站将改建为海事博物馆', ...BODY_ZH]).byline).toBeUndefined();
  });
});
