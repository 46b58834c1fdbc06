import { pino, destination } from 'pino';
import { runPipeline } from '../pipeline/run.js';

export interface RunCommandOptions {
  out: string;
  pipeline: string;
  dedupe: boolean;
  concurrency: number;
  include?: string[];
  exclude?: string[];
  logLevel: string;
}

export async function runCommand(inputs: string[], options: RunCommandOptions): Promise<number> {
  const log = pino({ level: options.logLevel, base: undefined }, destination(2));
  log.info({ inputs, out: options.out, pipeline: options.pipeline }, 'run started');
  const summary = await runPipeline({
    inputs,
    outDir: options.out,
    pipeline: options.pipeline,
    dedupe: options.dedupe,
    concurrency: options.concurrency,
    include: options.include,
    exclude: options.exclude,
  });
  for (const failure of summary.failures) log.warn(failure, 'input failed');
  log.info(
    { documents: summary.inputs.documents, records: summary.records.total, failed: summary.inputs.failed, durationMs: summary.durationMs },
    'run finished',
  );
  return summary.exitCode;
}
