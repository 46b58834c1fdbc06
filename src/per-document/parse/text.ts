/**
 * Plain-text dumps into blocks. Scrapers write one block per line; hand-written or
 * e-mailed text wraps paragraphs at a fixed width and separates them by blank lines.
 * Wrapped paragraphs are joined; otherwise every line is a block.
 */
import { newBlock, type Block } from '../../core/document.js';

/** True when the groups look hard-wrapped: most lines of multi-line groups are long and of similar width. */
function looksHardWrapped(groups: string[][]): boolean {
  const multi = groups.filter((g) => g.length >= 3);
  if (multi.length < Math.max(1, groups.length * 0.3)) return false;
  const lengths = multi.flatMap((g) => g.slice(0, -1).map((line) => line.length));
  const width = Math.max(...lengths);
  return width <= 100 && lengths.filter((n) => n >= width * 0.6).length >= lengths.length * 0.8;
}

export function parseText(content: string): Block[] {
  const groups: string[][] = [];
  let current: string[] = [];
  for (const raw of content.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/[\t ]+/g, ' ').trim();
    if (line) current.push(line);
    else if (current.length) {
      groups.push(current);
      current = [];
    }
  }
  if (current.length) groups.push(current);

  const texts = looksHardWrapped(groups) ? groups.map((g) => g.join(' ')) : groups.flat();
  return texts.map((text, index) => newBlock(index, 'paragraph', text, [], undefined, text));
}
