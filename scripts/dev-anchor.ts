// Dev aid: where a dump's anchor (the start of the body the head is searched around) stands
// against the line holding the truth title. Prints a histogram of (anchor - title line) and, for
// the far ones, the lines from the title to the anchor.
//   npx tsx scripts/dev-anchor.ts md|txt [SHOW=20] [MIN_DISTANCE=6]
import { readFileSync } from 'node:fs';
import { parseText } from '../src/per-document/parse/text.js';
import { parseMarkdown } from '../src/per-document/parse/markdown.js';
import { dumpHead, HEAD_AFTER, HEAD_BEFORE } from '../src/per-document/metadata/dump-head.js';
import { foldForMatch } from '../src/core/text.js';

const [ext = 'md', show = '20', min = '6'] = process.argv.slice(2);
const bench = new URL('../../shared/bench/traf-dev/', import.meta.url);
const truth = JSON.parse(readFileSync(new URL('truth.json', bench), 'utf8')) as Record<string, { title?: string }>;
const hist = new Map<string, number>();
let shown = 0;
let inside = 0;
let lines = 0;
for (const [id, { title }] of Object.entries(truth)) {
  if (!title) continue;
  const text = readFileSync(new URL(`dumps/${id}.${ext}`, bench), 'utf8');
  const blocks = ext === 'md' ? parseMarkdown(text) : parseText(text);
  const { anchor } = dumpHead(blocks, ext === 'md' ? 'markdown' : 'text');
  const folded = foldForMatch(title);
  const at = blocks.filter((b) => foldForMatch(b.text) === folded).map((b) => b.index);
  if (!at.length) continue;
  lines++;
  const nearest = at.sort((a, b) => Math.abs(anchor - a) - Math.abs(anchor - b))[0]!;
  const distance = anchor - nearest;
  if (distance >= -HEAD_AFTER && distance <= HEAD_BEFORE) inside++;
  const key = distance < -HEAD_AFTER ? 'below' : distance > 30 ? '>30' : String(distance);
  hist.set(key, (hist.get(key) ?? 0) + 1);
  if (Math.abs(distance) >= Number(min) && shown < Number(show)) {
    shown++;
    console.log(`\n${id} title@${nearest} anchor@${anchor} d=${distance}: ${title}`);
    const from = Math.max(0, Math.min(nearest, anchor) - 1);
    const to = Math.min(blocks.length - 1, Math.max(nearest, anchor) + 1);
    for (let i = from; i <= to; i++) {
      if (to - from > 40 && i > from + 18 && i < to - 18) continue;
      const b = blocks[i]!;
      console.log(`  ${i === nearest ? 'T' : i === anchor ? 'A' : ' '}${i} ${b.type.slice(0, 4)}${b.level ?? ''} ${b.text.replace(/\n/g, '⏎').slice(0, 100)}`);
    }
  }
}
console.log(`\ntitle as a line: ${lines}; within the head (-${HEAD_AFTER}..+${HEAD_BEFORE}): ${inside}`);
console.log([...hist.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}:${v}`).join(' '));
