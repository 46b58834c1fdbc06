/**
 * Finds the article's span in a whole-page dump: the run of blocks with the most prose,
 * where prose counts for it and menu lines, link lists and chaff already marked by other
 * taggers count against it (a maximum-sum segment), preferring the text under the title.
 * The span grows back over the lead and ends at a footer block that follows most of the
 * text. Blocks outside it are marked `outside-article`; label lines beside a box of chaff go
 * with the box.
 *
 * In HTML the extractor has chosen the main content already: there only the footer and the
 * labels are trimmed.
 */
import type { Block, Doc, Format, Span } from '../../../core/document.js';
import type { Tagger } from '../tagger.js';
import { bestSegment, hasSentence, isCodeLine, isFactLine, isListEntryLine, isProse, linkShare, proseScore, textWeight, blockWeight } from '../../../core/prose.js';

/** Blocks between the title and the body that are still the article's lead. */
const LEAD_WINDOW = 12;

/**
 * Moves the start back over the lead: the best segment leaves out a standfirst or an intro
 * that a short menu (a table of contents) separates from the body. When the title sits a
 * few blocks before the span, the article starts after it if what lies between is text
 * (no links, no chaff), or holds about as much text as it holds menu. A share bar between
 * the lead and the body counts neither way: pages put it there, under the standfirst.
 */
function growOverLead(start: number, blocks: readonly Block[], scores: Float64Array, marked: ReadonlyMap<number, Span>, titleIndex: number | undefined): number {
  if (titleIndex === undefined || titleIndex >= start || start - titleIndex > LEAD_WINDOW) return start;
  let gain = 0;
  let loss = 0;
  let allText = true;
  for (let i = titleIndex + 1; i < start; i++) {
    if (marked.get(i)?.kind === 'share') continue;
    const s = scores[i]!;
    if (s > 0) gain += s;
    else loss -= s;
    const block = blocks[i]!;
    const span = marked.get(i);
    if ((span && span.kind !== 'metadata') || linkShare(block) >= 0.5 || (block.type !== 'heading' && blockWeight(block) < 4)) allText = false;
  }
  return allText || (gain > 0 && gain >= loss) || (gain >= 20 && gain >= loss / 2) ? titleIndex + 1 : start;
}

/**
 * A line right before the body that ends in a colon introduces it ("Leitsätze des Gerichts:",
 * "Zusammenfassung:"): the article starts there. One word alone is a form label ("Von:").
 */
function withIntroduction(start: number, marked: ReadonlyMap<number, Span>, doc: Doc): number {
  const line = doc.blocks[start - 1];
  if (!line || marked.has(start - 1) || linkShare(line) >= 0.5) return start;
  return blockWeight(line) >= 2 && /:\s*$/u.test(line.text) ? start - 1 : start;
}

/** How much of the best segment's weight the text under the title must have to be preferred. */
const UNDER_TITLE_SHARE = 0.5;

/**
 * The text right under the title is the article, unless it is much weaker than the best run
 * elsewhere: a long cookie notice or comment thread must not outweigh a short news item.
 */
function preferUnderTitle(best: [number, number], scores: Float64Array, title: number | undefined): [number, number] {
  if (title === undefined || (best[0] > title && best[0] - title <= LEAD_WINDOW)) return best;
  const sum = (from: number, to: number) => scores.slice(from, to + 1).reduce((a, b) => a + b, 0);
  let start = -1;
  for (let i = title + 1; i <= Math.min(scores.length - 1, title + LEAD_WINDOW); i++) if (scores[i]! > 0) { start = i; break; }
  if (start < 0) return best;
  let end = start;
  let running = 0;
  let top = -Infinity;
  for (let i = start; i < scores.length; i++) {
    running += scores[i]!;
    if (running > top) { top = running; end = i; }
  }
  return top >= sum(best[0], best[1]) * UNDER_TITLE_SHARE ? [start, end] : best;
}

/** Kinds that open a page's footer when they follow most of the article. */
const FOOTER_KINDS = new Set(['share', 'tags', 'related', 'comments', 'newsletter', 'donation', 'author-bio', 'legal']);
/** Text after the footer opener is kept only when it is at least this share of the whole. */
const AFTER_FOOTER_SHARE = 0.3;

/**
 * Ends the span at the first footer block (share bar, tags, "related", comments …) that
 * comes after most of the article's text, when little text follows it: teasers and blurbs
 * after a share bar are not the article, even when they are written as sentences.
 */
