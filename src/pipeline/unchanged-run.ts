/**
 * An unchanged rerun: every input file unchanged since the last finished run, none gone,
 * none outside this run's arguments, no change feed pending, the same pipeline, options and
 * working folder, and the record files still in place. The batch would then reduce the same
 * documents into the same records, so it is not run: the run loads no stored document and
 * rewrites no record. What the summary needs of the batch is kept in the state with the
 * key of the documents it reduced.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { StateStore } from '../state/store.js';
import type { BatchTotals } from './run-summary.js';

const META_KEY = 'last-batch';

export interface BatchSnapshot {
  key: string;
  /** The pipeline fingerprint the batch ran with (its rule packs compiled then). */
  pipeline: string;
  totals: BatchTotals;
  files: { id: string; bytes: number }[];
  /** Stage counts of the batch (repeated blocks, merged sources). */
  batchStats: { repeated?: number; merged: number };
}

/** The key of the batch's input: every stored input with its fingerprint and outcome, and what else shapes the records. */
export function batchKey(state: StateStore, parts: { pipeline: string; dedupe: boolean; prune: boolean }): string {
  // The hash of JSON.stringify({ ...parts, cwd, rows: [[key, fingerprint, outcome, pipeline], ...] }), fed row by row.
  const hash = createHash('sha256');
  const head = JSON.stringify({ ...parts, cwd: process.cwd(), rows: [] });
  hash.update(head.slice(0, -2));
  let first = true;
  for (const r of state.inputFingerprints()) {
    hash.update(`${first ? '' : ','}${JSON.stringify([r.key, r.fingerprint, r.outcome, r.pipeline])}`);
    first = false;
  }
  return hash.update(']}').digest('hex');
}

/** The pipeline fingerprint of the last finished batch, if one is kept. */
export function lastBatchPipeline(state: StateStore): string | undefined {
  const raw = state.getMeta(META_KEY);
  return raw ? (JSON.parse(raw) as Partial<BatchSnapshot>).pipeline : undefined;
}

export function saveSnapshot(state: StateStore, snapshot: BatchSnapshot | undefined): void {
  state.setMeta(META_KEY, snapshot && JSON.stringify(snapshot));
}

/** The snapshot of the last batch when it still holds for `key` and the record files are in place. */
export function unchangedSnapshot(state: StateStore, key: string, outDir: string, prune: boolean): BatchSnapshot | undefined {
  const raw = state.getMeta(META_KEY);
  if (!raw) return undefined;
  const snapshot = JSON.parse(raw) as BatchSnapshot;
  if (snapshot.key !== key) return undefined;
  try {
    statSync(path.join(outDir, 'records.jsonl'));
    const dir = path.join(outDir, 'records');
    const names = new Set(readdirSync(dir).filter((n) => n.endsWith('.json')));
    for (const f of snapshot.files) {
      if (!names.has(`${f.id}.json`) || statSync(path.join(dir, `${f.id}.json`)).size !== f.bytes) return undefined;
    }
    if (prune && names.size !== snapshot.files.length) return undefined;
  } catch {
    return undefined;
  }
  return snapshot;
}
