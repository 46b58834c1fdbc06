/**
 * Bare name lines of dumps: a line that is a person's name and nothing else, and the signs that
 * make it the author's (beside the head lines, below an avatar's initials, above a biography,
 * set off by a separator, signing the article). A personal site's footer: footer-credit.ts.
 */
import type { Block } from '../../core/document.js';
import { findDate } from '../../core/dates.js';
import { foldForMatch, wordCount } from '../../core/text.js';
import { SHOUTED, parseNames, userNames, type WordSet } from './names.js';
import { isCommonWord, lowerCaseWords } from './page-words.js';
import type { NameWordPatterns } from './name-words.js';
import { isNearBodyStart, type DumpHead, type HeadPatterns } from './dump-head.js';

/** True for a line that cannot be a name line (chaff, a label, a line of common words). */
export type NotName = (block: Block) => boolean;

/**
 * The lines that are no name: chaff by the rule packs, a byline label ("Autor:"), or a line with a
 * capitalised word before its last that the page writes in lower case elsewhere ("Letzte Kommentare",
 * "Der Stadtanzeiger", "Aktuelle Ausgabe", "Tweet This"). A given name is not a word of the text; a
 * surname may be, in a credit such as "dpa/anna roth"; particles are lower case in names too ("Ruud van der Berg").
 */
export function notANameLine(isChaff: (block: Block) => boolean, patterns: HeadPatterns, lowerCase: WordSet): NotName {
  const { bylineLabel, nameWords } = patterns;
  const spelledAsWords = (b: Block) => b.text.trim().split(/\s+/u).slice(0, -1).some((w) => /^\p{Lu}/u.test(w) && isCommonWord(w, lowerCase, nameWords));
  return (b) => isChaff(b) || !!bylineLabel?.test(foldForMatch(b.text)) || spelledAsWords(b);
}

/**
 * A head line that opens with the author's name, set off by a separator from what follows
 * ("Doris Schubart • Dieser Beitrag … erschien zuerst im Blog …", "Benjamin-Immanuel Horn | Community 1").
 */
export function nameBeforeSeparator(head: DumpHead, notName: NotName, nameWords: NameWordPatterns) {
  for (const block of head.order) {
    if (!isNearBodyStart(head, block) || head.taken.has(block.index) || block.type === 'heading' || !isShortLine(block)) continue;
    const [first, ...rest] = block.text.split(/\s+[|•·]\s+/u);
    const name = { ...block, text: first! };
    if (rest.length && isNameLine(name, notName, nameWords)) return { block, names: parseNames(first!, nameWords, 2)! };
  }
  return undefined;
}

/** A line of at least this many words is a paragraph of the article. */
export const PARAGRAPH_WORDS = 30;

/** "– Nadja Podgorski": a name set off by a dash on its own line. */
const DASHED = /^[-–—]\s*/u;

/** "_Denis Carré_": a Markdown line in italics only (a line in bold is a subheading as often). */
const EMPHASISED = /^([_*])[^_*]+\1\s*$/u;

/**
 * The article signed at its end: a line below the body's start that is a name set off by a
 * dash, in italics in a Markdown dump, or alone between the last paragraph and what follows
 * the article. The last resort: a wrong guess costs no more than none.
 */
export function signatureBelowBody(head: DumpHead, notName: NotName, nameWords: NameWordPatterns) {
  for (const block of head.blocks.slice(head.anchor + 1)) {
    if (head.taken.has(block.index) || block.type === 'heading') continue;
    const dashed = DASHED.test(block.text);
    // A name line closing the article: prose above it, none anywhere below it (a subheading has
    // more of the article below, if not at once: a list, a table, then the next paragraph).
    const prose = (b: Block | undefined) => !!b && wordCount(b.text) >= PARAGRAPH_WORDS;
    const afterProse = prose(head.blocks[block.index - 1]) && !head.blocks.slice(block.index + 1).some(prose);
    const dated = signedAndDated(head, block, prose);
    if (!dashed && !afterProse && !dated && !EMPHASISED.test(block.source?.trim() ?? '')) continue;
    if (repeatsLineAbove(head.blocks, block)) continue;
    const name = { ...block, text: block.text.replace(DASHED, '') };
    if (isNameLine(name, notName, nameWords)) return { block, names: parseNames(name.text, nameWords, 2)! };
    if (dated && isFirstNameLine(head.blocks, block, notName, lowerCaseWords(head.blocks), nameWords)) return { block, names: [name.text.trim()] };
  }
  return undefined;
}

