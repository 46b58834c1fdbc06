/**
 * The headline of a text dump among the title-shaped lines stacked above the body: which line of
 * a stack is the headline. Invented pages, parsed as winnow parses text dumps.
 */
import { describe, expect, it } from 'vitest';
import { dumpLinesFromText } from '../helpers/dump-text.js';
import { docOf, runUntil } from '../helpers/stage-context.js';

const MENU_EN = ['Home', 'Recipes', 'Baking', 'Drinks', 'Seasonal', 'Newsletter', 'About us'];

const BODY_EN = [
  'Halloween is a night for treats that look a little frightening, and these shortbread fingers with almond nails are easy to bake with children on a rainy afternoon.',
  'Mix the butter, sugar and flour into a soft dough, roll it into finger shapes and press an almond into one end of each before the biscuits go into the oven.',
  'Once they have cooled, a drop of red jam around the almond makes them look even scarier, and they keep well in a tin for several days.',
];

describe('text dump headlines in a stack of title-shaped lines', () => {
  it('are not taken for the subtitle of a line the dump repeats elsewhere (a search prompt, a menu entry)', () => {
    const headline = 'Spooky finger biscuits for Halloween! They look frightening, but they taste of butter and almonds';
    const prompt = 'Search for a recipe or an ingredient';
    const lines = [...MENU_EN, prompt, 'Advanced search', prompt, 'Advanced search', prompt, headline, 'Mara Lindqvist', ...BODY_EN];
    expect(dumpLinesFromText('en', lines).title).toBe(headline);
  });

  it('still give way to the line of some length above them when that line is the headline', () => {
    const headline = 'Spooky finger biscuits for Halloween';
    const lines = [...MENU_EN, headline, 'A little fright for the whole family', ...BODY_EN];
    expect(dumpLinesFromText('en', lines).title).toBe(headline);
  });
});

const MENU_DE = ['Startseite', 'Magazin', 'Archiv', 'Abonnement', 'Kontakt'];

const BODY_DE = [
  'Wer heute durch die Innenstadt geht, sieht leere Schaufenster und volle Lieferwagen. Die Frage, wem die Straße gehört, stellt sich neu, und die Planung hinkt den Entwicklungen hinterher.',
  'Die Städte haben lange darauf gesetzt, dass der Handel die Zentren belebt. Nun müssen sie neue Nutzungen finden, die Menschen auch ohne Einkaufstüten in die Mitte ziehen.',
  'Dafür braucht es Mut zur Lücke und Geduld, denn die Planung von Plätzen und Wegen dauert Jahre, während sich die Gewohnheiten der Menschen in Monaten ändern.',
];

describe('text dump headlines over a one-word label and their date line', () => {
  it('are vouched for by the date line under the label (the article kind)', () => {
    const headline = 'Die Freiheit der Straße';
    const lines = [...MENU_DE, 'Neue Ausgabe jetzt im Handel erhältlich', 'Wir über uns', headline, 'Essay', '25.10.2022 - Jonas Feldmann', ...BODY_DE];
    expect(dumpLinesFromText('de', lines).title).toBe(headline);
  });

  it('are read a few lines under a notice that opens the prose run, when a date line follows them within a few lines', () => {
    const headline = 'The Sazerac: a classic cocktail from New Orleans, explained';
    const notice = 'We use cookies to make this site work better for you. By using it, you agree to our use of cookies and to our privacy policy';
    const standfirst = 'Bitter, sweet and strong? Today we learn how the old drink is stirred';
    const lines = [...MENU_EN, notice, 'OK', 'Life', 'Drinks', headline, standfirst, 'Photo: Ann Example', BODY_EN[0]!, 'Share on Facebook Share by email', 'Oct 19, 2021, 18:56', 'Oliver Example', BODY_EN[1]!, BODY_EN[2]!];
    expect(dumpLinesFromText('en', lines).title).toBe(headline);
    // Right under the body's first paragraph, a line with a date below it is a crosshead.
    const crosshead = ['Why do the almonds stay on?', 'Oct 19, 2021'];
    expect(dumpLinesFromText('en', [...MENU_EN, 'Spooky finger biscuits', BODY_EN[0]!, ...crosshead, BODY_EN[1]!, BODY_EN[2]!]).title).toBe('Spooky finger biscuits');
  });

  it('are vouched for in full across an agency named in capitals, even under a notice that opens the prose run', () => {
    const headline = 'Thieves take a van full of pumpkins from the village market';
    const notice = 'Sorry, but your browser needs JavaScript to use this site. If you are not sure how to turn it on, please ask the person who looks after your computer.';
    const lines = [...MENU_EN, notice, 'Local / Crime', headline, 'AFP', 'Oct 30, 2021', ...BODY_EN];
    expect(dumpLinesFromText('en', lines).title).toBe(headline);
  });
});

/** The title the metadata stage finds in a text dump: the rule packs' chaff lines are never titles. */
function titleOfDump(lines: string[]): string | undefined {
  return runUntil(docOf(`${lines.join('\n')}\n`, { path: 'dump.txt' }), 'metadata').meta.title;
}

describe('text dump headlines near chaff lines the rule packs name', () => {
  it('are not a wiki\'s "jump to" line', () => {
    const headline = 'NRW:Nordstadt/Stammtisch';
    const lines = [
      headline,
      'Aus Beispielwiki',
      '< NRW:Nordstadt',
      'Wechseln zu: Navigation, Suche',
      'Stammtisch',
      'Der nächste Stammtisch findet am Mi. 4. März 2020 ab 19 Uhr im Café Lindenhof statt.',
      'Meist treffen wir uns am ersten Mittwoch des Monats im Café Lindenhof.',
      'Bei den offenen Treffen geht es darum, sich kennenzulernen. Zu Gast sind oft auch Leute aus den Nachbarorten.',
      'Die Protokolle der Treffen stehen im Archiv der Ortsgruppe.',
    ];
    expect(titleOfDump(lines)).toBe(headline);
  });

  it('are not a "Courtesy of" credit, which leaves the body as a credit', () => {
    const headline = 'Shortbread fingers with almond nails make Halloween frightening';
    const shares = ['Facebook', 'Twitter', 'WhatsApp', 'Linkedin', 'Reddit', 'Email', 'Tumblr', 'Viber'];
    const lines = [...MENU_EN, 'Food', headline, 'By Ada Morrow', 'January 17, 2020', ...shares, 'Courtesy of Riverside News', ...BODY_EN];
    const doc = runUntil(docOf(`${lines.join('\n')}\n`, { path: 'dump.txt' }), 'tag');
    expect(doc.meta.title).toBe(headline);
    expect(doc.spans.find((s) => s.block === lines.indexOf('Courtesy of Riverside News'))?.kind).toBe('credit');
  });
});
