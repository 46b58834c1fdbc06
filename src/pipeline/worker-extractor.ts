/**
 * The extractor over the worker pool (worker-pool.ts): gives the workers the run's pipeline and
 * its packs, read and checked in this thread, then hands them documents. A document that
 * overruns the time limit, or kills its worker, fails alone with the reason. This module
 * loads none of the stages itself.
 */
import os from 'node:os';
import { reasonOf } from '../core/messages.js';
import type { StageStats } from '../core/stage.js';
import type { PipelineConfig } from '../config/pipeline-config.js';
import { readRulePacks } from '../config/rule-packs.js';
import type { Extractor } from './extractor.js';
import { startWorkerPool } from './worker-pool.js';

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
