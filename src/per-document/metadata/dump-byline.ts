/**
 * Byline lines of dumps: "By …" lines, by-words inside a head line, names that are links, a
 * by-word alone above its names, and a bare name beside the title or the date line.
 */
import type { Block } from '../../core/document.js';
import { findDate } from '../../core/dates.js';
import { foldForMatch, wordCount } from '../../core/text.js';
import { withoutDateLineExtras } from './dump-date.js';
import { COMMENTS_LINK, NAME_END, parseNames } from './names.js';
import { isNearBodyStart, markHeadLine, type DumpHead, type HeadPatterns } from './dump-head.js';

export interface FoundByline {
  names: string[];
  /** A date the byline line gave as well. */
  published?: string;
}

/**
 * The byline of the head: the first line, near the body's start first, that is a "By …" line,
 * a line of linked names, a head line with a by-word in it, or a by-word alone above its names.
 * Claims its lines.
 */
export function findHeadByline(head: DumpHead, patterns: HeadPatterns, language: string | undefined): FoundByline | undefined {
  for (const block of head.order) {
    if (head.taken.has(block.index) || block.type === 'code') continue;
    // Inline bylines only in the head itself: around the body's first paragraph (the prose run
    // may open with a teaser or a standfirst above the byline).
    const near = isNearBodyStart(head, block);
    const byline =
      linkedByline(block, patterns.byline, language) ??
      parseBylineLine(block.text, patterns, language) ??
      (near ? parseInlineByline(block.text, patterns, language, block.index > head.anchor) : undefined);
    if (byline) {
      markHeadLine(head, block, 'metadata/byline');
      return byline;
    }
    // "Gunter Frank / 22.04.2020 / 06:15 / …": the names, while the line is left to the date lines.
    const dated = near ? (namesBesideDate(block.text, language) ?? severalNames(block)) : undefined;
    if (dated) return dated;
    const labelled = near ? namesBelowLabel(head.blocks, block, patterns.bylineLabel) : undefined;
    if (labelled) {
      for (const line of [block, ...labelled.lines]) markHeadLine(head, line, 'metadata/byline');
      return { names: labelled.names };
    }
  }
  return creditBelowHead(head, patterns, language);
}

/**
 * A credit line past the head, under the article or in its author box ("Text: Ursula Eggers",
 * "Author: Jacopo Cascioli", "Erstellt von Andri Bryner"): a line that opens with a by-word and
 * gives a full name. Claims it.
 */
function creditBelowHead(head: DumpHead, patterns: HeadPatterns, language: string | undefined): FoundByline | undefined {
  const searched = new Set(head.order.map((b) => b.index));
  for (const block of head.blocks) {
    if (searched.has(block.index) || head.taken.has(block.index) || block.type === 'code') continue;
    const byline = parseBylineLine(block.text, patterns, language, 2);
    if (byline) {
      markHeadLine(head, block, 'metadata/byline');
      // A date there may be a teaser's below the article: the date lines of the head come first.
      return { names: byline.names };
    }
  }
  return undefined;
}

/** When the head has no byline line: a line of names beside the head lines found (title, date). Claims it. */
export function findBylineBesideHead(head: DumpHead, patterns: HeadPatterns, language: string | undefined, isChaff: (block: Block) => boolean): FoundByline | undefined {
  const byline = (b: Block) =>
    parseBylineLine(b.text, patterns, language) ?? parseInlineByline(b.text, patterns, language, true);
  const words = lowerCaseWords(head.blocks);
  // "Letzte Kommentare", "Der Tagesspiegel", "Most Popular": a line whose first word the page writes in lower case elsewhere
  // is no name (a given name is not a word of the text; a surname may be in a credit such as "watson/oliver baroni").
  const spelledAsWords = (b: Block) => words.has(b.text.trim().split(/\s+/u)[0]!.toLowerCase());
  const notName = (b: Block) => isChaff(b) || !!patterns.bylineLabel?.test(foldForMatch(b.text)) || spelledAsWords(b);
  const signed = signedNameLines(head, notName);
  if (signed.length) {
    for (const block of signed) markHeadLine(head, block, 'metadata/byline');
    return { names: signed.flatMap((block) => parseNames(block.text, 2)!) };
  }
  const author =
    findNameLine(head.blocks, [...head.taken], head.taken, notName, byline) ??
    nameBeforeSeparator(head, notName) ??
    signatureBelowBody(head, notName) ??
    copyrightHolder(head);
  if (!author) return undefined;
  markHeadLine(head, author.block, 'metadata/byline');
  return { names: author.names };
}

