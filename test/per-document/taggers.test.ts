import { describe, expect, it } from 'vitest';
import type { Block, Span } from '../../src/core/document.js';
import { articleSpanTagger } from '../../src/per-document/tag/taggers/article-span.js';
import { authorBioTagger } from '../../src/per-document/tag/taggers/author-bio.js';
import { linkListTagger } from '../../src/per-document/tag/taggers/link-lists.js';
import { isPlaceholderHref, linkStubTagger } from '../../src/per-document/tag/taggers/link-stubs.js';
import { phraseRuleTagger } from '../../src/per-document/tag/taggers/phrase-rules.js';
import { tagStage } from '../../src/per-document/tag/tag-stage.js';
import { block, contextFrom, defaultContext, docWithBlocks, linked } from '../helpers/stage-context.js';

const PROSE = [
  'The harbour board met on Thursday to discuss the future of the old fish market, which has stood empty since the last trawler company left the town.',
  'Several councillors argued that the building should become a covered market for local producers, while others favoured selling it to a hotel group.',
  'A public consultation will run until the end of May, and the board expects to make a decision before the summer holidays begin.',
  'Residents can see the plans at the library and leave written comments, which the board has promised to publish in full.',
];

/** A pipeline whose only rules are these small packs, one per effect. */
const ctx = contextFrom(
  { rules: { packs: ['rules'], languages: ['en'] }, sites: ['sites'], thresholds: { tailAfter: 0.3 } },
  {
    files: {
      'rules/en/donation.yaml': { rules: [{ name: 'support', phrases: ['support our journalism'], maxWords: 20 }] },
      'rules/en/related.yaml': {
        rules: [
          { name: 'box', match: 'whole', effect: 'list', maxBlocks: 4, phrases: ['related'] },
          { name: 'footer', match: 'whole', effect: 'tail', phrases: ['more stories'] },
        ],
      },
      'rules/en/comments.yaml': { rules: [{ name: 'section', match: 'whole', effect: 'section', phrases: ['comments'], blockTypes: ['heading'] }] },
      'rules/en/share.yaml': { rules: [{ name: 'share', match: 'starts', phrases: ['share on'] }] },
      'rules/any/embed.yaml': { rules: [{ name: 'marker', match: 'whole', effect: 'until', maxBlocks: 3, phrases: ['embed'], end: ['^-\\s'] }] },
      'sites/harbour.yaml': { hosts: ['harbour.example'], rules: [{ kind: 'advert', name: 'sponsor', match: 'whole', phrases: ['sponsored by the harbour'] }] },
    },
  },
);

const docOf = (texts: (string | Block)[], meta: Record<string, string> = { language: 'en' }, format: 'text' | 'markdown' = 'text') =>
  docWithBlocks(
    texts.map((t, i) => (typeof t === 'string' ? block(i, t) : { ...t, index: i })),
    { meta, format },
  );

const marks = (spans: Span[]) => spans.map((s) => [s.block, s.kind, s.rule]);

