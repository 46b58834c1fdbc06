/**
 * The key of a batch's input is hashed as the inputs stream by, a page at a time: it must be
 * the key of every input listed at once (the one an earlier winnow kept), however many there are.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/core/hash.js';
import { batchKey } from '../../src/pipeline/unchanged-run.js';
import { StateStore } from '../../src/state/store.js';

const stateFile = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'winnow-key-')), 'state.sqlite');

function withInputs(keys: readonly string[]): StateStore {
  const state = new StateStore(stateFile());
  const runId = state.beginRun(new Date(0), 'p');
  keys.forEach((key, i) => {
    const outcome = i % 3 === 0 ? ('failed' as const) : ('ok' as const);
    const row = { key, container: key, size: 1, mtimeMs: 1, sha256: 'ab', fingerprint: `fp-${i}`, pipeline: 'p', outcome, stage: null, reason: null, seenRun: runId };
    state.putInput(row, { ok: false, messages: [] }, runId);
  });
  state.flush();
  return state;
}

const listedAtOnce = (state: StateStore, parts: { pipeline: string; dedupe: boolean; prune: boolean }) =>
  sha256Hex(JSON.stringify({ ...parts, cwd: process.cwd(), rows: state.allInputs().map((r) => [r.key, r.fingerprint, r.outcome, r.pipeline]) }));

describe('batchKey', () => {
  const parts = { pipeline: 'fingerprint', dedupe: true, prune: false };

  it('is the hash of every input listed at once, over several pages of inputs', () => {
    const state = withInputs(Array.from({ length: 1300 }, (_, i) => `/in/dump-${String(i).padStart(4, '0')}.md`));
    expect(batchKey(state, parts)).toBe(listedAtOnce(state, parts));
    expect(batchKey(state, { ...parts, dedupe: false })).not.toBe(batchKey(state, parts));
    state.close();
  });

  it('is the hash of an empty list when no input is stored', () => {
    const state = withInputs([]);
    expect(batchKey(state, parts)).toBe(listedAtOnce(state, parts));
    state.close();
  });
});
