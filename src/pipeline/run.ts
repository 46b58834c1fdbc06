/**
 * One run: read every input, extract each document (the map step), reduce the batch into
 * canonical records, write them and a summary that accounts for every input.
 *
 * Runs are incremental: the state beside the output (src/state/) keeps every input's
 * extracted document, so an input whose bytes did not change is not extracted again; its
 * stored document joins the batch reduce like a fresh one. Each extraction is checkpointed
 * as it finishes, so a killed run loses nothing but the documents in flight. Records keep
 * their ids across runs, and what changed is written as a change feed.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import PQueue from 'p-queue';
import { loadPipeline, type PipelineConfig } from '../config/pipeline-config.js';
import { loadRules, type RuleSet } from '../config/rules.js';
import type { Doc } from '../core/document.js';
import type { ExtractedDoc, FailedDoc } from '../core/extracted.js';
import { StageStats, type StageContext } from '../core/stage.js';
import { writeChangeFeed, type FeedFormat } from '../feed/change-feed.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { removeStaleTemps, type WriteResult } from '../output/records-writer.js';
import { expandInputs } from '../per-document/read/expand-inputs.js';
import { displayPath } from '../per-document/read/file-reader.js';
import { readerFor } from '../per-document/read/readers.js';
import { STDIN_PATH } from '../per-document/read/stdin-reader.js';
import { docFingerprint, inputKey, pipelineFingerprint } from '../state/fingerprint.js';
import { StateStore } from '../state/store.js';
import { batchAndWrite, byPath, summarize, type DocSummary } from './batch-write.js';
import { buildSummary, totalsOf, type BatchTotals, type IncrementalCounts, type RecordChanges, type RunSummary } from './run-summary.js';
import type { Extractor } from './extractor.js';
import { batchKey, lastBatchPipeline, saveSnapshot, unchangedSnapshot } from './unchanged-run.js';

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
  if (!lazyRules) return { config, rules: loadRules(config), stats: new StageStats() };
  let rules: RuleSet | undefined;
  return {
    config,
    stats: new StageStats(),
    get rules() {
      return (rules ??= loadRules(config));
    },
  };
}

export function defaultStatePath(outDir: string): string {
  return path.join(outDir, '.winnow', 'state.sqlite');
}

/** Flush checkpoints at least this often, so a killed run loses little. */
const FLUSH_EVERY_MS = 1000;
const FLUSH_EVERY_WRITES = 200;

export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const startedAt = new Date();
  const config = loadPipeline(options.pipeline);
  const { files, missing } = expandInputs(options.inputs, { include: options.include, exclude: options.exclude });
  mkdirSync(options.outDir, { recursive: true });
  removeStaleTemps(options.outDir);
  const state = new StateStore(options.statePath ?? defaultStatePath(options.outDir));
  try {
    // Rule packs the last finished batch was made with compiled then: they are compiled here only
    // when a document needs them. Other packs are compiled now, so a bad one stops the run at once.
    const ctx = contextFor(config, lastBatchPipeline(state) === pipelineFingerprint(config));
    // Started when the first document needs it: an unchanged rerun loads no stage and starts no thread.
    const threads = Math.max(1, options.concurrency);
    let made: Promise<Extractor> | undefined;
    const extractor: Extractor = {
      threads,
      process: async (doc) => {
        made ??= import('./extractor.js').then((m) => (threads > 1 ? m.workerExtractor(config.file, config, ctx.stats, threads) : m.inThreadExtractor(config, ctx)));
        return (await made).process(doc);
      },
      close: async () => {
        if (made) await (await made).close();
      },
    };
    try {
      return await runWithState(options, state, { startedAt, config, ctx, extractor, files, missing });
    } finally {
      await extractor.close();
    }
  } finally {
    state.close();
  }
}

interface Prepared {
  startedAt: Date;
  config: PipelineConfig;
  ctx: StageContext;
  extractor: Extractor;
  files: string[];
  missing: { path: string; reason: string }[];
}

