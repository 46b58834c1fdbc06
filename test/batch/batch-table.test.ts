/**
 * The batch table: live documents kept in SQLite, numbered in path order, clustered and
 * their template keys counted there, with the same outcome as the in-memory functions.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { BatchTable, signatureBlob, signatureOf } from '../../src/batch/batch-table.js';
import { clusterDocuments } from '../../src/batch/canonicalize/cluster.js';
import { clusterTable, singletons } from '../../src/batch/canonicalize/cluster-table.js';
import { briefOf, byPath } from '../../src/batch/doc-summary.js';
import { countTemplateKeys, templateKeysOf } from '../../src/batch/repeated/repeated-blocks.js';
import { templateCountsOf } from '../../src/batch/repeated/template-counts.js';
import type { ExtractedDoc } from '../../src/core/extracted.js';
import { extracted, OTHER_STORY, STORY, STORY_REDUMPED, STORY_REWRITTEN } from '../helpers/stage-context.js';

const THRESHOLD = 0.8;
const TEMPLATE = 'Subscribe to the Harbour Ledger for the morning briefing.';
let open: BatchTable[] = [];

function tableOf(docs: readonly ExtractedDoc[]): BatchTable {
  const table = new BatchTable(new Database(':memory:'));
  open.push(table);
  table.joining(() => docs.forEach((d, i) => table.join(`key-${i}`, briefOf(d))));
  return table;
}

/** The clusters as lists of the members' paths. */
const pathsOf = (table: BatchTable, clusters: ReturnType<typeof clusterTable>) =>
  Array.from({ length: clusters.count }, (_, c) => clusters.members(c).map((i) => table.doc(i).source.path));

afterEach(() => {
  for (const t of open) t.db.close();
  open = [];
});

describe('BatchTable', () => {
  it('numbers documents in path order, line order within a path, and keeps a key joined twice once', () => {
    const table = new BatchTable(new Database(':memory:'));
    open.push(table);
    const a = extracted({ path: 'b/story.md', paragraphs: STORY });
    const b = extracted({ path: 'a/other.md', paragraphs: OTHER_STORY });
    table.join('k1', briefOf(a));
    table.join('k2', briefOf(b), { ...b.source, path: 'c/renamed.md' });
    table.join('k3', briefOf(b));
    table.join('k1', briefOf(a), { ...a.source, path: 'd/moved.md' });
    expect(table.sort()).toBe(3);
    expect([0, 1, 2].map((i) => [table.doc(i).key, table.doc(i).source.path])).toEqual([
      ['k3', 'a/other.md'],
      ['k2', 'c/renamed.md'],
      ['k1', 'd/moved.md'],
    ]);
    expect(table.sourceOfKey('k2')?.path).toBe('c/renamed.md');
  });

  it('keeps signatures exactly (32-bit words)', () => {
    const signature = [0, 1, 0xffffffff, 123456789];
    expect(signatureOf(signatureBlob(signature))).toEqual(signature);
    expect(signatureOf(signatureBlob([]))).toEqual([]);
  });

  it('leaves out documents whose record was not valid when totals are taken', () => {
    const table = tableOf([extracted({ path: 'a.md', paragraphs: STORY }), extracted({ path: 'b.md', paragraphs: OTHER_STORY })]);
    table.sort();
    table.markInvalid('key-0');
    expect([...table.valid()].map((d) => d.source.path)).toEqual(['b.md']);
  });
});

describe('clusterTable', () => {
  it('finds the clusters clusterDocuments finds: URL, same text, near-duplicate, apart when rewritten or a bad canonical link', () => {
    const docs = [
      extracted({ path: 'a.txt', paragraphs: STORY, meta: { url: 'https://www.harbourledger.example/news/quay/?utm_source=rss' } }),
      extracted({ path: 'b.txt', paragraphs: OTHER_STORY, meta: { url: 'https://harbourledger.example/' } }),
      extracted({ path: 'c.txt', paragraphs: STORY.slice(0, 3), meta: { url: 'http://harbourledger.example/news/quay#top' } }),
      extracted({ path: 'd.md', paragraphs: OTHER_STORY }),
      extracted({ path: 'e.md', paragraphs: STORY_REDUMPED }),
      extracted({ path: 'f.md', paragraphs: STORY_REWRITTEN, meta: { url: 'https://harbourledger.example/' } }),
      extracted({ path: 'g.md', paragraphs: [] }),
      extracted({ path: 'h.md', paragraphs: [] }),
    ];
    const table = tableOf(docs);
    const expected = clusterDocuments([...docs].sort(byPath), THRESHOLD).map((c) => c.map((i) => docs[i]!.source.path));
    expect(pathsOf(table, clusterTable(table, THRESHOLD))).toEqual(expected);
    expect(expected).toEqual([['a.txt', 'c.txt', 'e.md'], ['b.txt', 'd.md'], ['f.md'], ['g.md'], ['h.md']]);
  });

  it('puts every document alone without canonicalize', () => {
    const table = tableOf([extracted({ path: 'a.md', paragraphs: STORY }), extracted({ path: 'b.md', paragraphs: STORY })]);
    expect(pathsOf(table, singletons(table.sort()))).toEqual([['a.md'], ['b.md']]);
  });
});

describe('templateCountsOf', () => {
  it('counts a key once per cluster and returns only the keys at or over the bar', () => {
    const page = (path: string, paragraphs: string[]) => extracted({ path, paragraphs: [...paragraphs, TEMPLATE], meta: { url: `https://harbourledger.example/${path}` } });
    // d.md carries the same line on another site: there it is no template.
    const elsewhere = extracted({ path: 'd.md', paragraphs: [...OTHER_STORY, TEMPLATE], meta: { url: 'https://quillmoor.example/d.md' } });
    const docs = [page('a.md', STORY), page('a2.md', STORY), page('b.md', OTHER_STORY), page('c.md', STORY_REWRITTEN), elsewhere];
    const table = tableOf(docs);
    const clusters = clusterTable(table, THRESHOLD);
    const inMemory = countTemplateKeys(
      Array.from({ length: clusters.count }, (_, c) => clusters.members(c).map((i) => templateKeysOf(docs.find((d) => d.source.path === table.doc(i).source.path)!))),
    );
    const { seenIn: counted, inDocs } = templateCountsOf(table, clusters, 3);
    expect(counted.size).toBeGreaterThan(0);
    expect([...counted]).toEqual([...inMemory].filter(([, n]) => n >= 3).sort(([a], [b]) => (a < b ? -1 : 1)));
    expect([...counted.values()]).toEqual([3]);
    // The documents the template can take a block from.
    expect([...inDocs].map((i) => table.doc(i).source.path).sort()).toEqual(['a.md', 'a2.md', 'b.md', 'c.md']);
  });
});
