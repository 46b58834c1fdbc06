/**
 * Generates `schema/record.schema.json`, the published JSON Schema of winnow's records, from
 * the zod schema in src/core/record.ts (zod 4's z.toJSONSchema). Run after changing it:
 *   npx tsx scripts/record-schema.ts
 * test/cron/schema.test.ts fails when the committed file differs from what this generates.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { recordSchema } from '../src/core/record.js';

export const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'record.schema.json');

export function recordJsonSchemaText(): string {
  const schema = z.toJSONSchema(recordSchema, { target: 'draft-2020-12' });
  const published = {
    $schema: schema.$schema,
    title: 'winnow record',
    description: 'One canonical article record written by winnow (records/<id>.json and each line of records.jsonl).',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, recordJsonSchemaText());
  process.stdout.write(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}\n`);
}
