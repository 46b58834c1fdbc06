import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/core/document.js';
import { dateFromUrl, findDate, normalizeDate } from '../../src/core/dates.js';
import { findDumpLines } from '../../src/per-document/metadata/dump-lines.js';
import { isNameShaped, parseNames } from '../../src/per-document/metadata/names.js';
import { nameWordsFor } from '../../src/per-document/metadata/name-words.js';
import { detectLanguage, normalizeLanguageTag } from '../../src/per-document/metadata/language.js';
import { metadataStage } from '../../src/per-document/metadata/metadata-stage.js';
import { findSiteName, hostLabel, stripSiteFromTitle } from '../../src/per-document/metadata/site-name.js';
import { block, defaultContext, docWithBlocks } from '../helpers/stage-context.js';
import { dumpWords } from '../helpers/dump-text.js';

const ctx = defaultContext();
const nameWords = nameWordsFor(ctx.rules);

const PROSE: Record<string, string[]> = {
  en: [
    'The county council voted on Tuesday evening to close the old swimming baths at the end of the summer, after a survey found serious damage to the roof.',
    'Swimmers who have used the baths for decades said they were saddened by the decision, but most accepted that the building could no longer be kept safe.',
  ],
  de: [
    'Der Gemeinderat hat am Dienstagabend beschlossen, das alte Hallenbad zum Ende des Sommers zu schließen, nachdem ein Gutachten schwere Schäden am Dach festgestellt hatte.',
    'Viele Schwimmer, die das Bad seit Jahrzehnten besuchen, zeigten sich enttäuscht, doch die meisten sahen ein, dass das Gebäude nicht mehr sicher zu halten ist.',
  ],
  fr: [
    "Le conseil municipal a voté mardi soir la fermeture de l'ancienne piscine à la fin de l'été, après qu'une expertise a révélé de graves dégâts sur la toiture.",
    "Les nageurs qui fréquentent le bassin depuis des décennies se sont dits attristés par la décision, mais la plupart ont admis que le bâtiment n'était plus sûr.",
  ],
  es: [
    'El pleno del ayuntamiento aprobó el martes por la noche el cierre de la antigua piscina municipal al final del verano, tras un informe que detectó graves daños en el tejado.',
    'Los bañistas que la frecuentan desde hace décadas lamentaron la decisión, aunque la mayoría reconoció que el edificio ya no era seguro.',
  ],
  it: [
    "Il consiglio comunale ha deciso martedì sera di chiudere la vecchia piscina alla fine dell'estate, dopo che una perizia ha rilevato gravi danni al tetto.",
    "I nuotatori che la frequentano da decenni si sono detti dispiaciuti per la decisione, ma la maggior parte ha riconosciuto che l'edificio non era più sicuro.",
  ],
};

/** Title, head lines, then the prose of `lang`. */
function dump(lang: string, head: string[], tail: string[] = []): Block[] {
  return ['Pool to close after roof survey', ...head, ...PROSE[lang]!, ...tail].map((text, i) => block(i, text));
}

function lines(lang: string, head: string[], tail: string[] = []) {
  return findDumpLines(dump(lang, head, tail), dumpWords(lang, ctx.rules));
}

const ruleOf = (found: ReturnType<typeof lines>, index: number) => found.spans.find((s) => s.block === index)?.rule;

