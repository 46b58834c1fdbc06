/**
 * An Elasticsearch / OpenSearch `_bulk` NDJSON body: `index` (action line + the record) for
 * each record added or updated, `delete` for each record deleted. POST it to `/_bulk` (with
 * `--es-index`) or to `/<index>/_bulk`, with `Content-Type: application/x-ndjson`.
 */
import type { Change } from '../state/store.js';

/** The body's lines for one change; `recordLine` gives a record's JSON line by id (undefined when it is gone: a delete). */
export function esBulkLines(change: Change, recordLine: (id: string) => string | undefined, index?: string): string[] {
  const meta = index ? { _index: index, _id: change.id } : { _id: change.id };
  const record = change.op === 'delete' ? undefined : recordLine(change.id);
  return record === undefined ? [JSON.stringify({ delete: meta })] : [JSON.stringify({ index: meta }), record];
}
