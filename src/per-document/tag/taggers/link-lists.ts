/**
 * Menus and link lists: runs of short blocks that are almost all link text. A single
 * linked sentence inside an article is not a menu, so one block alone never qualifies.
 */
import type { Block, Span } from '../../../core/document.js';
import { wordCount } from '../../../core/text.js';
import type { Tagger } from '../tagger.js';
import { linkShare } from '../../../core/prose.js';

const MIN_LINK_SHARE = 0.7;
const MAX_WORDS = 25;
const MIN_RUN = 3;

const isLinkLine = (block: Block) =>
  block.type !== 'code' && block.links.length > 0 && wordCount(block.text) <= MAX_WORDS && linkShare(block) >= MIN_LINK_SHARE;

export const linkListTagger: Tagger = {
  name: 'link-lists',
  tag(doc) {
    const spans: Span[] = [];
    let run: Block[] = [];
    const flush = () => {
      if (run.length >= MIN_RUN) {
        for (const block of run) spans.push({ block: block.index, action: 'drop', kind: 'navigation', rule: 'navigation/link-list' });
      }
      run = [];
    };
    for (const block of doc.blocks) {
      if (isLinkLine(block)) run.push(block);
      else flush();
    }
    flush();
    return spans;
  },
};
