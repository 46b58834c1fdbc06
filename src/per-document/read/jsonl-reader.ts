/**
 * JSON Lines dumps (`.jsonl`, `.ndjson`, optionally gzipped): one document per line, an
 * object with `url` and one of `html`, `markdown`, `text`, plus optional metadata fields
 * (`title`, `byline`, `published`, `site`, `language`) that win over extracted ones.
 * A broken line fails only itself; a truncated gzip fails the rest of the file.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { newDoc, type Doc, type Format, type Origin, type SourceRef } from '../../core/document.js';
import { sha256Hex } from '../../core/hash.js';
import { offerMetadata } from '../../core/metadata.js';
import { message, reasonOf } from '../../core/messages.js';
import { normalizeDate } from '../../core/dates.js';
import { displayPath, failedAt, failedDoc, unreadable } from './file-reader.js';
import type { ReadLimits, Reader } from './reader.js';

const JSONL_NAME = /\.(?:jsonl|ndjson)(?:\.gz)?$/i;
const FORMATS: Format[] = ['html', 'markdown', 'text'];
const STAGE = 'read';

/** Splits a byte stream into lines (LF or CRLF), yielding each with its 1-based number. */
export async function* splitLines(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<{ line: number; bytes: Buffer }> {
  let pending: Buffer[] = [];
  let line = 0;
  for await (const chunk of chunks) {
    let buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let nl: number;
    while ((nl = buf.indexOf(0x0a)) >= 0) {
      pending.push(buf.subarray(0, nl));
      const whole = Buffer.concat(pending);
      pending = [];
      line++;
      yield { line, bytes: whole.length && whole[whole.length - 1] === 0x0d ? whole.subarray(0, -1) : whole };
      buf = buf.subarray(nl + 1);
    }
    if (buf.length) pending.push(Buffer.from(buf));
  }
  const rest = Buffer.concat(pending);
  if (rest.length) yield { line: line + 1, bytes: rest };
}

/** One JSON Lines object as a document: content, declared format and metadata hints. */
export function jsonLineDoc(bytes: Uint8Array, base: { path: string; origin: Origin }, limits: ReadLimits): Doc {
  const source: SourceRef = { path: base.path, origin: base.origin, sha256: sha256Hex(bytes), bytes: bytes.length };
  if (bytes.length > limits.maxBytes) return failedDoc(source, STAGE, `line is ${bytes.length} bytes, over the limit of ${limits.maxBytes}`);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (error) {
    return failedDoc(source, STAGE, `not valid JSON: ${reasonOf(error)}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return failedDoc(source, STAGE, 'line is not a JSON object');
  const object = value as Record<string, unknown>;
  const format = FORMATS.find((f) => typeof object[f] === 'string' && (object[f] as string).trim() !== '');
  if (!format) return failedDoc(source, STAGE, 'no "html", "markdown" or "text" field with content');
  const doc = newDoc(source, undefined, { content: object[format] as string, declaredFormat: format });
  const str = (key: string) => (typeof object[key] === 'string' ? (object[key] as string) : undefined);
  if (str('url')) offerMetadata(doc, 'url', str('url'), 'hint');
  else doc.messages.push(message('warn', STAGE, 'line has no "url"'));
  offerMetadata(doc, 'title', str('title'), 'hint');
  offerMetadata(doc, 'byline', str('byline'), 'hint');
  offerMetadata(doc, 'site', str('site'), 'hint');
  offerMetadata(doc, 'language', str('language'), 'hint');
  const published = str('published');
  if (published) {
    const iso = normalizeDate(published);
    if (iso) offerMetadata(doc, 'published', iso, 'hint');
    else doc.messages.push(message('warn', STAGE, `"published" value "${published.slice(0, 40)}" is not a date; ignored`));
  }
  return doc;
}

/** A file's byte stream, gunzipped when the name ends in `.gz`; errors of either end reach the reader. */
export function openMaybeGzip(file: string): AsyncIterable<Uint8Array> {
  const source = createReadStream(file);
  if (!/\.gz$/i.test(file)) return source;
  const gunzip = createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  return source.pipe(gunzip);
}

/** Lines of a JSON Lines stream as documents; a stream error yields one failed document and stops. */
export async function* readJsonLines(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, path: string, limits: ReadLimits): AsyncGenerator<Doc> {
  let last = 0;
  try {
    for await (const { line, bytes } of splitLines(chunks)) {
      last = line;
      if (!bytes.toString('utf8').trim()) continue;
      yield jsonLineDoc(bytes, { path, origin: { kind: 'jsonl', line } }, limits);
    }
  } catch (error) {
    const reason = reasonOf(error);
    const what = /unexpected end of file/i.test(reason) ? 'truncated gzip' : 'cannot read';
    yield failedAt(path, { kind: 'jsonl', line: last + 1 }, STAGE, `${what}: ${reason} (after line ${last})`);
  }
}

export const jsonlReader: Reader = {
  name: 'jsonl',
  accepts: (file) => JSONL_NAME.test(file),
  async *read(file, limits) {
    const path = displayPath(file);
    const problem = await unreadable(file);
    if (problem) {
      yield failedAt(path, { kind: 'jsonl' }, STAGE, problem);
      return;
    }
    yield* readJsonLines(openMaybeGzip(file), path, limits);
  },
};
