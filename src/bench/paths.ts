/**
 * Where things live for the bench and the quality gate: the repo root (found from this module's
 * own location, so it works from `src/bench/*.ts` under vitest/tsx and from `dist/bench/*.js`),
 * the data folder, and the sorted input files of a set.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDumps } from './make-dumps.js';

export const SETS = ['traf-dev', 'moz-dev'] as const;
export type BenchSet = (typeof SETS)[number];
export const INPUTS = ['html', 'md', 'txt'] as const;
export type BenchInput = (typeof INPUTS)[number];

/** `src/bench/` and `dist/bench/` are both two levels below the repo root. */
export const REPO_ROOT = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const DEFAULT_DATA_DIR = path.resolve(REPO_ROOT, '../shared/bench');
export const WINNOW_CLI = path.join(REPO_ROOT, 'dist/cli/main.js');
/** Child scripts are always run from the build, whichever copy of this module is loaded. */
export const DIST_BENCH = path.join(REPO_ROOT, 'dist/bench');
/** Default of `--bench-dir`: `results/` (figures) and `out/` (kept records of the last run per set+input, for `score.mjs --per-doc` by hand; git-ignored). */
export const BENCH_DIR = path.join(REPO_ROOT, 'bench');

export class BenchError extends Error {
  override name = 'BenchError';
}

export interface BenchInputs {
  set: BenchSet;
  input: BenchInput;
  dataDir: string;
  truthPath: string;
  scorerPath: string;
  /** Absolute paths, sorted by file name (code-point order). */
  files: string[];
  totalBytes: number;
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Resolves and checks the data folder and lists the inputs; throws BenchError with a clear message. */
export function resolveInputs(set: BenchSet, input: BenchInput, dataDir: string = DEFAULT_DATA_DIR): BenchInputs {
  const data = path.resolve(dataDir);
  if (!isDir(data)) {
    throw new BenchError(`bench data folder not found: ${data} (expected ../shared/bench next to the repo; override with --data DIR for the bench, WINNOW_BENCH_DATA for the quality gate)`);
  }
  const scorerPath = path.join(data, 'score.mjs');
  if (!fs.existsSync(scorerPath)) throw new BenchError(`scorer not found: ${scorerPath}`);
  const setDir = path.join(data, set);
  if (!isDir(setDir)) throw new BenchError(`set ${set} not found in ${data} (no ${setDir})`);
  const truthPath = path.join(setDir, 'truth.json');
  if (!fs.existsSync(truthPath)) throw new BenchError(`truth file not found: ${truthPath}`);

  let dir = input === 'html' ? path.join(setDir, 'html') : path.join(setDir, 'dumps');
  if (!isDir(dir) && input !== 'html' && isDir(path.join(setDir, 'html'))) {
    // A set without dumps (moz-dev) gets them made from its pages, the way the README says traf-dev's were.
    const truth = JSON.parse(fs.readFileSync(truthPath, 'utf8')) as Record<string, { url?: string }>;
    dir = makeDumps(path.join(setDir, 'html'), truth, path.join(os.tmpdir(), `winnow-bench-dumps-${set}`));
  }
  if (!isDir(dir)) throw new BenchError(`no ${input === 'html' ? 'HTML pages' : 'dumps'} for ${set}: ${dir} does not exist`);
  const ext = `.${input}`;
  const names = fs
    .readdirSync(dir)
    .filter((n) => n.endsWith(ext))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (!names.length) throw new BenchError(`no *${ext} files in ${dir}`);
  const files = names.map((n) => path.join(dir, n));
  const totalBytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
  return { set, input, dataDir: data, truthPath, scorerPath, files, totalBytes };
}
