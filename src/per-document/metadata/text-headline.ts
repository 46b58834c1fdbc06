/**
 * The headline of a plain-text dump, which has no heading marks: among the title-shaped lines
 * around the body's start, the one whose neighbours and echoes say "headline" most: it sits
 * right above the byline and date lines or the body, the breadcrumb or a teaser repeats it, and
 * it is a phrase of several words rather than a menu label.
 */
import type { Block } from '../../core/document.js';
import { foldForMatch, wordCount } from '../../core/text.js';
import { isProse, textWeight } from '../../core/prose.js';
import { isNameShaped } from './names.js';
import type { NameWordPatterns } from './name-words.js';
import { findDate } from '../../core/dates.js';
import { DOMAIN_NAME, MENU_SEPARATOR, endsBreadcrumbAbove, isDatedSentenceTitle, isJoinedLabels, isShortList, isTrailingOffTitle, looksLikeTitle } from './title-shape.js';

/** How far around the body's first paragraph a text dump's headline is looked for. */
const BEFORE = 12;

const AFTER = 3;

/** How far above a head line (byline, date) the headline may stand. */
const ABOVE_HEAD = 3;

/** A line that ends with the candidate after more words: a breadcrumb ("Home » News » Headline") or a kicker run into it. */
function echoes(other: string, line: string): boolean {
  return other.length > line.length && other.endsWith(line);
}

/**
 * True when the line is another one of some length with a kicker or a breadcrumb run into it
 * ("Lokales Rendsburg So lief …", "Home » Partner » Regenjacken …"); after a colon it is a headline of
 * its own ("Island: Hinweise für Wanderer"). Folding writes "»" as a straight quote.
 */
function ranInto(line: string, other: string): boolean {
  return other.length >= 12 && echoes(line, other) && /[\p{L}\p{N}»|›>•"]\s$/u.test(line.slice(0, line.length - other.length));
}

/**
 * True when the line comes back elsewhere in the dump together with a line next to it: a copy of
 * a menu or a list (a mobile and a desktop menu), not a headline the page repeats on its own.
 */
function repeatedWithNeighbour(folded: readonly string[], i: number): boolean {
  const own = folded[i];
  return folded.some((other, k) => k !== i && other === own && ((k > 0 && i > 0 && folded[k - 1] === folded[i - 1]) || (k + 1 < folded.length && folded[k + 1] === folded[i + 1])));
}

/** True when the dump has the line at `i` again, word for word, somewhere else. */
function occursElsewhere(folded: readonly string[], i: number): boolean {
  return folded.some((other, k) => k !== i && other === folded[i]);
}

/** What a headline whose every word the paragraphs below it use gains. */
const BODY_ECHO = 0.8;

/** How many paragraphs of prose below a line are read for the words it shares with them, and within how many lines. */
const OPENING_PARAGRAPHS = 3;

const OPENING_LINES = 12;

/** Words of five letters or more: the ones that say what a text is about. */
const CONTENT_WORD = /\p{L}{5,}/gu;

/** Chinese and Japanese run their words together: their pairs of characters stand in for words. */
const UNSPACED_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,}/gu;
const HAS_UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Each block's content words, computed once: every candidate line is compared with the same paragraphs below it. */
const contentWordsMemo = new WeakMap<Block, ReadonlySet<string>>();

/** A block's content words, and the pairs of characters of its unspaced Chinese or Japanese runs. */
function contentWords(block: Block): ReadonlySet<string> {
  let words = contentWordsMemo.get(block);
  if (!words) {
    const lower = block.text.toLowerCase();
    const unspaced = HAS_UNSPACED.test(lower);
    const units = new Set((unspaced ? lower.replace(UNSPACED_RUN, ' ') : lower).match(CONTENT_WORD));
    if (unspaced) for (const run of lower.match(UNSPACED_RUN) ?? []) for (let k = 0; k + 1 < run.length; k++) units.add(run.slice(k, k + 2));
    contentWordsMemo.set(block, (words = units));
  }
  return words;
}

/** The share of a line's content words that the first paragraphs of prose below it use. */
function sharedWithBody(blocks: readonly Block[], i: number): number {
  const own = contentWords(blocks[i]!);
  if (!own.size) return 0;
  const below = blocks.slice(i + 1, i + 1 + OPENING_LINES).filter((b) => isProse(b, 10)).slice(0, OPENING_PARAGRAPHS).map(contentWords);
  let shared = 0;
  for (const word of own) if (below.some((words) => words.has(word))) shared++;
  // A line of one such word shares it by chance more often than a headline of several.
  return shared / Math.max(own.size, 2);
}

