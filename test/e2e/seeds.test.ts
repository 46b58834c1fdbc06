/** The acceptance of the seeds, through the real CLI. */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/core/record.js';
import { readRecords, REPO, tempDir, winnow } from '../helpers/cli.js';

describe('winnow run seeds', () => {
  let out: string;
  let records: ArticleRecord[];
  beforeAll(() => {
    out = tempDir();
    const result = winnow(['run', 'seeds', '--out', out, '--log-level', 'silent']);
    expect(result.status, result.stderr).toBe(0);
    records = readRecords(out);
  });

  const moscow = () => records.find((r) => r.sources.some((s) => s.path.includes('001_')))!;
  const nato = () => records.find((r) => r.sources.some((s) => s.path.includes('004_')))!;

  it('merges the two dumps of one article and keeps the third apart', () => {
    expect(records).toHaveLength(2);
    expect(moscow().sources.map((s) => path.basename(s.path))).toEqual(['000_ca8e71d551259f98.txt', '001_81682dc2ba66a165.txt']);
    expect(nato().sources.map((s) => path.basename(s.path))).toEqual(['004_bf45e5ee76c41bab.txt']);
    expect(moscow().sources.map((s) => s.format)).toEqual(['text', 'markdown']);
  });

  it('lifts the metadata of the merged record from its dumps', () => {
    expect(moscow()).toMatchObject({
      url: 'https://www.themoscowtimes.com/2026/02/11/up-to-each-european-country-to-decide-on-re-engaging-with-russia-rutte-says-a91925',
      title: 'Up to Each European Country to Decide on Re-Engaging With Russia, Rutte Says',
      byline: 'Charlie Hancock',
      published: '2026-02-11',
      site: 'The Moscow Times',
      language: 'en',
    });
  });

  it('keeps the body of the merged record and nothing of its chaff', () => {
    const { text, removed } = moscow();
    expect(text.startsWith('BRUSSELS — NATO Secretary General Mark Rutte said')).toBe(true);
    expect(text.endsWith('she told reporters.')).toBe(true);
    expect(text).toContain('risk being sidelined');
    for (const chaff of ['pic.twitter.com', '@MoscowTimes', 'Embed:', '](', 'Original url', 'Tobias Schwarz / AFP', 'By Charlie Hancock', 'February 11, 2026', 'Dear readers', 'Remind me later', 'themoscowtimes.com']) {
      expect(text, chaff).not.toContain(chaff);
    }
    expect(text).not.toMatch(/\*\*|\[|\]\(|^#/m);
    for (const kind of ['donation', 'embed', 'link-stub', 'credit', 'metadata']) expect(removed.some((r) => r.kind === kind), kind).toBe(true);
    expect(removed.find((r) => r.kind === 'link-stub')).toMatchObject({ rule: 'link-stub/placeholder-href', text: '[risk being sidelined](#)' });
  });

  it('keeps the headings, body and FAQ of the other article and drops its footer', () => {
    const record = nato();
    expect(record.title).toBe('NATO on US-Russia Talks: Rutte Responds to Macron Proposal');
    expect(record.byline).toBe('Chief Editor');
    for (const kept of ['The US as Key Mediator', 'Historical Context: Trump’s Previous Engagement', 'Q: Is NATO opposed to Europe engaging with Russia?', 'A: Maintaining open communication ensures a unified approach']) {
      expect(record.text).toContain(kept);
    }
    for (const chaff of ['You may also like', 'Leave a Comment', 'Subscribe to our newsletter', 'by Chief Editor']) expect(record.text).not.toContain(chaff);
    const kinds = new Set(record.removed.map((r) => r.kind));
    for (const kind of ['related', 'newsletter', 'comments']) expect(kinds.has(kind as never), kind).toBe(true);
  });

  it('separates paragraphs by one blank line and keeps headings as paragraphs', () => {
    expect(nato().text).toContain('\n\nThe US as Key Mediator\n\nRutte emphasized');
    expect(nato().text).not.toMatch(/\n{3,}/);
  });

  it('accounts for every input in run.json', () => {
    const summary = JSON.parse(readFileSync(path.join(out, 'run.json'), 'utf8'));
    expect(summary.inputs).toMatchObject({ documents: 3, extracted: 3, failed: 0 });
    expect(summary.records.total).toBe(2);
    expect(summary.removed.donation).toBeGreaterThan(0);
  });

  it('reports the time spent in each per-document stage, apart from the stage counts', () => {
    const summary = JSON.parse(readFileSync(path.join(out, 'run.json'), 'utf8'));
    // The documents ran in worker threads: their times came back with their counts.
    expect(Object.keys(summary.stageMs).sort()).toEqual(['apply', 'decode', 'detect-format', 'metadata', 'normalize', 'parse', 'tag']);
    for (const ms of Object.values(summary.stageMs)) expect(Number.isInteger(ms) && (ms as number) >= 0).toBe(true);
    expect(summary.stageMs.parse + summary.stageMs.tag).toBeGreaterThan(0);
    expect(Object.keys(summary.stages)).not.toContain('stage-time-ms');
    expect(summary.stages.tag).toBeDefined();
  });

  it('writes one pretty file per record, matching the JSON Lines', () => {
    const files = readdirSync(path.join(out, 'records')).sort();
    expect(files).toEqual(records.map((r) => `${r.id}.json`).sort());
    for (const record of records) {
      expect(JSON.parse(readFileSync(path.join(out, 'records', `${record.id}.json`), 'utf8'))).toEqual(record);
    }
  });

  it('writes the same bytes as the records committed in output/', () => {
    expect(readFileSync(path.join(out, 'records.jsonl'), 'utf8')).toBe(readFileSync(path.join(REPO, 'output', 'records.jsonl'), 'utf8'));
    const committed = readdirSync(path.join(REPO, 'output', 'records')).sort();
    expect(readdirSync(path.join(out, 'records')).sort()).toEqual(committed);
    for (const name of committed) {
      expect(readFileSync(path.join(out, 'records', name), 'utf8'), name).toBe(readFileSync(path.join(REPO, 'output', 'records', name), 'utf8'));
    }
  });

  it('is byte-identical when run again', () => {
    const again = tempDir();
    expect(winnow(['run', 'seeds', '--out', again, '--log-level', 'silent']).status).toBe(0);
    expect(readFileSync(path.join(again, 'records.jsonl'), 'utf8')).toBe(readFileSync(path.join(out, 'records.jsonl'), 'utf8'));
  });
});

describe('winnow run --no-dedupe', () => {
  it('writes one record per input', () => {
    const out = tempDir();
    expect(winnow(['run', 'seeds', '--no-dedupe', '--out', out, '--log-level', 'silent']).status).toBe(0);
    const records = readRecords(out);
    expect(records).toHaveLength(3);
    expect(records.every((r) => r.sources.length === 1)).toBe(true);
  });
});

describe('winnow explain', () => {
  it('shows each block with its verdict, kind and rule', () => {
    const result = winnow(['explain', 'seeds/001_81682dc2ba66a165.txt']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/drop\s+embed\s+embed\/any\/embed-marker\s+Embed:/);
    expect(result.stdout).toMatch(/unwrap\s+link-stub\s+link-stub\/placeholder-href/);
    expect(result.stdout).toMatch(/keep\s+BRUSSELS/);
  });

  it('prints JSON for tools', () => {
    const result = winnow(['explain', 'seeds/000_ca8e71d551259f98.txt', '--json']);
    const explanation = JSON.parse(result.stdout);
    expect(explanation.format).toBe('text');
    const appeal = explanation.blocks.find((b: { text: string }) => b.text === 'Dear readers,');
    expect(appeal).toMatchObject({ verdict: 'drop', kind: 'donation' });
  });
});

describe('bad usage', () => {
  it('names an unknown pipeline and exits 2', () => {
    const result = winnow(['run', 'seeds', '--pipeline', 'no-such-pipeline', '--out', tempDir()]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('pipeline "no-such-pipeline" not found');
  });

  it('reports an input that does not exist and exits 1', () => {
    const out = tempDir();
    const result = winnow(['run', 'seeds', 'no/such/file.html', '--out', out, '--log-level', 'silent']);
    expect(result.status).toBe(1);
    const summary = JSON.parse(readFileSync(path.join(out, 'run.json'), 'utf8'));
    expect(summary.failures).toEqual([{ path: 'no/such/file.html', stage: 'read', reason: 'no such file or folder' }]);
    expect(readRecords(out)).toHaveLength(2);
  });

  it('documents every flag in --help', () => {
    const help = winnow(['run', '--help']).stdout;
    for (const flag of ['--out', '--pipeline', '--no-dedupe', '--concurrency', '--include', '--exclude', '--log-level']) expect(help).toContain(flag);
  });
});

describe('a document with no article', () => {
  it('is excluded with its reason, writes no record, and is not an error', () => {
    const dir = tempDir();
    const menu = ['# Millbrook Courier', '', '- [Home](https://millbrook.example/)', '- [News](https://millbrook.example/news)', '- [Sport](https://millbrook.example/sport)', '- [Weather](https://millbrook.example/weather)', '', 'Sign in | Subscribe', ''].join('\n');
    writeFileSync(path.join(dir, 'menu.md'), menu);
    copyFileSync(path.join(REPO, 'seeds', '000_ca8e71d551259f98.txt'), path.join(dir, 'article.txt'));
    const out = tempDir();
    const result = winnow(['run', dir, '--out', out, '--log-level', 'silent']);
    expect(result.status, result.stderr).toBe(0);
    const summary = JSON.parse(readFileSync(path.join(out, 'run.json'), 'utf8'));
    expect(summary.excluded).toEqual([{ path: expect.stringMatching(/menu\.md$/), stage: 'normalize', reason: 'no article text found' }]);
    expect(summary.failures).toEqual([]);
    expect(readRecords(out).map((r) => path.basename(r.sources[0]!.path))).toEqual(['article.txt']);
  });
});
