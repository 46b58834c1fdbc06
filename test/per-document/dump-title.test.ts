/**
 * Titles read from the lines of Markdown and text dumps: snippets shaped like scraper dumps of
 * real pages (the page <body> only), parsed as winnow parses them.
 */
import { describe, expect, it } from 'vitest';
import { spellsHost, stripSiteFromTitle } from '../../src/per-document/metadata/site-name.js';
import { dumpLinesFromMarkdown, dumpLinesFromText } from '../helpers/dump-text.js';

/** A text dump: one block per line, as parseText reads scraper dumps. */
function titleOfText(lang: string, lines: string[]): string | undefined {
  return dumpLinesFromText(lang, lines).title;
}

/** A Markdown dump ending in its "Original url:" trailer, as the scraper writes it. */
function titleOfMarkdown(lang: string, markdown: string, url: string): string | undefined {
  const dump = `${markdown}\n\nOriginal url:\n\n<${url}>\n`;
  return dumpLinesFromMarkdown(lang, dump).title;
}

const MENU_DE = ['Startseite', 'Über uns', 'Wer wir sind', 'Wie wir arbeiten', 'Jobs & Ausschreibungen', 'Kinderhilfe Shop', 'Spenden', 'Presse'];

const BODY_DE = [
  'Hilfswerk Global und die globale Kampagne haben einen Filter für soziale Medien gestartet, der auf die Gefahren autonomer Waffensysteme aufmerksam macht. Nutzerinnen und Nutzer können damit zeigen, dass sie ein Verbot fordern.',
  'Die Staaten beraten in Genf seit Jahren über eine Regulierung. Bisher blockieren einige wenige Länder jeden Fortschritt, obwohl eine große Mehrheit der Staaten ein rechtlich bindendes Abkommen unterstützt und die Zeit drängt.',
  'Autonome Waffensysteme wählen ihre Ziele ohne menschliches Zutun aus und greifen sie an. Damit würde eine Maschine über Leben und Tod entscheiden, was mit den Menschenrechten und dem humanitären Völkerrecht nicht vereinbar ist.',
];

describe('text dump titles', () => {
  it('may be the first line of the body itself, when a caption rather than prose follows it', () => {
    const title = 'Global: Kampfdrohnen dürfen nicht über Leben und Tod bestimmen';
    const found = titleOfText('de', [
      ...MENU_DE,
      'Pressemitteilung Aktuell 02. November 2021',
      title,
      'Protestaktion der Kampagne in London (Archivaufnahme)',
      '© Tom Harwell/Getty Images',
      ...BODY_DE,
    ]);
    expect(found).toBe(title);
  });

  it('fall back on a two-word line right above the body when no line stands out', () => {
    const found = titleOfText('de', ['Einsätze', 'Amtshilfe', 'Sicherheitswache', 'Kontakt', 'Impressum', 'Wasserrettung Ausbildung', ...BODY_DE]);
    expect(found).toBe('Wasserrettung Ausbildung');
  });

  it('lose the date of the page they start with, but not another date', () => {
    const headline = 'Landesrätin Huber: Mit Gemeinden und Betrieben familienfreundliche Arbeitszeiten schaffen';
    expect(titleOfText('de', [...MENU_DE, `1. Februar 2022 ${headline}`, 'Veröffentlicht am 1. Februar 2022', ...BODY_DE])).toBe(headline);
    const historic = '11. September 2021 – Zwanzig Jahre nach den Anschlägen';
    const markdown = ['[Startseite](#)', `# ${historic}`, 'Veröffentlicht am 1. Februar 2022', ...BODY_DE].join('\n\n');
    expect(titleOfMarkdown('de', markdown, 'https://www.example.de/politik/zwanzig-jahre')).toBe(historic);
  });

  it('are not a chart axis, a breadcrumb or menu entries joined on one line', () => {
    const title = 'Gelassen durch den Winter';
    expect(titleOfText('de', ['Wohnungspolitik | Blog | Aktion Landtag | Alles klar?', 'Gesellschaft', title, '1950 1970 1990 2010 2030', ...BODY_DE])).toBe(title);
    expect(titleOfText('de', ['Startseite', 'Presse und News >', title, ...BODY_DE])).toBe(title);
  });

  it('are not a list of categories', () => {
    const title = 'Die Qual der Wahl im Supermarkt';
    const found = titleOfText('de', ['Das Küchen Magazin', 'Allgemein, Reisen, Fotografie, Kommentare, Lifestyle', title, 'Datum: 13. April 2017 2 Kommentare', ...BODY_DE]);
    expect(found).toBe(title);
  });

  it('are never a line that holds a link', () => {
    const found = titleOfText('en', [
      'Support',
      'About us',
      "Sorry, but your browser needs Javascript to use this site. If you're not sure how to activate it, please refer to this site: https://www.enable-javascript.com/",
      'National / Crime & Legal',
      'Losing face: 4,000 surgical masks stolen from Sendai clinic',
      'JIJI',
      'Feb 18, 2020',
      'SENDAI – About 4,000 surgical masks have been stolen from a clinic in the city of Sendai, police said Wednesday, amid a shortage of the masks following the outbreak of a new coronavirus.',
    ]);
    expect(found ?? '').not.toContain('Javascript');
  });
});

