/** One run per output folder: a second run while one is going exits 75 with one line. */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir, winnow } from '../helpers/cli.js';
import { benchIds, copyArticles, readJson, requireBench } from '../state/fixtures.js';
import { spawnRun, storedInputs, waitFor } from './process.js';

describe('output lock', () => {
  let input: string;
  beforeAll(() => {
    requireBench();
    input = path.join(tempDir(), 'in');
    copyArticles(input, benchIds().slice(0, 120), ['html', 'md']);
  });

  it('refuses a second run while the first is going (exit 75, one line), and the first finishes', async () => {
    const out = path.join(tempDir(), 'out');
    const first = spawnRun([input, '--out', out, '--log-level', 'warn', '--concurrency', '1']);
    // The first run holds the lock once it checkpoints inputs.
    expect(await waitFor(first, () => storedInputs(out) > 0)).toBe(true);
    const second = winnow(['run', input, '--out', out, '--log-level', 'warn']);
    expect(second.status).toBe(75);
    expect(second.stderr.trim().split('\n')).toHaveLength(1);
    expect(second.stderr).toMatch(/^winnow: output folder .* is locked by pid \d+/);
    const done = await first.exit;
    expect(done.code, done.stderr).toBe(0);
    expect(readJson(path.join(out, 'run.json')).inputs.documents).toBe(240);
    // Released: the next run goes.
    expect(winnow(['run', input, '--out', out, '--log-level', 'warn']).status).toBe(0);
  });

  it('takes over a lock left by a process that is gone (kill -9)', () => {
    const out = path.join(tempDir(), 'out');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    mkdirSync(path.join(out, '.winnow', 'run.lock'), { recursive: true });
    writeFileSync(path.join(out, '.winnow', 'run.lock.json'), JSON.stringify({ pid: Number(dead.stdout), host: os.hostname(), startedAt: new Date().toISOString() }));
    const result = winnow(['run', 'seeds', '--out', out, '--log-level', 'warn']);
    expect(result.status, result.stderr).toBe(0);
  });

  it('refuses a lock held by a live process even without its owner file', () => {
    const out = path.join(tempDir(), 'out');
    mkdirSync(path.join(out, '.winnow', 'run.lock'), { recursive: true });
    const result = winnow(['run', 'seeds', '--out', out, '--log-level', 'warn']);
    expect(result.status).toBe(75);
    expect(result.stderr).toMatch(/is locked/);
  });
});
