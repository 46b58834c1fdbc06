/**
 * Metadata read from the lines of Markdown and text dumps: snippets cut from scraper dumps
 * of real pages (the page <body> only: no <title>, no meta tags), parsed as winnow parses them.
 */
import { describe, expect, it } from 'vitest';
import { findDumpLines } from '../../src/per-document/metadata/dump-lines.js';
import { parseMarkdown } from '../../src/per-document/parse/markdown.js';
import { parseText } from '../../src/per-document/parse/text.js';
import { defaultContext } from '../helpers/stage-context.js';

const ctx = defaultContext();

function fromText(lang: string, lines: string[], url?: string) {
  return findDumpLines(parseText(`${lines.join('\n')}\n`), { fields: ctx.rules.fieldsFor(lang), language: lang, format: 'text', url });
}

function fromMarkdown(lang: string, markdown: string, url?: string) {
  return findDumpLines(parseMarkdown(markdown), { fields: ctx.rules.fieldsFor(lang), language: lang, format: 'markdown', url });
}

const BODY_DE = [
  'Am 14. Juni 2005 hielt Steve Jobs eine vielbeachtete Rede vor den Absolventen der Stanford University. Den Zuhörern erzählte er drei Geschichten, die für sein Leben wichtig waren, und jede davon handelte von den kleinen Bausteinen, aus denen sich ein Leben zusammensetzt.',
  'David Brier, international anerkannter Fachmann für Brand Identity Management, hat diesen Gedanken aufgegriffen, als er sich mit der Frage beschäftigte, was eigentlich Innovation ist. Dazu schreibt er in einem Beitrag, dass der Unterschied im Erkennen der Zusammenhänge liege.',
];

describe('dump titles', () => {
  it('may end in a question mark', () => {
    const found = fromText('de', ['Kontakt/Impressum', 'Beitragsnavigation', '← Vorherige Nächste →', 'Was ist Innovation?', 'Veröffentlicht am 15/07/2014 von Guido Beyss', ...BODY_DE]);
    expect(found.title).toBe('Was ist Innovation?');
    expect(found.published).toBe('2014-07-15');
  });
});
