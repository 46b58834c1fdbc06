/**
 * The reduce step of a run: the live documents' briefs become canonical records, written
 * with the change feed (batch-write). When nothing changed since the last finished batch,
 * the records on disk are what it would write again: the batch is skipped and the summary
 * takes what the batch left in the state (unchanged-run).
 */
import type { BatchTable } from '../batch/batch-table.js';
import { byPath } from '../batch/doc-summary.js';
import type { PipelineConfig } from '../config/pipeline-config.js';
import type { FailedDoc } from '../core/extracted.js';
import type { StageStats } from '../core/stage.js';
import { writeChangeFeed, type FeedFormat } from '../feed/change-feed.js';
import type { WriteResult } from '../output/records-writer.js';
import type { StateStore } from '../state/store.js';
import type { BatchTotals, RecordChanges } from './run-summary.js';
import type { Unseen } from './run-state.js';
import { batchKey, saveSnapshot, unchangedSnapshot } from './unchanged-run.js';

export interface ReduceInput {
  state: StateStore;
  runId: number;
  config: PipelineConfig;
  /** The pipeline fingerprint. */
  pipeline: string;
  stats: StageStats;
  outDir: string;
  dedupe: boolean;
  prune: boolean;
  formats: FeedFormat[];
  esIndex?: string;
  /** The live documents, joined by `join` when the batch runs: this run's, the unchanged files' and the carried ones, read from the state. */
  live: BatchTable;
  join: () => void;
  /** Failures and exclusions so far; record failures are added. */
  failed: FailedDoc[];
  unseen: Unseen;
  /** Documents extracted in this run. */
  extracted: number;
}

export interface ReduceResult {
  totals: BatchTotals;
  written: WriteResult;
  recordChanges: RecordChanges;
  durationsMs: { batch: number; write: number };
}

export async function reduce(input: ReduceInput): Promise<ReduceResult> {
  const { state, stats, unseen } = input;
  const keyParts = { pipeline: input.pipeline, dedupe: input.dedupe, prune: input.prune };
  const quiet =
    input.extracted === 0 &&
    unseen.gone.length === 0 &&
    unseen.carried.length === 0 &&
    input.failed.every((f) => f.failure.excluded) &&
    !state.hasPendingChanges();
  const snapshot = quiet ? unchangedSnapshot(state, batchKey(state, keyParts), input.outDir, input.prune) : undefined;
  input.failed.sort(byPath);
  if (snapshot) {
    // Nothing changed: the records on disk are what the batch would write again.
    const writeStart = performance.now();
    if (snapshot.batchStats.repeated !== undefined) stats.count('repeated', 'blocks', snapshot.batchStats.repeated);
    stats.count('canonicalize', 'merged-sources', snapshot.batchStats.merged);
    writeChangeFeed(input.outDir, [], () => undefined, { formats: input.formats, esIndex: input.esIndex });
    return {
      totals: snapshot.totals,
      written: { written: 0, unchanged: snapshot.files.length, deleted: 0 },
      recordChanges: { added: 0, updated: 0, unchanged: snapshot.files.length, deleted: 0, feed: 0 },
      durationsMs: { batch: 0, write: performance.now() - writeStart },
    };
  }

  // The batch's modules (clustering, merging, the record schema) load only when it runs: an unchanged rerun never needs them.
  const { batchAndWrite } = await import('./batch-write.js');
  input.join();
  saveSnapshot(state, undefined); // the records are about to change
  const before = stats.snapshot();
  const result = batchAndWrite({
    table: input.live,
    load: (key, source) => {
      const doc = state.doc(key);
      if (!doc) throw new Error(`state: no stored document for ${key}`);
      return { ...doc, source };
    },
    config: input.config,
    dedupe: input.dedupe,
    stats,
    state,
    runId: input.runId,
    outDir: input.outDir,
    prune: input.prune,
    formats: input.formats,
    esIndex: input.esIndex,
    failed: input.failed,
    gone: unseen.gone,
    goneContainers: unseen.goneContainers,
  });
  input.failed.sort(byPath);
  if (input.failed.every((f) => f.failure.excluded)) {
    // What the summary of an unchanged rerun will need of this batch.
    const after = stats.snapshot();
    const batchCount = (stage: string, key: string) => (after[stage]?.[key] ?? 0) - (before[stage]?.[key] ?? 0);
    saveSnapshot(state, {
      key: batchKey(state, keyParts),
      pipeline: input.pipeline,
      totals: result.totals,
      files: result.files,
      batchStats: { repeated: after.repeated?.blocks !== undefined ? batchCount('repeated', 'blocks') : undefined, merged: batchCount('canonicalize', 'merged-sources') },
    });
  }
  return { totals: result.totals, written: result.written, recordChanges: result.recordChanges, durationsMs: { batch: result.batchMs, write: result.writeMs } };
}
