/**
 * The head of a dump: its anchor (the block where the body is taken to start, around which the
 * title, byline and date lines are searched) and the headline near it. Invented dumps, parsed as
 * winnow parses them.
 */
import { describe, expect, it } from 'vitest';
import { isLinkDebris } from '../../src/core/prose.js';
import { dumpHead } from '../../src/per-document/metadata/dump-head.js';
import { parseMarkdown } from '../../src/per-document/parse/markdown.js';
import { dumpLinesFromMarkdown } from '../helpers/dump-text.js';
import { block } from '../helpers/stage-context.js';

/** A menu entry whose link held a block: the Markdown conversion wrote it over three lines. */
const splitLink = (label: string, depth = 0) => {
  const pad = '    '.repeat(depth);
  return `${pad}-   [\n\n${pad}    ${label}\n\n${pad}    ](#)`;
};

const MENU = ['Aktuelles', 'Rathaus', 'Bürgerservice', 'Veranstaltungen', 'Kultur', 'Wirtschaft', 'Bauen und Wohnen', 'Kontakt'];

const BODY = [
  'Im Gemeindehaus am Marktplatz treffen sich am Samstag wieder Freiwillige, die defekte Toaster, Lampen und Fahrräder gemeinsam mit den Besitzern reparieren.',
  'Die Helferinnen und Helfer bringen ihr eigenes Werkzeug mit. Ersatzteile müssen die Gäste selbst besorgen, Kaffee und Kuchen gibt es gegen eine kleine Spende.',
  'Wer ein Gerät reparieren lassen möchte, meldet sich vorher im Bürgerbüro an, damit genug Helfer mit dem passenden Fachwissen vor Ort sind.',
];

/** A municipal news page: a long menu of split links, a breadcrumb, the headline, its date, the body. */
const PAGE = [
  '# Reparaturtreff im Gemeindehaus: Stadt Beispielfeld',
  ...MENU.map((label) => splitLink(label)),
  ...MENU.map((label) => splitLink(`${label} im Überblick`, 1)),
  '### Reparaturtreff im Gemeindehaus',
  '12.03.2021 Soziales',
  ...BODY,
].join('\n\n');

describe('link debris', () => {
  it('is a lone opening bracket, or a line ending in the closing half of a link that opened above', () => {
    expect(isLinkDebris(block(0, '['))).toBe(true);
    expect(isLinkDebris(block(0, '](#)'))).toBe(true);
    expect(isLinkDebris(block(0, 'Alle Termine im Kalender](https://example.org/termine "Termine")'))).toBe(true);
    expect(isLinkDebris(block(0, 'Die Helfer reparieren Lampen [mehr dazu](https://example.org/mehr)'))).toBe(false);
    expect(isLinkDebris(block(0, 'Die Helfer reparieren Lampen und Fahrräder.'))).toBe(false);
  });

  it('is a code block that is only a list of links, not one with text around a link', () => {
    const menu = '[Übersicht Kultur](https://example.org/kultur)\n\n-   [Theater](https://example.org/theater)\n-   [Museen](https://example.org/museen)';
    expect(isLinkDebris(block(0, menu, { type: 'code' }))).toBe(true);
    const comment = 'Thanks, this saved me a day of work.\n\n[Reply](https://example.org/post?replyto=7#respond)';
    expect(isLinkDebris(block(0, comment, { type: 'code' }))).toBe(false);
  });
});

describe('the anchor of a Markdown dump', () => {
  it('is not a menu of links split over lines: it is the first paragraph of the body', () => {
    const blocks = parseMarkdown(PAGE);
    const { anchor } = dumpHead(blocks, 'markdown');
    expect(blocks[anchor]!.text).toBe(BODY[0]);
  });

  it('puts the headline and its date within the head', () => {
    const found = dumpLinesFromMarkdown('de', PAGE);
    expect(found.title).toBe('Reparaturtreff im Gemeindehaus');
    expect(found.published).toBe('2021-03-12');
  });
});

describe('the sole <h1> of a Markdown dump', () => {
  const body = BODY.join('\n\n');

  it('is a section label when it is one word right over a headline: the headline is the title', () => {
    const page = ['[Zum Inhalt springen](#)', '[Startseite](#) [Kontakt](#)', '# Soziales', 'Reparaturtreff öffnet wieder im Gemeindehaus', '12.03.2021', body].join('\n\n');
    expect(dumpLinesFromMarkdown('de', page).title).toBe('Reparaturtreff öffnet wieder im Gemeindehaus');
  });

  it('is the title when one word over the body, or over a caption that names it again', () => {
    const overBody = ['[Zum Inhalt springen](#)', '[Startseite](#)', '# Gemeindehaus', body].join('\n\n');
    expect(dumpLinesFromMarkdown('de', overBody).title).toBe('Gemeindehaus');
    const overCaption = ['[Zum Inhalt springen](#)', '[Startseite](#)', '# Gemeindehaus', 'Gemeindehaus am Marktplatz im Frühling', body].join('\n\n');
    expect(dumpLinesFromMarkdown('de', overCaption).title).toBe('Gemeindehaus');
  });

  it('is a blog name when in lower case above the body: the headline nearer the body is the title', () => {
    const page = ['[Zum Inhalt springen](#)', '# notizen vom marktplatz', '-   [Start](#)\n-   [Archiv](#)\n-   [Fotos](#)', '12\\. März 2021', '## Reparaturtreff öffnet wieder', body].join('\n\n');
    expect(dumpLinesFromMarkdown('de', page).title).toBe('Reparaturtreff öffnet wieder');
  });

  it('is the headline when in lower case at the body', () => {
    const page = ['[Zum Inhalt springen](#)', '[Startseite](#)', '# nachgefragt: Reparaturtreff im Gemeindehaus', body].join('\n\n');
    expect(dumpLinesFromMarkdown('de', page).title).toBe('nachgefragt: Reparaturtreff im Gemeindehaus');
  });
});