const BLOG_BODY_DE = [
  'Es ist schon eine Weile her, dass Paul und Marie zur Welt kamen. Vor ein paar Tagen ist nun auch Ida angekommen, und seitdem sind wir zu fünft und lernen jeden Tag etwas Neues über das Leben mit drei kleinen Kindern.',
  'So sah es aus, als Paul seine kleine Schwester zum ersten Mal im Arm hielt, ihr ein Lied vorsang und ganz vorsichtig ihre Hand nahm. Wir haben dabei viel gelacht und werden diesen Moment sicher nie vergessen, auch wenn die Nächte gerade sehr kurz sind.',
].join('\n\n');

describe('markdown dump titles', () => {
  it('may be a heading linked to its own page, while the blog name linked to the home page is not', () => {
    const markdown = [
      '[Startseite](http://www.kleinesfunkhaus.de/)',
      '# [kleinesfunkhaus](http://www.kleinesfunkhaus.de/ "kleinesfunkhaus")',
      '## [Nummer drei: Ida](http://www.kleinesfunkhaus.de/nummer-drei-ida/ "Permanent link to Nummer drei: Ida")',
      '3. August 2015 · Filed under privat',
      BLOG_BODY_DE,
    ].join('\n\n');
    expect(titleOfMarkdown('de', markdown, 'http://www.kleinesfunkhaus.de/nummer-drei-ida/')).toBe('Nummer drei: Ida');
  });

  it('are not the masthead of an archived page, named by the host of the page the archive keeps', () => {
    const markdown = ['[Home](#)', '# [Talk 2 me](#)', '[Kontakt](#)', '## Weitere Sanierung der alten Stadthallen', BLOG_BODY_DE].join('\n\n');
    const url = 'https://web.archive.org/web/20140226054445/http://www.talk2me.com/2013/08/07/weitere-sanierung-der-alten-stadthallen/';
    expect(titleOfMarkdown('de', markdown, url)).toBe('Weitere Sanierung der alten Stadthallen');
  });

  it('are not the first <h1> when it is the blog name on its subdomain', () => {
    const markdown = [
      '# [BunteGrueneWiese](#)',
      'Naturkosmetik',
      'Dokus',
      '# Ein ruhiger Start ins neue Jahr 2016 – keep calm! Der Rest kommt später…',
      '1. Januar 2016 von BunteGrüneWiese Ein Kommentar',
      BLOG_BODY_DE,
    ].join('\n\n');
    expect(titleOfMarkdown('de', markdown, 'https://buntegruenewiese.wordpress.com/2016/01/01/ein-ruhiger-start-ins-neue-jahr-2016-keep-calm/')).toBe(
      'Ein ruhiger Start ins neue Jahr 2016 – keep calm! Der Rest kommt später…',
    );
  });
});

