#!/usr/bin/env node
/**
 * `npm run bench -- [--set traf-dev|moz-dev] [--input html|md|txt] [--data DIR] [--concurrency N] [--no-baseline] [--memory] [--bench-dir DIR]`
 *
 * Without --concurrency winnow runs twice, with one worker and with two, and the table gives
 * the ratio of the two. --memory runs the memory bench instead (memory.ts).
 * Runs winnow, the baseline and (for HTML) the tokenize-only floor as child processes over the
 * same sorted inputs, scores the records with the bench's score.mjs, prints one table and writes
 * the same figures to bench/results/<set>-<input>.json. Not part of `npm test`; no network.
 * Exit status: 0 ok, 1 a run or the scorer failed, 2 bad arguments or missing data.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseBenchArgs } from './args.js';
import { runBaseline } from './baseline-runner.js';
import { runFloor } from './floor.js';
import { BenchError, REPO_ROOT, resolveInputs } from './paths.js';
import type { BenchInputs } from './paths.js';
import type { SystemRun } from './run-types.js';
import { score } from './score.js';
import type { QualityFigures } from './score.js';
import { MB, ratios, renderTable, toRow } from './table.js';
import type { BenchRow, ResultsJson } from './table.js';
import { runWinnow } from './winnow-runner.js';
import { renderMemory, runMemory } from './memory.js';

function log(msg: string): void {
  process.stderr.write(`bench: ${msg}\n`);
}

function gitState(): { commit: string; dirty: boolean } | null {
  try {
    const run = (...args: string[]): string => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return { commit: run('rev-parse', 'HEAD').trim(), dirty: run('status', '--porcelain', '--untracked-files=no').trim() !== '' };
  } catch {
    return null;
  }
}

function coverageNotes(system: string, q: QualityFigures): string[] {
  const notes: string[] = [];
  if (q.docsWithRecord < q.docs) notes.push(`${system}: records for ${q.docsWithRecord} of ${q.docs} truth docs; the others score as empty`);
  for (const [w, n] of Object.entries(q.warnings)) notes.push(`${system}: scorer warning ${w.replace(/_/g, ' ')}: ${n}`);
  return notes;
}

async function scored(run: SystemRun, inputs: BenchInputs): Promise<QualityFigures> {
  if (!run.recordsPath) throw new BenchError(`${run.system} produced no records to score`);
  const { figures } = await score({ scorerPath: inputs.scorerPath, truthPath: inputs.truthPath, recordsPath: run.recordsPath });
  return figures;
}

function keepRecords(benchDir: string, inputs: BenchInputs, runs: SystemRun[]): string {
  const dir = path.join(benchDir, 'out', `${inputs.set}-${inputs.input}`);
  fs.mkdirSync(dir, { recursive: true });
  for (const r of runs) if (r.recordsPath) fs.copyFileSync(r.recordsPath, path.join(dir, `${r.system === 'winnow' && r.label !== 'winnow' ? r.label.replace(/\W+/g, '-').replace(/-$/, '') : r.system}.jsonl`));
  return dir;
}

async function main(): Promise<number> {
  const opts = parseBenchArgs(process.argv.slice(2));
  let inputs: BenchInputs;
  try {
    inputs = resolveInputs(opts.set, opts.input, opts.dataDir);
  } catch (err) {
    if (err instanceof BenchError) {
      log(err.message);
      return 2;
    }
    throw err;
  }
  const resultsDir = path.join(opts.benchDir, 'results');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'winnow-bench-'));
  try {
    const runs: SystemRun[] = [];
    const rows: BenchRow[] = [];
    const notes: string[] = [];

    if (opts.memory) {
      log(`memory: winnow over ${inputs.files.length} ${inputs.set} .${inputs.input} files once, rerun unchanged, then ten times…`);
      const m = await runMemory(inputs, tmp, opts.concurrency);
      process.stdout.write(renderMemory(m, `${inputs.set} / ${inputs.input} memory: ${inputs.files.length} docs ×1 and ×${m.copies}`));
      fs.mkdirSync(resultsDir, { recursive: true });
      const resultsPath = path.join(resultsDir, `${inputs.set}-${inputs.input}-memory.json`);
      const brief = (r: SystemRun) => ({ docs: r.docs, wallMs: r.wallMs, peakRssBytes: r.peakRssBytes });
      const json = { set: inputs.set, input: inputs.input, concurrency: m.concurrency, node: process.version, git: gitState(), generatedAt: new Date().toISOString(), once: brief(m.once), rerun: brief(m.rerun), copies: m.copies, tenTimes: brief(m.tenTimes), rssRatio: m.rssRatio, rerunRatio: m.rerunRatio };
      fs.writeFileSync(resultsPath, JSON.stringify(json, null, 2) + '\n');
      log(`wrote ${resultsPath}`);
      return 0;
    }

    // Without --concurrency: one worker and two, to show what the second core buys.
    for (const concurrency of opts.concurrency !== undefined ? [opts.concurrency] : [1, 2]) {
      log(`winnow (--concurrency ${concurrency}) over ${inputs.files.length} ${inputs.set} .${inputs.input} files…`);
      const w = await runWinnow({ files: inputs.files, totalBytes: inputs.totalBytes, outDir: path.join(tmp, `winnow-${concurrency}`), concurrency, measureStartup: true });
      const wq = await scored(w, inputs);
      runs.push(w);
      rows.push(toRow(w, wq));
      notes.push(w.note, ...coverageNotes(w.label, wq));
      const rep = w.reported;
      const winnowInputs = rep?.inputs as Record<string, unknown> | undefined;
      // Inputs without a record, as run.json lists them: "failures" (exit 1) and "excluded" (e.g. no article text).
      for (const [count, listKey, what] of [['failed', 'failures', 'failed'], ['excluded', 'excluded', 'were excluded']] as const) {
        const n = winnowInputs?.[count];
        if (typeof n !== 'number' || n <= 0) continue;
        const list = Array.isArray(rep?.[listKey]) ? (rep[listKey] as unknown[]) : [];
        const examples = list.slice(0, 3).map((f) => {
          const o = (f ?? {}) as Record<string, unknown>;
          return `${typeof o.path === 'string' ? path.basename(o.path) : '?'}: ${typeof o.reason === 'string' ? o.reason : JSON.stringify(f)}`;
        });
        notes.push(`${w.label}: ${n} input(s) ${what} and have no record; they score as empty${examples.length ? ` (${examples.join('; ')})` : ''}`);
      }
      if (rep && (typeof rep.peakRssBytes === 'number' || typeof rep.durationMs === 'number')) {
        const parts: string[] = [];
        if (typeof rep.durationMs === 'number') parts.push(`durationMs ${Math.round(rep.durationMs)} (child wall ${Math.round(w.wallMs)})`);
        if (typeof rep.peakRssBytes === 'number') parts.push(`peakRssBytes ${(rep.peakRssBytes / MB).toFixed(0)} MB`);
        notes.push(`${w.label} run.json says: ${parts.join(', ')}; the table uses the bench's own measurements for every system`);
      }
      if (w.startupMs !== undefined) notes.push(`${w.label}: start-up ${Math.round(w.startupMs)} ms (the same command over an empty folder) of its ${Math.round(w.wallMs)} ms`);
      const stageNote = stageTimeNote(w.label, rep);
      if (stageNote) notes.push(stageNote);
    }

    if (opts.baseline) {
      log(inputs.input === 'html' ? 'baseline (Readability.js over jsdom)…' : `baseline (whole .${inputs.input} dump as text)…`);
      const b = await runBaseline({ input: inputs.input, files: inputs.files, totalBytes: inputs.totalBytes, recordsPath: path.join(tmp, 'baseline.jsonl') });
      const bq = await scored(b, inputs);
      runs.push(b);
      rows.push(toRow(b, bq));
      notes.push(b.note, ...coverageNotes('baseline', bq));
      const failed = b.reported?.failed;
      if (typeof failed === 'number' && failed > 0) notes.push(`baseline: ${failed} page(s) threw and were written with empty text`);
    } else {
      notes.push('baseline: skipped (--no-baseline)');
    }

    if (inputs.input === 'html') {
      log('floor (htmlparser2 tokenize only)…');
      const f = await runFloor({ files: inputs.files, totalBytes: inputs.totalBytes });
      runs.push(f);
      rows.push(toRow(f));
      notes.push(f.note);
    }

    notes.push('docs/s and MB/s: input files (MB = 10^6 bytes) over child wall time, node start-up included; peak RSS: /proc VmHWM of the child, polled');
    const outDir = keepRecords(opts.benchDir, inputs, runs);
    notes.push(`records kept in ${path.relative(REPO_ROOT, outDir)}/ (score one with --per-doc to look closer)`);

    const title = `${inputs.set} / ${inputs.input}: ${inputs.files.length} docs, ${(inputs.totalBytes / MB).toFixed(1)} MB (${inputs.dataDir})`;
    process.stdout.write(renderTable(rows, { title, notes }));

    const results: ResultsJson = {
      set: inputs.set,
      input: inputs.input,
      dataDir: inputs.dataDir,
      docs: inputs.files.length,
      bytes: inputs.totalBytes,
      concurrency: opts.concurrency ?? null,
      node: process.version,
      git: gitState(),
      generatedAt: new Date().toISOString(),
      units: { docsPerSec: 'docs / child wall second', mbPerSec: '10^6 bytes / child wall second', peakRssMB: '10^6 bytes (VmHWM)', wallMs: 'ms' },
      systems: rows,
      ratios: ratios(rows),
    };
    fs.mkdirSync(resultsDir, { recursive: true });
    const resultsPath = path.join(resultsDir, `${inputs.set}-${inputs.input}.json`);
    fs.writeFileSync(resultsPath, JSON.stringify(results, null, 2) + '\n');
    log(`wrote ${resultsPath}`);
    return 0;
  } catch (err) {
    if (err instanceof BenchError) {
      log(err.message);
      return 1;
    }
    throw err;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    log(`unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  },
);

/**
 * Where a winnow run's extraction time went, from run.json's `stageMs`: the per-document
 * stages' time summed over documents and threads, and the documents per second of one thread
 * doing only that work (no start-up, reading, state or writing).
 */
function stageTimeNote(label: string, report: Record<string, unknown> | undefined): string | undefined {
  const stageMs = report?.stageMs as Record<string, number> | undefined;
  const extracted = (report?.inputs as Record<string, unknown> | undefined)?.extracted;
  if (!stageMs || typeof extracted !== 'number' || !extracted) return undefined;
  const total = Object.values(stageMs).reduce((a, b) => a + b, 0);
  if (!total) return undefined;
  const parts = Object.entries(stageMs).map(([stage, ms]) => `${stage} ${Math.round(ms)}`);
  return `${label}: per-document stages took ${Math.round(total)} ms of thread time for ${extracted} documents = ${(extracted / (total / 1000)).toFixed(1)} docs/s per worker, extraction only (${parts.join(', ')} ms)`;
}
