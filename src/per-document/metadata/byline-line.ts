/**
 * One line's byline: a "By …" line (a by-word, then names up to where the line goes on), a
 * by-word inside a head line, a user name or a team after a label, Chinese, Japanese and Korean names.
 */
import { findDate } from '../../core/dates.js';
import { foldForMatch, wordCount } from '../../core/text.js';
import { AGENCIES, handleName, parseNames, userNames, withoutFusedRole, withoutRole, type WordSet } from './names.js';
import { isCommonWord } from './page-words.js';
import type { NameWordPatterns } from './name-words.js';
import type { HeadPatterns } from './dump-head.js';

/** "By Anna Smith | February 11, 2026" → names and, if present, the date. */
export function parseBylineLine(text: string, patterns: HeadPatterns, language: string | undefined, minTokens = 1, words?: WordSet) {
  const { byline, fusedByline } = patterns;
  if (!byline || text.length > 300) return undefined;
  const match = byline.exec(foldForMatch(text)) ?? fusedByline?.exec(text.trim());
  if (!match) return undefined;
  let rest = text.trim().slice(match[0].length).trim();
  const date = findDate(rest, { language });
  // With a date on the line, the names stand before it ("By Anna Smith Last updated Nov 8, 2023 Share …") or after it.
  const beforeDate = date ? withoutDateLabel(rest.slice(0, date.index), patterns.published) : '';
  if (date) rest = beforeDate || rest.slice(date.index + date.text.length).trim();
  // A long line may still open with its byline ("Posted by Anna Smith at 18:52 Tagged with: …"),
  // but then only a full name counts: "By Friday, the Senate …" names no one. Names before a
  // date are that line's head whatever follows ("By Ida on 31. October, 2023 | 18 Comments. This post …").
  const long = wordCount(text) > 16 && !beforeDate;
  rest = rest.replace(/^[\s|·•,/–—-]+|[\s|·•,/–—-]+$/gu, '').split(/\s+[|·•/–—]+\s+/u)[0]!.trim();
  // "Anna Smith, Online-Redaktion Veröffentlicht:": a label left by the removed date goes too,
  // and so does the outlet named by its domain ("Bo Lindqvist, Sciencewire.org") or the author's e-mail address.
  if (date) rest = rest.replace(/\s+\S+:$/u, '');
  // "Autor Anna Smith:": after an author label, a colon after the names leads to what the page shows next (a list of
  // translations); after a bare "By" it ends a menu's filter label ("By Main Ingredient:").
  if (AUTHOR_LABEL.test(match[0])) rest = rest.replace(/\s*:$/u, '');
  rest = rest.replace(/\s*,\s*[\p{L}\p{N}-]+\.\p{Ll}{2,}$/u, '').replace(EMAIL, '').trim();
  rest = rest.slice(0, patterns.nameWords.commentsLink.exec(rest)?.index ?? rest.length);
  rest = withoutRole(withoutFusedRole(rest), patterns.role, words);
  if (AGENCIES.test(rest)) return { names: [rest], published: date?.iso };
  // "Autor: gotujemy.pl", "Author: b3t4x": after a label and its colon, a user name is the author as the page names them.
  const handle = labelledHandle(match[0], rest);
  if (handle) return { names: handle, published: date?.iso };
  const names = long ? undefined : (parseNames(rest, patterns.nameWords, minTokens) ?? cjkNames(rest) ?? userNames(rest, words) ?? teamName(rest, words, patterns.nameWords));
  const run = names ?? namesUpToEnd(rest, patterns.nameWords, long ? 2 : minTokens);
  return run ? { names: run, published: date?.iso } : undefined;
}

/** A by-word that names the author's role ("Autor", "Author", "Auteur"), not a bare "By". */
const AUTHOR_LABEL = /^\s*(?:autor(?:in|e)?|author|auteure?|verfasser(?:in)?)\b/iu;

