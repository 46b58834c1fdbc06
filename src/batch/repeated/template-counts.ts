/**
 * countTemplateKeys over a batch table: in how many clusters each template key occurs,
 * counted in SQL. Only the keys at or over the smallest bar are returned: the site templates,
 * a few keys, where the batch has a key for every short block of every document.
 */
import type { BatchTable } from '../batch-table.js';
import type { Clusters } from '../canonicalize/cluster-table.js';

export function templateCountsOf(table: BatchTable, clusters: Clusters, minDocs: number): Map<string, number> {
  table.buildTemplateKeys();
  const { db } = table;
  db.function('batch_cluster', { deterministic: true }, (idx) => clusters.clusterOf[Number(idx)]!);
  const rows = db
    .prepare(`SELECT key, count(DISTINCT batch_cluster(idx)) AS n FROM batch.template_keys GROUP BY key HAVING n >= ?`)
    .all(minDocs) as { key: string; n: number }[];
  db.function('batch_cluster', { deterministic: true }, () => null); // lets go of the clusters
  return new Map(rows.map((r) => [r.key, r.n]));
}
