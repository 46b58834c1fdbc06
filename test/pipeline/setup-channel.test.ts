/**
 * The worker threads take the run's pipeline and compiled rule packs over a channel: every
 * ask is answered with what the main thread read, whether it came before (a worker that
 * started with the pool) or after (one that replaced a retired worker).
 */
import { describe, expect, it } from 'vitest';
import { compileRule, ruleSchema } from '../../src/config/rule-packs.js';
import type { RulePacks } from '../../src/config/rules.js';
import { loadPipeline } from '../../src/config/pipeline-config.js';
import { offerSetup, receiveSetup, setupChannelName, type WorkerSetup } from '../../src/pipeline/setup-channel.js';

const packs: RulePacks = {
  rules: [compileRule(ruleSchema.parse({ name: 'wombat-appeal', phrases: ['feed the wombats'] }), 'donation', 'en', 'invented.yaml')],
  fields: new Map(),
  sites: [],
};
const setup: WorkerSetup = { config: loadPipeline('default'), packs };

describe('worker setup channel', () => {
  it('answers the asks made before the setup is ready and those made after, with the same setup', async () => {
    const name = setupChannelName();
    const offer = offerSetup(name);
    try {
      const early = [receiveSetup(name), receiveSetup(name)];
      offer.provide(setup);
      for (const got of await Promise.all(early)) expect(got).toEqual(setup);
      const late = await receiveSetup(name);
      expect(late).toEqual(setup);
      expect(late.packs.rules[0]!.test.test('please feed the wombats today')).toBe(true);
    } finally {
      offer.close();
    }
  });

  it('gives each pool a channel of its own', () => {
    expect(setupChannelName()).not.toBe(setupChannelName());
  });
});
