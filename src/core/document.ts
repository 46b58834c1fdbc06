/**
 * The one typed value that flows through the per-document stages.
 *
 * Stages add to a Doc; they never reach into each other's internals. Taggers never edit
 * block text: they append Spans, and the apply step is the only place text is removed.
 */
import type { BoilerplateKind } from './kinds.js';
import type { Message } from './messages.js';

export type Format = 'html' | 'markdown' | 'text';

/** Where an input came from: a file, one line of a JSON Lines dump, one WARC record, stdin. */
export interface Origin {
  kind: 'file' | 'jsonl' | 'warc' | 'stdin';
  /** 1-based line in a JSON Lines file. */
  line?: number;
  /** Byte offset of the record in a WARC file. */
  offset?: number;
}

/** Metadata fields a record carries. All optional until extraction fills them. */
export interface Metadata {
  url?: string;
  title?: string;
  byline?: string;
  authors?: string[];
  published?: string; // ISO 8601 (date, or date-time)
  site?: string;
  language?: string; // BCP 47
  description?: string;
}
export type MetadataField = keyof Metadata;

/** Which evidence a metadata value came from; a higher rank wins. */
export type MetadataOrigin =
  | 'hint' // supplied with the input (JSONL fields, WARC target URI): always wins
  | 'structured' // JSON-LD, OpenGraph, <meta>, <time>, <html lang>
  | 'dump-line' // a title, byline, date or URL line in a dump
  | 'heuristic' // inferred (language detection, site from host)
  | 'merged'; // taken from another source of the same canonical record

export interface InlineLink {
  /** Offsets into Block.text. */
  start: number;
  end: number;
  href: string;
}

export type BlockType = 'heading' | 'paragraph' | 'list-item' | 'quote' | 'code' | 'table-row' | 'rule';

export interface Block {
  /** Position in the document's block list; spans refer to it. */
  index: number;
  type: BlockType;
  /** Heading level (1-6) or list nesting depth (1-based). */
  level?: number;
  /** Plain text: no Markdown or HTML syntax. May hold '\n' for hard line breaks. */
  text: string;
  links: InlineLink[];
  /** The block as it stood in the source (Markdown line, HTML outer text), for explain. */
  source?: string;
  /** Structural hints from HTML: the tag and class/id tokens of the enclosing containers. */
  context?: string;
}

/**
 * Every parser makes its blocks here: all fields present, in one order, so markdown, text and
 * HTML blocks share one object shape (a dump saved as .txt is often Markdown, so one run meets
 * both) and the taggers that read them are not made to handle several.
 */
export function newBlock(
  index: number,
  type: BlockType,
  text: string,
  links: InlineLink[],
  level?: number,
  source?: string,
  context?: string,
): Block {
  return { index, type, level, text, links: links.length ? links : noLinks(), source, context };
}

const ONE_LINK: InlineLink[] = [{ start: 0, end: 0, href: '' }];

/**
 * An empty list of links of the kind V8 keeps lists of objects in: a bare `[]` is kept as a
 * list of small integers, and functions that read the links of blocks with and without
 * them would see two kinds of array (and throw away their optimised code on meeting the other).
 */
function noLinks(): InlineLink[] {
  return ONE_LINK.slice(0, 0);
}

/** A tagger's verdict on a block, or on a range within it. */
export interface Span {
  block: number;
  /** Character range within the block's text; the whole block when absent. */
  range?: [number, number];
  /** 'drop' removes the text; 'unwrap' keeps the text and drops only its markup (link stubs). */
  action: 'drop' | 'unwrap';
  kind: BoilerplateKind;
  /** Name of the rule that fired, e.g. `donation/en/support-us`. */
  rule: string;
  /** What was removed, when it differs from the block text (e.g. `[text](#)` for a stub). */
  text?: string;
}

/** One removal as recorded in a record: every cut is explained. */
export interface Removal {
  kind: BoilerplateKind;
  rule: string;
  text: string;
}

export interface SourceRef {
  path: string;
  origin: Origin;
  sha256: string;
  bytes: number;
}

/**
 * Why a document produced no record. An `excluded` document was read and understood but
 * holds no article (a menu page, an empty dump): it is reported, not counted as an error.
 */
export interface Failure {
  stage: string;
  reason: string;
  excluded?: boolean;
}

export interface Doc {
  source: SourceRef;
  /** Raw bytes as read; dropped once decoded to keep memory flat. */
  raw?: Uint8Array;
  /** Content type or charset supplied with the input (HTTP headers, JSONL), if any. */
  declaredCharset?: string;
  /** Format supplied with the input (JSONL `html`/`markdown`/`text` field). */
  declaredFormat?: Format;
  content?: string;
  charset?: string;
  format?: Format;
  blocks: Block[];
  /** Removals made before block tagging (HTML DOM cleaning, main-content selection). */
  preRemoved: Removal[];
  spans: Span[];
  meta: Metadata;
  metaOrigin: Partial<Record<MetadataField, MetadataOrigin>>;
  /** Filled by the apply step. */
  kept: Block[];
  removed: Removal[];
  /** Filled by normalize. */
  text?: string;
  messages: Message[];
  /** Set when a stage could not go on; the document is reported, not written. */
  failure?: Failure;
  /** Set when a document is written but extraction found little to trust. */
  lowConfidence?: string;
}

/**
 * Every Doc is made here, with every field present from the start in one order (unset ones
 * undefined): stages then only change values, so all documents share one object shape and
 * the functions that read them stay monomorphic (fields added later, or deleted, give each
 * document its own shape and make V8 throw away optimised code).
 */
export function newDoc(source: SourceRef, raw: Uint8Array | undefined, extra: Partial<Doc> = {}): Doc {
  const doc: Doc = {
    source,
    raw,
    declaredCharset: undefined,
    declaredFormat: undefined,
    content: undefined,
    charset: undefined,
    format: undefined,
    blocks: [],
    preRemoved: [],
    spans: [],
    meta: {},
    metaOrigin: {},
    kept: [],
    removed: [],
    text: undefined,
    messages: [],
    failure: undefined,
    lowConfidence: undefined,
  };
  return Object.assign(doc, extra);
}
