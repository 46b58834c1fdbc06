/** Detected languages are named as records and rule packs name them: ISO 639-1 where it has a code. */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/per-document/metadata/language.js';

describe('detectLanguage codes', () => {
  it('names Mandarin and Standard Arabic by their macrolanguage: zh and ar, not cmn and arb', () => {
    expect(detectLanguage(['市政府星期三宣布，旧救生艇站将在明年春天改建为海事博物馆，结束了长达六年的争论。这座建筑自一八九一年起一直是镇上救生艇的所在地，直到一九九八年船员搬到新的船库。'])).toBe('zh');
    expect(detectLanguage(['أعلن مجلس المدينة يوم الأربعاء أن محطة قوارب النجاة القديمة ستتحول إلى متحف بحري في الربيع المقبل، بعد نقاش استمر ست سنوات حول مستقبل المبنى.'])).toBe('ar');
  });
});
