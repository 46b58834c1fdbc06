/**
 * Record identity across runs. The batch reduce groups this run's documents (the stored ones
 * of unchanged inputs included) into records; this step gives each record the id it had:
 *  1. the record its inputs fed last time (the one most of them fed);
 *  2. else, a stored record no input claims any more with the same text (exact hash first),
 *     or a near-duplicate text: MinHash resemblance at the pipeline's threshold, candidates
 *     found through the LSH band keys kept in the state — a re-crawl or another dump of a
 *     stored article updates that record instead of adding one;
 *  3. else the id the record was given from its URL or text.
 * A rewrite of a story resembles its source far less than a re-dump does, so it stays apart.
 *
 * The batch's records are rows of the batch table `batch.records` (see RECORDS_SCHEMA), read
 * and written by their batch index; the ids claimed so far are a table too, so memory holds
 * one byte per record, whatever the size of the batch or of the state.
 */
import { sha256Hex } from '../core/hash.js';
import { resemblance } from '../core/minhash.js';
import { signatureOf } from '../batch/batch-table.js';
import type { StateStore } from './store.js';

/**
 * The records of a batch: `id` as built, `batch_id` once records sharing an id are told apart,
 * `bidx` their place in id order, `final_id` the id assigned here; `keys` the state keys of
 * each record's inputs (JSON), in the order of its sources.
 */
export const RECORDS_SCHEMA = `
CREATE TABLE batch.records (cluster INTEGER PRIMARY KEY, id TEXT NOT NULL, content_hash TEXT NOT NULL, url TEXT, signature BLOB NOT NULL,
  keys TEXT NOT NULL, spooled TEXT, invalid TEXT, batch_id TEXT, bidx INTEGER, final_id TEXT);
CREATE TABLE batch.claimed (id TEXT PRIMARY KEY) WITHOUT ROWID;
`;

export interface IdentityOptions {
  threshold: number;
  /** Near-duplicate joining across runs (off with --no-dedupe). */
  dedupe: boolean;
}

interface Row {
  batch_id: string;
  content_hash: string;
  signature: Buffer;
}

/** Sets `final_id` of every row of `batch.records` (whose `bidx` run 0..count-1). */
export function assignIds(state: StateStore, count: number, options: IdentityOptions): void {
  const { db } = state;
  const assigned = new Uint8Array(count);
  const row = db.prepare(`SELECT batch_id, content_hash, signature FROM batch.records WHERE bidx = ?`);
  const rowOf = (i: number) => row.get(i) as Row;
  const setId = db.prepare(`UPDATE batch.records SET final_id = ? WHERE bidx = ?`);
  const claim = db.prepare(`INSERT INTO batch.claimed (id) VALUES (?)`);
  const claimedStmt = db.prepare(`SELECT 1 FROM batch.claimed WHERE id = ?`).pluck();
  const isClaimed = (id: string) => claimedStmt.get(id) !== undefined;
  const give = (i: number, id: string) => {
    setId.run(id, i);
    claim.run(id);
    assigned[i] = 1;
  };

  db.transaction(() => {
    // 1. The record the inputs fed last time: biggest share first.
    db.exec(`
      CREATE TABLE batch.claims (seq INTEGER PRIMARY KEY, i INTEGER NOT NULL, id TEXT NOT NULL);
      INSERT INTO batch.claims (seq, i, id)
        SELECT row_number() OVER (ORDER BY count(*) DESC, inp.record_id = r.batch_id DESC, r.bidx, inp.record_id), r.bidx, inp.record_id
        FROM batch.records r, json_each(r.keys) k JOIN main.inputs inp ON inp.key = k.value
        WHERE inp.record_id IS NOT NULL AND inp.record_id <> '' GROUP BY r.bidx, inp.record_id;
    `);
    const claims = db.prepare(`SELECT seq, i, id FROM batch.claims WHERE seq > ? ORDER BY seq LIMIT 512`);
    for (let last = 0; ; ) {
      const page = claims.all(last) as { seq: number; i: number; id: string }[];
      if (!page.length) break;
      for (const c of page) if (!assigned[c.i] && !isClaimed(c.id)) give(c.i, c.id);
      last = page[page.length - 1]!.seq;
    }
    db.exec(`DROP TABLE batch.claims`);

    // 2. Stored records left unclaimed: same text, then near-duplicate text.
    if (options.dedupe) {
      const open = Uint8Array.from(assigned, (a) => 1 - a);
      for (let i = 0; i < count; i++) {
        if (!open[i]) continue;
        const r = rowOf(i);
        const same = state
          .recordsWithHash(r.content_hash)
          .filter((id) => !isClaimed(id))
          .sort((a, b) => Number(b === r.batch_id) - Number(a === r.batch_id) || a.localeCompare(b));
        if (same.length) give(i, same[0]!);
      }
      for (let i = 0; i < count; i++) {
        if (!open[i] || assigned[i]) continue;
        const signature = signatureOf(rowOf(i).signature);
        let best: { id: string; score: number } | undefined;
        for (const id of state.candidates(signature)) {
          const stored = state.recordSignature(id);
          if (!stored || isClaimed(id)) continue;
          const score = resemblance(signature, stored);
          if (score >= options.threshold && (!best || score > best.score || (score === best.score && id < best.id))) best = { id, score };
        }
        if (best) give(i, best.id);
      }
    }

    // 3. The record's own id, unless another record holds it.
    for (let i = 0; i < count; i++) {
      if (assigned[i]) continue;
      const r = rowOf(i);
      let id = r.batch_id;
      if (isClaimed(id)) id = r.content_hash.slice(0, 16);
      for (let n = 1; isClaimed(id); n++) id = sha256Hex(`${r.content_hash}:${n}`).slice(0, 16);
      give(i, id);
    }
  })();
}