function endAtFooter(start: number, end: number, scores: Float64Array, marked: ReadonlyMap<number, Span>, doc: Doc): number {
  const total = scores.slice(start, end + 1).reduce((n, s) => n + Math.max(0, s), 0);
  // In plain text a list of teaser headlines has no links to give it away: a run of four
  // label lines opens the footer as a marked box does.
  const labelRun = (i: number) => doc.format === 'text' && [0, 1, 2, 3].every((k) => i + k <= end && !marked.has(i + k) && isLabel(doc.blocks[i + k]!, doc.format));
  let before = 0;
  for (let i = start; i <= end; i++) {
    const span = marked.get(i);
    if (((span && FOOTER_KINDS.has(span.kind) && !isInlineBox(i, span, marked, doc)) || labelRun(i)) && before >= total * (1 - AFTER_FOOTER_SHARE)) {
      const after = scores.slice(i + 1, end + 1).reduce((n, s) => n + Math.max(0, s), 0);
      if (after < total * AFTER_FOOTER_SHARE) return i - 1;
    }
    before += Math.max(0, scores[i]!);
  }
  return end;
}

/** The fewest short lines that make a run of teasers at the end of a dump's article. */
const TEASER_RUN = 3;
/** A teaser (a headline, its dek) is shorter than this many words; the article's last paragraph is not. */
const TEASER_WEIGHT = 20;
/** The fewest headline-and-dek pairs that make a run of teasers without a box's label. */
const TEASER_PAIRS = 2;

/**
 * Ends a dump's span before the run of short lines it closes with, when the run follows most
 * of the text: headlines of other stories and their deks ("Más información:" and five titles)
 * may read as sentences, so only their shortness and their open ending give them away once
 * the links are gone. A line already marked as chaff belongs to the run, and the run must
 * hold one (the box's label): without it a list that closes the article looks the same. A
 * long paragraph or a closed sentence ends the run, unless the sentence is a dek: one short
 * sentence under a headline: a run with two such pairs or more is one when a label comes back
 * among them (the teasers' section), box or none. A list of the article's own that pairs a
 * name with a sentence ("Tide Gauge" / "Shows how high the water stands.") has no such label.
 */
function trimTeaserRun(start: number, end: number, scores: Float64Array, marked: ReadonlyMap<number, Span>, doc: Doc): number {
  if (doc.format === 'html') return end;
  let first = end + 1;
  let lines = 0;
  let boxes = 0;
  let pairs = 0;
  while (first - 1 > start) {
    const i = first - 1;
    if (marked.has(i)) boxes++;
    else if (isTeaser(doc.blocks[i]!)) lines++;
    else if (i - 1 > start && isDek(doc.blocks[i]!) && !marked.has(i - 1) && isTeaser(doc.blocks[i - 1]!)) {
      pairs++;
      lines += 2;
      first--;
    } else break;
    first--;
  }
  if (lines < TEASER_RUN || (pairs === 0 && boxes === 0)) return end;
  if (pairs > 0 && (pairs < TEASER_PAIRS || !repeatsALabel(doc.blocks.slice(first, end + 1)))) return end;
  const positive = (from: number, to: number) => scores.slice(from, to + 1).reduce((n, s) => n + Math.max(0, s), 0);
  return positive(start, first - 1) >= positive(start, end) * (1 - AFTER_FOOTER_SHARE) ? first - 1 : end;
}

/**
 * True when one short line comes back in the run: the section label over each teaser ("Wirtschaft",
 * "Digital"). A list of the article's own names a different thing on each line.
 */
function repeatsALabel(run: readonly Block[]): boolean {
  const seen = new Set<string>();
  for (const block of run) {
    // A value a table repeats ("1-100", "ja") is no section's name.
    if (!isTeaser(block) || !/\p{L}/u.test(block.text)) continue;
    const text = block.text.trim();
    if (seen.has(text)) return true;
    seen.add(text);
  }
  return false;
}

/** A web address: a line holding one is a source list's entry, not a teaser. */
const WEB_ADDRESS = /https?:\/\/|www\./u;

/**
 * A headline or a dek: short, and not closed by a period as the article's last sentences
 * are ("Die Kämmerin legt den Haushalt vor." ends an article; "Hafenfest lockt Tausende an" is a
 * teaser). A line ending in a colon opens a list of the article's own, and a web address is
 * a source list's entry.
 */
function isTeaser(block: Block): boolean {
  return blockWeight(block) < TEASER_WEIGHT && !/[.!…:]\s*$/u.test(block.text) && !WEB_ADDRESS.test(block.text);
}

