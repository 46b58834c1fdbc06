/**
 * Date lines of dumps: a date and little else beside it (a label, the time, a reading time, an
 * author after a by-word, a place), read from one line of text.
 */
import { UPDATE_LABEL, findDate, type FoundDate } from '../../core/dates.js';
import { WEEKDAYS } from '../../core/month-names.js';
import { foldForMatch, wordCount } from '../../core/text.js';
import { NAME_END, parseNames } from './names.js';
import { isNearBodyStart, markHeadLine, type DumpHead, type HeadPatterns } from './dump-head.js';

/**
 * The date line of the head: the first line, near the body's start first, that is a date and
 * little else, or a date with the author's names. Claims it (and an "Updated …" line beside it).
 */
export function findHeadDate(head: DumpHead, patterns: HeadPatterns, language: string | undefined): { published: string; names?: string[] } | undefined {
  const { blocks, taken } = head;
  for (const block of head.order) {
    if (taken.has(block.index) || block.type === 'code') continue;
    // "Mittwoch, 8. Juli 2020" in the masthead, away from the article: today's date, not the article's.
    if (!isNearBodyStart(head, block) && isTodayLine(block.text)) continue;
    const date = parseDateLine(block.text, patterns.published, language, patterns.inlineByline);
    if (!date || (block.type === 'heading' && date.rest)) continue;
    if (date.keepLine) return { published: date.iso };
    // "Anna Smith | 9 December 2019", "Posted on 9 August 2024 by Anna Smith": a date line
    // that also names the author.
    const afterPrefix = patterns.byline?.exec(foldForMatch(date.rest)) ?? patterns.fusedByline?.exec(date.rest);
    const names = date.rest ? parseNames(afterPrefix ? date.rest.slice(afterPrefix[0].length) : date.rest, afterPrefix ? 1 : 2) : 'authors' in date ? date.authors : undefined;
    if (date.rest && !names && wordCount(date.rest) > 2 && !isDateline(block.text, date.rest)) continue;
    // An "Updated …" line beside the date line is part of the same head.
    for (const near of [blocks[block.index - 1], blocks[block.index + 1]]) {
      if (near && !taken.has(near.index) && near.type !== 'heading' && parseDateLine(near.text, patterns.published, language)?.rest === '') {
        markHeadLine(head, near, 'metadata/date');
      }
    }
    markHeadLine(head, block, names ? 'metadata/byline' : 'metadata/date');
    return { published: date.iso, names };
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

export function parseDateLine(line: string, published: RegExp | undefined, language: string | undefined, inline?: RegExp) {
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
export function withoutDateLineExtras(rest: string): string {
  return rest
    .replace(TIME_OF_DAY, '')
    .split(/\s*[|·•,]\s*/u)
    .map((part) => part.trim())
    .filter((part) => part && !READING_TIME.test(part) && !NUMBERS_ONLY.test(part))
    .join(' | ')
    .replace(/^[\s–—-]+|[\s–—-]+$/gu, '');
}
