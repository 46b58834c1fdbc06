/** The run summary (`run.json`): every input accounted for, every removal counted. */
import type { PipelineConfig } from '../config/pipeline-config.js';
import type { ExtractedDoc, FailedDoc } from '../core/extracted.js';
import type { ArticleRecord } from '../core/record.js';
import type { StageStats, StageStatsSnapshot } from '../core/stage.js';
import type { WriteResult } from '../output/records-writer.js';

export interface RunSummary {
  pipeline: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  durationsMs: Record<string, number>;
  peakRssBytes: number;
  inputs: { documents: number; extracted: number; failed: number; lowConfidence: number };
  records: { total: number; written: number; unchanged: number; deleted: number; sourcesMerged: number };
  failures: { path: string; line?: number; offset?: number; stage: string; reason: string }[];
  lowConfidence: { path: string; reason: string }[];
  removed: Record<string, number>;
  stages: StageStatsSnapshot;
  exitCode: number;
}

interface SummaryInput {
  config: PipelineConfig;
  startedAt: Date;
  extracted: readonly ExtractedDoc[];
  failed: readonly FailedDoc[];
  records: readonly ArticleRecord[];
  written: WriteResult;
  stats: StageStats;
  durationsMs: Record<string, number>;
}

export function buildSummary(input: SummaryInput): RunSummary {
  const finishedAt = new Date();
  const removed: Record<string, number> = {};
  for (const record of input.records) for (const r of record.removed) removed[r.kind] = (removed[r.kind] ?? 0) + 1;
  const lowConfidence = input.extracted.filter((d) => d.lowConfidence).map((d) => ({ path: d.source.path, reason: d.lowConfidence! }));
  return {
    pipeline: input.config.file,
    startedAt: input.startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: Math.round(finishedAt.getTime() - input.startedAt.getTime()),
    durationsMs: Object.fromEntries(Object.entries(input.durationsMs).map(([k, v]) => [k, Math.round(v)])),
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    inputs: {
      documents: input.extracted.length + input.failed.length,
      extracted: input.extracted.length,
      failed: input.failed.length,
      lowConfidence: lowConfidence.length,
    },
    records: {
      total: input.records.length,
      ...input.written,
      sourcesMerged: input.extracted.length - input.records.reduce((n, r) => n + 1, 0),
    },
    failures: input.failed.map((f) => ({
      path: f.source.path,
      ...(f.source.origin.line !== undefined ? { line: f.source.origin.line } : {}),
      ...(f.source.origin.offset !== undefined ? { offset: f.source.origin.offset } : {}),
      stage: f.failure.stage,
      reason: f.failure.reason,
    })),
    lowConfidence,
    removed: Object.fromEntries(Object.entries(removed).sort(([a], [b]) => a.localeCompare(b))),
    stages: input.stats.snapshot(),
    exitCode: input.failed.length ? 1 : 0,
  };
}