describe('parseNames', () => {
  it('splits name lists on commas, "and", "und", "et", "y", "&"', () => {
    expect(parseNames('Anna Smith and Bo Li', nameWords)).toEqual(['Anna Smith', 'Bo Li']);
    expect(parseNames('Jonas Weber und Lea Hoffmann', nameWords)).toEqual(['Jonas Weber', 'Lea Hoffmann']);
    expect(parseNames('Claire Dubois et Marc Lefèvre', nameWords)).toEqual(['Claire Dubois', 'Marc Lefèvre']);
    expect(parseNames('Lucía Pérez y Javier Ortega', nameWords)).toEqual(['Lucía Pérez', 'Javier Ortega']);
    expect(parseNames('Ann Lee, Raj Patel & Tom Ng', nameWords)).toEqual(['Ann Lee', 'Raj Patel', 'Tom Ng']);
  });

  it('accepts particles inside a name but never last', () => {
    expect(parseNames('Ruud van der Berg', nameWords)).toEqual(['Ruud van der Berg']);
    expect(parseNames('Ludwig von', nameWords)).toBeUndefined();
  });

  it('rejects lines that are not names', () => {
    expect(parseNames('the council voted on Tuesday', nameWords)).toBeUndefined();
    expect(parseNames('Garden Living', nameWords)).toEqual(['Garden Living']); // looks like a name: callers ask for context
    expect(parseNames('Garden Living', nameWords, 2)).toEqual(['Garden Living']);
    expect(parseNames('Local News', nameWords, 2)).toBeUndefined(); // a word of a menu ("News") is in no name
    expect(isNameShaped('Local News', nameWords, 2)).toBe(true); // but the line has a name's shape: no headline either
    expect(parseNames('Sport', nameWords, 2)).toBeUndefined();
  });
});

describe('findDate', () => {
  it.each([
    ['en', 'March 3, 2025', '2025-03-03'],
    ['en', '3 March 2025', '2025-03-03'],
    ['en', '2025-03-03', '2025-03-03'],
    ['de', '14. März 2025', '2025-03-14'],
    ['fr', '2 juin 2024', '2024-06-02'],
    ['es', '18 de septiembre de 2024', '2024-09-18'],
    ['it', '5 luglio 2024', '2024-07-05'],
  ])('%s: %s', (lang, text, iso) => {
    expect(findDate(text, { language: lang })?.iso).toBe(iso);
  });

  it('rejects partial dates and years alone', () => {
    expect(findDate('March 3', { language: 'en' })).toBeUndefined();
    expect(findDate('hace 2 días', { language: 'es' })).toBeUndefined();
    expect(findDate('in 1850 the mill was built', { language: 'en' })).toBeUndefined();
  });

  it('rejects relative dates', () => {
    expect(findDate('3 hours ago', { language: 'en' })).toBeUndefined();
    expect(findDate('yesterday at 10:00', { language: 'en' })).toBeUndefined();
    expect(findDate('vor 2 Tagen', { language: 'de' })).toBeUndefined();
    expect(findDate('il y a 3 jours', { language: 'fr' })).toBeUndefined();
  });

  it('normalizes structured dates and keeps the time with its offset', () => {
    expect(normalizeDate('2025-03-03')).toBe('2025-03-03');
    expect(normalizeDate('2025-03-03T10:15:00+0100')).toBe('2025-03-03T10:15:00+01:00');
    expect(normalizeDate('2025-03-03T10:15:00Z')).toBe('2025-03-03T10:15:00Z');
    expect(normalizeDate('2025-03-03T10:15')).toBe('2025-03-03');
    expect(normalizeDate('March 3, 2025')).toBe('2025-03-03');
    expect(normalizeDate('soon')).toBeUndefined();
  });
});

