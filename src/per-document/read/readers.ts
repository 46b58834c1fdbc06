/** Every reader winnow knows, most specific first; the file reader takes the rest. */
import { fileReader } from './file-reader.js';
import { jsonlReader } from './jsonl-reader.js';
import type { Reader } from './reader.js';
import { stdinReader } from './stdin-reader.js';
import { warcReader } from './warc-reader.js';

export const READERS: readonly Reader[] = [stdinReader, jsonlReader, warcReader, fileReader];

export function readerFor(path: string): Reader {
  return READERS.find((reader) => reader.accepts(path)) ?? fileReader;
}
