import type { Doc, Span } from '../../core/document.js';
import type { StageContext } from '../../core/stage.js';

/**
 * A tagger reads a document and marks spans of chaff; it never edits text. Taggers are
 * independent of each other and of their order, except that on a block marked twice the
 * span that came first wins (see the apply stage).
 */
export interface Tagger {
  readonly name: string;
  tag(doc: Doc, ctx: StageContext): Span[];
}