describe('findDumpLines: bylines', () => {
  it.each([
    ['en', 'By Anna Smith', ['Anna Smith']],
    ['en', 'By Anna Smith and Bo Li', ['Anna Smith', 'Bo Li']],
    ['en', 'Written by Harriet Vane', ['Harriet Vane']],
    ['de', 'Von Jonas Weber und Lea Hoffmann', ['Jonas Weber', 'Lea Hoffmann']],
    ['de', 'Autorin: Lea Hoffmann', ['Lea Hoffmann']],
    ['fr', 'Par Claire Dubois et Marc Lefèvre', ['Claire Dubois', 'Marc Lefèvre']],
    ['es', 'Por Lucía Pérez', ['Lucía Pérez']],
    ['it', 'Di Giulia Rossi e Paolo Neri', ['Giulia Rossi', 'Paolo Neri']],
  ])('%s: %s', (lang, line, authors) => {
    const found = lines(lang, [line]);
    expect(found.authors).toEqual(authors);
    expect(found.byline).toBe(authors.join(', '));
    expect(ruleOf(found, 1)).toBe('metadata/byline');
  });

  it('reads a byline with a date after a bar', () => {
    const found = lines('en', ['By Anna Smith | February 11, 2026']);
    expect(found.authors).toEqual(['Anna Smith']);
    expect(found.published).toBe('2026-02-11');
  });

  it('does not take a sentence that starts with "By" for a byline', () => {
    const found = lines('en', ['By the end of the day, nobody had come.']);
    expect(found.byline).toBeUndefined();
    expect(ruleOf(found, 1)).not.toBe('metadata/byline');
  });

  it('takes a bare name line between title and date as the byline', () => {
    const found = lines('en', ['Harriet Vane', 'March 3, 2025']);
    expect(found.authors).toEqual(['Harriet Vane']);
    expect(found.published).toBe('2025-03-03');
  });

  it('does not take a line in capitals beside the title for a name (a menu label)', () => {
    const found = lines('de', ['ZU DEN FAVORITEN', '3. März 2025']);
    expect(found.byline).toBeUndefined();
    expect(found.published).toBe('2025-03-03');
  });
});

describe('findDumpLines: date lines', () => {
  it.each([
    ['en', 'March 3, 2025', '2025-03-03'],
    ['en', 'Published March 3, 2025 at 10:15 am', '2025-03-03'],
    ['en', 'Updated: 3 March 2025', '2025-03-03'],
    ['de', '14. März 2025', '2025-03-14'],
    ['de', 'Veröffentlicht am 14. März 2025, 08:30 Uhr', '2025-03-14'],
    ['fr', 'Publié le 2 juin 2024 à 14h30', '2024-06-02'],
    ['fr', '2 juin 2024', '2024-06-02'],
    ['es', '18 de septiembre de 2024', '2024-09-18'],
    ['es', 'Actualizado: 18 de septiembre de 2024', '2024-09-18'],
  ])('%s: %s', (lang, line, iso) => {
    const found = lines(lang, [line]);
    expect(found.published).toBe(iso);
    expect(ruleOf(found, 1)).toBe('metadata/date');
  });

  it('ignores relative dates', () => {
    const found = lines('en', ['2 hours ago']);
    expect(found.published).toBeUndefined();
    expect(ruleOf(found, 1)).toBeUndefined();
  });

  it('pl: 12 kwietnia 2025', () => {
    expect(findDate('12 kwietnia 2025', { language: 'pl' })?.iso).toBe('2025-04-12');
  });

  it('a date line ending in "par/by <name>"', () => {
    const fr = lines('fr', ['Publié le 2 juin 2024 par Élodie Marchand']);
    expect(fr.published).toBe('2024-06-02');
    const en = lines('en', ['Posted on 9 August 2024 by Niamh Corrigan']);
    expect(en.published).toBe('2024-08-09');
    expect(en.authors).toEqual(['Niamh Corrigan']);
  });

  it('does not lift a date out of a sentence', () => {
    const found = lines('en', ['The bridge reopened to traffic on March 3, 2025 after nine months of repairs to its deck.']);
    expect(found.published).toBeUndefined();
  });
});

