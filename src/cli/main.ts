#!/usr/bin/env node
/**
 * The `winnow` command line. Exit codes: 0 all inputs processed, 1 some failed, 2 usage or
 * configuration error, 75 output folder locked by another run, 130 interrupted (SIGINT/SIGTERM).
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import os from 'node:os';
import { ConfigError } from '../config/pipeline-config.js';
import { LockedError } from './lock.js';
import { runCommand } from './run-command.js';

export const EXIT = { ok: 0, someFailed: 1, usage: 2, locked: 75, interrupted: 130 } as const;

const EXIT_CODES_HELP = `
Exit codes:
  0    every input was processed
  1    some inputs failed (listed with their reasons in <out>/run.json)
  2    usage or configuration error (bad flag, bad pipeline, unusable state file)
  75   the output folder is locked: another winnow run is writing to it (try again later)
  130  interrupted by SIGINT/SIGTERM: the work done is saved in the state, the next run goes on`;

const FEED_FORMATS = ['jsonl', 'es-bulk'];
function feedFormat(value: string, previous: string[] = []): string[] {
  if (!FEED_FORMATS.includes(value)) throw new InvalidArgumentError(`must be one of ${FEED_FORMATS.join(', ')}`);
  return [...previous, value];
}

function nonNegative(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('must be a number of at least 0');
  return n;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
  return n;
}

// `winnow --help | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const collect = (value: string, previous: string[] = []) => [...previous, value];

const program = new Command()
  .name('winnow')
  .description('Separates the article from the chaff: reads raw article dumps (HTML, Markdown, plain text), strips boilerplate, extracts metadata, merges dumps of the same article and writes clean JSON records.')
  .version('0.1.0')
  .showHelpAfterError()
  .exitOverride();

program
  .command('run')
  .description('Run the pipeline over INPUT files and folders (folders are recursed) and write records to --out.')
  .argument('[input...]', 'files or folders to read', ['seeds'])
  .option('--out <dir>', 'output folder: records/<id>.json, records.jsonl, changes.jsonl, run.json and .winnow/ (state, lock)', 'output')
  .option('--pipeline <name|file>', 'pipeline definition: a name in pipelines/ or a YAML file', 'default')
  .option('--no-dedupe', 'write one record per input document instead of merging dumps of the same article')
  .option('--concurrency <n>', 'extraction threads: N > 1 runs documents in N worker threads, 1 in the main thread', positiveInt, os.availableParallelism())
  .option('--include <glob>', 'only read files under folders that match this glob (repeatable)', collect)
  .option('--exclude <glob>', 'skip files under folders that match this glob (repeatable)', collect)
  .option('--state <file>', 'state file (SQLite) that makes runs incremental (default: <out>/.winnow/state.sqlite)')
  .option('--full', 'ignore stored extractions and extract every input again (records keep their ids; the change feed still says what changed)')
  .option('--prune', 'remove the record files of deleted records (by default they stay, and changes.jsonl lists them as deleted)')
  .addOption(new Option('--format <format>', 'also write the change feed in this format (repeatable; jsonl, es-bulk): es-bulk writes changes.es-bulk.ndjson for _bulk').argParser(feedFormat))
  .option('--es-index <name>', 'index named in each es-bulk action (omit to give it in the _bulk URL)')
  .option('--progress-interval <seconds>', 'seconds between progress log lines when stderr is not a terminal (0: none)', nonNegative, 10)
  .addOption(new Option('--log-level <level>', 'log level of the JSON log lines on stderr').choices(['debug', 'info', 'warn', 'error', 'silent']).default('info'))
  .addHelpText(
    'after',
    `
Inputs: files and folders (recursed), JSON Lines dumps (.jsonl, .jsonl.gz: one object per line
with url and html, markdown or text, plus optional title, byline, published, site, language),
WARC files (.warc, .warc.gz: HTML response records), and - for standard input.

Runs are incremental: inputs whose bytes did not change since the last run are not extracted
again; records keep their ids; changes.jsonl lists the records added, updated and deleted.
${EXIT_CODES_HELP}`,
  )
  .action(async (inputs: string[], options) => {
    process.exitCode = await runCommand(inputs, options);
  });

program.addHelpText('after', EXIT_CODES_HELP);

program
  .command('explain')
  .description('Show every block of one document with keep or drop, the kind and the rule that decided it.')
  .argument('<file>', 'the document to explain')
  .option('--pipeline <name|file>', 'pipeline definition: a name in pipelines/ or a YAML file', 'default')
  .option('--json', 'print the explanation as JSON')
  .action(async (file: string, options) => {
    // Loaded when used: the stages' modules are not needed to start a run.
    const { explainCommand } = await import('./explain-command.js');
    process.exitCode = await explainCommand(file, options);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const code = (error as { code?: string }).code;
  if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') process.exitCode = EXIT.ok;
  else if (error instanceof LockedError) {
    process.stderr.write(`winnow: ${error.message}\n`);
    process.exitCode = EXIT.locked;
  } else if (error instanceof ConfigError) {
    process.stderr.write(`winnow: ${error.message}\n`);
    process.exitCode = EXIT.usage;
  } else if (code?.startsWith('commander.')) process.exitCode = EXIT.usage;
  else {
    process.stderr.write(`winnow: ${(error as Error).stack ?? error}\n`);
    process.exitCode = EXIT.usage;
  }
}
