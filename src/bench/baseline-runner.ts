/** Runs the baseline (dist/bench/baseline-readability.js) as a measured child process. */
import fs from 'node:fs';
import path from 'node:path';
import { describeExit, lastJsonLine, runMeasured, tail } from './child.js';
import { BenchError, DIST_BENCH, REPO_ROOT } from './paths.js';
import type { BenchInput } from './paths.js';
import type { SystemRun } from './run-types.js';

export interface BaselineRunOptions {
  input: BenchInput;
  files: string[];
  totalBytes: number;
  recordsPath: string;
}

export async function runBaseline(opts: BaselineRunOptions): Promise<SystemRun> {
  const script = path.join(DIST_BENCH, 'baseline-readability.js');
  if (!fs.existsSync(script)) throw new BenchError(`baseline not built: ${script} does not exist (run \`npm run build\`)`);
  const whole = opts.input !== 'html';
  const args = [script, '--out', opts.recordsPath, ...(whole ? ['--whole'] : []), ...opts.files];
  const r = await runMeasured(process.execPath, args, { cwd: REPO_ROOT });
  if (r.spawnError || r.code !== 0) {
    throw new BenchError(`baseline failed (${describeExit(r)})\n${tail(r.stderr || r.stdout)}`);
  }
  return {
    system: 'baseline',
    label: whole ? 'baseline (whole dump)' : 'baseline (Readability)',
    wallMs: r.wallMs,
    peakRssBytes: r.peakRssBytes,
    docs: opts.files.length,
    bytes: opts.totalBytes,
    recordsPath: opts.recordsPath,
    reported: lastJsonLine(r.stdout),
    note: whole
      ? `baseline: the whole .${opts.input} dump as text, no metadata (the README's reference points), single process`
      : 'baseline: Readability.js 0.6 over jsdom, textContent of parse() and its metadata, single process, one page at a time',
  };
}
