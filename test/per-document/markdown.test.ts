import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/core/document.js';
import { parseMarkdown } from '../../src/per-document/parse/markdown.js';
import { documentText } from '../../src/per-document/normalize/normalize-stage.js';

const linkTexts = (block: Block) => block.links.map((l) => block.text.slice(l.start, l.end));

describe('parseMarkdown', () => {
  it('gives headings their levels and keeps paragraphs apart', () => {
    const blocks = parseMarkdown('# One\n\nFirst paragraph.\n\n## Two\n\nSecond\nparagraph.\n\n### Three\n');
    expect(blocks.map((b) => [b.type, b.level, b.text])).toEqual([
      ['heading', 1, 'One'],
      ['paragraph', undefined, 'First paragraph.'],
      ['heading', 2, 'Two'],
      ['paragraph', undefined, 'Second paragraph.'],
      ['heading', 3, 'Three'],
    ]);
    expect(blocks.map((b) => b.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('reads setext headings', () => {
    expect(parseMarkdown('Big title\n=========\n\nSmaller\n-------\n').map((b) => [b.type, b.level, b.text])).toEqual([
      ['heading', 1, 'Big title'],
      ['heading', 2, 'Smaller'],
    ]);
  });

  it('gives nested list items their depth', () => {
    const blocks = parseMarkdown('- fruit\n  - apples\n    - bramley\n  - pears\n- vegetables\n\n1. first\n2. second\n');
    expect(blocks.map((b) => [b.type, b.level, b.text])).toEqual([
      ['list-item', 1, 'fruit'],
      ['list-item', 2, 'apples'],
      ['list-item', 3, 'bramley'],
      ['list-item', 2, 'pears'],
      ['list-item', 1, 'vegetables'],
      ['list-item', 1, 'first'],
      ['list-item', 1, 'second'],
    ]);
  });

  it('reads quotes, nested quotes and code', () => {
    const blocks = parseMarkdown('> Quoted words.\n>\n> > Deeper.\n\n```js\nconst a = 1;\n\nconst b = 2;\n```\n\n    indented code\n');
    expect(blocks.map((b) => [b.type, b.text])).toEqual([
      ['quote', 'Quoted words.'],
      ['quote', 'Deeper.'],
      ['code', 'const a = 1;\n\nconst b = 2;'],
      ['code', 'indented code'],
    ]);
  });

  it('reads table rows, header included, cells joined with " | "', () => {
    const blocks = parseMarkdown('| City | Rain |\n| --- | --- |\n| Oban | 1500 mm |\n| [Leeds](https://l.example) | 700 mm |\n');
    expect(blocks.map((b) => [b.type, b.text])).toEqual([
      ['table-row', 'City | Rain'],
      ['table-row', 'Oban | 1500 mm'],
      ['table-row', 'Leeds | 700 mm'],
    ]);
    expect(blocks[2]!.links).toEqual([{ start: 0, end: 5, href: 'https://l.example' }]);
  });

  it('keeps link offsets right in a table cell after the first', () => {
    const [, row] = parseMarkdown('| a | b |\n| - | - |\n| x | see [docs](https://d.example) |\n');
    expect(row!.text).toBe('x | see docs');
    expect(linkTexts(row!)).toEqual(['docs']);
  });

  it('keeps link offsets right after escapes, emphasis and code', () => {
    const [block] = parseMarkdown('A \\*starred\\* **bold** `code` and [the *link*](https://x.example/a) then [stub](#).');
    expect(block!.text).toBe('A *starred* bold code and the link then stub.');
    expect(block!.links.map((l) => l.href)).toEqual(['https://x.example/a', '#']);
    expect(linkTexts(block!)).toEqual(['the link', 'stub']);
  });

  it('keeps offsets right when the paragraph starts with a link and text is trimmed', () => {
    const [block] = parseMarkdown('[Lead](https://x.example) words and &amp; entities [tail](https://y.example)');
    expect(block!.text).toBe('Lead words and & entities tail');
    expect(linkTexts(block!)).toEqual(['Lead', 'tail']);
  });

  it('turns autolinks into links whose text is the URL', () => {
    const [block] = parseMarkdown('Source: <https://news.example/story>');
    expect(block!.text).toBe('Source: https://news.example/story');
    expect(block!.links).toEqual([{ start: 8, end: 34, href: 'https://news.example/story' }]);
  });

  it('keeps link targets as written, placeholders included, and still refuses script links', () => {
    const [block] = parseMarkdown('[Café](https://news.example/café) [Share](#) [x](javascript:void(0))');
    expect(block!.links.map((l) => l.href)).toEqual(['https://news.example/café', '#']);
    expect(block!.text).toBe('Café Share [x](javascript:void(0))');
  });

  it('links every block of a link that spans blocks (a teaser card) and drops its bracket lines', () => {
    const md = 'Intro with a [link](https://a.example).\n\n[\n\nTeaser title\n\nTeaser summary\n\n](#)[\n\nSecond card\n\n](https://b.example/x)\n\nAfter.\n\n```\n[\n](#)\n```\n';
    const blocks = parseMarkdown(md);
    expect(blocks.map((b) => [b.type, b.text, b.links.map((l) => [l.start, l.end, l.href])])).toEqual([
      ['paragraph', 'Intro with a link.', [[13, 17, 'https://a.example']]],
      ['paragraph', 'Teaser title', [[0, 12, '#']]],
      ['paragraph', 'Teaser summary', [[0, 14, '#']]],
      ['paragraph', 'Second card', [[0, 11, 'https://b.example/x']]],
      ['paragraph', 'After.', []],
      ['code', '[\n](#)', []],
    ]);
  });

  it('links the text on the bracket lines too: "[Replay" ... "](href)" and "[" ... "#### Title](href "title")"', () => {
    const md = '[Replay\n\n](https://x.example/replay)\n\n[\n\n#### Lease or buy?](https://x.example/lease "Lease or buy")\n\n[\nAdd-ons](https://x.example/addons)\n';
    expect(parseMarkdown(md).map((b) => [b.type, b.text, b.links.map((l) => [l.start, l.end, l.href])])).toEqual([
      ['paragraph', 'Replay', [[0, 6, 'https://x.example/replay']]],
      ['heading', 'Lease or buy?', [[0, 13, 'https://x.example/lease']]],
      ['paragraph', 'Add-ons', [[0, 7, 'https://x.example/addons']]],
    ]);
  });

  it('leaves an opening bracket with no close near it as text', () => {
    const md = ['[', '', ...Array.from({ length: 25 }, (_, i) => `Paragraph ${i}.\n`), '](#)'].join('\n');
    expect(parseMarkdown(md)[0]!.text).toBe('[');
  });

  it('keeps hard breaks as newlines and soft breaks as spaces', () => {
    const [block] = parseMarkdown('Line one  \nLine two\\\nLine three\nstill three');
    expect(block!.text).toBe('Line one\nLine two\nLine three still three');
  });

  it('drops images, keeps their neighbours, and skips empty blocks', () => {
    const blocks = parseMarkdown('![A seal](https://img.example/seal.jpg)\n\nText after ![inline](https://img.example/i.png) image.\n');
    // The block keeps the two spaces around the image; normalize collapses them in the record.
    expect(blocks.map((b) => b.text)).toEqual(['Text after  image.']);
    expect(documentText(blocks)).toBe('Text after image.');
    expect(blocks[0]!.index).toBe(0);
  });

  it('does not render raw HTML as markup', () => {
    const [block] = parseMarkdown('Before <span>inside</span> after');
    expect(block!.text).toBe('Before <span>inside</span> after');
  });

  it('reads CR LF and lone CR line ends as LF, and a NUL as U+FFFD', () => {
    const lf = parseMarkdown('# Garden notes\n\nTomatoes first.\nBeans after.\n\n- one\n- two\n');
    const crlf = parseMarkdown('# Garden notes\r\n\r\nTomatoes first.\rBeans after.\r\n\r\n- one\r- two\r\n');
    expect(crlf.map((b) => [b.type, b.level, b.text])).toEqual(lf.map((b) => [b.type, b.level, b.text]));
    expect(lf.map((b) => b.text)).toEqual(['Garden notes', 'Tomatoes first. Beans after.', 'one', 'two']);
    expect(parseMarkdown('Before\u0000after.').map((b) => b.text)).toEqual(['Before\uFFFDafter.']);
  });

  it('keeps the source lines of each block', () => {
    const blocks = parseMarkdown('# Title\n\nSome *emphasis* here\nand more.\n');
    expect(blocks[1]!.source).toBe('Some *emphasis* here\nand more.');
  });
});
