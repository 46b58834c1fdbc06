import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/per-document/parse/text.js';

const wrap = (text: string, width = 72) => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
};

const P1 =
  'The orchard woke late this year. The first blossom opened on the old tree by the gate on Tuesday, and by Friday the whole top row had followed, despite two cold nights that took a share of the pear flowers.';
const P2 =
  'A reader asked how I decide when to give up on a tree. My rule is three bad years in a row with no obvious cause, after which the best wood is grafted onto a new rootstock and the old tree is left for the birds.';
const P3 =
  'Next time I will write about the bees, who have been busy despite the cold, and about the hedge planted along the lane in November, which has taken better than I dared to hope.';

describe('parseText', () => {
  it('makes one block per line in a scraper dump, blank lines or not', () => {
    const blocks = parseText('Home\nNews\n\nCouncil approves budget\nThe council voted on Tuesday.\n\n\nShare this\n');
    expect(blocks.map((b) => b.text)).toEqual(['Home', 'News', 'Council approves budget', 'The council voted on Tuesday.', 'Share this']);
    expect(blocks.every((b) => b.type === 'paragraph' && b.links.length === 0)).toBe(true);
    expect(blocks.map((b) => b.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('joins hard-wrapped paragraphs separated by blank lines', () => {
    const content = [wrap(P1), wrap(P2), wrap(P3)].join('\n\n');
    expect(content.split('\n').length).toBeGreaterThan(9);
    expect(parseText(content).map((b) => b.text)).toEqual([P1, P2, P3]);
  });

  it('joins wrapped paragraphs with CRLF line ends and indentation', () => {
    const content = [wrap(P1), wrap(P2)].join('\n\n').split('\n').map((l) => `  ${l}`).join('\r\n');
    expect(parseText(content).map((b) => b.text)).toEqual([P1, P2]);
  });

  it('keeps short lines of a wrapped letter (greeting, sign-off) as their own blocks', () => {
    const content = ['Hello again,', wrap(P1), wrap(P2), 'Tobias'].join('\n\n');
    expect(parseText(content).map((b) => b.text)).toEqual(['Hello again,', P1, P2, 'Tobias']);
  });

  it('collapses runs of spaces and tabs within a line', () => {
    expect(parseText('a\t\tb   c').map((b) => b.text)).toEqual(['a b c']);
  });

  it('returns no blocks for blank content', () => {
    expect(parseText(' \n\n\t\n')).toEqual([]);
  });
});
