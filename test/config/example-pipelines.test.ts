/** The example pipeline and site pack shipped in pipelines/ load and do what they say. */
import { describe, expect, it } from 'vitest';
import { loadPipeline } from '../../src/config/pipeline-config.js';
import { readRuleSet } from '../../src/config/rule-packs.js';
import { foldForMatch } from '../../src/core/text.js';
import { readRecords, tempDir, winnow } from '../helpers/cli.js';

describe('pipelines/keep-embeds.yaml', () => {
  it('keeps the tweet of the seed as text and still strips the rest', () => {
    const out = tempDir();
    expect(winnow(['run', 'seeds', '--pipeline', 'keep-embeds', '--out', out, '--log-level', 'silent']).status).toBe(0);
    const record = readRecords(out).find((r) => r.sources.some((s) => s.path.includes('001_')))!;
    expect(record.text).toContain('NATO Secretary General Mark Rutte told The Moscow Times that each European country');
    expect(record.removed.some((r) => r.kind === 'embed')).toBe(false);
    expect(record.removed.some((r) => r.kind === 'donation')).toBe(true);
  });
});

describe('pipelines/sites/example.com.yaml', () => {
  it('applies its rules on its host and subdomains only', () => {
    const rules = readRuleSet(loadPipeline('default'));
    const site = rules.siteFor('news.example.com');
    expect(site?.html.content).toEqual(['article .story-body']);
    expect(rules.siteFor('example.org')).toBeUndefined();
    const hit = (host: string) => rules.rulesFor('en', host).find((r) => r.test.test(foldForMatch('More from Example')))?.id;
    expect(hit('www.example.com')).toBe('related/site-example.com/more-from-example');
    expect(hit('example.org')).not.toBe('related/site-example.com/more-from-example');
  });
});
