import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadPipeline, validatePipeline } from '../../src/config/pipeline-config.js';
import { readRulePacks, readRuleSet } from '../../src/config/rule-packs.js';
import { buildRuleSet, ruleMatches } from '../../src/config/rules.js';
import { foldForMatch } from '../../src/core/text.js';
import { contextFrom, DEFAULT_RULES, docOf, runAll, writePipeline } from '../helpers/stage-context.js';

const errorOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

const PROSE = [
  'The harbour board met on Thursday to discuss the future of the old fish market, which has stood empty since the last trawler company left the town.',
  'Several councillors argued that the building should become a covered market for local producers, while others favoured selling it to a hotel group.',
  'A public consultation will run until the end of May, and the board expects to make a decision before the summer holidays begin.',
];

describe('validatePipeline', () => {
  it('fills every default from an empty definition', () => {
    const config = validatePipeline({}, 'p.yaml');
    expect(config.stages).toEqual(['decode', 'detect-format', 'parse', 'metadata', 'tag', 'apply', 'normalize']);
    expect(config.batch).toEqual(['repeated', 'canonicalize']);
    expect(config.rules).toEqual({ packs: ['rules'], languages: 'auto', disable: [] });
    expect(config.thresholds).toEqual({ phraseMaxWords: 60, tailAfter: 0.3, nearDuplicate: 0.8, repeatedMinDocs: 3, minWords: 40 });
  });

  it('names an unknown key with its path and the file', () => {
    expect(errorOf(() => validatePipeline({ thresholds: { nearDuplicat: 0.5 } }, 'mine.yaml'))).toBe('mine.yaml: unknown key "thresholds.nearDuplicat"');
    expect(errorOf(() => validatePipeline({ stage: [] }, 'mine.yaml'))).toContain('unknown key "stage"');
    expect(errorOf(() => validatePipeline({ kinds: { embeds: false } }, 'mine.yaml'))).toContain('unknown key "kinds.embeds"');
  });

  it('names a value of the wrong type', () => {
    expect(errorOf(() => validatePipeline({ thresholds: { minWords: 'forty' } }, 'p.yaml'))).toMatch(/^p\.yaml: thresholds\.minWords: /);
    expect(errorOf(() => validatePipeline({ kinds: { embed: 'no' } }, 'p.yaml'))).toContain('kinds.embed:');
    expect(errorOf(() => validatePipeline({ thresholds: { tailAfter: 1.5 } }, 'p.yaml'))).toContain('thresholds.tailAfter:');
    expect(errorOf(() => validatePipeline({ rules: { languages: 'some' } }, 'p.yaml'))).toContain('rules.languages:');
  });

  it('names a missing required stage', () => {
    expect(errorOf(() => validatePipeline({ stages: ['decode', 'detect-format', 'parse', 'normalize'] }, 'p.yaml'))).toBe(
      'p.yaml: stages: required stage(s) missing: apply',
    );
  });

  it('names an unknown stage by its position', () => {
    const message = errorOf(() => validatePipeline({ stages: ['decode', 'detect-format', 'parse', 'dedupe', 'apply', 'normalize'] }, 'p.yaml'));
    expect(message).toContain('stages.3:');
    expect(errorOf(() => validatePipeline({ batch: ['merge'] }, 'p.yaml'))).toContain('batch.0:');
  });
});

describe('loadPipeline', () => {
  it('loads the default pipeline by name', () => {
    const config = loadPipeline('default');
    expect(config.name).toBe('default');
    expect(config.file.endsWith('pipelines/default.yaml')).toBe(true);
  });

  it('reports a file that is not YAML, and a name that is nowhere', () => {
    const file = writePipeline({});
    writeFileSync(file, 'stages: [decode\n  kinds: {');
    expect(errorOf(() => loadPipeline(file))).toContain('not valid YAML');
    expect(errorOf(() => loadPipeline('no-such-pipeline-anywhere'))).toContain('pipeline "no-such-pipeline-anywhere" not found');
  });
});