describe('findDumpLines: title and source URL', () => {
  it('takes the line above the byline as the title', () => {
    const found = lines('en', ['By Anna Smith', 'March 3, 2025']);
    expect(found.title).toBe('Pool to close after roof survey');
    expect(ruleOf(found, 0)).toBe('metadata/title');
  });

  it('prefers a known title and lifts the line that repeats it', () => {
    const blocks = [block(0, 'Menu'), block(1, 'Pool to close after roof survey', { type: 'heading', level: 1 }), ...PROSE.en!.map((t, i) => block(i + 2, t))];
    const found = findDumpLines(blocks, { ...dumpWords('en', ctx.rules), knownTitle: 'Pool to close after roof survey' });
    expect(found.title).toBe('Pool to close after roof survey');
    expect(found.spans).toContainEqual({ block: 1, action: 'drop', kind: 'metadata', rule: 'metadata/title' });
  });

  it('reads an "Original url:" trailer on one line', () => {
    const found = lines('en', [], ['Original url: https://news.example/pool-to-close']);
    expect(found.url).toBe('https://news.example/pool-to-close');
    expect(ruleOf(found, 3)).toBe('metadata/source-url');
  });

  it('reads a label line followed by the URL line', () => {
    const found = lines('de', [], ['Quelle:', 'https://zeitung.example/hallenbad']);
    expect(found.url).toBe('https://zeitung.example/hallenbad');
    expect(ruleOf(found, 3)).toBe('metadata/source-url');
    expect(ruleOf(found, 4)).toBe('metadata/source-url');
  });

  it('does not take a URL in the body for the source', () => {
    const found = lines('en', [], ['Details are on https://council.example/pools for anyone who wants them.']);
    expect(found.url).toBeUndefined();
  });
});

describe('language', () => {
  it('detects the language of each prose sample', () => {
    for (const lang of Object.keys(PROSE)) expect(detectLanguage(PROSE[lang]!)).toBe(lang);
  });

  it('gives up on too little text', () => {
    expect(detectLanguage(['Menu', 'Home'])).toBeUndefined();
  });

  it('canonicalizes declared tags', () => {
    expect(normalizeLanguageTag('en_us')).toBe('en-US');
    expect(normalizeLanguageTag(' DE ')).toBe('de');
    expect(normalizeLanguageTag('not a tag!')).toBeUndefined();
  });
});

describe('site name', () => {
  it('takes the registrable label of the host', () => {
    expect(hostLabel('www.example.co.uk')).toBe('example');
    expect(hostLabel('news.themoscowtimes.com')).toBe('themoscowtimes');
    expect(hostLabel('www2.leveilleur.fr')).toBe('leveilleur');
  });

  it('finds the capitalised phrase that spells the host label', () => {
    const content = 'Home\nThe Millbrook Courier\nNews\nCopyright 2025 The Millbrook Courier. All rights reserved.';
    expect(findSiteName(content, 'www.themillbrookcourier.com')).toBe('The Millbrook Courier');
    expect(findSiteName('Menu\nLe Petit Journal du Soir\n', 'lepetitjournal.fr')).toBe('Le Petit Journal');
    expect(findSiteName('Menu\nNews\nSport\n', 'lepetitjournal.fr')).toBeUndefined();
    expect(findSiteName('Read the Ledger today', 'le.fr')).toBeUndefined(); // label too short
  });

  it('matches a name with diacritics to an ASCII host', () => {
    expect(findSiteName('Portada\nEl Faro de Alborán\n', 'www.elfarodealboran.es')).toBe('El Faro de Alborán');
  });

  it('does not join words across lines', () => {
    expect(findSiteName('Millbrook\nCourier\n', 'millbrookcourier.com')).toBeUndefined();
  });

  it('adds the "The" the host leaves out when at least half the mentions carry it', () => {
    const content = 'Menu\nQuarry Herald\nPhoto: Anna Beispiel / The Quarry Herald\nA reporter of The Quarry Herald said so.\nQuarry Herald newsletter';
    expect(findSiteName(content, 'www.quarryherald.com')).toBe('The Quarry Herald');
    expect(findSiteName('Menu\nQuarry Herald\nThe Quarry Herald\nQuarry Herald app\n', 'quarryherald.com')).toBe('Quarry Herald');
  });
});

