// Dev aid: one dump's blocks with verdicts, marking the truth's `with` (+) and `without` (-) segments.
import { readFileSync } from 'node:fs';
import { newDoc } from '../src/core/document.js';
import { loadContext } from '../src/pipeline/run.js';
import { documentStages } from '../src/pipeline/document-stages.js';
import { explainDocument } from '../src/pipeline/explain.js';
import { proseScore } from '../src/core/prose.js';
const [id, ext = 'md', from = '0', to = '1e9'] = process.argv.slice(2);
const truth = JSON.parse(readFileSync('../shared/bench/traf-dev/truth.json', 'utf8'))[id!];
const { config, ctx } = loadContext('default');
const path = `../shared/bench/traf-dev/dumps/${id}.${ext}`;
const bytes = readFileSync(path);
const e = explainDocument(newDoc({ path, origin: { kind: 'file' }, sha256: '', bytes: bytes.length }, new Uint8Array(bytes)), documentStages(config), ctx);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
for (const b of e.blocks.slice(Number(from), Number(to))) {
  const t = norm(b.text);
  const mark = truth.with.some((s: string) => t.includes(norm(s))) ? '+' : truth.without.some((s: string) => t.includes(norm(s))) ? '-' : ' ';
  const score = proseScore({ index: b.index, type: b.type as never, text: b.text, links: [] }, undefined).toFixed(0);
  console.log(`${mark}${String(b.index).padStart(4)} ${b.verdict.padEnd(6)} ${(b.rule ?? '').slice(0, 26).padEnd(26)} ${score.padStart(4)} ${t.slice(0, 100)}`);
}
