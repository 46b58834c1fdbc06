/**
 * Byline lines of dumps: "By …" lines, by-words inside a head line, names that are links, a
 * by-word alone above its names, names beside a date, a credit under the article; when none,
 * a bare name line (name-lines.ts).
 */
import type { Block, InlineLink } from '../../core/document.js';
import { findDate } from '../../core/dates.js';
import { MONTHS } from '../../core/month-names.js';
import { foldForMatch, wordCount } from '../../core/text.js';
import { withoutDateLineExtras } from './dump-date.js';
import { AGENCIES, COMMENTS_LINK, NAME_END, SHOUTED, USER_NAME, parseNames, userName, userNames, withoutFusedRole, withoutRole, type WordSet } from './names.js';
import { copyrightHolder, findNameLine, headLinesForNames, isCommonWord, lowerCaseWords, nameBeforeSeparator, proseWords, signatureBelowBody, signedNameLines } from './name-lines.js';
import { isNearBodyStart, markHeadLine, type DumpHead, type HeadPatterns } from './dump-head.js';

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
    const found = bylineOfHeadLine(head, block, patterns, language, words, isNearBodyStart(head, block));
    if (!found) continue;
    for (const line of found.lines) markHeadLine(head, line, 'metadata/byline');
    return isNearBodyStart(head, block) ? found.byline : { ...found.byline, far: true };
  }
  const credit = authorPageLine(head) ?? creditBelowHead(head, patterns, language);
  return credit && { ...credit, far: true };
}

/**
 * A line that is nothing but a full name linking to the author's page, anywhere in the dump: the
 * author box under the article, or a photo and the name in one link (turndown keeps the name on a
 * line of its own). Not one of a list of such lines. Claims it.
 */
function authorPageLine(head: DumpHead): FoundByline | undefined {
  for (const block of head.blocks) {
    const [link] = block.links;
    if (head.taken.has(block.index) || block.links.length !== 1 || link!.start !== 0 || link!.end !== block.text.length) continue;
    const found = AUTHOR_PAGE.test(link!.href) && !linksAuthorBeside(head.blocks, block) ? parseNames(block.text, 2) : undefined;
    if (found?.length !== 1) continue;
    markHeadLine(head, block, 'metadata/byline');
    return { names: found };
  }
  return undefined;
}

/** True when a line beside this one links to an author's page too: a menu or a list of the site's authors. */
function linksAuthorBeside(blocks: readonly Block[], block: Block): boolean {
  const linksAuthor = (b: Block | undefined) => !!b?.links.some((l) => AUTHOR_PAGE.test(l.href));
  return linksAuthor(blocks[block.index - 1]) || linksAuthor(blocks[block.index + 1]);
}

/** The byline a head line gives, and the lines it takes (none for names beside a date: the date lines come later). */
function bylineOfHeadLine(head: DumpHead, block: Block, patterns: HeadPatterns, language: string | undefined, words: WordSet, near: boolean) {
  const byline =
    linkedByline(block, patterns.byline, language) ??
    parseBylineLine(block.text, patterns, language, 1, words) ??
    (near ? (parseInlineByline(block.text, patterns, language, block.index > head.anchor) ?? authorPageLink(head.blocks, block, words, language)) : undefined);
  if (byline) return { byline, lines: [block] };
  // "Gunter Frank / 22.04.2020 / 06:15 / …": the names, while the line is left to the date lines.
  // ("21.01.2022 11:46 von" / "Patrick Otte": a line that ends in a by-word is a label, its names follow below.)
  const label = !!patterns.bylineLabel?.test(foldForMatch(block.text));
  const dated = near && !label ? (namesBesideDate(block.text, language, words, patterns.role) ?? severalNames(block, words)) : undefined;
  if (dated) return { byline: dated, lines: [] };
  const labelled = near ? namesBelowLabel(head.blocks, block, patterns.bylineLabel) : undefined;
  return labelled ? { byline: { names: labelled.names }, lines: [block, ...labelled.lines] } : undefined;
}

/** How far from the title line a byline line may stand when the body's start is elsewhere. */
const BESIDE_TITLE = 3;

/**
 * A byline line beside the title when the title stands away from the body's start (a teaser or
 * a site blurb opened the prose run above it): "Google Chrome exportieren …" / "Marco
 * Kratzenberg , 01. Dez. 2017, 12:01 Uhr". Lines below the title first. Claims it.
 */