describe('metadataStage', () => {
  it('detects the language, lifts dump lines as metadata spans, and names the site', () => {
    const blocks = dump('en', ['By Anna Smith', 'March 3, 2025'], ['© 2025 The Harbour Gazette', 'Original url: https://www.theharbourgazette.example/pool']);
    const doc = metadataStage.run(docWithBlocks(blocks), defaultContext());
    expect(doc.meta).toMatchObject({
      language: 'en',
      title: 'Pool to close after roof survey',
      byline: 'Anna Smith',
      authors: ['Anna Smith'],
      published: '2025-03-03',
      url: 'https://www.theharbourgazette.example/pool',
      site: 'The Harbour Gazette',
    });
    expect(doc.metaOrigin).toMatchObject({ language: 'heuristic', title: 'dump-line', url: 'dump-line', site: 'heuristic' });
    expect(doc.spans.map((s) => [s.block, s.rule]).sort()).toEqual([
      [0, 'metadata/title'],
      [1, 'metadata/byline'],
      [2, 'metadata/date'],
      [6, 'metadata/source-url'],
    ]);
  });

  it('keeps a declared language and stronger metadata', () => {
    const input = docWithBlocks(dump('en', ['By Anna Smith']), {
      meta: { language: 'en_GB', title: 'Declared title', byline: 'Desk Editor' },
      metaOrigin: { language: 'structured', title: 'structured', byline: 'hint' },
    });
    const doc = metadataStage.run(input, defaultContext());
    expect(doc.meta.language).toBe('en-GB');
    expect(doc.meta.title).toBe('Declared title');
    expect(doc.meta.byline).toBe('Desk Editor');
    expect(input.meta.language).toBe('en_GB'); // the input document is not mutated
  });
});

describe('stripSiteFromTitle', () => {
  it('drops the part of a page title that spells the host', () => {
    expect(stripSiteFromTitle('Was wir sehen wollen | KLANGHAUS.NET', 'www.klanghaus.net')).toBe('Was wir sehen wollen');
    expect(stripSiteFromTitle('play4fun | Vorschauen: Harbor Tycoon Beta', 'play4fun.de')).toBe('Vorschauen: Harbor Tycoon Beta');
    expect(stripSiteFromTitle('Reparaturcafé am 28. Januar: Stadt Velbern', 'www.velbern.de')).toBe('Reparaturcafé am 28. Januar');
  });

  it('keeps titles whose parts are all the article', () => {
    expect(stripSiteFromTitle('Leasing oder Kredit – was lohnt sich mehr?', 'www.geldblick.de')).toBe('Leasing oder Kredit – was lohnt sich mehr?');
    expect(stripSiteFromTitle('Harbour lights: a history', undefined)).toBe('Harbour lights: a history');
  });
});

