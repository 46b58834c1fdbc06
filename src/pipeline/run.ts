/**
 * One run: read every input, extract each document (the map step), reduce the batch into
 * canonical records, write them and a summary that accounts for every input.
 *
 * Runs are incremental: the state beside the output (src/state/) keeps every input's
 * extracted document, so an input whose bytes did not change is not extracted again; its
 * stored document joins the batch reduce like a fresh one. Each extraction is checkpointed
 * as it finishes, so a killed run loses nothing but the documents in flight. Records keep
 * their ids across runs, and what changed is written as a change feed.
 *
 * Where each part lives: the map over the inputs in map-inputs.ts, the state bookkeeping
 * (checkpoints, gone and carried inputs) in run-state.ts, the batch reduce in reduce.ts
 * (and batch-write.ts), the summary in run-summary.ts.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { BatchTable } from '../batch/batch-table.js';
import { byPath } from '../batch/doc-summary.js';
import { loadPipeline, type PipelineConfig } from '../config/pipeline-config.js';
import { readRuleSet } from '../config/rule-packs.js';
import type { RuleSet } from '../config/rules.js';
import type { FailedDoc } from '../core/extracted.js';
import { StageStats, type StageContext } from '../core/stage.js';
import type { FeedFormat } from '../feed/change-feed.js';
import { removeStaleTemps, writeFileAtomic } from '../output/atomic-write.js';
import { expandInputs } from '../per-document/read/expand-inputs.js';
import { pipelineFingerprint } from '../state/fingerprint.js';
import { StateStore, type RunCounts } from '../state/store.js';
import type { Extractor } from './extractor.js';
import { mapInputs } from './map-inputs.js';
import { reduce } from './reduce.js';
import { buildSummary, totalsOf, type RunSummary } from './run-summary.js';
import { absOf, addCarried, addDeferred, addLive, unseenInputs } from './run-state.js';
import { lastBatchPipeline } from './unchanged-run.js';

export interface RunOptions {
  inputs: string[];
  outDir: string;
  pipeline: string;
  dedupe: boolean;
  concurrency: number;
  include?: string[];
  exclude?: string[];
  /** The state file; default `<outDir>/.winnow/state.sqlite`. */
  statePath?: string;
  /** Ignore stored extractions: extract every input again. */
  full?: boolean;
  /** Remove the record files of deleted records. */
  prune?: boolean;
  /** Change feed formats besides `changes.jsonl`. */
  formats?: FeedFormat[];
  esIndex?: string;
  /** When aborted, no more inputs are taken; the run checkpoints and stops. */
  signal?: AbortSignal;
  /** Called once the inputs are known (files to read). */
  onStart?: (files: number) => void;
  /** Called after each input document is done, for progress reporting. */
  onDocument?: (done: number) => void;
  /** Called after each input file is done. */
  onFile?: (done: number) => void;
}

export function loadContext(pipeline: string): { config: PipelineConfig; ctx: StageContext } {
  const config = loadPipeline(pipeline);
  return { config, ctx: contextFor(config, false) };
}

/** The stages' context; with `lazyRules` the rule packs are compiled when a stage first asks for them. */
function contextFor(config: PipelineConfig, lazyRules: boolean): StageContext {
  if (!lazyRules) return { config, rules: readRuleSet(config), stats: new StageStats() };
  let rules: RuleSet | undefined;
  return {
    config,
    stats: new StageStats(),
    get rules() {
      return (rules ??= readRuleSet(config));
    },
  };
}

export function defaultStatePath(outDir: string): string {
  return path.join(outDir, '.winnow', 'state.sqlite');
}

export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const startedAt = new Date();
  const config = loadPipeline(options.pipeline);
  const { files, missing } = expandInputs(options.inputs, { include: options.include, exclude: options.exclude });
  mkdirSync(options.outDir, { recursive: true });
  removeStaleTemps([options.outDir, path.join(options.outDir, 'records')]);
  const state = new StateStore(options.statePath ?? defaultStatePath(options.outDir));
  try {
    // Rule packs the last finished batch was made with compiled then: they are compiled only when
    // a document needs them. Other packs are checked now, so a bad one stops the run at once: in
    // this thread when it extracts, else as the worker pool starts (this thread reads and checks
    // the packs it hands to the workers).
    const known = lastBatchPipeline(state) === pipelineFingerprint(config);
    const inThread = options.concurrency <= 1;
    const ctx = contextFor(config, known || !inThread);
    const extractor = lazyExtractor(config, ctx, options.concurrency);
    try {
      if (!known && !inThread) await extractor.ready();
      return await runWithState(options, state, { startedAt, config, ctx, extractor, files, missing });
    } finally {
      await extractor.close();
    }
  } finally {
    state.close();
  }
}

