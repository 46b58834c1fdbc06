/**
 * How documents are kept in the state: JSON, deflated (level 1: documents are written once
 * per extraction and read back by the batch, so speed matters more than the last bytes).
 * Packing happens where the document is extracted (a worker thread), so the main thread
 * only moves the bytes into SQLite.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export const packDoc = (value: unknown): Buffer => deflateRawSync(Buffer.from(JSON.stringify(value)), { level: 1 });
export const unpackDoc = <T>(blob: Uint8Array): T => JSON.parse(inflateRawSync(blob).toString('utf8')) as T;
