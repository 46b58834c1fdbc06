/**
 * The batch reduce and the writing of the records, streamed: the batch works from a compact
 * summary of each live document (its source, metadata, MinHash signature, the key of its
 * text and the keys of its template candidates), and each record is built once from its
 * documents, loaded back from the state one cluster at a time (pass 1: its id, its bytes
 * to a spool file), then written in id order from the spool (pass 2; built again only if
 * its id changed). Memory holds the summaries and one cluster's documents, never every
 * text at once.
 */
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, unlinkSync, writeSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { clusterDocuments } from '../batch/canonicalize/cluster.js';
import type { DocSummary } from '../batch/doc-summary.js';
import { mergeDocuments } from '../batch/canonicalize/merge.js';
import { countTemplateKeys, withoutTemplate } from '../batch/repeated/repeated-blocks.js';
import type { PipelineConfig } from '../config/pipeline-config.js';
import type { ExtractedDoc, FailedDoc } from '../core/extracted.js';
import { sha256Hex } from '../core/hash.js';
import { reasonOf } from '../core/messages.js';
import { minhash } from '../core/minhash.js';
import type { ArticleRecord } from '../core/record.js';
import type { StageStats } from '../core/stage.js';
import { writeChangeFeed, type FeedFormat } from '../feed/change-feed.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { RecordSpool, type SpoolEntry } from '../output/record-spool.js';
import { serializeRecord, validateRecord, type WriteResult } from '../output/records-writer.js';
import { assignIds, type IdentityResult } from '../state/identity.js';
import type { Change, RecordRow, StateStore } from '../state/store.js';
import { addDoc, addRecord, type BatchTotals, type RecordChanges } from './run-summary.js';

const sourceId = (s: { path: string; origin: { kind: string; line?: number; offset?: number } }) =>
  `${s.path}\0${s.origin.kind}\0${s.origin.line ?? ''}\0${s.origin.offset ?? ''}`;

