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
 */
import { sha256Hex } from '../core/hash.js';
import { minhash, resemblance } from '../core/minhash.js';
import type { ArticleRecord } from '../core/record.js';
import type { RecordRow } from './store.js';

/** What identity needs of a record: its own id, content hash, and text or MinHash signature. */
export type IdentityRecord = Pick<ArticleRecord, 'id' | 'contentHash'> & { text?: string; signature?: number[] };

export interface IdentityInput<R extends IdentityRecord = ArticleRecord> {
  records: readonly R[];
  /** The state keys of each record's inputs, in the order of its sources. */
  inputKeys: readonly (readonly string[])[];
  /** The record each input fed last time. */
  priorRecord: (key: string) => string | null | undefined;
  stored: ReadonlyMap<string, RecordRow>;
  /** Stored records sharing an LSH band with a signature. */
  candidates: (signature: readonly number[]) => string[];
  threshold: number;
  /** Near-duplicate joining across runs (off with --no-dedupe). */
  dedupe: boolean;
}

export type Matched = 'inputs' | 'content-hash' | 'near-duplicate' | 'new';

export interface IdentityResult<R extends IdentityRecord = ArticleRecord> {
  records: R[];
  how: Matched[];
  signatures: Map<number, number[]>;
}

export function assignIds<R extends IdentityRecord>(input: IdentityInput<R>): IdentityResult<R> {
  const { records } = input;
  const ids: (string | undefined)[] = records.map(() => undefined);
  const how: Matched[] = records.map(() => 'new');
  const claimed = new Set<string>();
  const signatures = new Map<number, number[]>();
  const signatureOf = (i: number) => {
    let s = signatures.get(i);
    if (!s) signatures.set(i, (s = records[i]!.signature ?? minhash(records[i]!.text ?? '')));
    return s;
  };

  // 1. The record the inputs fed last time: biggest share first.
  const claims: { i: number; id: string; n: number }[] = [];
  records.forEach((record, i) => {
    const counts = new Map<string, number>();
    for (const key of input.inputKeys[i]!) {
      const prior = input.priorRecord(key);
      if (prior) counts.set(prior, (counts.get(prior) ?? 0) + 1);
    }
    for (const [id, n] of counts) claims.push({ i, id, n });
    void record;
  });
  claims.sort((a, b) => b.n - a.n || Number(b.id === records[b.i]!.id) - Number(a.id === records[a.i]!.id) || a.i - b.i || a.id.localeCompare(b.id));
  for (const claim of claims) {
    if (ids[claim.i] !== undefined || claimed.has(claim.id)) continue;
    ids[claim.i] = claim.id;
    how[claim.i] = 'inputs';
    claimed.add(claim.id);
  }

  // 2. Stored records left unclaimed: same text, then near-duplicate text.
  if (input.dedupe) {
    const byHash = new Map<string, string[]>();
    for (const row of input.stored.values()) {
      if (claimed.has(row.id)) continue;
      byHash.set(row.contentHash, [...(byHash.get(row.contentHash) ?? []), row.id]);
    }
    const open = records.map((_, i) => i).filter((i) => ids[i] === undefined);
    for (const i of open) {
      const same = (byHash.get(records[i]!.contentHash) ?? []).filter((id) => !claimed.has(id)).sort((a, b) => Number(b === records[i]!.id) - Number(a === records[i]!.id) || a.localeCompare(b));
      if (same.length) {
        ids[i] = same[0]!;
        how[i] = 'content-hash';
        claimed.add(same[0]!);
      }
    }
    for (const i of open) {
      if (ids[i] !== undefined) continue;
      const signature = signatureOf(i);
      let best: { id: string; score: number } | undefined;
      for (const id of input.candidates(signature)) {
        const row = input.stored.get(id);
        if (!row || claimed.has(id)) continue;
        const score = resemblance(signature, row.signature);
        if (score >= input.threshold && (!best || score > best.score || (score === best.score && id < best.id))) best = { id, score };
      }
      if (best) {
        ids[i] = best.id;
        how[i] = 'near-duplicate';
        claimed.add(best.id);
      }
    }
  }

  // 3. The record's own id, unless another record holds it.
  records.forEach((record, i) => {
    if (ids[i] !== undefined) return;
    let id = record.id;
    if (claimed.has(id)) id = record.contentHash.slice(0, 16);
    for (let n = 1; claimed.has(id); n++) id = sha256Hex(`${record.contentHash}:${n}`).slice(0, 16);
    ids[i] = id;
    claimed.add(id);
  });

  const out = records.map((record, i) => (record.id === ids[i] ? record : { ...record, id: ids[i]! }));
  return { records: out, how, signatures };
}