describe('phraseRuleTagger', () => {
  it('block: marks the matching block only, with the rule id', () => {
    const doc = docOf([PROSE[0]!, 'Please support our journalism today.', PROSE[1]!]);
    expect(marks(phraseRuleTagger.tag(doc, ctx))).toEqual([[1, 'donation', 'donation/en/support']]);
  });

  it('a rule drops no block longer than its maxWords', () => {
    const long = `${PROSE[0]} We support our journalism with grants from two foundations and many readers.`;
    expect(phraseRuleTagger.tag(docOf([long]), ctx)).toEqual([]);
  });

  it('tail: marks the footer and everything after it, once past tailAfter', () => {
    const doc = docOf([...PROSE, 'More stories', 'Harbour lights switched on', 'Ferry timetable changes']);
    expect(marks(phraseRuleTagger.tag(doc, ctx))).toEqual([
      [4, 'related', 'related/en/footer'],
      [5, 'related', 'related/en/footer'],
      [6, 'related', 'related/en/footer'],
    ]);
  });

  it('tail: near the top of the document it marks only its own block', () => {
    const doc = docOf(['More stories', ...PROSE]);
    expect(marks(phraseRuleTagger.tag(doc, ctx))).toEqual([[0, 'related', 'related/en/footer']]);
  });

  it('list: marks the short lines under the heading and stops at the next prose paragraph', () => {
    const doc = docOf([PROSE[0]!, 'Related', 'Harbour lights switched on', 'Ferry timetable changes', PROSE[1]!, PROSE[2]!]);
    expect(marks(phraseRuleTagger.tag(doc, ctx))).toEqual([
      [1, 'related', 'related/en/box'],
      [2, 'related', 'related/en/box'],
      [3, 'related', 'related/en/box'],
    ]);
  });

  it('list: lines in the box that another rule matches keep that rule', () => {
    const doc = docOf([PROSE[0]!, 'Related', 'Share on Facebook', 'Ferry timetable changes', PROSE[1]!]);
    expect(marks(phraseRuleTagger.tag(doc, ctx))).toEqual([
      [1, 'related', 'related/en/box'],
      [2, 'share', 'share/en/share'],
      [3, 'related', 'related/en/box'],
    ]);
  });

  it('list: spans at most maxBlocks lines', () => {
    const doc = docOf(['Related', 'a one', 'b two', 'c three', 'd four', 'e five', 'f six', ...PROSE]);
    expect(phraseRuleTagger.tag(doc, ctx).map((s) => s.block)).toEqual([0, 1, 2, 3, 4]);
  });

  it('list: a box stops at the next box heading (comments after related)', () => {
    const c = defaultContext();
    const doc = docOf([...PROSE, 'Related stories', 'Harbour lights switched on', '2 Comments', 'Jim: Great piece, thanks!', 'Ann: I was there too.']);
    const kinds = phraseRuleTagger.tag(doc, c).map((s) => [s.block, s.kind]);
    expect(kinds).toContainEqual([7, 'comments']);
    expect(kinds).toContainEqual([8, 'comments']);
  });

  it('until: marks from the marker to the end line, inclusive', () => {
    const doc = docOf([PROSE[0]!, 'Embed:', 'Nine pups on the banks today!', '- Wildlife Trust (@wild) May 2, 2025', PROSE[1]!]);
    expect(marks(phraseRuleTagger.tag(doc, ctx))).toEqual([
      [1, 'embed', 'embed/any/marker'],
      [2, 'embed', 'embed/any/marker'],
      [3, 'embed', 'embed/any/marker'],
    ]);
  });

  it('until: without an end line within maxBlocks only the marker goes', () => {
    const doc = docOf(['Embed:', ...PROSE, '- Wildlife Trust (@wild) May 2, 2025']);
    expect(marks(phraseRuleTagger.tag(doc, ctx))).toEqual([[0, 'embed', 'embed/any/marker']]);
  });

  it('section: marks a heading and its section, up to the next heading of the same level', () => {
    const doc = docOf([
      block(0, PROSE[0]!),
      block(0, 'Comments', { type: 'heading', level: 2 }),
      block(0, 'Great article, thanks.'),
      block(0, 'Reply from the author', { type: 'heading', level: 3 }),
      block(0, 'Thank you!'),
      block(0, 'Further notes', { type: 'heading', level: 2 }),
      block(0, PROSE[1]!),
    ]);
    expect(phraseRuleTagger.tag(doc, ctx).map((s) => s.block)).toEqual([1, 2, 3, 4]);
  });

  it('blockTypes: a paragraph does not match a heading-only rule', () => {
    expect(phraseRuleTagger.tag(docOf([PROSE[0]!, 'Comments', PROSE[1]!]), ctx)).toEqual([]);
  });

  it("a site pack's rules apply only on its host", () => {
    const texts = [PROSE[0]!, 'Sponsored by the harbour', PROSE[1]!];
    expect(marks(phraseRuleTagger.tag(docOf(texts, { language: 'en', url: 'https://www.harbour.example/a' }), ctx))).toEqual([
      [1, 'advert', 'advert/site-harbour/sponsor'],
    ]);
    expect(phraseRuleTagger.tag(docOf(texts, { language: 'en', url: 'https://other.example/a' }), ctx)).toEqual([]);
  });
});

