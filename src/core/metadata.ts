import type { Doc, Metadata, MetadataField, MetadataOrigin } from './document.js';

/** Rank of each kind of evidence: a value from a higher rank replaces a lower one. */
const RANK: Record<MetadataOrigin, number> = {
  hint: 4,
  structured: 3,
  'dump-line': 2,
  heuristic: 1,
  merged: 0,
};

/**
 * Sets a metadata field unless a value from stronger evidence is already there.
 * Empty values are ignored, so stages can offer candidates without checking them.
 */
export function offerMetadata<F extends MetadataField>(
  doc: Doc,
  field: F,
  value: Metadata[F] | undefined | null,
  origin: MetadataOrigin,
): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string' && value.trim() === '') return false;
  if (Array.isArray(value) && value.length === 0) return false;
  const current = doc.metaOrigin[field];
  if (current !== undefined && RANK[current] >= RANK[origin]) return false;
  doc.meta[field] = typeof value === 'string' ? (value.trim() as Metadata[F]) : value;
  doc.metaOrigin[field] = origin;
  return true;
}
