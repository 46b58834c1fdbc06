/**
 * The map step of a run: every input file read, each of its documents extracted (or its
 * stored extraction reused), its outcome checkpointed in the state as it finishes. Inputs
 * stream through: a file is read when a slot is free, a document's bytes go to a worker,
 * and what stays in this thread is the brief the batch needs (see batch/doc-summary).
 */
import { stat } from 'node:fs/promises';
import PQueue from 'p-queue';
import type { PipelineConfig } from '../config/pipeline-config.js';
import type { Doc } from '../core/document.js';
import type { FailedDoc } from '../core/extracted.js';
import { readerFor } from '../per-document/read/readers.js';
import { STDIN_PATH } from '../per-document/read/stdin-reader.js';
import { docFingerprint, inputKey } from '../state/fingerprint.js';
import type { InputRow, PackedDoc, StateStore } from '../state/store.js';
import type { Extractor } from './extractor.js';
import type { Extraction } from './run-document.js';
import type { IncrementalCounts } from './run-summary.js';
import { absOf, Checkpoints, displayOf } from './run-state.js';

export interface MapOptions {
  files: string[];
  config: PipelineConfig;
  /** The pipeline fingerprint. */
  pipeline: string;
  state: StateStore;
  runId: number;
  extractor: Extractor;
  /** Ignore stored extractions. */
  full: boolean;
  stopping: () => boolean;
  onAbort: (stop: () => void) => void;
  onDocument?: (done: number) => void;
  onFile?: (done: number) => void;
}

export interface MapResult {
  /**
   * Input keys of the live documents read or extracted this run. Their briefs are in the state
   * (the batch reads them back), so this thread's memory does not grow with the corpus while
   * the workers run.
   */
  live: Set<string>;
  /** Unchanged files: their stored documents join the batch if it runs. */
  deferred: string[];
  failed: FailedDoc[];
  counts: IncrementalCounts;
  seenContainers: Set<string>;
  incompleteContainers: Set<string>;
  extractMs: number;
}

