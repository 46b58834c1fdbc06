/**
 * The title line of a dump: the line that repeats a title known from the page's own metadata;
 * else the sole top-level heading; else, in text dumps, the best-scored headline line; else the
 * heading or the title-shaped line nearest above the body and its byline and date lines. The
 * line that spells the URL's slug wins over one chosen by its place.
 */
import type { Block, Format } from '../../core/document.js';
import { foldForMatch, wordCount } from '../../core/text.js';
import { isProse, linkShare } from '../../core/prose.js';
import { spellsHost, stripSiteFromTitle } from './site-name.js';
import { lineMatchingSlug, originalUrl, slugCover, slugWords } from './url-slug.js';
import { hostOf } from '../../core/url.js';
import { findDate } from '../../core/dates.js';
import { textHeadline } from './text-headline.js';
import { looksLikeTitle } from './title-shape.js';
import { isNameShaped } from './names.js';
import { parseDateLine } from './dump-date.js';
import { HEAD_AFTER, HEAD_BEFORE, markHeadLine, type DumpHead, type HeadPatterns } from './dump-head.js';
import type { NameWordPatterns } from './name-words.js';

export interface TitleOptions {
  language: string | undefined;
  format: Format | undefined;
  /** A title already known from stronger evidence: the line that repeats it is lifted out. */
  knownTitle?: string;
  /** The page's URL: its slug spells the title. */
  url?: string;
  /** The site's host: a line that spells it is the masthead, and a title part naming it is cut. */
  host?: string;
  /** The page's date as its head lines give it: a title that starts with it loses it. */
  published?: string;
  /** True for lines the rule packs call chaff (credits, share lines): never a title. */
  isChaff: (block: Block) => boolean;
}

/** Finds the title line, claims it (and its verbatim repeats) as head lines, and returns the title without the site's name. */
export function findHeadTitle(head: DumpHead, patterns: HeadPatterns, options: TitleOptions): string | undefined {
  const { blocks, anchor, taken } = head;
  const { knownTitle, isChaff } = options;
  // An archived copy names the archive's host: the site is the one of the page it keeps.
  const host = options.host && hostOf(originalUrl(options.url));
  // A line that spells the site's name is the masthead, not the title.
  const masthead = (b: Block) => (host ? spellsHost(b.text, host) && wordCount(b.text) <= 6 : false);
  // A line that is only a date ("22 Mai 2019 à 07h30") is never the headline, even when another line gave the date.
  const dateOnly = (b: Block) => parseDateLine(b.text, patterns.published, options.language, patterns.nameWords)?.rest === '';
  // A line that starts with a by-word ("By Staff and wire service reports") is a byline the names did not fit.
  const byWord = (b: Block) => !!patterns.byline?.test(foldForMatch(b.text));
  const notTitle = (b: Block) => isChaff(b) || masthead(b) || dateOnly(b) || byWord(b);
  // Pages give the headline their only <h1>: that heading wins over a place or a slug.
  const sole = knownTitle ? undefined : soleHeadline(blocks, anchor, notTitle);
  const headline = sole && !taken.has(sole.index) ? sole : undefined;
  const inText = options.format === 'text' && !knownTitle;
  const heads = head.spans.filter((s) => s.rule !== 'metadata/source-url').map((s) => s.block);
  let title = headline ?? (inText ? textHeadline(blocks, anchor, heads, taken, notTitle, patterns.nameWords) : findTitle(head, knownTitle, notTitle, patterns.nameWords));
  // Without a known title, the head line that spells the URL's slug beats a line chosen by its place.
  const slug = knownTitle ? new Set<string>() : slugWords(options.url);
  // The headline stands before the body, on a line of its own.
  const headLines = head.order.filter((b) => b.index <= anchor && !taken.has(b.index) && !b.text.includes('\n') && looksLikeTitle(b) && !notTitle(b));
  const bySlug = lineMatchingSlug(headLines, slug);
  if (bySlug && !headline && (!title || slugCover(title.text, slug) < slugCover(bySlug.text, slug))) title = bySlug;
  if (!title) return undefined;
  markHeadLine(head, title, 'metadata/title');
  const kicker = kickerLineAbove(blocks, title, taken);
  if (kicker) markHeadLine(head, kicker, 'metadata/title');
  const titleText = kicker ? `${kicker.text.trim()} ${title.text.trim()}` : title.text;
  // The headline again further down (a gallery caption, a teaser of this very page) is not body text.
  const folded = foldForMatch(titleText);
  // Folding only trims and collapses whitespace and maps single characters: a line far shorter or longer is no repeat, unfolded.
  const near = (text: string) => text.length >= folded.length / 2 && text.length <= folded.length * 2 + 20;
  for (const block of blocks) if (!taken.has(block.index) && near(block.text) && foldForMatch(block.text) === folded) markHeadLine(head, block, 'metadata/title-repeat');
  return stripSiteFromTitle(withoutLeadingDate(withColonTypography(titleText, options.language), options.published, options.language), host);
}

