/**
 * The JSON Lines, WARC and stdin readers on real small files written here (warcio writes the
 * WARC files), with real pages from the bench when present, else the seeds.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { afterAll, describe, expect, it } from 'vitest';
import type { Doc } from '../../src/core/document.js';
import { jsonlReader } from '../../src/per-document/read/jsonl-reader.js';
import { readerFor } from '../../src/per-document/read/readers.js';
import { readStream } from '../../src/per-document/read/stdin-reader.js';
import { charsetOf, warcReader } from '../../src/per-document/read/warc-reader.js';
import iconv from 'iconv-lite';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'winnow-read-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const LIMITS = { maxBytes: 10 * 1024 * 1024 };

const SEEDS = path.resolve('seeds');
const seedText = readFileSync(path.join(SEEDS, readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()[0]!), 'utf8');
const PAGE = '<!DOCTYPE html><html><head><title>Stadtrat</title></head><body><article><h1>Stadtrat beschließt Haushalt</h1><p>Die Bürgermeisterin äußerte sich am Dienstag zu den Kosten.</p></article></body></html>';

async function all(iter: AsyncIterable<Doc>): Promise<Doc[]> {
  const out: Doc[] = [];
  for await (const doc of iter) out.push(doc);
  return out;
}

async function warcFile(name: string, records: WARCRecord[], gzip: boolean): Promise<string> {
  const parts: Uint8Array[] = [];
  for (const record of records) parts.push(await WARCSerializer.serialize(record, { gzip }));
  const file = path.join(tmp, name);
  writeFileSync(file, Buffer.concat(parts));
  return file;
}

function response(url: string, contentType: string, body: Uint8Array): WARCRecord {
  return WARCRecord.create(
    { url, type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': contentType }, statusline: 'HTTP/1.1 200 OK' },
    (async function* () {
      yield body;
    })(),
  );
}

describe('readerFor', () => {
  it('picks the reader by name', () => {
    expect(readerFor('a/b.jsonl').name).toBe('jsonl');
    expect(readerFor('a/b.JSONL.gz').name).toBe('jsonl');
    expect(readerFor('a/b.warc').name).toBe('warc');
    expect(readerFor('a/b.warc.gz').name).toBe('warc');
    expect(readerFor('-').name).toBe('stdin');
    expect(readerFor('a/b.html').name).toBe('file');
  });
});

describe('JSON Lines reader', () => {
  const lines = [
    JSON.stringify({ url: 'https://example.org/a', html: PAGE, title: 'Hint title', published: '2024-03-05T10:00:00Z', language: 'de', site: 'Example' }),
    '',
    '{"url": "https://example.org/broken", "html": "<p>cut',
    JSON.stringify({ url: 'https://example.org/b', markdown: seedText, byline: 'Jane Doe', published: 'not a date at all' }),
    JSON.stringify({ url: 'https://example.org/c' }),
    JSON.stringify(['not', 'an', 'object']),
    JSON.stringify({ text: 'plain text without url' }),
  ];
  const text = `${lines.join('\r\n')}\n`;

  for (const gz of [false, true]) {
    it(`reads every line, failing only broken ones${gz ? ' (gzipped)' : ''}`, async () => {
      const file = path.join(tmp, gz ? 'dump.jsonl.gz' : 'dump.jsonl');
      writeFileSync(file, gz ? gzipSync(text) : text);
      const docs = await all(jsonlReader.read(file, LIMITS));
      expect(docs.map((d) => d.source.origin)).toEqual([1, 3, 4, 5, 6, 7].map((line) => ({ kind: 'jsonl', line })));
      const [a, broken, b, noContent, notObject, plain] = docs as [Doc, Doc, Doc, Doc, Doc, Doc];
      expect(a.failure).toBeUndefined();
      expect(a.content).toBe(PAGE);
      expect(a.declaredFormat).toBe('html');
      expect(a.meta).toEqual({ url: 'https://example.org/a', title: 'Hint title', published: '2024-03-05T10:00:00Z', language: 'de', site: 'Example' });
      expect(Object.values(a.metaOrigin).every((o) => o === 'hint')).toBe(true);
      expect(a.source.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(a.source.bytes).toBe(Buffer.byteLength(lines[0]!));
      expect(broken.failure?.reason).toMatch(/^not valid JSON/);
      expect(b.declaredFormat).toBe('markdown');
      expect(b.meta.byline).toBe('Jane Doe');
      expect(b.meta.published).toBeUndefined();
      expect(b.messages.some((m) => m.reason.includes('not a date'))).toBe(true);
      expect(noContent.failure?.reason).toMatch(/no "html", "markdown" or "text"/);
      expect(notObject.failure?.reason).toBe('line is not a JSON object');
      expect(plain.failure).toBeUndefined();
      expect(plain.declaredFormat).toBe('text');
      expect(plain.messages.some((m) => m.reason.includes('no "url"'))).toBe(true);
      expect(docs.every((d) => d.source.path.endsWith(gz ? 'dump.jsonl.gz' : 'dump.jsonl'))).toBe(true);
    });
  }

  it('reports a truncated gzip after the lines it could read', async () => {
    const body = Array.from({ length: 200 }, (_, i) => JSON.stringify({ url: `https://example.org/${i}`, markdown: seedText })).join('\n');
    const gz = gzipSync(body);
    const file = path.join(tmp, 'cut.jsonl.gz');
    writeFileSync(file, gz.subarray(0, Math.floor(gz.length * 0.6)));
    const docs = await all(jsonlReader.read(file, LIMITS));
    const last = docs.at(-1)!;
    expect(last.failure?.reason).toMatch(/^truncated gzip/);
    expect(docs.length).toBeGreaterThan(1);
    expect(docs.length).toBeLessThan(200);
    expect(docs.slice(0, -1).every((d) => !d.failure)).toBe(true);
  });

  it('fails a line over the size limit and a missing file', async () => {
    const file = path.join(tmp, 'big.jsonl');
    writeFileSync(file, `${JSON.stringify({ url: 'u', text: 'x'.repeat(2000) })}\n`);
    const [doc] = await all(jsonlReader.read(file, { maxBytes: 1000 }));
    expect(doc!.failure?.reason).toMatch(/over the limit of 1000/);
    const [missing] = await all(jsonlReader.read(path.join(tmp, 'nope.jsonl'), LIMITS));
    expect(missing!.failure?.reason).toMatch(/^cannot read/);
  });
});

describe('WARC reader', () => {
  for (const gzip of [false, true]) {
    it(`takes HTML responses with URL and charset${gzip ? ' (gzipped)' : ''}`, async () => {
      const latin = iconv.encode(PAGE, 'iso-8859-1');
      const file = await warcFile(gzip ? 'crawl.warc.gz' : 'crawl.warc', [
        WARCRecord.createWARCInfo({ filename: 'crawl.warc', warcVersion: 'WARC/1.1' }, { software: 'test' }),
        WARCRecord.create({ url: 'https://example.org/a', type: 'request', warcVersion: 'WARC/1.1', httpHeaders: {}, statusline: 'GET /a HTTP/1.1' }),
        response('https://example.org/a', 'text/html; charset=ISO-8859-1', latin),
        response('https://example.org/img.png', 'image/png', new Uint8Array([137, 80, 78, 71])),
        response('https://example.org/empty', 'text/html', new Uint8Array()),
        response('https://example.org/b', 'application/xhtml+xml', Buffer.from(PAGE)),
      ], gzip);
      const docs = await all(warcReader.read(file, LIMITS));
      expect(docs).toHaveLength(3);
      const [a, empty, b] = docs as [Doc, Doc, Doc];
      expect(a.failure).toBeUndefined();
      expect(a.meta.url).toBe('https://example.org/a');
      expect(a.metaOrigin.url).toBe('hint');
      expect(a.declaredCharset).toBe('ISO-8859-1');
      expect(Buffer.from(a.raw!).equals(latin)).toBe(true);
      expect(a.source.origin.kind).toBe('warc');
      expect(a.source.origin.offset).toBeGreaterThan(0);
      expect(empty.failure?.reason).toMatch(/has no body/);
      expect(b.meta.url).toBe('https://example.org/b');
      expect(b.declaredCharset).toBeUndefined();
      const offsets = docs.map((d) => d.source.origin.offset!);
      expect([...offsets].sort((x, y) => x - y)).toEqual(offsets);
      expect(new Set(offsets).size).toBe(3);
    });
  }

  it('fails the rest of a truncated WARC.gz', async () => {
    const records = Array.from({ length: 20 }, (_, i) => response(`https://example.org/${i}`, 'text/html', Buffer.from(PAGE.replace('Haushalt', `Haushalt ${i}`))));
    const file = await warcFile('whole.warc.gz', records, true);
    const bytes = readFileSync(file);
    const cut = path.join(tmp, 'cut.warc.gz');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.5)));
    const docs = await all(warcReader.read(cut, LIMITS));
    expect(docs.at(-1)!.failure?.reason).toMatch(/^truncated or corrupt gzip/);
    expect(docs.length).toBeLessThan(21);
    expect(docs.slice(0, -1).every((d) => !d.failure)).toBe(true);
  });

  it('reads the charset of a Content-Type', () => {
    expect(charsetOf('text/html; charset="windows-1251"')).toBe('windows-1251');
    expect(charsetOf('text/html;charset=utf-8')).toBe('utf-8');
    expect(charsetOf('text/html')).toBeUndefined();
  });
});

describe('stdin reader', () => {
  it('reads one document', async () => {
    const docs = await all(readStream([Buffer.from(PAGE)], LIMITS));
    expect(docs).toHaveLength(1);
    expect(docs[0]!.source).toMatchObject({ path: '-', origin: { kind: 'stdin' }, bytes: Buffer.byteLength(PAGE) });
  });
  it('reads JSON Lines piped in', async () => {
    const input = [JSON.stringify({ url: 'https://example.org/a', html: PAGE }), JSON.stringify({ url: 'https://example.org/b', text: seedText })].join('\n');
    const docs = await all(readStream([Buffer.from(input.slice(0, 50)), Buffer.from(input.slice(50))], LIMITS));
    expect(docs.map((d) => [d.source.path, d.source.origin.line, d.meta.url])).toEqual([
      ['-', 1, 'https://example.org/a'],
      ['-', 2, 'https://example.org/b'],
    ]);
  });
  it('fails empty input', async () => {
    const docs = await all(readStream([], LIMITS));
    expect(docs[0]!.failure?.reason).toBe('standard input is empty');
  });
});
