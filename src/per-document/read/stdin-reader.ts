/**
 * Standard input (`-`): one document, or a JSON Lines dump when the first line is a JSON
 * object with an `html`, `markdown` or `text` field (crawlers pipe those).
 */
import { newDoc, type Doc } from '../../core/document.js';
import { sha256Hex } from '../../core/hash.js';
import { reasonOf } from '../../core/messages.js';
import { failedDoc } from './file-reader.js';
import { readJsonLines } from './jsonl-reader.js';
import type { ReadLimits, Reader } from './reader.js';

export const STDIN_PATH = '-';

function looksLikeJsonLines(bytes: Buffer): boolean {
  const end = bytes.indexOf(0x0a);
  const first = bytes.subarray(0, end < 0 ? bytes.length : end).toString('utf8').trim();
  if (!first.startsWith('{')) return false;
  try {
    const value = JSON.parse(first) as Record<string, unknown>;
    return ['html', 'markdown', 'text'].some((k) => typeof value[k] === 'string');
  } catch {
    return false;
  }
}

export async function* readStream(stream: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, limits: ReadLimits): AsyncGenerator<Doc> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      chunks.push(Buffer.from(chunk));
      size += chunk.length;
    }
  } catch (error) {
    yield failedDoc({ path: STDIN_PATH, origin: { kind: 'stdin' }, sha256: '', bytes: size }, 'read', `cannot read standard input: ${reasonOf(error)}`);
    return;
  }
  const bytes = Buffer.concat(chunks);
  if (looksLikeJsonLines(bytes)) {
    yield* readJsonLines([bytes], STDIN_PATH, limits);
    return;
  }
  const source = { path: STDIN_PATH, origin: { kind: 'stdin' as const }, sha256: sha256Hex(bytes), bytes: bytes.length };
  if (!bytes.length) yield failedDoc(source, 'read', 'standard input is empty');
  else if (bytes.length > limits.maxBytes) yield failedDoc(source, 'read', `standard input is ${bytes.length} bytes, over the limit of ${limits.maxBytes}`);
  else yield newDoc(source, new Uint8Array(bytes));
}

export const stdinReader: Reader = {
  name: 'stdin',
  accepts: (file) => file === STDIN_PATH,
  read: (_file, limits) => readStream(process.stdin, limits),
};
