/**
 * Names beside a date on a head line without a by-word ("Anna Roth | 5. März 2021", a date run
 * into the name before it), and a head line of several names and nothing else.
 */
import type { Block } from '../../core/document.js';
import { findDate, UPDATE_LABEL } from '../../core/dates.js';
import { MONTHS } from '../../core/month-names.js';
import { wordCount } from '../../core/text.js';
import { withoutDateLineExtras } from './dump-date.js';
import { SHOUTED, parseNames, userNames, withoutRole, type WordSet } from './names.js';
import { isCommonWord } from './page-words.js';
import type { NameWordPatterns } from './name-words.js';
import type { HeadPatterns } from './dump-head.js';
import type { FoundByline } from './dump-byline.js';

/** A time of day with its minutes ("11:36"). */
const CLOCK_TIME = /(?<!\d)\d{1,2}:\d{2}(?!\d)/u;

/** A month's name or a day's number run into the word before it ("TannbergNovember 6, 2023", "Wendlinger19.10.2019"). */
const GLUED_DATE = /(?<=\p{Ll})(?=\p{Lu}\p{Ll}+\.?\s+\d|\d{1,2}\.\d{1,2}\.\d{2,4})/u;

/** The line with a space where a text dump ran a date into the name before it, when the month is a month's name. */
export function unglueDate(line: string): string {
  const glued = GLUED_DATE.exec(line);
  if (!glued) return line;
  const month = /^\p{L}+/u.exec(line.slice(glued.index))?.[0].toLowerCase();
  return month === undefined || MONTHS.has(month) ? `${line.slice(0, glued.index)} ${line.slice(glued.index)}` : line;
}

/**
 * A separator between the parts of a head line. A comma is none ("New York, March 5, 2021" is a dateline) unless a
 * space stands before it, where a text dump joined two elements ("Marco Kranich , 01. Dez. 2017, 12:01 Uhr").
 */
const PART_END = /(?:\s*[|·•/–—-]|\s,)\s*$/u;

const PART_START = /^\s*[|·•/–—-]\s*/u;

/**
 * A head line of a name and a date without a by-word: "Gerd Falk / 22.04.2020 / 06:15 /
 * Foto: …", "Nina Jahn – 14.09.2022 – Kolumne", "28. Jan. 2022 Paula Bakov". The name is the
 * part before the date, set off by a separator, or what follows a date that opens the line.
 */
export function namesBesideDate(line: string, patterns: HeadPatterns, language: string | undefined, words?: WordSet): FoundByline | undefined {
  if (line.length > 160 || line.includes('\n')) return undefined;
  // findDate reads a month's name run into the name ("TannbergNovember 6, 2023"): the line is parted there all the same.
  const found = findDate(line, { language });
  const monthRunIn = !!found && /\p{Ll}$/u.test(line.slice(0, found.index)) && /^\p{Lu}/u.test(found.text);
  const text = found && !monthRunIn ? line : unglueDate(line);
  const date = findDate(text, { language });
  if (!date) return undefined;
  const before = text.slice(0, date.index);
  // "23.06.2016 um 16:14 Uhr - Markus Reiter - 91 Ergänzungen", "28. Juni 2019 14. Januar 2020 | Klaus Quandtmeyer-Cirkel":
  // after the date, the first part that is no date.
  const after = withoutDateLineExtras(text.slice(date.index + date.text.length).replace(PART_START, ''))
    .split(/\s+\|\s+|\s[–—-]\s/u)
    .find((part) => !findDate(part, { language }));
  // "Mara Lee TannbergNovember 6, 2023": a date run into the name, where a text dump dropped the break between them.
  // A month's name run into the name is read by findDate itself now: the name ends where the month begins.
  const parted = PART_END.test(before) || text !== line || (/\p{Ll}$/u.test(before) && /^\p{L}/u.test(date.text));
  const part = before.trim() ? (parted ? before.replace(PART_END, '') : '') : (after ?? '');
  const name = part.slice(0, patterns.nameWords.commentsLink.exec(part)?.index ?? part.length);
  // "GUT IN FORM — 02.01.23" is the outlet; "von Dennis Zielke | …" a by-word's line, read as such.
  const names = /^\p{Lu}/u.test(name) && !SHOUTED.test(name) && wordCount(name) <= 8 ? parseNames(withoutRole(name, patterns.role, words), patterns.nameWords, 2) : undefined;
  if (names && names.every((n) => wordCount(n) <= 4)) return { names };
  // "28. Januar 2015 karstenrudolf Schreibe einen Kommentar", "19.10.2019 11:36 stadtradio": a user name after the
  // date of a post, the comments link or the time beside it (a single word after a date alone is its category as
  // often: "October 22, 2019 report").
  // Not the label of a second date ("5. März 2021 10:15 aktualisiert"), which dumps leave in lower case too.
  const post = name !== part || CLOCK_TIME.test(text);
  const user = !before.trim() && post && !UPDATE_LABEL.test(name) ? userNames(name, words) : undefined;
  return user ? { names: user } : undefined;
}

/**
 * "Isabel Cruz, Rocío Lara y José Miguel Wood": a head line of several full names and nothing
 * else. Not a headline in title case: no name holds a word the page's sentences write in lower case
 * ("Neue Regeln, Alte Probleme und Große Fragen"). Claims nothing.
 */
export function severalNames(block: Block, proseWords: WordSet, nameWords: NameWordPatterns): FoundByline | undefined {
  if (block.type === 'heading' || block.text.length > 120 || SHOUTED.test(block.text) || nameWords.titleCaseWord.test(block.text)) return undefined;
  const names = parseNames(block.text, nameWords, 2);
  if (!names || names.length < 2 || names.some((n) => wordCount(n) > 4)) return undefined;
  return names.some((n) => n.split(/\s+/u).some((word) => isCommonWord(word, proseWords, nameWords))) ? undefined : { names };
}
