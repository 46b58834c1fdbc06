/** The published record schema is the one generated from the zod schema, and records follow it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordJsonSchemaText, SCHEMA_FILE } from '../../scripts/record-schema.js';
import { REPO } from '../helpers/cli.js';

describe('schema/record.schema.json', () => {
  it('is what scripts/record-schema.ts generates (run `npx tsx scripts/record-schema.ts` after changing src/core/record.ts)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(recordJsonSchemaText());
  });

  it('requires exactly the fields the committed records have', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as { required: string[]; additionalProperties: boolean; properties: Record<string, unknown> };
    const first = JSON.parse(readFileSync(path.join(REPO, 'output', 'records.jsonl'), 'utf8').split('\n')[0]!) as Record<string, unknown>;
    expect([...schema.required].sort()).toEqual(Object.keys(first).sort());
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(first).sort());
    expect(schema.additionalProperties).toBe(false);
  });
});
