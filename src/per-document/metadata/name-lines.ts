/**
 * Bare name lines of dumps: a line that is a person's name and nothing else, and the signs that
 * make it the author's (beside the head lines, below an avatar's initials, above a biography,
 * set off by a separator, signing the article, in a personal site's copyright line).
 */
import type { Block } from '../../core/document.js';
import { findDate } from '../../core/dates.js';
import { foldForMatch, wordCount } from '../../core/text.js';
import { AGENCIES, COMMENTS_LINK, NAME_END, SHOUTED, parseNames, userNames, type WordSet } from './names.js';
import { isNearBodyStart, type DumpHead } from './dump-head.js';

/** True for a line that cannot be a name line (chaff, a label, a line of common words). */
export type NotName = (block: Block) => boolean;

/**
 * A head line that opens with the author's name, set off by a separator from what follows
 * ("Doris Schubart • Dieser Beitrag … erschien zuerst im Blog …", "Benjamin-Immanuel Horn | Community 1").
 */
export function nameBeforeSeparator(head: DumpHead, notName: NotName) {
  for (const block of head.order) {
    if (!isNearBodyStart(head, block) || head.taken.has(block.index) || block.type === 'heading' || !isShortLine(block)) continue;
    const [first, ...rest] = block.text.split(/\s+[|•·]\s+/u);
    const name = { ...block, text: first! };
    if (rest.length && isNameLine(name, notName)) return { block, names: parseNames(first!, 2)! };
  }
  return undefined;
}

/** A line of at least this many words is a paragraph of the article. */
const PARAGRAPH_WORDS = 30;

/** "– Nadja Podgorski": a name set off by a dash on its own line. */
const DASHED = /^[-–—]\s*/u;
/** "_Denis Carré_": a Markdown line in italics only (a line in bold is a subheading as often). */
const EMPHASISED = /^([_*])[^_*]+\1\s*$/u;

/**
 * The article signed at its end: a line below the body's start that is a name set off by a
 * dash, in italics in a Markdown dump, or alone between the last paragraph and what follows
 * the article. The last resort: a wrong guess costs no more than none.
 */
export function signatureBelowBody(head: DumpHead, notName: NotName) {
  for (const block of head.blocks.slice(head.anchor + 1)) {
    if (head.taken.has(block.index) || block.type === 'heading') continue;
    const dashed = DASHED.test(block.text);
    // A name line closing the article: prose above it, none anywhere below it (a subheading has
    // more of the article below, if not at once: a list, a table, then the next paragraph).
    const prose = (b: Block | undefined) => !!b && wordCount(b.text) >= PARAGRAPH_WORDS;
    const afterProse = prose(head.blocks[block.index - 1]) && !head.blocks.slice(block.index + 1).some(prose);
    if (!dashed && !afterProse && !EMPHASISED.test(block.source?.trim() ?? '')) continue;
    const name = { ...block, text: block.text.replace(DASHED, '') };
    if (isNameLine(name, notName)) return { block, names: parseNames(name.text, 2)! };
  }
  return undefined;
}

/** "© 2009-2012 Jonathan Kraus. Impressum", "Copyright (c) 2012- Gregory Szabo. All rights reserved.", "© 2012 APA/AP". */
const COPYRIGHT = /^(?:(?:©|\(c\)|copyright)\s*)+(?:\d{4}(?:\s*[-–]\s*(?:\d{4})?)?\s*)?(?:[-–|•]\s*)?/iu;
/** Words of a company's name, not a person's. */
const COMPANY = /\b(?:GmbH|AG|SE|KG|Inc|Ltd|LLC|Corp|Co|Media|Verlag|Group|Gruppe|Holding|e\.V)\b/u;

/** Years that open a part of a footer line ("2009-2020 by Florian Poschmann"). */
const YEARS = /^\d{4}(?:\s*[-–]\s*\d{4})?\s+/u;

/**
 * Lines longer than this are no footer or head line: they are skipped before any splitting
 * (a split on spaced separators backtracks over a long run of spaces, as a code block may hold).
 */
const SHORT_LINE_CHARS = 300;
const isShortLine = (block: Block) => block.type !== 'code' && block.text.length <= SHORT_LINE_CHARS;

/**
 * "Powered by Hugo", "Theme by Anders Norén", "Design by Elegant Themes", "Webdesign von …",
 * "Réalisé par …": a credit for the software, theme or design of the site, not its author.
 */
const SITE_CREDIT = /\b(?:powered|theme|themes|designed|design|webdesign|built|hosted|hosting|template|developed|development|made with|realisiert|gestaltet|umgesetzt|entwickelt|réalisé|conçu|conception|diseñado|diseño|desarrollado|realizzato|sviluppato|ontwerp|gemaakt)\b/iu;