describe('site names in titles', () => {
  it('are spelled by a short host label only as a word of their own', () => {
    expect(spellsHost('BdK-Vize Hausmann', 'www.bdk.de')).toBe(false);
    expect(spellsHost('HBN WORLD', 'world.hbn.co.kr')).toBe(true);
    expect(spellsHost('BunteGrueneWiese', 'buntegruenewiese.wordpress.com')).toBe(true);
  });

  it('are cut when a part is a domain name, with the tagline after it, but not a headline after a short site label', () => {
    expect(stripSiteFromTitle('Was wir über uns nicht sehen wollen | KLANGHAUS.NET', 'www.example.io')).toBe('Was wir über uns nicht sehen wollen');
    expect(stripSiteFromTitle('nahaufnahmen von käfern » techblick.eu | news from the lab', 'techblick.eu')).toBe('nahaufnahmen von käfern');
    const title = 'UN-Klimakonferenz in Bonn - KHW: Immer mehr Menschen wegen Dürre auf Hilfe angewiesen';
    expect(stripSiteFromTitle(title, 'www.khw.de')).toBe(title);
    expect(stripSiteFromTitle('BdK-Vize Hausmann: Fehlende Anerkennung für die Beschäftigten des öD', 'www.bdk.de')).toBe(
      'BdK-Vize Hausmann: Fehlende Anerkennung für die Beschäftigten des öD',
    );
  });
});

/** A site's blurb that opens the prose run above the article's own head. */
const TEASER_DE =
  'Seit vierzig Jahren engagiert sich die Stiftung in der internationalen Arbeit. Ziel ist es, Frieden, Demokratie und eine nachhaltige Entwicklung zu fördern, in mehr als sechzig Ländern der Welt.';

describe('text dump titles below a teaser', () => {
  it('are the line over the date line the body follows, when a teaser of the site opens the prose run above them', () => {
    const title = 'Große Pläne für die neue Koalition';
    const found = titleOfText('de', [
      ...MENU_DE,
      'Startseite international tätig',
      TEASER_DE,
      'Amerika',
      'Asien',
      'Afrika',
      'Europa',
      'Neuigkeiten',
      'Tunesien',
      title,
      '03.11.2021',
      ...BODY_DE,
    ]);
    expect(found).toBe(title);
  });
});

describe('text dump titles the body names', () => {
  it('are the line whose words the opening paragraphs use, over a teaser line of the same shape', () => {
    const title = 'Filter gegen autonome Waffensysteme';
    const found = titleOfText('de', [...MENU_DE, 'Neue Ausstellung im Museum für Gestaltung eröffnet', title, ...BODY_DE]);
    expect(found).toBe(title);
  });

  it('lose the kicker run into them, when the headline stands alone below', () => {
    const title = 'So lief die Versteigerung der Raritäten von St. Marien';
    const found = titleOfText('de', [...MENU_DE, `Lokales Rendsburg ${title}`, '18:34 19.10.2019', 'Kostenlos bis 19:34 Uhr', title, ...BODY_DE]);
    expect(found).toBe(title);
  });
});

describe('text dump titles written as a sentence', () => {
  it('may end in a full stop when a date line follows them, but not after an abbreviation', () => {
    const title = 'Warum wir den Garten nicht mehr „aufräumen“ wollen.';
    expect(titleOfText('de', [...MENU_DE, 'Film', 'Shop', title, 'Lena Sommer – 14.09.2022 – Kolumne, Allgemein', ...BODY_DE])).toBe(title);
    expect(titleOfText('de', [...MENU_DE, 'Film', 'Shop', 'Pressemitteilung der Verbraucherzentrale e.V.', '14.09.2022', ...BODY_DE])).not.toBe(
      'Pressemitteilung der Verbraucherzentrale e.V.',
    );
  });
});

describe('text dump titles and domain names', () => {
  it('are not the line that names a domain, a site or a credit', () => {
    const title = 'Was ist eine Dampfsperre und was bringt sie?';
    expect(titleOfText('de', [...MENU_DE, title, 'André Kellner', 'Redaktion Gartenfreund.de', '25.01.2022 14:47 Uhr', ...BODY_DE])).toBe(title);
  });
});

