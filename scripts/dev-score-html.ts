/**
 * Dev harness for the HTML extractor: runs extractHtml over a bench set, writes a JSONL of
 * records, scores it with ../shared/bench/score.mjs and prints docs/s and MB/s.
 *
 *   npx tsx scripts/dev-score-html.ts --set traf-dev [--baseline] [--per-doc] [--only ID] [--limit N]
 *
 * With --baseline, does the same for Readability 0.6 on jsdom so the ratio is printed in one run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractHtml } from '../src/per-document/parse/html/extract-html.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const bench = path.resolve(root, '../shared/bench');

interface Args {
  set: string;
  baseline: boolean;
  perDoc: boolean;
  only?: string;
  limit?: number;
  out: string;
  rounds: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { set: 'traf-dev', baseline: false, perDoc: false, out: path.join(root, 'out/dev-html'), rounds: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i] ?? '';
    if (a === '--set') args.set = next();
    else if (a === '--baseline') args.baseline = true;
    else if (a === '--per-doc') args.perDoc = true;
    else if (a === '--only') args.only = next();
    else if (a === '--limit') args.limit = Number(next());
    else if (a === '--out') args.out = path.resolve(next());
    else if (a === '--rounds') args.rounds = Math.max(1, Number(next()));
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

/** Bench decoding rules: BOM, valid UTF-8, declared charset, else lossy UTF-8. */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = bytes.subarray(0, 4096).toString('latin1');
    const m =
      /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
    if (m?.[1]) {
      try {
        return new TextDecoder(m[1].toLowerCase()).decode(bytes);
      } catch {
        /* unknown label */
      }
    }
    return new TextDecoder('utf-8').decode(bytes);
  }
}

interface Page {
  id: string;
  file: string;
  html: string;
  bytes: number;
  url?: string;
}

function loadPages(args: Args): Page[] {
  const dir = path.join(bench, args.set, 'html');
  const truth = JSON.parse(readFileSync(path.join(bench, args.set, 'truth.json'), 'utf8')) as Record<string, { url?: string | null }>;
  let files = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
  if (args.only) files = files.filter((f) => f.startsWith(args.only!));
  if (args.limit) files = files.slice(0, args.limit);
  return files.map((f) => {
    const bytes = readFileSync(path.join(dir, f));
    const id = f.replace(/\.html$/, '');
    return { id, file: path.join(dir, f), html: decode(bytes), bytes: bytes.length, url: truth[id]?.url ?? undefined };
  });
}

interface Rec {
  text: string;
  sources: { path: string }[];
  title?: string;
  byline?: string;
  published?: string;
  site?: string;
  language?: string;
}

function score(args: Args, records: Rec[], name: string): string {
  mkdirSync(args.out, { recursive: true });
  const file = path.join(args.out, `${args.set}.${name}.jsonl`);
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const cmd = ['--truth', path.join(bench, args.set, 'truth.json'), '--records', file];
  if (args.perDoc) cmd.push('--per-doc', path.join(args.out, `${args.set}.${name}.tsv`));
  const out = execFileSync(process.execPath, [path.join(bench, 'score.mjs'), ...cmd], { encoding: 'utf8' });
  return out;
}

function timeRun(pages: Page[], rounds: number, fn: (p: Page) => Rec): { records: Rec[]; seconds: number } {
  let records: Rec[] = [];
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) records = pages.map(fn);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9 / rounds;
  return { records, seconds };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const pages = loadPages(args);
  const mb = pages.reduce((n, p) => n + p.bytes, 0) / 1e6;

  // warm-up (JIT), not timed
  for (const p of pages.slice(0, 20)) extractHtml(p.html, { url: p.url });
  const mine = timeRun(pages, args.rounds, (p) => {
    const x = extractHtml(p.html, { url: p.url });
    return {
      text: x.blocks.map((b) => b.text).join('\n\n'),
      sources: [{ path: p.file }],
      title: x.meta.title,
      byline: x.meta.byline,
      published: x.meta.published,
      site: x.meta.site,
      language: x.meta.language,
    };
  });
  const mineRate = pages.length / mine.seconds;
  console.log(`== winnow extractHtml on ${args.set} (${pages.length} docs, ${mb.toFixed(1)} MB)`);
  process.stdout.write(score(args, mine.records, 'winnow'));
  console.log(`speed: ${mineRate.toFixed(1)} docs/s, ${(mb / mine.seconds).toFixed(1)} MB/s`);

  if (args.baseline) {
    const { JSDOM, VirtualConsole } = await import('jsdom');
    const { Readability } = await import('@mozilla/readability');
    const virtualConsole = new VirtualConsole();
    const base = timeRun(pages, 1, (p) => {
      let text = '';
      let title: string | undefined;
      let byline: string | undefined;
      let published: string | undefined;
      let site: string | undefined;
      let language: string | undefined;
      try {
        const dom = new JSDOM(p.html, { url: p.url ?? 'https://example.invalid/', virtualConsole });
        const art = new Readability(dom.window.document).parse();
        text = art?.textContent ?? '';
        title = art?.title ?? undefined;
        byline = art?.byline ?? undefined;
        published = art?.publishedTime ?? undefined;
        site = art?.siteName ?? undefined;
        language = art?.lang ?? undefined;
        dom.window.close();
      } catch {
        /* counted as empty */
      }
      return { text, sources: [{ path: p.file }], title, byline, published, site, language };
    });
    const baseRate = pages.length / base.seconds;
    console.log(`== baseline Readability 0.6 + jsdom on ${args.set}`);
    process.stdout.write(score(args, base.records, 'readability'));
    console.log(`speed: ${baseRate.toFixed(1)} docs/s, ${(mb / base.seconds).toFixed(1)} MB/s`);
    console.log(`speed ratio winnow/baseline: ${(mineRate / baseRate).toFixed(1)}x`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
