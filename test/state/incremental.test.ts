/**
 * Incremental runs through the real CLI, over real bench pages, with the real SQLite state:
 * an unchanged rerun extracts nothing and rewrites no record file; a changed input updates
 * its record, a new one adds, a gone one deletes; dumps of a stored article join its record
 * across runs while a rewrite of the story stays apart; the change feed says exactly that.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/core/record.js';
import { readRecords, tempDir } from '../helpers/cli.js';
import { runSync, snapshotCli } from '../cron/process.js';
import { benchIds, copyArticles, openState, readJson, readLines, requireBench } from './fixtures.js';

interface Change {
  op: 'add' | 'update' | 'delete';
  id: string;
  contentHash: string;
  url: string | null;
}

// A private copy of the CLI: a rebuild during the test would (rightly) invalidate the stored extractions.
const snap = snapshotCli();

describe('incremental runs', () => {
  let root: string;
  let input: string;
  let out: string;
  let ids: string[];
  const run = (...extra: string[]) => {
    const result = runSync(snap.cli, [input, '--out', out, '--log-level', 'warn', '--progress-interval', '0', '--pipeline', snap.pipeline, ...extra]);
    return { ...result, summary: readJson(path.join(out, 'run.json')), changes: readLines<Change>(path.join(out, 'changes.jsonl')), records: readRecords(out) };
  };
  const recordOf = (records: ArticleRecord[], file: string) => records.find((r) => r.sources.some((s) => s.path.endsWith(`/${file}`)));
  const fileTimes = () => Object.fromEntries(readdirSync(path.join(out, 'records')).map((f) => [f, statSync(path.join(out, 'records', f)).mtimeMs]));

  beforeAll(() => {
    requireBench();
    ids = benchIds().slice(0, 12);
    root = tempDir();
    input = path.join(root, 'in');
    out = path.join(root, 'out');
    copyArticles(input, ids.slice(0, 10), ['html']);
  });

  it('first run: every record is an add in the change feed', () => {
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    expect(first.summary.inputs).toMatchObject({ documents: 10, new: 10, unchanged: 0, processed: 10 });
    expect(first.records.length).toBeGreaterThan(5);
    expect(first.changes.map((c) => c.op)).toEqual(first.records.map(() => 'add'));
    expect(first.changes.map((c) => c.id).sort()).toEqual(first.records.map((r) => r.id).sort());
    for (const change of first.changes) {
      const record = first.records.find((r) => r.id === change.id)!;
      expect(change).toEqual({ op: 'add', id: record.id, contentHash: record.contentHash, url: record.url });
    }
  });

  it('unchanged rerun: no extraction, no record file rewritten, nothing in the feed, same records', () => {
    const before = { jsonl: readFileSync(path.join(out, 'records.jsonl'), 'utf8'), times: fileTimes() };
    const again = run();
    expect(again.status, again.stderr).toBe(0);
    expect(again.summary.inputs).toMatchObject({ documents: 10, unchanged: 10, new: 0, changed: 0, processed: 0 });
    expect(again.summary.records).toMatchObject({ added: 0, updated: 0, deleted: 0, written: 0 });
    expect(again.changes).toEqual([]);
    expect(readFileSync(path.join(out, 'records.jsonl'), 'utf8')).toBe(before.jsonl);
    expect(fileTimes()).toEqual(before.times);
  });

  it('a changed input updates its record (same id), a new input adds one', () => {
    const before = readRecords(out);
    const changedFile = `${ids[0]}.html`;
    const page = readFileSync(path.join(input, changedFile), 'utf8');
    // An edit a re-crawl would bring: one more paragraph in the article.
    const edited = page.replace(/<\/p>/i, '</p><p>Correction: an earlier version of this article misstated the date of the vote, which took place on Tuesday afternoon.</p>');
    expect(edited).not.toBe(page);
    writeFileSync(path.join(input, changedFile), edited);
    copyArticles(input, [ids[10]!], ['html']);

    const next = run();
    expect(next.status, next.stderr).toBe(0);
    expect(next.summary.inputs).toMatchObject({ documents: 11, new: 1, changed: 1, unchanged: 9, processed: 2 });
    const updated = recordOf(next.records, changedFile)!;
    const added = recordOf(next.records, `${ids[10]}.html`)!;
    expect(updated.id).toBe(recordOf(before, changedFile)!.id);
    expect(updated.text).toContain('misstated the date of the vote');
    const ops = Object.fromEntries(next.changes.map((c) => [c.id, c.op]));
    expect(ops[updated.id]).toBe('update');
    expect(ops[added.id]).toBe('add');
    expect(next.changes).toHaveLength(2);
  });

  it('another dump of a stored article joins its record; a rewrite of the story is a record of its own', () => {
    const before = readRecords(out);
    const target = recordOf(before, `${ids[1]}.html`)!;
    // Another format of the same article, under a new name.
    copyArticles(path.join(input, 'mirror'), [ids[1]!], ['md']);
    // The same story rewritten: every fourth word replaced, sentences in another order.
    const words = target.text.split(/\s+/);
    const rewritten = words.map((w, i) => (i % 4 === 1 ? `${w.length > 3 ? 'very' : 'so'}` : w)).join(' ').split('. ').reverse().join('. ');
    writeFileSync(path.join(input, 'rewrite.txt'), `${rewritten}\n`);

    const next = run();
    expect(next.status, next.stderr).toBe(0);
    const joined = next.records.find((r) => r.id === target.id)!;
    expect(joined.sources.map((s) => path.basename(s.path)).sort()).toEqual([`${ids[1]}.html`, `${ids[1]}.md`].sort());
    const rewrite = recordOf(next.records, 'rewrite.txt')!;
    expect(rewrite.id).not.toBe(target.id);
    expect(rewrite.sources).toHaveLength(1);
    const ops = Object.fromEntries(next.changes.map((c) => [c.id, c.op]));
    expect(ops).toEqual({ [target.id]: 'update', [rewrite.id]: 'add' });
    expect(next.records).toHaveLength(before.length + 1);
  });

  it('a re-crawl that replaces a stored dump (no URL, edited text) keeps the record id (matched by its MinHash bands in the state)', () => {
    const text = readRecords(out).find((r) => r.sources.some((s) => s.path.endsWith('rewrite.txt')))!.text;
    // A plain-text dump with no URL: its id comes from its text, which the re-crawl changes.
    writeFileSync(path.join(input, 'plain.txt'), `${text.replace(/very/, 'really')}\n\nThis story was first published elsewhere.\n`);
    const first = run();
    const original = recordOf(first.records, 'plain.txt');
    expect(original).toBeDefined();
    // plain.txt is near-identical to rewrite.txt, so they are one record already:
    expect(original!.id).toBe(recordOf(first.records, 'rewrite.txt')!.id);
    rmSync(path.join(input, 'rewrite.txt'));
    rmSync(path.join(input, 'plain.txt'));
    writeFileSync(path.join(input, 'plain-recrawl.txt'), `${text.replace(/very/, 'truly')}\n\nThis story was first published elsewhere. Updated.\n`);
    const next = run();
    expect(next.status, next.stderr).toBe(0);
    const recrawl = recordOf(next.records, 'plain-recrawl.txt')!;
    expect(recrawl.id).toBe(original!.id);
    expect(next.changes).toEqual([{ op: 'update', id: recrawl.id, contentHash: recrawl.contentHash, url: recrawl.url }]);
    expect(next.summary.inputs.gone).toBe(2);
  });

  it('a gone input deletes its record; --prune removes the record file', () => {
    const before = readRecords(out);
    const gone = recordOf(before, `${ids[2]}.html`)!;
    rmSync(path.join(input, `${ids[2]}.html`));
    const next = run();
    expect(next.status, next.stderr).toBe(0);
    expect(next.changes).toEqual([{ op: 'delete', id: gone.id, contentHash: gone.contentHash, url: gone.url }]);
    expect(next.records.map((r) => r.id)).not.toContain(gone.id);
    expect(existsSync(path.join(out, 'records', `${gone.id}.json`))).toBe(true);
    const db = openState(out);
    expect(db.prepare('SELECT deleted FROM records WHERE id = ?').get(gone.id)).toEqual({ deleted: 1 });
    db.close();

    const pruned = run('--prune');
    expect(pruned.changes).toEqual([]);
    expect(existsSync(path.join(out, 'records', `${gone.id}.json`))).toBe(false);
    expect(readdirSync(path.join(out, 'records')).sort()).toEqual(pruned.records.map((r) => `${r.id}.json`).sort());
  });

  it('--full extracts everything again and finds nothing changed; es-bulk mirrors the feed', () => {
    const before = readFileSync(path.join(out, 'records.jsonl'), 'utf8');
    const full = run('--full');
    expect(full.status, full.stderr).toBe(0);
    expect(full.summary.inputs.processed).toBe(full.summary.inputs.documents);
    expect(full.changes).toEqual([]);
    expect(readFileSync(path.join(out, 'records.jsonl'), 'utf8')).toBe(before);

    appendFileSync(path.join(input, `${ids[3]}.html`), '\n<!-- re-crawled -->\n<p>Editor’s note: this article was updated to add a response from the ministry, received on Wednesday.</p>\n');
    copyArticles(input, [ids[11]!], ['html']);
    rmSync(path.join(input, `${ids[4]}.html`));
    const bulk = run('--format', 'es-bulk', '--es-index', 'articles');
    const lines = readFileSync(path.join(out, 'changes.es-bulk.ndjson'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const expected: unknown[] = [];
    for (const change of bulk.changes) {
      if (change.op === 'delete') expected.push({ delete: { _index: 'articles', _id: change.id } });
      else expected.push({ index: { _index: 'articles', _id: change.id } }, bulk.records.find((r) => r.id === change.id));
    }
    expect(bulk.changes.map((c) => c.op).sort()).toEqual(['add', 'delete', 'update']);
    expect(lines).toEqual(expected);
    // Without the flag, a stale bulk file is not left behind.
    run();
    expect(existsSync(path.join(out, 'changes.es-bulk.ndjson'))).toBe(false);
  });

  it('keeps every run, every input and every record in the state', () => {
    const db = openState(out);
    const runs = db.prepare('SELECT status, exit_code FROM runs ORDER BY id').all() as { status: string; exit_code: number }[];
    expect(runs.length).toBe(11);
    expect(runs.every((r) => r.status === 'finished' && r.exit_code === 0)).toBe(true);
    const files = readdirSync(input, { recursive: true }).filter((f) => /\.(html|md|txt)$/.test(String(f)));
    const inputs = db.prepare(`SELECT key, sha256, size, mtime_ms, outcome, record_id FROM inputs`).all() as { key: string; record_id: string; outcome: string; sha256: string }[];
    expect(inputs.map((i) => path.relative(input, i.key)).sort()).toEqual(files.map(String).sort());
    const live = new Set(readRecords(out).map((r) => r.id));
    expect(inputs.every((i) => i.outcome === 'ok' && live.has(i.record_id) && /^[0-9a-f]{64}$/.test(i.sha256))).toBe(true);
    const bands = db.prepare(`SELECT COUNT(DISTINCT record_id) AS n FROM record_bands`).get() as { n: number };
    expect(bands.n).toBeGreaterThanOrEqual(live.size);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});
