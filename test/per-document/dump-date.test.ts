/**
 * The published date read from the lines of Markdown and text dumps: which line of several
 * holds the article's date. Lines are cut from scraper dumps of real pages and parsed as
 * winnow parses them.
 */
import { describe, expect, it } from 'vitest';
import { findDate, findDates } from '../../src/core/dates.js';
import { dumpLinesFromText as fromText, dumpWords } from '../helpers/dump-text.js';
import { parseDateLine } from '../../src/per-document/metadata/date-line.js';

const BODY_EN = [
  'Harbor patrol officers found 310 pounds (140.6 kilos) of cocaine hidden inside a fishing boat that was being pulled out of the water at a marina on the east coast, the agency said in a statement on Monday.',
  'On May 8, patrol agents were checking a public boat ramp near the marina in Costa Verde, Puerto Rico. According to the report, the agents saw a boat being pulled from the water and stopped it for an inspection.',
  'The agents found several packages wrapped in plastic inside a hidden compartment of the vessel, and a field test of their contents was positive for cocaine, the agency said.',
];

const BODY_DE = [
  'Am 14. Juni 2005 hielt Paul Lindner eine vielbeachtete Rede vor den Absolventen der Universität Greifswald. Er sprach über drei Erlebnisse, die ihn geprägt hatten, und jedes davon handelte von kleinen Entscheidungen, die erst später ihren Sinn zeigten.',
  'David Hollis, ein bekannter Berater für Markenführung, hat diesen Gedanken weitergeführt, als er der Frage nachging, woher gute Ideen eigentlich kommen. In einem Aufsatz schreibt er, dass sie meist aus dem Verbinden alter Einsichten entstehen.',
];

/** Short lines after the article (share buttons, links): they push the end of the dump out of its head. */
const FOOTER = ['Share', 'Tweet', 'Email', 'Print', 'Related posts', 'Contact', 'Imprint', 'Privacy', 'Cookies', 'Newsletter', 'Archive', 'Top'];

