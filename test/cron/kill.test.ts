/**
 * kill -9 at several moments of a real run (spawned CLI over 300 real pages): after each kill
 * the state is intact and no record file is half-written; the next run finishes the work;
 * at the end every input is in a record or in the failures list, the output is the same as
 * an uninterrupted run's, and the change feed lists every record once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordSchema } from '../../src/core/record.js';
import { sha256Hex } from '../../src/core/hash.js';
import { readRecords, tempDir } from '../helpers/cli.js';
import { benchIds, copyArticles, readJson, readLines, requireBench } from '../state/fixtures.js';
import { runSync, snapshotCli, spawnRun, storedInputs, waitFor } from './process.js';

const snap = snapshotCli();
const ARGS = ['--log-level', 'warn', '--concurrency', '2', '--pipeline', snap.pipeline];
const winnow = (args: string[]) => runSync(snap.cli, args);
/** Compact form of a records.jsonl for comparisons (id and hash of each line). */
const digest = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => `${JSON.parse(l).id} ${sha256Hex(l).slice(0, 12)}`);

function checkIntact(out: string): void {
  const stateFile = path.join(out, '.winnow', 'state.sqlite');
  if (existsSync(stateFile)) {
    const db = new Database(stateFile);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  }
  const dir = path.join(out, 'records');
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const record = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    expect(recordSchema.safeParse(record).success, name).toBe(true);
    expect(`${record.id}.json`).toBe(name);
  }
}

describe('kill -9 at any moment', () => {
  let input: string;
  let reference: string;
  let files: string[];
  beforeAll(() => {
    requireBench();
    input = path.join(tempDir(), 'in');
    files = copyArticles(input, benchIds().slice(0, 150), ['html', 'md']);
    expect(files).toHaveLength(300);
    reference = path.join(tempDir(), 'reference');
    const clean = winnow([input, '--out', reference, ...ARGS]);
    expect(clean.status, clean.stderr).toBe(0);
  });

  it('loses nothing: each rerun goes on, the last one matches an uninterrupted run', async () => {
    const out = path.join(tempDir(), 'out');
    const recordsDir = path.join(out, 'records');
    const points: [string, () => boolean][] = [
      ['at start (lock taken)', () => existsSync(path.join(out, '.winnow', 'run.lock.json'))],
      ['after 60 inputs checkpointed', () => storedInputs(out) >= 60],
      ['after 180 inputs checkpointed', () => storedInputs(out) >= 180],
      ['while writing records', () => existsSync(recordsDir) && readdirSync(recordsDir).length > 0],
    ];
    const killed: string[] = [];
    for (const [label, ready] of points) {
      const run = spawnRun([input, '--out', out, ...ARGS], snap.cli);
      const hit = await waitFor(run, ready, 5);
      if (hit) run.child.kill('SIGKILL');
      const { code, signal, stderr } = await run.exit;
      if (hit && signal === 'SIGKILL') killed.push(label);
      else expect(code, `${label}: ${stderr}`).toBe(0);
      checkIntact(out);
    }
    console.info(`kill test: killed ${killed.length} runs (${killed.join('; ')})`);
    // Killing is real: most points are hit (a point can be missed only if the run ends first).
    expect(killed.length, `killed at: ${killed.join(', ')}`).toBeGreaterThanOrEqual(3);

    const last = winnow([input, '--out', out, ...ARGS]);
    expect(last.status, last.stderr).toBe(0);
    checkIntact(out);
    const summary = readJson(path.join(out, 'run.json'));
    // The checkpoints of the killed runs were used: at least the 180 inputs seen before the third kill.
    expect(summary.inputs.unchanged).toBeGreaterThanOrEqual(killed.includes('after 180 inputs checkpointed') ? 180 : 0);
    expect(summary.inputs.documents).toBe(300);

    // Every input is in a record or in the failures list, once.
    const records = readRecords(out);
    const sources = records.flatMap((r) => r.sources.map((s) => s.path));
    const failures = (summary.failures as { path: string }[]).map((f) => f.path);
    expect([...sources, ...failures].sort()).toEqual(files.map((f) => path.resolve(f)).sort());

    // Same output as the run that was never interrupted.
    expect(digest(path.join(out, 'records.jsonl'))).toEqual(digest(path.join(reference, 'records.jsonl')));
    expect(readdirSync(recordsDir).sort()).toEqual(readdirSync(path.join(reference, 'records')).sort());
    for (const dir of [out, recordsDir]) expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    // No run committed records before the last one, so its feed adds every record, once.
    const changes = readLines<{ op: string; id: string }>(path.join(out, 'changes.jsonl'));
    expect(changes.map((c) => c.op)).toEqual(records.map(() => 'add'));
    expect(changes.map((c) => c.id).sort()).toEqual(records.map((r) => r.id).sort());

    const db = new Database(path.join(out, '.winnow', 'state.sqlite'), { readonly: true });
    const runs = db.prepare('SELECT status, exit_code FROM runs ORDER BY id').all() as { status: string; exit_code: number | null }[];
    db.close();
    // A run killed before it opened the state (the first point) leaves no run row.
    const killedRows = runs.filter((r) => r.status === 'killed').length;
    expect(killedRows).toBeGreaterThanOrEqual(killed.length - 1);
    expect(killedRows).toBeLessThanOrEqual(killed.length);
    expect(runs.at(-1)).toEqual({ status: 'finished', exit_code: 0 });
  });
});
