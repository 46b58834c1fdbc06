/**
 * Byline lines of dumps, in the order they are believed: the head's "By …" lines, by-words
 * inside a head line and linked names (byline-line.ts, linked-bylines.ts), names beside a date
 * (dated-names.ts), a by-word alone above its names, a credit under the article; when none, a
 * bare name line (name-lines.ts). This module only orders the finders and claims their lines.
 */
import type { Block } from '../../core/document.js';
import { foldForMatch } from '../../core/text.js';
import { namesCutAtLinks, parseNames, withoutRole, type WordSet } from './names.js';
import { findNameLine, headLinesForNames, nameBeforeSeparator, notANameLine, signatureBelowBody, signedNameLines } from './name-lines.js';
import { copyrightHolder } from './footer-credit.js';
import { lowerCaseWords, proseWords } from './page-words.js';
import { isNearBodyStart, markHeadLine, type DumpHead, type HeadPatterns } from './dump-head.js';
import { parseBylineLine, parseInlineByline } from './byline-line.js';
import { namesBesideDate, severalNames } from './dated-names.js';
import { authorPageLine, authorPageLink, linkedByline, namesBelowLabel } from './linked-bylines.js';

export interface FoundByline {
  names: string[];
  /** A date the byline line gave as well. */
  published?: string;
  /** True when the line stands away from the body's start (a comment's byline, a credit under the article): weak evidence. */
  far?: boolean;
}

/**
 * The byline of the head: the first line, near the body's start first, that is a "By …" line,
 * a line of linked names, a head line with a by-word in it, or a by-word alone above its names.
 * Claims its lines.
 */
export function findHeadByline(head: DumpHead, patterns: HeadPatterns, language: string | undefined): FoundByline | undefined {
  const words = proseWords(head.blocks);
  for (const block of head.order) {
    if (head.taken.has(block.index) || block.type === 'code') continue;
    // Inline bylines only in the head itself: around the body's first paragraph (the prose run
    // may open with a teaser or a standfirst above the byline).
    const near = isNearBodyStart(head, block);
    const found = bylineOfHeadLine(head, block, patterns, language, words, near);
    if (!found || (!near && inTeaserList(head, block, patterns, language))) continue;
    for (const line of found.lines) markHeadLine(head, line, 'metadata/byline');
    return near ? found.byline : { ...found.byline, far: true };
  }
  const credit = authorPageLine(head, patterns.nameWords) ?? creditBelowHead(head, patterns, language);
  return credit && { ...credit, far: true };
}

/** The byline a head line gives, and the lines it takes (none for names beside a date: the date lines come later). */
function bylineOfHeadLine(head: DumpHead, block: Block, patterns: HeadPatterns, language: string | undefined, words: WordSet, near: boolean) {
  const byline =
    linkedByline(block, patterns, language) ??
    parseBylineLine(block.text, patterns, language, 1, words) ??
    (near ? (inlineByline(block, patterns, language, block.index > head.anchor) ?? authorPageLink(head.blocks, block, language, patterns.nameWords)) : undefined);
  if (byline) return { byline, lines: [block] };
  // "Gerd Falk / 22.04.2020 / 06:15 / …": the names, while the line is left to the date lines.
  // ("21.01.2022 11:46 von" / "Peter Ohm": a line that ends in a by-word is a label, its names follow below.)
  const label = !!patterns.bylineLabel?.test(foldForMatch(block.text));
  const dated = near && !label ? (namesBesideDate(block.text, patterns, language, words) ?? severalNames(block, words, patterns.nameWords)) : undefined;
  if (dated) return { byline: dated, lines: [] };
  const labelled = near ? namesBelowLabel(head.blocks, block, patterns) : undefined;
  return labelled ? { byline: { names: labelled.names }, lines: [block, ...labelled.lines] } : undefined;
}

/** A by-word inside a head line, its names cut where their links end. */
function inlineByline(block: Block, patterns: HeadPatterns, language: string | undefined, inBody: boolean): FoundByline | undefined {
  const found = parseInlineByline(block.text, patterns, language, inBody);
  return found && { ...found, names: namesCutAtLinks(block, found.names) };
}

/** How far from the title line a byline line may stand when the body's start is elsewhere. */
const BESIDE_TITLE = 3;

/**
 * A byline line beside the title when the title stands away from the body's start (a teaser or
 * a site blurb opened the prose run above it): "Lesezeichen im Browser exportieren …" / "Marco
 * Kratzenberg , 01. Dez. 2017, 12:01 Uhr". Lines below the title first. Claims it.
 */