/** A space a dump put before a colon, where two inline parts of a heading met ("Kicker : Headline"). */
const SPACED_COLON = /(?<=[\p{L}\p{N}"'”“»)]) +:(?= )/gu;

/** Languages whose typography sets a space before a colon ("Covid-19 et infox : comment …"). */
const SPACE_BEFORE_COLON = new Set(['fr']);

/** A title with its colons set as its language writes them: "Kicker : Headline" → "Kicker: Headline", but not in French. */
function withColonTypography(title: string, language: string | undefined): string {
  return language && SPACE_BEFORE_COLON.has(language) ? title : title.replace(SPACED_COLON, ':');
}

/** A kicker has a few words, fewer than a headline's most. */
const KICKER_WORDS = 10;

/**
 * The kicker a dump wrote on its own line above the headline ("Tanz im Stadtpark:" over "Mit
 * leichtem Schritt"), when the page has both again as one line elsewhere (a teaser, a list of the
 * most read): the headline is the two together.
 */
function kickerLineAbove(blocks: readonly Block[], title: Block, taken: ReadonlySet<number>): Block | undefined {
  const above = blocks[title.index - 1];
  // A kicker is a few words, and a title's own: no sentence, no line ending in a stop.
  if (!above || taken.has(above.index) || above.text.includes('\n') || wordCount(above.text) > KICKER_WORDS || /[.!?]\s*$/u.test(above.text)) return undefined;
  const joined = foldForMatch(`${above.text.trim()} ${title.text.trim()}`);
  return blocks.some((b) => b.index !== above.index && b.index !== title.index && b.text.length >= joined.length - 2 && foldForMatch(b.text) === joined) ? above : undefined;
}

/** Words before a title's date that are a label or a breadcrumb run into it ("Startseite News & mehr"), at most. */
const LABEL_BEFORE_DATE = 4;

/**
 * A title without the page's date it starts with: "3. Februar 2022 Landesrätin Huber: …",
 * "25.01.2022 - Johanna Lindner darf …". Headlines do not open with their own publication date;
 * a teaser's or a page title's line does (another date may be the headline's: "9. November 1989 – …").
 * What follows the date must still be a title of three words or more.
 */
function withoutLeadingDate(title: string, published: string | undefined, language: string | undefined): string {
  const date = published && findDate(title, { language });
  if (!date || date.iso.slice(0, 10) !== published!.slice(0, 10) || wordCount(title.slice(0, date.index)) > LABEL_BEFORE_DATE) return title;
  const rest = title.slice(date.index + date.text.length).replace(/^[\s|–—:»·,-]+/u, '');
  return wordCount(rest) >= 3 && /^[\p{Lu}\p{N}"'„“«]/u.test(rest) ? rest : title;
}

/**
 * The one top-level heading of a Markdown dump, when it stands in the head (before the body or
 * just inside it): pages give the headline the only <h1>. A heading that opens the dump is
 * left to the other rules, since the dump writes the page's <title> there when the page has no <h1>.
 */
function soleHeadline(blocks: readonly Block[], anchor: number, notTitle: (block: Block) => boolean): Block | undefined {
  const h1s = blocks.filter((b) => b.type === 'heading' && b.level === 1 && b.text.trim() && b.index > 0);
  // A sole <h1> all in lower case above the body is a blog's name styled so; at the body's start, its headline.
  const blogName = (h1: Block) => h1.index < anchor && /\p{Ll}/u.test(h1.text) && !/\p{Lu}/u.test(h1.text);
  if (h1s.length === 1) return h1s[0]!.index <= anchor + HEAD_AFTER && !blogName(h1s[0]!) && !notTitle(h1s[0]!) ? (headlineUnderLabel(blocks, h1s[0]!, notTitle) ?? h1s[0]) : undefined;
  // Several: a blog's name, a tagline or a menu label may be an <h1> too; the headline is the last
  // one of some words, unlinked, before the body's first paragraphs.
  return h1s.findLast((b) => b.index >= anchor - HEAD_BEFORE && b.index <= anchor + HEAD_AFTER && looksLikeTitle(b) && wordCount(b.text) >= 3 && !notTitle(b));
}

/**
 * A one-word <h1> right over a headline-shaped line ("Reiseberichte" over "Drei Tage im Nebel am
 * Bergsee") is the section's label, and the line under it the headline.
 */
function headlineUnderLabel(blocks: readonly Block[], h1: Block, notTitle: (block: Block) => boolean): Block | undefined {
  const under = blocks[h1.index + 1];
  if (wordCount(h1.text) > 1 || !under || under.text.includes('\n')) return undefined;
  // A line that names the label again is about the labelled page (its caption), not a headline under it.
  if (foldForMatch(under.text).includes(foldForMatch(h1.text))) return undefined;
  return wordCount(under.text) >= 3 && looksLikeTitle(under) && !isProse(under) && !notTitle(under) ? under : undefined;
}

/**
 * The title: the line that repeats a title known from stronger evidence; else the heading
 * nearest before the body; else, in text dumps, the nearest title-like line before it.
 */
function findTitle(head: DumpHead, knownTitle: string | undefined, isChaff: (block: Block) => boolean, nameWords: NameWordPatterns): Block | undefined {
  const { blocks, anchor, taken } = head;
  const free = (b: Block) => !taken.has(b.index);
  if (knownTitle) {
    const folded = foldForMatch(knownTitle);
    return head.order.find(
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
    const candidates = above.filter((b) => free(b) && looksLikeTitle(b) && !isChaff(b) && !isNameShaped(b.text, nameWords, 2));
    // Headline over standfirst: the upper of two such lines is the title, unless it is a
    // short section label ("Local News").
    const [lower, upper] = candidates;
    const title = upper && wordCount(upper.text) >= 4 ? upper : lower;
    if (title && wordCount(title.text) >= 4) return title;
    // Date over headline ("9. oktober 2020" / "IL Fram: Ny sommerskole …" / body): the line
    // right below the head lines, just before the body, when nothing longer sits above.
    const lastHeadLine = before.find((b) => taken.has(b.index));
    const below = lastHeadLine && blocks[lastHeadLine.index + 1];
    if (below && below.index <= anchor && free(below) && looksLikeTitle(below) && !isChaff(below) && wordCount(below.text) >= 4) return below;
    if (title) return title;
  }
  // A blog's name is an <h1> linked to its home page; the post's own <h1> is often unlinked.
  const h1s = blocks.filter((b) => free(b) && b.type === 'heading' && b.level === 1 && !isChaff(b));
  const h1 = h1s.find((b) => linkShare(b) < 0.5) ?? h1s[0];
  if (h1) return h1;
  return before.find((b, k) => {
    // Two-word lines near the body are menu items and labels far more often than headlines.
    if (!free(b) || !looksLikeTitle(b) || isChaff(b) || wordCount(b.text) < 3) return false;
    // The body's own first line is the title only when prose or the head (byline, date) follows it.
    if (k === 0) return blocks[b.index + 1] !== undefined && (isProse(blocks[b.index + 1]!) || taken.has(b.index + 1));
    return true;
  });
}
