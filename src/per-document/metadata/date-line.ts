/**
 * What one line of a dump says about a date: the date, what its label calls it (the
 * publication, an update), and what else the line holds beside it (a label, the time, a
 * reading time, an author after a by-word, a place). dump-date.ts decides which line is the
 * article's.
 */
import { DATE_PREPOSITIONS, UPDATE_LABEL, findDate, findDates, type FoundDate } from '../../core/dates.js';
import { foldForMatch, wordCount } from '../../core/text.js';
import { parseNames, withoutFusedRole } from './names.js';
import type { NameWordPatterns } from './name-words.js';

/** What the words before a line's date call it: the publication, an update, or nothing. */
export type DateLabel = 'published' | 'update' | undefined;

/** What a line says about a date: the date, what else the line holds, and what its label calls the date. */
export interface DateLine {
  iso: string;
  /** The line without the date and the parts every date line may carry; '' for a date line alone. */
  rest: string;
  /** True when the line holds more than a head line: the date is read, the line stays in the text. */
  keepLine: boolean;
  label: DateLabel;
  /** True when the label and the date start the line ("Veröffentlicht am 21.08.2019 …"). */
  labelLeads?: boolean;
  /** The author named after a by-word on the line ("Posted on 2016-03-08 by lotte"). */
  authors?: string[];
  /** True when the line holds only names and places beside the date ("Anna Beispiel, Berlin 19.10.2019"). */
  namesAndPlaces?: boolean;
}

/** What a line of the head says about its date: a date line, the author beside it, the label. */
export function parseDateLine(line: string, published: RegExp | undefined, language: string | undefined, nameWords: NameWordPatterns, inline?: RegExp): DateLine | undefined {
  const text = withoutUpdatePart(line);
  // "08.11.2021 | Headline", "27.1.2022 - The lead …": a date that leads the line, set off by
  // a separator. A long line is the body's own: the date is read, the line stays.
  const leading = /^\d/.test(text) ? findDate(text.slice(0, 40), { language }) : undefined;
  if (leading && leading.index === 0 && /^\s*[|·•–—-]\s/u.test(text.slice(leading.text.length))) {
    // "11.03.2022 | 09:25 Uhr | Anna Beispiel": the names after the date stay with the date line.
    const rest = withoutDateLineExtras(text.slice(leading.text.length).replace(/^\s*[|·•–—-]\s*/u, ''));
    return { iso: leading.iso, rest: parseNames(rest, nameWords, 2) ? rest : '', keepLine: wordCount(text) > 12, label: undefined };
  }
  const date = findDate(text, { language });
  if (!date) return undefined;
  const label = dateLabel(text.slice(0, date.index), published);
  // "Veröffentlicht am 21.08.2019 Dauer: 1 Stunde …": a label and the date lead the line, so
  // the date is the page's whatever follows; the line stays when more than the date is on it.
  const labelLeads = label !== undefined && labelOnly(text.slice(0, date.index), published);
  if (!labelLeads && (text.length > 160 || letterWords(text) > 10)) return undefined;
  let rest = withoutDate(text, date);
  // "17. Februar 202217. Februar 2022": the same date twice (published and updated on one day).
  for (let again = findDate(rest, { language }); again?.iso === date.iso; again = findDate(rest, { language })) rest = withoutDate(rest, again);
  // The label may follow a section name ("Harbour News Published On March 14, 2022").
  if (published) rest = rest.replace(publishedAnywhere(published).withSpace, ' ').replace(/\s+/gu, ' ').trim();
  // A date and an author after a by-word: the post's head line, whatever else it shows.
  const authors = authorAfterByWord(rest, inline, nameWords);
  if (authors) return { iso: date.iso, rest: '', authors, keepLine: false, label };
  const namesAndPlaces = isNamesAndPlaces(rest);
  rest = withoutDateLineExtras(rest);
  if (wordCount(rest) <= 4 || namesAndPlaces) return { iso: date.iso, rest, keepLine: false, label, labelLeads, namesAndPlaces };
  return labelLeads ? { iso: date.iso, rest: '', keepLine: true, label, labelLeads } : undefined;
}

/** Words a section name may put before a date label ("Harbour News Published On …"). */
const WORDS_BEFORE_LABEL = 2;

/** "Published on", "Updated:", "Harbour News Published On" before a date: what the label calls it. */
function dateLabel(before: string, published: RegExp | undefined): DateLabel {
  if (!before.trim()) return undefined;
  if (UPDATE_LABEL.test(before)) return 'update';
  if (!published) return undefined;
  const words = foldForMatch(before).trim().split(/\s+/u);
  for (let skip = 0; skip <= Math.min(WORDS_BEFORE_LABEL, words.length - 1); skip++) {
    if (labelOnly(words.slice(skip).join(' '), published)) return 'published';
  }
  return undefined;
}

