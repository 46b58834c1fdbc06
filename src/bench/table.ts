/** Turns the runs and scores into rows, ratios, the printed table and the results JSON. */
import { META_KEYS } from './score.js';
import type { MetaKey, QualityFigures } from './score.js';
import type { SystemRun } from './run-types.js';

export const MB = 1_000_000;

export interface BenchRow {
  system: SystemRun['system'];
  label: string;
  quality?: QualityFigures;
  docsPerSec: number;
  mbPerSec: number;
  peakRssMB: number | null;
  wallMs: number;
  /** winnow only: wall time of the same run over no inputs (see SystemRun.startupMs). */
  startupMs?: number;
  note: string;
  reported?: Record<string, unknown>;
}

export function toRow(run: SystemRun, quality?: QualityFigures): BenchRow {
  const sec = run.wallMs / 1000;
  return {
    system: run.system,
    label: run.label,
    quality,
    docsPerSec: run.docs / sec,
    mbPerSec: run.bytes / MB / sec,
    peakRssMB: run.peakRssBytes === null ? null : run.peakRssBytes / MB,
    wallMs: run.wallMs,
    startupMs: run.startupMs,
    note: run.note,
    reported: run.reported,
  };
}

type QualityKey = 'f1' | 'precision' | 'recall' | 'accuracy' | MetaKey;

function qualityValue(q: QualityFigures, key: QualityKey): number | undefined {
  return key === 'f1' || key === 'precision' || key === 'recall' || key === 'accuracy' ? q[key] : q.meta[key];
}

/** The quality columns this set has: the main score, then the metadata fields its truth carries. */
export function qualityKeys(rows: BenchRow[]): QualityKey[] {
  const metas = META_KEYS.filter((k) => rows.some((r) => r.quality?.meta[k] !== undefined));
  return ['f1', 'precision', 'recall', 'accuracy', ...metas];
}

const ratio = (a: number | undefined, b: number | undefined): number | null =>
  a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0 ? null : a / b;

export interface WinnowRatios {
  label: string;
  overBaseline?: Partial<Record<QualityKey | 'docsPerSec', number | null>>;
  overFloor?: { docsPerSec: number | null };
}

export interface Ratios {
  /** Of the first winnow row (kept for older results readers). */
  winnowOverBaseline?: Partial<Record<QualityKey | 'docsPerSec', number | null>>;
  winnowOverFloor?: { docsPerSec: number | null };
  /** Of every winnow row (one per --concurrency). */
  winnow?: WinnowRatios[];
  /**
   * docs/s of the last winnow row over the first (two workers over one); `afterStartup` is the
   * same ratio with each run's start-up time (a run over no inputs) taken off its wall time.
   */
  scaling?: { from: string; to: string; docsPerSec: number | null; afterStartup?: number | null };
}

export function ratios(rows: BenchRow[]): Ratios {
  const ws = rows.filter((r) => r.system === 'winnow');
  const b = rows.find((r) => r.system === 'baseline');
  const f = rows.find((r) => r.system === 'floor');
  const out: Ratios = { winnow: [] };
  for (const w of ws) {
    const one: WinnowRatios = { label: w.label };
    if (b) {
      const wb: Partial<Record<QualityKey | 'docsPerSec', number | null>> = {};
      for (const k of qualityKeys(rows)) {
        wb[k] = ratio(w.quality && qualityValue(w.quality, k), b.quality && qualityValue(b.quality, k));
      }
      wb.docsPerSec = ratio(w.docsPerSec, b.docsPerSec);
      one.overBaseline = wb;
    }
    if (f) one.overFloor = { docsPerSec: ratio(w.docsPerSec, f.docsPerSec) };
    out.winnow!.push(one);
  }
  if (out.winnow![0]) {
    out.winnowOverBaseline = out.winnow![0].overBaseline;
    out.winnowOverFloor = out.winnow![0].overFloor;
  }
  if (ws.length > 1) {
    const [first, last] = [ws[0]!, ws.at(-1)!];
    out.scaling = { from: first.label, to: last.label, docsPerSec: ratio(last.docsPerSec, first.docsPerSec) };
    if (first.startupMs !== undefined && last.startupMs !== undefined) {
      out.scaling.afterStartup = ratio(first.wallMs - first.startupMs, last.wallMs - last.startupMs);
    }
  }
  return out;
}

function header(key: QualityKey, metric: QualityFigures['metric'] | undefined): string {
  switch (key) {
    case 'f1':
      return metric === 'articleBody' ? 'F1' : 'F';
    case 'precision':
      return 'precision';
    case 'recall':
      return 'recall';
    case 'accuracy':
      return 'accuracy';
    default:
      return key;
  }
}

function renderGrid(grid: string[][]): string {
  const widths = grid[0]!.map((_, c) => Math.max(...grid.map((row) => (row[c] ?? '').length)));
  return grid
    .map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd())
    .join('\n');
}

export interface TableContext {
  title: string;
  notes: string[];
}

export function renderTable(rows: BenchRow[], ctx: TableContext): string {
  const keys = qualityKeys(rows);
  const metric = rows.find((r) => r.quality)?.quality?.metric;
  const head = ['system', ...keys.map((k) => header(k, metric)), 'docs/s', 'MB/s', 'peak RSS MB'];
  const grid: string[][] = [head];
  for (const r of rows) {
    grid.push([
      r.label,
      ...keys.map((k) => {
        const v = r.quality && qualityValue(r.quality, k);
        return v === undefined ? '-' : v.toFixed(3);
      }),
      r.docsPerSec.toFixed(1),
      r.mbPerSec.toFixed(2),
      r.peakRssMB === null ? 'n/a' : r.peakRssMB.toFixed(0),
    ]);
  }
  const lines = [ctx.title, '', renderGrid(grid), ''];
  const rt = ratios(rows);
  const fmt = (v: number | null | undefined): string => (v === null || v === undefined ? 'n/a' : v.toFixed(2));
  const width = Math.max(0, ...(rt.winnow ?? []).map((w) => w.label.length));
  for (const w of rt.winnow ?? []) {
    if (w.overBaseline) {
      const parts = keys.map((k) => `${header(k, metric)} ${fmt(w.overBaseline![k])}`);
      lines.push(`${w.label.padEnd(width)} / baseline: ${parts.join('  ')}  docs/s ${fmt(w.overBaseline.docsPerSec)}`);
    }
    if (w.overFloor) lines.push(`${w.label.padEnd(width)} / floor:    docs/s ${fmt(w.overFloor.docsPerSec)}`);
  }
  if (rt.scaling) {
    const after = rt.scaling.afterStartup === undefined ? '' : `; ${fmt(rt.scaling.afterStartup)} with each run's start-up (the same run over no inputs) taken off its wall time`;
    lines.push(`${rt.scaling.to} / ${rt.scaling.from}: docs/s ${fmt(rt.scaling.docsPerSec)}${after}`);
  }
  if (rt.winnow?.length) lines.push('');
  for (const n of ctx.notes) lines.push(`- ${n}`);
  return lines.join('\n') + '\n';
}

export interface ResultsJson {
  set: string;
  input: string;
  dataDir: string;
  docs: number;
  bytes: number;
  concurrency: number | null;
  node: string;
  /** HEAD of the repo and whether the working tree had changes (results of a dirty tree are not reproducible). */
  git: { commit: string; dirty: boolean } | null;
  generatedAt: string;
  units: Record<string, string>;
  systems: BenchRow[];
  ratios: Ratios;
}