describe('linkStubTagger', () => {
  it('recognises placeholder targets', () => {
    expect(['#', '', ' # ', 'javascript:void(0)', 'JavaScript:;'].every(isPlaceholderHref)).toBe(true);
    expect(['#main', 'https://x.example/#', '/path'].some(isPlaceholderHref)).toBe(false);
  });

  it('unwraps a stub inside a sentence: the text stays, the markup is recorded', () => {
    const b = linked(0, ['We stayed in a ', ['guest house', '#'], ' near the ', ['harbour', 'https://h.example'], '.']);
    expect(linkStubTagger.tag(docOf([b]), ctx)).toEqual([
      { block: 0, range: [15, 26], action: 'unwrap', kind: 'link-stub', rule: 'link-stub/placeholder-href', text: '[guest house](#)' },
    ]);
  });

  it('drops a block made only of stubs and separators', () => {
    const b = linked(0, [['Share on Facebook', '#'], ' | ', ['Share on X', 'javascript:void(0)']]);
    expect(linkStubTagger.tag(docOf([b]), ctx)).toEqual([{ block: 0, action: 'drop', kind: 'link-stub', rule: 'link-stub/only-stub-links' }]);
  });

  it('leaves real links alone', () => {
    expect(linkStubTagger.tag(docOf([linked(0, ['See ', ['the plans', 'https://p.example'], '.'])]), ctx)).toEqual([]);
  });
});

describe('linkListTagger', () => {
  const menu = (n: number, offset = 0) => Array.from({ length: n }, (_, i) => linked(0, [[`Section ${i + offset}`, `https://s.example/${i}`]]));

  it('marks a run of three or more link lines as navigation', () => {
    const doc = docOf([...menu(3), PROSE[0]!]);
    expect(marks(linkListTagger.tag(doc, ctx))).toEqual([
      [0, 'navigation', 'navigation/link-list'],
      [1, 'navigation', 'navigation/link-list'],
      [2, 'navigation', 'navigation/link-list'],
    ]);
  });

  it('leaves a run of two alone, and runs broken by prose', () => {
    expect(linkListTagger.tag(docOf([...menu(2), PROSE[0]!, ...menu(2)]), ctx)).toEqual([]);
  });

  it('does not count a linked sentence as a menu line', () => {
    const sentence = linked(0, ['The council published ', ['the full consultation documents', 'https://c.example'], ' on its website on Friday afternoon.']);
    expect(linkListTagger.tag(docOf([...menu(2), sentence, ...menu(1)]), ctx)).toEqual([]);
  });
});

