/**
 * Where the per-document work runs: in this thread, or in a pool of worker threads (one per
 * core by default) so extraction uses every core while the main thread reads inputs and
 * keeps the state. Either way a document goes in and an Extraction comes out (the document
 * packed, with its brief); a document that overruns the time limit, or kills its worker,
 * fails alone with the reason. A worker whose heap has grown past a bound is retired once
 * idle and replaced by a fresh one, so a long run's memory stays that of a short one.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Doc } from '../core/document.js';
import { reasonOf } from '../core/messages.js';
import { StageStats, type DocumentStage, type StageContext, type StageStatsSnapshot } from '../core/stage.js';
import type { PipelineConfig } from '../config/pipeline-config.js';
import { readRulePacks } from '../config/rule-packs.js';
import { documentStages } from './document-stages.js';
import { extractDocument, type Extraction } from './run-document.js';
import type { ExtractWorkerData } from './extract-worker.js';

export interface Extractor {
  readonly threads: number;
  process(doc: Doc): Promise<Extraction>;
  /** Resolves once the stages can run (worker threads started with the run's pipeline and rule packs); throws a ConfigError for a bad rule pack, an Error when a worker cannot start. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** A document to extract, or a ping that only checks that the worker started. */
export type WorkerTask = { doc: Doc } | { ping: true };

/** A document's result (a ping's has only the thread and its heap). */
export interface WorkerResult {
  outcome: Extraction;
  stats: StageStatsSnapshot;
  /** The worker's V8 heap (MB) after the document. */
  heapMb: number;
  threadId: number;
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
      return extractDocument(doc, timed.stages, ctx);
    },
    async ready() {},
    async close() {},
  };
}

/** Heap a worker may use before it is stopped (its document fails, the pool goes on). */
const WORKER_HEAP_MB = 512;
/**
 * Heap past which a worker is retired once idle (its documents done) and replaced. A worker
 * keeps 60-90 MB alive (code, rule matchers, memos) and V8 lets its heap grow to about twice
 * that before collecting; past this bound something holds on to documents. A lower bound
 * replaced every worker every few hundred documents, each replacement paying start-up and
 * warm-up again.
 */
export const WORKER_RECYCLE_MB = 384;

/**
 * Which workers take documents: an idle one that is not retiring. Piscina asks the balancer
 * for every task it hands out, with each worker's own count of the tasks it holds; a worker
 * marked retiring gets no more work (the one document it may have been given before the
 * mark is its last) and is stopped the first time the balancer finds it idle.
 */
export function recycling(pool: () => Pick<Piscina, 'threads'>, boundMb: number) {
  // Thread ids are never reused: a stopped worker stays marked, since Piscina lists it until it has exited.
  const retiring = new Set<number>();
  const stopped = new Set<number>();
  const stop = (id: number) => {
    stopped.add(id);
    // Piscina replaces a worker that exits holding no task (minThreads).
    void pool()
      .threads.find((t) => t.threadId === id)
      ?.terminate();
  };
  return {
    balancer: (_task: unknown, workers: readonly { id: number; currentUsage: number }[]) => {
      for (const w of workers) if (retiring.has(w.id) && w.currentUsage === 0 && !stopped.has(w.id)) stop(w.id);
      return workers.find((w) => w.currentUsage === 0 && !retiring.has(w.id)) ?? null;
    },
    /** After a worker's task: past the bound, it is retiring. */
    done(threadId: number, heapMb: number) {
      if (heapMb > boundMb) retiring.add(threadId);
    },
  };
}

/**
 * Keeps the process alive while documents are out. Piscina unrefs a worker with no task, and
 * the time limit's timer is unref'd: while the documents wait for a retired worker's
 * replacement to start, nothing else would, and the process would end with them unfinished.
 */
function loopHold(): { hold: () => void; release: () => void } {
  let out = 0;
  let timer: NodeJS.Timeout | undefined;
  return {
    hold: () => {
      if (out++ === 0) timer = setInterval(() => {}, 2 ** 30);
    },
    release: () => {
      if (--out === 0) clearInterval(timer);
    },
  };
}

export function workerExtractor(config: PipelineConfig, stats: StageStats, threads = os.availableParallelism()): Extractor {
  let pool: Piscina<WorkerTask, WorkerResult> | undefined;
  const recycle = recycling(() => pool!, WORKER_RECYCLE_MB);
  pool = new Piscina<WorkerTask, WorkerResult>({
    filename: fileURLToPath(new URL('./extract-worker.js', import.meta.url)),
    // The workers take this thread's pipeline and compiled packs: they never read the files again
    // (a worker started mid-run, past a recycle, runs what the run started with).
    workerData: { config, packs: readRulePacks(config) } satisfies ExtractWorkerData,
    minThreads: threads,
    maxThreads: threads,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    loadBalancer: recycle.balancer as never,
  });
  // A worker that dies holding no task (between documents, or retiring) is replaced by the pool,
  // which reports it as an 'error' event: counted, so run.json shows it.
  pool.on('error', () => stats.count('run', 'worker-errors'));
  const limit = config.limits.timeoutMs;
  const loop = loopHold();
  return {
    threads,
    async process(doc) {
      const raw = doc.raw;
      loop.hold();
      try {
        const result = await pool.run({ doc }, {
          signal: AbortSignal.timeout(limit),
          transferList: raw && raw.byteOffset === 0 && raw.byteLength === raw.buffer.byteLength ? [raw.buffer as ArrayBuffer] : undefined,
        });
        stats.merge(result.stats);
        recycle.done(result.threadId, result.heapMb);
        return result.outcome;
      } catch (error) {
        const timedOut = (error as Error).name === 'AbortError' || (error as Error).name === 'TimeoutError';
        const reason = timedOut ? `over the time limit of ${limit} ms (stopped)` : `worker failed: ${reasonOf(error)}`;
        stats.count('run', timedOut ? 'failed:timeout' : 'failed:worker');
        return { ok: false, doc: { source: doc.source, failure: { stage: timedOut ? 'timeout' : 'worker', reason }, messages: doc.messages } };
      } finally {
        loop.release();
      }
    },
    async ready() {
      // The packs were read and checked in this thread (readRulePacks above, which throws a
      // ConfigError for a bad one): a worker that still cannot start has met its environment.
      loop.hold();
      const pings = Array.from({ length: threads }, async () => {
        const pong = await pool!.run({ ping: true });
        recycle.done(pong.threadId, pong.heapMb);
      });
      const failed = (await Promise.allSettled(pings)).find((p) => p.status === 'rejected');
      loop.release();
      if (failed) throw new Error(`a worker thread failed to start: ${reasonOf((failed as PromiseRejectedResult).reason)}`);
    },
    async close() {
      await pool.destroy();
    },
  };
}
