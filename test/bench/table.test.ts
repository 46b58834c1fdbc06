import { describe, expect, it } from 'vitest';
import { ratios, renderTable, toRow } from '../../src/bench/table.js';
import type { SystemRun } from '../../src/bench/run-types.js';

const winnowRun = (workers: number, wallMs: number, startupMs?: number): SystemRun => ({
  system: 'winnow',
  label: `winnow (${workers} worker${workers > 1 ? 's' : ''})`,
  wallMs,
  startupMs,
  peakRssBytes: 300e6,
  docs: 400,
  bytes: 8e6,
  note: `winnow with ${workers}`,
});

describe('bench scaling ratio', () => {
  it('gives two workers over one by docs/s, and again with each run’s start-up taken off', () => {
    // 1 worker: 0.5 s start-up + 6 s of documents; 2 workers: 1 s start-up + 3 s of documents.
    const rows = [toRow(winnowRun(1, 6500, 500)), toRow(winnowRun(2, 4000, 1000))];
    const scaling = ratios(rows).scaling!;
    expect(scaling.docsPerSec).toBeCloseTo(6500 / 4000, 6);
    expect(scaling.afterStartup).toBeCloseTo(2, 6);
    expect(renderTable(rows, { title: 't', notes: [] })).toContain('winnow (2 workers) / winnow (1 worker): docs/s 1.63; 2.00 with each run');
  });

  it('leaves the start-up ratio out when a run was not timed over no inputs', () => {
    const rows = [toRow(winnowRun(1, 6500)), toRow(winnowRun(2, 4000, 1000))];
    expect(ratios(rows).scaling!.afterStartup).toBeUndefined();
    expect(renderTable(rows, { title: 't', notes: [] })).toContain('docs/s 1.63\n');
  });
});
