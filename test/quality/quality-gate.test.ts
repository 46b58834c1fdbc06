/**
 * Quality gate: runs the built CLI (dist/cli/main.js; `npm test` builds first) over the bench
 * inputs with --no-dedupe, scores the records with the bench's score.mjs --json, and fails when
 * any figure is below its pinned floor in floors.json.
 *
 * Floors rule: a floor is what winnow measured when it was pinned, rounded DOWN to 2 decimals,
 * minus 0.01. Floors only ever go UP (re-pin after a real improvement, by the same rule). Never
 * lower a floor to get the suite green: fix the regression instead.
 *
 * The data folder is ../shared/bench next to the repo (WINNOW_BENCH_DATA overrides it). When it
 * is missing the gate fails with a message; it never passes without scoring anything.
 * Running and scoring reuse the bench's modules (src/bench/), so the gate and `npm run bench`
 * measure the same thing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULT_DATA_DIR, INPUTS, SETS, resolveInputs } from '../../src/bench/paths.js';
import type { BenchInput, BenchSet } from '../../src/bench/paths.js';
import { score } from '../../src/bench/score.js';
import type { QualityFigures } from '../../src/bench/score.js';
import { runWinnow } from '../../src/bench/winnow-runner.js';

const FLOORS_PATH = fileURLToPath(new URL('./floors.json', import.meta.url));
const DATA_DIR = process.env.WINNOW_BENCH_DATA ? path.resolve(process.env.WINNOW_BENCH_DATA) : DEFAULT_DATA_DIR;

const FIGURES = ['f1', 'precision', 'recall', 'title', 'byline', 'published', 'site', 'language'] as const;
type Figure = (typeof FIGURES)[number];
const FloorSet = z.partialRecord(z.enum(FIGURES), z.number().min(0).max(1));
/** `<set>-<input>` -> floors, or null when not pinned yet; keys starting with `_` are comments. */
const FloorsFile = z.record(z.string(), z.union([FloorSet, z.null(), z.string()]));

function figure(q: QualityFigures, name: Figure): number | undefined {
  return name === 'f1' || name === 'precision' || name === 'recall' ? q[name] : q.meta[name];
}

function parseKey(key: string): { set: BenchSet; input: BenchInput } {
  const dash = key.lastIndexOf('-');
  const set = key.slice(0, dash);
  const input = key.slice(dash + 1);
  if (!(SETS as readonly string[]).includes(set) || !(INPUTS as readonly string[]).includes(input)) {
    throw new Error(`floors.json: bad key ${key} (want <set>-<input>, set one of ${SETS.join('/')}, input one of ${INPUTS.join('/')})`);
  }
  return { set: set as BenchSet, input: input as BenchInput };
}

const floors = FloorsFile.parse(JSON.parse(fs.readFileSync(FLOORS_PATH, 'utf8')));
const entries = Object.entries(floors).filter(([k]) => !k.startsWith('_'));
const tmpDirs: string[] = [];

afterAll(() => {
  for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('quality gate (bench floors)', () => {
  it('floors.json pins at least one set+input', () => {
    expect(entries.filter(([, v]) => v && typeof v === 'object').length).toBeGreaterThan(0);
  });

  for (const [key, pinned] of entries) {
    if (pinned === null || typeof pinned !== 'object') {
      it(`${key}: has floors pinned`, () => {
        expect.fail(`${key} is listed in floors.json without floors: pin what winnow measures`);
      });
      continue;
    }
    it(`${key}: every figure at or above its floor`, { timeout: 15 * 60_000 }, async () => {
      const { set, input } = parseKey(key);
      // Throws a clear message when the data folder, the set or the inputs are missing.
      const inputs = resolveInputs(set, input, DATA_DIR);
      const outDir = fs.mkdtempSync(path.join(os.tmpdir(), `winnow-gate-${key}-`));
      tmpDirs.push(outDir);
      const run = await runWinnow({ files: inputs.files, totalBytes: inputs.totalBytes, outDir });
      const { figures } = await score({ scorerPath: inputs.scorerPath, truthPath: inputs.truthPath, recordsPath: run.recordsPath! });

      const failures: string[] = [];
      for (const [name, floor] of Object.entries(pinned) as [Figure, number][]) {
        const value = figure(figures, name);
        if (value === undefined) failures.push(`${key} ${name}: the scorer reported no value (floor ${floor.toFixed(2)})`);
        else if (value < floor) failures.push(`${key} ${name}: ${value.toFixed(4)} is below its floor ${floor.toFixed(2)}`);
      }
      expect(failures, failures.join('\n')).toEqual([]);
    });
  }
});
