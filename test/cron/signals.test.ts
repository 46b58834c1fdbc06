/** SIGTERM/SIGINT: stop taking inputs, save state and summary, exit 130; the next run goes on. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRecords, tempDir } from '../helpers/cli.js';
import { benchIds, copyArticles, openState, readJson, requireBench } from '../state/fixtures.js';
import { runSync, snapshotCli, spawnRun, storedInputs, waitFor } from './process.js';

const snap = snapshotCli();

describe('signals', () => {
  let input: string;
  beforeAll(() => {
    requireBench();
    input = path.join(tempDir(), 'in');
    copyArticles(input, benchIds().slice(0, 150), ['html', 'md']);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal}: checkpoints, writes an interrupted summary, exits 130; the rerun finishes the rest`, async () => {
      const out = path.join(tempDir(), 'out');
      const run = spawnRun([input, '--out', out, '--log-level', 'info', '--concurrency', '1', '--pipeline', snap.pipeline], snap.cli);
      expect(await waitFor(run, () => storedInputs(out) >= 30)).toBe(true);
      run.child.kill(signal);
      const { code, stderr } = await run.exit;
      expect(code, stderr).toBe(130);
      expect(stderr).toMatch(/"msg":"stopping: no more inputs taken/);
      const summary = readJson(path.join(out, 'run.json'));
      expect(summary.status).toBe('interrupted');
      expect(summary.exitCode).toBe(130);
      const done = summary.inputs.documents as number;
      expect(done).toBeGreaterThanOrEqual(30);
      expect(done).toBeLessThan(300);
      const db = openState(out);
      expect(db.prepare(`SELECT status, exit_code FROM runs`).all()).toEqual([{ status: 'interrupted', exit_code: 130 }]);
      expect((db.prepare(`SELECT COUNT(*) AS n FROM inputs`).get() as { n: number }).n).toBeGreaterThanOrEqual(done);
      db.close();

      const rerun = runSync(snap.cli, [input, '--out', out, '--log-level', 'warn', '--pipeline', snap.pipeline]);
      expect(rerun.status, rerun.stderr).toBe(0);
      const after = readJson(path.join(out, 'run.json'));
      expect(after.inputs.documents).toBe(300);
      expect(after.inputs.unchanged).toBeGreaterThanOrEqual(done);
      expect(after.inputs.processed).toBe(300 - after.inputs.unchanged);
      expect(readRecords(out).flatMap((r) => r.sources)).toHaveLength(300);
    });
  }
});