/**
 * A line below the text's last paragraphs with the date line right below it: a letter's or a post's
 * sign-off ("… Bis bald!" / "Jonas" / "3. März 2021"), which may be a first name alone.
 */
function signedAndDated(head: DumpHead, block: Block, prose: (b: Block | undefined) => boolean): boolean {
  const dateBelow = head.spans.some((span) => span.block === block.index + 1 && span.rule === 'metadata/date');
  return dateBelow && [head.blocks[block.index - 1], head.blocks[block.index - 2]].some(prose);
}

/**
 * One capitalised word that no other line of the page writes, in any case, and no word of a menu or a button:
 * a first name ("Jonas"), not a noun of the text ("Zaubernuss") nor a word of it ("Fazit" over "fazit").
 */
function isFirstNameLine(blocks: readonly Block[], block: Block, notName: NotName, lowerCase: WordSet, nameWords: NameWordPatterns): boolean {
  const word = block.text.trim();
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || notName(block) || isCommonWord(word, lowerCase, nameWords)) return false;
  const asWord = new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'iu');
  return parseNames(word, nameWords)?.length === 1 && !blocks.some((other) => other !== block && asWord.test(other.text));
}

/**
 * Lines longer than this are no footer or head line: they are skipped before any splitting
 * (a split on spaced separators backtracks over a long run of spaces, as a code block may hold).
 */
const SHORT_LINE_CHARS = 300;

export const isShortLine = (block: Block) => block.type !== 'code' && block.text.length <= SHORT_LINE_CHARS;

/** A line of one or two persons' names and nothing else. */
function isNameLine(block: Block, notName: NotName, nameWords: NameWordPatterns): boolean {
  if (block.type === 'code' || block.text.length > 60 || SHOUTED.test(block.text) || nameWords.commentsLink.test(` ${block.text} `) || notName(block)) return false;
  const names = parseNames(block.text, nameWords, 2);
  return !!names && names.length <= 2 && names.every((n) => wordCount(n) <= 3);
}

/**
 * A bare name right below the title with a date line right below it ("Le jardin en hiver" / "Claire
 * Moreau" / "3 mars 2021 à 07h00"): the article's author, stronger evidence than a byline line away from the body's
 * start (a comment's, a teaser's).
 */
export function nameBetweenTitleAndDate(head: DumpHead, language: string | undefined, nameWords: NameWordPatterns) {
  for (const span of head.spans) {
    if (span.rule !== 'metadata/title') continue;
    const [block, below] = [head.blocks[span.block + 1], head.blocks[span.block + 2]];
    if (!block || !below || head.taken.has(block.index) || block.type === 'heading') continue;
    // The line below is the date line, or a short line with a date that no finder took (not the far byline's own line).
    const dateLine = head.spans.some((s) => s.block === below.index && s.rule === 'metadata/date');
    const dated = dateLine || (!head.taken.has(below.index) && wordCount(below.text) <= 8 && !!findDate(below.text, { language }));
    if (dated && isNameLine(block, () => false, nameWords)) return { block, names: parseNames(block.text, nameWords, 2)! };
  }
  return undefined;
}

/** "AS" above "Anna Smith": the initials an avatar shows in place of the author's photo. */
function initialsOf(name: string): string {
  return name.split(/[\s-]+/u).map((word) => word[0]).join('').toUpperCase();
}

/**
 * Name lines that the page marks as its author's: in the head, below the initials of the
 * author's avatar ("LP" / "Luana Pereira" / "RF" / "Raphael Ferri"); anywhere, above the
 * author's biography ("Philipp Sandrock" / "Philipp Sandrock lehrt Geschichte der Neuzeit …").
 */
export function signedNameLines(head: DumpHead, notName: NotName, nameWords: NameWordPatterns): Block[] {
  const { blocks } = head;
  const avatars = head.order.filter((block) => {
    const above = blocks[block.index - 1]?.text.trim();
    return isNearBodyStart(head, block) && !head.taken.has(block.index) && above && above.length >= 2 && above === initialsOf(block.text.trim()) && isNameLine(block, notName, nameWords);
  });
  if (avatars.length) return avatars.sort((a, b) => a.index - b.index);
  const boxed = blocks.find((block) => !head.taken.has(block.index) && introducesBiography(blocks, block) && isNameLine(block, notName, nameWords));
  return boxed ? [boxed] : [];
}

