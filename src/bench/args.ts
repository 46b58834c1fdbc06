/** Command-line options of `npm run bench -- …`. */
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { BENCH_DIR, DEFAULT_DATA_DIR, INPUTS, SETS } from './paths.js';
import type { BenchInput, BenchSet } from './paths.js';

export interface BenchOptions {
  set: BenchSet;
  input: BenchInput;
  dataDir: string;
  /** Passed to winnow as --concurrency when given; without it winnow runs with 1 and with 2 workers. */
  concurrency?: number;
  baseline: boolean;
  /** The memory and rerun bench instead of the quality table. */
  memory: boolean;
  /** Where results (`results/`) and kept records (`out/`) go. */
  benchDir: string;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

export function parseBenchArgs(argv: string[]): BenchOptions {
  const program = new Command('bench')
    .description('Score winnow against a Readability.js baseline and an htmlparser2 speed floor on the shared bench data.')
    .addOption(new Option('--set <set>', 'evaluation set').choices(SETS).default('traf-dev'))
    .addOption(new Option('--input <kind>', 'which inputs: the HTML pages or the Markdown/text dumps (made from the pages for a set that has none)').choices(INPUTS).default('html'))
    .option('--data <dir>', 'bench data folder', DEFAULT_DATA_DIR)
    .option('--concurrency <n>', 'passed to `winnow run --concurrency`', positiveInt)
    .option('--no-baseline', 'skip the baseline run (winnow and the floor only)')
    .option('--memory', 'peak RSS over the set once and ten times under other names, and an unchanged rerun against the first run')
    .option('--bench-dir <dir>', 'folder for results/ and out/ (e.g. outside the checkout while others work in it)', BENCH_DIR)
    .allowExcessArguments(false)
    .parse(argv, { from: 'user' });
  const o = program.opts<{ set: BenchSet; input: BenchInput; data: string; concurrency?: number; baseline: boolean; memory?: boolean; benchDir: string }>();
  return { set: o.set, input: o.input, dataDir: path.resolve(o.data), concurrency: o.concurrency, baseline: o.baseline, memory: o.memory === true, benchDir: path.resolve(o.benchDir) };
}
