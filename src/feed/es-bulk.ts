/**
 * An Elasticsearch / OpenSearch `_bulk` NDJSON body: `index` (action line + the record) for
 * each record added or updated, `delete` for each record deleted. POST it to `/_bulk` (with
 * `--es-index`) or to `/<index>/_bulk`, with `Content-Type: application/x-ndjson`.
 */
import type { ArticleRecord } from '../core/record.js';
import type { Change } from '../state/store.js';

export function esBulkBody(changes: readonly Change[], records: ReadonlyMap<string, ArticleRecord>, index?: string): string {
  const lines: string[] = [];
  const meta = (id: string) => (index ? { _index: index, _id: id } : { _id: id });
  for (const change of changes) {
    const record = records.get(change.id);
    if (change.op === 'delete' || !record) lines.push(JSON.stringify({ delete: meta(change.id) }));
    else lines.push(JSON.stringify({ index: meta(change.id) }), JSON.stringify(record));
  }
  return lines.map((l) => `${l}\n`).join('');
}
