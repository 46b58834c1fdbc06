/**
 * The canonical record winnow writes: one per article, however many dumps fed it.
 * The zod schema is the single source of truth: records are validated against it before
 * they are written, and `schema/record.schema.json` is generated from it.
 */
import { z } from 'zod';
import { BOILERPLATE_KINDS } from './kinds.js';

export const removalSchema = z.strictObject({
  kind: z.enum(BOILERPLATE_KINDS),
  rule: z.string().min(1),
  text: z.string(),
  /** Index into the record's `sources` of the dump this was cut from. */
  source: z.number().int().min(0),
});

export const sourceSchema = z.strictObject({
  path: z.string().min(1),
  format: z.enum(['html', 'markdown', 'text']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().min(0),
  charset: z.string(),
  origin: z.strictObject({
    kind: z.enum(['file', 'jsonl', 'warc', 'stdin']),
    line: z.number().int().positive().optional(),
    offset: z.number().int().min(0).optional(),
  }),
});

export const recordSchema = z.strictObject({
  id: z.string().regex(/^[0-9a-f]{16}$/),
  url: z.string().nullable(),
  title: z.string().nullable(),
  byline: z.string().nullable(),
  authors: z.array(z.string()),
  /** ISO 8601: a date, or a date-time with offset. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/).nullable(),
  site: z.string().nullable(),
  /** BCP 47 language tag. */
  language: z.string().nullable(),
  text: z.string(),
  wordCount: z.number().int().min(0),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Why the record should not be trusted blindly (too little text found), or null. */
  lowConfidence: z.string().nullable(),
  sources: z.array(sourceSchema).min(1),
  removed: z.array(removalSchema),
});

export type ArticleRecord = z.infer<typeof recordSchema>;
export type RecordSource = z.infer<typeof sourceSchema>;
export type RecordRemoval = z.infer<typeof removalSchema>;
