/**
 * A worker thread of the extractor pool: takes the run's pipeline and compiled rule packs
 * from the main thread (it reads no file and loads neither the YAML reader nor the schemas),
 * then extracts documents.
 * The packed document's bytes are moved to the main thread, not copied; each result says
 * how big this thread's heap has grown, so the pool can retire a thread past its bound.
 */
import { getHeapStatistics } from 'node:v8';
import { threadId } from 'node:worker_threads';
import { Piscina, workerData } from 'piscina';
import type { PipelineConfig } from '../config/pipeline-config.js';
import { buildRuleSet, type RulePacks } from '../config/rules.js';
import { StageStats } from '../core/stage.js';
import type { WorkerResult, WorkerTask } from './extractor.js';
import { documentStages } from './document-stages.js';
import { extractDocument } from './run-document.js';

/** What the pool gives each worker as it starts. */
export interface ExtractWorkerData {
  config: PipelineConfig;
  packs: RulePacks;
}

const { config, packs } = workerData as ExtractWorkerData;
// The main thread read, checked and compiled the rule packs once; each worker builds its rule set from them.
const rules = buildRuleSet(config, packs);
const stages = documentStages(config);

/** The bytes in an ArrayBuffer of their own (a small Buffer may share Node's pool, which must not move). */
const ownBytes = (bytes: Uint8Array): Uint8Array => (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes));

export default function extract(task: WorkerTask): object {
  if ('ping' in task) return { threadId, heapMb: getHeapStatistics().total_heap_size / 2 ** 20 };
  const { doc } = task;
  const stats = new StageStats();
  const outcome = extractDocument(doc, stages, { config, rules, stats });
  const heapMb = getHeapStatistics().total_heap_size / 2 ** 20;
  if (!outcome.ok) return { outcome, stats: stats.snapshot(), heapMb, threadId } satisfies WorkerResult;
  const packed = ownBytes(outcome.doc.packed);
  const result: WorkerResult = { outcome: { ok: true, doc: { ...outcome.doc, packed } }, stats: stats.snapshot(), heapMb, threadId };
  // A movable value for Piscina: the result, with the packed bytes transferred rather than cloned.
  return Piscina.move({ [Piscina.transferableSymbol]: [packed.buffer], [Piscina.valueSymbol]: result } as unknown as Parameters<typeof Piscina.move>[0]);
}
