#!/usr/bin/env node
/** The `winnow` command line. Exit codes: 0 all inputs processed, 1 some failed, 2 usage or configuration error. */
import { Command, InvalidArgumentError, Option } from 'commander';
import os from 'node:os';
import { ConfigError } from '../config/pipeline-config.js';
import { explainCommand } from './explain-command.js';
import { runCommand } from './run-command.js';

export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
  return n;
}

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
  .option('--out <dir>', 'output folder: records/<id>.json, records.jsonl and run.json', 'output')
  .option('--pipeline <name|file>', 'pipeline definition: a name in pipelines/ or a YAML file', 'default')
  .option('--no-dedupe', 'write one record per input document instead of merging dumps of the same article')
  .option('--concurrency <n>', 'documents read and processed at once', positiveInt, os.availableParallelism())
  .option('--include <glob>', 'only read files under folders that match this glob (repeatable)', collect)
  .option('--exclude <glob>', 'skip files under folders that match this glob (repeatable)', collect)
  .addOption(new Option('--log-level <level>', 'log level of the JSON log lines on stderr').choices(['debug', 'info', 'warn', 'error', 'silent']).default('info'))
  .action(async (inputs: string[], options) => {
    process.exitCode = await runCommand(inputs, options);
  });

program
  .command('explain')
  .description('Show every block of one document with keep or drop, the kind and the rule that decided it.')
  .argument('<file>', 'the document to explain')
  .option('--pipeline <name|file>', 'pipeline definition: a name in pipelines/ or a YAML file', 'default')
  .option('--json', 'print the explanation as JSON')
  .action(async (file: string, options) => {
    process.exitCode = await explainCommand(file, options);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const code = (error as { code?: string }).code;
  if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') process.exitCode = EXIT.ok;
  else if (error instanceof ConfigError) {
    process.stderr.write(`winnow: ${error.message}\n`);
    process.exitCode = EXIT.usage;
  } else if (code?.startsWith('commander.')) process.exitCode = EXIT.usage;
  else {
    process.stderr.write(`winnow: ${(error as Error).stack ?? error}\n`);
    process.exitCode = EXIT.usage;
  }
}
