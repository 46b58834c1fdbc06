/**
 * StageContexts for unit tests: the default pipeline, or an inline pipeline object written
 * to a temporary YAML file (so tests can switch kinds, thresholds or rule packs), plus
 * small builders for documents and for running a document through named stages.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dump as stringify } from 'js-yaml';
import { loadPipeline, type PipelineConfig } from '../../src/config/pipeline-config.js';
import { readRuleSet } from '../../src/config/rule-packs.js';
import { newDoc, type Block, type Doc, type Format, type InlineLink, type Metadata, type MetadataField, type MetadataOrigin, type Removal } from '../../src/core/document.js';
import type { ExtractedDoc } from '../../src/core/extracted.js';
import { minhash } from '../../src/core/minhash.js';
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
  return { config: cachedDefault, rules: readRuleSet(cachedDefault), stats: new StageStats() };
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
  return { config, rules: readRuleSet(config), stats: new StageStats() };
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

// ---- Batch: ExtractedDocs as the map step would hand them over ----

export interface DocSpec {
  path: string;
  paragraphs: string[];
  meta?: Metadata;
  metaOrigin?: Partial<Record<MetadataField, MetadataOrigin>>;
  removed?: Removal[];
  lowConfidence?: string;
}

export function extracted(spec: DocSpec): ExtractedDoc {
  const text = spec.paragraphs.join('\n\n');
  return {
    source: { path: spec.path, origin: { kind: 'file' }, sha256: sha256Hex(spec.path), bytes: text.length, format: 'text', charset: 'utf-8' },
    meta: spec.meta ?? {},
    metaOrigin: spec.metaOrigin ?? {},
    blocks: spec.paragraphs.map((p) => ({ type: 'paragraph', text: p })),
    text,
    removed: spec.removed ?? [],
    lowConfidence: spec.lowConfidence,
    messages: [],
    signature: minhash(text),
  };
}

/** An invented story, in the words of one outlet. */
export const STORY = [
  'The old lifeboat station at Carrow Point will reopen as a maritime museum next spring, the town council confirmed on Wednesday after a vote that ended a debate lasting almost six years.',
  "The building, which housed the town's lifeboat from 1891 until the crew moved to a modern boathouse in 1998, has stood empty since and was placed on the at-risk register in 2019.",
  "Volunteers from the Carrow Heritage Trust have raised most of the money for the repairs themselves, through quiz nights, a sponsored swim and the sale of a calendar of old photographs of the station's crews.",
  'The museum will display the restored rowing lifeboat "Mary Ellen", which saved forty-two lives between 1891 and 1914, together with logbooks, medals and oral histories recorded with the families of former crew members.',
  "\"It's been a long haul, but this building belongs to the town again,\" said trust chair Morwenna Kitto, who first proposed the museum at a public meeting in the winter of 2018.",
];

/** The same story as another dump renders it: curly quotes and dashes, one line added. */
export const STORY_REDUMPED = [
  ...STORY.slice(0, 4).map((p) => p.replace(/"([^"]*)"/g, '\u201C$1\u201D').replace(/'/g, '\u2019').replace(/ - /g, ' \u2014 ')),
  STORY[4]!.replace(/"/g, '\u201D').replace(/'/g, '\u2019'),
  'Opening hours will be announced in the new year.',
];

/** The same news, rewritten in another outlet's own words. */
export const STORY_REWRITTEN = [
  'Carrow Point is getting a maritime museum. Councillors agreed on Wednesday to turn the disused lifeboat station into an exhibition space, with doors due to open in the spring.',
  'Lifeboat crews launched from the Victorian station for more than a century before moving out in 1998. Since then the building has decayed, and heritage officials listed it as at risk five years ago.',
  'Fundraising by local heritage volunteers covered the bulk of the restoration bill. Their efforts included a charity swim, quizzes and a calendar of archive crew portraits.',
  'Visitors will be able to see the Mary Ellen, a rowing boat credited with rescuing 42 people before the First World War, as well as medals and recorded memories of crew families.',
  'Trust chair Morwenna Kitto called the decision the end of a long campaign that she began at a town meeting in 2018.',
];

/** Another story entirely. */
export const OTHER_STORY = [
  'A herd of Exmoor ponies has been brought onto the downs above Hallow Bay to graze back the gorse that has spread across the old chalk grassland over the last twenty years.',
  'Rangers say the ponies eat the young gorse shoots and coarse grasses that sheep avoid, giving orchids and other small flowers room to grow again on the steep slopes.',
  'Walkers are asked to keep dogs on leads near the herd and not to feed the animals, which are used to people but remain semi-wild and can kick if startled.',
];