describe('buildRuleSet', () => {
  it('disables a rule by id and a kind by prefix', () => {
    const byId = contextFrom({ rules: { disable: ['credit/any/agency-credit'] } }).rules;
    expect(byId.rules.some((r) => r.id === 'credit/any/agency-credit')).toBe(false);
    expect(byId.rules.some((r) => r.id === 'credit/any/copyright-credit')).toBe(true);
    const byPrefix = contextFrom({ rules: { disable: ['credit/'] } }).rules;
    expect(byPrefix.rules.some((r) => r.kind === 'credit')).toBe(false);
    expect(byPrefix.rules.some((r) => r.kind === 'donation')).toBe(true);
  });

  it('a kind switched off has no rules', () => {
    const { rules } = contextFrom({ kinds: { embed: false } });
    expect(rules.rules.some((r) => r.kind === 'embed')).toBe(false);
  });

  it('auto languages: the document language plus English; a list replaces them', () => {
    const { rules } = contextFrom({});
    const languagesOf = (lang: string | undefined) => new Set(rules.rulesFor(lang).map((r) => r.language));
    expect(languagesOf('de')).toEqual(new Set(['any', 'de', 'en']));
    expect(languagesOf('en-GB')).toEqual(new Set(['any', 'en']));
    expect(new Set(contextFrom({ rules: { languages: ['fr'] } }).rules.rulesFor('de').map((r) => r.language))).toEqual(new Set(['any', 'fr']));
  });

  it('rejects a rule without phrases, a bad pattern and a file named after no kind', () => {
    const packs = (files: Record<string, object>) => () => contextFrom({ rules: { packs: ['rules'] } }, { files });
    expect(errorOf(packs({ 'rules/en/donation.yaml': { rules: [{ name: 'empty' }] } }))).toContain('rule "empty" has no phrases or patterns');
    expect(errorOf(packs({ 'rules/en/donation.yaml': { rules: [{ name: 'bad', patterns: ['(unclosed'] }] } }))).toContain('rule "bad": bad pattern');
    expect(errorOf(packs({ 'rules/en/adverts.yaml': { rules: [{ name: 'x', phrases: ['x'] }] } }))).toContain('"adverts" is not a boilerplate kind');
    expect(errorOf(packs({ 'rules/en/donation.yaml': { rules: [{ name: 'x', phrases: ['x'], efect: 'tail' }] } }))).toContain('unknown key "rules.0.efect"');
  });

  it('rejects a site pack folder the pipeline names but that does not exist; the default folder may be absent', () => {
    expect(errorOf(() => contextFrom({ sites: ['site-packs'] }))).toMatch(/site pack folder not found: .*site-packs$/);
    // No `sites` key: the folder `sites` beside the pipeline file is read when there is one.
    const config = loadPipeline(writePipeline({ rules: { packs: [DEFAULT_RULES] } }));
    expect(config.sites).toBeUndefined();
    expect(readRulePacks(config).sites).toEqual([]);
  });

  it('rejects a site pack whose rule names no kind, and lists the kinds', () => {
    const message = errorOf(() =>
      contextFrom({ sites: ['sites'] }, { files: { 'sites/x.yaml': { hosts: ['x.example'], rules: [{ kind: 'promo', name: 'p', phrases: ['p'] }] } } }),
    );
    expect(message).toContain('rules.0.kind');
    expect(message).toContain('"donation"');
  });

  it('reads pack files named .yml as well as .yaml', () => {
    const files = { 'rules/en/donation.yml': { rules: [{ name: 'harbour-appeal', phrases: ['keep the harbour light burning'] }] }, 'sites/harbour.yml': { hosts: ['harbour.example'], rules: [{ kind: 'advert', name: 'sponsor', phrases: ['sponsored by the harbour'] }] } };
    const { rules } = contextFrom({ rules: { packs: ['rules'] }, sites: ['sites'] }, { files });
    expect(rules.rules.map((r) => r.id)).toEqual(['donation/en/harbour-appeal']);
    expect(rules.siteFor('harbour.example')?.rules.map((r) => r.id)).toEqual(['advert/site-harbour/sponsor']);
  });

  it('builds the same rules from packs passed to a worker thread (a structured clone)', () => {
    const config = loadPipeline(writePipeline({ rules: { packs: [DEFAULT_RULES] }, sites: ['sites'] }, { files: { 'sites/harbour.yaml': { hosts: ['harbour.example'], rules: [{ kind: 'advert', name: 'sponsor', phrases: ['sponsored by the harbour'] }] } } }));
    const here = readRuleSet(config);
    const there = buildRuleSet(config, structuredClone(readRulePacks(config)));
    expect(there.rules.map((r) => r.id)).toEqual(here.rules.map((r) => r.id));
    expect(there.rulesFor('en', 'harbour.example').map((r) => r.id)).toEqual(here.rulesFor('en', 'harbour.example').map((r) => r.id));
    expect(there.fieldsFor('de')).toEqual(here.fieldsFor('de'));
    const block = foldForMatch('Sign up for our newsletter to get the best stories every morning');
    const hits = (set: typeof here) => set.rulesFor('en', 'harbour.example').filter((r) => ruleMatches(r, block)).map((r) => r.id);
    expect(hits(there)).toEqual(hits(here));
    expect(hits(there).length).toBeGreaterThan(0);
  });

  it('resolves a site pack by host and subdomain only', () => {
    const { rules } = contextFrom({ sites: ['sites'] }, { files: { 'sites/harbour.yaml': { hosts: ['Harbour.example'], rules: [{ kind: 'advert', name: 'sponsor', phrases: ['sponsored by the harbour'] }] } } });
    expect(rules.siteFor('news.harbour.example')?.name).toBe('harbour');
    expect(rules.siteFor('harbour.example')?.name).toBe('harbour');
    expect(rules.siteFor('notharbour.example')).toBeUndefined();
    expect(rules.rulesFor('en', 'harbour.example')[0]?.id).toBe('advert/site-harbour/sponsor');
    expect(rules.rulesFor('en', 'other.example').some((r) => r.id.includes('site-harbour'))).toBe(false);
  });
});

