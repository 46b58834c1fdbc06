/**
 * The reduce step over every extracted document of the run: find the dumps of one article,
 * remove site-template blocks, merge each group into one canonical record.
 */
import type { PipelineConfig } from '../config/pipeline-config.js';
import type { ExtractedDoc } from '../core/extracted.js';
import type { ArticleRecord } from '../core/record.js';
import type { StageStats } from '../core/stage.js';
import { clusterDocuments } from './canonicalize/cluster.js';
import { mergeDocuments } from './canonicalize/merge.js';
import { removeRepeatedBlocks } from './repeated/repeated-blocks.js';

export interface BatchOptions {
  dedupe: boolean;
}

export function runBatch(docs: readonly ExtractedDoc[], config: PipelineConfig, options: BatchOptions, stats: StageStats): ArticleRecord[] {
  const canonicalize = options.dedupe && config.batch.includes('canonicalize');
  const clusters = canonicalize ? clusterDocuments(docs, config.thresholds.nearDuplicate) : docs.map((_, i) => [i]);
  let current = docs;
  if (config.batch.includes('repeated') && config.kinds.repeated !== false) {
    current = removeRepeatedBlocks(docs, clusters, config.thresholds.repeatedMinDocs);
    const removed = current.reduce((n, d) => n + d.removed.filter((r) => r.kind === 'repeated').length, 0);
    stats.count('repeated', 'blocks', removed);
  }
  const records = clusters.map((cluster) => mergeDocuments(cluster.map((i) => current[i]!)));
  stats.count('canonicalize', 'merged-sources', docs.length - records.length);

  // Two groups can still share an id (same URL, texts too different to merge): keep both, apart.
  const byId = new Map<string, ArticleRecord[]>();
  for (const record of records) byId.set(record.id, [...(byId.get(record.id) ?? []), record]);
  const unique = [...byId.values()].flatMap((same) =>
    same.length === 1 ? same : same.map((r) => ({ ...r, id: r.contentHash.slice(0, 16) })),
  );
  return unique.sort((a, b) => a.id.localeCompare(b.id));
}
