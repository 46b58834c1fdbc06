/** Runs every tagger over the document and collects their spans; the text is untouched. */
import type { Doc } from '../../core/document.js';
import type { DocumentStage } from '../../core/stage.js';
import type { Tagger } from './tagger.js';
import { linkListTagger } from './taggers/link-lists.js';
import { linkStubTagger } from './taggers/link-stubs.js';
import { phraseRuleTagger } from './taggers/phrase-rules.js';
import { articleSpanTagger } from './taggers/article-span.js';
import { authorBioTagger } from './taggers/author-bio.js';

/**
 * In order of precedence: on a block marked twice, the earlier tagger's verdict is recorded.
 * Each tagger sees the spans of those before it (the article span is found around them).
 */
export const TAGGERS: readonly Tagger[] = [phraseRuleTagger, authorBioTagger, linkListTagger, linkStubTagger, articleSpanTagger];

export const tagStage: DocumentStage = {
  name: 'tag',
  run(doc: Doc, ctx) {
    const spans = [...doc.spans];
    for (const tagger of TAGGERS) {
      const found = tagger.tag({ ...doc, spans }, ctx);
      ctx.stats.count('tag', tagger.name, found.length);
      spans.push(...found);
    }
    return { ...doc, spans };
  },
};
