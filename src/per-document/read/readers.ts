/** Every reader winnow knows, most specific first; the file reader takes the rest. */
import { fileReader } from './file-reader.js';
import type { Reader } from './reader.js';

export const READERS: readonly Reader[] = [fileReader];

export function readerFor(path: string): Reader {
  return READERS.find((reader) => reader.accepts(path)) ?? fileReader;
}
