/** The run summary (`run.json`): every input accounted for, every removal counted. */
import type { PipelineConfig } from '../config/pipeline-config.js';
import type { ExtractedDoc, FailedDoc } from '../core/extracted.js';
import type { ArticleRecord } from '../core/record.js';
import { splitStageTime, type StageStats, type StageStatsSnapshot } from '../core/stage.js';
import type { WriteResult } from '../output/records-writer.js';

/** What the state made of this run's inputs. */
export interface IncrementalCounts {
  /** Inputs not seen before, extracted. */
  new: number;
  /** Inputs whose bytes or hints changed since the last run, extracted again. */
  changed: number;
  /** Inputs unchanged since they were extracted: their stored document was used. */
  unchanged: number;
  /** Inputs unchanged but failed (or extracted by another pipeline) last time, extracted again. */
  retried: number;
  /** Documents that went through the per-document stages in this run. */
  extracted: number;
  /** Inputs seen by an earlier run that are gone from the folders this run covers. */
  gone: number;
  /** Stored documents of inputs outside this run's arguments, kept in the batch. */
  carried: number;
}

export interface RecordChanges {
  added: number;
  updated: number;
  unchanged: number;
  deleted: number;
  /** Lines in changes.jsonl (changes of a killed earlier run included). */
  feed: number;
}

export interface RunSummary {
  pipeline: string;
  /** `finished`, or `interrupted` (SIGINT/SIGTERM: no records written; the next run goes on). */
  status: string;
  runId: number;
  state: string;
  full: boolean;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  durationsMs: Record<string, number>;
  peakRssBytes: number;
  inputs: { documents: number; extracted: number; failed: number; excluded: number; lowConfidence: number } & Omit<IncrementalCounts, 'extracted'> & { processed: number };
  /** `written`: record files written; `filesUnchanged`: left as they were; `filesRemoved`: pruned. */
  records: { total: number; added: number; updated: number; unchanged: number; deleted: number; changes: number; written: number; filesUnchanged: number; filesRemoved: number; sourcesMerged: number };
  failures: { path: string; line?: number; offset?: number; stage: string; reason: string }[];
  /** Inputs read and understood that hold no article (menus, empty dumps): no record, no error. */
  excluded: { path: string; line?: number; offset?: number; stage: string; reason: string }[];
  lowConfidence: { path: string; reason: string }[];
  removed: Record<string, number>;
  stages: StageStatsSnapshot;
  /**
   * Milliseconds spent in each per-document stage, summed over the documents extracted in this
   * run and over the threads that ran them: where the extraction time went (it varies from run
   * to run, unlike `stages`).
   */
  stageMs: Record<string, number>;
  exitCode: number;
}

/** What the summary needs of the documents and records, gathered as they stream by. */
export interface BatchTotals {
  /** Documents that fed the batch. */
  extracted: number;
  lowConfidence: { path: string; reason: string }[];
  records: number;
  /** Removals by kind over every record. */
  removed: Record<string, number>;
}

export function totalsOf(extracted: Iterable<Pick<ExtractedDoc, 'source' | 'lowConfidence'>>, records: readonly Pick<ArticleRecord, 'removed'>[]): BatchTotals {
  const totals: BatchTotals = { extracted: 0, lowConfidence: [], records: 0, removed: {} };
  for (const d of extracted) addDoc(totals, d);
  for (const r of records) addRecord(totals, r.removed.map((x) => x.kind));
  return totals;
}

/** Documents in path order (lowConfidence lists them so). */
export function addDoc(totals: BatchTotals, doc: Pick<ExtractedDoc, 'source' | 'lowConfidence'>): void {
  totals.extracted++;
  if (doc.lowConfidence) totals.lowConfidence.push({ path: doc.source.path, reason: doc.lowConfidence });
}

/** A record, by the kinds of its removals. */
export function addRecord(totals: BatchTotals, removedKinds: readonly string[]): void {
  totals.records++;
  for (const kind of removedKinds) totals.removed[kind] = (totals.removed[kind] ?? 0) + 1;
}

interface SummaryInput {
  config: PipelineConfig;
  startedAt: Date;
  totals: BatchTotals;
  failed: readonly FailedDoc[];
  written: WriteResult;
  stats: StageStats;
  durationsMs: Record<string, number>;
  incremental: IncrementalCounts & { runId: number; state: string; status: string; full: boolean };
  recordChanges?: RecordChanges;
}

const describeFailure = (f: FailedDoc) => ({
  path: f.source.path,
  ...(f.source.origin.line !== undefined ? { line: f.source.origin.line } : {}),
  ...(f.source.origin.offset !== undefined ? { offset: f.source.origin.offset } : {}),
  stage: f.failure.stage,
  reason: f.failure.reason,
});

export function buildSummary(input: SummaryInput): RunSummary {
  const finishedAt = new Date();
  const failed = input.failed.filter((f) => !f.failure.excluded);
  const excluded = input.failed.filter((f) => f.failure.excluded);
  const { removed, lowConfidence } = input.totals;
  const { runId, state, status, full, extracted: processed, ...counts } = input.incremental;
  const changes = input.recordChanges ?? { added: 0, updated: 0, unchanged: 0, deleted: 0, feed: 0 };
  const { counts: stageCounts, stageMs } = splitStageTime(input.stats.snapshot());
  return {
    pipeline: input.config.file,
    status,
    runId,
    state,
    full,
    startedAt: input.startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: Math.round(finishedAt.getTime() - input.startedAt.getTime()),
    durationsMs: Object.fromEntries(Object.entries(input.durationsMs).map(([k, v]) => [k, Math.round(v)])),
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    inputs: {
      documents: input.totals.extracted + input.failed.length,
      extracted: input.totals.extracted,
      failed: failed.length,
      excluded: excluded.length,
      lowConfidence: lowConfidence.length,
      ...counts,
      processed,
    },
    records: {
      total: input.totals.records,
      added: changes.added,
      updated: changes.updated,
      unchanged: changes.unchanged,
      deleted: changes.deleted,
      changes: changes.feed,
      written: input.written.written,
      filesUnchanged: input.written.unchanged,
      filesRemoved: input.written.deleted,
      sourcesMerged: input.totals.extracted - input.totals.records,
    },
    failures: failed.map(describeFailure),
    excluded: excluded.map(describeFailure),
    lowConfidence,
    removed: Object.fromEntries(Object.entries(removed).sort(([a], [b]) => a.localeCompare(b))),
    stages: stageCounts,
    stageMs,
    exitCode: failed.length ? 1 : 0,
  };
}
