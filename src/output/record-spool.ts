/**
 * A spool for serialised records: the batch builds each record once, in cluster order, and
 * writes it in id order. Between the two the record's bytes wait here, in a temporary file
 * beside the output (removed at the end, or by the next run's stale-temp sweep), so memory
 * holds offsets, not texts.
 */
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';

export interface SpoolEntry {
  offset: number;
  /** Byte lengths of the parts, in the order they were appended. */
  lengths: number[];
}

export class RecordSpool {
  private readonly fd: number;
  private size = 0;

  constructor(readonly file: string) {
    this.fd = openSync(file, 'w+');
  }

  append(parts: readonly string[]): SpoolEntry {
    const buffers = parts.map((p) => Buffer.from(p, 'utf8'));
    const entry = { offset: this.size, lengths: buffers.map((b) => b.length) };
    for (const b of buffers) this.size += writeSync(this.fd, b, 0, b.length, this.size);
    return entry;
  }

  read(entry: SpoolEntry): string[] {
    const total = entry.lengths.reduce((a, b) => a + b, 0);
    const buffer = Buffer.allocUnsafe(total);
    let done = 0;
    while (done < total) done += readSync(this.fd, buffer, done, total - done, entry.offset + done);
    let at = 0;
    return entry.lengths.map((n) => buffer.toString('utf8', at, (at += n)));
  }

  /** Closes and removes the spool file. */
  dispose(): void {
    closeSync(this.fd);
    unlinkSync(this.file);
  }
}