/** True when a text is a date label and nothing else ("Erschienen am:"). */
function labelOnly(text: string, published: RegExp | undefined): boolean {
  // "Stand - 08.09.2021": a dash or bar may set the date off its label.
  const folded = `${foldForMatch(text).replace(/\s*[|–—-]\s*$/u, '').trim()} `;
  const label = published?.exec(folded);
  return !!label && label[0].trimEnd().length >= folded.trimEnd().length;
}

/** Places as press releases write them before the date: capitalised words, joined by a few small words. */
const PLACE = /^(?:(?:in|aus|à|en|from)\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:am|an|im|bei|der|de|del|la|le|sur|upon|on|in|a|au)\s+)?\p{Lu}[\p{L}.'’-]*)*$/u;

/** "Kronberg im Taunus | Darmstadt, 16. November 2021", "14. Feb. 2022 in Bremen, Deutschland": places, and the date that ends or starts the line. */
export function isDateline(text: string, rest: string): boolean {
  if (!/\d\s*\)?\s*$/u.test(text) && !/^\d/u.test(text)) return false;
  const places = rest.split(/\s*[|,/]\s*/u).filter(Boolean);
  return places.length <= 3 && places.every((p) => PLACE.test(p));
}

/** Most parts a head line may give beside its date (authors and the places they write from), and words in each. */
const NAME_PARTS_MAX = 4;
const WORDS_PER_NAME_PART = 3;

/**
 * "Anna Beispiel, Berlin, Bernd Muster" before the date (what a date line holds beside it):
 * capitalised names and places set off by commas only, two parts at least, so a title-cased
 * headline or a masthead's "Welcome Guest | RSS" beside a date is not one.
 */
function isNamesAndPlaces(rest: string): boolean {
  const parts = rest.trim().split(/\s*,\s*/u);
  return parts.length >= 2 && parts.length <= NAME_PARTS_MAX && parts.every((part) => wordCount(part) <= WORDS_PER_NAME_PART && PLACE.test(part));
}

const anywhere = new WeakMap<RegExp, { withSpace: RegExp; word: RegExp }>();
/**
 * The published phrases anywhere in a text: `withSpace` takes the space or colon after the
 * phrase too (to lift a label out of a line), `word` only asks for the phrase as a whole word.
 */
function publishedAnywhere(published: RegExp): { withSpace: RegExp; word: RegExp } {
  let patterns = anywhere.get(published);
  if (!patterns) {
    // The prefix pattern (field-patterns.ts) is '^(?:phrases)(?:\s*:\s*|\s+|\s*$)': unanchored, and its end made a word end.
    const source = published.source.replace(/^\^/, '(?<![\\p{L}])');
    patterns = { withSpace: new RegExp(source, 'iu'), word: new RegExp(source.replace(/\(\?:\\s\*:\\s\*\|\\s\+\|\\s\*\$\)$/, '(?![\\p{L}])'), 'iu') };
    anywhere.set(published, patterns);
  }
  return patterns;
}

/** The separators between the parts of a head line ("Published: … | Updated: …"). */
const PARTS = /(?:^|\s+)[|·•/–—-]\s+/u;

const isUpdatePart = (part: string) => UPDATE_LABEL.test(part) && findDate(part) !== undefined;

/** True for a line with a dated "Updated …" part ("03/06/2022 11H42 - ACTUALIZADO A 03/06/2022 12H05"). */
export const hasUpdatePart = (text: string) => text.split(PARTS).some(isUpdatePart);

/** "Published: 26 September 2020 | Updated: 28 September 2020" without the update, when another dated part remains. */
function withoutUpdatePart(text: string): string {
  const parts = text.split(PARTS);
  if (parts.length < 2) return text;
  const kept = parts.filter((part) => !isUpdatePart(part));
  return kept.length < parts.length && kept.some((part) => findDate(part)) ? kept.join(' | ') : text;
}

/** Words with a letter: dates and times ("09/06/2022 07:31") do not make a date line long. */
export const letterWords = (text: string) => text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;

/** A user name written after a by-word ("von hafenkrabbe77", "by lotte"): one token, not a sentence. */
const HANDLE = /^(?=.*\p{L})[\p{L}\p{N}_.-]{2,30}$/u;

/**
 * The author named after a by-word inside a date line ("Dezember 12, 2019 · von hafenkrabbe77 · in
 * Uncategorized", "Posted on 2016-03-08 by lotte | Leave a comment"): names or a user name.
 */
