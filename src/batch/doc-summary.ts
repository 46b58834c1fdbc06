/**
 * What the batch keeps of a live document between extraction and writing: its source,
 * metadata, MinHash signature, the key of its text and the keys of its template candidates.
 * A brief is computed once, where the document is extracted, and stored beside it in the
 * state, so the batch never loads a whole document just to learn what it is about.
 */
import type { ExtractedDoc, ExtractedSource } from '../core/extracted.js';
import type { Metadata, MetadataField, MetadataOrigin } from '../core/document.js';
import { textKeyOf } from './canonicalize/cluster.js';
import { templateKeysOf } from './repeated/repeated-blocks.js';

export interface DocBrief {
  source: ExtractedSource;
  meta: Metadata;
  metaOrigin: Partial<Record<MetadataField, MetadataOrigin>>;
  signature: number[];
  textKey: string | undefined;
  templateKeys: string[];
  lowConfidence?: string;
}

/** A brief with the state key of its input. */
export interface DocSummary extends DocBrief {
  key: string;
}

export function briefOf(doc: ExtractedDoc): DocBrief {
  return {
    source: doc.source,
    meta: doc.meta,
    metaOrigin: doc.metaOrigin,
    signature: doc.signature,
    textKey: textKeyOf(doc.text),
    templateKeys: templateKeysOf(doc),
    lowConfidence: doc.lowConfidence,
  };
}

type SortableSource = { source: { path: string; origin: { line?: number; offset?: number } } };
export const byPath = (a: SortableSource, b: SortableSource) =>
  a.source.path.localeCompare(b.source.path) ||
  (a.source.origin.line ?? a.source.origin.offset ?? 0) - (b.source.origin.line ?? b.source.origin.offset ?? 0);