/** A sentence's end with another one after it. */
const SENTENCE_BREAK = /[\p{Ll}\p{N})"”»][.!?…]\s+\p{Lu}/u;

/** A teaser's dek: one short sentence, closed ("Die Werft sucht Käufer für ihre alten Fähren."). */
function isDek(block: Block): boolean {
  return blockWeight(block) < TEASER_WEIGHT && /[.!?…]\s*$/u.test(block.text) && !SENTENCE_BREAK.test(block.text) && !WEB_ADDRESS.test(block.text);
}

/**
 * A "read also" line or box set into the body: a related block whose next line is a prose
 * paragraph again. Articles go on after such boxes; a footer's related list does not. A line
 * that holds its own teaser ("Read also: Harbour board names new chair") may also be followed
 * by the article's next subheading and its paragraph; a bare label's next line is its teaser
 * (or, in Markdown, any line that is not marked as a heading).
 */
function isInlineBox(i: number, span: Span, marked: ReadonlyMap<number, Span>, doc: Doc): boolean {
  if (span.kind !== 'related') return false;
  const resumes = (j: number) => doc.blocks[j] !== undefined && !marked.has(j) && isProse(doc.blocks[j]!);
  if (resumes(i + 1)) return true;
  const next = doc.blocks[i + 1];
  const subheading = next !== undefined && !marked.has(i + 1) && isSubheading(next, doc.format);
  return subheading && LINE_WITH_TEASER.test(doc.blocks[i]!.text) && resumes(i + 2);
}

/** Markdown marks its subheadings; plain text has only a short line with words and no closing stop. */
function isSubheading(block: Block, format: Doc['format']): boolean {
  if (format !== 'text') return block.type === 'heading';
  return blockWeight(block) < SUBHEADING_WEIGHT && /\p{L}{2}/u.test(block.text) && !/[.!?…:]\s*$/u.test(block.text);
}

/** A subheading is shorter than this many words. */
const SUBHEADING_WEIGHT = 10;
/** A label followed by its teaser on the same line: "Read also: Harbour board names new chair". */
const LINE_WITH_TEASER = /[:»>]\s*\p{L}.{8,}/u;

/** Words from which a line ending in a colon announces what follows ("Consider the following file:"). */
const ANNOUNCEMENT_WORDS = 4;

/**
 * A short line that is not a sentence: a label, a button, a box heading. An amount is a
 * list's entry, and a line that ends in a colon after a few words announces the article's own
 * list or code. Plain text has lost code blocks and list markup, so there a line of code is
 * code and a short "label: value" line is a specification's entry, not a label.
 */
function isLabel(block: Block, format: Format | undefined): boolean {
  const text = block.text;
  const weight = textWeight(text);
  if (block.type === 'heading' || weight >= 10 || hasSentence(text) || isListEntryLine(text)) return false;
  return !isAnnouncement(text) && !(format === 'text' && (isCodeLine(text) || isFactLine(text)));
}

/** What a short list entry scores: as a Markdown list item without links, neither for nor against. */
const LIST_ENTRY_SCORE = 0.5;

/**
 * A block's prose score for the span. Plain text has lost its list markup: a short line that
 * reads as a list entry (an amount and what of, a line after a bullet) is an ingredient or a
 * point, which counts as a list item does in Markdown rather than as a menu line. In a dump a
 * short statement counts as a longer sentence does.
 */
function spanScore(block: Block, marked: Span | undefined, doc: Doc): number {
  const score = proseScore(block, marked, doc.format);
  if (doc.format === 'html' || marked || score >= LIST_ENTRY_SCORE) return score;
  if (doc.format === 'text' && isListEntryLine(block.text)) return LIST_ENTRY_SCORE;
  return isShortStatement(block.text) && !block.links.length ? blockWeight(block) / 2 : score;
}

/** Words a short statement has at least: "Ich hoffe euch gefällt das neue Design." */
const STATEMENT_WORDS = 3;

/** A short sentence closed by a period: menus and buttons are not written as statements (nor linked, in Markdown). */
function isShortStatement(text: string): boolean {
  return textWeight(text) >= STATEMENT_WORDS && /^\p{Lu}/u.test(text) && /[^.]\.$/u.test(text.trim());
}

/** A line that ends in a colon after a few words announces a list or code of the article's own. */
function isAnnouncement(text: string): boolean {
  return textWeight(text) >= ANNOUNCEMENT_WORDS && /:\s*$/u.test(text);
}

