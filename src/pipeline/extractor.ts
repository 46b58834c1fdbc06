/**
 * Where the per-document work runs: in this thread, or in a pool of worker threads (one per
 * core by default) so extraction uses every core while the main thread reads inputs and
 * keeps the state. Either way a document goes in and a DocOutcome comes out; a document
 * that overruns the time limit, or kills its worker, fails alone with the reason.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Doc } from '../core/document.js';
import type { DocOutcome } from '../core/extracted.js';
import { reasonOf } from '../core/messages.js';
import { StageStats, type DocumentStage, type StageContext, type StageStatsSnapshot } from '../core/stage.js';
import type { PipelineConfig } from '../config/pipeline-config.js';
import { documentStages } from './document-stages.js';
import { processDocument } from './run-document.js';

export interface Extractor {
  readonly threads: number;
  process(doc: Doc): Promise<DocOutcome>;
  close(): Promise<void>;
}

export interface WorkerTask {
  doc: Doc;
}

export interface WorkerResult {
  outcome: DocOutcome;
  stats: StageStatsSnapshot;
}

/**
 * Wraps the stages with the per-document time limit: the time since the document started is
 * checked before and after each stage, and a document over the limit fails with the reason.
 * In a worker thread the pool also stops a stage midway (see workerExtractor).
 */
export function withTimeLimit(stages: readonly DocumentStage[], limitMs: number): { stages: DocumentStage[]; start: () => void } {
  let startedAt = 0;
  const over = () => performance.now() - startedAt > limitMs;
  return {
    start: () => (startedAt = performance.now()),
    stages: stages.map((stage) => ({
      name: stage.name,
      run(doc: Doc, ctx: StageContext) {
        if (over()) throw new Error(`over the time limit of ${limitMs} ms before this stage`);
        const out = stage.run(doc, ctx);
        if (over()) throw new Error(`over the time limit of ${limitMs} ms (took ${Math.round(performance.now() - startedAt)} ms)`);
        return out;
      },
    })),
  };
}

export function inThreadExtractor(config: PipelineConfig, ctx: StageContext): Extractor {
  const timed = withTimeLimit(documentStages(config), config.limits.timeoutMs);
  return {
    threads: 1,
    async process(doc) {
      timed.start();
      return processDocument(doc, timed.stages, ctx);
    },
    async close() {},
  };
}

/** Heap a worker may use before it is replaced (its document fails, the pool goes on). */
const WORKER_HEAP_MB = 512;

export function workerExtractor(pipelineFile: string, config: PipelineConfig, stats: StageStats, threads = os.availableParallelism()): Extractor {
  const pool = new Piscina<WorkerTask, WorkerResult>({
    filename: fileURLToPath(new URL('./extract-worker.js', import.meta.url)),
    workerData: { pipeline: pipelineFile },
    minThreads: threads,
    maxThreads: threads,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  const limit = config.limits.timeoutMs;
  return {
    threads,
    async process(doc) {
      const raw = doc.raw;
      try {
        const result = await pool.run({ doc }, {
          signal: AbortSignal.timeout(limit),
          transferList: raw && raw.byteOffset === 0 && raw.byteLength === raw.buffer.byteLength ? [raw.buffer as ArrayBuffer] : undefined,
        });
        stats.merge(result.stats);
        return result.outcome;
      } catch (error) {
        const timedOut = (error as Error).name === 'AbortError' || (error as Error).name === 'TimeoutError';
        const reason = timedOut ? `over the time limit of ${limit} ms (stopped)` : `worker failed: ${reasonOf(error)}`;
        stats.count('run', timedOut ? 'failed:timeout' : 'failed:worker');
        return { ok: false, doc: { source: doc.source, failure: { stage: timedOut ? 'timeout' : 'worker', reason }, messages: doc.messages } };
      }
    },
    async close() {
      await pool.destroy();
    },
  };
}
