/**
 * The change feed of a run: `changes.jsonl`, one line per record added, updated or deleted
 * (`{"op","id","contentHash","url"}`), so an indexer upserts only what changed; with
 * `--format es-bulk` also `changes.es-bulk.ndjson`, the same changes as an Elasticsearch /
 * OpenSearch `_bulk` body. Changes are kept in the state until the feed is written, so a
 * run killed in between hands its changes to the next run's feed (at-least-once). The feed is
 * written as the state hands the changes over, one line at a time, and a bulk body reads each
 * record from its file: a run's memory does not grow with the number of changes.
 */
import { existsSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { openFileAtomic, type AtomicFileWriter } from '../output/atomic-write.js';
import type { Change } from '../state/store.js';
import { esBulkLines } from './es-bulk.js';

export const CHANGES_FILE = 'changes.jsonl';
export const ES_BULK_FILE = 'changes.es-bulk.ndjson';

export type FeedFormat = 'jsonl' | 'es-bulk';

export interface FeedOptions {
  formats: readonly FeedFormat[];
  /** `_index` of each bulk action; omitted when the index is given in the `_bulk` URL. */
  esIndex?: string;
}

function changeLine(change: Change): string {
  return JSON.stringify({ op: change.op, id: change.id, contentHash: change.contentHash, url: change.url });
}

/**
 * Writes the feed files from changes in feed order; `recordLine` gives a record's JSON line
 * by id (for the bulk body; undefined when the record is gone). Returns the files written and
 * how many changes they hold.
 */
export function writeChangeFeed(
  outDir: string,
  changes: Iterable<Change>,
  recordLine: (id: string) => string | undefined,
  options: FeedOptions,
): { files: string[]; changes: number } {
  const files = [path.join(outDir, CHANGES_FILE)];
  const bulk = path.join(outDir, ES_BULK_FILE);
  const withBulk = options.formats.includes('es-bulk');
  if (withBulk) files.push(bulk);
  else if (existsSync(bulk)) unlinkSync(bulk); // stale: from an earlier run asked for it
  const writers: AtomicFileWriter[] = [];
  let count = 0;
  try {
    const feed = openFileAtomic(files[0]!);
    writers.push(feed);
    const bulkBody = withBulk ? openFileAtomic(bulk) : undefined;
    if (bulkBody) writers.push(bulkBody);
    for (const change of changes) {
      feed.write(`${changeLine(change)}\n`);
      if (bulkBody) for (const line of esBulkLines(change, recordLine, options.esIndex)) bulkBody.write(`${line}\n`);
      count++;
    }
  } catch (error) {
    for (const writer of writers) writer.abort();
    throw error;
  }
  for (const writer of writers) writer.commit();
  return { files, changes: count };
}
