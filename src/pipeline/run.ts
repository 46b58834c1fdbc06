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
import { runBatch } from '../batch/run-batch.js';
import { loadPipeline, type PipelineConfig } from '../config/pipeline-config.js';
import { loadRules } from '../config/rules.js';
import type { ExtractedDoc, FailedDoc } from '../core/extracted.js';
import { sha256Hex } from '../core/hash.js';
import { reasonOf } from '../core/messages.js';
import { minhash } from '../core/minhash.js';
import type { ArticleRecord } from '../core/record.js';
import { StageStats, type StageContext } from '../core/stage.js';
import { writeChangeFeed, type FeedFormat } from '../feed/change-feed.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { removeStaleTemps, serializeRecord, validateRecord, writeRecords } from '../output/records-writer.js';
import { expandInputs } from '../per-document/read/expand-inputs.js';
import { displayPath } from '../per-document/read/file-reader.js';
import { readerFor } from '../per-document/read/readers.js';
import { STDIN_PATH } from '../per-document/read/stdin-reader.js';
import { docFingerprint, inputKey, pipelineFingerprint } from '../state/fingerprint.js';
import { assignIds } from '../state/identity.js';
import { StateStore, type Change, type RecordRow } from '../state/store.js';
import { buildSummary, type IncrementalCounts, type RunSummary } from './run-summary.js';
import { inThreadExtractor, workerExtractor, type Extractor } from './extractor.js';

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
  const ctx: StageContext = { config, rules: loadRules(config), stats: new StageStats() };
  return { config, ctx };
}

export function defaultStatePath(outDir: string): string {
  return path.join(outDir, '.winnow', 'state.sqlite');
}

type SortableSource = { source: { path: string; origin: { line?: number; offset?: number } } };
const byPath = (a: SortableSource, b: SortableSource) =>
  a.source.path.localeCompare(b.source.path) ||
  (a.source.origin.line ?? a.source.origin.offset ?? 0) - (b.source.origin.line ?? b.source.origin.offset ?? 0);

const sourceId = (s: { path: string; origin: { kind: string; line?: number; offset?: number } }) =>
  `${s.path}\0${s.origin.kind}\0${s.origin.line ?? ''}\0${s.origin.offset ?? ''}`;

/** Flush checkpoints at least this often, so a killed run loses little. */
const FLUSH_EVERY_MS = 1000;
const FLUSH_EVERY_WRITES = 200;