describe('articleSpanTagger', () => {
  it('marks menus before and the footer after the article, keeps the lead', () => {
    const doc = docOf(['Home', 'News', 'Sport', 'Weather', 'Sign in', ...PROSE, 'Contact us', 'Privacy', 'Terms of use']);
    const spans = articleSpanTagger.tag(doc, ctx);
    expect(spans.filter((s) => s.rule === 'article-span/before-body').map((s) => s.block)).toEqual([0, 1, 2, 3, 4]);
    expect(spans.filter((s) => s.rule === 'article-span/after-body').map((s) => s.block)).toEqual([9, 10, 11]);
    expect(spans.every((s) => s.kind === 'outside-article' && s.action === 'drop')).toBe(true);
  });

  it('grows back over a lead that holds as much text as chaff', () => {
    // lead (+4) then a credit already marked (-4): the best segment starts after them both.
    const doc = docOf(['Menu', 'Harbour board weighs fish market future', 'Residents are invited to comment on the plans.', 'Photo: Board', ...PROSE]);
    doc.spans = [
      { block: 1, action: 'drop', kind: 'metadata', rule: 'metadata/title' },
      { block: 3, action: 'drop', kind: 'credit', rule: 'credit/en/x' },
    ];
    expect(articleSpanTagger.tag(doc, ctx).map((s) => s.block)).toEqual([0]);
  });

  it('grows back over a lead that a share bar separates from the body', () => {
    const lead = 'Residents are invited to comment on the plans until the end of May and can see them in the library';
    const doc = docOf(['Menu', 'Harbour board weighs fish market future', lead, 'Share on Facebook', 'Share on Twitter', ...PROSE]);
    doc.spans = [
      { block: 1, action: 'drop', kind: 'metadata', rule: 'metadata/title' },
      { block: 3, action: 'drop', kind: 'share', rule: 'share/en/x' },
      { block: 4, action: 'drop', kind: 'share', rule: 'share/en/x' },
    ];
    expect(articleSpanTagger.tag(doc, ctx).map((s) => s.block)).toEqual([0]);
  });

  it('starts the article at a line that introduces the body with a colon, not at a one-word form label', () => {
    const intro = docOf(['Menu', 'Harbour board weighs fish market future', 'Login', 'Summary of the decision:', ...PROSE]);
    intro.spans = [{ block: 1, action: 'drop', kind: 'metadata', rule: 'metadata/title' }];
    expect(articleSpanTagger.tag(intro, ctx).map((s) => s.block)).toEqual([0, 2]);
    const label = docOf(['Menu', 'Harbour board weighs fish market future', 'Login', 'From:', ...PROSE]);
    label.spans = [{ block: 1, action: 'drop', kind: 'metadata', rule: 'metadata/title' }];
    expect(articleSpanTagger.tag(label, ctx).map((s) => s.block)).toEqual([0, 2, 3]);
  });

  it('keeps a one-line standfirst between the title and the body', () => {
    const doc = docOf(['Menu', 'Harbour board weighs fish market future', 'Consultation on the plans opens on Monday', ...PROSE]);
    doc.spans = [{ block: 1, action: 'drop', kind: 'metadata', rule: 'metadata/title' }];
    expect(articleSpanTagger.tag(doc, ctx).map((s) => s.block)).toEqual([0]);
  });

  it('does not mark blocks other taggers dropped already', () => {
    const doc = docOf(['Home', ...PROSE, 'Footer']);
    doc.spans = [{ block: 0, action: 'drop', kind: 'navigation', rule: 'navigation/en/x' }];
    expect(articleSpanTagger.tag(doc, ctx).map((s) => s.block)).toEqual([5]);
  });

  it('leaves HTML alone (the extractor chose its content)', () => {
    const doc = { ...docOf(['Home', ...PROSE]), format: 'html' as const };
    expect(articleSpanTagger.tag(doc, ctx)).toEqual([]);
  });
});

describe('tagStage', () => {
  it('runs the taggers in order and counts their spans', () => {
    const c = defaultContext();
    const doc = docOf([
      linked(0, [['Home', 'https://h.example/']]),
      linked(0, [['News', 'https://h.example/news']]),
      linked(0, [['Sport', 'https://h.example/sport']]),
      ...PROSE,
      linked(0, ['We met at the ', ['old market', '#'], ' on a cold and windy morning in March, with the whole town there.']),
    ], { language: 'en' }, 'markdown');
    const out = tagStage.run(doc, c);
    expect(out.spans.find((s) => s.block === 0)?.rule).toBe('navigation/en/skip-link');
    expect(out.spans.find((s) => s.block === 1)?.rule).toBe('navigation/link-list');
    expect(out.spans.find((s) => s.block === 7)?.action).toBe('unwrap');
    expect(c.stats.snapshot().tag).toMatchObject({ 'link-lists': 3, 'link-stubs': 1 });
    expect(doc.spans).toEqual([]); // the input is not mutated
  });
});

