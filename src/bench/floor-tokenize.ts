/**
 * Speed floor, run as its own process by the bench:
 *
 *   node dist/bench/floor-tokenize.js FILE…
 *
 * Reads each page, decodes it as UTF-8 and feeds it to an htmlparser2 Parser whose handlers do
 * nothing: tokenizing and tree events only, no DOM, no extraction. No real extractor can be
 * faster than this on the same machine. Prints a one-line JSON summary on stdout.
 */
import fs from 'node:fs';
import { Parser } from 'htmlparser2';

const noop = (): void => {};

function main(): void {
  const files = process.argv.slice(2);
  if (!files.length) {
    process.stderr.write('usage: node dist/bench/floor-tokenize.js FILE…\n');
    process.exit(2);
  }
  const started = process.hrtime.bigint();
  let bytes = 0;
  let events = 0;
  const count = (): void => {
    events++;
  };
  for (const file of files) {
    const buf = fs.readFileSync(file);
    bytes += buf.length;
    const parser = new Parser(
      {
        onopentagname: noop,
        onattribute: noop,
        onopentag: count,
        ontext: noop,
        onclosetag: noop,
        oncomment: noop,
        onprocessinginstruction: noop,
        oncdatastart: noop,
        oncdataend: noop,
      },
      { decodeEntities: true },
    );
    parser.write(buf.toString('utf8'));
    parser.end();
  }
  const innerMs = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(JSON.stringify({ docs: files.length, bytes, openTags: events, innerMs }) + '\n');
}

main();