export interface BatchWriteInput {
  /** Every live document, sorted by path. */
  summaries: DocSummary[];
  /** The stored document of a summary (its source as the summary has it). */
  load: (summary: DocSummary) => ExtractedDoc;
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

/** Validates and serialises a record under its final id; throws when it does not match the schema. */
function prepare(built: ArticleRecord, id: string): Prepared {
  const withId = built.id === id ? built : { ...built, id };
  const record = validateRecord(withId);
  return {
    id,
    contentHash: record.contentHash,
    url: record.url,
    pretty: serializeRecord(record, true),
    line: serializeRecord(record, false),
    // The hash of the record as built (before the schema's parse), as the state has always kept it.
    recordHash: sha256Hex(serializeRecord(withId, false)),
    removedKinds: record.removed.map((r) => r.kind),
  };
}

interface CompactRecord {
  cluster: number;
  id: string;
  contentHash: string;
  url: string | null;
  signature: number[];
  keys: string[];
  /** The record as built in pass 1, under `id`: its bytes in the spool, or why it is not valid. */
  spooled: { entry: SpoolEntry; meta: Omit<Prepared, 'pretty' | 'line'> } | { invalid: string };
}

export function batchAndWrite(input: BatchWriteInput): BatchWriteResult {
  const { summaries, config, state } = input;
  const batchStart = performance.now();
  const keyBySource = new Map<string, string>();
  for (const s of summaries) keyBySource.set(sourceId(s.source), s.key);

  // Pass 1: clusters, template blocks, each record built once (spooled) and its id.
  const canonicalize = input.dedupe && config.batch.includes('canonicalize');
  const clusters = canonicalize ? clusterDocuments(summaries, config.thresholds.nearDuplicate) : summaries.map((_, i) => [i]);
  const repeated = config.batch.includes('repeated') && config.kinds.repeated !== false;
  const seenIn = repeated ? countTemplateKeys(clusters.map((cluster) => cluster.map((i) => summaries[i]!.templateKeys))) : undefined;
  const minDocs = config.thresholds.repeatedMinDocs;
  const build = (cluster: readonly number[]) => {
    const docs = cluster.map((i) => input.load(summaries[i]!));
    const current = seenIn ? docs.map((d) => withoutTemplate(d, seenIn, minDocs)) : docs;
    return { docs, current, record: mergeDocuments(current) };
  };
  const spool = new RecordSpool(path.join(input.outDir, `records.spool.${process.pid}.tmp`));
  try {
    let repeatedBlocks = 0;
    const compact: CompactRecord[] = clusters.map((cluster, c) => {
      const { docs, current, record } = build(cluster);
      for (const d of current) for (const r of d.removed) if (r.kind === 'repeated') repeatedBlocks++;
      let spooled: CompactRecord['spooled'];
      try {
        const { pretty, line, ...meta } = prepare(record, record.id);
        spooled = { entry: spool.append([pretty, line]), meta };
      } catch (error) {
        spooled = { invalid: reasonOf(error) };
      }
      return {
        cluster: c,
        id: record.id,
        contentHash: record.contentHash,
        url: record.url,
        // Every document's signature is the MinHash of its text.
        signature: docs.find((d) => d.text === record.text)?.signature ?? minhash(record.text),
        keys: record.sources.map((s) => keyBySource.get(sourceId(s))).filter((k): k is string => k !== undefined),
        spooled,
      };
    });
    if (repeated) input.stats.count('repeated', 'blocks', repeatedBlocks);
    input.stats.count('canonicalize', 'merged-sources', summaries.length - compact.length);

    // Two groups can still share an id (same URL, texts too different to merge): keep both, apart.
    const byId = new Map<string, CompactRecord[]>();
    for (const r of compact) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
    const batch = [...byId.values()]
      .flatMap((same) => (same.length === 1 ? same : same.map((r) => ({ ...r, id: r.contentHash.slice(0, 16) }))))
      .sort((a, b) => a.id.localeCompare(b.id));

    const stored = new Map<string, RecordRow>(state.records().map((r) => [r.id, r]));
    const identity = assignIds({
      records: batch,
      inputKeys: batch.map((r) => r.keys),
      priorRecord: (key) => state.input(key)?.recordId,
      stored,
      candidates: (signature) => state.candidates(signature),
      threshold: config.thresholds.nearDuplicate,
      dedupe: input.dedupe && config.batch.includes('canonicalize'),
    });
    const batchMs = performance.now() - batchStart;
    return writeInIdOrder({ input, clusters, compact, identity, stored, spool, build, batchMs });
  } finally {
    spool.dispose();
  }
}

/** Pass 2, in id order: each record from the spool (built again only when its id changed), validated, written; what changed noted. */
function writeInIdOrder(p: {
  input: BatchWriteInput;
  clusters: number[][];
  compact: CompactRecord[];
  identity: IdentityResult<CompactRecord>;
  stored: Map<string, RecordRow>;
  spool: RecordSpool;
  build: (cluster: readonly number[]) => { record: ArticleRecord };
  batchMs: number;
}): BatchWriteResult {
  const { input, identity, stored } = p;
  const { summaries, state } = input;
  const writeStart = performance.now();
  const dir = path.join(input.outDir, 'records');
  mkdirSync(dir, { recursive: true });
  const jsonl = path.join(input.outDir, 'records.jsonl');
  const jsonlTemp = `${jsonl}.${process.pid}.tmp`;
  const fd = openSync(jsonlTemp, 'w');
  const written: WriteResult = { written: 0, unchanged: 0, deleted: 0 };
  const changes: Change[] = [];
  const upserts: Parameters<StateStore['commitRun']>[0]['upserts'] = [];
  const inputRecords = new Map<string, string>();
  const live = new Set<string>();
  const recordCounts = { added: 0, updated: 0, unchanged: 0, deleted: 0 };
  const invalidKeys = new Set<string>();
  const files: { id: string; bytes: number }[] = [];
  const keepRecords = input.formats.includes('es-bulk') ? new Map<string, ArticleRecord>() : undefined;
  const totals: BatchTotals = { extracted: 0, lowConfidence: [], records: 0, removed: {} };
  const order = identity.records.map((r, i) => ({ r, i })).sort((a, b) => a.r.id.localeCompare(b.r.id));
  /** The record of a batch entry under its final id: spooled when pass 1 built it under that id. */
  const preparedOf = (r: CompactRecord): Prepared => {
    const first = p.compact[r.cluster]!;
    if (first.id === r.id && 'entry' in first.spooled) {
      const [pretty, line] = p.spool.read(first.spooled.entry);
      return { ...first.spooled.meta, pretty: pretty!, line: line! };
    }
    if (first.id === r.id && 'invalid' in first.spooled) throw new Error(first.spooled.invalid);
    return prepare(p.build(p.clusters[r.cluster]!).record, r.id);
  };
  try {
    for (const { r, i } of order) {
      let record: Prepared;
      try {
        record = preparedOf(r);
      } catch (error) {
        // A record that does not match the schema is not written: its inputs fail with the reason.
        for (const key of r.keys) {
          const doc = summaries.find((s) => s.key === key);
          invalidKeys.add(key);
          if (doc) input.failed.push({ source: doc.source, failure: { stage: 'record', reason: reasonOf(error) }, messages: [] });
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
      writeSync(fd, `${line}\n`);
      addRecord(totals, record.removedKinds);
      keepRecords?.set(record.id, JSON.parse(line) as ArticleRecord);

      const before = stored.get(record.id);
      for (const key of r.keys) inputRecords.set(key, record.id);
      live.add(record.id);
      if (before && !before.deleted && before.recordHash === recordHash) {
        recordCounts.unchanged++;
        continue;
      }
      const op = before && !before.deleted ? 'update' : 'add';
      recordCounts[op === 'add' ? 'added' : 'updated']++;
      changes.push({ op, id: record.id, contentHash: record.contentHash, url: record.url });
      const signature = identity.signatures.get(i) ?? r.signature;
      upserts.push({ id: record.id, contentHash: record.contentHash, recordHash, url: record.url, signature, sources: r.keys });
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (input.prune) {
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.json') && !live.has(name.slice(0, -5))) {
        unlinkSync(path.join(dir, name));
        written.deleted++;
      }
    }
  }
  renameSync(jsonlTemp, jsonl);

  const deletes = [...stored.values()].filter((r) => !r.deleted && !live.has(r.id)).map((r) => r.id);
  for (const id of deletes) {
    const row = stored.get(id)!;
    changes.push({ op: 'delete', id, contentHash: row.contentHash, url: row.url });
  }
  recordCounts.deleted = deletes.length;

  // The state, then the feed (whose changes the state keeps until then).
  state.commitRun({ runId: input.runId, upserts, deletes, inputRecords, goneInputs: input.gone, goneContainers: input.goneContainers, changes });
  const feed = state.pendingChanges();
  writeChangeFeed(input.outDir, feed, keepRecords ?? new Map(), { formats: input.formats, esIndex: input.esIndex });
  state.clearPendingChanges();

  for (const s of summaries) if (!invalidKeys.has(s.key)) addDoc(totals, s);
  return { totals, written, recordChanges: { ...recordCounts, feed: feed.length }, files, batchMs: p.batchMs, writeMs: performance.now() - writeStart };
}