describe('authorBioTagger', () => {
  const withAuthor = (texts: string[], authors: string[]) => {
    const doc = docOf(texts);
    doc.meta = { authors, byline: authors.join(', ') };
    return doc;
  };

  it('marks a paragraph near the end that starts with the author and says more', () => {
    const bio = 'Harriet Vane covers the harbour and the town council for the Courier.';
    const doc = withAuthor([...PROSE, bio], ['Harriet Vane']);
    expect(authorBioTagger.tag(doc, ctx)).toEqual([{ block: 4, action: 'drop', kind: 'author-bio', rule: 'author-bio/starts-with-author' }]);
  });

  it('leaves the name alone, the top of the article, and unknown authors', () => {
    expect(authorBioTagger.tag(withAuthor([...PROSE, 'Harriet Vane'], ['Harriet Vane']), ctx)).toEqual([]);
    const quoted = 'Harriet Vane said the board would publish every comment it receives.';
    expect(authorBioTagger.tag(withAuthor([quoted, ...PROSE], ['Harriet Vane']), ctx)).toEqual([]);
    expect(authorBioTagger.tag(docOf([...PROSE, 'Harriet Vane covers the harbour for the Courier.']), ctx)).toEqual([]);
  });

  it('marks the paragraph under a name line that starts with that name, with no author known', () => {
    const bio = 'Owen is the co-founder of a small consultancy and writes about the harbour town.';
    const doc = docOf([...PROSE, 'Owen Hartley', bio, 'Author archives']);
    expect(authorBioTagger.tag(doc, ctx)).toEqual([{ block: 5, action: 'drop', kind: 'author-bio', rule: 'author-bio/under-name-line' }]);
  });

  it('leaves a heading whose term the paragraph under it defines (the same words, another case)', () => {
    const defined = 'List comprehensions are a way to process an iterable and build a new list from it in one expression.';
    expect(authorBioTagger.tag(docOf([...PROSE, 'result = []', 'List Comprehensions', defined, 'Conclusion']), ctx)).toEqual([]);
  });

  it('marks the bio under an author box label and its name line, and not the article under a label at the top', () => {
    const bio = 'is a partner at a law firm in Berlin and writes about data protection and copyright.';
    const box = tagStage.run(docOf([...PROSE, 'About the author', 'Dr. Harriet Vane', bio, 'Contact the editors']), defaultContext());
    expect(box.spans.find((s) => s.block === 6)?.rule).toBe('author-bio/under-author-label');
    const top = tagStage.run(docOf(['Author', 'Harriet Vane', ...PROSE]), defaultContext());
    expect(top.spans.filter((s) => s.kind === 'author-bio').map((s) => s.block)).toEqual([0]);
  });

  it('takes a named newsletter box with its one-line blurb', () => {
    const out = tagStage.run(docOf([...PROSE, 'Sign up for the Harbour Courier newsletter', 'Daily news about the town, its port and its people.', ...PROSE]), defaultContext());
    expect(out.spans.filter((s) => s.kind === 'newsletter').map((s) => s.block)).toEqual([4, 5]);
  });

  it('leaves a name line inside the running text: a subheading of the story', () => {
    const about = 'Rory Callan stood in the ring against the champion last April and lost on points after twelve rounds.';
    expect(authorBioTagger.tag(docOf([...PROSE, 'Rory Callan', about, ...PROSE]), ctx)).toEqual([]);
    const other = 'The harbour master said the board had not yet asked him about the market.';
    expect(authorBioTagger.tag(docOf([...PROSE, 'Owen Hartley', other, 'Author archives']), ctx)).toEqual([]);
  });
});

