/**
 * A worker thread of the extractor pool: takes the run's pipeline and compiled rule packs
 * from the main thread (it reads no file and loads neither the YAML reader nor the schemas),
 * then extracts documents. It loads its modules while the main thread is still reading the
 * pipeline and its packs, and Piscina hands it no task before its handler (the default
 * export, a promise) is ready.
 * The packed document's bytes are moved to the main thread, not copied; each result says
 * how big this thread's heap has grown, so the pool can retire a thread past its bound.
 */
import { getHeapStatistics } from 'node:v8';
import { threadId } from 'node:worker_threads';
import { Piscina, workerData } from 'piscina';
import type { PipelineConfig } from '../config/pipeline-config.js';
import { buildRuleSet, type RuleSet } from '../config/rules.js';
import { StageStats, type DocumentStage } from '../core/stage.js';
import type { WorkerResult, WorkerTask } from './worker-pool.js';
import { documentStages } from './document-stages.js';
import { receiveSetup, type WorkerSetup } from './setup-channel.js';
import { extractDocument } from './run-document.js';

/** What the pool gives each worker as it starts: the channel the run's setup comes on. */
export interface ExtractWorkerData {
  setupChannel: string;
}

const { setupChannel } = workerData as ExtractWorkerData;

/** The bytes in an ArrayBuffer of their own (a small Buffer may share Node's pool, which must not move). */
const ownBytes = (bytes: Uint8Array): Uint8Array => (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes));

const extractWith = (config: PipelineConfig, stages: readonly DocumentStage[], rules: RuleSet) =>
  function extract(task: WorkerTask): object {
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
  };

/** The handler, once the main thread's setup is here: it read, checked and compiled the packs once; each worker builds its rule set from them. */
export default receiveSetup(setupChannel).then(({ config, packs }: WorkerSetup) => extractWith(config, documentStages(config), buildRuleSet(config, packs)));