/**
 * Plain text has lost list markup, so the entries of a list the article announces ("so I'll
 * summarize them:", "Consider the following file:") read as menu lines: they score as
 * Markdown list items do, up to the next paragraph of prose or block of chaff.
 */
function scoreAnnouncedLists(scores: Float64Array, marked: ReadonlyMap<number, Span>, doc: Doc): void {
  if (doc.format !== 'text') return;
  let inList = false;
  for (const block of doc.blocks) {
    const i = block.index;
    if (marked.has(i) || isProse(block) || isFactLine(block.text)) inList = false;
    else if (isAnnouncement(block.text)) {
      inList = true;
      scores[i] = Math.max(scores[i]!, 0);
    } else if (inList && scores[i]! < LIST_ENTRY_SCORE) scores[i] = LIST_ENTRY_SCORE;
  }
}

export const articleSpanTagger: Tagger = {
  name: 'article-span',
  tag(doc: Doc) {
    if (doc.blocks.length === 0) return [];
    const wholeDrops = new Map<number, Span>();
    for (const span of doc.spans) if (span.action === 'drop' && !span.range && !wholeDrops.has(span.block)) wholeDrops.set(span.block, span);

    const scores = Float64Array.from(doc.blocks, (block) => spanScore(block, wholeDrops.get(block.index), doc));
    scoreAnnouncedLists(scores, wholeDrops, doc);
    // HTML has had its main content chosen by the extractor: only the footer and labels are left to trim.
    const best: [number, number] | undefined = doc.format === 'html' ? [0, doc.blocks.length - 1] : bestSegment(scores);
    if (!best) {
      // No prose anywhere: a menu or a landing page. Nothing of it is an article.
      return doc.blocks
        .filter((block) => !wholeDrops.has(block.index))
        .map((block) => ({ block: block.index, action: 'drop' as const, kind: 'outside-article' as const, rule: 'article-span/no-body' }));
    }
    const title = doc.spans.find((s) => s.rule === 'metadata/title')?.block;
    const segment = doc.format === 'html' ? best : preferUnderTitle(best, scores, title);
    const start = doc.format === 'html' ? 0 : withIntroduction(growOverLead(segment[0], doc.blocks, scores, wholeDrops, title), wholeDrops, doc);
    const end = trimTeaserRun(start, endAtFooter(start, segment[1], scores, wholeDrops, doc), scores, wholeDrops, doc);

    // A label line beside a box of chaff belongs to the box ("Newsletter", "Mehr zum Thema");
    // labels spread along a run of them in both directions, but not over the entries of a
    // plain-text list (scored as list items).
    const listEntry = (i: number) => doc.format === 'text' && scores[i]! >= LIST_ENTRY_SCORE;
    const boxOf = new Map<number, Span>();
    for (const [i, span] of wholeDrops) if (span.kind !== 'metadata') boxOf.set(i, span);
    const outside = (i: number, rule: string): Span => ({ block: i, action: 'drop', kind: 'outside-article', rule });
    if (start > 0 && !wholeDrops.has(start - 1)) boxOf.set(start - 1, outside(start - 1, 'article-span/before-body'));
    if (end + 1 < doc.blocks.length && !wholeDrops.has(end + 1)) boxOf.set(end + 1, outside(end + 1, 'article-span/after-body'));
    const spread = (from: number, to: number, step: number) => {
      for (let i = from; i !== to; i += step) {
        const box = boxOf.get(i - step);
        // The subheading under a "read also" line set into the body is the article's own.
        const underInlineBox = step === 1 && !!box && box === wholeDrops.get(i - 1) && isInlineBox(i - 1, box, wholeDrops, doc);
        if (box && !underInlineBox && !wholeDrops.has(i) && !boxOf.has(i) && !listEntry(i) && isLabel(doc.blocks[i]!, doc.format)) {
          boxOf.set(i, { block: i, action: 'drop', kind: box.kind, rule: 'article-span/label-beside-chaff' });
        }
      }
    };
    spread(start, end + 1, 1);
    spread(end, start - 1, -1);

    const spans: Span[] = [];
    for (const block of doc.blocks) {
      if (wholeDrops.has(block.index)) continue;
      if (block.index >= start && block.index <= end) {
        const label = boxOf.get(block.index);
        if (label) spans.push(label);
        continue;
      }
      spans.push({
        block: block.index,
        action: 'drop',
        kind: 'outside-article',
        rule: block.index < start ? 'article-span/before-body' : 'article-span/after-body',
      });
    }
    return spans;
  },
};
