/**
 * `npm run bench -- --memory [--input html|md|txt] [--concurrency N]`: winnow over the set once
 * and over the set ten times under different names (hard links, or copies across file
 * systems, in a temp folder), each into a fresh output folder, with the peak RSS of each and
 * their ratio. The ten-times run passes `--full`: without it the copies after the first
 * would reuse the first copy's extractions (same bytes), and the figure would measure ten
 * times the batch but once the extraction; and an unchanged rerun of the first (same output folder and state) against the
 * first run's time. Targets of the issue: ×10 within 20 % of ×1 and below 500 MB; the
 * unchanged rerun at most 5 % of the first run.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BenchInputs } from './paths.js';
import { MB } from './table.js';
import { runWinnow } from './winnow-runner.js';
import type { SystemRun } from './run-types.js';

export interface MemoryResult {
  copies: number;
  concurrency: number | null;
  once: SystemRun;
  rerun: SystemRun;
  tenTimes: SystemRun;
  rssRatio: number | null;
  rerunRatio: number;
}

function linkOrCopy(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to);
  }
}

/** The inputs `copies` times in `dir`: `c<k>-<name>`, so every copy is an input of its own. */
function replicate(files: readonly string[], dir: string, copies: number): void {
  fs.mkdirSync(dir, { recursive: true });
  for (let k = 0; k < copies; k++) for (const f of files) linkOrCopy(f, path.join(dir, `c${k}-${path.basename(f)}`));
}

export async function runMemory(inputs: BenchInputs, tmp: string, concurrency?: number, copies = 10): Promise<MemoryResult> {
  const onceDir = path.join(tmp, 'in-x1');
  const manyDir = path.join(tmp, `in-x${copies}`);
  replicate(inputs.files, onceDir, 1);
  replicate(inputs.files, manyDir, copies);
  const common = { concurrency };
  const once = await runWinnow({ ...common, files: [onceDir], docs: inputs.files.length, totalBytes: inputs.totalBytes, outDir: path.join(tmp, 'out-x1') });
  const rerun = await runWinnow({ ...common, files: [onceDir], docs: inputs.files.length, totalBytes: inputs.totalBytes, outDir: path.join(tmp, 'out-x1') });
  const tenTimes = await runWinnow({ ...common, extraArgs: ['--full'], files: [manyDir], docs: inputs.files.length * copies, totalBytes: inputs.totalBytes * copies, outDir: path.join(tmp, `out-x${copies}`) });
  const rssRatio = once.peakRssBytes && tenTimes.peakRssBytes ? tenTimes.peakRssBytes / once.peakRssBytes : null;
  return { copies, concurrency: concurrency ?? null, once, rerun, tenTimes, rssRatio, rerunRatio: rerun.wallMs / once.wallMs };
}

export function renderMemory(r: MemoryResult, title: string): string {
  const mb = (b: number | null) => (b === null ? 'n/a' : (b / MB).toFixed(0));
  const row = (label: string, s: SystemRun) => [label, String(s.docs), (s.wallMs / 1000).toFixed(2), (s.docs / (s.wallMs / 1000)).toFixed(1), mb(s.peakRssBytes)];
  const grid = [
    ['run', 'docs', 'wall s', 'docs/s', 'peak RSS MB'],
    row('winnow ×1 (first run)', r.once),
    row('winnow ×1 unchanged rerun', r.rerun),
    row(`winnow ×${r.copies} (new names, --full)`, r.tenTimes),
  ];
  const widths = grid[0]!.map((_, c) => Math.max(...grid.map((g) => g[c]!.length)));
  const lines = [title, '', ...grid.map((g) => g.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')), ''];
  lines.push(`peak RSS ×${r.copies} / ×1: ${r.rssRatio === null ? 'n/a' : r.rssRatio.toFixed(2)} (target ≤ 1.20, and < 500 MB)`);
  lines.push(`unchanged rerun / first run (wall): ${(r.rerunRatio * 100).toFixed(1)} % (target ≤ 5 %)`);
  lines.push(`- winnow --concurrency ${r.concurrency ?? 'default'}; child wall time and /proc VmHWM as in the main table; --no-dedupe (one record per input); ×${r.copies} with --full (every copy extracted)`);
  return lines.join('\n') + '\n';
}