describe('text dump titles under their date line', () => {
  it('are read far below a teaser that opens the prose run, when the date stands right above them and the body below', () => {
    const title = 'Pressezensur: Angriff auf Hochschulen';
    const found = titleOfText('de', [
      'Startseite',
      TEASER_DE,
      'Amerika',
      'Asien',
      'Afrika',
      'Europa',
      '26 Okt 2018',
      title,
      'von wordpressadmin | Eingetragen bei: politics | 0',
      'Kurz vor der Wahl wird der Druck auf Redaktionen und Hörsäle stärker. Die Pressezensur trifft vor allem die Hochschulen, wo Plakate entfernt und Vorträge abgesagt wurden.',
      ...BODY_DE,
    ]);
    expect(found).toBe(title);
  });
});

describe('text dump titles in scripts without case and behind spaced quotes', () => {
  it('may start with a letter of a script that has no capitals', () => {
    const title = '城市图书馆夜间开放试点启动';
    const found = titleOfText('zh', [
      '首页',
      '新闻',
      '文化',
      title,
      '来源： 晚报 2021-03-05 08:30',
      '本市图书馆从下周起在三个分馆试行夜间开放，读者可以在晚上十点前借阅图书、使用自习室和电子阅览室。馆方表示，试点将持续三个月，之后根据读者的反馈决定是否推广到全市所有分馆。',
      '据介绍，夜间开放期间将增加志愿者和安保人员，并延长自助借还机的服务时间。不少上班族表示，这一举措让他们在下班后也能有一个安静的读书环境，希望能够长期坚持下去。',
    ]);
    expect(found).toBe(title);
  });

  it('may open with a French quote set off by a space', () => {
    const title = '« Nous avons appris à vivre avec la sécheresse ». Entretien avec une agronome';
    const found = titleOfText('fr', [
      'Accueil',
      'Économie',
      'Environnement',
      'Se connecter',
      title,
      'Entretiens',
      'Alors que les nappes phréatiques baissent chaque été, une agronome raconte comment les exploitations du sud de la France ont changé leurs cultures et leurs façons de travailler la terre pour faire face à la sécheresse.',
      'Auteur',
      'Marie Dupont',
      ...[
        'Les agriculteurs ont d’abord réduit les surfaces irriguées, puis ils ont choisi des variétés plus résistantes à la chaleur. Ce travail a pris des années et demande encore beaucoup d’essais sur le terrain.',
        'Pour elle, la sécheresse n’est plus une exception mais la règle, et les exploitations doivent apprendre à stocker l’eau de l’hiver plutôt que de pomper dans les nappes au cœur de l’été.',
      ],
    ]);
    expect(found).toBe(title);
  });
});

describe('text dump titles that trail off or are one word', () => {
  it('may end in an ellipsis, unless the lines around them do too (a list of teasers cut short)', () => {
    const title = 'Neues Jahr, neue Pläne – alles andere kann warten…';
    expect(titleOfText('de', [...MENU_DE, title, 'Veröffentlicht am 2. Januar 2022', ...BODY_DE])).toBe(title);
    const teasers = ['Klimagipfel: Zähe Verhandlungen in der Verlän...', 'Wahlkampf: Wenn die Umfragen die Regie übern...', 'Bahnstreik: Pendler suchen Wege ins Bür...'];
    expect(titleOfText('de', [...MENU_DE, ...teasers, 'Veröffentlicht am 2. Januar 2022', ...BODY_DE])).toBeUndefined();
  });

  it('may be one word right above the body when the breadcrumb above ends with it', () => {
    const found = titleOfText('de', ['Sie sind hier: Startseite » Reisen » Deutschland » Rendsburg', 'Foto: Stadtarchiv', 'Spenden', 'Rendsburg', ...BODY_DE]);
    expect(found).toBe('Rendsburg');
    const headline = 'Neue Radwege rund um die Altstadt';
    expect(titleOfText('de', ['Startseite', 'Reisen', 'Spenden', headline, 'Rendsburg', ...BODY_DE])).toBe(headline);
  });

  it('may be one word right above the body when no line scores, when it exclaims or no menu entry stands above it, unless the dump repeats it', () => {
    expect(titleOfText('de', ['Das Lexikon.', 'Unsere Partner.', 'Kampfdrohnen', ...BODY_DE])).toBe('Kampfdrohnen');
    expect(titleOfText('de', ['Das Lexikon.', 'Zubereitung', 'Unsere Partner.', 'Zubereitung', ...BODY_DE])).toBeUndefined();
    expect(titleOfText('de', ['Startseite', 'Kontakt', 'Achtsamkeit', 'Zuversicht!', ...BODY_DE])).toBe('Zuversicht!');
  });
});

