// Dev aid: where does the truth title sit relative to the prose segment start in txt/md dumps?
import { readFileSync } from 'node:fs';
import { parseText } from '../src/per-document/parse/text.js';
import { parseMarkdown } from '../src/per-document/parse/markdown.js';
import { bestSegment, proseScore } from '../src/core/prose.js';
import { foldForMatch } from '../src/core/text.js';
const [ext, n = '12'] = process.argv.slice(2);
const truth = JSON.parse(readFileSync('../shared/bench/traf-dev/truth.json', 'utf8'));
const hist = new Map<string, number>();
let shown = 0;
for (const id of Object.keys(truth)) {
  if (!truth[id].title) continue;
  const text = readFileSync(`../shared/bench/traf-dev/dumps/${id}.${ext}`, 'utf8');
  const blocks = ext === 'md' ? parseMarkdown(text) : parseText(text);
  const seg = bestSegment(blocks.map((b) => proseScore(b, undefined)));
  const t = foldForMatch(truth[id].title);
  const idx = blocks.findIndex((b) => foldForMatch(b.text) === t);
  const near = seg ? blocks.map((b, i) => ({ b, i })).filter(({ b }) => foldForMatch(b.text) === t).map(({ i }) => i - seg[0]) : [];
  const key = idx < 0 ? (blocks.some((b) => foldForMatch(b.text).includes(t)) ? 'contained' : 'absent') : near.length ? `d=${Math.max(-20, Math.min(5, near.sort((a, b) => Math.abs(a) - Math.abs(b))[0]!))}` : 'noseg';
  hist.set(key, (hist.get(key) ?? 0) + 1);
  if (shown < Number(n) && seg && idx >= 0) {
    shown++;
    console.log(`\n${id} title@${idx} seg@${seg[0]}: ${truth[id].title}`);
    for (let i = Math.max(0, seg[0] - 8); i <= seg[0]; i++) console.log(`  ${i === idx ? '*' : ' '}${i} ${blocks[i]!.type.slice(0, 4)}${blocks[i]!.level ?? ''} ${blocks[i]!.text.slice(0, 90)}`);
  }
}
console.log([...hist.entries()].sort((a, b) => b[1] - a[1]));
