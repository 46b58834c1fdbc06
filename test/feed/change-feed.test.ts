/**
 * The change feed written from a stream of changes: each change a line of changes.jsonl and, with
 * es-bulk, an action (and the record read by id) in the bulk body; a failure half-way leaves the
 * previous feed whole and no temporary file behind.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANGES_FILE, ES_BULK_FILE, writeChangeFeed } from '../../src/feed/change-feed.js';
import type { Change } from '../../src/state/store.js';

const outDir = () => mkdtempSync(path.join(os.tmpdir(), 'winnow-feed-'));
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
const CHANGES: Change[] = [
  { op: 'add', id: 'a1', contentHash: 'h1', url: 'https://news.example/a1' },
  { op: 'update', id: 'b1', contentHash: 'h2', url: null },
  { op: 'update', id: 'b2', contentHash: 'h3', url: null },
  { op: 'delete', id: 'c1', contentHash: 'h4', url: null },
];
const RECORDS: Record<string, string> = { a1: '{"id":"a1","text":"First."}', b1: '{"id":"b1","text":"Second."}' };

describe('writeChangeFeed', () => {
  it('writes one line per change and, for es-bulk, an index action with the record or a delete when the record is gone', () => {
    const dir = outDir();
    const result = writeChangeFeed(dir, CHANGES, (id) => RECORDS[id], { formats: ['jsonl', 'es-bulk'], esIndex: 'articles' });
    expect(result).toEqual({ files: [path.join(dir, CHANGES_FILE), path.join(dir, ES_BULK_FILE)], changes: 4 });
    expect(lines(path.join(dir, CHANGES_FILE))).toEqual(CHANGES.map(({ op, id, contentHash, url }) => ({ op, id, contentHash, url })));
    expect(lines(path.join(dir, ES_BULK_FILE))).toEqual([
      { index: { _index: 'articles', _id: 'a1' } },
      { id: 'a1', text: 'First.' },
      { index: { _index: 'articles', _id: 'b1' } },
      { id: 'b1', text: 'Second.' },
      // Updated, but its record file is gone by now: the index must not keep it.
      { delete: { _index: 'articles', _id: 'b2' } },
      { delete: { _index: 'articles', _id: 'c1' } },
    ]);
  });

  it('writes the changes as they come: the file grows while the state still hands changes over', () => {
    const dir = outDir();
    const temp = path.join(dir, `${CHANGES_FILE}.${process.pid}.tmp`);
    let bytesOnDiskMidway = -1;
    function* many(): Generator<Change> {
      for (let k = 0; k < 5000; k++) {
        if (k === 4000) bytesOnDiskMidway = statSync(temp).size;
        yield { op: 'add', id: `id${String(k).padStart(5, '0')}`, contentHash: 'h', url: null };
      }
    }
    const result = writeChangeFeed(dir, many(), () => undefined, { formats: ['jsonl'] });
    expect(result.changes).toBe(5000);
    // 4000 lines of some 60 bytes went out before the last change was read.
    expect(bytesOnDiskMidway).toBeGreaterThan(100_000);
    const written = readFileSync(path.join(dir, CHANGES_FILE), 'utf8').split('\n').filter(Boolean);
    expect(written).toHaveLength(5000);
    expect(JSON.parse(written.at(-1)!)).toMatchObject({ id: 'id04999' });
  });

  it('keeps the previous feed whole when the changes fail half-way, and leaves no temporary file', () => {
    const dir = outDir();
    writeFileSync(path.join(dir, CHANGES_FILE), '{"op":"add","id":"old"}\n');
    function* failing(): Generator<Change> {
      yield CHANGES[0]!;
      throw new Error('state unreadable');
    }
    expect(() => writeChangeFeed(dir, failing(), () => undefined, { formats: ['jsonl', 'es-bulk'] })).toThrow('state unreadable');
    expect(readFileSync(path.join(dir, CHANGES_FILE), 'utf8')).toBe('{"op":"add","id":"old"}\n');
    expect(readdirSync(dir).sort()).toEqual([CHANGES_FILE]);
  });

  it('removes a bulk body an earlier run asked for when this run does not', () => {
    const dir = outDir();
    writeFileSync(path.join(dir, ES_BULK_FILE), 'stale\n');
    writeChangeFeed(dir, [], () => undefined, { formats: ['jsonl'] });
    expect(existsSync(path.join(dir, ES_BULK_FILE))).toBe(false);
    expect(readFileSync(path.join(dir, CHANGES_FILE), 'utf8')).toBe('');
  });
});
