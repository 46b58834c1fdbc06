/**
 * The end of a text dump's article: teasers of other stories written as a headline and a
 * one-sentence dek under a section label that comes back, after most of the text. A list of
 * the article's own that pairs a name with a sentence, with no such label, stays.
 */
import { describe, expect, it } from 'vitest';
import { articleSpanTagger } from '../../src/per-document/tag/taggers/article-span.js';
import { block, docWithBlocks } from '../helpers/stage-context.js';

const PROSE = [
  'The harbour board met on Thursday to discuss the future of the old fish market, which has stood empty since the last trawler company left the town.',
  'Several councillors argued that the building should become a covered market for local producers, while others favoured selling it to a hotel group.',
  'A public consultation will run until the end of May, and the board expects to make a decision before the summer holidays begin.',
  'Residents can see the plans at the library and leave written comments, which the board has promised to publish in full.',
];

const textDoc = (texts: string[]) => docWithBlocks(texts.map((t, i) => block(i, t)), { meta: { language: 'en' }, format: 'text' });

const dropped = (texts: string[]) => articleSpanTagger.tag(textDoc(texts), {} as never).map((s) => s.block);

describe('teasers written as a headline and a dek', () => {
  it('go, label and all, when a section label comes back among them', () => {
    const teasers = [
      'Coast',
      'Ferry company orders two electric boats',
      'The first of the new boats is to sail between the islands next spring.',
      'Coast',
      'Lighthouse keeper retires after forty years',
      'She plans to write a book about the storms she has seen from the tower.',
    ];
    expect(dropped([...PROSE, ...PROSE, ...teasers])).toEqual([8, 9, 10, 11, 12, 13]);
  });

  it("stay when they are the article's own list: a name and a sentence, no label that comes back", () => {
    const settings = [
      'Sail Speed',
      'Sets how fast the boats sail in the harbour race.',
      'Wind Strength',
      'Sets how hard the wind blows over the course.',
      'Tide Height',
      'Sets how high the water stands at the start.',
    ];
    expect(dropped([...PROSE, ...PROSE, ...settings])).toEqual([]);
  });

  it('stay when the line that comes back is a value, not a label, even with a box after them', () => {
    const settings = [
      'Sail Speed',
      'Sets how fast the boats of every crew sail through the long harbour race course.',
      '1-10',
      'Wind Strength',
      'Sets how hard the wind blows over the whole course during the afternoon races.',
      '1-10',
      'Tide Height',
      'Sets how high the water stands at the start line before the first race begins.',
      '1-10',
    ];
    const doc = textDoc([...PROSE, ...PROSE, ...settings, 'We use cookies']);
    doc.spans = [{ block: 17, action: 'drop', kind: 'cookie', rule: 'cookie/en/x' }];
    // The value beside the box may go with it as a label does; the names and sentences stay.
    const gone = articleSpanTagger.tag(doc, {} as never).map((s) => s.block);
    expect(gone.filter((i) => i < 16)).toEqual([]);
  });
});

describe('a "read also" line set into the body', () => {
  const more = 'The harbour master said the new berths would be ready before the autumn storms, weather permitting.';

  it("goes on past the line when the article's next subheading and paragraph follow it", () => {
    const doc = textDoc([...PROSE, ...PROSE, 'Read also: Harbour board names new chair', 'Paying for the berths', more]);
    doc.spans = [{ block: 8, action: 'drop', kind: 'related', rule: 'related/en/x' }];
    expect(articleSpanTagger.tag(doc, {} as never).map((s) => s.block)).toEqual([]);
  });

  it('ends at a bare label: the short line under it is its teaser', () => {
    const doc = textDoc([...PROSE, ...PROSE, 'Read also', 'Harbour board names new chair', more]);
    doc.spans = [{ block: 8, action: 'drop', kind: 'related', rule: 'related/en/x' }];
    expect(articleSpanTagger.tag(doc, {} as never).map((s) => s.block)).toEqual([9, 10]);
  });
});
