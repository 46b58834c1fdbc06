/**
 * Runs winnow as a child process over the inputs:
 *   node dist/cli/main.js run <files…> --no-dedupe --out <outDir> [--concurrency N]
 * and checks that it wrote <outDir>/records.jsonl.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describeExit, runMeasured, tail } from './child.js';
import { BenchError, REPO_ROOT, WINNOW_CLI } from './paths.js';
import type { SystemRun } from './run-types.js';

export interface WinnowRunOptions {
  files: string[];
  totalBytes: number;
  outDir: string;
  concurrency?: number;
  /** Defaults to the built CLI of this repo. */
  cliPath?: string;
}

export async function runWinnow(opts: WinnowRunOptions): Promise<SystemRun> {
  const cli = opts.cliPath ?? WINNOW_CLI;
  if (!fs.existsSync(cli)) {
    throw new BenchError(`winnow CLI not built: ${cli} does not exist (run \`npm run build\`)`);
  }
  const args = [cli, 'run', ...opts.files, '--no-dedupe', '--out', opts.outDir];
  if (opts.concurrency !== undefined) args.push('--concurrency', String(opts.concurrency));
  const r = await runMeasured(process.execPath, args, { cwd: REPO_ROOT });
  if (r.spawnError || r.code !== 0) {
    const out = tail(r.stderr || r.stdout);
    throw new BenchError(`winnow failed (${describeExit(r)}): node ${path.relative(REPO_ROOT, cli)} run <${opts.files.length} files> --no-dedupe --out ${opts.outDir}${out ? `\n--- winnow output (tail) ---\n${out}` : ''}`);
  }
  const recordsPath = path.join(opts.outDir, 'records.jsonl');
  if (!fs.existsSync(recordsPath)) {
    throw new BenchError(`winnow exited 0 but wrote no ${recordsPath}${r.stderr ? `\n--- winnow stderr (tail) ---\n${tail(r.stderr)}` : ''}`);
  }
  let reported: Record<string, unknown> | undefined;
  const runJsonPath = path.join(opts.outDir, 'run.json');
  if (fs.existsSync(runJsonPath)) {
    try {
      const parsed: unknown = JSON.parse(fs.readFileSync(runJsonPath, 'utf8'));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) reported = parsed as Record<string, unknown>;
    } catch (err) {
      throw new BenchError(`winnow wrote an unreadable ${runJsonPath}: ${(err as Error).message}`);
    }
  }
  return {
    system: 'winnow',
    label: 'winnow',
    wallMs: r.wallMs,
    peakRssBytes: r.peakRssBytes,
    docs: opts.files.length,
    bytes: opts.totalBytes,
    recordsPath,
    reported,
    note: `winnow: node dist/cli/main.js run … --no-dedupe${opts.concurrency !== undefined ? ` --concurrency ${opts.concurrency}` : ' (default concurrency)'}`,
  };
}
