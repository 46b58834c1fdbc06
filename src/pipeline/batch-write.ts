/**
 * The batch reduce and the writing of the records, streamed: the batch works from the batch
 * table (src/batch/batch-table.ts: what it reads of each live document, kept in SQLite), and
 * each record is built once from its documents, loaded back from the state one cluster at a
 * time (pass 1: its id, its bytes to a spool file, the rest a row of `batch.records`), then
 * written in id order from the spool (pass 2; renamed from its spooled line if its id changed). What the
 * state takes of the run (records, the record each input fed, changes) waits in batch tables
 * until it is committed. Memory holds typed arrays of the batch's size and one cluster's
 * documents, never a summary per document.
 */
import { opendirSync, unlinkSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { paged, PAGE_SIZE, signatureBlob, signatureOf, type BatchTable } from '../batch/batch-table.js';
import { clusterTable, singletons } from '../batch/canonicalize/cluster-table.js';
import { mergeDocuments } from '../batch/canonicalize/merge.js';
import { withoutTemplate } from '../batch/repeated/repeated-blocks.js';
import { templateCountsOf } from '../batch/repeated/template-counts.js';
import type { PipelineConfig } from '../config/pipeline-config.js';
import type { ExtractedDoc, FailedDoc } from '../core/extracted.js';
import { sha256Hex } from '../core/hash.js';
import { reasonOf } from '../core/messages.js';
import { minhash } from '../core/minhash.js';
import type { ArticleRecord } from '../core/record.js';
import type { StageStats } from '../core/stage.js';
import { writeChangeFeed, type FeedFormat } from '../feed/change-feed.js';
import { openFileAtomic, writeFileAtomic } from '../output/atomic-write.js';
import { RecordSpool, type SpoolEntry } from '../output/record-spool.js';
import { serializeRecord, validateRecord, type WriteResult } from '../output/records-writer.js';
import { assignIds, RECORDS_SCHEMA } from '../state/identity.js';
import type { Change, StateStore } from '../state/store.js';
import { addDoc, addRecord, type BatchTotals, type RecordChanges } from './run-summary.js';

const sourceId = (s: { path: string; origin: { kind: string; line?: number; offset?: number } }) =>
  `${s.path}\0${s.origin.kind}\0${s.origin.line ?? ''}\0${s.origin.offset ?? ''}`;

export interface BatchWriteInput {
  /** Every live document, sorted by path; the batch's tables are added to it. */
  table: BatchTable;
  /** The stored document of a key, under the source the batch gives it. */
  load: (key: string, source: ExtractedDoc['source']) => ExtractedDoc;
  config: PipelineConfig;
  dedupe: boolean;
  stats: StageStats;
  state: StateStore;
  runId: number;
  outDir: string;
  prune: boolean;
  formats: FeedFormat[];
  esIndex?: string;
  /** Record failures are added here. */
  failed: FailedDoc[];
  gone: string[];
  goneContainers: string[];
}

export interface BatchWriteResult {
  totals: BatchTotals;
  written: WriteResult;
  recordChanges: RecordChanges;
  /** Record ids and sizes of the files written (for the unchanged-run check). */
  files: { id: string; bytes: number }[];
  batchMs: number;
  writeMs: number;
}

/** A record made ready to write: validated and serialised, with the hash the state keeps. */
interface Prepared {
  id: string;
  contentHash: string;
  url: string | null;
  pretty: string;
  line: string;
  recordHash: string;
  removedKinds: string[];
}

/** What pass 1 keeps of a valid record (JSON in `batch.records.spooled`): its bytes in the spool and the rest of it. */
type Spooled = { entry: SpoolEntry; meta: Omit<Prepared, 'pretty' | 'line'> };

/** Validates and serialises a record under its final id; throws when it does not match the schema. */
function prepare(built: ArticleRecord, id: string): Prepared {
  const record = validateRecord(built.id === id ? built : { ...built, id });
  const line = serializeRecord(record, false);
  return {
    id,
    contentHash: record.contentHash,
    url: record.url,
    pretty: serializeRecord(record, true),
    line,
    // The hash of the line written. (A record as built serialises as it does after the schema's
    // parse, so this is the hash the state kept when it hashed the record as built.)
    recordHash: sha256Hex(line),
    removedKinds: record.removed.map((r) => r.kind),
  };
}

export function batchAndWrite(input: BatchWriteInput): BatchWriteResult {
  const { table, config, state } = input;
  const batchStart = performance.now();
  const size = table.sort();

  // Pass 1: clusters, template blocks, each record built once (spooled) and its id.
  const canonicalize = input.dedupe && config.batch.includes('canonicalize');
  const clusters = canonicalize ? clusterTable(table, config.thresholds.nearDuplicate) : singletons(size);
  const repeated = config.batch.includes('repeated') && config.kinds.repeated !== false;
  const minDocs = config.thresholds.repeatedMinDocs;
  const template = repeated ? templateCountsOf(table, clusters, minDocs) : undefined;
  /** A cluster's record as built: its documents (loaded, then without their template blocks) and the record. */
  const build = (cluster: number) => {
    const keys = new Map<string, string>();
    const members = clusters.members(cluster);
    const docs = members.map((i) => {
      const { key, source } = table.doc(i);
      keys.set(sourceId(source), key);
      return input.load(key, source);
    });
    // A document with no template key keeps every block: it is not read again.
    const current = template ? docs.map((d, j) => (template.inDocs.has(members[j]!) ? withoutTemplate(d, template.seenIn, minDocs) : d)) : docs;
    return { docs, current, record: mergeDocuments(current), keys };
  };
  const spool = new RecordSpool(path.join(input.outDir, `records.spool.${process.pid}.tmp`));
  try {
    state.db.exec(RECORDS_SCHEMA);
    const insert = state.db.prepare(
      `INSERT INTO batch.records (cluster, id, content_hash, url, signature, keys, spooled, invalid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let repeatedBlocks = 0;
    state.db.transaction(() => {
      for (let c = 0; c < clusters.count; c++) {
        const { docs, current, record, keys } = build(c);
        for (const d of current) for (const r of d.removed) if (r.kind === 'repeated') repeatedBlocks++;
        let spooled: Spooled | undefined;
        let invalid: string | undefined;
        try {
          const { pretty, line, ...meta } = prepare(record, record.id);
          spooled = { entry: spool.append([pretty, line]), meta };
        } catch (error) {
          invalid = reasonOf(error);
        }
        // Every document's signature is the MinHash of its text.
        const signature = docs.find((d) => d.text === record.text)?.signature ?? minhash(record.text);
        const recordKeys = record.sources.map((s) => keys.get(sourceId(s))).filter((k): k is string => k !== undefined);
        insert.run(c, record.id, record.contentHash, record.url, signatureBlob(signature), JSON.stringify(recordKeys), spooled ? JSON.stringify(spooled) : null, invalid ?? null);
      }
    })();
    if (repeated) input.stats.count('repeated', 'blocks', repeatedBlocks);
    input.stats.count('canonicalize', 'merged-sources', size - clusters.count);

    // Two groups can still share an id (same URL, texts too different to merge): keep both, apart.
    // Then the batch in id order (ids are hex, so SQL's order is localeCompare's), ties in order of the id's first cluster.
    state.db.exec(`
      UPDATE batch.records SET batch_id = CASE WHEN id IN (SELECT id FROM batch.records GROUP BY id HAVING count(*) > 1) THEN substr(content_hash, 1, 16) ELSE id END;
      CREATE TABLE batch.batch_order (cluster INTEGER PRIMARY KEY, bidx INTEGER NOT NULL);
      INSERT INTO batch.batch_order (cluster, bidx)
        SELECT r.cluster, row_number() OVER (ORDER BY r.batch_id, f.first, r.cluster) - 1
        FROM batch.records r JOIN (SELECT id, min(cluster) AS first FROM batch.records GROUP BY id) f ON f.id = r.id;
      UPDATE batch.records SET bidx = (SELECT o.bidx FROM batch.batch_order o WHERE o.cluster = records.cluster);
      DROP TABLE batch.batch_order;
      CREATE UNIQUE INDEX batch.records_bidx ON records (bidx);
    `);
    assignIds(state, clusters.count, { threshold: config.thresholds.nearDuplicate, dedupe: input.dedupe && config.batch.includes('canonicalize') });
    state.db.exec(`CREATE INDEX batch.records_final ON records (final_id, bidx)`);
    const batchMs = performance.now() - batchStart;
    return writeInIdOrder({ input, spool, batchMs });
  } finally {
    spool.dispose();
  }
}

/** A row of `batch.records` as pass 2 reads it. */
interface RecordRow {
  cluster: number;
  id: string;
  final_id: string;
  bidx: number;
  content_hash: string;
  url: string | null;
  signature: Buffer;
  keys: string;
  spooled: string | null;
  invalid: string | null;
}

/** The staging tables of what the state takes of the run, committed at the end. */
const STAGING_SCHEMA = `
CREATE TABLE batch.input_records (key TEXT PRIMARY KEY, id TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE batch.live_ids (id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE batch.upserts (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, content_hash TEXT NOT NULL, record_hash TEXT NOT NULL, url TEXT, signature BLOB NOT NULL, sources TEXT NOT NULL);
CREATE TABLE batch.changes (seq INTEGER PRIMARY KEY, op TEXT NOT NULL, id TEXT NOT NULL, content_hash TEXT NOT NULL, url TEXT);
CREATE TABLE batch.deletes (id TEXT PRIMARY KEY) WITHOUT ROWID;
`;

/** The rows of a staging table in `seq` (or `key`, `id`) order, a page at a time. */
function staged<R>(state: StateStore, columns: string, from: string, order: string): Iterable<R> {
  const first = state.db.prepare(`SELECT ${columns} FROM ${from} ORDER BY ${order} LIMIT ${PAGE_SIZE}`);
  const next = state.db.prepare(`SELECT ${columns} FROM ${from} WHERE ${order} > ? ORDER BY ${order} LIMIT ${PAGE_SIZE}`);
  return paged(() => first.all() as R[], (last) => next.all((last as Record<string, unknown>)[order]) as R[]);
}

/** Pass 2, in id order: each record from the spool (built again only when its id changed), validated, written; what changed noted. */
function writeInIdOrder(p: { input: BatchWriteInput; spool: RecordSpool; batchMs: number }): BatchWriteResult {
  const { input } = p;
  const { table, state } = input;
  const { db } = state;
  const writeStart = performance.now();
  const dir = path.join(input.outDir, 'records');
  mkdirSync(dir, { recursive: true });
  const jsonl = path.join(input.outDir, 'records.jsonl');
  const jsonlFile = openFileAtomic(jsonl);
  const written: WriteResult = { written: 0, unchanged: 0, deleted: 0 };
  db.exec(STAGING_SCHEMA);
  const setInputRecord = db.prepare(`INSERT INTO batch.input_records (key, id) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET id = excluded.id`);
  const addLive = db.prepare(`INSERT OR IGNORE INTO batch.live_ids (id) VALUES (?)`);
  const isLive = db.prepare(`SELECT 1 FROM batch.live_ids WHERE id = ?`).pluck();
  const addUpsert = db.prepare(`INSERT INTO batch.upserts (id, content_hash, record_hash, url, signature, sources) VALUES (?, ?, ?, ?, ?, ?)`);
  const addChange = db.prepare(`INSERT INTO batch.changes (op, id, content_hash, url) VALUES (?, ?, ?, ?)`);
  const recordCounts = { added: 0, updated: 0, unchanged: 0, deleted: 0 };
  const files: { id: string; bytes: number }[] = [];
  const totals: BatchTotals = { extracted: 0, lowConfidence: [], records: 0, removed: {} };
  /**
   * The record of a batch entry under its final id: as pass 1 spooled it, renamed when two
   * groups shared the id pass 1 gave it (the written line, with the other id, is that record).
   */
  const preparedOf = (r: RecordRow): Prepared => {
    if (r.spooled !== null) {
      const { entry, meta } = JSON.parse(r.spooled) as Spooled;
      const [pretty, line] = p.spool.read(entry);
      if (r.id === r.final_id) return { ...meta, pretty: pretty!, line: line! };
      return prepare({ ...(JSON.parse(line!) as ArticleRecord), id: r.final_id }, r.final_id);
    }
    // Pass 1 found the record does not match the schema: not written, under any id.
    throw new Error(r.invalid ?? `batch: record of cluster ${r.cluster} neither spooled nor invalid`);
  };
  const columns = 'cluster, id, final_id, bidx, content_hash, url, signature, keys, spooled, invalid';
  const first = db.prepare(`SELECT ${columns} FROM batch.records ORDER BY final_id, bidx LIMIT ${PAGE_SIZE}`);
  const next = db.prepare(`SELECT ${columns} FROM batch.records WHERE (final_id, bidx) > (?, ?) ORDER BY final_id, bidx LIMIT ${PAGE_SIZE}`);
  // One transaction for the staging rows (they go to the batch's temporary database only).
  const stage = db.transaction(() => {
    for (const r of paged(() => first.all() as RecordRow[], (last) => next.all(last.final_id, last.bidx) as RecordRow[])) {
      const keys = JSON.parse(r.keys) as string[];
      let record: Prepared;
      try {
        record = preparedOf(r);
      } catch (error) {
        // A record that does not match the schema is not written: its inputs fail with the reason.
        for (const key of keys) {
          const source = table.sourceOfKey(key);
          table.markInvalid(key);
          if (source) input.failed.push({ source, failure: { stage: 'record', reason: reasonOf(error) }, messages: [] });
        }
        continue;
      }
      const { pretty, line, recordHash } = record;
      const file = path.join(dir, `${record.id}.json`);
      if (existsSync(file) && readFileSync(file, 'utf8') === pretty) written.unchanged++;
      else {
        // Not fsynced one by one: a record file short after a power loss differs from its bytes
        // and is rewritten by the next run; records.jsonl and the state are flushed.
        writeFileAtomic(file, pretty, { durable: false });
        written.written++;
      }
      files.push({ id: record.id, bytes: Buffer.byteLength(pretty) });
      jsonlFile.write(`${line}\n`);
      addRecord(totals, record.removedKinds);

      const before = state.record(record.id);
      for (const key of keys) setInputRecord.run(key, record.id);
      addLive.run(record.id);
      if (before && !before.deleted && before.recordHash === recordHash) {
        recordCounts.unchanged++;
        continue;
      }
      const op = before && !before.deleted ? 'update' : 'add';
      recordCounts[op === 'add' ? 'added' : 'updated']++;
      addChange.run(op, record.id, record.contentHash, record.url);
      addUpsert.run(record.id, record.contentHash, recordHash, record.url, r.signature, r.keys);
    }
  });
  try {
    stage();
  } catch (error) {
    jsonlFile.abort();
    throw error;
  }
  jsonlFile.commit();
  if (input.prune) {
    const listing = opendirSync(dir);
    try {
      for (let entry = listing.readSync(); entry; entry = listing.readSync()) {
        const name = entry.name;
        if (name.endsWith('.json') && isLive.get(name.slice(0, -5)) === undefined) {
          unlinkSync(path.join(dir, name));
          written.deleted++;
        }
      }
    } finally {
      listing.closeSync();
    }
  }

  db.exec(`
    INSERT INTO batch.deletes (id) SELECT id FROM main.records WHERE deleted = 0 AND id NOT IN (SELECT id FROM batch.live_ids);
    INSERT INTO batch.changes (op, id, content_hash, url)
      SELECT 'delete', r.id, r.content_hash, r.url FROM main.records r JOIN batch.deletes d ON d.id = r.id ORDER BY r.rowid;
  `);
  recordCounts.deleted = db.prepare(`SELECT count(*) FROM batch.deletes`).pluck().get() as number;

  // The state, then the feed (whose changes the state keeps until then).
  type Upsert = { id: string; content_hash: string; record_hash: string; url: string | null; signature: Buffer; sources: string };
  type Staged = { seq: number; op: Change['op']; id: string; content_hash: string; url: string | null };
  const upserts = staged<Upsert & { seq: number }>(state, 'seq, id, content_hash, record_hash, url, signature, sources', 'batch.upserts', 'seq');
  const changes = staged<Staged>(state, 'seq, op, id, content_hash, url', 'batch.changes', 'seq');
  state.commitRun({
    runId: input.runId,
    upserts: mapped(upserts, (u) => ({ id: u.id, contentHash: u.content_hash, recordHash: u.record_hash, url: u.url, signature: signatureOf(u.signature), sources: JSON.parse(u.sources) as string[] })),
    deletes: mapped(staged<{ id: string }>(state, 'id', 'batch.deletes', 'id'), (d) => d.id),
    inputRecords: mapped(staged<{ key: string; id: string }>(state, 'key, id', 'batch.input_records', 'key'), (r): [string, string] => [r.key, r.id]),
    goneInputs: input.gone,
    goneContainers: input.goneContainers,
    changes: mapped(changes, (c) => ({ op: c.op, id: c.id, contentHash: c.content_hash, url: c.url })),
  });
  // A record's line for the bulk body is read back from its file, so no record waits in memory for the feed.
  const recordLine = (id: string) => {
    const file = path.join(dir, `${id}.json`);
    return existsSync(file) ? JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))) : undefined;
  };
  const feed = writeChangeFeed(input.outDir, state.pendingChanges(), recordLine, { formats: input.formats, esIndex: input.esIndex });
  state.clearPendingChanges();

  for (const doc of table.valid()) addDoc(totals, doc);
  return { totals, written, recordChanges: { ...recordCounts, feed: feed.changes }, files, batchMs: p.batchMs, writeMs: performance.now() - writeStart };
}

function* mapped<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}
