/**
 * One run: read every input, extract each document (the map step), reduce the batch into
 * canonical records, write them and a summary that accounts for every input.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import PQueue from 'p-queue';
import { runBatch } from '../batch/run-batch.js';
import { loadPipeline, type PipelineConfig } from '../config/pipeline-config.js';
import { loadRules } from '../config/rules.js';
import type { ExtractedDoc, FailedDoc } from '../core/extracted.js';
import { StageStats, type StageContext } from '../core/stage.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { writeRecords } from '../output/records-writer.js';
import { expandInputs } from '../per-document/read/expand-inputs.js';
import { readerFor } from '../per-document/read/readers.js';
import { buildSummary, type RunSummary } from './run-summary.js';
import { documentStages } from './document-stages.js';
import { processDocument } from './run-document.js';

export interface RunOptions {
  inputs: string[];
  outDir: string;
  pipeline: string;
  dedupe: boolean;
  concurrency: number;
  include?: string[];
  exclude?: string[];
  /** Called after each input document is done, for progress reporting. */
  onDocument?: (done: number) => void;
}

export function loadContext(pipeline: string): { config: PipelineConfig; ctx: StageContext } {
  const config = loadPipeline(pipeline);
  const ctx: StageContext = { config, rules: loadRules(config), stats: new StageStats() };
  return { config, ctx };
}

export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const startedAt = new Date();
  const { config, ctx } = loadContext(options.pipeline);
  const stages = documentStages(config);
  const { files, missing } = expandInputs(options.inputs, { include: options.include, exclude: options.exclude });

  const extracted: ExtractedDoc[] = [];
  const failed: FailedDoc[] = missing.map((m) => ({
    source: { path: m.path, origin: { kind: 'file' as const }, sha256: '', bytes: 0 },
    failure: { stage: 'read', reason: m.reason },
    messages: [],
  }));

  const extractStart = performance.now();
  const queue = new PQueue({ concurrency: Math.max(1, options.concurrency) });
  let done = 0;
  for (const file of files) {
    void queue.add(async () => {
      for await (const doc of readerFor(file).read(file, { maxBytes: config.limits.maxBytes })) {
        const outcome = processDocument(doc, stages, ctx);
        if (outcome.ok) extracted.push(outcome.doc);
        else failed.push(outcome.doc);
        options.onDocument?.(++done);
      }
    });
  }
  await queue.onIdle();
  const extractMs = performance.now() - extractStart;

  const batchStart = performance.now();
  const byPath = (a: { source: { path: string; origin: { line?: number; offset?: number } } }, b: typeof a) =>
    a.source.path.localeCompare(b.source.path) || (a.source.origin.line ?? a.source.origin.offset ?? 0) - (b.source.origin.line ?? b.source.origin.offset ?? 0);
  extracted.sort(byPath);
  failed.sort(byPath);
  const records = runBatch(extracted, config, { dedupe: options.dedupe }, ctx.stats);
  const batchMs = performance.now() - batchStart;

  const writeStart = performance.now();
  mkdirSync(options.outDir, { recursive: true });
  const written = writeRecords(options.outDir, records);
  const writeMs = performance.now() - writeStart;

  const summary = buildSummary({
    config,
    startedAt,
    extracted,
    failed,
    records,
    written,
    stats: ctx.stats,
    durationsMs: { extract: extractMs, batch: batchMs, write: writeMs },
  });
  writeFileAtomic(path.join(options.outDir, 'run.json'), `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}