/** The person a personal site's copyright line names, when nothing else names the author. */
export function copyrightHolder(head: DumpHead, byWord: RegExp | undefined) {
  // The footer: below the article's last paragraph (a book list inside it may read "Beloved – 1987 by Toni Morrison").
  let footer = head.anchor + 1;
  for (let i = head.blocks.length - 1; i > head.anchor; i--) {
    if (wordCount(head.blocks[i]!.text) >= PARAGRAPH_WORDS) {
      footer = i + 1;
      break;
    }
  }
  for (let i = head.blocks.length - 1; i >= footer; i--) {
    const block = head.blocks[i]!;
    if (head.taken.has(i) || !isShortLine(block)) continue;
    const match = COPYRIGHT.exec(block.text.trim());
    if (match?.[0].trim()) {
      const holder = block.text.trim().slice(match[0].length).split(/\s*(?:[.•|]\s|\s[-–—]\s|,)/u)[0]!.replace(/\s+\d{4}(?:\s*[-–]\s*\d{4})?$/u, '').trim();
      if (AGENCIES.test(holder)) return { block, names: [holder] };
      const names = COMPANY.test(holder) || SHOUTED.test(holder) ? undefined : (parseNames(holder, 2) ?? madeBy(holder, byWord));
      if (names?.length === 1 && wordCount(names[0]!) <= 3) return { block, names };
    }
    // "Archive – Impressum – 2009-2020 by Florian Poschmann – Powered by Nikola": the years and the site's maker.
    for (const part of block.text.split(/\s+[–—|•·]\s+/u)) {
      const years = YEARS.exec(part.trim());
      // After the years alone, a full name: one capitalised word there is a brand as often ("2012–2024 by Ghost").
      const names = years ? madeBy(part.trim().slice(years[0].length), byWord, 0) : undefined;
      if (names && wordCount(names[0]!) >= 2) return { block, names };
    }
  }
  return undefined;
}

/** "Stylegart by Ramona": the person after a by-word that follows at most this many words (the site's name). */
function madeBy(text: string, byWord: RegExp | undefined, wordsBefore = 1): string[] | undefined {
  if (!byWord || foldForMatch(text).length !== text.length) return undefined;
  const match = new RegExp(byWord.source, 'u').exec(foldForMatch(text));
  const before = text.slice(0, match?.index);
  if (!match || wordCount(before) > wordsBefore || SITE_CREDIT.test(before)) return undefined;
  const names = parseNames(text.slice(match.index + match[0].length).trim(), 1);
  // A given name alone ("Ramona"), not a brand's word with a capital inside it ("© by ChatCaster").
  return names?.length === 1 && wordCount(names[0]!) <= 3 && !/\p{Ll}\p{Lu}/u.test(names[0]!) ? names : undefined;
}

