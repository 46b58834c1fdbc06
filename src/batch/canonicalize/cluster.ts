/**
 * Finds the dumps that are one article: the same canonical URL, the same text, or texts
 * whose word-shingle resemblance reaches the threshold (MinHash + LSH, so a batch is not
 * compared pair by pair). A rewrite of a story resembles its source far less than another
 * dump of the same text does, so it stays a record of its own.
 */
import type { ExtractedDoc } from '../../core/extracted.js';
import { sha256Hex } from '../../core/hash.js';
import { candidatePairs, resemblance } from '../../core/minhash.js';
import { foldForMatch } from '../../core/text.js';
import { canonicalUrl } from '../../core/url.js';

/** Below this resemblance, two texts under one URL are different pages (a bad canonical link). */
const SAME_URL_MIN_RESEMBLANCE = 0.2;

/** Sets of document indices; a set's root is its smallest index. */
export class UnionFind {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * What clustering reads of a document: its URL, its signature, and its text or the key of
 * its text (textKeyOf), so the batch can cluster compact summaries of documents.
 */
export type ClusterInput = Pick<ExtractedDoc, 'meta' | 'signature'> & ({ text: string } | { textKey: string | undefined });

/** The key under which dumps with the same folded text meet (undefined: no text). */
export const textKeyOf = (text: string): string | undefined => (text ? sha256Hex(foldForMatch(text)) : undefined);

/** Two texts under one URL that are different pages (a bad canonical link): they do not merge. */
export const signaturesDiffer = (a: readonly number[], b: readonly number[]) =>
  a.length > 0 && b.length > 0 && resemblance(a, b) < SAME_URL_MIN_RESEMBLANCE;

/** Groups of document indices, each sorted, groups in order of their first member. */
export function clusterDocuments(docs: readonly ClusterInput[], threshold: number): number[][] {
  const sets = new UnionFind(docs.length);
  const unionBy = (key: (doc: ClusterInput) => string | undefined, guard?: (a: number, b: number) => boolean) => {
    const first = new Map<string, number>();
    docs.forEach((doc, i) => {
      const k = key(doc);
      if (!k) return;
      const seen = first.get(k);
      if (seen === undefined) first.set(k, i);
      else if (!guard || guard(seen, i)) sets.union(seen, i);
    });
  };
  const textsDiffer = (a: number, b: number) => signaturesDiffer(docs[a]!.signature, docs[b]!.signature);

  unionBy((doc) => canonicalUrl(doc.meta.url), (a, b) => !textsDiffer(a, b));
  unionBy((doc) => ('textKey' in doc ? doc.textKey : textKeyOf(doc.text)));
  for (const [a, b] of candidatePairs(docs.map((d) => d.signature))) {
    if (resemblance(docs[a]!.signature, docs[b]!.signature) >= threshold) sets.union(a, b);
  }

  const groups = new Map<number, number[]>();
  docs.forEach((_, i) => {
    const root = sets.find(i);
    const group = groups.get(root) ?? [];
    group.push(i);
    groups.set(root, group);
  });
  return [...groups.values()];
}