const EMAIL = /\s*[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

/**
 * "Author Solartech.NEWS Redaktion": after a by-word, capitalised words with a site's name among
 * them (a dot inside a word), none a word of the page's prose.
 */
function teamName(text: string, words: WordSet | undefined, nameWords: NameWordPatterns): string[] | undefined {
  const tokens = text.split(/\s+/u);
  if (!words || tokens.length < 2 || tokens.length > 3 || !tokens.every((t) => /^\p{Lu}[\p{L}\p{N}.'’-]*$/u.test(t))) return undefined;
  if (!tokens.some((t) => /\p{L}\.\p{L}/u.test(t))) return undefined;
  return tokens.some((t) => isCommonWord(t, words, nameWords)) ? undefined : [text];
}

/** "… // Autor: b3t4x // ~ Lesezeit: 1 Minute": after a by-word and its colon, a user name up to the next separator. */
function labelledHandle(byWord: string, after: string): string[] | undefined {
  return byWord.includes(':') ? handleName(after.split(/\s+[|·•/–—~]+\s+/u)[0]!) : undefined;
}

/** "Alejandro Varela Last updated" before the date: the name without the date's label. */
function withoutDateLabel(text: string, published: RegExp | undefined): string {
  const words = text.trim().split(/\s+/u);
  for (let n = Math.min(3, words.length - 1); n >= 1 && published; n--) {
    if (published.test(foldForMatch(words.slice(-n).join(' ')))) return words.slice(0, -n).join(' ');
  }
  return text.trim();
}

/** A label with its value after the name ("… Foto: © GEPA", "… Kategorien: Mode"): the name ends before it. */
const NEXT_LABEL = /\s+\p{Lu}\p{L}*:\s+\S/u;

/**
 * The names at the start of a line that goes on with something else: up to a separator, a
 * date, a word such as "am" or "at", or the next label ("Uta Stachowiak, Projektleiterin …",
 * "Alexander Kober Foto: © GEPA").
 */
function namesUpToEnd(text: string, nameWords: NameWordPatterns, minTokens: number): string[] | undefined {
  const ends = [nameWords.nameEnd.exec(text)?.index, NEXT_LABEL.exec(text)?.index].filter((i): i is number => i !== undefined && i > 0);
  if (!ends.length) return undefined;
  const names = parseNames(text.slice(0, Math.min(...ends)).trim(), nameWords, minTokens);
  return names && names.every((n) => wordCount(n) <= 4) ? names : undefined;
}

/** Chinese, Japanese and Korean names after a label: two to four characters each, without capitals to tell them. */
const CJK_NAMES = /^[\p{Script=Han}\p{Script=Hangul}]{2,4}(?:\s*[、,，;／/]\s*[\p{Script=Han}\p{Script=Hangul}]{2,4})*$/u;

function cjkNames(text: string): string[] | undefined {
  return CJK_NAMES.test(text) ? text.split(/\s*[、,，;／/]\s*/u) : undefined;
}

/**
 * A byline inside a head line: "July 24, 2019 by Amy Morton", "Gepostet von Katharina
 * Lindqvist | Wohnen", "Par Nicolas Garnier C. le 14.09.2020". The words after the prefix,
 * up to a separator, must be names; sentences are not head lines.
 */
export function parseInlineByline(text: string, patterns: HeadPatterns, language: string | undefined, inBody = false) {
  const inline = patterns.inlineByline;
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
    // ("Veröffentlicht von", "July 24, 2019 by", "Reviews · von", "von Anna Smith Twitter Account von");
    // a headline that says "… Seized by Harbour Inspectors" is no byline.
    const before = source.slice(0, match.index!).trim();
    if (patterns.nameWords.otherCredit.test(before)) continue; // "Reviewed by Anna Smith, MD": a credit to another than the author
    const labelled = /[|·•,–—-]$/u.test(before) || !!findDate(before, { language }) || !!patterns.published?.test(foldForMatch(before));
    if (wordCount(before) > (inBody ? 0 : 3) && matches[0]!.index !== 0 && !labelled) continue;
    const after = source.slice(match.index! + match[0].length);
    const cut = patterns.nameWords.nameEnd.exec(after);
    // After a few unlabelled words, one capitalised word is a noun of a headline ("Die Qual der Wahl im Supermarkt").
    const minTokens = inBody || (before && !labelled) ? 2 : 1;
    const names = parseNames((cut ? after.slice(0, cut.index) : after).trim(), patterns.nameWords, minTokens) ?? labelledHandle(match[0], after);
    if (names && names.every((n) => wordCount(n) <= 4)) return { names, published: findDate(source, { language })?.iso };
  }
  return undefined;
}
