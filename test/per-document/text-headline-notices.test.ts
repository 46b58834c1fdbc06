/**
 * Text dump headlines beside a paywall's account notices and a kicker written on its own line.
 * Invented pages, run through winnow's stages up to the metadata.
 */
import { describe, expect, it } from 'vitest';
import { dumpLinesFromText } from '../helpers/dump-text.js';
import { docOf, runUntil } from '../helpers/stage-context.js';

const MENU_DE = ['Startseite', 'Region', 'Kultur', 'Sport', 'Wirtschaft', 'Abonnement', 'Kontakt'];

const BODY_DE = [
  'Der Gemeinderat hat am Dienstagabend lange über die neue Brücke am Stadtpark gestritten, bevor er dem Vorschlag der Verwaltung mit knapper Mehrheit zustimmte.',
  'Die Kosten sind seit der ersten Planung deutlich gestiegen, weil der Stahl teurer geworden ist und der Boden am Ufer aufwendiger befestigt werden muss als gedacht.',
  'Die Bauarbeiten sollen im kommenden Frühjahr beginnen und gut zwei Jahre dauern; bis dahin bleibt die alte Fähre die einzige Verbindung zwischen den beiden Ufern.',
];

function titleOf(lines: string[]): string | undefined {
  return runUntil(docOf(`${lines.join('\n')}\n`, { path: 'dump.txt' }), 'metadata').meta.title;
}

describe('text dump headlines under the notices of a paywall box', () => {
  it('are read under the box’s hidden messages, which are no paragraphs of the body', () => {
    const headline = 'Die neue Brücke am Stadtpark wird teurer als geplant';
    const standfirst = 'Der Gemeinderat stimmt dem Bau trotzdem zu, die Opposition spricht von einem Fass ohne Boden';
    const notices = [
      'Vielen Dank für Ihre Registrierung. Sie haben den Aktivierungslink für Ihr Konto per E-Mail erhalten und können sich jetzt anmelden.',
      'Vielen Dank für Ihre Anmeldung.',
      'Ihr Benutzerkonto ist aktiviert. Wir wünschen Ihnen viel Lesevergnügen mit unseren Artikeln und Kommentaren.',
      'Vielen Dank für Ihre Bestellung. Wir wünschen Ihnen eine angenehme Lektüre und viele neue Einsichten.',
    ];
    const lines = [...MENU_DE, ...notices, headline, standfirst, 'Lena Beispiel, Anna Muster 12.03.2021, 18:30 Uhr', ...BODY_DE, 'Teilen', 'Mehr zum Thema', 'Die Fähre fährt bald seltener'];
    expect(titleOf(lines)).toBe(headline);
  });
});

describe('text dump headlines under a kicker on its own line', () => {
  const kicker = 'Streit im Gemeinderat:';
  const headline = 'Die Brücke kommt doch';

  it('take the kicker in when the page has both again as one line (a list of the most read)', () => {
    const mostRead = ['Meistgelesen', `${kicker} ${headline}`, 'Lena Beispiel 12.03.2021, 18:30 Uhr', 'Ein Sommer ohne Freibad', 'Anna Muster 11.03.2021, 09:00 Uhr'];
    const lines = [...MENU_DE, kicker, headline, 'Lena Beispiel 12.03.2021, 18:30 Uhr', ...BODY_DE, ...mostRead];
    expect(titleOf(lines)).toBe(`${kicker} ${headline}`);
  });

  it('leave the line above out when the page never writes the two together', () => {
    const lines = [...MENU_DE, kicker, headline, 'Lena Beispiel 12.03.2021, 18:30 Uhr', ...BODY_DE, 'Meistgelesen', 'Ein Sommer ohne Freibad'];
    expect(titleOf(lines)).toBe(headline);
  });
});

describe('text dump headlines whose kicker and headline met at a spaced colon', () => {
  const lines = (headline: string) => [...MENU_DE, headline, 'Lena Beispiel 12.03.2021, 18:30 Uhr', ...BODY_DE];

  it('lose the space before the colon', () => {
    expect(dumpLinesFromText('de', lines('Brückenbau am Stadtpark : Die Kosten steigen weiter')).title).toBe('Brückenbau am Stadtpark: Die Kosten steigen weiter');
  });

  it('keep it in French, whose typography sets it', () => {
    expect(dumpLinesFromText('fr', lines('Le pont du parc : les coûts augmentent encore')).title).toBe('Le pont du parc : les coûts augmentent encore');
  });
});

describe('text dump headlines over a head the page writes twice', () => {
  it('are vouched for by the copy of the head lines under them, not only by the copy the date finder claimed', () => {
    const headline = 'Voters back a pay rise for retired school staff, but the fund may run short';
    const head = ['by: Mara Example', 'Posted: Nov 8, 2023 / 04:43 PM CST', 'Updated: Nov 8, 2023 / 05:10 PM CST'];
    const body = [
      'Voters in the state approved an amendment on Tuesday that will give billions of dollars to the fund that pays retired teachers and other school staff.',
      'The association of retired teachers called the vote a victory, but its director warned that the fund will need more money within a decade.',
      'The amendment passed with a large majority in every county, a rare moment of agreement in a year of close and bitter races.',
    ];
    const lines = ['Home', 'News', 'Politics', 'Weather', 'Search', 'The State Capitol', 'Politics', headline, ...head, 'The State Capitol', ...head, 'SHARE', ...body];
    expect(dumpLinesFromText('en', lines).title).toBe(headline);
  });
});