export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const startedAt = new Date();
  const { config, ctx } = loadContext(options.pipeline);
  // One worker thread per --concurrency slot does the CPU work; with one, it stays in this thread.
  const extractor =
    options.concurrency > 1 ? workerExtractor(config.file, config, ctx.stats, options.concurrency) : inThreadExtractor(config, ctx);
  const { files, missing } = expandInputs(options.inputs, { include: options.include, exclude: options.exclude });

  mkdirSync(options.outDir, { recursive: true });
  removeStaleTemps(options.outDir);
  const state = new StateStore(options.statePath ?? defaultStatePath(options.outDir));
  try {
    return await runWithState(options, state, { startedAt, config, ctx, extractor, files, missing });
  } finally {
    state.close();
    await extractor.close();
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

  const docs = new Map<string, ExtractedDoc>(); // by input key
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
  const queue = new PQueue({ concurrency: Math.max(1, options.concurrency) });
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
      for (const row of state.inputsOf(container)) {
        if (!row.doc) continue;
        docs.set(row.key, { ...row.doc, source: { ...row.doc.source, path: display(container) } });
        counts.unchanged++;
        options.onDocument?.(++done);
      }
      state.markContainerSeen(container, runId);
      maybeFlush();
      return;
    }

    let failures = 0;
    let complete = true;
    for await (const doc of readerFor(file).read(file, { maxBytes: config.limits.maxBytes })) {
      if (stopping()) {
        complete = false; // abandoned: the rest of this file is read next run
        break;
      }
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
      if (ok) docs.set(key, outcome as ExtractedDoc);
      else {
        failed.push(outcome as FailedDoc);
        failures++;
        // A read failure without bytes (unreadable, truncated): what lies past it was not seen.
        if ((outcome as FailedDoc).failure.stage === 'read' && doc.source.sha256 === '') complete = false;
      }
      state.putInput(
        {
          ...row,
          outcome: ok ? 'ok' : 'failed',
          stage: ok ? null : (outcome as FailedDoc).failure.stage,
          reason: ok ? null : (outcome as FailedDoc).failure.reason,
        },
        ok ? (outcome as ExtractedDoc) : undefined,
        outcome.messages,
        runId,
      );
      options.onDocument?.(++done);
      maybeFlush();
      // Let signals and other files through between documents.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
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

  if (interrupted) {
    // No batch: unread inputs would look gone. The checkpoints let the next run finish the work.
    const summary = buildSummary({
      config,
      startedAt: p.startedAt,
      extracted: [...docs.values()],
      failed: failed.sort(byPath),
      records: [],
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
  for (const row of state.unseenInputs(runId)) {
    const covered = inScope(row.container) && !incompleteContainers.has(row.container);
    if (covered) {
      gone.push(row.key);
      if (!seenContainers.has(row.container)) goneContainers.add(row.container);
    } else if (row.outcome === 'ok') {
      const doc = state.doc(row.key);
      if (doc) {
        docs.set(row.key, doc);
        counts.carried++;
      }
    }
  }
  counts.gone = gone.length;

  // The batch reduce over every live document.
  const batchStart = performance.now();
  const keyBySource = new Map<string, string>();
  for (const [key, doc] of docs) keyBySource.set(sourceId(doc.source), key);
  const extracted = [...docs.values()].sort(byPath);
  failed.sort(byPath);
  const batch = runBatch(extracted, config, { dedupe: options.dedupe }, ctx.stats);
  const stored = new Map<string, RecordRow>(state.records().map((r) => [r.id, r]));
  const identity = assignIds({
    records: batch,
    inputKeys: batch.map((r) => r.sources.map((s) => keyBySource.get(sourceId(s))).filter((k): k is string => k !== undefined)),
    priorRecord: (key) => state.input(key)?.recordId,
    stored,
    candidates: (signature) => state.candidates(signature),
    threshold: config.thresholds.nearDuplicate,
    dedupe: options.dedupe && config.batch.includes('canonicalize'),
  });
  // A record that does not match the schema is not written: its inputs fail with the reason.
  const valid: ArticleRecord[] = [];
  for (const record of identity.records) {
    try {
      valid.push(validateRecord(record));
    } catch (error) {
      for (const source of record.sources) {
        const key = keyBySource.get(sourceId(source));
        const doc = key ? docs.get(key) : undefined;
        if (key) docs.delete(key);
        failed.push({ source: doc?.source ?? { path: source.path, origin: source.origin, sha256: source.sha256, bytes: source.bytes }, failure: { stage: 'record', reason: reasonOf(error) }, messages: [] });
      }
    }
  }
  failed.sort(byPath);
  const records = [...valid].sort((a, b) => a.id.localeCompare(b.id));
  const validIds = new Set(records.map((r) => r.id));

  // What changed, against the stored records.
  const changes: Change[] = [];
  const upserts: Parameters<StateStore['commitRun']>[0]['upserts'] = [];
  const inputRecords = new Map<string, string>();
  const live = new Set<string>();
  const recordCounts = { added: 0, updated: 0, unchanged: 0, deleted: 0 };
  identity.records.forEach((record, i) => {
    if (!validIds.has(record.id)) return;
    const recordHash = sha256Hex(serializeRecord(record, false));
    const before = stored.get(record.id);
    const keys = record.sources.map((s) => keyBySource.get(sourceId(s))).filter((k): k is string => k !== undefined);
    for (const key of keys) inputRecords.set(key, record.id);
    live.add(record.id);
    if (before && !before.deleted && before.recordHash === recordHash) {
      recordCounts.unchanged++;
      return;
    }
    const op = before && !before.deleted ? 'update' : 'add';
    recordCounts[op === 'add' ? 'added' : 'updated']++;
    changes.push({ op, id: record.id, contentHash: record.contentHash, url: record.url });
    const signature = identity.signatures.get(i) ?? signatureFor(record, extracted);
    upserts.push({ id: record.id, contentHash: record.contentHash, recordHash, url: record.url, signature, sources: keys });
  });
  const deletes = [...stored.values()].filter((r) => !r.deleted && !live.has(r.id)).map((r) => r.id);
  for (const id of deletes) {
    const row = stored.get(id)!;
    changes.push({ op: 'delete', id, contentHash: row.contentHash, url: row.url });
  }
  recordCounts.deleted = deletes.length;
  const batchMs = performance.now() - batchStart;

  // Write: record files first, then the state, then the feed (whose changes the state keeps until then).
  const writeStart = performance.now();
  const written = writeRecords(options.outDir, records, { prune: options.prune === true });
  state.commitRun({ runId, upserts, deletes, inputRecords, goneInputs: gone, goneContainers: [...goneContainers], changes });
  const feed = state.pendingChanges();
  writeChangeFeed(options.outDir, feed, new Map(records.map((r) => [r.id, r])), { formats: options.formats ?? ['jsonl'], esIndex: options.esIndex });
  state.clearPendingChanges();
  const writeMs = performance.now() - writeStart;

  const summary = buildSummary({
    config,
    startedAt: p.startedAt,
    extracted: [...docs.values()].sort(byPath),
    failed,
    records,
    written,
    stats: ctx.stats,
    durationsMs: { extract: extractMs, batch: batchMs, write: writeMs },
    incremental: incremental(),
    recordChanges: { ...recordCounts, feed: feed.length },
  });
  state.finishRun(runId, 'finished', summary.exitCode, {
    documents: summary.inputs.documents,
    failed: summary.inputs.failed,
    ...counts,
    records: records.length,
    ...recordCounts,
  });
  writeFileAtomic(path.join(options.outDir, 'run.json'), `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}

/** Exit code of a run stopped by SIGINT/SIGTERM (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130;

/** The MinHash signature of a record's text: that of the dump whose text it took, if unchanged. */
function signatureFor(record: ArticleRecord, docs: readonly ExtractedDoc[]): number[] {
  const primary = docs.find((d) => d.text === record.text);
  return primary?.signature ?? minhash(record.text);
}
