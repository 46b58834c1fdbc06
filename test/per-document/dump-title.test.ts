/**
 * Titles read from the lines of Markdown and text dumps: snippets shaped like scraper dumps of
 * real pages (the page <body> only), parsed as winnow parses them.
 */
import { describe, expect, it } from 'vitest';
import { findDumpLines } from '../../src/per-document/metadata/dump-lines.js';
import { parseText } from '../../src/per-document/parse/text.js';
import { defaultContext } from '../helpers/stage-context.js';

const ctx = defaultContext();

/** A text dump: one block per line, as parseText reads scraper dumps. */
function titleOfText(lang: string, lines: string[]): string | undefined {
  const blocks = lines.flatMap((line) => parseText(line)).map((block, index) => ({ ...block, index }));
  return findDumpLines(blocks, { fields: ctx.rules.fieldsFor(lang), language: lang, format: 'text' }).title;
}

const MENU_DE = ['Startseite', 'Über uns', 'Wer wir sind', 'Wie wir arbeiten', 'Jobs & Ausschreibungen', 'Amnesty Shop', 'Spenden', 'Presse'];

const BODY_DE = [
  'Amnesty International und die globale Kampagne haben einen Filter für soziale Medien gestartet, der auf die Gefahren autonomer Waffensysteme aufmerksam macht. Nutzerinnen und Nutzer können damit zeigen, dass sie ein Verbot fordern.',
  'Die Staaten beraten in Genf seit Jahren über eine Regulierung. Bisher blockieren einige wenige Länder jeden Fortschritt, obwohl eine große Mehrheit der Staaten ein rechtlich bindendes Abkommen unterstützt und die Zeit drängt.',
  'Autonome Waffensysteme wählen ihre Ziele ohne menschliches Zutun aus und greifen sie an. Damit würde eine Maschine über Leben und Tod entscheiden, was mit den Menschenrechten und dem humanitären Völkerrecht nicht vereinbar ist.',
];

describe('text dump titles', () => {
  it('may be the first line of the body itself, when a caption rather than prose follows it', () => {
    const title = 'Global: Autonome Waffensysteme dürfen nicht über Leben und Tod entscheiden';
    const found = titleOfText('de', [
      ...MENU_DE,
      'Pressemitteilung Aktuell 02. November 2021',
      title,
      'Protestaktion der Kampagne in London (Archivaufnahme)',
      '© Oli Scarff/Getty Images',
      ...BODY_DE,
    ]);
    expect(found).toBe(title);
  });

  it('are never a line that holds a link', () => {
    const found = titleOfText('en', [
      'Support',
      'About us',
      "Sorry, but your browser needs Javascript to use this site. If you're not sure how to activate it, please refer to this site: https://www.enable-javascript.com/",
      'National / Crime & Legal',
      'Losing face: 6,000 surgical masks stolen from Kobe hospital',
      'JIJI',
      'Feb 18, 2020',
      'KOBE – About 6,000 surgical masks have been stolen from a hospital in the city of Kobe, police said Tuesday, amid a shortage of the masks following the outbreak of a new coronavirus.',
    ]);
    expect(found ?? '').not.toContain('Javascript');
  });
});
