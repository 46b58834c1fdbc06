/**
 * The state bookkeeping of a run: checkpoints flushed as the map goes, which stored inputs
 * are gone or carried over once it is done, and the briefs of the stored documents that
 * join the batch (unchanged files, inputs outside this run's arguments).
 */
import path from 'node:path';
import type { BatchTable } from '../batch/batch-table.js';
import { displayPath } from '../per-document/read/file-reader.js';
import { STDIN_PATH } from '../per-document/read/stdin-reader.js';
import type { StateStore } from '../state/store.js';

/** A container's state name: the absolute path of an input file (standard input stays as it is). */
export const absOf = (file: string) => (file === STDIN_PATH ? STDIN_PATH : path.resolve(file));
/** How a container is named in records and the summary. */
export const displayOf = (container: string) => (container === STDIN_PATH ? STDIN_PATH : displayPath(container));

/** Flush checkpoints at least this often, so a killed run loses little. */
const FLUSH_EVERY_MS = 1000;
const FLUSH_EVERY_WRITES = 200;

export class Checkpoints {
  private last = performance.now();

  constructor(private readonly state: StateStore) {}

  /** Commits the queued writes when enough of them, or enough time, went by. */
  maybeFlush(): void {
    if (this.state.pendingWrites() >= FLUSH_EVERY_WRITES || performance.now() - this.last > FLUSH_EVERY_MS) {
      this.state.flush();
      this.last = performance.now();
    }
  }
}

export interface Unseen {
  /** Inputs gone from the places this run covers. */
  gone: string[];
  /** Containers of gone inputs that this run did not see at all. */
  goneContainers: string[];
  /** Stored inputs outside this run's arguments: their records stay. */
  carried: { key: string; container: string }[];
}

/**
 * Inputs stored but not seen by this run: gone when this run covers their place (an input
 * argument that exists covers what lies under it, unless the file was not read to its
 * end), else carried over.
 */
export function unseenInputs(state: StateStore, runId: number, roots: readonly string[], seen: ReadonlySet<string>, incomplete: ReadonlySet<string>): Unseen {
  const inScope = (container: string) => roots.some((root) => container === root || container.startsWith(root.endsWith(path.sep) ? root : `${root}${path.sep}`));
  const out: Unseen = { gone: [], goneContainers: [], carried: [] };
  const goneContainers = new Set<string>();
  for (const row of state.unseenInputs(runId)) {
    if (inScope(row.container) && !incomplete.has(row.container)) {
      out.gone.push(row.key);
      if (!seen.has(row.container)) goneContainers.add(row.container);
    } else if (row.outcome === 'ok') out.carried.push(row);
  }
  out.goneContainers = [...goneContainers];
  return out;
}

/** The briefs of the documents this run read or extracted, as the map stored them. */
export function addLive(state: StateStore, keys: Iterable<string>, live: BatchTable): void {
  for (const key of keys) {
    const brief = state.brief(key);
    if (brief) live.join(key, brief);
  }
}

/** The briefs of the stored documents of unchanged files, named as this run names their files. */
export function addDeferred(state: StateStore, containers: readonly string[], live: BatchTable): void {
  for (const container of containers) {
    for (const row of state.briefsOf(container)) {
      if (row.brief) live.join(row.key, row.brief, { ...row.brief.source, path: displayOf(container) });
    }
  }
}

/** The briefs of carried inputs; returns how many joined. */
export function addCarried(state: StateStore, carried: readonly { key: string }[], live: BatchTable): number {
  let joined = 0;
  for (const row of carried) {
    const brief = state.brief(row.key);
    if (brief) {
      live.join(row.key, brief);
      joined++;
    }
  }
  return joined;
}
