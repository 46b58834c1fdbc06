/** Runs every tagger over the document and collects their spans; the text is untouched. */
import type { Doc } from '../../core/document.js';
import type { DocumentStage } from '../../core/stage.js';
import type { Tagger } from './tagger.js';
import { linkListTagger } from './taggers/link-lists.js';
import { linkStubTagger } from './taggers/link-stubs.js';
import { phraseRuleTagger } from './taggers/phrase-rules.js';

/** In order of precedence: on a block marked twice, the earlier tagger's verdict is recorded. */
export const TAGGERS: readonly Tagger[] = [phraseRuleTagger, linkListTagger, linkStubTagger];

export const tagStage: DocumentStage = {
  name: 'tag',
  run(doc: Doc, ctx) {
    const spans = [...doc.spans];
    for (const tagger of TAGGERS) {
      const found = tagger.tag(doc, ctx);
      ctx.stats.count('tag', tagger.name, found.length);
      spans.push(...found);
    }
    return { ...doc, spans };
  },
};
