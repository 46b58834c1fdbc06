import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/core/document.js';
import { applySpans, applyStage } from '../../src/per-document/apply/apply-stage.js';
import { block, contextFrom, defaultContext, docWithBlocks, linked } from '../helpers/stage-context.js';

const all = () => true;

describe('applySpans', () => {
  it('drops whole blocks and records each removal with its kind and rule', () => {
    const blocks = [block(0, 'Support us today.'), block(1, 'The article.'), block(2, 'Photo: Reuters')];
    const spans: Span[] = [
      { block: 0, action: 'drop', kind: 'donation', rule: 'donation/en/support-us' },
      { block: 2, action: 'drop', kind: 'credit', rule: 'credit/en/photo' },
    ];
    const { kept, removed } = applySpans(blocks, spans, all);
    expect(kept.map((b) => b.text)).toEqual(['The article.']);
    expect(removed).toEqual([
      { kind: 'donation', rule: 'donation/en/support-us', text: 'Support us today.' },
      { kind: 'credit', rule: 'credit/en/photo', text: 'Photo: Reuters' },
    ]);
  });

  it('unwrap keeps the text and records the markup that went', () => {
    const b = linked(0, ['We stayed in a ', ['guest house', '#'], ' by the sea.']);
    const spans: Span[] = [{ block: 0, range: [15, 26], action: 'unwrap', kind: 'link-stub', rule: 'link-stub/placeholder-href', text: '[guest house](#)' }];
    const { kept, removed } = applySpans([b], spans, all);
    expect(kept.map((k) => k.text)).toEqual(['We stayed in a guest house by the sea.']);
    expect(removed).toEqual([{ kind: 'link-stub', rule: 'link-stub/placeholder-href', text: '[guest house](#)' }]);
  });

  it('cuts ranges out of a block and moves the links along', () => {
    const b = linked(0, ['Seals are back (Photo: Reuters) on the ', ['sandbanks', 'https://s.example'], ' (via X) today.']);
    const spans: Span[] = [
      { block: 0, range: [15, 32], action: 'drop', kind: 'credit', rule: 'credit/x' },
      { block: 0, range: [48, 56], action: 'drop', kind: 'embed', rule: 'embed/x' },
    ];
    const { kept, removed } = applySpans([b], spans, all);
    expect(kept[0]!.text).toBe('Seals are back on the sandbanks today.');
    const link = kept[0]!.links[0]!;
    expect(kept[0]!.text.slice(link.start, link.end)).toBe('sandbanks');
    expect(removed.map((r) => r.text)).toEqual(['(Photo: Reuters) ', ' (via X)']);
  });

  it('link offsets stay right when a cut leaves a double space', () => {
    const b = linked(0, ['Seals are back (Photo: Reuters) on the ', ['sandbanks', 'https://s.example'], '.']);
    const { kept } = applySpans([b], [{ block: 0, range: [15, 31], action: 'drop', kind: 'credit', rule: 'credit/x' }], all);
    expect(kept[0]!.text).toBe('Seals are back on the sandbanks.');
    const link = kept[0]!.links[0]!;
    expect(kept[0]!.text.slice(link.start, link.end)).toBe('sandbanks');
  });

  it('handles overlapping cuts', () => {
    const spans: Span[] = [
      { block: 0, range: [0, 6], action: 'drop', kind: 'advert', rule: 'a' },
      { block: 0, range: [3, 10], action: 'drop', kind: 'advert', rule: 'b' },
    ];
    expect(applySpans([block(0, 'AAABBBCCCC rest')], spans, all).kept[0]!.text).toBe('rest');
  });

  it('a block cut down to nothing is not kept', () => {
    const spans: Span[] = [{ block: 0, range: [0, 14], action: 'drop', kind: 'credit', rule: 'c' }];
    expect(applySpans([block(0, 'Photo: Reuters')], spans, all).kept).toEqual([]);
  });

  it('on a block marked twice, the first whole-block span wins', () => {
    const spans: Span[] = [
      { block: 0, action: 'drop', kind: 'related', rule: 'related/en/box' },
      { block: 0, action: 'drop', kind: 'outside-article', rule: 'article-span/after-body' },
    ];
    expect(applySpans([block(0, 'More stories')], spans, all).removed).toEqual([{ kind: 'related', rule: 'related/en/box', text: 'More stories' }]);
  });

  it('an unwrap inside a cut range is not recorded twice', () => {
    const b = linked(0, ['Read this: ', ['stub', '#'], ' and more text.']);
    const spans: Span[] = [
      { block: 0, range: [0, 15], action: 'drop', kind: 'related', rule: 'related/x' },
      { block: 0, range: [11, 15], action: 'unwrap', kind: 'link-stub', rule: 'link-stub/placeholder-href', text: '[stub](#)' },
    ];
    const { kept, removed } = applySpans([b], spans, all);
    expect(kept[0]!.text).toBe('and more text.');
    expect(removed).toEqual([{ kind: 'related', rule: 'related/x', text: 'Read this: stub' }]);
  });

  it('ignores spans the filter switches off', () => {
    const spans: Span[] = [{ block: 0, action: 'drop', kind: 'embed', rule: 'embed/any/x' }];
    const { kept, removed } = applySpans([block(0, 'A tweet')], spans, (s) => s.kind !== 'embed');
    expect(kept.map((b) => b.text)).toEqual(['A tweet']);
    expect(removed).toEqual([]);
  });
});

describe('applyStage', () => {
  const doc = () =>
    docWithBlocks([block(0, 'Embed:'), block(1, 'Photo: Reuters'), block(2, 'Body text.')], {
      spans: [
        { block: 0, action: 'drop', kind: 'embed', rule: 'embed/any/embed-marker' },
        { block: 1, action: 'drop', kind: 'credit', rule: 'credit/any/agency-credit' },
      ],
      preRemoved: [{ kind: 'outside-article', rule: 'html/outside', text: 'Sidebar' }],
    });

  it('puts earlier removals first and counts removals by kind', () => {
    const ctx = defaultContext();
    const out = applyStage.run(doc(), ctx);
    expect(out.kept.map((b) => b.text)).toEqual(['Body text.']);
    expect(out.removed.map((r) => r.kind)).toEqual(['outside-article', 'embed', 'credit']);
    expect(ctx.stats.snapshot().apply).toEqual({ credit: 1, embed: 1 });
  });

  it('keeps the blocks of kinds the pipeline switches off', () => {
    const out = applyStage.run(doc(), contextFrom({ kinds: { embed: false } }));
    expect(out.kept.map((b) => b.text)).toEqual(['Embed:', 'Body text.']);
    expect(out.removed.map((r) => r.kind)).toEqual(['outside-article', 'credit']);
  });
});