/**
 * How much the head lines (byline, date) vouch for a line: most when they follow it, directly
 * or after a subtitle, caption or standfirst (long lines, not menu labels); less when a one-word
 * label parts them, and less when they stand just above it.
 */
function headLinesBelow(blocks: readonly Block[], i: number, isHead: ReadonlySet<number>, notTitle: (block: Block) => boolean, nameWords: NameWordPatterns): number {
  let label = false;
  for (let d = 1; d <= ABOVE_HEAD; d++) {
    if (isHead.has(i + d)) return label ? LABELLED_HEAD : 1.5 - (d - 1) * 0.1;
    const between = blocks[i + d];
    if (!between) break;
    // The article's kind or an agency ("Essay", "AFP") may stand between the headline and its date line, but so may a
    // box's label under a standfirst: across it the head lines vouch less. An agency's name in capitals is part of the head.
    if (d === 1 && wordCount(between.text) === 1 && !notTitle(between)) label = !AGENCY.test(between.text.trim());
    // An author's name between the headline and the date line belongs to the head too.
    else if (wordCount(between.text) < 4 && !isNameShaped(between.text, nameWords, 2)) break;
  }
  return isHead.has(i - 1) ? 0.5 : 0;
}

/** A news agency's name as a head line writes it: a word in capitals ("AFP", "REUTERS"). */
const AGENCY = /^\p{Lu}{2,}$/u;

/** What head lines below a line vouch for it across a one-word label: less than a line under the body's first paragraph needs. */
const LABELLED_HEAD = 0.9;

/** What a line under the body's first paragraph loses when only the body under it vouches for it. */
const UNDER_OPENING = 0.5;

/**
 * True when a paragraph of prose stands between the body's first line and this one. A notice the
 * rule packs know (a paywall's "thank you for registering") is no paragraph of the body.
 */
function insideBody(blocks: readonly Block[], anchor: number, i: number, notTitle: (block: Block) => boolean): boolean {
  return blocks.slice(anchor + 1, i).some((b) => isProse(b, 10) && !notTitle(b));
}

/**
 * True when the prose run opens with a lone paragraph (a caption, a notice, a teaser) and this
 * line, a few lines under it, heads the body: no prose between them, a paragraph right under it
 * that uses its words ("Mosambik: Wo die Küste endet" under a teaser of another article).
 */
function headsBodyUnderOpening(blocks: readonly Block[], anchor: number, i: number, notTitle: (block: Block) => boolean): boolean {
  const next = blocks[i + 1];
  return !!next && isProse(next, 10) && sharedWithBody(blocks, i) > 0 && !insideBody(blocks, anchor, i, notTitle);
}

/** A sentence's end with another one after it. */
const SENTENCE_BREAK = /\p{Ll}[.!?]\s+\p{Lu}/u;

/** How far under the body's first line a headline under a lone opening paragraph may stand. */
const UNDER_OPENING_REACH = 8;

/** How many lines under a headline its date line may stand (a standfirst, the author's name, a share bar between). */
const DATE_WITHIN = 6;

/** A date line is short: a paragraph that names a date is text. */
const DATE_LINE_WORDS = 15;

/** True when a short line with a date stands a few lines under this one. */
function datedLineBelow(blocks: readonly Block[], i: number): boolean {
  return blocks.slice(i + 1, i + 1 + DATE_WITHIN).some((b) => wordCount(b.text) <= DATE_LINE_WORDS && !!findDate(b.text));
}

/** What a headline candidate far below the body's start loses. */
const FAR_BELOW = 1;

/** How many lines below a headline its head lines end and the body starts, at most. */
const BODY_WITHIN = 6;

/** True when a paragraph of prose follows the line within a few lines: the body under its head. */
function bodyFollows(blocks: readonly Block[], i: number): boolean {
  return blocks.slice(i + 1, i + 1 + BODY_WITHIN).some((b) => isProse(b, 10));
}

/**
 * The headline of a text dump: title-shaped lines near the body's start (`anchor`) and above
 * the head lines (`heads`: byline and date lines already found), scored by their place above
 * the head lines or the body, echoes of them elsewhere in the dump's head, and their length.
 */
