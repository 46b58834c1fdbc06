// Dev aid: aggregate where missed `with` and kept `without` segments come from (md, txt or html).
import { readFileSync } from 'node:fs';
import { newDoc } from '../src/core/document.js';
import { loadContext } from '../src/pipeline/run.js';
import { documentStages } from '../src/pipeline/document-stages.js';
import { explainDocument } from '../src/pipeline/explain.js';
const [ext] = process.argv.slice(2);
const truth = JSON.parse(readFileSync('../shared/bench/traf-dev/truth.json', 'utf8'));
const { config, ctx } = loadContext('default');
const stages = documentStages(config);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const miss = new Map<string, number>(); const keptBad = new Map<string, number>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
for (const id of Object.keys(truth)) {
  const path = ext === 'html' ? `../shared/bench/traf-dev/html/${id}.html` : `../shared/bench/traf-dev/dumps/${id}.${ext}`;
  const bytes = readFileSync(path);
  const e = explainDocument(newDoc({ path, origin: { kind: 'file' }, sha256: '', bytes: bytes.length }, new Uint8Array(bytes)), stages, ctx);
  for (const seg of truth[id].with) {
    const b = e.blocks.find((x) => norm(x.text).includes(norm(seg)));
    if (!b) { bump(miss, 'not-in-one-block'); continue; }
    if (b.verdict === 'drop') bump(miss, b.rule!.replace(/\/(en|de|fr|pl|es|it|nl|pt|ru|uk|any)\//, '/*/'));
  }
  for (const seg of truth[id].without) {
    const b = e.blocks.find((x) => norm(x.text).includes(norm(seg)));
    if (!b) continue;
    if (b.verdict !== 'drop') bump(keptBad, `${b.index < e.blocks.length / 2 ? 'first-half' : 'second-half'} ${b.type}`);
  }
}
console.log('missed with, by rule:', [...miss.entries()].sort((a, b) => b[1] - a[1]));
console.log('kept without:', [...keptBad.entries()].sort((a, b) => b[1] - a[1]));