describe('articleSpanTagger: lists of plain text', () => {
  it('keeps a list of amounts (ingredients) and the step after it, which a menu would not earn', () => {
    const ingredients = ['200 g sugar', '100 g ground almonds', '1 pinch of salt', '2 eggs', '250 ml milk'];
    const doc = docOf([...PROSE, 'Ingredients', ...ingredients, 'Mix everything and bake for twenty minutes until golden.']);
    expect(articleSpanTagger.tag(doc, ctx)).toEqual([]);
  });

  it('keeps a short closing statement before the footer, not a short label', () => {
    for (const format of ['text', 'markdown'] as const) {
      const closing = docOf([...PROSE, 'I hope you like it.', 'Tags', 'Weather'], { language: 'en' }, format);
      closing.spans = [{ block: 5, action: 'drop', kind: 'tags', rule: 'tags/en/x' }];
      expect(articleSpanTagger.tag(closing, ctx).map((s) => s.block)).toEqual([6]);
    }
    for (const label of ['Read more', 'Sign in!', 'Forgot your password?', 'See all 12 comments...']) {
      const doc = docOf([...PROSE, label, 'Tags', 'Weather']);
      doc.spans = [{ block: 5, action: 'drop', kind: 'tags', rule: 'tags/en/x' }];
      expect(articleSpanTagger.tag(doc, ctx).map((s) => s.block)).toContain(4);
    }
  });

  it('keeps the entries of a list the article announces, up to a block of chaff or a "label: value" line', () => {
    const programme = ['Here is the programme for the day:', 'Warm up at eleven', 'Contest at noon', 'Prize giving in the evening'];
    const doc = docOf([...PROSE, ...programme, 'Author: Jane Roe', 'Tags', 'Weather']);
    doc.spans = [{ block: 9, action: 'drop', kind: 'tags', rule: 'tags/en/x' }];
    expect(articleSpanTagger.tag(doc, ctx).map((s) => s.block)).toEqual([8, 10]);
    // Unannounced, the same lines read as a menu.
    const menu = docOf([...PROSE, ...programme.slice(1), 'Tags', 'Weather']);
    menu.spans = [{ block: 7, action: 'drop', kind: 'tags', rule: 'tags/en/x' }];
    expect(articleSpanTagger.tag(menu, ctx).map((s) => s.block)).toEqual([4, 5, 6, 8]);
  });

  it('keeps lines the page wrote with bullets as a list, not a menu', () => {
    const bullets = ['– Sell the building', '– Lease it to a market', '• Keep it empty', '- Ask the residents again'];
    const doc = docOf([...PROSE, 'Options:', ...bullets, 'The board will choose one of these options at its next meeting in June.']);
    expect(articleSpanTagger.tag(doc, ctx).map((s) => s.block)).toEqual([]);
  });

  it('still drops a run of short menu lines after the article', () => {
    const menu = ['Home', 'News', 'Sport', 'Weather', 'Contact us'];
    const dropped = articleSpanTagger.tag(docOf([...PROSE, ...menu]), ctx).map((s) => s.block);
    expect(dropped).toEqual([4, 5, 6, 7, 8]);
  });
});

