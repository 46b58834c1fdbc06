/** The batch's record spool: bytes appended in one order come back intact in any other, and the file goes at the end. */
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordSpool } from '../../src/output/record-spool.js';

describe('RecordSpool', () => {
  it('reads back each entry, multi-byte text included, in any order', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'winnow-spool-')), 'records.spool.1.tmp');
    const spool = new RecordSpool(file);
    const a = spool.append(['{\n  "title": "Zürich – größer"\n}\n', '{"title":"Zürich – größer"}']);
    const b = spool.append(['{"id":"b"}', '']);
    expect(spool.read(b)).toEqual(['{"id":"b"}', '']);
    expect(spool.read(a)).toEqual(['{\n  "title": "Zürich – größer"\n}\n', '{"title":"Zürich – größer"}']);
    spool.dispose();
    expect(existsSync(file)).toBe(false);
  });
});
