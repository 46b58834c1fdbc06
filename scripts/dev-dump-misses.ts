// Dev aid: for traf-dev dumps, show where missed `with` and found `without` segments sit.
import { readFileSync } from 'node:fs';
import { newDoc } from '../src/core/document.js';
import { loadContext } from '../src/pipeline/run.js';
import { documentStages } from '../src/pipeline/document-stages.js';
import { explainDocument } from '../src/pipeline/explain.js';

const [ext, mode = 'miss', limit = '15'] = process.argv.slice(2);
const truth = JSON.parse(readFileSync('../shared/bench/traf-dev/truth.json', 'utf8'));
const perDoc = readFileSync(`/tmp/b-${ext}/per-doc.tsv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const { config, ctx } = loadContext('default');
const stages = documentStages(config);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
let shown = 0;
for (const row of perDoc) {
  const [id, , , , , , , missed, found] = row;
  const idx = (mode === 'miss' ? missed : found) ?? '';
  if (!idx) continue;
  if (shown++ >= Number(limit)) break;
  const path = `../shared/bench/traf-dev/dumps/${id}.${ext}`;
  const bytes = readFileSync(path);
  const e = explainDocument(newDoc({ path, origin: { kind: 'file' }, sha256: '', bytes: bytes.length }, new Uint8Array(bytes)), stages, ctx);
  console.log(`\n=== ${id} (${e.blocks.length} blocks) lang=${e.meta.language}`);
  for (const i of idx.split(',')) {
    const seg = norm((mode === 'miss' ? truth[id].with : truth[id].without)[Number(i)]);
    const b = e.blocks.find((x) => norm(x.text).includes(seg));
    if (!b) { console.log(`  [${mode}] "${seg.slice(0, 60)}": not within one block`); continue; }
    const ctxBlocks = e.blocks.slice(Math.max(0, b.index - 2), b.index + 3);
    console.log(`  [${mode}] "${seg.slice(0, 60)}" -> block ${b.index} ${b.verdict} ${b.kind ?? ''} ${b.rule ?? ''}`);
    for (const c of ctxBlocks) console.log(`      ${c.index === b.index ? '>' : ' '}${c.index} ${c.verdict} ${(c.rule ?? '').padEnd(30)} ${norm(c.text).slice(0, 90)}`);
  }
}