describe('dump dates: which line of several', () => {
  it('takes the line labelled as the publication over a nearer date without a label (the masthead)', () => {
    const title = 'Ferry Heading to Harbour Town With 300 Crates of Contraband';
    const [lead, ...body] = BODY_EN;
    const found = fromText('en', ['Sections', 'Search', 'May 11, 2022', title, lead!, 'Harbour News Published On May 10, 2022 01:52 PM', ...body]);
    expect(found.published).toBe('2022-05-10');
  });

  it('claims the head\'s own line when a labelled line further on shows the same date', () => {
    const found = fromText('de', ['Die Apfelwein-Runde', '23.06.2016 um 16:14 Uhr - Markus Brenner - 91 Ergänzungen', ...BODY_DE, 'Veröffentlicht 23.06.2016 um 16:14']);
    expect(found.published).toBe('2016-06-23');
    expect(found.spans.some((span) => span.block === 1 && span.kind === 'metadata')).toBe(true);
  });

  it('takes a plain date line over an "Updated" line beside it', () => {
    const found = fromText('en', ['Vanilla Cream Cheese Frosting', 'January 28, 2018', 'By Tilly', 'Updated: August 22, 2019', 'Pin It!', ...BODY_EN]);
    expect(found.published).toBe('2018-01-28');
  });

  it('takes an "Updated" line when the head shows no other date', () => {
    expect(fromText('en', ['Vanilla Cream Cheese Frosting', 'Updated: August 22, 2019', ...BODY_EN]).published).toBe('2019-08-22');
  });

  it('reads a labelled date that leads a long line, and keeps the line', () => {
    const line = 'Veröffentlicht am 16.08.2019 Dauer: 1 Stunde 4 Minuten Lizenz: CC-BY 4.0 Downloads: 22.273';
    const found = fromText('de', ['RES204 Kernspaltung im Labor', ...BODY_DE, line]);
    expect(found.published).toBe('2019-08-16');
    expect(found.spans.some((span) => span.block === 3)).toBe(false);
  });

  it('reads the French noun label "Mise en ligne" before a date that leads a long line', () => {
    const line = 'Mise en ligne le 12/03/2020 à 10h15 Temps de lecture : 4 min Partager sur Facebook Twitter LinkedIn Courriel Imprimer';
    expect(fromText('fr', ['Le marché couvert rouvre ses portes', line, ...BODY_EN]).published).toBe('2020-03-12');
  });

  it('does not read a date out of a long line without a label', () => {
    const line = 'Die Folge vom 16.08.2019 dauert eine Stunde und vier Minuten und steht unter einer freien Lizenz zum Download bereit';
    expect(fromText('de', ['RES204 Kernspaltung im Labor', ...BODY_DE, line]).published).toBeUndefined();
  });
  it('passes over a list of dated lines (teasers) for a date line that stands alone', () => {
    const menu = ['Startseite', 'Archiv', 'Kategorien', 'Allgemeines', 'Impressum', 'Datenschutz', 'Suche', 'Neueste Beiträge'];
    const teasers = ['Blogposting 01/24/2020', 'Blogposting 01/26/2020', 'Blogposting 09/20/2019'];
    const found = fromText('de', ['Blogposting', '23. Januar 2020', ...menu, ...teasers, ...BODY_DE]);
    expect(found.published).toBe('2020-01-23');
  });

  it('passes over the masthead\'s date of today for the earlier date line nearer the body', () => {
    // Both lines stand further above the body than the head proper reaches: searched from the top.
    const menu = ['Inicio', 'Nacionales', 'Deportes', 'Mundo', 'Opinión', 'Economía', 'Cultura', 'Ciencia', 'Salud', 'Viajes', 'Podcasts', 'Archivo', 'Contacto', 'Buscar', 'Suscribirse'];
    const player = ['Escuchar', 'Play', 'Pausa', '0:00', '/', '4:22', 'Volumen', 'Compartir', 'Facebook', 'Twitter', 'Correo', 'Imprimir', 'Anterior', 'Siguiente'];
    const lines = ['Portada', '12/06/2023', ...menu, 'El tribunal confirma la condena del exfuncionario', '09/06/2023', ...player, ...BODY_DE, ...FOOTER, ...FOOTER];
    expect(fromText('es', lines).published).toBe('2023-06-09');
  });

  it('keeps the head\'s date line over an earlier teaser date below the body\'s start', () => {
    const [lead, ...body] = BODY_EN;
    const found = fromText('en', ['Sections', 'Harbor patrol finds cocaine in a fishing boat', 'March 5, 2021', lead!, 'Share', 'March 1, 2021', ...body]);
    expect(found.published).toBe('2021-03-05');
  });
});

