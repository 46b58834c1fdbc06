/**
 * StageContexts for unit tests: the default pipeline, or an inline pipeline object written
 * to a temporary YAML file (so tests can switch kinds, thresholds or rule packs), plus
 * small builders for documents and for running a document through named stages.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { loadPipeline, type PipelineConfig } from '../../src/config/pipeline-config.js';
import { loadRules } from '../../src/config/rules.js';
import { newDoc, type Block, type Doc, type Format, type InlineLink } from '../../src/core/document.js';
import { sha256Hex } from '../../src/core/hash.js';
import { StageStats, type StageContext } from '../../src/core/stage.js';
import { documentStages } from '../../src/pipeline/document-stages.js';
import { runStages } from '../../src/pipeline/run-document.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_RULES = path.join(REPO, 'pipelines', 'rules');
export const DEFAULT_SITES = path.join(REPO, 'pipelines', 'sites');

let cachedDefault: PipelineConfig | undefined;

/** A fresh context (fresh stats) over the default pipeline. */
export function defaultContext(): StageContext {
  cachedDefault ??= loadPipeline('default', REPO);
  return { config: cachedDefault, rules: loadRules(cachedDefault), stats: new StageStats() };
}

export interface InlinePipelineOptions {
  /** Extra files to write beside the pipeline (relative path → content, objects become YAML). */
  files?: Record<string, string | object>;
}

/** Writes `definition` (and `files`) to a temp folder and returns the path of the YAML file. */
export function writePipeline(definition: object, options: InlinePipelineOptions = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'winnow-pipeline-'));
  for (const [rel, content] of Object.entries(options.files ?? {})) {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, typeof content === 'string' ? content : stringify(content));
  }
  const file = path.join(dir, 'pipeline.yaml');
  writeFileSync(file, stringify(definition));
  return file;
}

/**
 * A context from an inline pipeline object. Unless the object says otherwise, rule packs
 * and site packs are the default ones (absolute paths), so only what a test changes differs.
 */
export function contextFrom(definition: Record<string, unknown>, options: InlinePipelineOptions = {}): StageContext {
  const rules = (definition.rules ?? {}) as Record<string, unknown>;
  const full = {
    ...definition,
    rules: { packs: [DEFAULT_RULES], ...rules },
    sites: definition.sites ?? [DEFAULT_SITES],
  };
  const config = loadPipeline(writePipeline(full, options));
  return { config, rules: loadRules(config), stats: new StageStats() };
}

/** A document as a reader would make it from `content` (bytes in UTF-8). */
export function docOf(content: string, extra: Partial<Doc> & { path?: string } = {}): Doc {
  const { path: file = 'test/input.txt', ...rest } = extra;
  const bytes = new TextEncoder().encode(content);
  return newDoc({ path: file, origin: { kind: 'file' }, sha256: sha256Hex(bytes), bytes: bytes.length }, bytes, rest);
}

/** Runs `doc` through the context's stages up to and including `last`. */
export function runUntil(doc: Doc, last: string, ctx: StageContext = defaultContext()): Doc {
  const stages = documentStages(ctx.config);
  const end = stages.findIndex((s) => s.name === last);
  if (end < 0) throw new Error(`stage ${last} is not in the pipeline`);
  return runStages(doc, stages.slice(0, end + 1), ctx);
}

/** Runs `doc` through every stage of the context's pipeline. */
export function runAll(doc: Doc, ctx: StageContext = defaultContext()): Doc {
  return runStages(doc, documentStages(ctx.config), ctx);
}

/** A block for tagger and apply tests. */
export function block(index: number, text: string, extra: Partial<Block> = {}): Block {
  return { index, type: 'paragraph', text, links: [], ...extra };
}

/** A block whose text is `parts` joined, with the `[text, href]` parts as links. */
export function linked(index: number, parts: (string | [string, string])[], extra: Partial<Block> = {}): Block {
  let text = '';
  const links: InlineLink[] = [];
  for (const part of parts) {
    if (typeof part === 'string') text += part;
    else {
      links.push({ start: text.length, end: text.length + part[0].length, href: part[1] });
      text += part[0];
    }
  }
  return { index, type: 'paragraph', text, links, ...extra };
}

/** A parsed document (blocks given) ready for the metadata/tag/apply stages. */
export function docWithBlocks(blocks: Block[], extra: Partial<Doc> = {}): Doc {
  const doc = docOf(blocks.map((b) => b.text).join('\n'), extra);
  return { ...doc, raw: undefined, content: doc.content ?? blocks.map((b) => b.text).join('\n'), format: (extra.format ?? 'text') as Format, blocks };
}
