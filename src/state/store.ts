/**
 * The state of an output folder: an embedded SQLite file (WAL mode) beside the records that
 * remembers every input seen (path, size, mtime, sha256, the record it fed, its outcome, its
 * extracted document packed, and the document's brief for the batch), every record (id, content hash, MinHash signature and LSH band
 * keys, sources), every run (start, end, counts, exit status) and the changes not yet
 * published in a change feed. Every write is a transaction: a killed run leaves the state
 * as it was after its last commit, and the next run takes over from there.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { briefOf, type DocBrief } from '../batch/doc-summary.js';
import { ConfigError } from '../config/pipeline-config.js';
import type { ExtractedDoc, FailedDoc } from '../core/extracted.js';
import { bandKeys } from '../core/minhash.js';
import { packDoc, unpackDoc } from './doc-codec.js';
import { paged, PAGE_SIZE } from '../batch/batch-table.js';

export const STATE_VERSION = 1;

export interface InputRow {
  key: string;
  container: string;
  size: number;
  mtimeMs: number;
  sha256: string;
  fingerprint: string;
  pipeline: string;
  /** `excluded`: read and understood, no article in it (a final outcome, like `ok`). */
  outcome: 'ok' | 'failed' | 'excluded';
  stage: string | null;
  reason: string | null;
  recordId: string | null;
  seenRun: number;
}

export interface ContainerRow {
  path: string;
  size: number;
  mtimeMs: number;
  complete: boolean;
  failures: number;
  pipeline: string;
}

export interface RecordRow {
  id: string;
  contentHash: string;
  recordHash: string;
  url: string | null;
  signature: number[];
  deleted: boolean;
}

export type ChangeOp = 'add' | 'update' | 'delete';

export interface Change {
  op: ChangeOp;
  id: string;
  contentHash: string;
  url: string | null;
}

