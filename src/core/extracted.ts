/**
 * What the per-document pipeline hands to the batch (the map step's output): plain,
 * serialisable data, so documents can be extracted on other threads or machines.
 */
import type { BlockType, Failure, Format, Metadata, MetadataField, MetadataOrigin, Removal, SourceRef } from './document.js';
import type { Message } from './messages.js';

export interface ExtractedSource extends SourceRef {
  format: Format;
  charset: string;
}

export interface ExtractedDoc {
  source: ExtractedSource;
  meta: Metadata;
  metaOrigin: Partial<Record<MetadataField, MetadataOrigin>>;
  /** Kept blocks, for batch stages that remove more (template blocks). */
  blocks: { type: BlockType; text: string }[];
  text: string;
  removed: Removal[];
  lowConfidence?: string;
  messages: Message[];
  /** MinHash signature of the text, for near-duplicate detection. */
  signature: number[];
}

export interface FailedDoc {
  source: SourceRef;
  failure: Failure;
  messages: Message[];
}

export type DocOutcome = { ok: true; doc: ExtractedDoc } | { ok: false; doc: FailedDoc };
