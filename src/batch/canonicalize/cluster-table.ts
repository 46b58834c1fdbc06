/**
 * clusterDocuments over a batch table: the same groups (the same canonical URL unless the
 * texts differ, the same text, or signatures sharing an LSH band that reach the threshold),
 * found by scanning the table in key order, so memory holds typed arrays of the batch's size
 * and one group of rows at a time.
 */
import { resemblance } from '../../core/minhash.js';
import { signatureOf, type BatchTable } from '../batch-table.js';
import { signaturesDiffer, UnionFind } from './cluster.js';

/** The clusters of a batch: numbered in order of their first document, each document's cluster, and each cluster's documents in order. */
export class Clusters {
  readonly count: number;
  private readonly head: Int32Array;
  private readonly next: Int32Array;

  constructor(readonly clusterOf: Int32Array, rootOf: (i: number) => number) {
    const size = clusterOf.length;
    let count = 0;
    // A set's root is its smallest index, so a cluster is numbered when its first document comes.
    for (let i = 0; i < size; i++) {
      const root = rootOf(i);
      clusterOf[i] = root === i ? count++ : clusterOf[root]!;
    }
    this.count = count;
    this.head = new Int32Array(count).fill(-1);
    this.next = new Int32Array(size).fill(-1);
    for (let i = size - 1; i >= 0; i--) {
      const c = clusterOf[i]!;
      this.next[i] = this.head[c]!;
      this.head[c] = i;
    }
  }

  members(cluster: number): number[] {
    const out: number[] = [];
    for (let i = this.head[cluster]!; i >= 0; i = this.next[i]!) out.push(i);
    return out;
  }
}

/** Every document alone (no canonicalize). */
export function singletons(size: number): Clusters {
  return new Clusters(new Int32Array(size), (i) => i);
}

/** Runs of rows that `same` puts together, in order. */
function* groups<R extends Record<string, unknown>>(rows: Iterable<R>, same: (a: R, b: R) => boolean): Generator<R[]> {
  let group: R[] = [];
  for (const row of rows) {
    if (group.length && !same(group[0]!, row)) {
      yield group;
      group = [];
    }
    group.push(row);
  }
  if (group.length) yield group;
}

export function clusterTable(table: BatchTable, threshold: number): Clusters {
  const size = table.sort();
  const sets = new UnionFind(size);
  const { db } = table;

  // The same canonical URL: each later document joins the first, unless their texts differ.
  type UrlRow = { url_key: string; idx: number; signature: Buffer };
  const byUrl = db.prepare(`SELECT url_key, idx, signature FROM batch.docs WHERE url_key IS NOT NULL ORDER BY url_key, idx`).iterate() as Iterable<UrlRow>;
  for (const group of groups(byUrl, (a, b) => a.url_key === b.url_key)) {
    const first = signatureOf(group[0]!.signature);
    for (const row of group.slice(1)) if (!signaturesDiffer(first, signatureOf(row.signature))) sets.union(group[0]!.idx, row.idx);
  }

  // The same text.
  type TextRow = { text_key: string; idx: number };
  const byText = db.prepare(`SELECT text_key, idx FROM batch.docs WHERE text_key IS NOT NULL ORDER BY text_key, idx`).iterate() as Iterable<TextRow>;
  for (const group of groups(byText, (a, b) => a.text_key === b.text_key)) for (const row of group.slice(1)) sets.union(group[0]!.idx, row.idx);

  // Near-duplicate texts: pairs sharing a band, checked unless already one set (a union is order-free).
  table.buildBands();
  type BandRow = { band: number; slice: Buffer; idx: number; signature: Buffer };
  const byBand = db
    .prepare(`SELECT b.band, b.slice, b.idx, d.signature FROM batch.bands b JOIN batch.docs d ON d.idx = b.idx ORDER BY b.band, b.slice, b.idx`)
    .iterate() as Iterable<BandRow>;
  for (const group of groups(byBand, (a, b) => a.band === b.band && a.slice.equals(b.slice))) {
    const signatures: (number[] | undefined)[] = [];
    const signature = (k: number) => (signatures[k] ??= signatureOf(group[k]!.signature));
    for (let a = 0; a < group.length; a++) {
      for (let b = a + 1; b < group.length; b++) {
        const [i, j] = [group[a]!.idx, group[b]!.idx];
        if (sets.find(i) !== sets.find(j) && resemblance(signature(a), signature(b)) >= threshold) sets.union(i, j);
      }
    }
  }
  return new Clusters(new Int32Array(size), (i) => sets.find(i));
}