/** The extractor, started when the first document needs it (an unchanged rerun loads no stage and starts no thread); closing it twice is harmless. */
function lazyExtractor(config: PipelineConfig, ctx: StageContext, concurrency: number): Extractor {
  const threads = Math.max(1, concurrency);
  let made: Promise<Extractor> | undefined;
  const start = () =>
    (made ??= import('./extractor.js').then((m) => (threads > 1 ? m.workerExtractor(config, ctx.stats, threads) : m.inThreadExtractor(config, ctx))));
  return {
    threads,
    process: async (doc) => (await start()).process(doc),
    ready: async () => (await start()).ready(),
    close: async () => {
      const started = made;
      made = undefined;
      if (started) await (await started).close();
    },
  };
}

interface Prepared {
  startedAt: Date;
  config: PipelineConfig;
  ctx: StageContext;
  extractor: Extractor;
  files: string[];
  missing: { path: string; reason: string }[];
}

/** The run proper: map (map-inputs), state bookkeeping (run-state), reduce (reduce), summary (run-summary). */
async function runWithState(options: RunOptions, state: StateStore, p: Prepared): Promise<RunSummary> {
  const { config, ctx } = p;
  const pipeline = pipelineFingerprint(config);
  const runId = state.beginRun(p.startedAt, pipeline);
  const full = options.full === true;
  const stopping = () => options.signal?.aborted === true;

  options.onStart?.(p.files.length);
  const mapped = await mapInputs({
    files: p.files,
    config,
    pipeline,
    state,
    runId,
    extractor: p.extractor,
    full,
    stopping,
    onAbort: (stop) => options.signal?.addEventListener('abort', stop, { once: true }),
    onDocument: options.onDocument,
    onFile: options.onFile,
  });
  // The worker threads' heaps are not needed by the reduce: freed now, they are not part of its peak.
  await p.extractor.close();
  const { counts } = mapped;
  // The live documents of the batch, kept in a temporary database beside the state.
  // (A killed run leaves it to the connection's close, which drops it too.)
  const live = new BatchTable(state.db);
  const failed: FailedDoc[] = [...missingInputs(p.missing), ...mapped.failed];
  const interrupted = stopping();
  const incremental = () => ({ ...counts, runId, state: state.file, status: interrupted ? 'interrupted' : 'finished', full });
  const finish = (summary: RunSummary, counted: RunCounts) => {
    live.dispose();
    state.finishRun(runId, summary.status, summary.exitCode, counted);
    writeFileAtomic(path.join(options.outDir, 'run.json'), `${JSON.stringify(summary, null, 2)}\n`);
    return summary;
  };

  if (interrupted) {
    // No batch: unread inputs would look gone. The checkpoints let the next run finish the work.
    live.joining(() => {
      addLive(state, mapped.live, live);
      addDeferred(state, mapped.deferred, live);
    });
    const summary = buildSummary({
      config,
      startedAt: p.startedAt,
      totals: totalsOf(live.valid(), []),
      failed: failed.sort(byPath),
      written: { written: 0, unchanged: 0, deleted: 0 },
      stats: ctx.stats,
      durationsMs: { extract: mapped.extractMs },
      incremental: incremental(),
    });
    summary.exitCode = EXIT_INTERRUPTED;
    return finish(summary, { ...counts, failed: failed.length });
  }

  // Containers this run is about: an input argument that exists covers what lies under it.
  const roots = options.inputs.filter((input) => !p.missing.some((m) => m.path === input)).map(absOf);
  const unseen = unseenInputs(state, runId, roots, mapped.seenContainers, mapped.incompleteContainers);
  counts.gone = unseen.gone.length;
  // What the map gathered of every input is in the state now: let go of it before the batch.
  mapped.seenContainers.clear();
  mapped.incompleteContainers.clear();
  const reduced = await reduce({
    state,
    runId,
    config,
    pipeline,
    stats: ctx.stats,
    outDir: options.outDir,
    dedupe: options.dedupe,
    prune: options.prune === true,
    formats: options.formats ?? ['jsonl'],
    esIndex: options.esIndex,
    live,
    join: () =>
      live.joining(() => {
        addLive(state, mapped.live, live);
        addDeferred(state, mapped.deferred, live);
        counts.carried = addCarried(state, unseen.carried, live);
        mapped.live.clear();
        unseen.carried.length = 0;
      }),
    failed,
    unseen,
    extracted: counts.extracted,
  });
  const summary = buildSummary({
    config,
    startedAt: p.startedAt,
    totals: reduced.totals,
    failed,
    written: reduced.written,
    stats: ctx.stats,
    durationsMs: { extract: mapped.extractMs, ...reduced.durationsMs },
    incremental: incremental(),
    recordChanges: reduced.recordChanges,
  });
  return finish(summary, {
    documents: summary.inputs.documents,
    failed: summary.inputs.failed,
    ...counts,
    records: reduced.totals.records,
    ...reduced.recordChanges,
  });
}

/** Input arguments that do not exist, as read failures. */
function missingInputs(missing: readonly { path: string; reason: string }[]): FailedDoc[] {
  return missing.map((m) => ({
    source: { path: m.path, origin: { kind: 'file' as const }, sha256: '', bytes: 0 },
    failure: { stage: 'read', reason: m.reason },
    messages: [],
  }));
}

/** Exit code of a run stopped by SIGINT/SIGTERM (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130;
