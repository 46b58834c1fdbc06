/**
 * Metadata written as lines of a dump: the title, "By …" bylines, date lines and
 * "Original url:" trailers. Each line found becomes a field and a `metadata` span, so it
 * leaves the body and the removal is explained.
 */
import type { Block, Format, Span } from '../../core/document.js';
import type { FieldPhrases } from '../../config/rules.js';
import { foldForMatch, wordCount } from '../../core/text.js';
import { bestSegment, isProse, proseScore } from '../../core/prose.js';
import { spellsHost, stripSiteFromTitle } from './site-name.js';
import { lineMatchingSlug, slugCover, slugWords } from './url-slug.js';
import { hostOf } from '../../core/url.js';
import { looksLikeTitle, textHeadline } from './dump-title.js';
import { parseNames } from './names.js';
import { fusedPattern, inlinePattern, labelEndPattern, prefixPattern } from './field-patterns.js';
import { findNameLine, linkedByline, namesBelowLabel, parseBylineLine, parseInlineByline } from './dump-byline.js';
import { isDateline, isTodayLine, parseDateLine } from './dump-date.js';

export interface DumpLineFindings {
  title?: string;
  byline?: string;
  authors?: string[];
  published?: string;
  url?: string;
  spans: Span[];
}

/** Lines that can hold the article's head: the first part of the dump. */
const HEAD_SHARE = 0.6;
const URL_ONLY = /^<?(https?:\/\/[^\s<>]+)>?$/;

/** How far before the body's first paragraph the article's head (title, byline, date) may sit. */
const HEAD_BEFORE = 12;
const HEAD_AFTER = 5;

/** Indices to search for a head line: near the body's start first, then the rest of the head. */
function searchOrder(blocks: readonly Block[], anchor: number): Block[] {
  const near: Block[] = [];
  for (let i = anchor; i >= Math.max(0, anchor - HEAD_BEFORE); i--) near.push(blocks[i]!);
  for (let i = anchor + 1; i <= Math.min(blocks.length - 1, anchor + HEAD_AFTER); i++) near.push(blocks[i]!);
  const headEnd = Math.max(8, Math.ceil(blocks.length * HEAD_SHARE));
  const seen = new Set(near.map((b) => b.index));
  return [...near, ...blocks.slice(0, headEnd).filter((b) => !seen.has(b.index))];
}

export interface DumpLineOptions {
  fields: FieldPhrases;
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
  const { fields, language, knownTitle, isChaff = () => false } = options;
  const found: DumpLineFindings = { spans: [] };
  if (!blocks.length) return found;
  const taken = new Set<number>();
  const mark = (block: Block, rule: string) => {
    taken.add(block.index);
    found.spans.push({ block: block.index, action: 'drop', kind: 'metadata', rule });
  };

  // "Original url:" trailers sit at the very end.
  const sourceLabel = prefixPattern(fields.sourceUrl);
  for (let i = Math.max(0, blocks.length - 4); i < blocks.length; i++) {
    const block = blocks[i]!;
    const folded = foldForMatch(block.text);
    const labelOnly = sourceLabel && new RegExp(`${sourceLabel.source.replace(/\\s\+$/, '')}\\s*$`, 'iu').test(folded);
    const inline = sourceLabel?.exec(`${folded} `) && URL_ONLY.exec(block.text.slice(block.text.indexOf(':') + 1).trim());
    const next = blocks[i + 1];
    if (labelOnly && next && URL_ONLY.test(next.text.trim())) {
      found.url = URL_ONLY.exec(next.text.trim())![1];
      mark(block, 'metadata/source-url');
      mark(next, 'metadata/source-url');
      break;
    }
    if (inline && block.text.includes(':')) {
      found.url = inline[1];
      mark(block, 'metadata/source-url');
      break;
    }
  }

  // The article's head sits around the start of its body: the best run of prose.
  const anchor = bestSegment(blocks.map((b) => proseScore(b, undefined, options.format)))?.[0] ?? 0;
  const order = searchOrder(blocks, anchor);
  const bylinePrefix = prefixPattern(fields.byline);
  const datePrefix = prefixPattern(fields.published);

