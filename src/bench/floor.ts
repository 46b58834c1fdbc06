/** The floor pass: dist/bench/floor-tokenize.js (htmlparser2, no-op handlers) as a measured child process. */
import fs from 'node:fs';
import path from 'node:path';
import { describeExit, lastJsonLine, runMeasured, tail } from './child.js';
import { BenchError, DIST_BENCH, REPO_ROOT } from './paths.js';
import type { SystemRun } from './run-types.js';

export async function runFloor(opts: { files: string[]; totalBytes: number }): Promise<SystemRun> {
  const script = path.join(DIST_BENCH, 'floor-tokenize.js');
  if (!fs.existsSync(script)) throw new BenchError(`floor pass not built: ${script} does not exist (run \`npm run build\`)`);
  const r = await runMeasured(process.execPath, [script, ...opts.files], { cwd: REPO_ROOT });
  if (r.spawnError || r.code !== 0) {
    throw new BenchError(`floor pass failed (${describeExit(r)})\n${tail(r.stderr || r.stdout)}`);
  }
  return {
    system: 'floor',
    label: 'floor (tokenize only)',
    wallMs: r.wallMs,
    peakRssBytes: r.peakRssBytes,
    docs: opts.files.length,
    bytes: opts.totalBytes,
    reported: lastJsonLine(r.stdout),
    note: 'floor: htmlparser2 Parser with no-op handlers over the same pages (read + UTF-8 decode + tokenize), single process',
  };
}