export async function mapInputs(o: MapOptions): Promise<MapResult> {
  const { state, pipeline, runId } = o;
  const out: MapResult = {
    live: new Set(),
    deferred: [],
    failed: [],
    counts: { new: 0, changed: 0, unchanged: 0, retried: 0, extracted: 0, gone: 0, carried: 0 },
    seenContainers: new Set(),
    incompleteContainers: new Set(),
    extractMs: 0,
  };
  const { counts } = out;
  const checkpoints = new Checkpoints(state);
  const start = performance.now();
  let done = 0;
  const documentDone = () => o.onDocument?.(++done);

  /** An unchanged file: its stored documents join the batch; nothing is read. */
  const reuseContainer = (container: string) => {
    for (const row of state.inputRowsOf(container)) {
      if (row.outcome === 'excluded') {
        const excluded = state.excludedDoc(row.key);
        if (excluded) out.failed.push({ ...excluded, source: { ...excluded.source, path: displayOf(container) } });
      } else if (row.outcome !== 'ok') continue;
      counts.unchanged++;
      documentDone();
    }
    out.deferred.push(container);
    state.markContainerSeen(container, runId);
    checkpoints.maybeFlush();
  };

  /** The stored extraction an input can take over: its own (same bytes), or one of the same bytes under another name. */
  const reusable = (doc: Doc, key: string, fingerprint: string, prior: InputRow | undefined): PackedDoc | undefined => {
    if (doc.failure || o.full) return undefined;
    const own = prior?.fingerprint === fingerprint && prior.pipeline === pipeline && prior.outcome === 'ok';
    return own ? state.packedDoc(key) : state.packedByFingerprint(fingerprint, pipeline);
  };

  /** One document: reused or extracted, then checkpointed. Returns whether it failed (not excluded) and whether it was a read failure without bytes. */
  const handle = async (container: string, file: { size: number; mtimeMs: number }, doc: Doc) => {
    const key = inputKey(container, doc.source.origin);
    const fingerprint = doc.failure ? '' : docFingerprint(doc);
    const prior = state.input(key);
    const stored = reusable(doc, key, fingerprint, prior);
    let outcome: Extraction;
    if (stored) {
      // Same bytes and hints as an input already extracted (here or under another name).
      const { path: p, origin, sha256, bytes } = doc.source;
      outcome = { ok: true, doc: { ...stored, brief: { ...stored.brief, source: { ...stored.brief.source, path: p, origin, sha256, bytes } } } };
      counts.unchanged++;
    } else {
      if (!doc.failure) {
        if (!prior) counts.new++;
        else if (prior.fingerprint !== fingerprint) counts.changed++;
        else counts.retried++;
      }
      outcome = await o.extractor.process(doc);
      counts.extracted++;
    }
    const failure = outcome.ok ? undefined : outcome.doc;
    if (outcome.ok) out.live.add(key);
    else out.failed.push(outcome.doc);
    state.putInput(
      {
        key,
        container,
        size: file.size,
        mtimeMs: file.mtimeMs,
        sha256: doc.source.sha256,
        fingerprint,
        pipeline,
        seenRun: runId,
        outcome: failure ? (failure.failure.excluded ? 'excluded' : 'failed') : 'ok',
        stage: failure ? failure.failure.stage : null,
        reason: failure ? failure.failure.reason : null,
      },
      outcome.ok ? outcome : { ok: false, messages: outcome.doc.messages, excluded: failure?.failure.excluded ? failure : undefined },
      runId,
    );
    documentDone();
    checkpoints.maybeFlush();
    return {
      // An excluded document (no article in it) is a final outcome, not a failure to retry.
      failed: failure !== undefined && !failure.failure.excluded,
      // A read failure without bytes (unreadable, truncated): what lies past it was not seen.
      unread: failure?.failure.stage === 'read' && doc.source.sha256 === '',
    };
  };

  const readContainer = async (file: string) => {
    if (o.stopping()) return;
    const container = absOf(file);
    out.seenContainers.add(container);
    const info = container === STDIN_PATH ? { size: 0, mtimeMs: 0 } : await fileInfo(file);
    const stored = container === STDIN_PATH ? undefined : state.container(container);
    if (!o.full && stored && stored.complete && stored.failures === 0 && stored.pipeline === pipeline && stored.size === info.size && stored.mtimeMs === info.mtimeMs) {
      reuseContainer(container);
      return;
    }
    let failures = 0;
    let complete = true;
    // Several documents of one file in flight, so a JSONL or WARC file keeps every worker busy.
    const inFlight = new Set<Promise<void>>();
    const track = (doc: Doc) => {
      const task: Promise<void> = handle(container, info, doc)
        .then((r) => {
          if (r.failed) failures++;
          if (r.unread) complete = false;
        })
        .finally(() => inFlight.delete(task));
      inFlight.add(task);
      return task;
    };
    for await (const doc of readerFor(file).read(file, { maxBytes: o.config.limits.maxBytes })) {
      if (o.stopping()) {
        complete = false; // abandoned: the rest of this file is read next run
        break;
      }
      track(doc);
      if (inFlight.size >= o.extractor.threads) await Promise.race(inFlight);
      // Let signals and other files through between documents.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await Promise.all(inFlight);
    if (!complete) out.incompleteContainers.add(container);
    if (container !== STDIN_PATH) state.putContainer({ path: container, size: info.size, mtimeMs: info.mtimeMs, complete, failures, pipeline }, runId);
    checkpoints.maybeFlush();
  };

  // With worker threads, twice as many files in flight as threads keep the pool fed while
  // this thread reads, stores and summarises; in this thread, one at a time.
  const threads = o.extractor.threads;
  const queue = new PQueue({ concurrency: threads > 1 ? threads * 2 : 1 });
  let filesDone = 0;
  for (const file of o.files) {
    void queue.add(async () => {
      await readContainer(file);
      o.onFile?.(++filesDone);
    });
  }
  o.onAbort(() => queue.clear());
  await queue.onIdle();
  state.flush();
  out.extractMs = performance.now() - start;
  return out;
}

/** Size and mtime of a file (zeros when it cannot be read: the reader reports it). */
async function fileInfo(file: string): Promise<{ size: number; mtimeMs: number }> {
  try {
    const info = await stat(file);
    return { size: info.size, mtimeMs: info.mtimeMs };
  } catch {
    return { size: 0, mtimeMs: 0 };
  }
}
