/**
 * Baseline extractor, run as its own process by the bench:
 *
 *   node dist/bench/baseline-readability.js --out FILE [--whole] FILE…
 *
 * Default mode: plain Readability.js 0.6 over jsdom, one document at a time. The record text is
 * `textContent` of `parse()` (empty when it returns null); title/byline/site/published/language
 * are Readability's `title`, `byline`, `siteName`, `publishedTime` and `lang`.
 * `--whole`: the whole file as text, no metadata (the baseline for Markdown/text dumps, as in
 * the reference table of the bench README).
 *
 * Writes one JSON record per line: {text, sources: [{path}], title, byline, site, published, language}.
 * Prints a one-line JSON summary on stdout. A document that throws is written with empty text
 * and counted; the process fails only on bad arguments or I/O errors.
 *
 * Memory: jsdom 29 keeps part of every closed window alive (about 3 MB of heap per traf-dev page
 * after a forced GC, with or without Readability), so this process's RSS grows with the number of
 * pages. That is how plain Readability-over-jsdom behaves in one long process; it is measured as is.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { VirtualConsole as VirtualConsoleType } from 'jsdom';

// jsdom and Readability are loaded only in Readability mode, so that the --whole baseline's
// speed and memory are those of reading files, not of loading jsdom.
type Libs = { Readability: typeof import('@mozilla/readability').Readability; JSDOM: typeof import('jsdom').JSDOM };

interface BaselineRecord {
  text: string;
  sources: { path: string }[];
  title: string | null;
  byline: string | null;
  site: string | null;
  published: string | null;
  language: string | null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Valid UTF-8 (or a UTF-8 BOM) is read as UTF-8; anything else goes to jsdom as bytes, which
 * sniffs a BOM or a declared charset (and falls back to windows-1252, as browsers do).
 */
function htmlInput(bytes: Buffer): string | Buffer {
  try {
    return utf8.decode(bytes); // TextDecoder strips a UTF-8 BOM
  } catch {
    return bytes;
  }
}

function nonEmpty(v: string | null | undefined): string | null {
  return typeof v === 'string' && v.trim() ? v : null;
}

function readability(file: string, { Readability, JSDOM }: Libs, virtualConsole: VirtualConsoleType): BaselineRecord {
  const dom = new JSDOM(htmlInput(fs.readFileSync(file)), { virtualConsole });
  try {
    const article = new Readability(dom.window.document).parse();
    return {
      text: article?.textContent ?? '',
      sources: [{ path: file }],
      title: nonEmpty(article?.title),
      byline: nonEmpty(article?.byline),
      site: nonEmpty(article?.siteName),
      published: nonEmpty(article?.publishedTime),
      language: nonEmpty(article?.lang),
    };
  } finally {
    dom.window.close();
  }
}

function whole(file: string): BaselineRecord {
  return { text: fs.readFileSync(file, 'utf8'), sources: [{ path: file }], title: null, byline: null, site: null, published: null, language: null };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { out: { type: 'string' }, whole: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (!values.out || !positionals.length) {
    process.stderr.write('usage: node dist/bench/baseline-readability.js --out FILE [--whole] FILE…\n');
    process.exit(2);
  }
  let libs: Libs | undefined;
  let virtualConsole: VirtualConsoleType | undefined;
  if (!values.whole) {
    const jsdom = await import('jsdom');
    libs = { Readability: (await import('@mozilla/readability')).Readability, JSDOM: jsdom.JSDOM };
    // jsdom reports unparseable CSS and the like on its virtual console: keep them quiet.
    virtualConsole = new jsdom.VirtualConsole();
  }
  const fd = fs.openSync(values.out, 'w');
  let failed = 0;
  let empty = 0;
  for (const file of positionals) {
    let rec: BaselineRecord;
    try {
      rec = libs && virtualConsole ? readability(file, libs, virtualConsole) : whole(file);
    } catch (err) {
      failed++;
      process.stderr.write(`baseline: ${file}: ${(err as Error).message}\n`);
      rec = { text: '', sources: [{ path: file }], title: null, byline: null, site: null, published: null, language: null };
    }
    if (!rec.text) empty++;
    fs.writeSync(fd, JSON.stringify(rec) + '\n');
  }
  fs.closeSync(fd);
  process.stdout.write(JSON.stringify({ docs: positionals.length, failed, empty, mode: values.whole ? 'whole' : 'readability' }) + '\n');
}

await main();
