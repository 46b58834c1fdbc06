/**
 * The published date of a dump: which of its dated lines is the article's. A line labelled as
 * the publication first, then a plain date line near the body's start, then an update, then
 * looser evidence; below the head only lines that say what their date is. date-line.ts reads
 * each line.
 */
import type { Block } from '../../core/document.js';
import { findDate } from '../../core/dates.js';
import { WEEKDAYS } from '../../core/month-names.js';
import { foldForMatch, wordCount } from '../../core/text.js';
import { dateLedLine, hasUpdatePart, isDateline, labelledDateInside, letterWords, parseDateLine, postedSentence, type DateLine } from './date-line.js';
import { namesCutAtLinks, parseNames } from './names.js';
import { isNearBodyStart, markHeadLine, type DumpHead, type HeadPatterns } from './dump-head.js';

// The title and byline finders read date lines too.
export { parseDateLine, withoutDateLineExtras } from './date-line.js';

/** A date line found in the dump. */
interface DateLineFound {
  block: Block;
  line: DateLine;
  names?: string[];
  /**
   * Looser evidence than a date line: a date leading a longer line ("3. Februar 2022
   * Landesrätin Huber: …"), a labelled date inside one, a sentence about the post.
   */
  loose?: boolean;
}

/**
 * The date line of the head: a line that is a date and little else, or a date with the
 * author's names, ranked as pickDateLine says. With none in the head, a line further down
 * that says what its date is counts ("Published: 05 November 2019" under the article, a
 * wiki's "last edited" footer). Claims the line (and an "Updated …" line beside it) unless
 * it holds more than a head line.
 */
export function findHeadDate(head: DumpHead, patterns: HeadPatterns, language: string | undefined): { published: string; names?: string[] } | undefined {
  const found =
    pickDateLine(headDateLines(head, patterns, language), head, language) ??
    pickDateLine(tailDateLines(head, patterns, language), head, language) ??
    soleDateLine(head, patterns, language);
  if (!found) return undefined;
  const { block, line, names } = found;
  if (line.keepLine) return { published: line.iso };
  // An "Updated …" line beside the date line is part of the same head.
  for (const near of [head.blocks[block.index - 1], head.blocks[block.index + 1]]) {
    if (near && !head.taken.has(near.index) && near.type !== 'heading' && parseDateLine(near.text, patterns.published, language, patterns.nameWords)?.rest === '') {
      markHeadLine(head, near, 'metadata/date');
    }
  }
  markHeadLine(head, block, names ? 'metadata/byline' : 'metadata/date');
  return { published: line.iso, names: names && namesCutAtLinks(block, names) };
}

/**
 * The labelled publication line first ("Published on …"), then the first plain date line (near
 * the body's start first), then an "Updated …" line (pages that show both mean the first), then
 * looser evidence, then a date line in a list of dated lines (teasers, comments, a schedule):
 * the first of the best.
 */
function pickDateLine(lines: Iterable<DateLineFound>, head: DumpHead, language: string | undefined): DateLineFound | undefined {
  const blocks = head.blocks;
  const rank = (found: DateLineFound) => {
    if (found.line.label === 'published' && !found.loose) return 0;
    if (inDateList(blocks, found.block.index, language)) return 4;
    return found.loose ? 3 : found.line.label === 'update' ? 2 : 1;
  };
  const seen: DateLineFound[] = [];
  let best: DateLineFound | undefined;
  let bestRank = Infinity;
  for (const found of lines) {
    seen.push(found);
    const r = rank(found);
    if (r < bestRank) [best, bestRank] = [found, r];
    if (r === 0) break;
  }
  if (best && bestRank === 1) best = belowTodaysDate(best, seen.filter((found) => rank(found) === 1), head) ?? best;
  // The same date on a line searched earlier (nearer the body's start) is the head's own line: it is the one claimed.
  return seen.find((found) => found.line.iso === best?.line.iso && !found.loose && !found.line.keepLine) ?? best;
}

const distance = (head: DumpHead, found: DateLineFound) => Math.abs(found.block.index - head.anchor);

/**
 * The line a masthead's date of today hides: a masthead shows the day the page was fetched, so a
 * plain date line higher up than another, further from the body's start and later than it, is
 * today's; the nearer, earlier line is the article's. (A published and an updated date stand
 * the other way round: the earlier date first.) The article's line stands before the body or
 * right after its first line (which may be the headline): further down, a date is a teaser's.
 */
function belowTodaysDate(first: DateLineFound, rivals: readonly DateLineFound[], head: DumpHead): DateLineFound | undefined {
  let nearest: DateLineFound | undefined;
  for (const rival of rivals) {
    const beforeBody = rival.block.index <= head.anchor + 1;
    const isArticlesLine = beforeBody && rival.block.index > first.block.index && rival.line.iso < first.line.iso && distance(head, rival) < distance(head, first);
    if (isArticlesLine && (!nearest || distance(head, rival) < distance(head, nearest))) nearest = rival;
  }
  return nearest;
}

/** How far around a date line other dated lines make it one of a list. */
const LIST_REACH = 6;
/** Dated lines around a line that make a list: teasers, comments, a schedule. */
const LIST_DATES = 2;
/** Lines longer than this are paragraphs: a date in them is the text's, not a list entry's. */
const LIST_LINE_LENGTH = 200;

