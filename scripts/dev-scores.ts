import { readFileSync } from 'node:fs';
import { newDoc } from '../src/core/document.js';
import { loadContext } from '../src/pipeline/run.js';
import { documentStages } from '../src/pipeline/document-stages.js';
import { runStages } from '../src/pipeline/run-document.js';
import { proseScore } from '../src/core/prose.js';
const [path, from = '0', to = '1e9'] = process.argv.slice(2);
const { config, ctx } = loadContext('default');
const stages = documentStages(config).filter((s) => !['apply', 'normalize'].includes(s.name));
const bytes = readFileSync(path);
const doc = runStages(newDoc({ path, origin: { kind: 'file' }, sha256: '', bytes: bytes.length }, new Uint8Array(bytes)), stages, ctx);
for (const b of doc.blocks.slice(Number(from), Number(to))) {
  const spans = doc.spans.filter((s) => s.block === b.index);
  const prior = spans.find((s) => s.action === 'drop' && !s.range && s.kind !== 'outside-article');
  console.log(String(b.index).padStart(4), proseScore(b, prior).toFixed(1).padStart(6), (spans[0]?.rule ?? '').padEnd(28), b.type.slice(0, 4), JSON.stringify(b.text.slice(0, 100)));
}
