/** Phrase rules weigh Chinese and Japanese text by its characters: a long paragraph is not a short line. */
import { describe, expect, it } from 'vitest';
import { phraseRuleTagger } from '../../src/per-document/tag/taggers/phrase-rules.js';
import { block, defaultContext, docWithBlocks } from '../helpers/stage-context.js';

const PARAGRAPH =
  '市政府星期三宣布，旧救生艇站将在明年春天改建为海事博物馆，结束了长达六年的争论。这座建筑自一八九一年起一直是镇上救生艇的所在地，直到一九九八年船员搬到新的船库。志愿者通过问答之夜、赞助游泳和出售旧照片日历筹集了大部分修缮资金。';

describe('phrase rules on text without spaces', () => {
  it('keeps a long Chinese paragraph that ends with a photo credit a short line would be dropped for', () => {
    const ctx = defaultContext();
    const doc = docWithBlocks([block(0, `${PARAGRAPH} 图/AFP`), block(1, '图/AFP')], { meta: { language: 'zh' } });
    const spans = phraseRuleTagger.tag(doc, ctx);
    expect(spans.map((s) => [s.block, s.rule])).toEqual([[1, 'credit/any/agency-credit']]);
  });
});
