/**
 * The shape of a headline in a text dump, line by line: a few words, capitalised, no closing stop;
 * not a sentence that dates itself, a list of teasers cut short, a breadcrumb's part, a short list of
 * labels or labels joined into one line. text-headline.ts weighs the lines that pass.
 */
import type { Block } from '../../core/document.js';
import { foldForMatch, wordCount } from '../../core/text.js';
import { linkShare, textWeight } from '../../core/prose.js';
import { findDate } from '../../core/dates.js';
import { COMMON_TLDS } from '../../core/url.js';

/** A line shaped like a headline: a few words, starting with a capital or digit, no closing stop, colon or comma. */
export function looksLikeTitle(block: Block, minWeight = 2): boolean {
  const weight = textWeight(block.text);
  return (
    block.type !== 'code' &&
    weight >= minWeight &&
    weight <= 30 &&
    // A headline may ask or exclaim; a sentence or a label ends in a stop or a colon, maybe inside a closing quote.
    (!/[.…:,;]["'”“»’)]*\s*$/u.test(block.text) || ABBREVIATION_END.test(block.text)) &&
    // An opening quote may be spaced ("« Il y a … »"); scripts without case (Arabic, Chinese) start with any letter.
    /^(?:["'„“«‘(]\s?)?[\p{Lu}\p{N}\p{Lo}]/u.test(block.text) &&
    !/^\(.*\)$/u.test(block.text.trim()) && // "(Marisa Delgado / Fresno Courier)": a credit aside
    !/https?:\/\/|www\./iu.test(block.text) && // a notice or a link list ("… refer to this site: https://…")
    /\p{L}{2}/u.test(block.text) && // "1950 1970 1990 2010 2030": a chart's axis
    !/[>›»|/]\s*$/u.test(block.text) && // "Presse und News >": a breadcrumb
    (/\p{Lu}/u.test(block.text) || !/\p{Ll}/u.test(block.text)) && // a capital, unless the script has no case
    (linkShare(block) < 0.5 || isLinkedHeadline(block))
  );
}

/** A closing stop that belongs to an abbreviation ("… für Küche & Co."): the line is no sentence for it. */
const ABBREVIATION_END = /(?:^|[\s&])(?:Co|Inc|Ltd|Corp|Jr|Sr|etc|usw)\.\s*$/u;

/** A link to a site's home page: the site's name, not a headline. */
const HOME_PAGE = /^https?:\/\/[^/]+\/?$/i;

/**
 * A linked line is a menu item or a teaser, but a heading that is one link may link to its own
 * page (a blog post's title, "## [Nummer zwei: Leo](…/nummer-zwei-leo/)"), unless it links home.
 */
function isLinkedHeadline(block: Block): boolean {
  const [link, ...more] = block.links;
  return block.type === 'heading' && !!link && !more.length && linkShare(block) > 0.95 && !HOME_PAGE.test(link.href);
}

/** A domain name written in a line: a name, a dot, a common top-level domain ("Node.js" is none). */
export const DOMAIN_NAME = new RegExp(`[\\p{L}\\p{N}-]\\.(?:${COMMON_TLDS})(?![\\p{L}\\p{N}])`, 'iu');

/** Sentence headlines have a few words; longer lines that end in a stop are text. */
const SENTENCE_TITLE_WORDS = 15;

/**
 * A headline written as a sentence ("Warum wir den Garten nicht mehr „aufräumen“ wollen."):
 * a short line ending in a full stop after a word (not an abbreviation's "e.V."), title-shaped
 * without it, with a date on the line below.
 */
export function isDatedSentenceTitle(blocks: readonly Block[], i: number): boolean {
  const block = blocks[i]!;
  const next = blocks[i + 1];
  if (!next || !/[\p{L}\p{N}]{2}["“”»’)]*\.$/u.test(block.text.trim()) || wordCount(block.text) > SENTENCE_TITLE_WORDS || !findDate(next.text)) return false;
  return looksLikeTitle({ ...block, text: block.text.trim().slice(0, -1) });
}

/** A headline may trail off ("Der Rest kommt später…"); a teaser cut short ends in the same ellipsis. */
const ELLIPSIS_END = /(?:…|\.{3,})\s*$/u;

/** How far around a line that trails off another one may not: teasers cut short come in lists. */
const TEASER_LIST_REACH = 8;

/**
 * A headline that trails off in an ellipsis, title-shaped without it, when no other line nearby
 * ends in one: a list of teasers cut short ("Inflation: Handwerk unter Dru...") ends them all so.
 */
export function isTrailingOffTitle(blocks: readonly Block[], i: number): boolean {
  const block = blocks[i]!;
  if (!ELLIPSIS_END.test(block.text) || !looksLikeTitle({ ...block, text: block.text.replace(ELLIPSIS_END, '') })) return false;
  const near = blocks.slice(Math.max(0, i - TEASER_LIST_REACH), i + TEASER_LIST_REACH + 1);
  return !near.some((other) => other.text !== block.text && ELLIPSIS_END.test(other.text));
}

/**
 * True when a breadcrumb above ends with this line: its last item names the page ("Sie sind hier:
 * Home » Allgäu » Kempten"). The breadcrumb must show its separators: a line that merely
 * ends in the same word ("Online Shop" over "Shop") is a menu entry as often as a breadcrumb.
 */
export function endsBreadcrumbAbove(blocks: readonly Block[], i: number): boolean {
  const own = foldForMatch(blocks[i]!.text);
  return blocks.slice(0, i).some((b) => {
    const other = foldForMatch(b.text);
    const crumbs = MENU_SEPARATOR.test(b.text);
    return crumbs && other.length > own.length && other.length < BREADCRUMB_LENGTH && other.endsWith(` ${own}`);
  });
}

/** A breadcrumb is a line of some words, not a paragraph. */
const BREADCRUMB_LENGTH = 300;

/** Three or more items of one to three words, joined by commas or dashes: categories or tags, not a headline. */
export function isShortList(text: string): boolean {
  const items = text.split(/\s*,\s*|\s+[–—-]\s+/u);
  return items.length >= 3 && items.every((item) => wordCount(item) >= 1 && wordCount(item) <= 3);
}

/** What joins the items of a label: "&", a slash, a comma, "and". */
const LABEL_JOINER = /\s*(?:[,&+/]|\s(?:and|und|et|y|e|i|oder|or|ou|o|и|oraz)\s)\s*/u;

/** One-word items joined ("Produkte & Services", "Klima/Energie/Verkehr", "Energie und Umwelt"): a menu's or a category's label. */
export function isJoinedLabels(text: string): boolean {
  const items = text.trim().split(LABEL_JOINER).filter(Boolean);
  return items.length >= 2 && wordCount(text) <= 6 && items.every((item) => wordCount(item) === 1);
}

/** Breadcrumbs and menus joined on one line. */
export const MENU_SEPARATOR = /[»|›>•]|\s\/\s/u;