  const inlineByline = inlinePattern(fields.byline);
  // Inline bylines only in the head itself: around the body's first paragraph (the prose run
  // may open with a teaser or a standfirst above the byline).
  const near = order.filter((b) => b.index >= anchor - HEAD_BEFORE && b.index <= anchor + HEAD_AFTER);
  const fusedPrefix = fusedPattern(fields.byline);
  const fusedAtStart = fusedPrefix && new RegExp(`^${fusedPrefix.source}`, 'u');
  const bylineOf = (block: Block) =>
    linkedByline(block, bylinePrefix, language) ??
    parseBylineLine(block.text, bylinePrefix, language, fusedAtStart) ?? (near.includes(block) ? parseInlineByline(block.text, inlineByline, language, block.index > anchor) : undefined);
  const label = labelEndPattern(fields.byline);
  for (const block of order) {
    if (taken.has(block.index) || block.type === 'code') continue;
    const byline = bylineOf(block);
    const labelled = byline || !near.includes(block) ? undefined : namesBelowLabel(blocks, block, label);
    if (byline) {
      found.byline = byline.names.join(', ');
      found.authors = byline.names;
      found.published ??= byline.published;
      mark(block, 'metadata/byline');
      break;
    }
    if (labelled) {
      found.byline = labelled.names.join(', ');
      found.authors = labelled.names;
      for (const line of [block, ...labelled.lines]) mark(line, 'metadata/byline');
      break;
    }
  }
  if (!found.published) {
    for (const block of order) {
      if (taken.has(block.index) || block.type === 'code') continue;
      // "Mittwoch, 8. Juli 2020" in the masthead, away from the article: today's date, not the article's.
      if ((block.index < anchor - HEAD_BEFORE || block.index > anchor + HEAD_AFTER) && isTodayLine(block.text)) continue;
      const date = parseDateLine(block.text, datePrefix, language, inlineByline);
      if (!date || (block.type === 'heading' && date.rest)) continue;
      if (date.keepLine) {
        found.published = date.iso;
        break;
      }
      // "Anna Smith | 9 December 2019", "Posted on 9 August 2024 by Anna Smith": a date line
      // that also names the author.
      const afterPrefix = bylinePrefix?.exec(foldForMatch(date.rest)) ?? fusedAtStart?.exec(date.rest);
      const names = date.rest ? parseNames(afterPrefix ? date.rest.slice(afterPrefix[0].length) : date.rest, afterPrefix ? 1 : 2) : 'authors' in date ? date.authors : undefined;
      if (date.rest && !names && wordCount(date.rest) > 2 && !isDateline(block.text, date.rest)) continue;
      found.published = date.iso;
      // An "Updated …" line beside the date line is part of the same head.
      for (const near of [blocks[block.index - 1], blocks[block.index + 1]]) {
        if (near && !taken.has(near.index) && near.type !== 'heading' && parseDateLine(near.text, datePrefix, language)?.rest === '') {
          mark(near, 'metadata/date');
        }
      }
      if (names && !found.byline) {
        found.byline = names.join(', ');
        found.authors = names;
      }
      mark(block, names ? 'metadata/byline' : 'metadata/date');
      break;
    }
  }

  // A line that spells the site's name is the masthead, not the title.
  const host = hostOf(found.url);
  const masthead = (b: Block) => (host ? spellsHost(b.text, host) && wordCount(b.text) <= 6 : false);
  // A line that is only a date ("15 Mai 2019 à 06h00") is never the headline, even when another line gave the date.
  const dateOnly = (b: Block) => parseDateLine(b.text, datePrefix, language)?.rest === '';
  // A line that starts with a by-word ("By Staff and news service reports") is a byline the names did not fit.
  const byWord = (b: Block) => !!bylinePrefix?.test(foldForMatch(b.text));
  const notTitle = (b: Block) => isChaff(b) || masthead(b) || dateOnly(b) || byWord(b);
  // Pages give the headline their only <h1>: that heading wins over a place or a slug.
  const sole = knownTitle ? undefined : soleHeadline(blocks, anchor, notTitle);
  const headline = sole && !taken.has(sole.index) ? sole : undefined;
  const inText = options.format === 'text' && !knownTitle;
  const heads = found.spans.filter((s) => s.rule !== 'metadata/source-url').map((s) => s.block);
  let title = headline ?? (inText ? textHeadline(blocks, anchor, heads, taken, notTitle) : findTitle(blocks, order, anchor, taken, knownTitle, notTitle));
  // Without a known title, the head line that spells the URL's slug beats a line chosen by its place.
  const slug = knownTitle ? new Set<string>() : slugWords(found.url ?? options.url);
  // The headline stands before the body, on a line of its own.
  const headLines = order.filter((b) => b.index <= anchor && !taken.has(b.index) && !b.text.includes('\n') && looksLikeTitle(b) && !notTitle(b));
  const bySlug = lineMatchingSlug(headLines, slug);
  if (bySlug && !headline && (!title || slugCover(title.text, slug) < slugCover(bySlug.text, slug))) title = bySlug;
  if (title) {
    found.title = stripSiteFromTitle(title.text, host);
    mark(title, 'metadata/title');
    // The headline again further down (a gallery caption, a teaser of this very page) is not body text.
    const folded = foldForMatch(title.text);
    // Folding only trims and collapses whitespace and maps single characters: a line far shorter or longer is no repeat, unfolded.
    const near = (text: string) => text.length >= folded.length / 2 && text.length <= folded.length * 2 + 20;
    for (const block of blocks) if (!taken.has(block.index) && near(block.text) && foldForMatch(block.text) === folded) mark(block, 'metadata/title-repeat');
  }
  if (!found.byline) {
    const byline = (b: Block) => parseBylineLine(b.text, bylinePrefix, language, fusedAtStart) ?? parseInlineByline(b.text, inlineByline, language, true);
    const author = findNameLine(blocks, [...taken], taken, (b) => isChaff(b) || !!label?.test(foldForMatch(b.text)), byline);
    if (author) {
      found.byline = author.names.join(', ');
      found.authors = author.names;
      mark(author.block, 'metadata/byline');
    }
  }
  return found;
}

