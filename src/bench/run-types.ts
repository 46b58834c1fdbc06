/** What a measured run of one system over the inputs produced. */
export interface SystemRun {
  system: 'winnow' | 'baseline' | 'floor';
  /** Row label in the printed table, e.g. `baseline (whole dump)`. */
  label: string;
  /** Child wall time, spawn to exit (ms): node start-up and module loading included, for all systems alike. */
  wallMs: number;
  /** Peak RSS of the child from /proc VmHWM polling; null when it could not be measured. */
  peakRssBytes: number | null;
  docs: number;
  bytes: number;
  /** JSONL records to score (winnow, baseline); absent for the floor. */
  recordsPath?: string;
  /** What the system's own report said, when it has one (winnow run.json, floor stdout). */
  reported?: Record<string, unknown>;
  /** The child's exit code, where a non-zero code is not fatal (winnow: 1 = some inputs failed). */
  exitCode?: number;
  /** winnow only: wall time of the same command over no inputs (node, modules, rule packs, worker threads, state). */
  startupMs?: number;
  /** One-line description of what ran, for the printed notes. */
  note: string;
}
