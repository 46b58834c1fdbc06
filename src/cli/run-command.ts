import { pino, destination } from 'pino';
import type { FeedFormat } from '../feed/change-feed.js';
import { EXIT_INTERRUPTED, runPipeline } from '../pipeline/run.js';
import { lockOutput } from './lock.js';
import { createProgress } from './progress.js';

export interface RunCommandOptions {
  out: string;
  pipeline: string;
  dedupe: boolean;
  concurrency: number;
  include?: string[];
  exclude?: string[];
  logLevel: string;
  state?: string;
  full?: boolean;
  prune?: boolean;
  format?: FeedFormat[];
  esIndex?: string;
  progressInterval: number;
}

/** Exit codes: 0 all inputs processed, 1 some failed, 2 usage or configuration error, 75 locked, 130 interrupted. */
export async function runCommand(inputs: string[], options: RunCommandOptions): Promise<number> {
  const log = pino({ level: options.logLevel, base: undefined }, destination({ fd: 2, sync: true }));
  // Throws LockedError (exit 75) when another run holds the output folder.
  const release = await lockOutput(options.out, (error) => log.error({ err: error.message }, 'lock on the output folder lost'));

  const controller = new AbortController();
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals++;
    if (signals > 1) {
      log.error({ signal }, 'second signal: exiting now (checkpoints are kept)');
      process.exit(EXIT_INTERRUPTED);
    }
    log.warn({ signal }, 'stopping: no more inputs taken, saving state and summary');
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const progress = createProgress(log, { tty: process.stderr.isTTY === true && options.logLevel !== 'silent', intervalMs: options.progressInterval * 1000 });
  try {
    log.info({ inputs, out: options.out, pipeline: options.pipeline, full: options.full === true }, 'run started');
    const summary = await runPipeline({
      inputs,
      outDir: options.out,
      pipeline: options.pipeline,
      dedupe: options.dedupe,
      concurrency: options.concurrency,
      include: options.include,
      exclude: options.exclude,
      statePath: options.state,
      full: options.full,
      prune: options.prune,
      formats: ['jsonl', ...(options.format ?? []).filter((f) => f !== 'jsonl')],
      esIndex: options.esIndex,
      signal: controller.signal,
      onStart: (files) => progress.start(files),
      onFile: (done) => progress.file(done),
      onDocument: (done) => progress.document(done),
    });
    progress.stop();
    for (const failure of summary.failures) log.warn(failure, 'input failed');
    log.info(
      {
        status: summary.status,
        documents: summary.inputs.documents,
        unchanged: summary.inputs.unchanged,
        extracted: summary.inputs.processed,
        failed: summary.inputs.failed,
        records: summary.records.total,
        added: summary.records.added,
        updated: summary.records.updated,
        deleted: summary.records.deleted,
        durationMs: summary.durationMs,
        exitCode: summary.exitCode,
      },
      'run finished',
    );
    return summary.exitCode;
  } finally {
    progress.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await release();
  }
}
