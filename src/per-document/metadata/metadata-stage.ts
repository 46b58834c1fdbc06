/**
 * Fills the record's metadata from what the document itself says: language, then the
 * title, byline, date and URL lines of dumps (as `metadata` spans), then the site name.
 * Structured values from HTML and hints supplied with the input outrank these.
 */
import type { Doc } from '../../core/document.js';
import { offerMetadata } from '../../core/metadata.js';
import type { DocumentStage } from '../../core/stage.js';
import { hostOf } from '../../core/url.js';
import { foldForMatch, wordCount } from '../../core/text.js';
import { findDumpLines } from './dump-lines.js';
import { dateFromUrl, findDate, normalizeDate } from '../../core/dates.js';
import { message } from '../../core/messages.js';
import { detectLanguage, normalizeLanguageTag } from './language.js';
import { findSiteName } from './site-name.js';
import { ruleMatches } from '../../config/rules.js';

/** Words a removed date line may hold beside the date: a section name, "Published", a separator. */
const DATE_LINE_WORDS = 3;
const PART_SEPARATOR = /\s[|•·]\s/u;

/**
 * A date the HTML cleaning removed with the page's chrome: a date line of its own ("28.
 * Dezember 2022", "Familie 17/02/2022") or the date beside the headline in a removed header or
 * breadcrumb. Read only when the markup declared no date and the article's head shows none.
 */
function dateInRemovedHead(doc: Doc): string | undefined {
  const title = doc.meta.title ? foldForMatch(doc.meta.title) : undefined;
  for (const removed of doc.preRemoved) {
    if (removed.text.length > 240) continue;
    const date = findDate(removed.text, { language: doc.meta.language });
    if (!date) continue;
    const rest = removed.text.slice(0, date.index) + removed.text.slice(date.index + date.text.length);
    if (title && title.length >= 12 && foldForMatch(rest).includes(title)) return date.iso;
    // "January 13, 2020 at 08:45 AM | categories: Python | View Comments": the date's own part of a meta line.
    const part = removed.text.slice(0, date.index).split(PART_SEPARATOR).at(-1)! + removed.text.slice(date.index + date.text.length).split(PART_SEPARATOR)[0]!;
    if (wordCount(part) <= DATE_LINE_WORDS) return date.iso;
  }
  return undefined;
}

export const metadataStage: DocumentStage = {
  name: 'metadata',
  run(input: Doc, ctx) {
    const doc: Doc = { ...input, meta: { ...input.meta }, metaOrigin: { ...input.metaOrigin } };

    // Whatever the evidence wrote, a record's date is ISO 8601 (`+0100` becomes `+01:00`).
    if (doc.meta.published !== undefined) {
      const published = normalizeDate(doc.meta.published);
      if (published) doc.meta.published = published;
      else {
        doc.messages = [...doc.messages, message('info', 'metadata', `unreadable date dropped: ${doc.meta.published}`)];
        delete doc.meta.published;
        delete doc.metaOrigin.published;
      }
    }

    const declared = normalizeLanguageTag(doc.meta.language);
    if (declared) doc.meta.language = declared;
    else {
      delete doc.meta.language;
      delete doc.metaOrigin.language;
      offerMetadata(doc, 'language', detectLanguage(doc.blocks.map((b) => b.text)), 'heuristic');
    }

    const rules = ctx.rules.rulesFor(doc.meta.language, hostOf(doc.meta.url));
    const lines = findDumpLines(doc.blocks, {
      fields: ctx.rules.fieldsFor(doc.meta.language),
      language: doc.meta.language,
      knownTitle: doc.meta.title,
      format: doc.format,
      isChaff: (block) => {
        const folded = foldForMatch(block.text);
        return rules.some((rule) => ruleMatches(rule, folded));
      },
    });
    for (const field of ['title', 'byline', 'authors', 'published', 'url'] as const) {
      if (offerMetadata(doc, field, lines[field], 'dump-line')) ctx.stats.count('metadata', `${field}:dump-line`);
    }
    doc.spans = [...doc.spans, ...lines.spans];

    if (offerMetadata(doc, 'published', dateFromUrl(doc.meta.url), 'heuristic')) ctx.stats.count('metadata', 'published:url');
    if (doc.format === 'html' && offerMetadata(doc, 'published', dateInRemovedHead(doc), 'heuristic')) ctx.stats.count('metadata', 'published:removed-line');

    const host = hostOf(doc.meta.url);
    if (host && !doc.meta.site) {
      // In HTML, read the page's text (what extraction kept and removed), not its markup.
      const text = doc.format === 'html' ? [...doc.preRemoved.map((r) => r.text), ...doc.blocks.map((b) => b.text)].join('\n') : (doc.content ?? '');
      offerMetadata(doc, 'site', findSiteName(text, host), 'heuristic');
    }
    return doc;
  },
};