/** True when one of the next two lines is a biography that opens with this line's name. */
function introducesBiography(blocks: readonly Block[], block: Block): boolean {
  const name = block.text.trim();
  if (name.length < 5 || name.includes('\n')) return false;
  return [blocks[block.index + 1], blocks[block.index + 2]].some(
    (next) => !!next && next.type !== 'heading' && next.text.startsWith(`${name} `) && wordCount(next.text) >= 10,
  );
}

/** The capitalised words of a name: four are a row of buttons ("Weitere Informationen Akzeptieren Ablehnen"), particles aside ("Ruud van der Berg"). */
function capitalisedWords(name: string): number {
  return name.split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word)).length;
}

/** True for a line with a link that covers only a part of it. */
function partlyLinked(block: Block): boolean {
  const linked = block.links.reduce((sum, link) => sum + link.end - link.start, 0);
  return linked > 0 && linked < block.text.replace(/\s+/gu, '').length;
}

/** A line of several links, not each a whole name: words of a menu or of share buttons ("[Wine](#) [Makers](#)"); a name is linked whole. */
function linkedInParts(block: Block, nameWords: NameWordPatterns): boolean {
  return block.links.length >= 2 && block.links.some((link) => !parseNames(block.text.slice(link.start, link.end), nameWords, 2));
}

/**
 * True for a line that repeats a line above it: a menu's entry or a breadcrumb's again as the section's
 * label over the title ("Digital Life" in the menu and over the headline). An author's name comes again
 * below the head (an author box), not above it.
 */
function repeatsLineAbove(blocks: readonly Block[], block: Block): boolean {
  const text = block.text.trim();
  return blocks.slice(0, block.index).some((above) => above.text.trim() === text);
}

/** A short label of a credit to another than the author, alone above a name ("Photos by" / "Anna Smith", "Foto:" / "Anna Smith"). */
function creditsAnother(above: Block | undefined, nameWords: NameWordPatterns): boolean {
  if (!above || wordCount(above.text) > 4) return false;
  const text = above.text.trim();
  const { otherCredit } = nameWords;
  return otherCredit.test(text) || otherCredit.test(text.replace(/\s*\S+$/u, ''));
}

/** "© Anna Smith", "Foto: dpa": a picture's credit, below a name that is the picture's caption (a portrait of the person the article is about). */
function isPhotoCredit(below: Block | undefined, nameWords: NameWordPatterns): boolean {
  const text = below?.text.trim() ?? '';
  return text.startsWith('©') || (/^\S+:/u.test(text) && nameWords.otherCredit.test(text.slice(0, text.indexOf(':') + 1)));
}

/** A list item that is one link and nothing else: an entry of a menu ("-   [Neue Kunden](…/telefonische-neukundenakquisition)"). */
function isMenuItem(block: Block): boolean {
  const [link] = block.links;
  return block.type === 'list-item' && block.links.length === 1 && link!.start === 0 && link!.end === block.text.trim().length;
}

/**
 * True for a name that the paragraph right below names again inside a sentence: the person the text is
 * about, set as a subheading ("Ada Vogt" / "Der Fall Ada Vogt beschäftigt …"). An author box opens its biography with the name.
 */
function subjectOfNextLine(blocks: readonly Block[], block: Block): boolean {
  const next = blocks[block.index + 1];
  const name = block.text.trim();
  return !!next && wordCount(next.text) >= PARAGRAPH_WORDS && next.text.indexOf(name) > 0;
}

/** How far from the title a line repeating it stands in the head (further off, it is a footer's or a teaser's). */
const TITLE_REPEAT_DISTANCE = 3;

/**
 * The head lines a bare name may stand beside: the lines claimed, and the title again just below or
 * above it, spaced otherwise ("Gartenpflege: Die …" / "Gartenpflege : Die …").
 */
