/**
 * Fills the record's metadata from what the document itself says: language, then the
 * title, byline, date and URL lines of dumps (as `metadata` spans), then the site name.
 * Structured values from HTML and hints supplied with the input outrank these.
 */
import type { Block, Doc } from '../../core/document.js';
import { offerMetadata } from '../../core/metadata.js';
import type { DocumentStage } from '../../core/stage.js';
import { hostOf } from '../../core/url.js';
import { foldForMatch } from '../../core/text.js';
import { findDumpLines } from './dump-lines.js';
import { nameWordsFor } from './name-words.js';
import { dateFromUrl, normalizeDate } from '../../core/dates.js';
import { dateInRemovedText } from './removed-dates.js';
import { message } from '../../core/messages.js';
import { detectLanguage, normalizeLanguageTag } from './language.js';
import { findSiteName } from './site-name.js';
import { matchesAnyRule } from '../../config/rules.js';

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
    const chaffLines = new Map<Block, boolean>();
    const lines = findDumpLines(doc.blocks, {
      fields: ctx.rules.fieldsFor(doc.meta.language),
      nameWords: nameWordsFor(ctx.rules),
      language: doc.meta.language,
      knownTitle: doc.meta.title,
      url: doc.meta.url,
      format: doc.format,
      isChaff: (block) => {
        // Several finders ask about the same lines: each line is matched once per document.
        let chaff = chaffLines.get(block);
        if (chaff === undefined) chaffLines.set(block, (chaff = matchesAnyRule(rules, foldForMatch(block.text))));
        return chaff;
      },
    });
    for (const field of ['title', 'byline', 'authors', 'published', 'url'] as const) {
      if (offerMetadata(doc, field, lines[field], 'dump-line')) ctx.stats.count('metadata', `${field}:dump-line`);
    }
    doc.spans = [...doc.spans, ...lines.spans];

    if (offerMetadata(doc, 'published', dateFromUrl(doc.meta.url), 'heuristic')) ctx.stats.count('metadata', 'published:url');
    if (doc.format === 'html' && !doc.meta.published) {
      const removed = dateInRemovedText(doc, ctx.rules.fieldsFor(doc.meta.language).published);
      if (offerMetadata(doc, 'published', removed, 'heuristic')) ctx.stats.count('metadata', 'published:removed-text');
    }

    const host = hostOf(doc.meta.url);
    if (host && !doc.meta.site) {
      // In HTML, read the page's text (what extraction kept and removed), not its markup.
      const text = doc.format === 'html' ? [...doc.preRemoved.map((r) => r.text), ...doc.blocks.map((b) => b.text)].join('\n') : (doc.content ?? '');
      offerMetadata(doc, 'site', findSiteName(text, host), 'heuristic');
    }
    return doc;
  },
};