export function textHeadline(
  blocks: readonly Block[],
  anchor: number,
  heads: readonly number[],
  taken: ReadonlySet<number>,
  notTitle: (block: Block) => boolean,
  nameWords: NameWordPatterns,
): Block | undefined {
  const scored = headlineCandidates(blocks, anchor, heads, taken, notTitle, nameWords);
  let best: ScoredLine | undefined;
  for (const line of scored) if (line.score > (best?.score ?? MIN_SCORE)) best = line;
  // Nothing stands out: the title-shaped line right above the body is the best guess left.
  return best?.block ?? scored.find((line) => line.block.index === anchor - 1 && line.score > LAST_GUESS_SCORE)?.block ?? shortLineOverBody(blocks, anchor, taken, notTitle);
}

/**
 * When no line scores at all, a short line right above the body ("Batteriespeicher", "Hope!") is
 * the page's headline more often than nothing is: when it exclaims or asks, or when the line above
 * it is no menu entry (a menu's last entry stands right above the body as often). A line the dump
 * has again is a label ("Zubereitung" over each part of a recipe).
 */
function shortLineOverBody(blocks: readonly Block[], anchor: number, taken: ReadonlySet<number>, notTitle: (block: Block) => boolean): Block | undefined {
  const [line, above, body] = [blocks[anchor - 1], blocks[anchor - 2], blocks[anchor]];
  if (!line || !body || !isProse(body, 10) || taken.has(line.index) || line.text.includes('\n') || notTitle(line) || !looksLikeTitle(line, 1)) return undefined;
  if (occursElsewhere(blocks.map((b) => foldForMatch(b.text)), line.index)) return undefined;
  const menuEntryAbove = !!above && looksLikeTitle(above, 1) && wordCount(above.text) <= MENU_ENTRY_WORDS;
  return /[!?]\s*$/u.test(line.text) || !menuEntryAbove ? line : undefined;
}

/** Menu entries have a few words. */
const MENU_ENTRY_WORDS = 3;

/** A weaker line is no headline... */
const MIN_SCORE = 0.3;

/** ...unless it stands right above the body and nothing else qualifies. */
const LAST_GUESS_SCORE = -1;

export interface ScoredLine {
  block: Block;
  score: number;
  /** What the score was made of. */
  evidence: HeadlineEvidence;
}

/** How far from a head line its copy may stand. */
const HEAD_COPY_WITHIN = 8;

/**
 * The lines that repeat a head line word for word a few lines away: a page may write its head twice
 * (one for small screens, one for large), and the date finder claims only one copy; the headline
 * stands above the other as often.
 */
function headCopies(blocks: readonly Block[], heads: readonly number[]): number[] {
  const copies: number[] = [];
  for (const head of heads) {
    const own = foldForMatch(blocks[head]!.text);
    for (let i = Math.max(0, head - HEAD_COPY_WITHIN); i <= Math.min(blocks.length - 1, head + HEAD_COPY_WITHIN); i++) {
      if (i !== head && foldForMatch(blocks[i]!.text) === own) copies.push(i);
    }
  }
  return copies;
}

/** The evidence about one candidate line: each kind a number, mostly 0 or 1, weighed by `HEADLINE_WEIGHTS`. */
export type HeadlineEvidence = Record<keyof typeof HEADLINE_WEIGHTS, number>;

/**
 * What each kind of evidence weighs: a line's score is the sum of its evidence times these. The
 * weights are tuned by hand on dumps of many sites; they say how much each sign counts against
 * the others, so change one only with the figures of a whole benchmark beside it.
 */
export const HEADLINE_WEIGHTS = {
  length: 1,
  headLines: 1,
  echoed: 1,
  proseFollows: 0.5,
  overlong: -0.5,
  bodyEcho: BODY_ECHO,
  kickerRunIn: -1,
  domainName: -1,
  semicolon: -0.5,
  menuSeparators: -0.5,
  shortList: -1,
  joinedLabels: -0.5,
  subtitle: -0.5,
  dated: -1,
  nameBesideHead: -1,
  nameShaped: -0.5,
  distance: -0.05,
  underOpening: -UNDER_OPENING,
  farBelow: -FAR_BELOW,
} as const;

/** How many lines of distance a line the page echoes close by pays for, at most. */
const ECHO_DISTANCE_CAP = 10;

/** A candidate's score: its evidence, weighed. */
function weigh(evidence: HeadlineEvidence): number {
  let score = 0;
  for (const kind in HEADLINE_WEIGHTS) score += HEADLINE_WEIGHTS[kind as keyof HeadlineEvidence] * evidence[kind as keyof HeadlineEvidence];
  return score;
}

