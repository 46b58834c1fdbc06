/**
 * Metadata written as lines of a dump: the title, "By …" bylines, date lines and
 * "Original url:" trailers. Each line found becomes a field and a `metadata` span, so it
 * leaves the body and the removal is explained.
 */
import type { Block, Format, Span } from '../../core/document.js';
import type { FieldPhrases } from '../../config/rules.js';
import { foldForMatch, wordCount } from '../../core/text.js';
import { bestSegment, isProse, proseScore } from '../../core/prose.js';
import { UPDATE_LABEL, findDate, type FoundDate } from '../../core/dates.js';
import { WEEKDAYS } from '../../core/month-names.js';
import { spellsHost, stripSiteFromTitle } from './site-name.js';
import { lineMatchingSlug, slugCover, slugWords } from './url-slug.js';
import { hostOf } from '../../core/url.js';
import { looksLikeTitle, textHeadline, withoutSitePart } from './dump-title.js';
import { parseNames } from './names.js';

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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function prefixPattern(phrases: string[]): RegExp | undefined {
  if (!phrases.length) return undefined;
  const alternatives = [...new Set(phrases.map((p) => escape(foldForMatch(p))))].sort((a, b) => b.length - a.length);
  return new RegExp(`^(?:${alternatives.join('|')})(?:\\s*:?\\s+|\\s*:?\\s*$)`, 'iu');
}

/**
 * A one-word byline prefix run into the name when a dump dropped the link around it
 * ("ByAlex Bozarjian", "vonPatrick Otte"): the prefix, then a capitalised word. Case matters
 * here, so each prefix is spelled lower-case and capitalised.
 */
function fusedPattern(phrases: string[]): RegExp | undefined {
  const words = [...new Set(phrases.filter((p) => !/\s/u.test(p)).map((p) => p.toLowerCase()))];
  if (!words.length) return undefined;
  const spellings = words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]).map(escape).sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}])(?:${spellings.join('|')})(?=\\p{Lu}\\p{Ll})`, 'u');
}

/** A line that ends in a byline prefix ("COLLECTED BY", "Written by"): a label, the name follows it. */
function labelEndPattern(phrases: string[]): RegExp | undefined {
  if (!phrases.length) return undefined;
  const alternatives = [...new Set(phrases.map((p) => escape(foldForMatch(p))))].sort((a, b) => b.length - a.length);
  return new RegExp(`(?:^|\\s)(?:${alternatives.join('|')})\\s*:?$`, 'iu');
}

/** The byline prefixes anywhere in a line, each followed by a name (checked on the original text). */
function inlinePattern(phrases: string[]): RegExp | undefined {
  if (!phrases.length) return undefined;
  const alternatives = [...new Set(phrases.map((p) => escape(foldForMatch(p))))].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})\\s*:?\\s+`, 'gu');
}

/** "By Anna Smith | February 11, 2026" → names and, if present, the date. */
function parseBylineLine(text: string, byline: RegExp | undefined, language: string | undefined, fused?: RegExp) {
  if (!byline || text.length > 200 || wordCount(text) > 16) return undefined;
  const match = byline.exec(foldForMatch(text)) ?? fused?.exec(text.trim());
  if (!match) return undefined;
  let rest = text.trim().slice(match[0].length).trim();
  const date = findDate(rest, { language });
  if (date) rest = (rest.slice(0, date.index) + rest.slice(date.index + date.text.length)).trim();
  rest = rest.replace(/^[\s|·•,/–—-]+|[\s|·•,/–—-]+$/gu, '').split(/\s+[|·•/–—]+\s+/u)[0]!.trim();
  // "Anna Smith, Online-Redaktion Veröffentlicht:": a label left by the removed date goes too,
  // and so does the outlet named by its domain ("Bob Yirka, Phys.org").
  rest = rest.replace(/\s+\S+:$/u, '').replace(/\s*,\s*[\p{L}\p{N}-]+\.\p{Ll}{2,}$/u, '').trim();
  const names = parseNames(rest);
  return names ? { names, published: date?.iso } : undefined;
}

/** A joiner between two linked names on one line. */
const LINK_JOINER = /^\s*(?:,|;|&|and|und|et|y)\s*$/iu;
/** What may stand between a linked name and its date: nothing, a separator or a short word ("On", "am", "le"). */
const NAME_DATE_GAP = /^\s*(?:[|·•,–—-]|\p{L}{1,3})?\s*$/u;