function bylineBesideTitle(head: DumpHead, patterns: HeadPatterns, language: string | undefined): FoundByline | undefined {
  const words = proseWords(head.blocks);
  const titles = head.spans.filter((span) => span.rule === 'metadata/title').map((span) => span.block);
  for (const title of titles) {
    for (let distance = 1; distance <= BESIDE_TITLE; distance++) {
      for (const block of [head.blocks[title + distance], head.blocks[title - distance]]) {
        if (!block || block.type === 'code' || isNearBodyStart(head, block)) continue;
        // A date line below the title may name the author too ("19.10.2019 11:36 telebasel"); it stays the date's.
        const dateLine = head.spans.some((span) => span.block === block.index && span.rule === 'metadata/date');
        if (head.taken.has(block.index) && !dateLine) continue;
        const found = dateLine ? { byline: namesBesideDate(block.text, language, words, patterns.role), lines: [] } : bylineOfHeadLine(head, block, patterns, language, words, true);
        if (!found?.byline) continue;
        if (!dateLine) for (const line of found.lines.length ? found.lines : [block]) markHeadLine(head, line, 'metadata/byline');
        return found.byline;
      }
    }
  }
  return undefined;
}

/**
 * A credit line past the head, under the article or in its author box ("Text: Ursula Eggers",
 * "Author: Jacopo Cascioli", "Erstellt von Andri Bryner"): a line that opens with a by-word and
 * gives a full name. Claims it.
 */
function creditBelowHead(head: DumpHead, patterns: HeadPatterns, language: string | undefined): FoundByline | undefined {
  for (const block of head.beyond) {
    if (head.taken.has(block.index) || block.type === 'code') continue;
    const byline = parseBylineLine(block.text, patterns, language, 2);
    if (byline) {
      markHeadLine(head, block, 'metadata/byline-credit');
      // A date there may be a teaser's below the article: the date lines of the head come first.
      return { names: byline.names };
    }
    // "Von:" / "Götz Warnke" under the article, "Published by" / "Daniel Lemire" in its author box.
    const labelled = isAuthorLabel(block.text, patterns) ? namesBelowLabel(head.blocks, block, patterns.bylineLabel) : undefined;
    if (labelled) {
      for (const line of [block, ...labelled.lines]) markHeadLine(head, line, 'metadata/byline-credit');
      return { names: labelled.names };
    }
  }
  return undefined;
}

