/**
 * countTemplateKeys over a batch table: in how many clusters each template key occurs,
 * counted in SQL. Only the keys at or over the smallest bar are returned: the site templates,
 * a few keys, where the batch has a key for every short block of every document. With them,
 * the documents that hold any of them: the only ones the template can take blocks from.
 */
import type { BatchTable } from '../batch-table.js';
import type { Clusters } from '../canonicalize/cluster-table.js';

export interface TemplateCounts {
  /** Each template key at or over the bar, and the number of clusters it occurs in. */
  seenIn: Map<string, number>;
  /** The batch positions (idx) of the documents with at least one of those keys. */
  inDocs: Set<number>;
}

export function templateCountsOf(table: BatchTable, clusters: Clusters, minDocs: number): TemplateCounts {
  table.buildTemplateKeys();
  const { db } = table;
  db.function('batch_cluster', { deterministic: true }, (idx) => clusters.clusterOf[Number(idx)]!);
  try {
    db.exec(`CREATE TABLE batch.template_bar (key TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID`);
    db.prepare(
      `INSERT INTO batch.template_bar (key, n) SELECT key, count(DISTINCT batch_cluster(idx)) AS n FROM batch.template_keys GROUP BY key HAVING n >= ?`,
    ).run(minDocs);
    const rows = db.prepare(`SELECT key, n FROM batch.template_bar ORDER BY key`).all() as { key: string; n: number }[];
    const docs = db.prepare(`SELECT DISTINCT t.idx FROM batch.template_keys t JOIN batch.template_bar b ON b.key = t.key`).pluck().all() as number[];
    return { seenIn: new Map(rows.map((r) => [r.key, r.n])), inDocs: new Set(docs) };
  } finally {
    db.exec(`DROP TABLE IF EXISTS batch.template_bar`);
    db.function('batch_cluster', { deterministic: true }, () => null); // lets go of the clusters
  }
}