export interface RunCounts {
  [what: string]: number | string | undefined;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL,
  exit_code INTEGER,
  pipeline TEXT NOT NULL,
  counts TEXT
);
CREATE TABLE IF NOT EXISTS containers (
  path TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  mtime_ms REAL NOT NULL,
  complete INTEGER NOT NULL,
  failures INTEGER NOT NULL,
  pipeline TEXT NOT NULL,
  run_id INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS inputs (
  key TEXT PRIMARY KEY,
  container TEXT NOT NULL,
  size INTEGER NOT NULL,
  mtime_ms REAL NOT NULL,
  sha256 TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  pipeline TEXT NOT NULL,
  outcome TEXT NOT NULL,
  stage TEXT,
  reason TEXT,
  doc BLOB,
  record_id TEXT,
  seen_run INTEGER NOT NULL,
  extracted_run INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS inputs_container ON inputs (container);
CREATE INDEX IF NOT EXISTS inputs_fingerprint ON inputs (fingerprint);
CREATE TABLE IF NOT EXISTS records (
  id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL,
  record_hash TEXT NOT NULL,
  url TEXT,
  signature TEXT NOT NULL,
  sources TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  first_run INTEGER NOT NULL,
  updated_run INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS records_content ON records (content_hash);
CREATE TABLE IF NOT EXISTS record_bands (band TEXT NOT NULL, record_id TEXT NOT NULL, PRIMARY KEY (band, record_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS record_bands_record ON record_bands (record_id);
CREATE TABLE IF NOT EXISTS pending_changes (
  id TEXT PRIMARY KEY,
  op TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  url TEXT,
  run_id INTEGER NOT NULL
);
`;

/** Columns added after version 1 shipped: added in place to an older state file (NULL in its rows). */
const ADDED_COLUMNS: { table: string; column: string; type: string }[] = [
  { table: 'inputs', column: 'summary', type: 'TEXT' },
  // The last run that found the container unchanged (its inputs count as seen by that run).
  { table: 'containers', column: 'seen_run', type: 'INTEGER' },
];

export interface FailedPayload {
  messages: ExtractedDoc['messages'];
  /** An excluded document whole, so an unchanged input can report it without a read. */
  excluded?: FailedDoc;
}

/**
 * An extracted document as the state takes it: packed where it was extracted (doc-codec),
 * with its brief. The source inside the packed document is the one of the input it was
 * first extracted for; readers take the source from the brief.
 */
export interface PackedDoc {
  brief: DocBrief;
  packed: Uint8Array;
}

/** What is stored of an input's outcome. */
export type StoredOutcome = { ok: true; doc: PackedDoc } | { ok: false; messages: FailedPayload['messages']; excluded?: FailedDoc };

interface RawInput {
  key: string;
  container: string;
  size: number;
  mtime_ms: number;
  sha256: string;
  fingerprint: string;
  pipeline: string;
  outcome: 'ok' | 'failed' | 'excluded';
  stage: string | null;
  reason: string | null;
  record_id: string | null;
  seen_run: number;
}

/** The columns of an input row without its document (which the batch loads one at a time). */
const INPUT_COLUMNS = 'key, container, size, mtime_ms, sha256, fingerprint, pipeline, outcome, stage, reason, record_id, seen_run';

interface PackedRow {
  doc: Buffer | null;
  summary: string | null;
}

const briefOfRow = (r: PackedRow): DocBrief | undefined =>
  r.summary ? (JSON.parse(r.summary) as DocBrief) : r.doc ? briefOf(unpackDoc<ExtractedDoc>(r.doc)) : undefined;

const packedOf = (r: PackedRow & { doc: Buffer }): PackedDoc => ({ brief: briefOfRow(r)!, packed: r.doc });

/** The doc and summary columns of an outcome. */
function storedColumns(outcome: StoredOutcome): { doc: Uint8Array | null; summary: string | null } {
  if (outcome.ok) {
    // Bytes moved from a worker arrive as a plain Uint8Array: SQLite binds a Buffer view of them (no copy).
    const { packed } = outcome.doc;
    return { doc: Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength), summary: JSON.stringify(outcome.doc.brief) };
  }
  const { messages, excluded } = outcome;
  return { doc: excluded ? packDoc({ messages, excluded }) : messages.length ? packDoc({ messages }) : null, summary: null };
}

const toInput = (r: RawInput): InputRow => ({
  key: r.key,
  container: r.container,
  size: r.size,
  mtimeMs: r.mtime_ms,
  sha256: r.sha256,
  fingerprint: r.fingerprint,
  pipeline: r.pipeline,
  outcome: r.outcome,
  stage: r.stage,
  reason: r.reason,
  recordId: r.record_id,
  seenRun: r.seen_run,
});

export class StateStore {
  readonly db: Database.Database;
  private pending: (() => void)[] = [];
  /** Statements by their SQL: each is prepared once per store. */
  private statements = new Map<string, Database.Statement>();

  constructor(readonly file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      this.db = new Database(file, { timeout: 10_000 });
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      const check = this.db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`damaged (${String(check)})`);
      this.db.exec(SCHEMA);
      this.addMissingColumns();
    } catch (error) {
      throw new ConfigError(`state file ${file} is not usable: ${(error as Error).message}; move it away to start afresh`);
    }
    const version = this.db.prepare<[], { value: string }>(`SELECT value FROM meta WHERE key = 'version'`).get();
    if (!version) this.db.prepare(`INSERT INTO meta (key, value) VALUES ('version', ?)`).run(String(STATE_VERSION));
    else if (Number(version.value) !== STATE_VERSION) throw new ConfigError(`state file ${file} has version ${version.value}; this winnow reads version ${STATE_VERSION}`);
  }

  close(): void {
    this.flush();
    this.db.close();
  }

  private addMissingColumns(): void {
    for (const { table, column, type } of ADDED_COLUMNS) {
      const columns = this.db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`).all();
      if (!columns.some((c) => c.name === column)) this.db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
    }
  }

  /** The prepared statement of `text` (prepared on first use). */
  private sql<P extends unknown[] | object = unknown[], R = unknown>(text: string): Database.Statement<P, R> {
    let statement = this.statements.get(text);
    if (!statement) this.statements.set(text, (statement = this.db.prepare(text)));
    return statement as unknown as Database.Statement<P, R>;
  }

  // ---- runs ----

  beginRun(startedAt: Date, pipeline: string): number {
    // A run that never finished (killed) is marked so; its checkpoints stay.
    this.sql(`UPDATE runs SET status = 'killed' WHERE status = 'running'`).run();
    const info = this.sql(`INSERT INTO runs (started_at, status, pipeline) VALUES (?, 'running', ?)`).run(startedAt.toISOString(), pipeline);
    return Number(info.lastInsertRowid);
  }

  finishRun(id: number, status: string, exitCode: number, counts: RunCounts): void {
    this
      .sql(`UPDATE runs SET finished_at = ?, status = ?, exit_code = ?, counts = ? WHERE id = ?`)
      .run(new Date().toISOString(), status, exitCode, JSON.stringify(counts), id);
  }

  runs(): { id: number; status: string; exitCode: number | null; counts: RunCounts | null }[] {
    return this
      .sql<[], { id: number; status: string; exit_code: number | null; counts: string | null }>(`SELECT id, status, exit_code, counts FROM runs ORDER BY id`)
      .all()
      .map((r) => ({ id: r.id, status: r.status, exitCode: r.exit_code, counts: r.counts ? (JSON.parse(r.counts) as RunCounts) : null }));
  }

  // ---- containers and inputs ----

  container(file: string): ContainerRow | undefined {
    const r = this
      .sql<[string], { path: string; size: number; mtime_ms: number; complete: number; failures: number; pipeline: string }>(`SELECT * FROM containers WHERE path = ?`)
      .get(file);
    return r && { path: r.path, size: r.size, mtimeMs: r.mtime_ms, complete: r.complete === 1, failures: r.failures, pipeline: r.pipeline };
  }

  input(key: string): InputRow | undefined {
    const r = this.sql<[string], RawInput>(`SELECT ${INPUT_COLUMNS} FROM inputs WHERE key = ?`).get(key);
    return r && toInput(r);
  }

  /** The extracted document stored for an input (its source as first extracted: see PackedDoc). */
  doc(key: string): ExtractedDoc | undefined {
    const r = this.sql<[string], { doc: Buffer | null }>(`SELECT doc FROM inputs WHERE key = ? AND outcome = 'ok'`).get(key);
    return r?.doc ? unpackDoc<ExtractedDoc>(r.doc) : undefined;
  }

  /** The stored document of an input as it was stored, packed, with its brief. */
  packedDoc(key: string): PackedDoc | undefined {
    const r = this.sql<[string], PackedRow>(`SELECT doc, summary FROM inputs WHERE key = ? AND outcome = 'ok'`).get(key);
    return r?.doc ? packedOf(r as PackedRow & { doc: Buffer }) : undefined;
  }

  /** A stored extraction of the same bytes and hints under the same pipeline, under any key. */
  packedByFingerprint(fingerprint: string, pipeline: string): PackedDoc | undefined {
    const r = this.sql<[string, string], PackedRow>(`SELECT doc, summary FROM inputs WHERE fingerprint = ? AND pipeline = ? AND outcome = 'ok' LIMIT 1`).get(fingerprint, pipeline);
    return r?.doc ? packedOf(r as PackedRow & { doc: Buffer }) : undefined;
  }

  /** The brief of an input's stored document (see PackedDoc), unpacking the document only for a state written before briefs were kept. */
  brief(key: string): DocBrief | undefined {
    const r = this.sql<[string], PackedRow>(`SELECT doc, summary FROM inputs WHERE key = ? AND outcome = 'ok'`).get(key);
    return r ? briefOfRow(r) : undefined;
  }

  /** The inputs of a container with the briefs of their stored documents. */
  briefsOf(container: string): (InputRow & { brief?: DocBrief })[] {
    return this.sql<[string], RawInput & PackedRow>(`SELECT ${INPUT_COLUMNS}, doc, summary FROM inputs WHERE container = ? ORDER BY key`)
      .all(container)
      .map((r) => ({ ...toInput(r), brief: r.outcome === 'ok' ? briefOfRow(r) : undefined }));
  }

  /** The inputs of a container without their documents (keys, outcomes). */
  inputRowsOf(container: string): InputRow[] {
    return this.sql<[string], RawInput>(`SELECT ${INPUT_COLUMNS} FROM inputs WHERE container = ? ORDER BY key`).all(container).map(toInput);
  }

  /** The excluded document stored for an input (see FailedPayload). */
  excludedDoc(key: string): FailedDoc | undefined {
    const r = this.sql<[string], { doc: Buffer | null }>(`SELECT doc FROM inputs WHERE key = ? AND outcome = 'excluded'`).get(key);
    return r?.doc ? unpackDoc<FailedPayload>(r.doc).excluded : undefined;
  }

  getMeta(key: string): string | undefined {
    return this.sql<[string], { value: string }>(`SELECT value FROM meta WHERE key = ?`).get(key)?.value;
  }

  setMeta(key: string, value: string | undefined): void {
    if (value === undefined) this.sql(`DELETE FROM meta WHERE key = ?`).run(key);
    else this.sql(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(key, value);
  }

  /** Inputs not seen by this run (neither stored by it nor in a container it found unchanged), without their documents. */
  unseenInputs(runId: number): InputRow[] {
    return this.sql<[number, number], RawInput>(
      `SELECT ${INPUT_COLUMNS} FROM inputs WHERE seen_run <> ? AND container NOT IN (SELECT path FROM containers WHERE seen_run = ?) ORDER BY key`,
    )
      .all(runId, runId)
      .map(toInput);
  }

  allInputs(): InputRow[] {
    return this.sql<[], RawInput>(`SELECT ${INPUT_COLUMNS} FROM inputs ORDER BY key`).all().map(toInput);
  }

  /** Every input's key, fingerprint, outcome and pipeline in key order, read a page at a time. */
  *inputFingerprints(): Generator<Pick<InputRow, 'key' | 'fingerprint' | 'outcome' | 'pipeline'>> {
    type Row = Pick<InputRow, 'key' | 'fingerprint' | 'outcome' | 'pipeline'>;
    const columns = 'SELECT key, fingerprint, outcome, pipeline FROM inputs';
    const first = this.sql<[], Row>(`${columns} ORDER BY key LIMIT ${PAGE_SIZE}`);
    const next = this.sql<[string], Row>(`${columns} WHERE key > ? ORDER BY key LIMIT ${PAGE_SIZE}`);
    yield* paged(() => first.all(), (last) => next.all(last.key));
  }

  /** Queues an input's outcome; it is committed with the next `flush`. */
  putInput(row: Omit<InputRow, 'recordId'>, outcome: StoredOutcome, extractedRun: number): void {
    const { doc, summary } = storedColumns(outcome);
    this.pending.push(() =>
      this.sql(
        `INSERT INTO inputs (key, container, size, mtime_ms, sha256, fingerprint, pipeline, outcome, stage, reason, doc, summary, seen_run, extracted_run)
         VALUES (@key, @container, @size, @mtimeMs, @sha256, @fingerprint, @pipeline, @outcome, @stage, @reason, @doc, @summary, @seenRun, @extractedRun)
         ON CONFLICT (key) DO UPDATE SET container = excluded.container, size = excluded.size, mtime_ms = excluded.mtime_ms,
           sha256 = excluded.sha256, fingerprint = excluded.fingerprint, pipeline = excluded.pipeline, outcome = excluded.outcome,
           stage = excluded.stage, reason = excluded.reason, doc = excluded.doc, summary = excluded.summary, seen_run = excluded.seen_run,
           extracted_run = excluded.extracted_run`,
      ).run({ ...row, doc, summary, extractedRun }),
    );
  }

  /** Queues: the inputs of a container were seen by this run (no read needed). */
  /**
   * An unchanged container: all its inputs are seen by this run. Marked on the container's own
   * row: updating each input's row would rewrite its stored document, so an unchanged rerun
   * would write the whole state again.
   */
  markContainerSeen(container: string, runId: number): void {
    this.pending.push(() => this.sql(`UPDATE containers SET seen_run = ? WHERE path = ?`).run(runId, container));
  }

  /** Queues the container's fingerprint; `complete` when every input in it was read and stored. */
  putContainer(row: ContainerRow, runId: number): void {
    this.pending.push(() =>
      this
        .sql(
          `INSERT INTO containers (path, size, mtime_ms, complete, failures, pipeline, run_id) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, complete = excluded.complete,
             failures = excluded.failures, pipeline = excluded.pipeline, run_id = excluded.run_id`,
        )
        .run(row.path, row.size, row.mtimeMs, row.complete ? 1 : 0, row.failures, row.pipeline, runId),
    );
  }

  pendingWrites(): number {
    return this.pending.length;
  }

  /** Commits the queued writes in one transaction. */
  flush(): void {
    if (!this.pending.length) return;
    const writes = this.pending;
    this.pending = [];
    this.db.transaction(() => {
      for (const write of writes) write();
    })();
  }

  // ---- records ----

  records(): RecordRow[] {
    return this
      .sql<[], { id: string; content_hash: string; record_hash: string; url: string | null; signature: string; deleted: number }>(
        `SELECT id, content_hash, record_hash, url, signature, deleted FROM records`,
      )
      .all()
      .map((r) => ({ id: r.id, contentHash: r.content_hash, recordHash: r.record_hash, url: r.url, signature: JSON.parse(r.signature) as number[], deleted: r.deleted === 1 }));
  }

  /** The stored records (deleted ones too) with a content hash. */
  recordsWithHash(contentHash: string): string[] {
    return this.sql<[string], string>(`SELECT id FROM records WHERE content_hash = ?`).pluck().all(contentHash);
  }

  /** A stored record's MinHash signature (deleted records too). */
  recordSignature(id: string): number[] | undefined {
    const r = this.sql<[string], string>(`SELECT signature FROM records WHERE id = ?`).pluck().get(id);
    return r === undefined ? undefined : (JSON.parse(r) as number[]);
  }

  /** A stored record without its signature. */
  record(id: string): Omit<RecordRow, 'signature'> | undefined {
    const r = this.sql<[string], { id: string; content_hash: string; record_hash: string; url: string | null; deleted: number }>(
      `SELECT id, content_hash, record_hash, url, deleted FROM records WHERE id = ?`,
    ).get(id);
    return r && { id: r.id, contentHash: r.content_hash, recordHash: r.record_hash, url: r.url, deleted: r.deleted === 1 };
  }

  /** Stored records sharing an LSH band with the signature (near-duplicate candidates). */
  candidates(signature: readonly number[]): string[] {
    const keys = bandKeys(signature);
    if (!keys.length) return [];
    const stmt = this.sql<[string], { record_id: string }>(`SELECT record_id FROM record_bands WHERE band = ?`);
    const ids = new Set<string>();
    for (const key of keys) for (const r of stmt.all(key)) ids.add(r.record_id);
    return [...ids].sort();
  }

  /**
   * Commits the outcome of a run in one transaction: records (with signatures and band keys),
   * the record each input fed, inputs gone, and the changes to publish.
   */
  commitRun(input: {
    runId: number;
    upserts: Iterable<{ id: string; contentHash: string; recordHash: string; url: string | null; signature: number[]; sources: string[] }>;
    deletes: Iterable<string>;
    /** Input key and the record it fed; a key given twice keeps the last. */
    inputRecords: Iterable<[string, string]>;
    goneInputs: string[];
    goneContainers: string[];
    changes: Iterable<Change>;
  }): void {
    const upsertRecord = this.sql(
      `INSERT INTO records (id, content_hash, record_hash, url, signature, sources, deleted, first_run, updated_run)
       VALUES (@id, @contentHash, @recordHash, @url, @signature, @sources, 0, @runId, @runId)
       ON CONFLICT (id) DO UPDATE SET content_hash = excluded.content_hash, record_hash = excluded.record_hash, url = excluded.url,
         signature = excluded.signature, sources = excluded.sources, deleted = 0, updated_run = excluded.updated_run`,
    );
    const dropBands = this.sql(`DELETE FROM record_bands WHERE record_id = ?`);
    const addBand = this.sql(`INSERT OR IGNORE INTO record_bands (band, record_id) VALUES (?, ?)`);
    const markDeleted = this.sql(`UPDATE records SET deleted = 1, updated_run = ? WHERE id = ?`);
    const setRecord = this.sql(`UPDATE inputs SET record_id = ? WHERE key = ?`);
    const dropInput = this.sql(`DELETE FROM inputs WHERE key = ?`);
    const dropContainer = this.sql(`DELETE FROM containers WHERE path = ?`);
    const prior = this.sql<[string], { op: ChangeOp }>(`SELECT op FROM pending_changes WHERE id = ?`);
    const putChange = this.sql(
      `INSERT INTO pending_changes (id, op, content_hash, url, run_id) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET op = excluded.op, content_hash = excluded.content_hash, url = excluded.url, run_id = excluded.run_id`,
    );
    this.flush();
    this.db.transaction(() => {
      for (const r of input.upserts) {
        upsertRecord.run({ ...r, signature: JSON.stringify(r.signature), sources: JSON.stringify(r.sources), runId: input.runId });
        dropBands.run(r.id);
        for (const band of bandKeys(r.signature)) addBand.run(band, r.id);
      }
      for (const id of input.deletes) markDeleted.run(input.runId, id);
      for (const [key, id] of input.inputRecords) setRecord.run(id, key);
      for (const key of input.goneInputs) dropInput.run(key);
      for (const file of input.goneContainers) dropContainer.run(file);
      for (const change of input.changes) {
        // An 'add' not yet published stays an 'add' when the record changes again.
        const before = prior.get(change.id)?.op;
        const op = before === 'add' && change.op === 'update' ? 'add' : change.op;
        putChange.run(change.id, op, change.contentHash, change.url, input.runId);
      }
    })();
  }

  /** The changes not yet published, in the feed's order (adds, updates, deletes; each by id), read as they are consumed. */
  *pendingChanges(): Generator<Change> {
    const rows = this.sql<[], { op: ChangeOp; id: string; content_hash: string; url: string | null }>(
      `SELECT id, op, content_hash, url FROM pending_changes ORDER BY CASE op WHEN 'add' THEN 0 WHEN 'update' THEN 1 ELSE 2 END, id`,
    );
    for (const r of rows.iterate()) yield { op: r.op, id: r.id, contentHash: r.content_hash, url: r.url };
  }

  hasPendingChanges(): boolean {
    return this.sql(`SELECT 1 FROM pending_changes LIMIT 1`).get() !== undefined;
  }

  /** After the change feed is written: those changes are published. */
  clearPendingChanges(): void {
    this.sql(`DELETE FROM pending_changes`).run();
  }
}
