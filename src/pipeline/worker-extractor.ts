/**
 * The pool of worker threads that extract documents (one per core by default). A worker whose
 * heap has grown past a bound is retired once idle and replaced by a fresh one, so a long
 * run's memory stays that of a short one. The pool can start before the run knows its
 * pipeline: the workers load their modules while this thread reads the pipeline and reads
 * and checks its packs, then take them over a channel (setup-channel.ts). This module loads
 * none of the stages itself.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { reasonOf } from '../core/messages.js';
import type { StageStats, StageStatsSnapshot } from '../core/stage.js';
import type { PipelineConfig } from '../config/pipeline-config.js';
import { readRulePacks } from '../config/rule-packs.js';
import type { Doc } from '../core/document.js';
import type { Extraction } from './run-document.js';
import type { Extractor } from './extractor.js';
import type { ExtractWorkerData } from './extract-worker.js';
import { offerSetup, setupChannelName } from './setup-channel.js';

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

/** A started pool whose workers wait for the run's setup (`workerExtractor` gives it). */
export interface WorkerPool {
  readonly threads: number;
  readonly pool: Piscina<WorkerTask, WorkerResult>;
  readonly recycle: ReturnType<typeof recycling>;
  readonly setup: ReturnType<typeof offerSetup>;
  /** Stops the workers (harmless twice, or after the extractor's close). */
  destroy(): Promise<void>;
}

export function startWorkerPool(threads = os.availableParallelism()): WorkerPool {
  let pool: Piscina<WorkerTask, WorkerResult> | undefined;
  const recycle = recycling(() => pool!, WORKER_RECYCLE_MB);
  const setupChannel = setupChannelName();
  const setup = offerSetup(setupChannel);
  pool = new Piscina<WorkerTask, WorkerResult>({
    filename: fileURLToPath(new URL('./extract-worker.js', import.meta.url)),
    // The workers take this thread's pipeline and compiled packs: they never read the files again
    // (a worker started mid-run, past a recycle, runs what the run started with).
    workerData: { setupChannel } satisfies ExtractWorkerData,
    minThreads: threads,
    maxThreads: threads,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    loadBalancer: recycle.balancer as never,
  });
  const started = pool;
  return {
    threads,
    pool,
    recycle,
    setup,
    async destroy() {
      await started.destroy();
      setup.close();
    },
  };
}

/** The extractor over a pool (started now, or earlier by `startWorkerPool` with the same number of threads). */
export function workerExtractor(config: PipelineConfig, stats: StageStats, threads = os.availableParallelism(), started = startWorkerPool(threads)): Extractor {
  const { pool, recycle } = started;
  // Read while the workers start; a bad pack stops the pool before any document is taken.
  try {
    started.setup.provide({ config, packs: readRulePacks(config) });
  } catch (error) {
    void started.destroy();
    throw error;
  }
  // A worker that dies holding no task (between documents, or retiring) is replaced by the pool,
  // which reports it as an 'error' event: counted, so run.json shows it.
  pool.on('error', () => stats.count('run', 'worker-errors'));
  const limit = config.limits.timeoutMs;
  const loop = loopHold();
  return {
    threads: started.threads,
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
      // A ping is answered once the worker has its packs.
      loop.hold();
      const pings = Array.from({ length: started.threads }, async () => {
        const pong = await pool!.run({ ping: true });
        recycle.done(pong.threadId, pong.heapMb);
      });
      const failed = (await Promise.allSettled(pings)).find((p) => p.status === 'rejected');
      loop.release();
      if (failed) throw new Error(`a worker thread failed to start: ${reasonOf((failed as PromiseRejectedResult).reason)}`);
    },
    async close() {
      await started.destroy();
    },
  };
}