describe('articleSpanTagger: footers of plain text', () => {
  it('ends the article at a run of teaser headlines, even when a teaser sentence follows', () => {
    const teasers = ['Harbour lights switched on for winter', 'New ferry timetable from May', 'Council approves cycle lanes', 'Lifeboat crew honoured at gala'];
    const blurb = 'The town library has announced longer opening hours for the summer months, starting in June.';
    const doc = docOf([...PROSE, ...PROSE.map((p) => p.replace('board', 'committee')), ...teasers, blurb]);
    const dropped = articleSpanTagger.tag(doc, ctx).map((s) => s.block);
    expect(dropped).toEqual([8, 9, 10, 11, 12]);
  });

  it('ends the article before a box of teasers it closes with: a marked label and headlines that read as sentences', () => {
    // Long enough to count for the article, and the label's kind is not a footer's.
    const teasers = [
      'Harbour lights switched on for winter as the mayor promises a brighter town centre',
      'Why the ferry timetable changes in May and what it means for commuters on the island',
      'Council approves “safer” cycle lanes along the seafront after a long and heated debate',
    ];
    const doc = docOf([...PROSE, ...PROSE, 'More information:', ...teasers]);
    doc.spans = [{ block: 8, action: 'drop', kind: 'navigation', rule: 'navigation/en/x' }];
    expect(articleSpanTagger.tag(doc, ctx).map((s) => [s.block, s.rule])).toEqual([
      [9, 'article-span/after-body'],
      [10, 'article-span/after-body'],
      [11, 'article-span/after-body'],
    ]);
  });

  it('keeps short closing lines that end in a period, a list under a colon, and a run with no box', () => {
    // Lines long enough to count for the article: the best segment alone would keep them.
    const closing = ['The board meets again in June to vote on the final plans.', 'Residents may also write to the clerk at the town hall before then.', 'The minutes of every meeting are published on the council website.'];
    const sources = ['Minutes of the harbour board meetings held in March and April 2024', 'The town plan for 2030 as adopted by the full council last year', 'The council budget for the coming year and the reserves of the harbour fund'];
    const listed = ['Sources used for this report:', ...sources];
    const unboxed = sources;
    for (const tail of [closing, listed, unboxed]) {
      // A photo credit is chaff but not a footer: the trim alone decides.
      const box = tail === unboxed ? [] : ['Photo: Harbour board'];
      const doc = docOf([...PROSE, ...PROSE, ...box, ...tail]);
      doc.spans = box.length ? [{ block: 8, action: 'drop', kind: 'credit', rule: 'credit/en/x' }] : [];
      const outside = articleSpanTagger.tag(doc, ctx).filter((s) => s.kind === 'outside-article');
      expect(outside.map((s) => s.block)).toEqual([]);
    }
  });

  it('goes on past a "read also" line set into the body, but ends at a related box a teaser list follows', () => {
    const more = 'The harbour master said the new berths would be ready before the autumn storms, weather permitting.';
    const inline = docOf([...PROSE, ...PROSE, 'Read also: Harbour board names new chair', more]);
    inline.spans = [{ block: 8, action: 'drop', kind: 'related', rule: 'related/en/x' }];
    expect(articleSpanTagger.tag(inline, ctx).map((s) => s.block)).toEqual([]);

    const footer = docOf([...PROSE, ...PROSE, 'Related', 'Harbour board names new chair', more]);
    footer.spans = [{ block: 8, action: 'drop', kind: 'related', rule: 'related/en/x' }];
    expect(articleSpanTagger.tag(footer, ctx).map((s) => s.block)).toEqual([9, 10]);
  });

  it('goes on past code lines, a list a line announces and "label: value" facts: none is a run of teasers', () => {
    const code = ['results = []', 'for row in rows:', 'results.append(row)', 'print(results)'];
    const announced = ['Consider the following three options:', 'Sell the building', 'Lease it to a market', 'Keep it empty'];
    const facts = ['Example lease', 'Floor area: 1,200 square metres', 'Term: ten years', 'Rent: on request'];
    const closing = 'That is all the board needs to decide on Thursday, and the minutes will say which option won the vote.';
    for (const run of [code, announced, facts]) {
      const doc = docOf([...PROSE, ...PROSE, ...run, closing]);
      expect(articleSpanTagger.tag(doc, ctx).map((s) => s.block)).toEqual([]);
    }
  });

  it('leaves Markdown alone there: its teasers show as links', () => {
    const teasers = ['Harbour lights switched on for winter', 'New ferry timetable from May', 'Council approves cycle lanes', 'Lifeboat crew honoured at gala'];
    const doc = docOf([...PROSE, ...PROSE, ...teasers, PROSE[0]!], { language: 'en' }, 'markdown');
    expect(articleSpanTagger.tag(doc, ctx).map((s) => s.block)).not.toContain(12);
  });
});
