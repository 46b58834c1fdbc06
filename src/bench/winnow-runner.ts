/**
 * Runs winnow as a child process over the inputs:
 *   node dist/cli/main.js run <files…> --no-dedupe --out <outDir> [--concurrency N] [extra flags]
 * and checks that it wrote <outDir>/records.jsonl.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describeExit, runMeasured, tail } from './child.js';
import { BenchError, REPO_ROOT, WINNOW_CLI } from './paths.js';
import type { SystemRun } from './run-types.js';

/** winnow's exit codes (src/cli/main.ts): 0 all inputs processed, 1 some inputs failed, others fatal. */
const EXIT_OK = 0;
const EXIT_SOME_FAILED = 1;

export interface WinnowRunOptions {
  /** Input files, or folders (then `docs` says how many documents they hold). */
  files: string[];
  docs?: number;
  totalBytes: number;
  outDir: string;
  concurrency?: number;
  /** More `winnow run` flags (e.g. `--full`). */
  extraArgs?: string[];
  /** Defaults to the built CLI of this repo. */
  cliPath?: string;
  /**
   * Also time the same command over an empty folder first (its start-up: node, modules, rule
   * packs, worker threads, state), so the bench can tell fixed from per-document cost.
   */
  measureStartup?: boolean;
}

export async function runWinnow(opts: WinnowRunOptions): Promise<SystemRun> {
  const cli = opts.cliPath ?? WINNOW_CLI;
  if (!fs.existsSync(cli)) {
    throw new BenchError(`winnow CLI not built: ${cli} does not exist (run \`npm run build\`)`);
  }
  const flags = [...(opts.concurrency !== undefined ? ['--concurrency', String(opts.concurrency)] : []), ...(opts.extraArgs ?? [])];
  const startupMs = opts.measureStartup ? await timeEmptyRun(cli, opts.outDir, flags) : undefined;
  const args = [cli, 'run', ...opts.files, '--no-dedupe', '--out', opts.outDir, ...flags];
  const r = await runMeasured(process.execPath, args, { cwd: REPO_ROOT });
  const recordsPath = path.join(opts.outDir, 'records.jsonl');
  const runJsonPath = path.join(opts.outDir, 'run.json');
  const failure = (what: string): BenchError => {
    const out = tail(r.stderr || r.stdout);
    return new BenchError(
      `winnow failed (${what}): node ${path.relative(REPO_ROOT, cli)} run <${opts.files.length} inputs> --no-dedupe --out ${opts.outDir}${out ? `\n--- winnow output (tail) ---\n${out}` : ''}`,
    );
  };
  if (r.spawnError || (r.code !== EXIT_OK && r.code !== EXIT_SOME_FAILED)) throw failure(describeExit(r));

  let reported: Record<string, unknown> | undefined;
  if (fs.existsSync(runJsonPath)) {
    try {
      const parsed: unknown = JSON.parse(fs.readFileSync(runJsonPath, 'utf8'));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) reported = parsed as Record<string, unknown>;
    } catch (err) {
      throw failure(`unreadable ${runJsonPath}: ${(err as Error).message}`);
    }
  }
  if (!fs.existsSync(recordsPath)) throw failure(`${describeExit(r)} but no ${recordsPath}`);
  // Exit 1 means "some inputs failed": the run finished and wrote records for the others. That is
  // a per-document outcome (those inputs score as empty), not a failed run, as long as run.json
  // says the run finished.
  if (r.code === EXIT_SOME_FAILED && reported?.status !== 'finished') {
    throw failure(`exit code 1 and run.json status ${JSON.stringify(reported?.status ?? null)}, not "finished"`);
  }
  return {
    system: 'winnow',
    label: opts.concurrency !== undefined ? `winnow (${opts.concurrency} worker${opts.concurrency > 1 ? 's' : ''})` : 'winnow',
    wallMs: r.wallMs,
    peakRssBytes: r.peakRssBytes,
    docs: opts.docs ?? opts.files.length,
    bytes: opts.totalBytes,
    recordsPath,
    reported,
    exitCode: r.code ?? undefined,
    startupMs,
    note: `winnow: node dist/cli/main.js run … --no-dedupe${opts.concurrency !== undefined ? ` --concurrency ${opts.concurrency}` : ' (default concurrency)'}, exit code ${r.code}`,
  };
}

/** Wall time of `winnow run` over an empty folder, with the run's own flags, in folders of its own beside outDir. */
async function timeEmptyRun(cli: string, outDir: string, flags: string[]): Promise<number> {
  const empty = `${outDir}-startup-inputs`;
  const out = `${outDir}-startup`;
  fs.mkdirSync(empty, { recursive: true });
  const r = await runMeasured(process.execPath, [cli, 'run', empty, '--no-dedupe', '--out', out, ...flags], { cwd: REPO_ROOT });
  if (r.spawnError || r.code !== EXIT_OK) {
    throw new BenchError(`winnow failed over no inputs (${describeExit(r)}): node ${path.relative(REPO_ROOT, cli)} run ${empty} --out ${out}\n${tail(r.stderr || r.stdout)}`);
  }
  return r.wallMs;
}
