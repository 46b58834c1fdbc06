/**
 * The record's text: kept blocks as plain-text paragraphs, one blank line between them,
 * Unicode NFC, no control characters, whitespace collapsed within lines.
 */
import type { Block, Doc } from '../../core/document.js';
import type { DocumentStage } from '../../core/stage.js';
import { wordCountUpTo } from '../../core/text.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u200E\u200F\u2028\u2029\uFEFF]/g;

export function blockText(block: Block): string {
  const text = block.text.normalize('NFC').replace(CONTROL, '').replace(/\u00A0/g, ' ');
  if (block.type === 'code') return text.replace(/\s+$/, '');
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

export function documentText(blocks: readonly Block[]): string {
  return blocks.map(blockText).filter(Boolean).join('\n\n');
}

export const normalizeStage: DocumentStage = {
  name: 'normalize',
  run(doc: Doc, ctx) {
    const text = documentText(doc.kept);
    // Nothing left to index: the input is reported with the reason instead of written.
    if (!text) {
      ctx.stats.count('normalize', 'excluded');
      return { ...doc, text, failure: { stage: 'normalize', reason: 'no article text found', excluded: true } };
    }
    // The count matters only below the threshold: the text is read no further than that.
    const words = wordCountUpTo(text, ctx.config.thresholds.minWords);
    const lowConfidence =
      words < ctx.config.thresholds.minWords
          ? `only ${words} words of article text found`
          : doc.lowConfidence;
    if (lowConfidence) ctx.stats.count('normalize', 'low-confidence');
    return { ...doc, text, lowConfidence };
  },
};