/**
 * A byline whose names are links, as Markdown dumps keep them: "By [Evan Halper](#)Staff Writer",
 * "von [Michael Rädel](…), [Redaktion](…)", "[Shana Nys Dambrot](#)November 6, 2023". The link
 * text is the name, up to where the link ends: the text run into it is a role or the date.
 */
function linkedByline(block: Block, byline: RegExp | undefined, language: string | undefined) {
  const [first] = block.links;
  if (!first || block.text.length > 200 || block.text.includes('\n')) return undefined;
  const before = block.text.slice(0, first.start).trim();
  // The by-word before the link or inside it ("[By **Martin Jendrischik**](…) On 12. Dezember 2022").
  const inside = !before ? byline?.exec(`${foldForMatch(block.text.slice(first.start, first.end))} `) : undefined;
  const prefix = before ? byline?.exec(`${foldForMatch(before)} `) : undefined;
  const byWord = !!inside || (!!prefix && prefix[0].trim().length >= foldForMatch(before).length);
  let dated = false;
  if (!byWord && !before) {
    // "[Shana Nys Dambrot](#)November 6, 2023": a date right after the name (run into it, without a word boundary).
    const after = findDate(block.text.slice(first.end), { language });
    dated = !!after && NAME_DATE_GAP.test(block.text.slice(first.end, first.end + after.index));
  } else if (!byWord) {
    // "23.06.2016 um 16:14 Uhr - [Markus Reuter](#) - [91 Ergänzungen](#)": the date, then the name.
    const leading = findDate(before, { language });
    dated = leading?.index === 0 && !withoutDateLineExtras(before.slice(leading.text.length)).replace(/^[\s|·•,–—-]+/u, '');
  }
  if (!byWord && !dated) return undefined;
  const names: string[] = [];
  let end = first.end;
  for (const link of block.links) {
    if (link !== first && !LINK_JOINER.test(block.text.slice(end, link.start))) break;
    const start = link === first && inside ? link.start + inside[0].length : link.start;
    const found = parseNames(block.text.slice(start, link.end).trim(), byWord ? 1 : 2);
    if (!found) break;
    names.push(...found);
    end = link.end;
  }
  if (!names.length) return undefined;
  const date = findDate(block.text, { language }) ?? findDate(block.text.slice(first.end), { language });
  return { names, published: date?.iso };
}

