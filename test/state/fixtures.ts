/** Shared by the state and cron tests: real bench pages copied into a temp input folder. */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { REPO } from '../helpers/cli.js';

export const BENCH = process.env.WINNOW_BENCH_DATA ? path.resolve(process.env.WINNOW_BENCH_DATA) : path.resolve(REPO, '..', 'shared', 'bench');
export const TRAF = path.join(BENCH, 'traf-dev');

export function requireBench(): void {
  if (!existsSync(path.join(TRAF, 'html'))) throw new Error(`bench data missing: ${TRAF} (set WINNOW_BENCH_DATA)`);
}

/** The ids of the bench articles that have an HTML page, sorted. */
export function benchIds(): string[] {
  return readdirSync(path.join(TRAF, 'html')).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5)).sort();
}

/** Copies `<id>.html` (and `.md` / `.txt` dumps when asked) of the given articles into `dir`. */
export function copyArticles(dir: string, ids: readonly string[], kinds: readonly ('html' | 'md' | 'txt')[] = ['html']): string[] {
  mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  for (const id of ids) {
    for (const kind of kinds) {
      const from = path.join(TRAF, kind === 'html' ? 'html' : 'dumps', `${id}.${kind}`);
      if (!existsSync(from)) continue;
      const to = path.join(dir, `${id}.${kind}`);
      copyFileSync(from, to);
      out.push(to);
    }
  }
  return out;
}

export function readJson<T = Record<string, any>>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export function readLines<T = Record<string, any>>(file: string): T[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
}

export function openState(outDir: string): Database.Database {
  return new Database(path.join(outDir, '.winnow', 'state.sqlite'), { readonly: true, fileMustExist: true });
}
