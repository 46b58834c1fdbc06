/** A worker thread of the extractor pool: loads the pipeline once, then extracts documents. */
import { workerData } from 'piscina';
import { loadPipeline } from '../config/pipeline-config.js';
import { loadRules } from '../config/rules.js';
import { StageStats } from '../core/stage.js';
import type { WorkerResult, WorkerTask } from './extractor.js';
import { documentStages } from './document-stages.js';
import { processDocument } from './run-document.js';

const config = loadPipeline((workerData as { pipeline: string }).pipeline);
const rules = loadRules(config);
const stages = documentStages(config);

export default function extract({ doc }: WorkerTask): WorkerResult {
  const stats = new StageStats();
  const outcome = processDocument(doc, stages, { config, rules, stats });
  return { outcome, stats: stats.snapshot() };
}
