/** Turns decoded content into blocks, by format. HTML also yields structured metadata. */
import type { Block, Doc } from '../../core/document.js';
import { offerMetadata } from '../../core/metadata.js';
import type { DocumentStage } from '../../core/stage.js';
import { hostOf } from '../../core/url.js';
import { extractHtml } from './html/extract-html.js';
import { parseMarkdown } from './markdown.js';
import { parseText } from './text.js';
import { oneByteWhenItFits } from '../../core/text.js';

/**
 * Block texts one byte a character where they fit: every later stage runs regular expressions
 * over them, and V8 compiles each expression again for text stored two bytes a character.
 */
function withOneByteTexts(blocks: Block[]): Block[] {
  for (const block of blocks) block.text = oneByteWhenItFits(block.text); // the parser's own fresh blocks
  return blocks;
}

export const parseStage: DocumentStage = {
  name: 'parse',
  run(doc: Doc, ctx) {
    const content = doc.content ?? '';
    if (doc.format === 'markdown') return { ...doc, blocks: withOneByteTexts(parseMarkdown(content)) };
    if (doc.format === 'text') return { ...doc, blocks: withOneByteTexts(parseText(content)) };

    const url = doc.meta.url;
    const extraction = extractHtml(content, { url, site: ctx.rules.siteFor(hostOf(url)) });
    const next: Doc = {
      ...doc,
      blocks: extraction.blocks,
      preRemoved: [...doc.preRemoved, ...extraction.removed],
      messages: [...doc.messages, ...extraction.messages],
      lowConfidence: extraction.lowConfidence ?? doc.lowConfidence,
    };
    for (const [field, value] of Object.entries(extraction.meta)) {
      offerMetadata(next, field as keyof typeof extraction.meta, value, 'structured');
    }
    ctx.stats.count('parse', `html-removed`, extraction.removed.length);
    return next;
  },
};
