/**
 * A first run into a folder starts its worker threads before it reads its pipeline (they load
 * while it does); a rerun starts them only when a document needs them. Either way the records
 * are those of a run in one thread, and a bad pipeline still stops the run.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, tempDir, winnow } from '../helpers/cli.js';

const SEEDS = path.join(REPO, 'seeds');
const records = (out: string) => readFileSync(path.join(out, 'records.jsonl'), 'utf8');

describe('worker threads started before the run', () => {
  it('write the records one thread writes, on a first run and on a rerun with a changed input', () => {
    const root = tempDir();
    const one = path.join(root, 'one');
    expect(winnow(['run', SEEDS, '--out', one, '--concurrency', '1', '--log-level', 'warn']).status).toBe(0);
    const two = path.join(root, 'two');
    const first = winnow(['run', SEEDS, '--out', two, '--concurrency', '2', '--log-level', 'warn']);
    expect(first.status, first.stderr).toBe(0);
    expect(records(two)).toBe(records(one));
    const rerun = winnow(['run', SEEDS, '--out', two, '--concurrency', '2', '--full', '--log-level', 'warn']);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(records(two)).toBe(records(one));
  });

  it('are stopped when the pipeline is bad: exit 2, no run.json', () => {
    const root = tempDir();
    const pipeline = path.join(root, 'bad.yaml');
    writeFileSync(pipeline, 'name: bad\nstages: [decode]\n');
    const out = path.join(root, 'out');
    const result = winnow(['run', SEEDS, '--out', out, '--pipeline', pipeline, '--concurrency', '2']);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/required stage\(s\) missing/);
    expect(existsSync(path.join(out, 'run.json'))).toBe(false);
  });
});
