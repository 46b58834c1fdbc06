import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { foldForMatch, oneByteWhenItFits } from '../../src/core/text.js';
import { parseStage } from '../../src/per-document/parse/parse-stage.js';
import { newDoc } from '../../src/core/document.js';
import type { StageContext } from '../../src/core/stage.js';

/** How V8 stores a string, as its serializer writes it: '"' one byte a character, 'c' two. */
const storage = (text: string) => (serialize(text)[2] === 0x22 ? 'one-byte' : 'two-byte');

/** A part of a page that holds a wide character elsewhere: V8 keeps it two bytes a character. */
const cutFromWidePage = (text: string) => `${text} \u2014 the rest of the page`.slice(0, text.length);

describe('oneByteWhenItFits', () => {
  it('stores Latin-1 text one byte a character, with the same characters', () => {
    const cut = cutFromWidePage('Straße in Zürich, 5 °C');
    expect(storage(cut)).toBe('two-byte');
    const compact = oneByteWhenItFits(cut);
    expect(compact).toBe('Straße in Zürich, 5 °C');
    expect(storage(compact)).toBe('one-byte');
  });

  it('leaves text with wider characters as it is', () => {
    const text = 'Praha \u2013 Čeština';
    expect(oneByteWhenItFits(text)).toBe(text);
  });

  it('gives foldForMatch results stored one byte a character where they fit', () => {
    const folded = foldForMatch(cutFromWidePage('It\u2019s   Mostly Sunny'));
    expect(folded).toBe("it's mostly sunny");
    expect(storage(folded)).toBe('one-byte');
  });

  it('gives block texts of Markdown dumps stored one byte a character where they fit', () => {
    const content = '# A Quiet Harbour Town\n\nThe ferry leaves at nine \u2014 weather permitting.\n\nTickets cost 12 euros.\n';
    const doc = newDoc({ path: 'invented.md', origin: { kind: 'file' }, sha256: '0', bytes: content.length }, undefined, { content, format: 'markdown' });
    const blocks = parseStage.run(doc, {} as StageContext).blocks;
    expect(blocks.map((b) => b.text)).toEqual(['A Quiet Harbour Town', 'The ferry leaves at nine \u2014 weather permitting.', 'Tickets cost 12 euros.']);
    expect(blocks.map((b) => storage(b.text))).toEqual(['one-byte', 'two-byte', 'one-byte']);
  });
});