function bylineBesideTitle(head: DumpHead, patterns: HeadPatterns, language: string | undefined): FoundByline | undefined {
  const words = proseWords(head.blocks);
  const titles = head.spans.filter((span) => span.rule === 'metadata/title').map((span) => span.block);
  for (const title of titles) {
    for (let distance = 1; distance <= BESIDE_TITLE; distance++) {
      for (const block of [head.blocks[title + distance], head.blocks[title - distance]]) {
        if (!block || block.type === 'code' || isNearBodyStart(head, block)) continue;
        // A date line below the title may name the author too ("19.10.2019 11:36 stadtradio"); it stays the date's.
        const dateLine = head.spans.some((span) => span.block === block.index && span.rule === 'metadata/date');
        if (head.taken.has(block.index) && !dateLine) continue;
        const found = dateLine ? { byline: namesBesideDate(block.text, patterns, language, words), lines: [] } : bylineOfHeadLine(head, block, patterns, language, words, true);
        if (!found?.byline) continue;
        if (!dateLine) for (const line of found.lines.length ? found.lines : [block]) markHeadLine(head, line, 'metadata/byline');
        return found.byline;
      }
    }
  }
  return undefined;
}

/**
 * A credit line past the head, under the article or in its author box ("Text: Ulrike Engel",
 * "Author: Marco Bellini", "Erstellt von Andri Brunner"): a line that opens with a by-word and
 * gives a full name. Claims it.
 */
function creditBelowHead(head: DumpHead, patterns: HeadPatterns, language: string | undefined): FoundByline | undefined {
  for (const block of head.beyond) {
    if (head.taken.has(block.index) || block.type === 'code') continue;
    const byline = parseBylineLine(block.text, patterns, language, 2);
    if (byline && !inTeaserList(head, block, patterns, language)) {
      markHeadLine(head, block, 'metadata/byline-credit');
      // A date there may be a teaser's below the article: the date lines of the head come first.
      return { names: byline.names };
    }
    // "Von:" / "Gerd Wanke" under the article, "Published by" / "Daniel Lefort" in its author box.
    const labelled = isAuthorLabel(block.text, patterns) ? namesBelowLabel(head.blocks, block, patterns) : undefined;
    if (labelled) {
      for (const line of [block, ...labelled.lines]) markHeadLine(head, line, 'metadata/byline-credit');
      return { names: labelled.names };
    }
  }
  return undefined;
}

/** How far apart the bylines of a list of teasers stand (a headline, a standfirst, the byline). */
const TEASER_SPACING = 3;

/**
 * True for a byline line with another one a few lines off: the authors of a list of teasers below the
 * article ("More stories" / headline / "By Anna Smith 12 May" / headline / "By Bo Li 12 May"), not its own.
 */
function inTeaserList(head: DumpHead, block: Block, patterns: HeadPatterns, language: string | undefined): boolean {
  for (let distance = 1; distance <= TEASER_SPACING; distance++) {
    for (const other of [head.blocks[block.index - distance], head.blocks[block.index + distance]]) {
      if (other && other.type !== 'code' && parseBylineLine(other.text, patterns, language, 2)) return true;
    }
  }
  return false;
}

/**
 * A line that labels the author below it: a by-word alone, or after a publication label ("Published by",
 * "Veröffentlicht von"); "Recipe Advertising by", "Herausgegeben von" over a site's editors are other credits.
 */
function isAuthorLabel(text: string, patterns: HeadPatterns): boolean {
  const folded = foldForMatch(text).trim();
  const label = patterns.bylineLabel?.exec(folded);
  if (!label) return false;
  const before = folded.slice(0, label.index).trim();
  const byWordOnly = patterns.byline?.exec(folded)?.[0].trim().length === folded.length;
  return byWordOnly || (!!before && patterns.published?.exec(before)?.[0].trim().length === before.length);
}

/** When the head has no byline line: a line of names beside the head lines found (title, date). Claims it. */
export function findBylineBesideHead(head: DumpHead, patterns: HeadPatterns, language: string | undefined, isChaff: (block: Block) => boolean): FoundByline | undefined {
  const besideTitle = bylineBesideTitle(head, patterns, language);
  if (besideTitle) return besideTitle;
  const byline = (b: Block) =>
    parseBylineLine(b.text, patterns, language) ?? parseInlineByline(b.text, patterns, language, true);
  const words = lowerCaseWords(head.blocks);
  const cutRole = (text: string) => withoutRole(text, patterns.role, words);
  const notName = notANameLine(isChaff, patterns, words);
  const signed = signedNameLines(head, notName, patterns.nameWords);
  const heads = headLinesForNames(head);
  if (signed.length) {
    for (const block of signed) markHeadLine(head, block, 'metadata/byline-author-box');
    return { names: signed.flatMap((block) => parseNames(block.text, patterns.nameWords, 2)!) };
  }
  // Weaker evidence in turn, each under its own rule so a record says which one named the author.
  const finders: [rule: string, find: () => { block: Block; names: string[] } | undefined][] = [
    ['metadata/byline-name-line', () => findNameLine(head.blocks, [...heads], heads, { notName, byline, cutRole, nameWords: patterns.nameWords }) ?? nameBeforeSeparator(head, notName, patterns.nameWords)],
    ['metadata/byline-signature', () => signatureBelowBody(head, notName, patterns.nameWords)],
    ['metadata/byline-copyright', () => copyrightHolder(head, patterns)],
  ];
  for (const [rule, find] of finders) {
    const author = find();
    if (!author) continue;
    markHeadLine(head, author.block, rule);
    return { names: author.names };
  }
  return undefined;
}