describe('dump date lines with more on them', () => {
  it('reads a labelled date followed by counters', () => {
    expect(fromText('en', ['A wedding in the Wendland', 'Published on August 19, 2019 • 247 Likes • 83 Comments', ...BODY_EN]).published).toBe('2019-08-19');
  });

  it('reads a label set off from its date by a dash ("Stand - 12.11.2021")', () => {
    const found = fromText('de', ['Island: Hinweise für Wanderer', 'Stand - 12.11.2021 (Unverändert gültig seit: 05.11.2021)', ...BODY_DE]);
    expect(found.published).toBe('2021-11-12');
  });

  it('reads a date followed by the place ("31. Jan. 2022 in Bremen, Deutschland")', () => {
    const [lead, ...body] = BODY_DE;
    const found = fromText('de', ['Golf im TV', '31. Jan. 2022 in Bremen, Deutschland', lead!, 'Donnerstag, 03. Februar 2022', ...body]);
    expect(found.published).toBe('2022-01-31');
  });

  it('takes a line of authors and the places they write from before a date for the date line ("Anna Beispiel, Berlin, Bernd Muster 19.10.2019")', () => {
    const [lead, ...body] = BODY_DE;
    const teasers = ['Weitere Artikel', 'Die Rede vor den Absolventen', 'Clara Probe, Hamburg 18.10.2019, 19:33', 'Der Aufsatz über gute Ideen', 'Clara Probe, Hamburg 17.10.2019, 06:00'];
    const lines = ['Drei Erlebnisse und ihr Sinn', lead!, 'Anna Beispiel, Greifswald, Bernd Muster 19.10.2019, 23:38 Uhr', ...body, ...teasers];
    const found = fromText('de', lines);
    expect(found.published).toBe('2019-10-19');
    expect(found.spans.some((span) => span.block === 2 && span.kind === 'metadata')).toBe(true);
  });

  it('does not take a masthead\'s "Willkommen Gast | RSS" or a title-cased headline beside a date for names and places', () => {
    expect(parseDateLine('Anna Beispiel, Greifswald, Bernd Muster 19.10.2019, 23:38 Uhr', undefined, 'de', dumpWords('de').nameWords)?.namesAndPlaces).toBe(true);
    expect(parseDateLine('Samstag, 2016-10-08, 0:26 AM Willkommen Gast | RSS', undefined, 'de', dumpWords('de').nameWords)?.namesAndPlaces).toBeFalsy();
    expect(parseDateLine('Neue Regeln Für Alte Häuser In Der Stadt 19.10.2019', undefined, 'de', dumpWords('de').nameWords)).toBeUndefined();
  });
});

describe('dump dates leading a longer line', () => {
  it('reads a date that leads a line of other head items near the body', () => {
    const line = '22. Januar 2020 @ 18:13 // Autor: k4t3r // ~ Lesezeit: 1 Minute';
    const found = fromText('de', ['Nahaufnahmen von Käfern', line, ...BODY_DE]);
    expect(found.published).toBe('2020-01-22');
    expect(fromText('en', ['Thoughts on Rust 2', 'January 13, 2020 at 08:45 AM | categories: Python, Git | View Comments', ...BODY_EN]).published).toBe('2020-01-13');
  });

  it('reads a date leading a line a little further below the body\'s start', () => {
    const body = [...BODY_DE, ...BODY_DE.map((p) => `${p} (1)`), ...BODY_DE.map((p) => `${p} (2)`)];
    const line = 'Marco Tillmanns , 01. Dez. 2017, 14:07 Uhr 4 min LesezeitKommentare6';
    const found = fromText('de', ['Lesezeichen aus dem Browser exportieren', ...body, line, ...FOOTER, ...FOOTER]);
    expect(found.published).toBe('2017-12-01');
  });

  it('reads a date set off by a separator at the start of the lead paragraph', () => {
    const lead = 'Red. / 31.10.2023 Die alte Hafenstadt steht vor dem Umbruch. Das wird auch eine Prüfung für die Region sein.';
    const found = fromText('de', ['Mosambik: Wo die Küste endet', lead, ...BODY_DE]);
    expect(found.published).toBe('2023-10-31');
    expect(found.spans.some((span) => span.block === 1)).toBe(false);
  });

  it('does not read the date a sentence opens with', () => {
    expect(fromText('de', ['Die Rede', ...BODY_DE]).published).toBeUndefined();
    const sentence = 'Seit dem 1. Oktober 2022 gilt für Fernwärme ein von 19 auf 7 Prozent gesenkter Steuersatz.';
    expect(fromText('de', ['Entlastungen auf einen Blick', sentence, ...BODY_DE]).published).toBeUndefined();
  });

  it('does not read the date under an embedded post ("— Name (@handle) date")', () => {
    const [lead, ...body] = BODY_EN;
    const embed = ['What a night at the harbor, thanks to everyone who came!', '— Harbor Patrol (@harborpatrol) October 31, 2021'];
    expect(fromText('en', ['Harbor patrol finds cocaine in a fishing boat', lead!, ...embed, ...body]).published).toBeUndefined();
  });
});