async function runWithState(options: RunOptions, state: StateStore, p: Prepared): Promise<RunSummary> {
  const { config, ctx, extractor, files } = p;
  const pipeline = pipelineFingerprint(config);
  const runId = state.beginRun(p.startedAt, pipeline);
  const full = options.full === true;
  const absOf = (file: string) => (file === STDIN_PATH ? STDIN_PATH : path.resolve(file));
  const display = (container: string) => (container === STDIN_PATH ? STDIN_PATH : displayPath(container));

  /** Containers this run is about: an input argument that exists covers what lies under it. */
  const roots = options.inputs.filter((input) => !p.missing.some((m) => m.path === input)).map(absOf);
  const inScope = (container: string) => roots.some((root) => container === root || container.startsWith(root.endsWith(path.sep) ? root : `${root}${path.sep}`));

  /** Live documents, as the batch needs them (their texts stay in the state). */
  const live = new Map<string, DocSummary>(); // by input key
  /** Unchanged files whose stored documents join the batch: loaded only if the batch runs. */
  const deferred: string[] = [];
  const failed: FailedDoc[] = p.missing.map((m) => ({
    source: { path: m.path, origin: { kind: 'file' as const }, sha256: '', bytes: 0 },
    failure: { stage: 'read', reason: m.reason },
    messages: [],
  }));
  const counts: IncrementalCounts = { new: 0, changed: 0, unchanged: 0, retried: 0, extracted: 0, gone: 0, carried: 0 };
  const seenContainers = new Set<string>();
  const incompleteContainers = new Set<string>();
  let lastFlush = performance.now();
  const maybeFlush = () => {
    if (state.pendingWrites() >= FLUSH_EVERY_WRITES || performance.now() - lastFlush > FLUSH_EVERY_MS) {
      state.flush();
      lastFlush = performance.now();
    }
  };
  const stopping = () => options.signal?.aborted === true;

  options.onStart?.(files.length);
  const extractStart = performance.now();
  // With worker threads, twice as many files in flight as threads keep the pool fed while
  // this thread reads, stores and summarises; in this thread, one at a time.
  const queue = new PQueue({ concurrency: options.concurrency > 1 ? options.concurrency * 2 : 1 });
  let done = 0;
  let filesDone = 0;

  const readContainer = async (file: string) => {
    if (stopping()) return;
    const container = absOf(file);
    seenContainers.add(container);
    let size = 0;
    let mtimeMs = 0;
    if (container !== STDIN_PATH) {
      try {
        const info = statSync(file);
        size = info.size;
        mtimeMs = info.mtimeMs;
      } catch {
        // the reader reports it
      }
    }
    const stored = container === STDIN_PATH ? undefined : state.container(container);
    if (!full && stored && stored.complete && stored.failures === 0 && stored.pipeline === pipeline && stored.size === size && stored.mtimeMs === mtimeMs) {
      // Unchanged file: its stored documents join the batch; nothing is read.
      for (const row of state.inputRowsOf(container)) {
        if (row.outcome === 'excluded') {
          const excluded = state.excludedDoc(row.key);
          if (excluded) failed.push({ ...excluded, source: { ...excluded.source, path: display(container) } });
        } else if (row.outcome !== 'ok') continue;
        counts.unchanged++;
        options.onDocument?.(++done);
      }
      deferred.push(container);
      state.markContainerSeen(container, runId);
      maybeFlush();
      return;
    }

    let failures = 0;
    let complete = true;
    // Several documents of one file in flight, so a JSONL or WARC file keeps every worker busy.
    const inFlight = new Set<Promise<void>>();
    const handle = async (doc: Doc) => {
      const key = inputKey(container, doc.source.origin);
      const fingerprint = doc.failure ? '' : docFingerprint(doc);
      const prior = state.input(key);
      const row = { key, container, size, mtimeMs, sha256: doc.source.sha256, fingerprint, pipeline, seenRun: runId };
      let outcome: ExtractedDoc | FailedDoc;
      let ok: boolean;
      const reused = doc.failure || full ? undefined : prior?.fingerprint === fingerprint && prior.pipeline === pipeline && prior.outcome === 'ok' ? state.doc(key) : state.docByFingerprint(fingerprint, pipeline);
      if (reused) {
        // Same bytes and hints as an input already extracted (here or under another name).
        outcome = { ...reused, source: { ...reused.source, path: doc.source.path, origin: doc.source.origin, sha256: doc.source.sha256, bytes: doc.source.bytes } };
        ok = true;
        counts.unchanged++;
      } else {
        if (!doc.failure) {
          if (!prior) counts.new++;
          else if (prior.fingerprint !== fingerprint) counts.changed++;
          else counts.retried++;
        }
        const result = await extractor.process(doc);
        counts.extracted++;
        outcome = result.doc;
        ok = result.ok;
      }
      const failure = ok ? undefined : (outcome as FailedDoc);
      if (ok) live.set(key, summarize(key, outcome as ExtractedDoc));
      else {
        failed.push(failure!);
        // An excluded document (no article in it) is a final outcome, not a failure to retry.
        if (!failure!.failure.excluded) failures++;
        // A read failure without bytes (unreadable, truncated): what lies past it was not seen.
        if (failure!.failure.stage === 'read' && doc.source.sha256 === '') complete = false;
      }
      state.putInput(
        {
          ...row,
          outcome: ok ? 'ok' : failure!.failure.excluded ? 'excluded' : 'failed',
          stage: failure ? failure.failure.stage : null,
          reason: failure ? failure.failure.reason : null,
        },
        ok ? (outcome as ExtractedDoc) : undefined,
        outcome.messages,
        runId,
        failure?.failure.excluded ? failure : undefined,
      );
      options.onDocument?.(++done);
      maybeFlush();
    };
    for await (const doc of readerFor(file).read(file, { maxBytes: config.limits.maxBytes })) {
      if (stopping()) {
        complete = false; // abandoned: the rest of this file is read next run
        break;
      }
      const task: Promise<void> = handle(doc).finally(() => inFlight.delete(task));
      inFlight.add(task);
      if (inFlight.size >= extractor.threads) await Promise.race(inFlight);
      // Let signals and other files through between documents.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await Promise.all(inFlight);
    if (!complete) incompleteContainers.add(container);
    if (container !== STDIN_PATH) state.putContainer({ path: container, size, mtimeMs, complete, failures, pipeline }, runId);
    maybeFlush();
  };

  for (const file of files) {
    void queue.add(async () => {
      await readContainer(file);
      options.onFile?.(++filesDone);
    });
  }
  options.signal?.addEventListener('abort', () => queue.clear(), { once: true });
  await queue.onIdle();
  state.flush();
  const extractMs = performance.now() - extractStart;

  const interrupted = stopping();
  const incremental = () => ({ ...counts, runId, state: state.file, status: interrupted ? 'interrupted' : 'finished', full });
  const loadDeferred = () => {
    for (const container of deferred) {
      for (const row of state.inputsOf(container)) {
        if (row.doc) live.set(row.key, summarize(row.key, { ...row.doc, source: { ...row.doc.source, path: display(container) } }));
      }
    }
    deferred.length = 0;
  };

  if (interrupted) {
    // No batch: unread inputs would look gone. The checkpoints let the next run finish the work.
    loadDeferred();
    const summary = buildSummary({
      config,
      startedAt: p.startedAt,
      totals: totalsOf([...live.values()].sort(byPath), []),
      failed: failed.sort(byPath),
      written: { written: 0, unchanged: 0, deleted: 0 },
      stats: ctx.stats,
      durationsMs: { extract: extractMs },
      incremental: incremental(),
    });
    summary.exitCode = EXIT_INTERRUPTED;
    state.finishRun(runId, 'interrupted', summary.exitCode, { ...counts, failed: failed.length });
    writeFileAtomic(path.join(options.outDir, 'run.json'), `${JSON.stringify(summary, null, 2)}\n`);
    return summary;
  }

  // Inputs not seen this run: gone when this run covers their place, else carried over.
  const gone: string[] = [];
  const goneContainers = new Set<string>();
  const carried: { key: string; container: string }[] = [];
  for (const row of state.unseenInputs(runId)) {
    const covered = inScope(row.container) && !incompleteContainers.has(row.container);
    if (covered) {
      gone.push(row.key);
      if (!seenContainers.has(row.container)) goneContainers.add(row.container);
    } else if (row.outcome === 'ok') carried.push(row);
  }
  counts.gone = gone.length;

  const prune = options.prune === true;
  const keyParts = { pipeline, dedupe: options.dedupe, prune };
  const quiet = counts.extracted === 0 && gone.length === 0 && carried.length === 0 && failed.every((f) => f.failure.excluded) && state.pendingChanges().length === 0;
  const snapshot = quiet ? unchangedSnapshot(state, batchKey(state, keyParts), options.outDir, prune) : undefined;
  let totals: BatchTotals;
  let written: WriteResult;
  let recordCounts: RecordChanges;
  const durationsMs: Record<string, number> = { extract: extractMs };
  failed.sort(byPath);
  if (snapshot) {
    // Nothing changed: the records on disk are what the batch would write again.
    const writeStart = performance.now();
    if (snapshot.batchStats.repeated !== undefined) ctx.stats.count('repeated', 'blocks', snapshot.batchStats.repeated);
    ctx.stats.count('canonicalize', 'merged-sources', snapshot.batchStats.merged);
    totals = snapshot.totals;
    written = { written: 0, unchanged: snapshot.files.length, deleted: 0 };
    recordCounts = { added: 0, updated: 0, unchanged: snapshot.files.length, deleted: 0, feed: 0 };
    writeChangeFeed(options.outDir, [], new Map(), { formats: options.formats ?? ['jsonl'], esIndex: options.esIndex });
    durationsMs.batch = 0;
    durationsMs.write = performance.now() - writeStart;
  } else {
    loadDeferred();
    for (const row of carried) {
      const doc = state.doc(row.key);
      if (doc) {
        live.set(row.key, summarize(row.key, doc));
        counts.carried++;
      }
    }
    saveSnapshot(state, undefined); // the records are about to change
    const summaries = [...live.values()].sort(byPath);
    live.clear();
    const before = ctx.stats.snapshot();
    const result = batchAndWrite({
      summaries,
      load: (s) => {
        const doc = state.doc(s.key);
        if (!doc) throw new Error(`state: no stored document for ${s.key}`);
        return { ...doc, source: s.source };
      },
      config,
      dedupe: options.dedupe,
      stats: ctx.stats,
      state,
      runId,
      outDir: options.outDir,
      prune,
      formats: options.formats ?? ['jsonl'],
      esIndex: options.esIndex,
      failed,
      gone,
      goneContainers: [...goneContainers],
    });
    failed.sort(byPath);
    ({ totals, written, recordChanges: recordCounts } = result);
    durationsMs.batch = result.batchMs;
    durationsMs.write = result.writeMs;
    const after = ctx.stats.snapshot();
    const batchCount = (stage: string, key: string) => (after[stage]?.[key] ?? 0) - (before[stage]?.[key] ?? 0);
    if (failed.every((f) => f.failure.excluded)) {
      saveSnapshot(state, {
        key: batchKey(state, keyParts),
        pipeline,
        totals,
        files: result.files,
        batchStats: { repeated: after.repeated?.blocks !== undefined ? batchCount('repeated', 'blocks') : undefined, merged: batchCount('canonicalize', 'merged-sources') },
      });
    }
  }

  const summary = buildSummary({
    config,
    startedAt: p.startedAt,
    totals,
    failed,
    written,
    stats: ctx.stats,
    durationsMs,
    incremental: incremental(),
    recordChanges: recordCounts,
  });
  state.finishRun(runId, 'finished', summary.exitCode, {
    documents: summary.inputs.documents,
    failed: summary.inputs.failed,
    ...counts,
    records: totals.records,
    ...recordCounts,
  });
  writeFileAtomic(path.join(options.outDir, 'run.json'), `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}

/** Exit code of a run stopped by SIGINT/SIGTERM (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130;
