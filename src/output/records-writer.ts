/**
 * Writes the records: `records/<id>.json` (pretty) and `records.jsonl` (one per line),
 * each validated against the record schema first. Unchanged files are not rewritten. With
 * `prune`, record files of articles no longer produced are removed, so the folder mirrors
 * the run; without it they stay (the state marks those records deleted).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { recordSchema, type ArticleRecord } from '../core/record.js';
import { describeIssues } from '../config/pipeline-config.js';
import { writeFileAtomic } from './atomic-write.js';

export interface WriteResult {
  written: number;
  unchanged: number;
  deleted: number;
}

export function validateRecord(record: ArticleRecord): ArticleRecord {
  const parsed = recordSchema.safeParse(record);
  if (!parsed.success) throw new Error(`record ${record.id} does not match the schema: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

export function serializeRecord(record: ArticleRecord, pretty: boolean): string {
  return pretty ? `${JSON.stringify(record, null, 2)}\n` : JSON.stringify(record);
}

export interface WriteOptions {
  /** Remove record files of records not in `records` (default true). */
  prune?: boolean;
  /** The records were validated already (validateRecord): do not parse them again. */
  validated?: boolean;
}

export function writeRecords(outDir: string, records: readonly ArticleRecord[], options: WriteOptions = {}): WriteResult {
  const dir = path.join(outDir, 'records');
  mkdirSync(dir, { recursive: true });
  const result: WriteResult = { written: 0, unchanged: 0, deleted: 0 };
  const ids = new Set<string>();
  for (const record of options.validated ? records : records.map(validateRecord)) {
    ids.add(record.id);
    const file = path.join(dir, `${record.id}.json`);
    const data = serializeRecord(record, true);
    if (existsSync(file) && readFileSync(file, 'utf8') === data) {
      result.unchanged++;
      continue;
    }
    // Not fsynced one by one: a record file short after a power loss differs from its bytes
    // and is rewritten by the next run; records.jsonl and the state are flushed.
    writeFileAtomic(file, data, { durable: false });
    result.written++;
  }
  for (const name of options.prune === false ? [] : readdirSync(dir)) {
    if (name.endsWith('.json') && !ids.has(name.slice(0, -5))) {
      unlinkSync(path.join(dir, name));
      result.deleted++;
    }
  }
  writeFileAtomic(path.join(outDir, 'records.jsonl'), records.map((r) => `${serializeRecord(r, false)}\n`).join(''));
  return result;
}
