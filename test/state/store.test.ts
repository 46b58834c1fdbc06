/**
 * The state store on its own: an extracted document goes in packed with its brief, and the
 * batch reads the brief without unpacking; a state file written before briefs were kept
 * gains the column in place and still yields briefs (from its documents).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { briefOf } from '../../src/batch/doc-summary.js';
import { packDoc } from '../../src/state/doc-codec.js';
import { StateStore } from '../../src/state/store.js';
import { extracted, STORY } from '../helpers/stage-context.js';

const stateFile = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'winnow-store-')), 'state.sqlite');
const row = (key: string, runId: number) => ({
  key,
  container: key,
  size: 10,
  mtimeMs: 1,
  sha256: 'ab',
  fingerprint: `fp-${key}`,
  pipeline: 'p',
  outcome: 'ok' as const,
  stage: null,
  reason: null,
  seenRun: runId,
});

describe('StateStore', () => {
  const doc = extracted({ path: 'a.html', paragraphs: [STORY[0]!, STORY[1]!], meta: { url: 'https://news.example/a' } });

  it('keeps a packed document with its brief; the brief comes back without the document', () => {
    const file = stateFile();
    const state = new StateStore(file);
    const runId = state.beginRun(new Date(0), 'p');
    state.putInput(row('/in/a.html', runId), { ok: true, doc: { brief: briefOf(doc), packed: packDoc(doc) } }, runId);
    state.flush();
    expect(state.brief('/in/a.html')).toEqual(JSON.parse(JSON.stringify(briefOf(doc))));
    expect(state.briefsOf('/in/a.html').map((r) => [r.key, r.brief?.meta.url])).toEqual([['/in/a.html', 'https://news.example/a']]);
    expect(state.doc('/in/a.html')?.text).toBe(doc.text);
    expect(state.packedByFingerprint('fp-/in/a.html', 'p')?.brief.textKey).toBe(briefOf(doc).textKey);
    expect(state.packedByFingerprint('fp-/in/a.html', 'other pipeline')).toBeUndefined();
    state.close();
  });

  it('opens a state written before briefs were kept: the column is added, briefs come from the documents', () => {
    const file = stateFile();
    new StateStore(file).close();
    const db = new Database(file);
    db.exec('ALTER TABLE inputs DROP COLUMN summary');
    db.prepare(
      `INSERT INTO inputs (key, container, size, mtime_ms, sha256, fingerprint, pipeline, outcome, doc, seen_run, extracted_run)
       VALUES ('/in/a.html', '/in/a.html', 10, 1, 'ab', 'fp', 'p', 'ok', ?, 1, 1)`,
    ).run(packDoc(doc));
    db.close();

    const state = new StateStore(file);
    const columns = state.db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('inputs')`).all().map((c) => c.name);
    expect(columns).toContain('summary');
    expect(state.brief('/in/a.html')).toEqual(JSON.parse(JSON.stringify(briefOf(doc))));
    state.close();
  });

  it('marks an unchanged container seen on its own row: its inputs are not unseen, and their rows (with the documents) are not written', () => {
    const file = stateFile();
    const state = new StateStore(file);
    const first = state.beginRun(new Date(0), 'p');
    for (const key of ['/in/a.html', '/in/b.html']) {
      state.putInput(row(key, first), { ok: true, doc: { brief: briefOf(doc), packed: packDoc(doc) } }, first);
      state.putContainer({ path: key, size: 10, mtimeMs: 1, complete: true, failures: 0, pipeline: 'p' }, first);
    }
    state.flush();
    const second = state.beginRun(new Date(1), 'p');
    state.markContainerSeen('/in/a.html', second);
    state.flush();
    expect(state.unseenInputs(second).map((r) => r.key)).toEqual(['/in/b.html']);
    // The inputs' own rows are as the first run left them.
    expect(state.allInputs().map((r) => [r.key, r.seenRun])).toEqual([
      ['/in/a.html', first],
      ['/in/b.html', first],
    ]);
    state.close();
  });

  it('opens a state written before containers kept the run that saw them unchanged: the column is added', () => {
    const file = stateFile();
    new StateStore(file).close();
    const db = new Database(file);
    db.exec('ALTER TABLE containers DROP COLUMN seen_run');
    db.close();
    const state = new StateStore(file);
    const runId = state.beginRun(new Date(0), 'p');
    state.putInput(row('/in/a.html', runId), { ok: true, doc: { brief: briefOf(doc), packed: packDoc(doc) } }, runId);
    state.putContainer({ path: '/in/a.html', size: 10, mtimeMs: 1, complete: true, failures: 0, pipeline: 'p' }, runId);
    state.flush();
    const next = state.beginRun(new Date(1), 'p');
    expect(state.unseenInputs(next).map((r) => r.key)).toEqual(['/in/a.html']);
    state.markContainerSeen('/in/a.html', next);
    state.flush();
    expect(state.unseenInputs(next)).toEqual([]);
    state.close();
  });
});

describe('StateStore pending changes', () => {
  const change = (op: 'add' | 'update' | 'delete', id: string) => ({ op, id, contentHash: `h-${id}`, url: null });
  const commit = (state: StateStore, runId: number, changes: ReturnType<typeof change>[]) =>
    state.commitRun({ runId, upserts: [], deletes: [], inputRecords: [], goneInputs: [], goneContainers: [], changes });

  it('hands the changes over in the feed order: adds, updates, deletes, each by id; an unpublished add stays an add', () => {
    const state = new StateStore(stateFile());
    expect(state.hasPendingChanges()).toBe(false);
    const first = state.beginRun(new Date(0), 'p');
    commit(state, first, [change('delete', '00000000000000c1'), change('update', '00000000000000b2'), change('add', '00000000000000a2'), change('update', '00000000000000b1')]);
    // The run was killed before its feed: the next run's changes join them.
    const second = state.beginRun(new Date(1), 'p');
    commit(state, second, [change('add', '00000000000000a1'), change('update', '00000000000000a2')]);
    expect(state.hasPendingChanges()).toBe(true);
    expect([...state.pendingChanges()].map((c) => `${c.op} ${c.id}`)).toEqual([
      'add 00000000000000a1',
      'add 00000000000000a2',
      'update 00000000000000b1',
      'update 00000000000000b2',
      'delete 00000000000000c1',
    ]);
    state.clearPendingChanges();
    expect(state.hasPendingChanges()).toBe(false);
    state.close();
  });
});
