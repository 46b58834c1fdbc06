/** What article prose looks like, for taggers that weigh blocks: length, sentences, links. */
import type { Block } from '../../../core/document.js';
import { wordCount } from '../../../core/text.js';

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/gu;
const SENTENCE_END = /[.!?…。！？»"”)’']\s*$/u;
const SENTENCE_INSIDE = /[.!?。！？]\s+\p{Lu}/u;

/** Words, with CJK characters (written without spaces) counted as half a word each. */
export function textWeight(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return cjk ? wordCount(text.replace(CJK, ' ')) + cjk / 2 : wordCount(text);
}

/** Share of the block's letters and digits that sit inside links. */
export function linkShare(block: Block): number {
  if (!block.links.length) return 0;
  const letters = block.text.replace(/[^\p{L}\p{N}]/gu, '').length;
  if (!letters) return 0;
  const linked = block.links.reduce((n, l) => n + block.text.slice(l.start, l.end).replace(/[^\p{L}\p{N}]/gu, '').length, 0);
  return Math.min(1, linked / letters);
}

export function hasSentence(text: string): boolean {
  return SENTENCE_END.test(text) || SENTENCE_INSIDE.test(text);
}

/** A paragraph of running text: long enough, punctuated like sentences, mostly unlinked. */
export function isProse(block: Block, minWeight = 15): boolean {
  return block.type !== 'code' && textWeight(block.text) >= minWeight && hasSentence(block.text) && linkShare(block) < 0.5;
}
