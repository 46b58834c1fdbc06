/**
 * The pool of worker threads that extract documents (one per core by default). A worker whose
 * heap has grown past a bound is retired once idle and replaced by a fresh one, so a long
 * run's memory stays that of a short one. The pool can start before the run knows its
 * pipeline (this module loads little: Piscina and the setup channel): the workers load their
 * modules while this thread reads the pipeline and reads and checks its packs, then take them
 * over the channel (setup-channel.ts; worker-extractor.ts gives them).
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Doc } from '../core/document.js';
import type { StageStatsSnapshot } from '../core/stage.js';
import type { Extraction } from './run-document.js';
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