/** Where a name stops inside a head line: a separator, a date, or a word such as "le" or "am". */
const NAME_END = /\s*(?:[|·•,;(]|(?<![\p{L}\p{N}])\d|\s(?:le|am|on|à|um|em|el|il|en|in|for|für|pour|illustration|photo|foto)\s)/iu;

/**
 * A byline inside a head line: "July 24, 2019 by Amy Motroni", "Gepostet von Katharina
 * Volkwein | Wohnen", "Par Nicolas Gutierrez C. le 14.09.2020". The words after the prefix,
 * up to a separator, must be names; sentences are not head lines.
 */
function parseInlineByline(text: string, inline: RegExp | undefined, language: string | undefined, inBody = false) {
  if (!inline || text.length > 200 || wordCount(text) > 20) return undefined;
  // Inside the body's first paragraphs a sentence may say "… von Familie und Beruf." or "Leído por …":
  // there only a dated or separated head line with full names counts.
  if (inBody && /[.!?]$/u.test(text.trim())) return undefined;
  const folded = foldForMatch(text);
  if (folded.length !== text.trim().length) return undefined; // offsets must line up
  const source = text.trim();
  const matches = [...folded.matchAll(inline)];
  for (const match of matches) {
    // What stands before the prefix is a label, a date, a separated part or the byline itself
    // ("Gepostet von", "July 24, 2019 by", "Reviews · von", "von Anna Smith Twitter Account von");
    // a headline that says "… Intercepted by Federal Agents" is no byline.
    const before = source.slice(0, match.index!).trim();
    const labelled = /[|·•,–—-]$/u.test(before) || !!findDate(before, { language });
    if (wordCount(before) > (inBody ? 0 : 3) && matches[0]!.index !== 0 && !labelled) continue;
    const after = source.slice(match.index! + match[0].length);
    const cut = NAME_END.exec(after);
    const names = parseNames((cut ? after.slice(0, cut.index) : after).trim(), inBody ? 2 : 1);
    if (names && names.every((n) => wordCount(n) <= 4)) return { names, published: findDate(source, { language })?.iso };
  }
  return undefined;
}

/** A line that is a date and little else ("Published February 11, 2026 at 10:00"). */
const PARTS = /(?:^|\s+)[|·•/–—-]\s+/u;

/** "Published: 26 September 2020 | Updated: 28 September 2020" without the update, when another dated part remains. */
function withoutUpdatePart(text: string): string {
  const parts = text.split(PARTS);
  if (parts.length < 2) return text;
  const isUpdate = (part: string) => UPDATE_LABEL.test(part) && findDate(part) !== undefined;
  const kept = parts.filter((part) => !isUpdate(part));
  return kept.length < parts.length && kept.some((part) => findDate(part)) ? kept.join(' | ') : text;
}

/** Words with a letter: dates and times ("04/05/2022 05:49") do not make a date line long. */
const letterWords = (text: string) => text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;

/** A user name written after a by-word ("von freeman1984", "by marc"): one token, not a sentence. */
const HANDLE = /^(?=.*\p{L})[\p{L}\p{N}_.-]{2,30}$/u;

/**
 * The author named after a by-word inside a date line ("Dezember 10, 2019 · von freeman1984 · in
 * Uncategorized", "Posted on 2015-04-05 by marc | Leave a comment"): names or a user name.
 */
function authorAfterByWord(rest: string, inline: RegExp | undefined): string[] | undefined {
  if (!inline) return undefined;
  const folded = foldForMatch(rest);
  if (folded.length !== rest.length) return undefined; // offsets must line up
  const match = folded.matchAll(inline).next().value;
  if (!match) return undefined;
  const after = rest.slice(match.index! + match[0].length);
  const cut = NAME_END.exec(after);
  const author = (cut ? after.slice(0, cut.index) : after).trim();
  if (!author || wordCount(author) > 4) return undefined;
  return parseNames(author) ?? (HANDLE.test(author) ? [author] : undefined);
}

function parseDateLine(line: string, published: RegExp | undefined, language: string | undefined, inline?: RegExp) {
  const text = withoutUpdatePart(line);
  // "08.11.2021 | Headline", "27.1.2022 - The lead …": a date that leads the line, set off by
  // a separator. A long line is the body's own: the date is read, the line stays.
  const leading = /^\d/.test(text) ? findDate(text.slice(0, 40), { language }) : undefined;
  if (leading && leading.index === 0 && /^\s*[|·•–—-]\s/u.test(text.slice(leading.text.length))) {
    // "04.02.2022 | 13:10 Uhr | Uta Helkenberg": the names after the date stay with the date line.
    const rest = withoutDateLineExtras(text.slice(leading.text.length).replace(/^\s*[|·•–—-]\s*/u, ''));
    return { iso: leading.iso, rest: parseNames(rest, 2) ? rest : '', keepLine: wordCount(text) > 12 };
  }
  if (text.length > 160 || letterWords(text) > 10) return undefined;
  const date = findDate(text, { language });
  if (!date) return undefined;
  let rest = withoutDate(text, date);
  // "25. Januar 202225. Januar 2022": the same date twice (published and updated on one day).
  for (let again = findDate(rest, { language }); again?.iso === date.iso; again = findDate(rest, { language })) rest = withoutDate(rest, again);
  // The label may follow a section name ("Crime Published On May 10, 2022").
  if (published) rest = rest.replace(new RegExp(published.source.replace(/^\^/, '(?<![\\p{L}])'), 'iu'), ' ').replace(/\s+/gu, ' ').trim();
  // A date and an author after a by-word: the post's head line, whatever else it shows.
  const authors = authorAfterByWord(rest, inline);
  if (authors) return { iso: date.iso, rest: '', authors, keepLine: false };
  rest = withoutDateLineExtras(rest);
  return wordCount(rest) <= 4 ? { iso: date.iso, rest, keepLine: false } : undefined;
}

/** Places as press releases write them before the date: capitalised words, joined by a few small words. */
const PLACE = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:am|an|im|bei|der|de|del|la|le|sur|upon|on|in|a|au)\s+)?\p{Lu}[\p{L}.'’-]*)*$/u;

/** "Hofheim am Taunus | Wiesbaden, 11. November 2021": places, then the date that ends the line. */
function isDateline(text: string, rest: string): boolean {
  if (!/\d\s*\)?\s*$/u.test(text)) return false;
  const places = rest.split(/\s*[|,/]\s*/u).filter(Boolean);
  return places.length <= 3 && places.every((p) => PLACE.test(p));
}

