/**
 * Files appear whole or not at all: write a temporary sibling, flush it, rename it over.
 * `durable: false` skips the fsync (the rename stays atomic against a killed process; only a
 * power loss can leave the file short): for files rebuilt from the state on the next run,
 * such as record files, where an fsync each would cost more than the whole record's work.
 */
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

const TEMP_NAME = /\.\d+\.tmp$/;

export function writeFileAtomic(file: string, data: string | Uint8Array, options: { durable?: boolean } = {}): void {
  const temp = `${file}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    if (options.durable !== false) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}

/** Removes the temporary files a killed writer left behind in these folders (`<name>.<pid>.tmp`); returns how many. */
export function removeStaleTemps(dirs: readonly string[]): number {
  let removed = 0;
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (TEMP_NAME.test(name)) {
        unlinkSync(path.join(dir, name));
        removed++;
      }
    }
  }
  return removed;
}