export function headLinesForNames(head: DumpHead): Set<number> {
  const heads = new Set(head.taken);
  const compact = (text: string) => foldForMatch(text).replace(/[^\p{L}\p{N}]/gu, '');
  for (const span of head.spans.filter((s) => s.rule === 'metadata/title')) {
    const title = compact(head.blocks[span.block]!.text);
    for (let i = span.block - TITLE_REPEAT_DISTANCE; i <= span.block + TITLE_REPEAT_DISTANCE; i++) {
      const block = head.blocks[i];
      if (block && title && compact(block.text) === title) heads.add(i);
    }
  }
  return heads;
}

/** A time of day at the start of a text ("06 PM | 18 Mai", "11:36", "18 Uhr"). */
const TIME_OF_DAY = /^(?:\d{1,2}(?::\d{2})?\s*(?:AM|PM|am|pm|Uhr)\b|\d{1,2}:\d{2}(?!\d))/u;

/** "Anna Schmidt 06 PM | 18 Mai": a name and the post's time beside the title, the name up to it. */
function nameBeforeTime(text: string, nameWords: NameWordPatterns): string[] | undefined {
  const end = nameWords.nameEnd.exec(text);
  if (!end || end.index === 0) return undefined;
  const after = text.slice(end.index).replace(/^[\s|·•,;(]+/u, '');
  if (!TIME_OF_DAY.test(after)) return undefined;
  const names = parseNames(text.slice(0, end.index).trim(), nameWords, 2);
  return names?.length === 1 ? names : undefined;
}

/**
 * The marks a paper sets after an author's name to point to an affiliation or a note ("Lena Hartwig1",
 * "Tom Reed2,3", "Ada Vogt*"): right after a lower-case letter, no part of the name.
 */
const AFFILIATION_MARKS = /(?<=\p{Ll})(?:\d{1,2}(?:,\d{1,2})*|[*†‡]+)(?=\s|,|$)/gu;

/** How a bare name line is read: what rules a line out, the by-word reader, the role cut, the name words. */
export interface NameLineReading {
  notName: NotName;
  /** The names after a by-word ("By Anna Smith"), when the line has one. */
  byline: (block: Block) => { names: string[] } | undefined;
  /** The line without a role written after the name ("Anna Smith Science editor"). */
  cutRole: (text: string) => string;
  nameWords: NameWordPatterns;
}

/** A line of nothing but a person's name, right beside the title or the date line. */
export function findNameLine(
  blocks: readonly Block[],
  heads: number[],
  taken: ReadonlySet<number>,
  { notName, byline, cutRole, nameWords }: NameLineReading,
) {
  for (const head of heads.sort((a, b) => a - b)) {
    for (const i of [head + 1, head - 1, head + 2]) {
      const block = blocks[i];
      // A heading may be a name in the head's small print ("### Jeanne Lavallée"), not a section's or the page's heading.
      const sectionHeading = block?.type === 'heading' && (block.level ?? 1) < 3;
      if (!block || taken.has(i) || sectionHeading || isMenuItem(block) || block.text.length > 80 || wordCount(block.text) > 6) continue;
      // "Tom Becker Science editor": the name is the line without the role after it.
      const name = { ...block, text: cutRole(block.text.replace(AFFILIATION_MARKS, '')) };
      if (notName(name)) continue;
      // "By Matthew Hughes", "Veröffentlicht von Timo Laske" beside the title: the by-word is no part of the name.
      const labelled = byline(block)?.names;
      if (labelled) return { block, names: labelled };
      if (SHOUTED.test(block.text)) continue; // "ZU DEN FAVORITEN": without a by-word, capitals are a menu label
      if (partlyLinked(block)) continue; // "[Home](#) Johannes": a breadcrumb, a name is linked whole or not at all
      if (linkedInParts(block, nameWords) || repeatsLineAbove(blocks, block) || creditsAnother(blocks[i - 1], nameWords) || isPhotoCredit(blocks[i + 1], nameWords) || subjectOfNextLine(blocks, block)) continue;
      // "### [delta512](#)" over "Senior Contributor": a user name with a digit beside the title is the author's.
      const names = parseNames(name.text, nameWords, 2) ?? userNames(block.text, undefined) ?? nameBeforeTime(name.text, nameWords);
      if (names && names.length <= 3 && names.every((n) => capitalisedWords(n) <= 3)) return { block, names };
    }
  }
  return undefined;
}
