/**
 * WARC files (`.warc`, `.warc.gz`), read with warcio: every `response` record with an HTML
 * content type is a document, its target URI the `url` hint and the charset of its HTTP
 * `Content-Type` the declared charset. Other records are skipped; a response with no body
 * fails itself, a truncated file fails the rest of it.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { newDoc, type Doc, type SourceRef } from '../../core/document.js';
import { sha256Hex } from '../../core/hash.js';
import { offerMetadata } from '../../core/metadata.js';
import { reasonOf } from '../../core/messages.js';
import { displayPath, failedAt, failedDoc, unreadable } from './file-reader.js';
import type { ReadLimits, Reader } from './reader.js';

const WARC_NAME = /\.warc(?:\.gz)?$/i;
const HTML_TYPE = /\b(?:text\/html|application\/xhtml\+xml)\b/i;
const STAGE = 'read';

/** `text/html; charset="ISO-8859-1"` → `ISO-8859-1`. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1];
}

export async function* readWarc(chunks: AsyncIterable<Uint8Array>, path: string, limits: ReadLimits): AsyncGenerator<Doc> {
  // Loaded with the first WARC file: every run imports the readers, few read WARC.
  const { WARCParser } = await import('warcio');
  const parser = new WARCParser(chunks);
  let offset = 0;
  try {
    for (;;) {
      const record = await parser.parse();
      if (!record) break;
      offset = parser.offset;
      if (record.warcType !== 'response') continue;
      const contentType = record.httpHeaders?.headers.get('content-type') ?? null;
      if (!HTML_TYPE.test(contentType ?? '')) continue;
      const source: SourceRef = { path, origin: { kind: 'warc', offset }, sha256: '', bytes: 0 };
      const url = record.warcTargetURI ?? undefined;
      if (record.warcContentLength > limits.maxBytes) {
        yield failedDoc({ ...source, bytes: record.warcContentLength }, STAGE, `WARC record is ${record.warcContentLength} bytes, over the limit of ${limits.maxBytes}`);
        continue;
      }
      const body = await record.readFully(true);
      if (!body.length) {
        yield failedDoc(source, STAGE, `WARC response record${url ? ` for ${url}` : ''} has no body`);
        continue;
      }
      const doc = newDoc({ ...source, sha256: sha256Hex(body), bytes: body.length }, body, { declaredCharset: charsetOf(contentType) });
      offerMetadata(doc, 'url', url, 'hint');
      yield doc;
    }
  } catch (error) {
    const reason = reasonOf(error);
    yield failedAt(path, { kind: 'warc', offset }, STAGE, `cannot read WARC past offset ${offset}: ${reason}`);
  }
}

export const warcReader: Reader = {
  name: 'warc',
  accepts: (file) => WARC_NAME.test(file),
  async *read(file, limits) {
    const path = displayPath(file);
    const cannotOpen = await unreadable(file);
    if (cannotOpen) {
      yield failedAt(path, { kind: 'warc' }, STAGE, cannotOpen);
      return;
    }
    if (!/\.gz$/i.test(file)) {
      yield* readWarc(createReadStream(file), path, limits);
      return;
    }
    // warcio stops quietly at a truncated gzip member: check the gzip stream alongside it.
    const check = gzipCheck();
    let readError: unknown;
    let last: Doc | undefined;
    for await (const doc of readWarc(check.tee(createReadStream(file), (e) => (readError = e)), path, limits)) {
      if (last) yield last;
      last = doc;
    }
    const problem = readError ? reasonOf(readError) : await check.result();
    if (last && !(problem && last.failure)) yield last;
    if (problem) {
      yield failedAt(path, { kind: 'warc', offset: last?.source.origin.offset ?? 0 }, STAGE, `truncated or corrupt gzip: ${problem}`);
    }
  },
};

/** Feeds the raw bytes to a gunzip whose output is discarded; `result()` is its error, if any. */
function gzipCheck() {
  const gunzip = createGunzip();
  let error: string | undefined;
  gunzip.on('error', (e) => (error ??= reasonOf(e)));
  gunzip.resume();
  return {
    async *tee(source: AsyncIterable<Uint8Array>, onError: (e: unknown) => void): AsyncGenerator<Uint8Array> {
      try {
        for await (const chunk of source) {
          if (!error) gunzip.write(chunk);
          yield chunk;
        }
      } catch (e) {
        onError(e);
      }
    },
    result(): Promise<string | undefined> {
      if (error) return Promise.resolve(error);
      return new Promise((resolve) => {
        gunzip.once('error', () => resolve(error));
        gunzip.once('end', () => resolve(error));
        gunzip.end();
      });
    },
  };
}
