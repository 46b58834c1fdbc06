/**
 * The publication date among what the HTML cleaning removed with the page's chrome (headers,
 * breadcrumbs, meta lines, footers). Read only when the markup declared no date and the
 * article's head shows none: the removed text keeps no position, so only lines that say what
 * their date is count.
 */
import type { Doc } from '../../core/document.js';
import { UPDATE_LABEL, findDates, type FoundDate } from '../../core/dates.js';
import { escapeRegExp, foldForMatch, wordCount } from '../../core/text.js';

/** Words a removed date line may hold beside the date: a section name, "Published", a separator. */
const DATE_LINE_WORDS = 3;
const PART_SEPARATOR = /\s[|•·]\s/u;
/** Removed text longer than this is a whole region: only a labelled date is read from it. */
const LINE_LENGTH = 240;
const REGION_LENGTH = 2000;

/** Per list of phrases (one per language set): the label expression is built once, not per document. */
const labelMemo = new WeakMap<readonly string[], RegExp | undefined>();

/** "Erschienen am:", "Published on", "Publié le" right before a date; update labels excluded. */
function publishedLabel(phrases: readonly string[]): RegExp | undefined {
  if (!labelMemo.has(phrases)) labelMemo.set(phrases, buildPublishedLabel(phrases));
  return labelMemo.get(phrases);
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

export function dateInRemovedText(doc: Doc, publishedPhrases: readonly string[]): string | undefined {
  const title = doc.meta.title && doc.meta.title.length >= 12 ? foldForMatch(doc.meta.title) : undefined;
  const label = publishedLabel(publishedPhrases);
  const language = doc.meta.language;
  for (const removed of doc.preRemoved) {
    const text = removed.text;
    if (text.length > REGION_LENGTH) continue;
    let first = true;
    for (const date of findDates(text, { language })) {
      if (label?.test(foldForMatch(text.slice(Math.max(0, date.index - 40), date.index)))) return date.iso;
      // Unlabelled, only a short line's first date is its own.
      if (first && text.length <= LINE_LENGTH) {
        // The date beside the headline in a removed header or breadcrumb.
        if (title && foldForMatch(text.slice(0, date.index) + text.slice(date.index + date.text.length)).includes(title)) return date.iso;
        if (isDateLine(text, date)) return date.iso;
      }
      first = false;
    }
  }
  return undefined;
}
