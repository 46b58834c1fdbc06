import { describe, expect, it } from 'vitest';
import { LiteralAutomaton } from '../../src/config/literal-automaton.js';
import { requiredLiterals } from '../../src/config/rule-literals.js';
import { compileRule } from '../../src/config/rule-packs.js';
import { markPossibleRules, ruleMatches, type CompiledRule } from '../../src/config/rules.js';
import { phraseRuleTagger } from '../../src/per-document/tag/taggers/phrase-rules.js';
import { block, contextFrom, defaultContext, docWithBlocks } from '../helpers/stage-context.js';

describe('requiredLiterals', () => {
  it('an alternation of words: one literal per branch', () => {
    expect(requiredLiterals('(?:reuters|afp|dpa)')).toEqual(['afp', 'dpa', 'reuters']);
  });

  it('an optional letter multiplies into both spellings', () => {
    expect(requiredLiterals('^photos?\\s*:')).toEqual(['photo', 'photos']);
  });

  it('a sequence keeps its rarest part: the longest literal run', () => {
    expect(requiredLiterals('\\bthe\\s+newsletter\\b')).toEqual(['newsletter']);
  });

  it('a class of a few characters is a set of literals; lookarounds consume nothing', () => {
    expect(requiredLiterals('(?<![\\p{L}])[|/]\\s*getty')).toEqual(['getty']);
    expect(requiredLiterals('[(|/]x')).toEqual(['(x', '/x', '|x']);
  });

  it('long literals are cut to their first characters (a prefix is required too)', () => {
    expect(requiredLiterals('subscribe to our newsletter')).toEqual(['subscribe to']);
  });

  it('no literals when a branch can match anything, or the syntax is not read', () => {
    expect(requiredLiterals('foo|\\d+')).toBeUndefined();
    expect(requiredLiterals('(a)\\1')).toBeUndefined();
    expect(requiredLiterals('x*')).toBeUndefined();
  });
});

describe('LiteralAutomaton', () => {
  it('reports every literal in the text, overlapping ones and suffixes included', () => {
    const automaton = new LiteralAutomaton([
      { literal: 'share', id: 0 },
      { literal: 'hare', id: 1 },
      { literal: 'are', id: 2 },
      { literal: 'news', id: 3 },
      { literal: 'sharp', id: 4 },
    ]);
    const found = new Uint8Array(5);
    automaton.mark('please share this', found);
    expect([...found]).toEqual([1, 1, 1, 0, 0]);
    found.fill(0);
    automaton.mark('shanews', found);
    expect([...found]).toEqual([0, 0, 0, 1, 0]);
  });
});

/** Rules with overlapping phrases, in the precedence the rule set gives them. */
const RULES: CompiledRule[] = [
  compileRule({ name: 'related-heading', match: 'whole', effect: 'list', phrases: ['related stories'], patterns: [], end: [], maxBlocks: 8 }, 'related', 'en', 't'),
  compileRule({ name: 'share-line', match: 'starts', effect: 'block', phrases: ['share'], patterns: [], end: [], maxBlocks: 8 }, 'share', 'en', 't'),
  compileRule({ name: 'agency', match: 'contains', effect: 'block', phrases: [], patterns: ['/\\s*(?:reuters|afp)\\b'], end: [], maxBlocks: 8 }, 'credit', 'any', 't'),
  compileRule({ name: 'stories', match: 'contains', effect: 'block', phrases: ['related stories', 'share these stories'], patterns: [], end: [], maxBlocks: 8 }, 'related', 'en', 't'),
];

describe('rule matching through literals', () => {
  const texts = ['related stories', 'share these stories', 'photo: jane doe / reuters', 'more related stories here', 'a quiet harbour town', 'share'];

  it('markPossibleRules leaves possible every rule whose expression matches', () => {
    const possible = new Uint8Array(RULES.length);
    for (const text of texts) {
      markPossibleRules(RULES, text, possible);
      RULES.forEach((rule, i) => rule.test.test(text) && expect(possible[i], `${rule.id} on ${text}`).toBe(1));
    }
    markPossibleRules(RULES, 'a quiet harbour town', possible);
    expect([...possible]).toEqual([0, 0, 0, 0]);
  });

  it('ruleMatches agrees with the rule expression', () => {
    for (const text of texts) for (const rule of RULES) expect(ruleMatches(rule, text)).toBe(rule.test.test(text));
  });
});

describe('ruleMatches over a loaded rule set (one literal pass per text, shared by its rules)', () => {
  const rules = defaultContext().rules.rulesFor('de', undefined);
  const texts = ['Foto: dpa', 'Teilen auf Facebook', 'Der Hafen lag still.', 'Foto: dpa', 'Newsletter abonnieren', '© 2024 Hafenblatt'];

  it('agrees with every rule expression, text after text', () => {
    for (const text of texts.map((t) => t.toLowerCase())) {
      for (const rule of rules) expect(ruleMatches(rule, text), `${rule.id} on ${text}`).toBe(rule.test.test(text));
    }
  });
});

describe('phraseRuleTagger precedence', () => {
  const ctx = contextFrom(
    { rules: { packs: ['rules'], languages: ['en'] } },
    {
      files: {
        'rules/en/related.yaml': {
          rules: [
            { name: 'read-more', match: 'contains', phrases: ['read more', 'more stories'] },
            { name: 'box', match: 'whole', phrases: ['more stories'] },
          ],
        },
        'rules/en/share.yaml': { rules: [{ name: 'share-line', match: 'starts', phrases: ['share'], patterns: ['(?:tweet|post) this'] }] },
      },
    },
  );
  const rulesOf = (texts: string[]) =>
    phraseRuleTagger.tag(docWithBlocks(texts.map((t, i) => block(i, t))), ctx).map((s) => [s.block, s.rule]);

  it('a block both rules match gets the more specific (whole) rule, as before', () => {
    expect(rulesOf(['More stories'])).toEqual([[0, 'related/en/box']]);
  });

  it('a looser match of the same phrase falls to the contains rule', () => {
    expect(rulesOf(['Find more stories below'])).toEqual([[0, 'related/en/read-more']]);
  });

  it('a pattern rule is found through its literals, and a block with none matches nothing', () => {
    expect(rulesOf(['Tweet this!', 'The harbour was quiet.'])).toEqual([[0, 'share/en/share-line']]);
  });
});

describe('pattern bounds', () => {
  const credit = compileRule({ name: 'agency', match: 'contains', effect: 'block', phrases: [], patterns: ['/\\s*(?:reuters|afp)'], end: [], maxBlocks: 8 }, 'credit', 'any', 't');
  const words = compileRule({ name: 'photo', match: 'contains', effect: 'block', phrases: [], patterns: ['photo\\s*:'], end: [], maxBlocks: 8 }, 'credit', 'any', 't');

  it('a pattern that starts at punctuation matches right after a word', () => {
    expect(ruleMatches(credit, 'the harbour at dawn. jane smith/reuters')).toBe(true);
    expect(ruleMatches(credit, 'the harbour at dawn / afp')).toBe(true);
  });

  it('a pattern never starts or ends inside a word', () => {
    expect(ruleMatches(credit, 'the harbour / reutersville')).toBe(false);
    expect(ruleMatches(words, 'telephoto: 300 mm')).toBe(false);
    expect(ruleMatches(words, 'photo: jane smith')).toBe(true);
  });
});
