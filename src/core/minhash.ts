/**
 * MinHash signatures over word shingles, and LSH banding to find candidate pairs without
 * comparing every pair. No well-kept package does this for strings in JS with stable
 * output, so it is a short module of our own; signatures are deterministic across runs.
 */
import { foldForMatch, words } from './text.js';

export const SIGNATURE_SIZE = 128; // a multiple of 4 (signatureOf takes four permutations a pass)
export const BANDS = 16; // 16 bands of 8 rows: pairs above ~0.7 resemblance become candidates
const ROWS = SIGNATURE_SIZE / BANDS;
const SHINGLE = 5;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32-bit, of `tokens[from..to)` joined by single spaces, without building that string. */
function fnv1aJoined(tokens: readonly string[], from: number, to: number): number {
  let hash = FNV_OFFSET;
  for (let t = from; t < to; t++) {
    if (t > from) hash = Math.imul(hash ^ 0x20, FNV_PRIME);
    const token = tokens[t]!;
    for (let i = 0; i < token.length; i++) hash = Math.imul(hash ^ token.charCodeAt(i), FNV_PRIME);
  }
  return hash >>> 0;
}

/** A 32-bit mixer (murmur3 finaliser) seeded per permutation. */
function mix(value: number, seed: number): number {
  let h = (value ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(i + 1, 0x9e3779b9));

export function shingles(text: string): Set<number> {
  const tokens = words(foldForMatch(text));
  const out = new Set<number>();
  if (tokens.length === 0) return out;
  if (tokens.length < SHINGLE) out.add(fnv1aJoined(tokens, 0, tokens.length));
  for (let i = 0; i + SHINGLE <= tokens.length; i++) out.add(fnv1aJoined(tokens, i, i + SHINGLE));
  return out;
}

/** The signature of an empty text is empty: it resembles nothing. */
export function minhash(text: string): number[] {
  const set = shingles(text);
  if (!set.size) return [];
  return Array.from(signatureOf(Uint32Array.from(set)));
}

/**
 * Per permutation, the least mixed value of the shingle hashes. Four permutations share one
 * pass over the hashes: each hash is loaded once for four, and the four running minimums stay
 * in registers (a third fewer instructions than one permutation a pass). Kept apart from
 * minhash so that the optimizing compiler, which enters this loop first, has seen the rest.
 */
function signatureOf(hashes: Uint32Array): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i += 4) {
    const s0 = SEEDS[i]!;
    const s1 = SEEDS[i + 1]!;
    const s2 = SEEDS[i + 2]!;
    const s3 = SEEDS[i + 3]!;
    let m0 = 0xffffffff;
    let m1 = 0xffffffff;
    let m2 = 0xffffffff;
    let m3 = 0xffffffff;
    for (let k = 0; k < hashes.length; k++) {
      const value = hashes[k]!;
      m0 = Math.min(m0, mix(value, s0));
      m1 = Math.min(m1, mix(value, s1));
      m2 = Math.min(m2, mix(value, s2));
      m3 = Math.min(m3, mix(value, s3));
    }
    signature[i] = m0;
    signature[i + 1] = m1;
    signature[i + 2] = m2;
    signature[i + 3] = m3;
  }
  return signature;
}

/** Estimated Jaccard resemblance of two texts from their signatures. */
export function resemblance(a: readonly number[], b: readonly number[]): number {
  if (!a.length || !b.length) return 0;
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

export function bandKeys(signature: readonly number[]): string[] {
  if (!signature.length) return [];
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    keys.push(`${band}:${signature.slice(band * ROWS, (band + 1) * ROWS).join('.')}`);
  }
  return keys;
}

/** Candidate pairs (i < j) whose signatures share at least one band. */
export function candidatePairs(signatures: readonly (readonly number[])[]): [number, number][] {
  const buckets = new Map<string, number[]>();
  signatures.forEach((signature, index) => {
    for (const key of bandKeys(signature)) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    }
  });
  const pairs = new Set<string>();
  for (const bucket of buckets.values()) {
    for (let a = 0; a < bucket.length; a++) for (let b = a + 1; b < bucket.length; b++) pairs.add(`${bucket[a]},${bucket[b]}`);
  }
  return [...pairs].map((pair) => pair.split(',').map(Number) as [number, number]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
