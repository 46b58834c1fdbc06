/**
 * Files appear whole or not at all: write a temporary sibling, flush it, rename it over.
 * `durable: false` skips the fsync (the rename stays atomic against a killed process; only a
 * power loss can leave the file short): for files rebuilt from the state on the next run,
 * such as record files, where an fsync each would cost more than the whole record's work.
 */
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

const TEMP_NAME = /\.\d+\.tmp$/;

/** The temporary sibling a writer fills before the rename (`<name>.<pid>.tmp`, what removeStaleTemps looks for). */
const tempFileOf = (file: string) => `${file}.${process.pid}.tmp`;

export function writeFileAtomic(file: string, data: string | Uint8Array, options: { durable?: boolean } = {}): void {
  const temp = tempFileOf(file);
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    if (options.durable !== false) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}

/** A file written piece by piece that appears whole or not at all: `commit` flushes and renames it over, `abort` drops it. */
export interface AtomicFileWriter {
  write(text: string): void;
  commit(): void;
  abort(): void;
}

/** How much text is gathered before a write: a feed of a million short lines is a few hundred writes, not a million. */
const WRITE_CHUNK = 1 << 16;

export function openFileAtomic(file: string, options: { durable?: boolean } = {}): AtomicFileWriter {
  const temp = tempFileOf(file);
  const fd = openSync(temp, 'w');
  let pending: string[] = [];
  let pendingLength = 0;
  let open = true;
  const flush = () => {
    if (pendingLength) writeSync(fd, Buffer.from(pending.join(''), 'utf8'));
    pending = [];
    pendingLength = 0;
  };
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write(text) {
      pending.push(text);
      pendingLength += text.length;
      if (pendingLength >= WRITE_CHUNK) flush();
    },
    commit() {
      try {
        flush();
        if (options.durable !== false) fsyncSync(fd);
      } finally {
        close();
      }
      renameSync(temp, file);
    },
    abort() {
      close();
      if (existsSync(temp)) unlinkSync(temp);
    },
  };
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