/**
 * The one top-level heading of a Markdown dump, when it stands in the head (before the body or
 * just inside it): pages give the headline the only <h1>. A heading that opens the dump is
 * left to the other rules, since the dump writes the page's <title> there when the page has no <h1>.
 */
function soleHeadline(blocks: readonly Block[], anchor: number, notTitle: (block: Block) => boolean): Block | undefined {
  const h1s = blocks.filter((b) => b.type === 'heading' && b.level === 1 && b.text.trim() && b.index > 0);
  if (h1s.length === 1) return h1s[0]!.index <= anchor + HEAD_AFTER && !notTitle(h1s[0]!) ? h1s[0] : undefined;
  // Several: a blog's name, a tagline or a menu label may be an <h1> too; the headline is the last
  // one of some words, unlinked, before the body's first paragraphs.
  return h1s.findLast((b) => b.index >= anchor - HEAD_BEFORE && b.index <= anchor + HEAD_AFTER && looksLikeTitle(b) && wordCount(b.text) >= 3 && !notTitle(b));
}

/**
 * The title: the line that repeats a title known from stronger evidence; else the heading
 * nearest before the body; else, in text dumps, the nearest title-like line before it.
 */
function findTitle(
  blocks: readonly Block[],
  order: readonly Block[],
  anchor: number,
  taken: ReadonlySet<number>,
  knownTitle: string | undefined,
  isChaff: (block: Block) => boolean,
): Block | undefined {
  const free = (b: Block) => !taken.has(b.index);
  if (knownTitle) {
    const folded = foldForMatch(knownTitle);
    return order.find(
      (b) => free(b) && (foldForMatch(b.text) === folded || (b.type === 'heading' && wordCount(b.text) >= 3 && folded.startsWith(foldForMatch(b.text)))),
    );
  }
  const before: Block[] = [];
  for (let i = anchor; i >= Math.max(0, anchor - HEAD_BEFORE); i--) before.push(blocks[i]!);
  const heading = before.find((b) => free(b) && b.type === 'heading' && (b.level ?? 6) <= 3 && looksLikeTitle(b));
  if (heading) return heading;
  // Title, then byline and date lines: the title is the line just above them.
  const firstHeadLine = before.filter((b) => taken.has(b.index)).at(-1);
  if (firstHeadLine) {
    const above = blocks.slice(Math.max(0, firstHeadLine.index - 2), firstHeadLine.index).reverse();
    // A bare name just above the date line is the author; the title is above it.
    const candidates = above.filter((b) => free(b) && looksLikeTitle(b) && !isChaff(b) && !parseNames(b.text, 2));
    // Headline over standfirst: the upper of two such lines is the title, unless it is a
    // short section label ("Local News").
    const [lower, upper] = candidates;
    const title = upper && wordCount(upper.text) >= 4 ? upper : lower;
    if (title && wordCount(title.text) >= 4) return title;
    // Date over headline ("7. oktober 2020" / "NFF: TINE Fotballskole …" / body): the line
    // right below the head lines, just before the body, when nothing longer sits above.
    const lastHeadLine = before.find((b) => taken.has(b.index));
    const below = lastHeadLine && blocks[lastHeadLine.index + 1];
    if (below && below.index <= anchor && free(below) && looksLikeTitle(below) && !isChaff(below) && wordCount(below.text) >= 4) return below;
    if (title) return title;
  }
  if (blocks.some((b) => b.type === 'heading')) {
    const h1 = blocks.find((b) => free(b) && b.type === 'heading' && b.level === 1);
    if (h1) return h1;
  }
  return before.find((b, k) => {
    // Two-word lines near the body are menu items and labels far more often than headlines.
    if (!free(b) || !looksLikeTitle(b) || isChaff(b) || wordCount(b.text) < 3) return false;
    // The body's own first line is the title only when prose or the head (byline, date) follows it.
    if (k === 0) return blocks[b.index + 1] !== undefined && (isProse(blocks[b.index + 1]!) || taken.has(b.index + 1));
    return true;
  });
}