function authorAfterByWord(rest: string, inline: RegExp | undefined, nameWords: NameWordPatterns): string[] | undefined {
  if (!inline) return undefined;
  const folded = foldForMatch(rest);
  if (folded.length !== rest.length) return undefined; // offsets must line up
  const match = folded.matchAll(inline).next().value;
  if (!match) return undefined;
  const after = rest.slice(match.index! + match[0].length);
  const cut = nameWords.nameEnd.exec(after);
  // "Author Bernd MusterCategories …": a label run into the name ends it, as a role does.
  const author = withoutFusedRole((cut ? after.slice(0, cut.index) : after).trim());
  if (!author || wordCount(author) > 4) return undefined;
  return parseNames(author, nameWords) ?? (HANDLE.test(author) ? [author] : undefined);
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

// Looser evidence than a date line, for dump-date.ts to weigh below the date lines.

/** Words a published label takes right before the date it introduces ("Erschienen am:"). */
const LABEL_WORDS = 4;

/**
 * A date a published label introduces inside a longer line, where a dump ran the page's meta
 * lines together ("Letzte Änderung: 28.09.2023 - 10:12:05 Erschienen am: 29.09.2023 Lesungen:
 * 47"). The line stays.
 */
export function labelledDateInside(text: string, published: RegExp | undefined, language: string | undefined): DateLine | undefined {
  if (!published) return undefined;
  for (const date of findDates(text, { language })) {
    const words = text.slice(0, date.index).trim().split(/\s+/u).slice(-LABEL_WORDS);
    for (let n = 1; n <= words.length; n++) {
      const label = words.slice(-n).join(' ');
      if (!UPDATE_LABEL.test(label) && labelOnly(label, published)) return { iso: date.iso, rest: '', keepLine: true, label: 'published' };
    }
  }
  return undefined;
}

/** "am 14. Juni 2005", "on March 3, 2020": a date read with the word that introduces it. */
const startsWithPreposition = (dateText: string) => DATE_PREPOSITIONS.has(/^\p{L}+/u.exec(dateText)?.[0].toLowerCase() ?? '');

/** "— Anna Smith (@annasmith)" before a date: the signature of an embedded post, dated with the post's day. */
const EMBED_SIGNATURE = /\(@[\p{L}\p{N}_]+\)$/u;

/** How far into a line a date may start and still lead it. */
const LEAD_CHARS = 40;
/** Text before a leading date that sets it off: a separator or an opening bracket ("Nachricht | 30.10.2021 …"). */
const SET_OFF = /[|/(),:·•–—-]$/u;

/**
 * A line the date leads, whatever follows ("19. Januar 2020 @ 21:04 // Autor: k4t3r // ~
 * Lesezeit: 1 Minute", "February 11, 2020 at 09:30 AM | categories: Python"): the line starts
 * with the date, or the date follows a by-line or a part set off by a separator. A sentence
 * that opens with a date ("Am 9. Juni 2005 sprach …", "Seit dem 1. März 2023 gilt …") is
 * not one. The line stays in the text.
 */
export function dateLedLine(text: string, byline: RegExp | undefined, language: string | undefined): DateLine | undefined {
  const date = findDate(text.slice(0, LEAD_CHARS + 40), { language });
  if (!date || date.index > LEAD_CHARS) return undefined;
  const before = text.slice(0, date.index).trim();
  if (!before && startsWithPreposition(date.text)) return undefined;
  if (EMBED_SIGNATURE.test(before)) return undefined;
  if (before && !SET_OFF.test(before) && !byline?.test(foldForMatch(before))) return undefined;
  return { iso: date.iso, rest: '', keepLine: true, label: undefined };
}

/** A sentence about when the page was posted is short: the blog's or wiki's footer line. */
const POSTED_SENTENCE_WORDS = 30;

/**
 * The sentence a blog or wiki writes about its post: "Dieser Beitrag wurde am 06/03/2020 von rb
 * in Obergericht veröffentlicht.", "Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr
 * geändert.": a short line with a date introduced by a preposition and a published or update
 * word anywhere. The line stays.
 */
export function postedSentence(text: string, published: RegExp | undefined, language: string | undefined): DateLine | undefined {
  if (!published || wordCount(text) > POSTED_SENTENCE_WORDS) return undefined;
  const date = findDate(text, { language });
  // "… wurde am 06/03/2020 …", "… was posted on March 3, 2020 …": the date the sentence says the post has.
  if (!date || !startsWithPreposition(date.text)) return undefined;
  const without = foldForMatch(withoutDate(text, date));
  const label: DateLabel = UPDATE_LABEL.test(without) ? 'update' : publishedAnywhere(published).word.test(without) ? 'published' : undefined;
  return label ? { iso: date.iso, rest: '', keepLine: true, label } : undefined;
}
