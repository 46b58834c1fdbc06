/**
 * One canonical record from the dumps of one article: the text of the richest dump, each
 * metadata field from the strongest evidence any dump has, every source and every removal.
 */
import type { Metadata, MetadataField } from '../../core/document.js';
import type { ExtractedDoc } from '../../core/extracted.js';
import { sha256Hex } from '../../core/hash.js';
import type { ArticleRecord } from '../../core/record.js';
import { foldForMatch, wordCount } from '../../core/text.js';
import { canonicalUrl } from '../../core/url.js';

const ORIGIN_RANK = { hint: 4, structured: 3, 'dump-line': 2, heuristic: 1, merged: 0 } as const;
const FIELDS: MetadataField[] = ['url', 'title', 'byline', 'authors', 'published', 'site', 'language'];

const filled = (meta: Metadata) => FIELDS.filter((f) => meta[f] !== undefined).length;

/** The dump whose text the record takes: most metadata, then most text, then path order. */
function primaryOf(docs: readonly ExtractedDoc[]): ExtractedDoc {
  return [...docs].sort(
    (a, b) => filled(b.meta) - filled(a.meta) || b.text.length - a.text.length || a.source.path.localeCompare(b.source.path),
  )[0]!;
}

function bestValue<F extends MetadataField>(docs: readonly ExtractedDoc[], primary: ExtractedDoc, field: F): Metadata[F] | undefined {
  let best: ExtractedDoc | undefined;
  for (const doc of [primary, ...docs.filter((d) => d !== primary)]) {
    if (doc.meta[field] === undefined) continue;
    const rank = ORIGIN_RANK[doc.metaOrigin[field] ?? 'merged'];
    if (!best || rank > ORIGIN_RANK[best.metaOrigin[field] ?? 'merged']) best = doc;
  }
  return best?.meta[field];
}

/** Stable id: from the canonical URL when known, else from the folded text. */
export function recordId(url: string | undefined, text: string): string {
  const canonical = canonicalUrl(url);
  return sha256Hex(canonical ? `url:${canonical}` : `text:${foldForMatch(text)}`).slice(0, 16);
}

export function mergeDocuments(group: readonly ExtractedDoc[]): ArticleRecord {
  const docs = [...group].sort((a, b) => a.source.path.localeCompare(b.source.path) || (a.source.origin.line ?? 0) - (b.source.origin.line ?? 0) || (a.source.origin.offset ?? 0) - (b.source.origin.offset ?? 0));
  const primary = primaryOf(docs);
  const value = <F extends MetadataField>(field: F) => bestValue(docs, primary, field);
  const url = value('url');
  const authors = value('authors') ?? [];
  const byline = value('byline') ?? (authors.length ? authors.join(', ') : undefined);
  return {
    id: recordId(url, primary.text),
    url: url ?? null,
    title: value('title') ?? null,
    byline: byline ?? null,
    authors,
    published: value('published') ?? null,
    site: value('site') ?? null,
    language: value('language') ?? null,
    text: primary.text,
    wordCount: wordCount(primary.text),
    contentHash: sha256Hex(primary.text),
    lowConfidence: primary.lowConfidence ?? null,
    sources: docs.map((d) => ({
      path: d.source.path,
      format: d.source.format,
      sha256: d.source.sha256,
      bytes: d.source.bytes,
      charset: d.source.charset,
      origin: d.source.origin,
    })),
    removed: docs.flatMap((d, source) => d.removed.map((r) => ({ kind: r.kind, rule: r.rule, text: r.text, source }))),
  };
}