/**
 * A head line that opens with the author's name, set off by a separator from what follows
 * ("Doris Schuppe • Dieser Beitrag … erschien zuerst im Blog …", "Benjamin-Immanuel Hoff | Community 1").
 */
function nameBeforeSeparator(head: DumpHead, notName: (block: Block) => boolean) {
  for (const block of head.order) {
    if (!isNearBodyStart(head, block) || head.taken.has(block.index) || block.type === 'heading') continue;
    const [first, ...rest] = block.text.split(/\s+[|•·]\s+/u);
    const name = { ...block, text: first! };
    if (rest.length && isNameLine(name, notName)) return { block, names: parseNames(first!, 2)! };
  }
  return undefined;
}

/** "– Nadja Podbregar": a name set off by a dash on its own line. */
const DASHED = /^[-–—]\s*/u;
/** "_Denis Clerc_": a Markdown line in italics only (a line in bold is a subheading as often). */
const EMPHASISED = /^([_*])[^_*]+\1\s*$/u;

/**
 * The article signed at its end: a line below the body's start that is a name set off by a
 * dash, in italics in a Markdown dump, or alone between the last paragraph and what follows
 * the article. The last resort: a wrong guess costs no more than none.
 */
function signatureBelowBody(head: DumpHead, notName: (block: Block) => boolean) {
  for (const block of head.blocks.slice(head.anchor + 1)) {
    if (head.taken.has(block.index) || block.type === 'heading') continue;
    const dashed = DASHED.test(block.text);
    // A name line closing the article: prose above it, none right below it (a subheading has the next paragraph below).
    const prose = (b: Block | undefined) => !!b && wordCount(b.text) >= 30;
    const afterProse = prose(head.blocks[block.index - 1]) && !head.blocks.slice(block.index + 1, block.index + 4).some(prose);
    if (!dashed && !afterProse && !EMPHASISED.test(block.source?.trim() ?? '')) continue;
    const name = { ...block, text: block.text.replace(DASHED, '') };
    if (isNameLine(name, notName)) return { block, names: parseNames(name.text, 2)! };
  }
  return undefined;
}

/** "© 2009-2012 Jonathan Krase. Impressum", "Copyright (c) 2012- Gregory Szorc. All rights reserved.", "© 2012 APA/AP". */
const COPYRIGHT = /^(?:(?:©|\(c\)|copyright)\s*)+(?:\d{4}(?:\s*[-–]\s*(?:\d{4})?)?\s*)?(?:[-–|•]\s*)?/iu;
/** Words of a company's name, not a person's. */
const COMPANY = /\b(?:GmbH|AG|SE|KG|Inc|Ltd|LLC|Corp|Co|Media|Verlag|Group|Gruppe|Holding|e\.V)\b/u;

/** The person a personal site's copyright line names, when nothing else names the author. */
function copyrightHolder(head: DumpHead) {
  for (let i = head.blocks.length - 1; i > head.anchor; i--) {
    const block = head.blocks[i]!;
    const match = COPYRIGHT.exec(block.text.trim());
    if (!match || !match[0].trim() || head.taken.has(i)) continue;
    const holder = block.text.trim().slice(match[0].length).split(/\s*(?:[.•|]\s|\s[-–—]\s|,)/u)[0]!.replace(/\s+\d{4}(?:\s*[-–]\s*\d{4})?$/u, '').trim();
    if (AGENCIES.test(holder)) return { block, names: [holder] };
    const names = COMPANY.test(holder) || SHOUTED.test(holder) ? undefined : parseNames(holder, 2);
    if (names?.length === 1 && wordCount(names[0]!) <= 3) return { block, names };
  }
  return undefined;
}

const lowerCaseWordMemo = new WeakMap<readonly Block[], Set<string>>();

