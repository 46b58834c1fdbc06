/**
 * Compiled rule packs are kept between runs, keyed by the pack files' bytes (and the code that
 * compiles them): a run takes the stored packs only when nothing they follow from changed.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPipeline } from '../../src/config/pipeline-config.js';
import { readRulePacks } from '../../src/config/rule-packs.js';
import { ruleMatches } from '../../src/config/rules.js';

let root: string;
let cache: string;
const saved = process.env['WINNOW_CACHE_DIR'];

/** A pipeline with one donation pack holding one invented phrase. */
function pipelineWith(phrase: string) {
  writeFileSync(path.join(root, 'rules', 'en', 'donation.yaml'), `rules:\n  - name: invented-appeal\n    phrases: ["${phrase}"]\n`);
  return loadPipeline(path.join(root, 'pipeline.yaml'));
}

const entries = () => readdirSync(cache).filter((name) => name.endsWith('.v8'));

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'winnow-pack-cache-'));
  cache = path.join(root, 'cache');
  mkdirSync(path.join(root, 'rules', 'en'), { recursive: true });
  writeFileSync(path.join(root, 'pipeline.yaml'), 'name: invented\nrules:\n  packs: [rules]\nsites: []\n');
  process.env['WINNOW_CACHE_DIR'] = cache;
});

afterEach(() => {
  if (saved === undefined) delete process.env['WINNOW_CACHE_DIR'];
  else process.env['WINNOW_CACHE_DIR'] = saved;
});

describe('compiled rule pack cache', () => {
  it('stores the compiled packs once and takes them from the store while the files stay the same', () => {
    const config = pipelineWith('adopt a wombat today');
    const compiled = readRulePacks(config);
    expect(entries()).toHaveLength(1);
    const entry = path.join(cache, entries()[0]!);
    // What the entry holds is what a run gets: a marked entry shows the packs were not compiled again.
    writeFileSync(entry, serialize({ ...compiled, sites: [{ name: 'marker', hosts: ['marker.invalid'], html: { content: [], clean: [] }, rules: [] }] }));
    expect(readRulePacks(config).sites.map((s) => s.name)).toEqual(['marker']);
  });

  it('compiles again when a pack file changes', () => {
    readRulePacks(pipelineWith('adopt a wombat today'));
    const packs = readRulePacks(pipelineWith('sponsor a quokka now'));
    expect(entries()).toHaveLength(2);
    expect(ruleMatches(packs.rules[0]!, 'please sponsor a quokka now')).toBe(true);
    expect(ruleMatches(packs.rules[0]!, 'adopt a wombat today')).toBe(false);
  });

  it('compiles again over an entry it cannot decode, and says so in a warning', async () => {
    const config = pipelineWith('adopt a wombat today');
    readRulePacks(config);
    writeFileSync(path.join(cache, entries()[0]!), 'not a compiled pack');
    const warnings: string[] = [];
    const onWarning = (warning: Error & { code?: string }) => warnings.push(`${warning.code}: ${warning.message}`);
    process.on('warning', onWarning);
    try {
      expect(ruleMatches(readRulePacks(config).rules[0]!, 'adopt a wombat today')).toBe(true);
      await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on a later tick
      expect(warnings).toEqual([expect.stringMatching(/^WINNOW_PACK_CACHE: rule pack cache: unreadable entry .*rule-packs-[0-9a-f]{64}\.v8 \(compiled again\)/)]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('stores no pack that does not compile: the same error every run', () => {
    writeFileSync(path.join(root, 'rules', 'en', 'donation.yaml'), 'rules:\n  - name: unclosed\n    patterns: ["(give now"]\n');
    const config = loadPipeline(path.join(root, 'pipeline.yaml'));
    for (let run = 0; run < 2; run++) expect(() => readRulePacks(config)).toThrow(/rule "unclosed": bad pattern/);
    expect(() => entries()).toThrow(); // no cache folder was made
  });

  it('is off when WINNOW_CACHE_DIR is set empty', () => {
    process.env['WINNOW_CACHE_DIR'] = '';
    expect(ruleMatches(readRulePacks(pipelineWith('adopt a wombat today')).rules[0]!, 'adopt a wombat today')).toBe(true);
    expect(readdirSync(root).sort()).toEqual(['pipeline.yaml', 'rules']);
  });
});
