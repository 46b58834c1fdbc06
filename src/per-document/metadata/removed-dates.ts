/**
 * The publication date among what the HTML cleaning removed with the page's chrome (headers,
 * breadcrumbs, meta lines, footers). Read only when the markup declared no date and the
 * article's head shows none: the removed text keeps no position, so only lines that say what
 * their date is count.
 */
import type { Doc } from '../../core/document.js';
import { UPDATE_LABEL, findDates, type FoundDate } from '../../core/dates.js';
import { escapeRegExp, foldForMatch, wordCount } from '../../core/text.js';
import { postedSentence } from './date-line.js';
import { prefixPattern } from './field-patterns.js';

/** Words a removed date line may hold beside the date: a section name, "Published", a separator. */
const DATE_LINE_WORDS = 3;
const PART_SEPARATOR = /\s[|•·]\s/u;
/** Removed text longer than this is a region, not a line: its first unlabelled date is not taken for its own. */
const LINE_LENGTH = 240;
/** Removed text longer than this (a whole footer, a comment section) is not read at all. */
const REGION_LENGTH = 2000;
/** How far before a date its label is looked for: "Veröffentlicht am", "Published on" and the like. */
const LABEL_REACH = 40;
/** A shorter title ("News", a site's name) found beside a date says nothing about the date. */
const TITLE_MIN = 12;

interface Labels {
  /** "Erschienen am:", "Published on", "Publié le" right before a date; update labels excluded. */
  published?: RegExp;
  /** The phrases at the start of a text, as the dump finders read them (for a sentence about the post). */
  prefix?: RegExp;
}

/** Per list of phrases (one per language set): the label expressions are built once, not per document. */
const labelMemo = new WeakMap<readonly string[], Labels>();

function labelsOf(phrases: readonly string[]): Labels {
  let labels = labelMemo.get(phrases);
  if (!labels) labelMemo.set(phrases, (labels = { published: buildPublishedLabel(phrases), prefix: prefixPattern([...phrases]) }));
  return labels;
}

function buildPublishedLabel(phrases: readonly string[]): RegExp | undefined {
  const labels = phrases.filter((p) => !UPDATE_LABEL.test(p)).map((p) => escapeRegExp(foldForMatch(p)));
  return labels.length ? new RegExp(`(?<![\\p{L}])(?:${labels.sort((a, b) => b.length - a.length).join('|')})\\s*:?\\s*$`, 'iu') : undefined;
}

/** A date line of its own ("Familie 17/02/2022"), or a date that is its own part of a meta line. */
function isDateLine(text: string, date: FoundDate): boolean {
  const part = text.slice(0, date.index).split(PART_SEPARATOR).at(-1)! + text.slice(date.index + date.text.length).split(PART_SEPARATOR)[0]!;
  return wordCount(part) <= DATE_LINE_WORDS;
}

/** The sentence a date stands in, inside a removed region: from the end of the sentence before to the next full stop. */
function sentenceAround(text: string, date: FoundDate): string {
  const start = text.slice(0, date.index).search(/[.!?]\s+(?=[^.!?]*$)/u);
  const end = text.slice(date.index + date.text.length).search(/[.!?](?:\s|$)/u);
  return text.slice(start < 0 ? 0 : start + 1, end < 0 ? text.length : date.index + date.text.length + end + 1).trim();
}

/** Words a removed "last edited" line may hold beside its label and date: the page's name, the editor's. */
const CHANGE_LINE_WORDS = 6;

/** A page's own change line ("Setup (last edited 2020-04-02 09:15:40 by Lotte)"), not a site footer's "Zuletzt aktualisiert" among its links. */
function isChangeLine(text: string, date: FoundDate, before: string): boolean {
  return UPDATE_LABEL.test(before) && wordCount(text) - wordCount(date.text) <= CHANGE_LINE_WORDS;
}

/**
 * The publication date in the removed text: a labelled date, a date beside the headline, a date
 * line, a sentence about the post ("Dieser Beitrag wurde am … veröffentlicht"); failing these, a
 * date labelled as the last change (a wiki's "last edited …" footer): the page shows no other.
 */
export function dateInRemovedText(doc: Doc, publishedPhrases: readonly string[]): string | undefined {
  const title = doc.meta.title && doc.meta.title.length >= TITLE_MIN ? foldForMatch(doc.meta.title) : undefined;
  const { published: label, prefix } = labelsOf(publishedPhrases);
  const language = doc.meta.language;
  let changed: string | undefined;
  for (const removed of doc.preRemoved) {
    const text = removed.text;
    if (text.length > REGION_LENGTH) continue;
    let first = true;
    for (const date of findDates(text, { language })) {
      const before = foldForMatch(text.slice(Math.max(0, date.index - LABEL_REACH), date.index));
      if (label?.test(before)) return date.iso;
      const sentence = postedSentence(sentenceAround(text, date), prefix, language);
      if (sentence?.label === 'published') return sentence.iso;
      if (sentence || isChangeLine(text, date, before)) changed ??= date.iso;
      // Unlabelled, only a short line's first date is its own.
      if (first && text.length <= LINE_LENGTH) {
        // The date beside the headline in a removed header or breadcrumb.
        if (title && foldForMatch(text.slice(0, date.index) + text.slice(date.index + date.text.length)).includes(title)) return date.iso;
        if (isDateLine(text, date)) return date.iso;
      }
      first = false;
    }
  }
  return changed;
}