describe('pipeline settings through the stages', () => {
  const EMBED_DUMP = ['# Seals return to the estuary', '', PROSE[0], '', '### Embed:', '', 'Nine pups on the banks this morning!', '', '— Wildlife Trust (@wildtrust) May 2, 2025', '', PROSE[1], '', PROSE[2], ''].join('\n');

  it('removes embeds by default and keeps them with kinds: {embed: false}', () => {
    const removed = runAll(docOf(EMBED_DUMP, { path: 'seals.md' }));
    expect(removed.text).not.toContain('Nine pups');
    expect(removed.removed.filter((r) => r.kind === 'embed').map((r) => r.text)).toContain('Nine pups on the banks this morning!');
    const kept = runAll(docOf(EMBED_DUMP, { path: 'seals.md' }), contextFrom({ kinds: { embed: false } }));
    expect(kept.text).toContain('Nine pups on the banks this morning!');
    expect(kept.text).toContain('— Wildlife Trust (@wildtrust) May 2, 2025');
    expect(kept.removed.some((r) => r.kind === 'embed')).toBe(false);
  });

  const CREDIT_DUMP = [PROSE[0], 'Photo: Jane Doe / Reuters', PROSE[1], PROSE[2]].join('\n');

  it('rules.disable by id or prefix keeps what the rule would remove', () => {
    expect(runAll(docOf(CREDIT_DUMP)).text).not.toContain('Reuters');
    const kept = (disable: string[]) => runAll(docOf(CREDIT_DUMP), contextFrom({ rules: { disable } }));
    expect(kept(['credit/']).text).toContain('Photo: Jane Doe / Reuters');
    const oneOff = kept(['credit/en/photo-credit-line']);
    // another credit rule still catches the line
    expect(oneOff.removed.find((r) => r.text === 'Photo: Jane Doe / Reuters')?.rule).not.toBe('credit/en/photo-credit-line');
  });

  it("a site pack's rules apply only to documents of its host", () => {
    const files = { 'sites/harbour.yaml': { hosts: ['harbourgazette.example'], rules: [{ kind: 'advert', name: 'sponsor', match: 'whole', phrases: ['this story is brought to you by harbour motors'] }] } };
    const ctx = contextFrom({ sites: ['sites'] }, { files });
    const dump = (url: string) => docOf([PROSE[0], 'This story is brought to you by Harbour Motors', PROSE[1], PROSE[2], `Original url: ${url}`].join('\n'));
    const onHost = runAll(dump('https://www.harbourgazette.example/market'), ctx);
    expect(onHost.meta.url).toBe('https://www.harbourgazette.example/market');
    expect(onHost.removed).toContainEqual({ kind: 'advert', rule: 'advert/site-harbour/sponsor', text: 'This story is brought to you by Harbour Motors' });
    const elsewhere = runAll(dump('https://other.example/market'), ctx);
    expect(elsewhere.text).toContain('This story is brought to you by Harbour Motors');
  });

  it('thresholds.phraseMaxWords limits which blocks a phrase rule may drop', () => {
    const line = 'Support our newsroom: become a member from five pounds a month and help us keep reporting on the town.';
    const dump = [PROSE[0], line, PROSE[1], PROSE[2]].join('\n');
    expect(runAll(docOf(dump)).text).not.toContain('become a member');
    expect(runAll(docOf(dump), contextFrom({ thresholds: { phraseMaxWords: 5 } })).text).toContain('become a member');
  });

  it('the default packs live where the helper points', () => {
    expect(readRuleSet({ ...loadPipeline('default'), rules: { packs: [DEFAULT_RULES], languages: 'auto', disable: [] } }).languages).toContain('de');
  });
});
