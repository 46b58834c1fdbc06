/**
 * The worker threads take the run's compiled rule packs over a channel: every ask is
 * answered with the packs the main thread read, whether it came before they were read (a
 * worker that started with the pool) or after (one that replaced a retired worker).
 */
import { describe, expect, it } from 'vitest';
import { compileRule, ruleSchema } from '../../src/config/rule-packs.js';
import type { RulePacks } from '../../src/config/rules.js';
import { offerPacks, packsChannelName, receivePacks } from '../../src/pipeline/packs-channel.js';

const packs: RulePacks = {
  rules: [compileRule(ruleSchema.parse({ name: 'wombat-appeal', phrases: ['feed the wombats'] }), 'donation', 'en', 'invented.yaml')],
  fields: new Map(),
  sites: [],
};

describe('packs channel', () => {
  it('answers the asks made before the packs are read and those made after, with the same packs', async () => {
    const name = packsChannelName();
    const offer = offerPacks(name);
    try {
      const early = [receivePacks(name), receivePacks(name)];
      offer.provide(packs);
      for (const got of await Promise.all(early)) expect(got).toEqual(packs);
      const late = await receivePacks(name);
      expect(late).toEqual(packs);
      expect(late.rules[0]!.test.test('please feed the wombats today')).toBe(true);
    } finally {
      offer.close();
    }
  });

  it('gives each pool a channel of its own', () => {
    expect(packsChannelName()).not.toBe(packsChannelName());
  });
});