/** A line that is a weekday and a date only: the date a masthead shows for today. */
function isTodayLine(text: string): boolean {
  const first = /^\p{L}+/u.exec(text.trim())?.[0].toLowerCase();
  return !!first && WEEKDAYS.has(first) && letterWords(text) <= 4;
}

const withoutDate = (text: string, date: FoundDate) => `${text.slice(0, date.index)} ${text.slice(date.index + date.text.length)}`.trim();

const TIME_OF_DAY = /\b(?:at|um|à|a las|alle|om|о|в)?\s*\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:am|pm|uhr|gmt|utc|cet|cest|[A-Z]{2,4})?\b/giu;
/** "2 Min. Lesezeit", "5 min read", "3 minutes de lecture": the reading time shown beside the date. */
const READING_TIME = /^\d+\s*(?:min(?:ute)?s?|minuten|minutos|minuti)\.?(?:\s+\p{L}+){0,2}$/iu;
/** A part that is only numbers and signs: a press release number ("058/21"), a counter. */
const NUMBERS_ONLY = /^[\d\s/#.:-]+$/u;

/**
 * What a date line holds beside the date, without the parts every date line may carry: the
 * time of day, a reading time, a reference number. Parts are set off by separators.
 */
function withoutDateLineExtras(rest: string): string {
  return rest
    .replace(TIME_OF_DAY, '')
    .split(/\s*[|·•,]\s*/u)
    .map((part) => part.trim())
    .filter((part) => part && !READING_TIME.test(part) && !NUMBERS_ONLY.test(part))
    .join(' | ')
    .replace(/^[\s–—-]+|[\s–—-]+$/gu, '');
}


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
    found.title = withoutSitePart(stripSiteFromTitle(title.text, host), host);
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

/** A joiner left on a line of its own between two linked names ("David Brand" / "and" / "Ramsey Khalifeh"). */
const NAME_JOINER = /^(?:and|und|et|y|e|i|&|,)$/iu;

/**
 * The names on the lines below a by-word left alone on its line ("By" / "David Brand" / "and" /
 * "Ramsey Khalifeh", "Auteur" / "Uriel Gadessaud"): the link around the name broke the line.
 */
function namesBelowLabel(blocks: readonly Block[], block: Block, label: RegExp | undefined) {
  if (!label || wordCount(block.text) > 4 || !label.test(foldForMatch(block.text))) return undefined;
  const names: string[] = [];
  const lines: Block[] = [];
  for (let i = block.index + 1; i < blocks.length; i += 2) {
    const line = blocks[i]!;
    const found = line.type === 'paragraph' && wordCount(line.text) <= 6 && !SHOUTED.test(line.text) ? parseNames(line.text, 2) : undefined;
    if (!found) break;
    names.push(...found);
    lines.push(line);
    const joiner = blocks[i + 1];
    if (!joiner || !NAME_JOINER.test(joiner.text.trim())) break;
    lines.push(joiner);
  }
  return names.length ? { names, lines } : undefined;
}

/** A line in capitals only (a script with case, no lower-case letter). */
const SHOUTED = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** A line of nothing but a person's name, right beside the title or the date line. */
function findNameLine(
  blocks: readonly Block[],
  heads: number[],
  taken: ReadonlySet<number>,
  notName: (block: Block) => boolean,
  byline: (block: Block) => { names: string[] } | undefined,
) {
  for (const head of heads.sort((a, b) => a - b)) {
    for (const i of [head + 1, head - 1, head + 2]) {
      const block = blocks[i];
      if (!block || taken.has(i) || block.type === 'heading' || block.text.length > 80 || wordCount(block.text) > 6 || notName(block)) continue;
      // "By Matthew Humphries", "Veröffentlicht von Guido Beyss" beside the title: the by-word is no part of the name.
      const labelled = byline(block)?.names;
      if (labelled) return { block, names: labelled };
      if (SHOUTED.test(block.text)) continue; // "ZU DEN FAVORITEN": without a by-word, capitals are a menu label
      const names = parseNames(block.text, 2);
      if (names && names.length <= 3) return { block, names };
    }
  }
  return undefined;
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