/**
 * A line that labels the author below it: a by-word alone, or after a publication label ("Published by",
 * "Veröffentlicht von"); "Food Advertising by", "Herausgegeben von" over a site's editors are other credits.
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
  // "Letzte Kommentare", "Der Tagesspiegel", "Aktuelle Ausgabe", "Tweet This": a line with a capitalised word before the
  // last that the page writes in lower case elsewhere is no name (a given name is not a word of the text; a surname
  // may be, in a credit such as "watson/oliver baroni"; particles are lower case in names too: "Ruud van der Berg").
  const spelledAsWords = (b: Block) =>
    b.text.trim().split(/\s+/u).slice(0, -1).some((w) => /^\p{Lu}/u.test(w) && isCommonWord(w, words));
  const notName = (b: Block) => isChaff(b) || !!patterns.bylineLabel?.test(foldForMatch(b.text)) || spelledAsWords(b);
  const signed = signedNameLines(head, notName);
  const heads = headLinesForNames(head);
  if (signed.length) {
    for (const block of signed) markHeadLine(head, block, 'metadata/byline-author-box');
    return { names: signed.flatMap((block) => parseNames(block.text, 2)!) };
  }
  // Weaker evidence in turn, each under its own rule so a record says which one named the author.
  const finders: [rule: string, find: () => { block: Block; names: string[] } | undefined][] = [
    ['metadata/byline-name-line', () => findNameLine(head.blocks, [...heads], heads, notName, byline, cutRole) ?? nameBeforeSeparator(head, notName)],
    ['metadata/byline-signature', () => signatureBelowBody(head, notName)],
    ['metadata/byline-copyright', () => copyrightHolder(head, patterns.inlineByline)],
  ];
  for (const [rule, find] of finders) {
    const author = find();
    if (!author) continue;
    markHeadLine(head, author.block, rule);
    return { names: author.names };
  }
  return undefined;
}

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
  // date are that line's head whatever follows ("By Ela on 31. October, 2023 | 18 Comments. This post …").
  const long = wordCount(text) > 16 && !beforeDate;
  rest = rest.replace(/^[\s|·•,/–—-]+|[\s|·•,/–—-]+$/gu, '').split(/\s+[|·•/–—]+\s+/u)[0]!.trim();
  // "Anna Smith, Online-Redaktion Veröffentlicht:": a label left by the removed date goes too,
  // and so does the outlet named by its domain ("Bob Yirka, Phys.org") or the author's e-mail address.
  if (date) rest = rest.replace(/\s+\S+:$/u, '');
  rest = rest.replace(/\s*,\s*[\p{L}\p{N}-]+\.\p{Ll}{2,}$/u, '').replace(EMAIL, '').trim();
  rest = rest.slice(0, COMMENTS_LINK.exec(rest)?.index ?? rest.length);
  rest = withoutRole(withoutFusedRole(rest), patterns.role, words);
  if (AGENCIES.test(rest)) return { names: [rest], published: date?.iso };
  // "Autor: przepisy.pl", "Author: c1ph4": after a label and its colon, a user name is the author as the page names them.
  if (match[0].includes(':') && USER_NAME.test(rest)) return { names: [rest], published: date?.iso };
  const names = long ? undefined : (parseNames(rest, minTokens) ?? cjkNames(rest) ?? userNames(rest, words) ?? teamName(rest, words));
  const run = names ?? namesUpToEnd(rest, long ? 2 : minTokens);
  return run ? { names: run, published: date?.iso } : undefined;
}

const EMAIL = /\s*[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

/**
 * "Author Greentech.LIVE Redaktion": after a by-word, capitalised words with a site's name among
 * them (a dot inside a word), none a word of the page's prose.
 */