/** A word in lower case, not the part of an address or a user name ("oliver.baroni@…", "blaulicht-news.ch"). */
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}.@/_-])\p{Ll}[\p{L}'’-]*(?![\p{L}\p{N}]|[.@/_][\p{L}\p{N}])/gu;
/** Words in a line of at least this many words are words of a sentence. */
const PROSE_WORDS = 8;

const lowerCaseWordMemo = new WeakMap<readonly Block[], WordSet>();
const proseWordMemo = new WeakMap<readonly Block[], WordSet>();

function wordsOf(blocks: readonly Block[], memo: WeakMap<readonly Block[], WordSet>, minWords: number): WordSet {
  let words = memo.get(blocks);
  if (!words) {
    // Most dumps name their author without asking about a word: the words are gathered on the first question.
    let set: Set<string> | undefined;
    words = { has: (word) => (set ??= collectWords(blocks, minWords)).has(word) };
    memo.set(blocks, words);
  }
  return words;
}

function collectWords(blocks: readonly Block[], minWords: number): Set<string> {
  const words = new Set<string>();
  for (const block of blocks) if (minWords <= 1 || wordCount(block.text) >= minWords) for (const word of block.text.match(LOWER_CASE_WORD) ?? []) words.add(word);
  return words;
}

/** The words a dump writes in lower case somewhere: common words, not names. */
export function lowerCaseWords(blocks: readonly Block[]): WordSet {
  return wordsOf(blocks, lowerCaseWordMemo, 1);
}

/** Inflections that adjectives and nouns take in the languages with case endings ("Aktuelle" / "aktuellen", "Größere" / "größer"). */
const INFLECTION = /(?:e|er|es|en|em|s)$/u;

/**
 * True for a capitalised word that the dump writes in lower case somewhere, as it is or with
 * another ending ("Aktuelle Ausgabe", "Letzte Kommentare", "Dringlicher Appell" over "aktuellen",
 * "letzten", "dringlich"): a word, not a name. A stem shorter than four letters compares whole.
 */
export function isCommonWord(word: string, lowerCase: WordSet): boolean {
  const lower = word.toLowerCase();
  if (lowerCase.has(lower)) return true;
  const stem = lower.replace(INFLECTION, '');
  if (stem.length < 4 || stem === lower) return false;
  return ['', 'e', 'er', 'es', 'en', 'em', 's'].some((ending) => lowerCase.has(stem + ending));
}

/** The words a dump writes in lower case in its sentences: a user name written in lower case is none of them. */
export function proseWords(blocks: readonly Block[]): WordSet {
  return wordsOf(blocks, proseWordMemo, PROSE_WORDS);
}

/** A line of one or two persons' names and nothing else. */
function isNameLine(block: Block, notName: NotName): boolean {
  if (block.type === 'code' || block.text.length > 60 || SHOUTED.test(block.text) || COMMENTS_LINK.test(` ${block.text} `) || notName(block)) return false;
  const names = parseNames(block.text, 2);
  return !!names && names.length <= 2 && names.every((n) => wordCount(n) <= 3);
}

/**
 * A bare name right below the title with a date line right below it ("Le jardin en hiver" / "Claire
 * Moreau" / "3 mars 2021 à 07h00"): the article's author, stronger evidence than a byline line away from the body's
 * start (a comment's, a teaser's).
 */
export function nameBetweenTitleAndDate(head: DumpHead, language: string | undefined) {
  for (const span of head.spans) {
    if (span.rule !== 'metadata/title') continue;
    const [block, below] = [head.blocks[span.block + 1], head.blocks[span.block + 2]];
    if (!block || !below || head.taken.has(block.index) || block.type === 'heading') continue;
    // The line below is the date line, or a short line with a date that no finder took (not the far byline's own line).
    const dateLine = head.spans.some((s) => s.block === below.index && s.rule === 'metadata/date');
    const dated = dateLine || (!head.taken.has(below.index) && wordCount(below.text) <= 8 && !!findDate(below.text, { language }));
    if (dated && isNameLine(block, () => false)) return { block, names: parseNames(block.text, 2)! };
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
export function signedNameLines(head: DumpHead, notName: NotName): Block[] {
  const { blocks } = head;
  const avatars = head.order.filter((block) => {
    const above = blocks[block.index - 1]?.text.trim();
    return isNearBodyStart(head, block) && !head.taken.has(block.index) && above && above.length >= 2 && above === initialsOf(block.text.trim()) && isNameLine(block, notName);
  });
  if (avatars.length) return avatars.sort((a, b) => a.index - b.index);
  const boxed = blocks.find((block) => !head.taken.has(block.index) && introducesBiography(blocks, block) && isNameLine(block, notName));
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

/** A list item that is one link and nothing else: an entry of a menu ("-   [Neue Kunden](…/telefonische-neukundenakquisition)"). */
function isMenuItem(block: Block): boolean {
  const [link] = block.links;
  return block.type === 'list-item' && block.links.length === 1 && link!.start === 0 && link!.end === block.text.trim().length;
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
function nameBeforeTime(text: string): string[] | undefined {
  const end = NAME_END.exec(text);
  if (!end || end.index === 0) return undefined;
  const after = text.slice(end.index).replace(/^[\s|·•,;(]+/u, '');
  if (!TIME_OF_DAY.test(after)) return undefined;
  const names = parseNames(text.slice(0, end.index).trim(), 2);
  return names?.length === 1 ? names : undefined;
}

/** A line of nothing but a person's name, right beside the title or the date line. */
export function findNameLine(
  blocks: readonly Block[],
  heads: number[],
  taken: ReadonlySet<number>,
  notName: NotName,
  byline: (block: Block) => { names: string[] } | undefined,
  cutRole: (text: string) => string,
) {
  for (const head of heads.sort((a, b) => a - b)) {
    for (const i of [head + 1, head - 1, head + 2]) {
      const block = blocks[i];
      // A heading may be a name in the head's small print ("### Jeanne Corriveau"), not a section's or the page's heading.
      const sectionHeading = block?.type === 'heading' && (block.level ?? 1) < 3;
      if (!block || taken.has(i) || sectionHeading || isMenuItem(block) || block.text.length > 80 || wordCount(block.text) > 6) continue;
      // "Tom Becker Science editor": the name is the line without the role after it.
      const name = { ...block, text: cutRole(block.text) };
      if (notName(name)) continue;
      // "By Matthew Hughes", "Veröffentlicht von Guido Beyss" beside the title: the by-word is no part of the name.
      const labelled = byline(block)?.names;
      if (labelled) return { block, names: labelled };
      if (SHOUTED.test(block.text)) continue; // "ZU DEN FAVORITEN": without a by-word, capitals are a menu label
      if (partlyLinked(block)) continue; // "[Home](#) Johannes": a breadcrumb, a name is linked whole or not at all
      // "### [gamma307](#)" over "Intermediate Writer": a user name with a digit beside the title is the author's.
      const names = parseNames(name.text, 2) ?? userNames(block.text, undefined) ?? nameBeforeTime(name.text);
      if (names && names.length <= 3 && names.every((n) => capitalisedWords(n) <= 3)) return { block, names };
    }
  }
  return undefined;
}
