/**
 * Runs one measured child process: wall time from spawn to exit, and peak RSS by polling
 * VmHWM ("high water mark" of the resident set) in /proc/<pid>/status. VmHWM is itself a
 * running maximum kept by the kernel, so polling only has to catch it before the process
 * exits; winnow, the baseline and the floor are all measured this same way.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  wallMs: number;
  /** null where /proc is not available (not Linux). */
  peakRssBytes: number | null;
  stdout: string;
  stderr: string;
  /** Set when the process could not be started at all. */
  spawnError?: Error;
}

export interface ChildOptions {
  cwd?: string;
  /** Poll interval for /proc/<pid>/status (ms). */
  pollMs?: number;
  /** Keep at most this many characters of stdout/stderr each (the tail). */
  maxOutput?: number;
}

function readVmHwmBytes(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'latin1');
    const m = /^VmHWM:\s+(\d+)\s*kB/m.exec(status);
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export function runMeasured(command: string, args: string[], options: ChildOptions = {}): Promise<ChildResult> {
  const pollMs = options.pollMs ?? 10;
  const maxOutput = options.maxOutput ?? 1_000_000;
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peak: number | null = null;
    let spawnError: Error | undefined;
    const keep = (buf: string, chunk: Buffer): string => {
      const s = buf + chunk.toString('utf8');
      return s.length > maxOutput ? s.slice(s.length - maxOutput) : s;
    };
    child.stdout.on('data', (c: Buffer) => (stdout = keep(stdout, c)));
    child.stderr.on('data', (c: Buffer) => (stderr = keep(stderr, c)));
    const poll = (): void => {
      if (child.pid === undefined) return;
      const v = readVmHwmBytes(child.pid);
      if (v !== null && (peak === null || v > peak)) peak = v;
    };
    poll();
    const timer = setInterval(poll, pollMs);
    child.on('error', (err) => {
      spawnError = err;
    });
    let wallMs = 0;
    child.on('exit', () => {
      // 'exit' comes when the process has ended; 'close' may follow later, once stdio is drained.
      wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      clearInterval(timer);
    });
    child.on('close', (code, signal) => {
      clearInterval(timer);
      if (!wallMs) wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      resolve({ code, signal, wallMs, peakRssBytes: peak, stdout, stderr, spawnError });
    });
  });
}

/** The last lines of a child's stderr (or stdout), for error messages. */
export function tail(text: string, lines = 30, maxLine = 400): string {
  const all = text.trimEnd().split('\n');
  return all
    .slice(-lines)
    .map((l) => (l.length > maxLine ? `${l.slice(0, maxLine)}… (${l.length} chars)` : l))
    .join('\n');
}

export function describeExit(r: ChildResult): string {
  if (r.spawnError) return `could not start: ${r.spawnError.message}`;
  if (r.signal) return `killed by ${r.signal}`;
  return `exit code ${r.code}`;
}

/** The last stdout line parsed as a JSON object (the child scripts' summary), if it is one. */
export function lastJsonLine(stdout: string): Record<string, unknown> | undefined {
  const last = stdout.trim().split('\n').pop();
  if (!last) return undefined;
  try {
    const v: unknown = JSON.parse(last);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