describe('dates written in other places', () => {
  it('reads the date in a URL path', () => {
    expect(dateFromUrl('https://blog.example/2019/08/02/json-parsing/')).toBe('2019-08-02');
    expect(dateFromUrl('https://news.example/politik/2022-01-14-wahl-ergebnis')).toBe('2022-01-14');
    expect(dateFromUrl('https://news.example/2019/13/02/x')).toBeUndefined();
    expect(dateFromUrl('https://news.example/story/18348200')).toBeUndefined();
  });

  it('splits two dates run together and reads the first', () => {
    expect(findDate('19. Dezember 202219. Dezember 2022', { language: 'de' })?.iso).toBe('2022-12-19');
  });

  it('takes a date that leads a line set off by a separator', () => {
    expect(lines('de', ['08.11.2021 | Online-Fachtag zum Tag der Erinnerung']).published).toBe('2021-11-08');
  });

  it('reads a date line that also shows the time, a reading time or a release number', () => {
    expect(lines('de', ['06.11.2023, 15:20 Uhr • 2 Min. Lesezeit']).published).toBe('2023-11-06');
    expect(lines('de', ['Berlin, 28.10.2021, 058/21']).published).toBe('2021-10-28');
    expect(lines('en', ['Wednesday, October 16, 2019']).published).toBe('2019-10-16');
  });

  it('reads a date line that shows the update beside it or the same date twice', () => {
    expect(lines('en', ['Published: 22:00 GMT, 26 September 2020 | Updated: 08:39 GMT, 28 September 2020']).published).toBe('2020-09-26');
    expect(lines('en', ['PUBLISHED: November 8, 2023 at 4:56 p.m. | UPDATED: November 9, 2023 at 6:00 p.m.']).published).toBe('2023-11-08');
    expect(lines('de', ['Posted on 25\\. Januar 202225\\. Januar 2022']).published).toBe('2022-01-25');
  });

  it('takes the names from a byline that ends in a date and time', () => {
    const found = lines('en', ['By Ethan Corwin, August 14, 2020 2:30 pm']);
    expect(found.authors).toEqual(['Ethan Corwin']);
    expect(found.published).toBe('2020-08-14');
    expect(lines('de', ['von Stefan Ballhausen am 29. Mai 2017, 14:14 Uhr']).authors).toEqual(['Stefan Ballhausen']);
    const dated = lines('fr', ['Marie Fourcade | lundi 9 décembre 2019 à 09h08']);
    expect(dated.authors).toEqual(['Marie Fourcade']);
    expect(dated.published).toBe('2019-12-09');
  });

  it('reads a byline whose prefix ran into the name, and drops an outlet named by its domain', () => {
    expect(lines('en', ['ByMarcus Delaney']).authors).toEqual(['Marcus Delaney']);
    const dated = lines('de', ['21.01.2022 11:46 vonPatrick Wendt']);
    expect(dated.authors).toEqual(['Patrick Wendt']);
    expect(dated.published).toBe('2022-01-21');
    expect(lines('en', ['by Bob Kesling , Labnews.org']).authors).toEqual(['Bob Kesling']);
    expect(lines('en', ['Bytes and bits']).authors).toBeUndefined();
  });

  it('never takes a label that ends in a byline word for a name', () => {
    const blocks = ['About this capture', 'COLLECTED BY', '12 March 2019', ...PROSE.en!].map((text, i) => block(i, text));
    const found = findDumpLines(blocks, dumpWords('en', ctx.rules));
    expect(found.published).toBe('2019-03-12');
    expect(found.byline).toBeUndefined();
  });

  it('drops a label the date leaves behind in a byline', () => {
    const found = lines('de', ['von Mathilda Krause, Online-Redaktion Veröffentlicht: 26.12.2022']);
    expect(found.authors).toEqual(['Mathilda Krause']);
    expect(found.published).toBe('2022-12-26');
  });
});

describe('the headline repeated', () => {
  it('is lifted out wherever it stands again', () => {
    const found = lines('en', ['By Anna Smith'], ['Pool to close after roof survey']);
    expect(found.title).toBe('Pool to close after roof survey');
    const last = 2 + PROSE.en!.length;
    expect(ruleOf(found, last)).toBe('metadata/title-repeat');
  });
});

describe('bylines inside a head line', () => {
  it.each([
    ['en', 'July 24, 2019 by Amy Ortega 5 Comments', ['Amy Ortega']],
    ['de', 'Gepostet von Katharina Brandt | Wohnen', ['Katharina Brandt']],
    ['fr', 'Par Nicolas Garnier le 14.09.2020 à 11h46', ['Nicolas Garnier']],
    ['de', '21.01.2022 11:46 von Patrick Sommer', ['Patrick Sommer']],
  ])('%s: %s', (lang, line, authors) => {
    expect(lines(lang, [line]).authors).toEqual(authors);
  });

  it('does not take a name out of a sentence of the body', () => {
    const found = lines('en', [], ['The bill was introduced by Senator Ada Brook on Tuesday after a long debate.']);
    expect(found.byline).toBeUndefined();
  });
});

describe('a date leading a line of the body', () => {
  it('is read, and the line stays in the body', () => {
    const lead = '27.1.2022 - Beim Gedenken an die Opfer blieben viele Schicksale lange unerzählt, sagen Forscherinnen.';
    const found = lines('de', [lead]);
    expect(found.published).toBe('2022-01-27');
    expect(ruleOf(found, 1)).toBeUndefined();
  });

  it('lifts a heading that is only a date', () => {
    const found = lines('de', ['02.01.2022']);
    expect(found.published).toBe('2022-01-02');
  });
});