describe('text dump titles under a lone opening paragraph', () => {
  it('head the body right under a notice that opens the prose run, and lose to a headline above it', () => {
    const title = 'Autonome Waffensysteme: Staaten beraten in Genf';
    const notice = 'Um diese Seite vollständig zu nutzen, aktivieren Sie bitte JavaScript in Ihrem Browser und laden Sie die Seite anschließend neu, damit alle Inhalte angezeigt werden';
    expect(titleOfText('de', [...MENU_DE, notice, title, ...BODY_DE])).toBe(title);
    const headline = 'Hilfswerk fordert ein Verbot autonomer Waffensysteme';
    expect(titleOfText('de', [...MENU_DE, headline, BODY_DE[0]!, 'Verhandlungen in Genf', ...BODY_DE.slice(1)])).toBe(headline);
  });
});

describe('text dump titles and repeated menus', () => {
  it('are not a menu entry that a second copy of the menu repeats along with its neighbours', () => {
    const menu = ['Medizin & Wissenschaft', 'Politik & Gesellschaft', 'Aus- und Weiterbildung', 'Neues aus dem Gesundheitsverlag'];
    const title = 'Autonome Waffen vor Gericht';
    expect(titleOfText('de', ['Startseite', ...menu, 'Anmelden', 'Suche', ...menu, title, ...BODY_DE])).toBe(title);
  });
});

describe('text dump titles and joined labels', () => {
  it('are not a category label of one-word items joined by "&", a slash or "und"', () => {
    const title = 'Sichere Kommunikation mit Mandanten';
    expect(titleOfText('de', [...MENU_DE, 'Produkte & Services', 'Aktuelles', title, ...BODY_DE])).toBe(title);
    expect(titleOfText('de', [...MENU_DE, title, 'Kontakt', 'Klima/Energie/Verkehr', ...BODY_DE])).toBe(title);
  });
});

describe('text dump titles ending in an abbreviation', () => {
  it('may end in the stop of an abbreviation such as "& Co."', () => {
    const title = 'Die besten Tipps für Werkbank, Keller & Co.';
    expect(titleOfText('de', [...MENU_DE, 'Cookies aktivieren', title, ...BODY_DE])).toBe(title);
  });
});

describe('text dump titles in Chinese and Japanese, which run their words together', () => {
  const body = [
    '市园林局今天宣布，城市公园今年春天将在湖边新增三百棵樱花树，预计四月初开花，市民可以免费入园观赏。',
    '园林局表示，新种的樱花树来自本地苗圃，工作人员将在三月底前完成种植，并在园内增设休息座椅和指示牌。',
    '去年公园接待游客超过两百万人次，今年预计人数还会增加，管理部门提醒游客文明赏花，不要攀折树枝。',
  ];

  it('are the line whose pairs of characters the body uses, not a teaser beside it', () => {
    const title = '城市公园春天新增三百棵樱花树';
    expect(titleOfText('zh', ['首页', '新闻', '本地', '体育', title, '天气预报明天多云转晴气温回升', ...body])).toBe(title);
  });
});

describe('text dump titles of one word', () => {
  it('are not a menu entry right above the body, nor the end of a menu entry above it', () => {
    expect(titleOfText('de', ['Startseite', 'Kontakt', 'Politik', ...BODY_DE])).toBeUndefined();
    expect(titleOfText('de', ['Startseite', 'Kontakt', 'Online Shop', 'Shop', ...BODY_DE])).toBeUndefined();
  });
});

describe('text dump titles and lines inside the body', () => {
  it('are not a line under the body’s first paragraphs, even with a date line below it', () => {
    const title = 'Folge 12: Wie Sterne Kohlenstoff machen';
    const found = titleOfText('de', [...MENU_DE, title, BODY_DE[0]!, BODY_DE[1]!, 'Und entschuldigt bitte den kleinen Fehler in der Mitte der Folge', 'Download: mp3 (30 MB)', 'Veröffentlicht am 16.08.2019', BODY_DE[2]!]);
    expect(found).toBe(title);
  });
});
