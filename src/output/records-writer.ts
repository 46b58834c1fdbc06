/**
 * What a record is written as: validated against the record schema, then `records/<id>.json`
 * (pretty) and a line of `records.jsonl`. The batch writer (pipeline/batch-write.ts) writes them.
 */
import { recordSchema, type ArticleRecord } from '../core/record.js';
import { describeIssues } from '../config/pipeline-config.js';

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
