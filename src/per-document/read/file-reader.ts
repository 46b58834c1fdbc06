/** One file, one document: HTML, Markdown or text, whatever its extension says. */
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { newDoc, type Doc, type Origin, type SourceRef } from '../../core/document.js';
import { sha256Hex } from '../../core/hash.js';
import { reasonOf } from '../../core/messages.js';
import type { ReadLimits, Reader } from './reader.js';

/** How a path is written in records: relative to the working folder when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return (relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.resolve(file)).split(path.sep).join('/');
}

export function failedDoc(source: SourceRef, stage: string, reason: string): Doc {
  return newDoc(source, undefined, { failure: { stage, reason } });
}

/** A failed document for a place in a container that gave no bytes (a line, a record, the file itself). */
export function failedAt(path: string, origin: Origin, stage: string, reason: string): Doc {
  return failedDoc({ path, origin, sha256: '', bytes: 0 }, stage, reason);
}

/** Why a container file cannot be read, or undefined when it can be opened. */
export async function unreadable(file: string): Promise<string | undefined> {
  try {
    await stat(file);
    return undefined;
  } catch (error) {
    return `cannot read: ${reasonOf(error)}`;
  }
}

export async function readFileDoc(file: string, limits: ReadLimits): Promise<Doc> {
  const source: SourceRef = { path: displayPath(file), origin: { kind: 'file' }, sha256: '', bytes: 0 };
  try {
    const info = await stat(file);
    source.bytes = info.size;
    if (info.size > limits.maxBytes) return failedDoc(source, 'read', `file is ${info.size} bytes, over the limit of ${limits.maxBytes}`);
    if (info.size === 0) return failedDoc(source, 'read', 'empty file');
    const handle = await open(file, 'r');
    try {
      const bytes = new Uint8Array(await handle.readFile());
      return newDoc({ ...source, sha256: sha256Hex(bytes), bytes: bytes.length }, bytes);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return failedDoc(source, 'read', `cannot read: ${reasonOf(error)}`);
  }
}

export const fileReader: Reader = {
  name: 'file',
  accepts: () => true,
  async *read(file, limits) {
    yield await readFileDoc(file, limits);
  },
};
