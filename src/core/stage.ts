/**
 * The stage contracts. A per-document stage sees one document at a time and may run on
 * any machine of a shard; a batch stage sees the whole set (the reduce step).
 */
import type { Doc } from './document.js';
import type { PipelineConfig } from '../config/pipeline-config.js';
import type { RuleSet } from '../config/rules.js';

/** What a stage may read besides the document: the pipeline's settings and compiled rules. */
export interface StageContext {
  readonly config: PipelineConfig;
  readonly rules: RuleSet;
  readonly stats: StageStats;
}

export interface DocumentStage {
  readonly name: string;
  /** Returns the document with this stage's contribution; never throws for bad input. */
  run(doc: Doc, ctx: StageContext): Doc;
}

/**
 * The counter group that holds milliseconds spent in each per-document stage (summed over
 * documents, on whichever thread ran them). It travels from worker threads with the counts;
 * the run summary reports it apart from them, since times differ from run to run.
 */
export const STAGE_TIME = 'stage-time-ms';

/** Per-stage counters: every stage counts what it did, the run summary reports them. */
export class StageStats {
  private readonly counts = new Map<string, Map<string, number>>();

  /** Adds `ms` to the time spent in `stage`. */
  time(stage: string, ms: number): void {
    this.count(STAGE_TIME, stage, ms);
  }

  count(stage: string, what: string, n = 1): void {
    let byStage = this.counts.get(stage);
    if (!byStage) this.counts.set(stage, (byStage = new Map()));
    byStage.set(what, (byStage.get(what) ?? 0) + n);
  }

  merge(other: StageStatsSnapshot): void {
    for (const [stage, counts] of Object.entries(other)) {
      for (const [what, n] of Object.entries(counts)) this.count(stage, what, n);
    }
  }

  snapshot(): StageStatsSnapshot {
    const out: StageStatsSnapshot = {};
    for (const stage of [...this.counts.keys()].sort()) {
      const counts = this.counts.get(stage)!;
      out[stage] = Object.fromEntries([...counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
    }
    return out;
  }
}

export type StageStatsSnapshot = Record<string, Record<string, number>>;

/** A snapshot's counts, and apart from them the time spent per stage (whole milliseconds). */
export function splitStageTime(snapshot: StageStatsSnapshot): { counts: StageStatsSnapshot; stageMs: Record<string, number> } {
  const { [STAGE_TIME]: times = {}, ...counts } = snapshot;
  return { counts, stageMs: Object.fromEntries(Object.entries(times).map(([stage, ms]) => [stage, Math.round(ms)])) };
}