describe('the title beside the date line', () => {
  const text = (lines: string[]) => lines.map((t, i) => block(i, t));

  it('is never a line that is only a date, even when the byline gave the date', () => {
    const found = findDumpLines(text(['Par Anna Smith, 14 mai 2019', '15 Mai 2019 à 06h00', ...PROSE.fr!]), dumpWords('fr', ctx.rules));
    expect(found.title).toBeUndefined();
  });

  it('is the headline below the date when only a short label stands above it', () => {
    const blocks = text(['Gårdens side', '7. oktober 2020', 'Fotballskolen samlet barn gjennom pandemien', ...PROSE.de!]);
    expect(findDumpLines(blocks, dumpWords('de', ctx.rules)).title).toBe('Fotballskolen samlet barn gjennom pandemien');
  });
});

describe('a date the HTML cleaning removed', () => {
  const htmlDoc = (removed: string[]) => {
    const doc = docWithBlocks(PROSE.en!.map((text, i) => block(i, text)));
    return { ...doc, format: 'html' as const, meta: { ...doc.meta, title: 'Pool to close after roof survey', language: 'en' }, preRemoved: removed.map((text) => ({ kind: 'navigation' as const, rule: 'html/tag/nav', text })) };
  };

  it('is read from a removed date line or the date part of a removed meta line', () => {
    expect(metadataStage.run(htmlDoc(['Home News', 'Local 17/02/2022']), ctx).meta.published).toBe('2022-02-17');
    expect(metadataStage.run(htmlDoc(['January 13, 2020 at 08:45 AM | categories: Python, Git | View Comments']), ctx).meta.published).toBe('2020-01-13');
    expect(metadataStage.run(htmlDoc(['Home / News / 08.11.2021 Pool to close after roof survey']), ctx).meta.published).toBe('2021-11-08');
  });

  it('is read after a publication label in a removed region, never after an update label', () => {
    const footer = 'https://news.example/story/1 Letzte Änderung: 31.10.2023 - 14:49:39 Erschienen am: 01.11.2023 Impressum Datenschutz Kontakt';
    const doc = { ...htmlDoc([footer]), meta: { title: 'Pool to close after roof survey', language: 'de' } };
    expect(metadataStage.run(doc, ctx).meta.published).toBe('2023-11-01');
    const updated = { ...htmlDoc(['Impressum Datenschutz Kontakt Presse Karriere Newsletter Zuletzt aktualisiert: 31.10.2023 Alle Rechte vorbehalten']), meta: { language: 'de' } };
    expect(metadataStage.run(updated, ctx).meta.published).toBeUndefined();
  });

  it('is read from a removed sentence about the post, and from a page\'s own "last edited" line when nothing else dates it', () => {
    const posted = { ...htmlDoc(['Dieser Beitrag wurde am 19. Mai 2010 um 23:03 Uhr gepostet und unter Allgemein abgelegt.']), meta: { language: 'de' } };
    expect(metadataStage.run(posted, ctx).meta.published).toBe('2010-05-19');
    const archive = Array.from({ length: 12 }, (_, i) => `Beitrag ${i + 1} über Bücher und Verlage`).join(' ');
    const sidebar = { ...htmlDoc([`Über diesen Artikel Bücher im Netz wurde am 19. Mai 2010 um 23:03 Uhr gepostet und unter Allgemein abgelegt. Neueste Artikel ${archive} Archiv Mai 2010 April 2010`]), meta: { language: 'de' } };
    expect(metadataStage.run(sidebar, ctx).meta.published).toBe('2010-05-19');
    expect(metadataStage.run(htmlDoc(['StarterGuide/Install (last edited 2019-11-10 13:28:18 by JonasFeldberg)']), ctx).meta.published).toBe('2019-11-10');
    // a publication date elsewhere in the removed text comes first
    expect(metadataStage.run(htmlDoc(['Install (last edited 2019-11-10 by Jonas)', 'Local 17/02/2018']), ctx).meta.published).toBe('2018-02-17');
  });

  it('is not read from a removed sentence that mentions a date', () => {
    expect(metadataStage.run(htmlDoc(['The festival returns on 12 March 2023 with more stages than ever before']), ctx).meta.published).toBeUndefined();
  });
});
