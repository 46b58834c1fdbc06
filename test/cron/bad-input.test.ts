/**
 * Bad input through the real CLI: a broken JSON line, a truncated .jsonl.gz, a WARC response
 * with no body, a binary file, a file over the size limit, a missing input, and documents
 * over the time limit. Each is listed in run.json with its reason, the rest is written, and
 * the exit code is 1.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRecords, tempDir } from '../helpers/cli.js';
import { benchIds, readJson, requireBench, TRAF } from '../state/fixtures.js';
import { runSync, snapshotCli } from './process.js';

const snap = snapshotCli();

describe('bad input', () => {
  let input: string;
  let pages: string[];
  beforeAll(async () => {
    requireBench();
    input = path.join(tempDir(), 'in');
    mkdirSync(input, { recursive: true });
    const ids = benchIds().slice(0, 6);
    pages = ids.map((id) => readFileSync(path.join(TRAF, 'html', `${id}.html`), 'utf8'));
    copyFileSync(path.join(TRAF, 'html', `${ids[0]}.html`), path.join(input, 'good.html'));
    const line = (i: number) => JSON.stringify({ url: `https://example.org/a${i}`, html: pages[i], title: `Hint ${i}` });
    writeFileSync(path.join(input, 'dump.jsonl'), `${line(1)}\n{"url": "https://example.org/broken", "html": "<p>cut\n${line(2)}\n`);
    const gz = gzipSync(`${line(3)}\n${line(4)}\n${line(5)}\n`);
    writeFileSync(path.join(input, 'cut.jsonl.gz'), gz.subarray(0, gz.length - 30));
    const empty = WARCRecord.create(
      { url: 'https://example.org/empty', type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'text/html' }, statusline: 'HTTP/1.1 200 OK' },
      (async function* () {})(),
    );
    writeFileSync(path.join(input, 'crawl.warc'), await WARCSerializer.serialize(empty));
    writeFileSync(path.join(input, 'image.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(path.join(input, 'huge.html'), `<html><body>${'<p>filler text</p>'.repeat(70_000)}</body></html>`);
  });

  it('lists every bad input with its reason, writes the rest, exits 1', () => {
    const out = path.join(tempDir(), 'out');
    const pipeline = path.join(path.dirname(out), 'small.yaml');
    writeFileSync(pipeline, readFileSync(snap.pipeline, 'utf8').replace(/maxBytes: \d+/, 'maxBytes: 1000000').replace(/(packs|sites): \[(\w+)\]/g, (_m, k, v) => `${k}: [${path.join(path.dirname(snap.pipeline), v)}]`));
    const result = runSync(snap.cli, [input, path.join(input, 'missing.html'), '--out', out, '--pipeline', pipeline, '--log-level', 'warn']);
    expect(result.status, result.stderr).toBe(1);
    const summary = readJson(path.join(out, 'run.json'));
    const reasons = (summary.failures as { path: string; line?: number; offset?: number; stage: string; reason: string }[]).map((f) => `${path.basename(f.path)}${f.line ? `:${f.line}` : ''} ${f.stage}: ${f.reason}`);
    const expectOne = (pattern: RegExp) => expect(reasons.filter((r) => pattern.test(r)), `${pattern} in\n${reasons.join('\n')}`).toHaveLength(1);
    expectOne(/^dump\.jsonl:2 read: not valid JSON/);
    expectOne(/^cut\.jsonl\.gz:\d read: truncated gzip/);
    expectOne(/^crawl\.warc read: WARC response record for https:\/\/example\.org\/empty has no body/);
    expectOne(/^image\.html decode: binary file/);
    expectOne(/^huge\.html read: file is \d+ bytes, over the limit of 1000000/);
    expectOne(/^missing\.html read: no such file/);
    expect(reasons).toHaveLength(6);
    // The good ones are records, with their hints.
    const records = readRecords(out);
    const urls = records.map((r) => r.url);
    for (const url of ['https://example.org/a1', 'https://example.org/a2']) expect(urls).toContain(url);
    expect(records.find((r) => r.url === 'https://example.org/a1')!.title).toBe('Hint 1');
    expect(records.some((r) => r.sources.some((s) => s.path.endsWith('good.html')))).toBe(true);
    expect(summary.inputs.failed).toBe(6);
  });

  it('fails documents over the time limit with the reason, and exits 1', () => {
    const out = path.join(tempDir(), 'out');
    const pipeline = path.join(path.dirname(out), 'slow.yaml');
    // 1 ms is far less than parsing a real page takes: every page is over the limit.
    writeFileSync(pipeline, readFileSync(snap.pipeline, 'utf8').replace(/timeoutMs: \d+/, 'timeoutMs: 1').replace(/(packs|sites): \[(\w+)\]/g, (_m, k, v) => `${k}: [${path.join(path.dirname(snap.pipeline), v)}]`));
    const result = runSync(snap.cli, [path.join(input, 'good.html'), '--out', out, '--pipeline', pipeline, '--log-level', 'warn']);
    expect(result.status, result.stderr).toBe(1);
    const summary = readJson(path.join(out, 'run.json'));
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0].reason).toMatch(/over the time limit of 1 ms/);
  });

  it('stops at once on a bad rule pack, in worker threads as in this one: exit 2, the pack and rule named, no run.json', () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'rules', 'en'), { recursive: true });
    writeFileSync(path.join(root, 'rules', 'en', 'donation.yaml'), 'rules:\n  - name: unclosed\n    patterns: ["(support us"]\n');
    const pipeline = path.join(root, 'bad.yaml');
    writeFileSync(pipeline, 'name: bad\nrules:\n  packs: [rules]\nsites: []\n');
    for (const concurrency of ['1', '2']) {
      const out = path.join(root, `out-${concurrency}`);
      const result = runSync(snap.cli, [path.join(input, 'good.html'), '--out', out, '--pipeline', pipeline, '--concurrency', concurrency, '--log-level', 'warn']);
      expect(result.status, result.stderr).toBe(2);
      expect(result.stderr).toMatch(/donation\.yaml: rule "unclosed": bad pattern/);
      expect(existsSync(path.join(out, 'run.json'))).toBe(false);
    }
  });
});