function teamName(text: string, words: WordSet | undefined): string[] | undefined {
  const tokens = text.split(/\s+/u);
  if (!words || tokens.length < 2 || tokens.length > 3 || !tokens.every((t) => /^\p{Lu}[\p{L}\p{N}.'’-]*$/u.test(t))) return undefined;
  if (!tokens.some((t) => /\p{L}\.\p{L}/u.test(t))) return undefined;
  return tokens.some((t) => isCommonWord(t, words)) ? undefined : [text];
}

/** "… // Autor: c1ph4 // ~ Lesezeit: 1 Minute": after a by-word and its colon, a user name up to the next separator. */
function labelledHandle(byWord: string, after: string): string[] | undefined {
  const handle = after.split(/\s+[|·•/–—~]+\s+/u)[0]!.trim();
  return byWord.includes(':') && USER_NAME.test(handle) ? [handle] : undefined;
}


/** The user name a link to an author's page shows: a handle, a site's name ("uncut-news.ch") or a name in lower case. */
function handleOf(text: string, words: WordSet): string[] | undefined {
  const user = userName(text, words) ?? (USER_NAME.test(text) ? text : undefined);
  return user ? [user] : undefined;
}

/** "Alejandro Villamor Last updated" before the date: the name without the date's label. */
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
 * date, a word such as "am" or "at", or the next label ("Uta Staschewski, Projektleiterin …",
 * "Alexander Karper Foto: © GEPA").
 */
function namesUpToEnd(text: string, minTokens: number): string[] | undefined {
  const ends = [NAME_END.exec(text)?.index, NEXT_LABEL.exec(text)?.index].filter((i): i is number => i !== undefined && i > 0);
  if (!ends.length) return undefined;
  const names = parseNames(text.slice(0, Math.min(...ends)).trim(), minTokens);
  return names && names.every((n) => wordCount(n) <= 4) ? names : undefined;
}

/** A time of day with its minutes ("11:36"). */
const CLOCK_TIME = /(?<!\d)\d{1,2}:\d{2}(?!\d)/u;

/** A month's name or a day's number run into the word before it ("DambrotNovember 6, 2023", "Bumbacher19.10.2019"). */
const GLUED_DATE = /(?<=\p{Ll})(?=\p{Lu}\p{Ll}+\.?\s+\d|\d{1,2}\.\d{1,2}\.\d{2,4})/u;

/** The line with a space where a text dump ran a date into the name before it, when the month is a month's name. */
function unglueDate(line: string): string {
  const glued = GLUED_DATE.exec(line);
  if (!glued) return line;
  const month = /^\p{L}+/u.exec(line.slice(glued.index))?.[0].toLowerCase();
  return month === undefined || MONTHS.has(month) ? `${line.slice(0, glued.index)} ${line.slice(glued.index)}` : line;
}

/**
 * A separator between the parts of a head line. A comma is none ("New York, March 5, 2021" is a dateline) unless a
 * space stands before it, where a text dump joined two elements ("Marco Kratzenberg , 01. Dez. 2017, 12:01 Uhr").
 */
const PART_END = /(?:\s*[|·•/–—-]|\s,)\s*$/u;
const PART_START = /^\s*[|·•/–—-]\s*/u;

/**
 * A head line of a name and a date without a by-word: "Gunter Frank / 22.04.2020 / 06:15 /
 * Foto: …", "Nike Jane – 14.09.2022 – Kolumne", "28. Jan. 2022 Paula Balov". The name is the
 * part before the date, set off by a separator, or what follows a date that opens the line.
 */
export function namesBesideDate(line: string, language: string | undefined, words?: WordSet, role?: RegExp): FoundByline | undefined {
  if (line.length > 160 || line.includes('\n')) return undefined;
  const text = findDate(line, { language }) ? line : unglueDate(line);
  const date = findDate(text, { language });
  if (!date) return undefined;
  const before = text.slice(0, date.index);
  // "23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen", "28. Juni 2019 14. Januar 2020 | Klaus Quibeldey-Cirkel":
  // after the date, the first part that is no date.
  const after = withoutDateLineExtras(text.slice(date.index + date.text.length).replace(PART_START, ''))
    .split(/\s+\|\s+|\s[–—-]\s/u)
    .find((part) => !findDate(part, { language }));
  // "Shana Nys DambrotNovember 6, 2023": a date run into the name, where a text dump dropped the break between them.
  const parted = PART_END.test(before) || text !== line;
  const part = before.trim() ? (parted ? before.replace(PART_END, '') : '') : (after ?? '');
  const name = part.slice(0, COMMENTS_LINK.exec(part)?.index ?? part.length);
  // "FIT FOR FUN — 02.01.23" is the outlet; "von Dennis Ziesecke | …" a by-word's line, read as such.
  const names = /^\p{Lu}/u.test(name) && !SHOUTED.test(name) && wordCount(name) <= 8 ? parseNames(withoutRole(name, role, words), 2) : undefined;
  if (names && names.every((n) => wordCount(n) <= 4)) return { names };
  // "28. Januar 2015 karstenruppert Schreibe einen Kommentar", "19.10.2019 11:36 telebasel": a user name after the
  // date of a post, the comments link or the time beside it (a single word after a date alone is its category as
  // often: "October 22, 2019 report").
  const post = name !== part || CLOCK_TIME.test(text);
  const user = !before.trim() && post ? userNames(name, words) : undefined;
  return user ? { names: user } : undefined;
}

/**
 * "Isabel Caro, Rocío Latorre y José Miguel Wilson": a head line of several full names and nothing
 * else. Not a headline in title case: no name holds a word the page's sentences write in lower case
 * ("Neue Regeln, Alte Probleme und Große Fragen"). Claims nothing.
 */
function severalNames(block: Block, proseWords: WordSet): FoundByline | undefined {
  if (block.type === 'heading' || block.text.length > 120 || SHOUTED.test(block.text) || TITLE_CASE_WORD.test(block.text)) return undefined;
  const names = parseNames(block.text, 2);
  if (!names || names.length < 2 || names.some((n) => wordCount(n) > 4)) return undefined;
  return names.some((n) => n.split(/\s+/u).some((word) => isCommonWord(word, proseWords))) ? undefined : { names };
}

/** Small words that English title case capitalises and names do not hold ("How To Grow, Care For Bougainvillea"). */
const TITLE_CASE_WORD = /(?:^|\s)(?:The|To|For|Of|In|On|At|With|How|What|Why|Your|Our|My|Is|Are)(?=\s)/u;

/** Chinese, Japanese and Korean names after a label: two to four characters each, without capitals to tell them. */
const CJK_NAMES = /^[\p{Script=Han}\p{Script=Hangul}]{2,4}(?:\s*[、,，;／/]\s*[\p{Script=Han}\p{Script=Hangul}]{2,4})*$/u;

function cjkNames(text: string): string[] | undefined {
  return CJK_NAMES.test(text) ? text.split(/\s*[、,，;／/]\s*/u) : undefined;
}

/** The mark of an author's affiliation, a link after the name ("1", "1,2", "*"). */
const AFFILIATION_MARK = /^(?:\d{1,2}(?:\s*,\s*\d{1,2})*|\*)$/u;
/** A joiner between two linked names on one line. */
const LINK_JOINER = /^\s*(?:,|;|&|and|und|et|y)\s*$/iu;
/** What may stand between a linked name and its date: nothing, a separator or a short word ("On", "am", "le"). */
const NAME_DATE_GAP = /^\s*(?:[|·•,–—-]|\p{L}{1,3})?\s*$/u;

/** A name as a user shows it, up to three words ("Mobasir hassan"): what a link to an author's page says is the name. */
const DISPLAY_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s[\p{L}'’.-]+){0,2}$/u;

/** A link to an author's page ("…/author/flerche/", "…/profile/richardadams", "…/autoren/anna-smith"). */
const AUTHOR_PAGE = /^https?:\/\/[^/]+\/(?:[^?#]*\/)?(?:authors?|autor(?:en|in)?|auteurs?|autore|autori|autores|profiles?|profil|perfil(?:es)?|redakteur(?:e|in)?|journalists?|writers?|columnists?|contributors?|reporters?|staff)\/[^/?#]/iu;

/**
 * A link to the author's page in the head, as Markdown dumps with the page's links keep it: the
 * link's text is the author as the page names them, a user name too ("[Richard Adams](…/profile/richardadams)
 * Education editor", "[uncut-news.ch](…/author/uncut-news-ch/)"). Not one of a menu of the site's authors.
 */
function authorPageLink(blocks: readonly Block[], block: Block, words: WordSet, language: string | undefined): FoundByline | undefined {
  const first = block.links.findIndex((l) => AUTHOR_PAGE.test(l.href));
  const link = block.links[first];
  if (!link || block.text.length > 200 || wordCount(block.text.slice(0, link.start)) > 8) return undefined;
  // "By" / "[David Brand](…)" / "and" / "[Ramsey Khalifeh](…)": names on lines of their own are read below their by-word.
  const joined = (b: Block | undefined) => !!b && NAME_JOINER.test(b.text.trim());
  if (linksAuthorBeside(blocks, block) || joined(blocks[block.index - 1]) || joined(blocks[block.index + 1])) return undefined;
  // "[Ibtisam Mahdi](…/staff/…), [Ruwaida Kamal Amer](…/staff/…)": each author's link, joined by a comma or a word.
  const names: string[] = [];
  let end = link.start;
  for (const next of block.links.slice(first)) {
    if (!AUTHOR_PAGE.test(next.href) || (names.length && !LINK_JOINER.test(block.text.slice(end, next.start)))) break;
    const text = block.text.slice(next.start, next.end).trim();
    const found = parseNames(text, 2) ?? handleOf(text, words) ?? (DISPLAY_NAME.test(text) ? [text] : undefined);
    if (!found || !spelledBySlug(text, next.href)) break;
    names.push(...found);
    end = next.end;
  }
  return names.length ? { names, published: findDate(block.text, { language })?.iso } : undefined;
}

/** Letters only, without accents ("Müller" -> "muller"). */
const bareLetters = (text: string) => foldForMatch(text).normalize('NFD').replace(/[^\p{L}\s]/gu, '');

/**
 * True unless the last part of the link's path spells words none of which begins a word of the
 * text: "[View profile](…/author/anna-smith)" names no one; a numeric id ("…/author/1234") says nothing.
 */
function spelledBySlug(text: string, href: string): boolean {
  const path = href.replace(/[?#].*$/u, '').replace(/\/+$/u, '');
  let slug: string;
  try {
    slug = bareLetters(decodeURIComponent(path.slice(path.lastIndexOf('/') + 1))).replace(/\s/gu, '');
  } catch {
    return true; // a malformed escape: judge by the text alone
  }
  if (slug.length < 3) return true;
  return bareLetters(text).split(/\s+/u).some((word) => word.length >= 3 && slug.includes(word.slice(0, 3)));
}

/**
 * A byline whose names are links, as Markdown dumps keep them: "By [Evan Halper](#)Staff Writer",
 * "von [Michael Rädel](…), [Redaktion](…)", "[Shana Nys Dambrot](#)November 6, 2023". The link
 * text is the name, up to where the link ends: the text run into it is a role or the date.
 */
export function linkedByline(block: Block, byline: RegExp | undefined, language: string | undefined) {
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
  // "[Marwan H. Adwan](#)[1](#)": the authors of a paper, each with the marks of their affiliations.
  const mark = (link: InlineLink | undefined) => !!link && AFFILIATION_MARK.test(block.text.slice(link.start, link.end));
  const affiliated = !before && mark(block.links[1]) && block.links[1]!.start === first.end;
  if (!byWord && !dated && !affiliated) return undefined;
  const names: string[] = [];
  let end = first.end;
  for (const link of block.links) {
    if (mark(link) && link.start === end) {
      end = link.end;
      continue;
    }
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

/**
 * A byline inside a head line: "July 24, 2019 by Amy Motroni", "Gepostet von Katharina
 * Volkwein | Wohnen", "Par Nicolas Gutierrez C. le 14.09.2020". The words after the prefix,
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
    // a headline that says "… Intercepted by Federal Agents" is no byline.
    const before = source.slice(0, match.index!).trim();
    const labelled = /[|·•,–—-]$/u.test(before) || !!findDate(before, { language }) || !!patterns.published?.test(foldForMatch(before));
    if (wordCount(before) > (inBody ? 0 : 3) && matches[0]!.index !== 0 && !labelled) continue;
    const after = source.slice(match.index! + match[0].length);
    const cut = NAME_END.exec(after);
    // After a few unlabelled words, one capitalised word is a noun of a headline ("Die Überforderung durch Überangebote").
    const minTokens = inBody || (before && !labelled) ? 2 : 1;
    const names = parseNames((cut ? after.slice(0, cut.index) : after).trim(), minTokens) ?? labelledHandle(match[0], after);
    if (names && names.every((n) => wordCount(n) <= 4)) return { names, published: findDate(source, { language })?.iso };
  }
  return undefined;
}

/** The end of a link whose opening bracket stands on an earlier line: "Simon Braasch](https://…)". */
const LINK_TAIL = /\]\([^()\s]*\)\s*$/u;

/** A joiner left on a line of its own between two linked names ("David Brand" / "and" / "Ramsey Khalifeh"). */
const NAME_JOINER = /^(?:and|und|et|y|e|i|&|,)$/iu;

/**
 * The names on the lines below a by-word left alone on its line ("By" / "David Brand" / "and" /
 * "Ramsey Khalifeh", "Auteur" / "Uriel Gadessaud"): the link around the name broke the line.
 */
export function namesBelowLabel(blocks: readonly Block[], block: Block, label: RegExp | undefined) {
  if (!label || wordCount(block.text) > 4 || !label.test(foldForMatch(block.text))) return undefined;
  const names: string[] = [];
  const lines: Block[] = [];
  for (let i = block.index + 1; i < blocks.length; i += 2) {
    // "Von" / "[" / "Simon Braasch](…)": a link around a dropped photo and the name, cut where the photo stood.
    const opened = blocks[i]?.text.trim() === '[' ? blocks[i++] : undefined;
    const line = blocks[i];
    if (!line) break;
    const text = opened ? line.text.replace(LINK_TAIL, '') : line.text;
    // Below a by-word alone the name may be a heading: a link around a photo and the name ("von" / "## Ursula Baatz");
    // a linked name may be a list item ("Tipps von" / "-   [Marie Jaster](#)").
    const sameKind = ['paragraph', 'list-item', block.type].includes(line.type) || (line.type === 'heading' && wordCount(block.text) === 1);
    const found = sameKind && wordCount(text) <= 6 && !SHOUTED.test(text) ? parseNames(text, 2) : undefined;
    if (!found) break;
    names.push(...found);
    if (opened) lines.push(opened);
    lines.push(line);
    const joiner = blocks[i + 1];
    if (!joiner || !NAME_JOINER.test(joiner.text.trim())) break;
    lines.push(joiner);
  }
  return names.length ? { names, lines } : undefined;
}
