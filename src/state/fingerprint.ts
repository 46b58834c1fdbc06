/**
 * What makes a stored extraction reusable: the same input (bytes and the hints it came with)
 * through the same pipeline (definition, rule and site packs, and winnow's own code). When
 * any of them changes, stored documents are stale and inputs are extracted again.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Doc, Origin } from '../core/document.js';
import { sha256Hex } from '../core/hash.js';
import { siteFolders, type PipelineConfig } from '../config/pipeline-config.js';

/** winnow's code: the folder above this module (dist/ when built, src/ under tests). */
const CODE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function walk(dir: string, accept: (file: string) => boolean, out: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'bench' && entry.name !== 'node_modules') walk(full, accept, out);
    } else if (entry.isFile() && accept(full)) out.push(full);
  }
  return out;
}

let codeHash: string | undefined;

function codeFingerprint(): string {
  if (!codeHash) {
    const files = walk(CODE_ROOT, (f) => /\.(?:js|ts|mjs)$/.test(f) && !f.endsWith('.d.ts'));
    codeHash = sha256Hex(files.map((f) => `${path.relative(CODE_ROOT, f)}\0${sha256Hex(readFileSync(f))}`).join('\n'));
  }
  return codeHash;
}

export function pipelineFingerprint(config: PipelineConfig): string {
  const base = path.dirname(config.file);
  const dirs = [...config.rules.packs, ...siteFolders(config).folders].map((p) => path.resolve(base, p));
  const packs = dirs
    .flatMap((dir) => {
      try {
        return statSync(dir).isDirectory() ? walk(dir, () => true) : [dir];
      } catch {
        return [];
      }
    })
    .map((f) => `${f}\0${sha256Hex(readFileSync(f))}`);
  const { file: _file, ...definition } = config;
  return sha256Hex(JSON.stringify({ definition, packs, code: codeFingerprint() }));
}

/** The input's bytes and everything that came with them (hints, declared charset and format). */
export function docFingerprint(doc: Doc): string {
  return sha256Hex(
    JSON.stringify([doc.source.sha256, doc.source.origin.kind, doc.declaredFormat ?? null, doc.declaredCharset ?? null, doc.meta, doc.metaOrigin]),
  );
}

/** The state key of one input: the file, a line of it, or a WARC record at an offset. */
export function inputKey(container: string, origin: Origin): string {
  if (origin.line !== undefined) return `${container}#L${origin.line}`;
  if (origin.offset !== undefined) return `${container}@${origin.offset}`;
  return container;
}
