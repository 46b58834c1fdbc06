/**
 * Compiled rule packs kept between runs. Reading the packs (YAML, schemas, expressions and
 * their literals) is most of a run's start, on the way to the first document; the compiled
 * packs load in a few milliseconds.
 *
 * An entry's key is everything the compiled packs follow from: the path and bytes of every
 * pack file, in the order they are compiled; the code that reads and compiles them (this
 * folder and src/core); Node's version and those of the YAML and schema libraries. Any other
 * byte is another key. A pack that does not compile is never stored (the run stops with its
 * error every time); an entry that cannot be read or decoded is compiled again; an entry is
 * stored only if the files hashed the same after compiling as before.
 *
 * Entries live in $WINNOW_CACHE_DIR, else $XDG_CACHE_HOME/winnow, else ~/.cache/winnow
 * (WINNOW_CACHE_DIR set empty turns the cache off); the few used last are kept.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { writeFileAtomic } from '../output/atomic-write.js';
import type { RulePacks } from './rules.js';

/** Entries kept: one per pipeline (or pack version) in use, and a few more. */
const KEEP = 8;
const ENTRY = /^rule-packs-[0-9a-f]{64}\.v8$/;

/** The folder of the entries, or undefined when the cache is off. */
export function packCacheDir(): string | undefined {
  const own = process.env['WINNOW_CACHE_DIR'];
  if (own !== undefined) return own === '' ? undefined : path.resolve(own);
  const base = process.env['XDG_CACHE_HOME'] || path.join(os.homedir(), '.cache');
  return path.join(base, 'winnow');
}

/** The packs compiled from these files, from the cache when an entry has the same key; `compile` otherwise (and the result stored). */
export function cachedPacks(files: readonly string[], compile: () => RulePacks): RulePacks {
  const dir = packCacheDir();
  const key = dir === undefined ? undefined : keyOf(files);
  if (dir === undefined || key === undefined) return compile();
  const entry = path.join(dir, `rule-packs-${key}.v8`);
  const stored = readEntry(entry);
  if (stored) return stored;
  const packs = compile();
  if (keyOf(files) === key) store(dir, entry, packs);
  return packs;
}

function readEntry(entry: string): RulePacks | undefined {
  if (!existsSync(entry)) return undefined;
  try {
    const packs = deserialize(readFileSync(entry)) as RulePacks;
    const now = new Date();
    utimesSync(entry, now, now); // used last: kept longest
    return packs;
  } catch (error) {
    warn(`unreadable entry ${entry} (compiled again)`, error);
    return undefined;
  }
}

/** A cache that fails only costs a compile, so the run goes on; the reason goes to stderr as a Node warning. */
function warn(what: string, error: unknown): void {
  process.emitWarning(`rule pack cache: ${what}: ${error instanceof Error ? error.message : String(error)}`, { code: 'WINNOW_PACK_CACHE' });
}

function store(dir: string, entry: string, packs: RulePacks): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileAtomic(entry, serialize(packs));
    const entries = readdirSync(dir)
      .filter((name) => ENTRY.test(name))
      .map((name) => ({ file: path.join(dir, name), used: statSync(path.join(dir, name)).mtimeMs }))
      .sort((a, b) => b.used - a.used);
    for (const old of entries.slice(KEEP)) unlinkSync(old.file);
  } catch (error) {
    // A cache that cannot be written (read-only home, a full disk) only costs the next run its compile.
    warn(`cannot store ${entry}`, error);
  }
}

/** The key of the packs these files compile to (undefined when something cannot be read: a pack file, and the compile reports it, or the code). */
function keyOf(files: readonly string[]): string | undefined {
  try {
    const hash = createHash('sha256').update(codeIdentity());
    for (const file of files) hash.update(`\0${file}\0`).update(readFileSync(file));
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

let identity: string | undefined;

/** What the compiled packs depend on besides the pack files: the compiling code and the libraries it uses. */
function codeIdentity(): string {
  if (identity !== undefined) return identity;
  const hash = createHash('sha256').update(`node ${process.version}\0`);
  for (const name of ['js-yaml', 'zod']) hash.update(`${name} ${packageVersion(name)}\0`);
  for (const dir of ['.', '../core'].map((d) => fileURLToPath(new URL(`${d}/`, import.meta.url)))) {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (statSync(file).isFile()) hash.update(`\0${name}\0`).update(readFileSync(file));
    }
  }
  return (identity = hash.digest('hex'));
}

/** The version of an installed package, from the package.json above its entry point. */
function packageVersion(name: string): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve(name));
  while (!existsSync(path.join(dir, 'package.json')) || (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string }).name !== name) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json of ${name}`);
    dir = parent;
  }
  return String((JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version?: string }).version);
}