/** The title-shaped lines around the body's start, each with how much it looks like the headline. */
export function headlineCandidates(
  blocks: readonly Block[],
  anchor: number,
  heads: readonly number[],
  taken: ReadonlySet<number>,
  notTitle: (block: Block) => boolean,
  nameWords: NameWordPatterns,
): ScoredLine[] {
  const isHead = new Set([...heads, ...headCopies(blocks, heads)]);
  const candidates = new Set<number>();
  for (let i = Math.max(0, anchor - BEFORE); i <= Math.min(blocks.length - 1, anchor + AFTER); i++) candidates.add(i);
  for (const head of heads) for (let i = Math.max(0, head - ABOVE_HEAD); i <= Math.min(blocks.length - 1, head + 1); i++) candidates.add(i);
  // A headline the page repeats right away (a breadcrumb ending in it, the same line twice) stands out wherever it is.
  const closeEcho = new Set<number>();
  const scanEnd = Math.min(blocks.length, Math.max(8, Math.ceil(blocks.length * 0.6)));
  for (let i = 0; i < scanEnd; i++) {
    const text = blocks[i]!.text.trim();
    if (text.length < 12) continue;
    for (let k = Math.max(0, i - 3); k <= Math.min(blocks.length - 1, i + 3); k++) {
      const other = blocks[k]!.text.trim();
      if (k !== i && (other === text || (k < i && echoes(other, text)))) closeEcho.add(i);
    }
  }
  for (const i of closeEcho) candidates.add(i);
  for (let i = anchor + AFTER + 1; i <= Math.min(blocks.length - 1, anchor + UNDER_OPENING_REACH); i++) candidates.add(i);
  // A notice of several sentences may end without a stop ("… you agree to this use. See our Cookie Policy"): no headline.
  const openingIsTitle = !!blocks[anchor] && looksLikeTitle(blocks[anchor]) && !SENTENCE_BREAK.test(blocks[anchor].text);
  const headEnd = Math.max(anchor + AFTER, ...heads, ...closeEcho) + 1;
  let folded: string[] | undefined;
  let foldedAll: string[] | undefined;
  const scored: ScoredLine[] = [];
  for (const i of [...candidates].sort((a, b) => a - b)) {
    const block = blocks[i]!;
    if (taken.has(i) || block.text.includes('\n') || notTitle(block)) continue;
    // A one-word headline ("Kempten") stands right above the body, and the breadcrumb above ends with it.
    const oneWord = i + 1 === anchor && looksLikeTitle(block, 1) && endsBreadcrumbAbove(blocks, i);
    if (!(looksLikeTitle(block) || isDatedSentenceTitle(blocks, i) || isTrailingOffTitle(blocks, i) || oneWord)) continue;
    // Chinese and Japanese write no spaces: their characters weigh as half a word each.
    const words = textWeight(block.text);
    if (words < 2 && !oneWord) continue;
    const next = blocks[i + 1];
    // The body's first line is a headline only when something follows it, and not the rest of its sentence (a hard-wrapped paragraph).
    if (i === anchor && (!next || (/^\p{Ll}/u.test(next.text) && !isHead.has(next.index)))) continue;
    folded ??= blocks.slice(0, headEnd).map((b) => foldForMatch(b.text));
    const own = foldForMatch(block.text);
    foldedAll ??= blocks.map((b) => foldForMatch(b.text));
    const echoed =
      oneWord || (own.length >= 12 && folded.some((other, k) => k !== i && (other === own || echoes(other, own))) && !repeatedWithNeighbour(foldedAll, i));
    // Headline over subtitle: a title-shaped line of some length right above this one makes it the subtitle,
    // unless the dump has that line again elsewhere (a search box's prompt, a menu entry).
    const above = blocks[i - 1];
    const subtitle =
      !!above &&
      !isHead.has(above.index) &&
      looksLikeTitle(above) &&
      wordCount(above.text) >= 4 &&
      !MENU_SEPARATOR.test(above.text) &&
      !findDate(above.text) &&
      !occursElsewhere(foldedAll, above.index);
    // Under a lone paragraph that opens the prose run (a notice, not a headline of its own, with its buttons or labels
    // under it: the line right under it is a crosshead as often), the headline's own date line may be one the date
    // finder passed over. The top line of the stack, not its standfirst or the author's name.
    const datedUnderOpening =
      i > anchor + 1 && !openingIsTitle && !subtitle && !isNameShaped(block.text, nameWords, 2) && !insideBody(blocks, anchor, i, notTitle) && datedLineBelow(blocks, i) && bodyFollows(blocks, i);
    const belowHead = Math.max(headLinesBelow(blocks, i, isHead, notTitle, nameWords), datedUnderOpening ? 1 : 0);
    if (i > anchor + AFTER) {
      // Far below the body's start, only a line next to head lines with the body under them: a second article's
      // head (the page's own article under a teaser of the site's work) rather than an author box or a footer's dates.
      if (!closeEcho.has(i) && !(belowHead > 0 && bodyFollows(blocks, i))) continue;
    } else if (i > anchor && !echoed) {
      // Just below it (the prose run may open with a teaser), one the head lines or the body under it confirm, or
      // an echo; under a paragraph of the body it is inside the body (a crosshead, a note to the reader).
      if (insideBody(blocks, anchor, i, notTitle) || (belowHead < 1 && !headsBodyUnderOpening(blocks, anchor, i, notTitle))) continue;
    }
    const distance = Math.min(Math.abs(anchor - i), ...heads.map((h) => Math.abs(h - i)));
    const shortList = isShortList(block.text);
    const nameShaped = isNameShaped(block.text, nameWords, 2);
    const evidence: HeadlineEvidence = {
      // Menu labels and section names have one to three words; headlines more.
      length: words < 4 ? (words - 2) * 0.2 : 0.6 + Math.min(words - 4, 6) * 0.1,
      headLines: belowHead,
      echoed: echoed ? 1 : 0,
      // The body, or a standfirst, follows the headline.
      proseFollows: next && (isProse(next, 10) || i + 1 === anchor) ? 1 : 0,
      overlong: words > 22 ? 1 : 0,
      // The headline names what the paragraphs below it are about; a menu label or a teaser of another page rarely does.
      bodyEcho: sharedWithBody(blocks, i),
      // A kicker or a section run into the headline ("Lokales Rendsburg So lief …" over "So lief …"): the headline is the line it ends with.
      kickerRunIn: blocks.slice(Math.max(0, i - ABOVE_HEAD), i + ABOVE_HEAD + 1).some((b) => b.index !== i && ranInto(own, foldForMatch(b.text))) ? 1 : 0,
      // A site's name or a credit names a domain ("Redaktion Gartenfreund.de", "Review of kochbox.co.uk"); a headline rarely does.
      domainName: DOMAIN_NAME.test(block.text) ? 1 : 0,
      // A caption or a credit ("Bakterien; Aufnahme von 1982; Quelle: …"), a bare name: rarely headlines.
      semicolon: /;/.test(block.text) ? 1 : 0,
      // Menu entries or a breadcrumb joined on one line ("Wohnungspolitik | Blog | Briefaktion Landtag").
      menuSeparators: block.text.split(MENU_SEPARATOR).length > 2 ? 1 : 0,
      // A list of categories or tags ("Allgemein, Reisen, Fotografie, Kommentare"): three or more short items.
      shortList: shortList ? 1 : 0,
      joinedLabels: !shortList && isJoinedLabels(block.text) ? 1 : 0,
      subtitle: subtitle ? 1 : 0,
      // A line with a date is a head line, a teaser or a label ("14.02.2020 Soziales & Gesundheit"), rarely the headline.
      dated: findDate(block.text) ? 1 : 0,
      // Title Case headlines look like names too ("Neue VHS-Online-Kurse"), so a name only loses weight.
      // An author's name stands beside the date or byline line; elsewhere a name-shaped line is more often a short headline.
      nameBesideHead: nameShaped && (isHead.has(i - 1) || isHead.has(i + 1)) ? 1 : 0,
      nameShaped: nameShaped && !isHead.has(i - 1) && !isHead.has(i + 1) ? 1 : 0,
      // Lines far from the body and the head lines are more often menus and teasers; a line the page echoes close by less so.
      distance: closeEcho.has(i) ? Math.min(distance, ECHO_DISTANCE_CAP) : distance,
      // Under the body's first paragraph, a line only the body under it confirms may be a crosshead: it loses to a line above.
      underOpening: i > anchor && i <= anchor + AFTER && !echoed && belowHead < 1 ? 1 : 0,
      // Head lines far below the body's start may be a teaser's: the line they confirm there loses to one near the start.
      farBelow: i > anchor + AFTER && !closeEcho.has(i) && !datedUnderOpening ? 1 : 0,
    };
    scored.push({ block, score: weigh(evidence), evidence });
  }
  return scored;
}
