/**
 * One run at a time per output folder: a proper-lockfile lock (`<out>/.winnow/run.lock`),
 * kept fresh while the run goes on. Beside it, `run.lock.json` names the holder (pid, host,
 * start), so a lock left by a run that was killed (kill -9, power loss) is taken over at
 * once when its process is gone, instead of after the lock goes stale.
 */
import { mkdirSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { writeFileAtomic } from '../output/atomic-write.js';

export class LockedError extends Error {
  override name = 'LockedError';
}

interface Owner {
  pid: number;
  host: string;
  startedAt: string;
}

const STALE_MS = 30_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): Owner | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Owner;
  } catch {
    return undefined;
  }
}

/** Locks the output folder; resolves to the release function. Throws LockedError when held. */
export async function lockOutput(outDir: string, onCompromised: (error: Error) => void = () => {}): Promise<() => Promise<void>> {
  const dir = path.join(outDir, '.winnow');
  mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, 'run.lock');
  const ownerFile = path.join(dir, 'run.lock.json');
  const options = { lockfilePath: lockPath, stale: STALE_MS, retries: 0, realpath: false, onCompromised };

  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(outDir, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    const owner = readOwner(ownerFile);
    if (owner && owner.host === os.hostname() && owner.pid !== process.pid && !alive(owner.pid)) {
      // Left by a run that was killed: take it over (once; a race loses with ELOCKED).
      rmSync(lockPath, { recursive: true, force: true });
      try {
        release = await lockfile.lock(outDir, options);
      } catch (again) {
        if ((again as NodeJS.ErrnoException).code === 'ELOCKED') throw new LockedError(`output folder ${outDir} is locked by another winnow run`);
        throw again;
      }
    } else {
      const by = owner ? ` by pid ${owner.pid} on ${owner.host} since ${owner.startedAt}` : '';
      throw new LockedError(`output folder ${outDir} is locked${by}: another winnow run is going`);
    }
  }
  writeFileAtomic(ownerFile, `${JSON.stringify({ pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() } satisfies Owner)}\n`);
  return async () => {
    try {
      unlinkSync(ownerFile);
    } catch {
      // already gone
    }
    try {
      await release();
    } catch {
      // already released (the lock was compromised and reported)
    }
  };
}