describe('dump dates in a sentence about the post', () => {
  it('reads the sentence a blog writes under its post', () => {
    const line = 'Dieser Beitrag wurde am 04/02/2020 von rb in Obergericht, SVG, Vorsatz veröffentlicht.';
    expect(fromText('de', ['Eilige Beamte', ...BODY_DE, line, 'Schlagworte: StGB 12, SVG 100']).published).toBe('2020-02-04');
  });

  it('reads the line a wiki writes at the end of a page', () => {
    const body = [...BODY_DE, ...BODY_DE.map((p) => `${p} (Fortsetzung)`)];
    const found = fromText('de', ['Stammtisch', ...body, ...FOOTER, 'Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.', 'Datenschutz']);
    expect(found.published).toBe('2020-01-29');
  });

  it('does not read such a sentence from the body further down, in the head or below it', () => {
    const body = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].flatMap((part) => BODY_EN.map((p) => `${p} (${part})`));
    const sentence = 'The agency said the report was published on March 3, 2020.';
    expect(fromText('en', ['Cocaine seized at the ramp', ...body.slice(0, 17), sentence, ...body.slice(17)]).published).toBeUndefined();
    expect(fromText('en', ['Cocaine seized at the ramp', ...body.slice(0, 25), sentence, ...body.slice(25)]).published).toBeUndefined();
  });

  it('does not read a date a sentence only talks about', () => {
    const sentence = 'Nordwind Air has set a new date for when it will become a full member of the Skyway alliance: March 31, 2021.';
    expect(fromText('en', ['Nordwind joins Skyway', 'Oct 13, 2020', ...BODY_EN.slice(0, 1), sentence, ...BODY_EN.slice(1)]).published).toBe('2020-10-13');
    expect(fromText('en', ['Nordwind joins Skyway', ...BODY_EN.slice(0, 1), sentence, ...BODY_EN.slice(1)]).published).toBeUndefined();
  });
});

describe('dump dates inside a line of run-together meta lines', () => {
  it('reads the date a published label introduces, not the change date before it', () => {
    const line = 'Letzte Änderung: 31.10.2023 - 14:49:39 Erschienen am: 01.11.2023 Lesungen: 61 © bei der Autorin und bei buchkritik-online.de';
    const found = fromText('de', ['Die Rezepte der Großmütter', ...BODY_DE, line]);
    expect(found.published).toBe('2023-11-01');
    expect(found.spans.some((span) => span.block === 3)).toBe(false);
  });

  it('finds every date of a text in order', () => {
    expect([...findDates('Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023', { language: 'de' })].map((d) => d.iso)).toEqual(['2023-10-31', '2023-11-01']);
  });
});

describe('dump dates below the head', () => {
  it('reads a labelled date line at the end of the dump', () => {
    const found = fromText('en', ['Pragmatic Python', ...BODY_EN, ...FOOTER, 'Published: 03 December 2019', 'Tags: python']);
    expect(found.published).toBe('2019-12-03');
  });

  it('reads a plain date line a little past the head below the body\'s start', () => {
    const body = [...BODY_EN, ...BODY_EN.map((p) => `${p} (continued)`)];
    const found = fromText('en', ['Press', 'Contact', ...body, 'Photo: the vessel at the ramp', 'Reuse with credit', '24 April 2020 | Press releases', 'Share']);
    expect(found.published).toBe('2020-04-24');
  });

  it('reads a date beside its update at the end of the dump', () => {
    expect(fromText('es', ['Carlos Medrano: juicio continuará', ...BODY_EN, ...FOOTER, '07/05/2022 20H06 - ACTUALIZADO A 07/05/2022 20H17']).published).toBe('2022-05-07');
  });

  it('reads the one plain date line below the head when the dump shows no other', () => {
    const body = [...BODY_EN, ...BODY_EN.map((p) => `${p} (continued)`)];
    expect(fromText('en', ['Pragmatic Python', ...body, ...FOOTER, '03 December 2019', 'Tags: python']).published).toBe('2019-12-03');
  });

  it('does not read unlabelled dates at the end of the dump when there are several (comments, teasers)', () => {
    const body = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((part) => BODY_EN.map((p) => `${p} (${part})`));
    const comments = ['Ann', '03 December 2019', 'Great read, thanks.', ...FOOTER, 'Bob', '05 December 2019', 'Agreed.'];
    expect(fromText('en', ['Pragmatic Python', ...body, ...FOOTER, ...comments]).published).toBeUndefined();
  });
});

