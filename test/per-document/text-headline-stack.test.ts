/**
 * The headline of a text dump among the title-shaped lines stacked above the body: which line of
 * a stack is the headline. Invented pages, parsed as winnow parses text dumps.
 */
import { describe, expect, it } from 'vitest';
import { dumpLinesFromText } from '../helpers/dump-text.js';

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
});
