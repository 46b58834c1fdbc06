/**
 * The change feed of a run: `changes.jsonl`, one line per record added, updated or deleted
 * (`{"op","id","contentHash","url"}`), so an indexer upserts only what changed; with
 * `--format es-bulk` also `changes.es-bulk.ndjson`, the same changes as an Elasticsearch /
 * OpenSearch `_bulk` body. Changes are kept in the state until the feed is written, so a
 * run killed in between hands its changes to the next run's feed (at-least-once).
 */
import { existsSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import type { ArticleRecord } from '../core/record.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import type { Change } from '../state/store.js';
import { esBulkBody } from './es-bulk.js';

export const CHANGES_FILE = 'changes.jsonl';
export const ES_BULK_FILE = 'changes.es-bulk.ndjson';

export type FeedFormat = 'jsonl' | 'es-bulk';

export interface FeedOptions {
  formats: readonly FeedFormat[];
  /** `_index` of each bulk action; omitted when the index is given in the `_bulk` URL. */
  esIndex?: string;
}

const ORDER = { add: 0, update: 1, delete: 2 } as const;

export function sortChanges(changes: readonly Change[]): Change[] {
  return [...changes].sort((a, b) => ORDER[a.op] - ORDER[b.op] || a.id.localeCompare(b.id));
}

export function changeLine(change: Change): string {
  return JSON.stringify({ op: change.op, id: change.id, contentHash: change.contentHash, url: change.url });
}

/** Writes the feed files; returns the files written. */
export function writeChangeFeed(outDir: string, changes: readonly Change[], records: ReadonlyMap<string, ArticleRecord>, options: FeedOptions): string[] {
  const sorted = sortChanges(changes);
  const files = [path.join(outDir, CHANGES_FILE)];
  writeFileAtomic(files[0]!, sorted.map((c) => `${changeLine(c)}\n`).join(''));
  const bulk = path.join(outDir, ES_BULK_FILE);
  if (options.formats.includes('es-bulk')) {
    writeFileAtomic(bulk, esBulkBody(sorted, records, options.esIndex));
    files.push(bulk);
  } else if (existsSync(bulk)) {
    unlinkSync(bulk); // stale: from an earlier run asked for it
  }
  return files;
}
