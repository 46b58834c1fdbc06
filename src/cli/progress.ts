/**
 * Progress of a run: a bar on a terminal (files done/total, documents, docs/s, ETA), and
 * periodic JSON log lines otherwise (cron, CI, pipes).
 */
import { createRequire } from 'node:module';
import type cliProgress from 'cli-progress';
import type { Logger } from 'pino';

/** The bar's library, loaded only on a terminal: cron runs and reruns never draw one. */
const loadCliProgress = () => createRequire(import.meta.url)('cli-progress') as typeof cliProgress;

export interface Progress {
  start(totalFiles: number): void;
  file(done: number): void;
  document(done: number): void;
  stop(): void;
}

export interface ProgressOptions {
  tty: boolean;
  /** Between log lines when not on a terminal. */
  intervalMs: number;
}

export function createProgress(log: Logger, options: ProgressOptions): Progress {
  let total = 0;
  let files = 0;
  let docs = 0;
  let startedAt = 0;
  let timer: NodeJS.Timeout | undefined;
  let bar: cliProgress.SingleBar | undefined;
  const rate = () => {
    const seconds = (performance.now() - startedAt) / 1000;
    return seconds > 0 ? docs / seconds : 0;
  };
  const etaSeconds = () => {
    const seconds = (performance.now() - startedAt) / 1000;
    return files > 0 ? Math.round((seconds / files) * (total - files)) : undefined;
  };

  return {
    start(totalFiles) {
      total = totalFiles;
      startedAt = performance.now();
      if (options.tty) {
        const { SingleBar, Presets } = loadCliProgress();
        bar = new SingleBar(
          {
            stream: process.stderr,
            format: 'winnow |{bar}| {value}/{total} inputs | {docs} docs | {rate} docs/s | ETA {eta_formatted}',
            hideCursor: true,
            etaBuffer: 50,
          },
          Presets.shades_classic,
        );
        bar.start(total, 0, { docs: 0, rate: '0.0' });
      } else if (options.intervalMs > 0) {
        timer = setInterval(() => {
          log.info({ inputsDone: files, inputsTotal: total, documents: docs, docsPerSecond: Math.round(rate() * 10) / 10, etaSeconds: etaSeconds() }, 'progress');
        }, options.intervalMs);
        timer.unref();
      }
    },
    file(done) {
      files = done;
      bar?.update(files, { docs, rate: rate().toFixed(1) });
    },
    document(done) {
      docs = done;
      bar?.update(files, { docs, rate: rate().toFixed(1) });
    },
    stop() {
      if (timer) clearInterval(timer);
      bar?.stop();
    },
  };
}
