/**
 * The box about the author after the article ("Anna Smith writes about energy policy …",
 * "Anna Smith ist Redakteurin …"): a paragraph near the end that starts with the name of an
 * author the metadata stage found. Language-neutral: the name is the evidence.
 */
import type { Span } from '../../../core/document.js';
import { wordCount } from '../../../core/text.js';
import type { Tagger } from '../tagger.js';

/** Where a bio may sit: the last part of the document. */
const TAIL_SHARE = 0.35;
const MAX_WORDS = 90;

export const authorBioTagger: Tagger = {
  name: 'author-bio',
  tag(doc) {
    const names = (doc.meta.authors ?? (doc.meta.byline ? [doc.meta.byline] : [])).map((n) => n.trim()).filter((n) => wordCount(n) >= 2);
    if (!names.length || doc.blocks.length < 4) return [];
    const from = Math.floor(doc.blocks.length * (1 - TAIL_SHARE));
    const spans: Span[] = [];
    for (const block of doc.blocks.slice(from)) {
      if (block.type === 'heading' || wordCount(block.text) > MAX_WORDS) continue;
      // The name, then more words: a sentence about the person, not a signature line alone.
      const starts = names.some((name) => block.text.startsWith(name) && wordCount(block.text) > wordCount(name) + 3);
      if (starts) spans.push({ block: block.index, action: 'drop', kind: 'author-bio', rule: 'author-bio/starts-with-author' });
    }
    return spans;
  },
};