function inDateList(blocks: readonly Block[], index: number, language: string | undefined): boolean {
  let dated = 0;
  for (let i = Math.max(0, index - LIST_REACH); i <= Math.min(blocks.length - 1, index + LIST_REACH); i++) {
    const text = blocks[i]!.text;
    if (i !== index && text.length <= LIST_LINE_LENGTH && findDate(text, { language }) && ++dated >= LIST_DATES) return true;
  }
  return false;
}

/** How far below the body's start a date line may still head the article (a lead, an image and its caption above it). */
const BELOW_START = 15;
const isJustBelowStart = (head: DumpHead, block: Block) => block.index > head.anchor && block.index <= head.anchor + BELOW_START;

/** The date lines of the head, in its search order. */
function* headDateLines(head: DumpHead, patterns: HeadPatterns, language: string | undefined): Generator<DateLineFound> {
  for (const block of head.order) {
    if (head.taken.has(block.index) || block.type === 'code') continue;
    const near = isNearBodyStart(head, block);
    // "Dienstag, 14. Juli 2020" in the masthead, away from the article: today's date, not the article's.
    if (!near && isTodayLine(block.text)) continue;
    const found = dateLineOf(block, patterns, language);
    if (found) yield found;
    else {
      // Not from the body's prose further down: a sentence there may name any date.
      if (block.index > head.anchor + BELOW_START) continue;
      const loose =
        labelledDateInside(block.text, patterns.published, language) ??
        (near || isJustBelowStart(head, block) ? dateLedLine(block.text, patterns.byline, language) : undefined) ??
        postedSentence(block.text, patterns.published, language);
      if (loose) yield { block, line: loose, loose: true };
    }
  }
}

/** A date line: a date and little else, or a date and the author's names. */
function dateLineOf(block: Block, patterns: HeadPatterns, language: string | undefined): DateLineFound | undefined {
  const line = parseDateLine(block.text, patterns.published, language, patterns.nameWords, patterns.inlineByline);
  if (!line || (block.type === 'heading' && line.rest)) return undefined;
  if (line.keepLine) return { block, line };
  // "Anna Smith | 9 December 2019", "Posted on 9 August 2024 by Anna Smith": a date line
  // that also names the author.
  const afterPrefix = patterns.byline?.exec(foldForMatch(line.rest)) ?? patterns.fusedByline?.exec(line.rest);
  const names = line.rest ? parseNames(afterPrefix ? line.rest.slice(afterPrefix[0].length) : line.rest, patterns.nameWords, afterPrefix ? 1 : 2) : line.authors;
  if (line.rest && !names && wordCount(line.rest) > 2 && !isDateline(block.text, line.rest) && !line.namesAndPlaces) {
    // "Published on August 19, 2019 • 319 Likes • 160 Comments": the label vouches for the date, the line stays.
    return line.labelLeads ? { block, line: { ...line, keepLine: true } } : undefined;
  }
  return { block, line, names };
}

/**
 * Below the head, only a line that says what its date is: "Published: …", "Zuletzt geändert
 * am …", or a date beside an update ("07/05/2022 20H06 - ACTUALIZADO A 07/05/2022 20H17").
 */
function* tailDateLines(head: DumpHead, patterns: HeadPatterns, language: string | undefined): Generator<DateLineFound> {
  for (const block of head.beyond) {
    if (head.taken.has(block.index) || block.type === 'code' || block.type === 'heading') continue;
    const line = parseDateLine(block.text, patterns.published, language, patterns.nameWords) ?? (amidProse(head.blocks, block.index) ? undefined : postedSentence(block.text, patterns.published, language));
    if (!line) continue;
    // Just past the head's end below the body's start, a plain date line is still the article's head.
    if (line.label || hasUpdatePart(block.text) || isJustBelowStart(head, block)) yield { block, line: { ...line, keepLine: line.keepLine || line.rest !== '' } };
  }
}

/** Words of a paragraph of prose, not a footer's or a list's line. */
const PROSE_WORDS = 20;

/** A line between two paragraphs of prose: a sentence of the text, whatever it says about a date. */
function amidProse(blocks: readonly Block[], index: number): boolean {
  const isProse = (block: Block | undefined) => !!block && wordCount(block.text) > PROSE_WORDS;
  return isProse(blocks[index - 1]) && isProse(blocks[index + 1]);
}

/** The one plain date line below the head, when the dump shows no other: the article's, set apart from it. */
function soleDateLine(head: DumpHead, patterns: HeadPatterns, language: string | undefined): DateLineFound | undefined {
  let sole: DateLineFound | undefined;
  for (const block of head.beyond) {
    if (head.taken.has(block.index) || block.type === 'code' || block.type === 'heading') continue;
    const found = dateLineOf(block, patterns, language);
    if (!found) continue;
    if (sole) return undefined;
    sole = found;
  }
  return sole;
}

/** A line that is a weekday and a date only: the date a masthead shows for today. */
function isTodayLine(text: string): boolean {
  const first = /^\p{L}+/u.exec(text.trim())?.[0].toLowerCase();
  return !!first && WEEKDAYS.has(first) && letterWords(text) <= 4;
}