describe('dump dates: labels and forms', () => {
  it('reads a year run into the time ("3 de mayo de 202221:25")', () => {
    expect(findDate('3 de mayo de 202221:25', { language: 'es' })?.iso).toBe('2022-05-03');
  });

  it('reads a change label after the author as the date line ("Zuletzt geändert am")', () => {
    expect(fromText('de', ['Wellnessoasen im Hügelland', 'Evgenia Lorenz Zuletzt geändert am 06.11.2023', ...BODY_DE]).published).toBe('2023-11-06');
  });

  it('reads "Erscheinungsdatum:" and a wiki\'s "last edited" below the head', () => {
    expect(fromText('de', ['Senioren zu mehr Bewegung ermutigen', ...BODY_DE, ...FOOTER, 'Erscheinungsdatum: 07.02.2022', 'Teilen']).published).toBe('2022-02-07');
    const wiki = fromText('en', ['StarterGuide/Install', ...BODY_EN, ...FOOTER, 'StarterGuide/Install (last edited 2019-11-10 13:28:18 by JonasFeldberg)']);
    expect(wiki.published).toBe('2019-11-10');
  });
});

describe('dates written in more languages', () => {
  it.each([
    ['cs', '1. listopadu 2021', '2021-11-01'],
    ['cs', '12. března 2020', '2020-03-12'],
    ['sk', '5. októbra 2019', '2019-10-05'],
    ['tr', '5 Mart 2020', '2020-03-05'],
    ['tr', '14 Ağustos 2021', '2021-08-14'],
    ['ro', '3 septembrie 2018', '2018-09-03'],
    ['da', '7. marts 2022', '2022-03-07'],
    ['no', '24. desember 2020', '2020-12-24'],
    ['hu', '2019. március 12.', '2019-03-12'],
    ['ko', '입력 2020. 3. 5. 14:30', '2020-03-05'],
    ['en', 'the 5th of March 2020', '2020-03-05'],
  ])('%s: %s', (language, text, iso) => {
    expect(findDate(text, { language })?.iso).toBe(iso);
  });
});

describe('update labels in other scripts', () => {
  it('passes over the update part of a date line in Russian and Chinese', () => {
    expect(fromText('ru', ['Новости', 'Обновлено: 5 марта 2020 | Опубликовано: 3 марта 2020', ...BODY_EN]).published).toBe('2020-03-03');
    expect(fromText('zh', ['新闻', '更新时间：2020年3月5日 | 发布时间：2020年3月3日', ...BODY_EN]).published).toBe('2020-03-03');
  });
});

describe('dump dates: the author on the date line', () => {
  it('ends the name where a label runs into it ("by Bernd MusterCategories")', () => {
    const found = fromText('en', ['Home', 'Notes on Software and Science', 'Posted on 2020-03-05 by Bernd MusterCategories: Uncategorized', ...BODY_EN, ...FOOTER]);
    expect(found.published).toBe('2020-03-05');
    expect(found.byline).toBe('Bernd Muster');
  });

  it('reads "Erstellt am" as the publication label (de): the label is no part of the name before it', () => {
    const found = fromText('de', ['Startseite', 'Neue Radwege für die Innenstadt', 'Sonia Weißler Erstellt am 12.05.2021', ...BODY_DE, ...FOOTER]);
    expect(found.published).toBe('2021-05-12');
    expect(found.byline).toBe('Sonia Weißler');
  });
});