/** The words a dump writes in lower case somewhere: common words, not names. */
function lowerCaseWords(blocks: readonly Block[]): Set<string> {
  let words = lowerCaseWordMemo.get(blocks);
  if (!words) {
    words = new Set();
    // Not the parts of an address or a user name ("oliver.baroni@…", "polizeiticker.ch").
    for (const block of blocks) for (const word of block.text.match(/(?<![\p{L}\p{N}.@/_-])\p{Ll}[\p{L}'’-]*(?![\p{L}\p{N}]|[.@/_][\p{L}\p{N}])/gu) ?? []) words.add(word);
    lowerCaseWordMemo.set(blocks, words);
  }
  return words;
}

/** A line of one or two persons' names and nothing else. */
function isNameLine(block: Block, notName: (block: Block) => boolean): boolean {
  if (block.type === 'code' || block.text.length > 60 || SHOUTED.test(block.text) || COMMENTS_LINK.test(` ${block.text} `) || notName(block)) return false;
  const names = parseNames(block.text, 2);
  return !!names && names.length <= 2 && names.every((n) => wordCount(n) <= 3);
}

/** "AS" above "Anna Smith": the initials an avatar shows in place of the author's photo. */
function initialsOf(name: string): string {
  return name.split(/[\s-]+/u).map((word) => word[0]).join('').toUpperCase();
}

/**
 * Name lines that the page marks as its author's: in the head, below the initials of the
 * author's avatar ("LP" / "Luana Patriolino" / "RF" / "Raphael Felice"); anywhere, above the
 * author's biography ("Philipp Sarasin" / "Philipp Sarasin lehrt Geschichte der Neuzeit …").
 */
function signedNameLines(head: DumpHead, notName: (block: Block) => boolean): Block[] {
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

/** "By Anna Smith | February 11, 2026" → names and, if present, the date. */
export function parseBylineLine(text: string, patterns: HeadPatterns, language: string | undefined, minTokens = 1) {
  const { byline, fusedByline } = patterns;
  if (!byline || text.length > 300) return undefined;
  // A long line may still open with its byline ("Posted by Anna Smith at 18:52 Tagged with: …"),
  // but then only a full name counts: "By Friday, the Senate …" names no one.
  const long = wordCount(text) > 16;
  const match = byline.exec(foldForMatch(text)) ?? fusedByline?.exec(text.trim());
  if (!match) return undefined;
  let rest = text.trim().slice(match[0].length).trim();
  const date = findDate(rest, { language });
  // With a date on the line, the names stand before it ("By Anna Smith Last updated Nov 8, 2023 Share …") or after it.
  if (date) rest = withoutDateLabel(rest.slice(0, date.index), patterns.published) || rest.slice(date.index + date.text.length).trim();
  rest = rest.replace(/^[\s|·•,/–—-]+|[\s|·•,/–—-]+$/gu, '').split(/\s+[|·•/–—]+\s+/u)[0]!.trim();
  // "Anna Smith, Online-Redaktion Veröffentlicht:": a label left by the removed date goes too,
  // and so does the outlet named by its domain ("Bob Yirka, Phys.org") or the author's e-mail address.
  if (date) rest = rest.replace(/\s+\S+:$/u, '');
  rest = rest.replace(/\s*,\s*[\p{L}\p{N}-]+\.\p{Ll}{2,}$/u, '').replace(EMAIL, '').trim();
  rest = rest.slice(0, COMMENTS_LINK.exec(rest)?.index ?? rest.length);
  rest = withoutFusedRole(rest);
  if (AGENCIES.test(rest)) return { names: [rest], published: date?.iso };
  const names = long ? undefined : (parseNames(rest, minTokens) ?? cjkNames(rest));
  const run = names ?? namesUpToEnd(rest, long ? 2 : minTokens);
  return run ? { names: run, published: date?.iso } : undefined;
}

const EMAIL = /\s*[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/** News agency codes after a by-word, as credits write them: "det/dpa", "dsw / DPA", "APA/AP". */
const AGENCIES = /^\p{L}{2,}(?:\s*\/\s*\p{L}{2,}){1,3}$/u;

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

/**
 * A role run into the last name when the dump dropped the break between them ("Evan
 * HalperStaff Writer"): a capital after three lower-case letters inside a word that is not the
 * first starts the role. Names that capitalise inside a word do it after one or two letters
 * ("McDonald", "LeVine"); a user name may run words together ("CyberCook").
 */
const FUSED_ROLE = /(?<=\s\p{Lu}\p{L}*\p{Ll}{3})\p{Lu}/u;

export function withoutFusedRole(text: string): string {
  const fused = FUSED_ROLE.exec(text);
  return fused ? text.slice(0, fused.index).trim() : text;
}

/** A separator between the parts of a head line (a comma is none: "New York, March 5, 2021" is a dateline). */
const PART_END = /\s*[|·•/–—-]\s*$/u;
const PART_START = /^\s*[|·•/–—-]\s*/u;

/**
 * A head line of a name and a date without a by-word: "Gunter Frank / 22.04.2020 / 06:15 /
 * Foto: …", "Nike Jane – 14.09.2022 – Kolumne", "28. Jan. 2022 Paula Balov". The name is the
 * part before the date, set off by a separator, or what follows a date that opens the line.
 */
export function namesBesideDate(text: string, language: string | undefined): FoundByline | undefined {
  if (text.length > 160 || text.includes('\n')) return undefined;
  const date = findDate(text, { language });
  if (!date) return undefined;
  const before = text.slice(0, date.index);
  // "23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen", "28. Juni 2019 14. Januar 2020 | Klaus Quibeldey-Cirkel":
  // after the date, the first part that is no date.
  const after = withoutDateLineExtras(text.slice(date.index + date.text.length).replace(PART_START, ''))
    .split(/\s+\|\s+|\s[–—-]\s/u)
    .find((part) => !findDate(part, { language }));
  const part = before.trim() ? (PART_END.test(before) ? before.replace(PART_END, '') : '') : (after ?? '');
  const name = part.slice(0, COMMENTS_LINK.exec(part)?.index ?? part.length);
  // "FIT FOR FUN — 02.01.23" is the outlet; "von Dennis Ziesecke | …" a by-word's line, read as such.
  const names = /^\p{Lu}/u.test(name) && !SHOUTED.test(name) && wordCount(name) <= 8 ? parseNames(name, 2) : undefined;
  return names && names.every((n) => wordCount(n) <= 4) ? { names } : undefined;
}

/** "Isabel Caro, Rocío Latorre y José Miguel Wilson": a head line of several full names and nothing else. Claims nothing. */
function severalNames(block: Block): FoundByline | undefined {
  if (block.type === 'heading' || block.text.length > 120 || SHOUTED.test(block.text) || TITLE_CASE_WORD.test(block.text)) return undefined;
  const names = parseNames(block.text, 2);
  return names && names.length >= 2 && names.every((n) => wordCount(n) <= 4) ? { names } : undefined;
}

/** Small words that English title case capitalises and names do not hold ("How To Grow, Care For Bougainvillea"). */
const TITLE_CASE_WORD = /(?:^|\s)(?:The|To|For|Of|In|On|At|With|How|What|Why|Your|Our|My|Is|Are)(?=\s)/u;

/** Chinese, Japanese and Korean names after a label: two to four characters each, without capitals to tell them. */
const CJK_NAMES = /^[\p{Script=Han}\p{Script=Hangul}]{2,4}(?:\s*[、,，;／/]\s*[\p{Script=Han}\p{Script=Hangul}]{2,4})*$/u;

function cjkNames(text: string): string[] | undefined {
  return CJK_NAMES.test(text) ? text.split(/\s*[、,，;／/]\s*/u) : undefined;
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
    const names = parseNames((cut ? after.slice(0, cut.index) : after).trim(), minTokens);
    if (names && names.every((n) => wordCount(n) <= 4)) return { names, published: findDate(source, { language })?.iso };
  }
  return undefined;
}

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
    // "Vincent Vallet" / "Follow" / "Oct 18, 2019 · 8 min read": two lines above, past a one-word button.
    const button = wordCount(blocks[head - 1]?.text ?? '') === 1;
    for (const i of [head + 1, head - 1, head + 2, ...(button ? [head - 2] : [])]) {
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
