/** Spawned CLI runs for the cron tests: real processes, killed and signalled for real. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CLI, REPO } from '../helpers/cli.js';

export interface Spawned {
  child: ChildProcess;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

export function spawnRun(args: string[], cli = CLI): Spawned {
  const child = spawn(process.execPath, [cli, 'run', ...args], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, exit };
}

/** Number of inputs checkpointed in the state (0 while it does not exist yet). */
export function storedInputs(outDir: string): number {
  const file = path.join(outDir, '.winnow', 'state.sqlite');
  if (!existsSync(file)) return 0;
  try {
    const db = new Database(file, { readonly: true, timeout: 1000 });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM inputs').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // schema not there yet
  }
}

/** Polls until `ready()` or the process exits; true when ready while it still ran. */
export async function waitFor(spawned: Spawned, ready: () => boolean, pollMs = 10): Promise<boolean> {
  let exited = false;
  void spawned.exit.then(() => (exited = true));
  for (;;) {
    if (exited) return false;
    if (ready()) return !exited;
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/**
 * A private copy of the built CLI and the pipelines, so that a rebuild or a rule edit made
 * while the test runs (the code and packs are part of the state's fingerprint) cannot change
 * the output between the runs a test compares. Kept under node_modules/.cache so that the
 * copy resolves the repo's packages.
 */
export function snapshotCli(): { cli: string; pipeline: string } {
  const cache = path.join(REPO, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  // Copies of earlier test runs whose worker did not exit normally: gone after ten minutes.
  for (const name of readdirSync(cache).filter((n) => n.startsWith('winnow-cli-'))) {
    const old = path.join(cache, name);
    if (Date.now() - statSync(old).mtimeMs > 10 * 60_000) rmSync(old, { recursive: true, force: true });
  }
  const dir = mkdtempSync(path.join(REPO, 'node_modules', '.cache', 'winnow-cli-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  cpSync(path.join(REPO, 'dist'), path.join(dir, 'dist'), { recursive: true });
  cpSync(path.join(REPO, 'pipelines'), path.join(dir, 'pipelines'), { recursive: true });
  return { cli: path.join(dir, 'dist', 'cli', 'main.js'), pipeline: path.join(dir, 'pipelines', 'default.yaml') };
}

export function runSync(cli: string, args: string[]): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [cli, 'run', ...args], { cwd: REPO, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}
