/**
 * Metadata written as lines of a dump: the title, "By …" bylines, date lines and
 * "Original url:" trailers. Each line found becomes a field and a `metadata` span, so it
 * leaves the body and the removal is explained. The finders run in a fixed order, each on the
 * lines the ones before it left: the source URL, the byline, the date, the title (placed by the
 * byline and date lines), and a bare name beside the head lines when no byline was found. A byline
 * line away from the body's start (a comment's) waits for the title: a bare name between the title
 * and the date beats it.
 */
import type { Block, Format, Span } from '../../core/document.js';
import type { FieldPhrases } from '../../config/rules.js';
import { foldForMatch } from '../../core/text.js';
import { hostOf } from '../../core/url.js';
import { dumpHead, headPatterns, markHeadLine, type DumpHead, type HeadPatterns } from './dump-head.js';
import { findBylineBesideHead, findHeadByline } from './dump-byline.js';
import { findHeadDate } from './dump-date.js';
import { nameBetweenTitleAndDate } from './name-lines.js';
import { findHeadTitle } from './dump-title.js';
import type { NameWordPatterns } from './name-words.js';

export interface DumpLineFindings {
  title?: string;
  byline?: string;
  authors?: string[];
  published?: string;
  url?: string;
  spans: Span[];
}

export interface DumpLineOptions {
  fields: FieldPhrases;
  /** The words names are read with, of the rule set the fields are from (nameWordsFor). */
  nameWords: NameWordPatterns;
  language: string | undefined;
  /** A title already known from stronger evidence: the line that repeats it is lifted out. */
  knownTitle?: string;
  /** The dump's format: it changes how much a short line weighs against the article. */
  format?: Format;
  /** The page's URL when known before the dump's own "Original url:" line: its slug spells the title. */
  url?: string;
  /** True for lines the rule packs call chaff (credits, share lines): never a title. */
  isChaff?: (block: Block) => boolean;
}

export function findDumpLines(blocks: readonly Block[], options: DumpLineOptions): DumpLineFindings {
  const { language, isChaff = () => false } = options;
  if (!blocks.length) return { spans: [] };
  const head = dumpHead(blocks, options.format);
  const patterns = headPatterns(options.fields, options.nameWords);
  const found: DumpLineFindings = { spans: head.spans, url: findSourceUrl(head, patterns) };
  const setByline = (names: string[] | undefined) => {
    if (!names || found.byline) return;
    found.byline = names.join(', ');
    found.authors = names;
  };

  const byline = findHeadByline(head, patterns, language);
  if (!byline?.far) setByline(byline?.names);
  found.published = byline?.published;
  if (!found.published) {
    const date = findHeadDate(head, patterns, language);
    found.published = date?.published;
    setByline(date?.names);
  }
  found.title = findHeadTitle(head, patterns, {
    language,
    format: options.format,
    knownTitle: options.knownTitle,
    url: found.url ?? options.url,
    host: hostOf(found.url),
    published: found.published,
    isChaff,
  });
  if (byline?.far) {
    // A byline line away from the body's start (a comment's) waits for the title: a name between it and the date wins.
    const between = found.byline ? undefined : nameBetweenTitleAndDate(head, language, patterns.nameWords);
    if (between) markHeadLine(head, between.block, 'metadata/byline-name-line');
    setByline(between?.names ?? byline.names);
  }
  if (!found.byline) setByline(findBylineBesideHead(head, patterns, language, isChaff)?.names);
  for (const field of ['title', 'byline', 'authors', 'published', 'url'] as const) if (found[field] === undefined) delete found[field];
  return found;
}

const URL_ONLY = /^<?(https?:\/\/[^\s<>]+)>?$/;

/** The "Original url:" trailer at the very end of the dump, the URL on its line or the next. Claims it. */
function findSourceUrl(head: DumpHead, patterns: HeadPatterns): string | undefined {
  const { blocks } = head;
  const { sourceUrl: label, sourceUrlLine: labelOnly } = patterns;
  if (!label || !labelOnly) return undefined;
  for (let i = Math.max(0, blocks.length - 4); i < blocks.length; i++) {
    const block = blocks[i]!;
    const folded = foldForMatch(block.text);
    const next = blocks[i + 1];
    if (labelOnly.test(folded) && next && URL_ONLY.test(next.text.trim())) {
      markHeadLine(head, block, 'metadata/source-url');
      markHeadLine(head, next, 'metadata/source-url');
      return URL_ONLY.exec(next.text.trim())![1];
    }
    const inline = label.exec(`${folded} `) && URL_ONLY.exec(block.text.slice(block.text.indexOf(':') + 1).trim());
    if (inline && block.text.includes(':')) {
      markHeadLine(head, block, 'metadata/source-url');
      return inline[1];
    }
  }
  return undefined;
}
