/**
 * Pipeline definitions: the YAML files in `pipelines/` that users edit. Validated on load;
 * an unknown or mistyped key is an error that names the key and the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as loadYaml } from 'js-yaml';
import { z } from 'zod';
import { BOILERPLATE_KINDS } from '../core/kinds.js';

/** The folder winnow is installed in: the default pipelines live there. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const DOCUMENT_STAGE_NAMES = ['decode', 'detect-format', 'parse', 'metadata', 'tag', 'apply', 'normalize'] as const;
export const BATCH_STAGE_NAMES = ['repeated', 'canonicalize'] as const;
export const REQUIRED_STAGES = ['decode', 'detect-format', 'parse', 'apply', 'normalize'] as const;

const kindSwitches = z.strictObject(
  Object.fromEntries(BOILERPLATE_KINDS.map((kind) => [kind, z.boolean().optional()])) as Record<
    (typeof BOILERPLATE_KINDS)[number],
    z.ZodOptional<z.ZodBoolean>
  >,
);

export const pipelineSchema = z.strictObject({
  name: z.string().optional(),
  description: z.string().optional(),
  /** Per-document stages, in order. */
  stages: z.array(z.enum(DOCUMENT_STAGE_NAMES)).default([...DOCUMENT_STAGE_NAMES]),
  /** Whole-batch stages, in order. */
  batch: z.array(z.enum(BATCH_STAGE_NAMES)).default([...BATCH_STAGE_NAMES]),
  /** Turn a kind off to keep such blocks as text (e.g. `embed: false`). */
  kinds: kindSwitches.default({}),
  rules: z
    .strictObject({
      /** Folders of phrase packs (`<lang>/<kind>.yaml`), relative to the pipeline file. */
      packs: z.array(z.string()).default(['rules']),
      /** `auto`: the document's language plus English; `all`; or a list of languages. */
      languages: z.union([z.literal('auto'), z.literal('all'), z.array(z.string())]).default('auto'),
      /** Rule names, or prefixes ending in `/`, to turn off. */
      disable: z.array(z.string()).default([]),
    })
    .default({ packs: ['rules'], languages: 'auto', disable: [] }),
  /** Folders of per-site packs, relative to the pipeline file (default: `sites`, when there is one). */
  sites: z.array(z.string()).optional(),
  limits: z
    .strictObject({
      maxBytes: z.number().int().positive().default(10 * 1024 * 1024),
      timeoutMs: z.number().int().positive().default(30_000),
    })
    .default({ maxBytes: 10 * 1024 * 1024, timeoutMs: 30_000 }),
  thresholds: z
    .strictObject({
      /** A phrase rule drops a block only when the block is at most this many words. */
      phraseMaxWords: z.number().int().positive().default(60),
      /** A `tail` rule fires only past this share of the document's words. */
      tailAfter: z.number().min(0).max(1).default(0.3),
      /** Word-shingle resemblance at which two dumps are one article. */
      nearDuplicate: z.number().min(0).max(1).default(0.8),
      /** A block seen verbatim in at least this many documents of one site is template. */
      repeatedMinDocs: z.number().int().min(2).default(3),
      /** Fewer words than this in the clean text flags the record low-confidence. */
      minWords: z.number().int().min(0).default(40),
    })
    .default({ phraseMaxWords: 60, tailAfter: 0.3, nearDuplicate: 0.8, repeatedMinDocs: 3, minWords: 40 }),
});

export type PipelineDefinition = z.infer<typeof pipelineSchema>;

/** The site-pack folder a pipeline that names none reads, if it exists beside the pipeline file. */
export const DEFAULT_SITES_FOLDER = 'sites';

/**
 * The folders of a pipeline's site packs, and whether each must exist: the ones the file names
 * must (a typo is an error, as for rule packs); the default folder need not.
 */
export function siteFolders(config: Pick<PipelineConfig, 'sites'>): { folders: string[]; required: boolean } {
  return config.sites ? { folders: config.sites, required: true } : { folders: [DEFAULT_SITES_FOLDER], required: false };
}

export interface PipelineConfig extends PipelineDefinition {
  /** The file the definition came from; rule and site folders resolve against its folder. */
  file: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Resolves `--pipeline NAME|FILE`: an existing file, else `pipelines/NAME.yaml` here or in the package. */
export function resolvePipelinePath(nameOrFile: string, cwd = process.cwd()): string {
  const candidates = [
    path.resolve(cwd, nameOrFile),
    path.resolve(cwd, 'pipelines', `${nameOrFile}.yaml`),
    path.resolve(PACKAGE_ROOT, 'pipelines', `${nameOrFile}.yaml`),
  ];
  const found = candidates.find((file) => existsSync(file) && !file.endsWith(path.sep));
  if (!found) throw new ConfigError(`pipeline "${nameOrFile}" not found (looked for ${candidates.join(', ')})`);
  return found;
}

export function loadPipeline(nameOrFile = 'default', cwd = process.cwd()): PipelineConfig {
  const file = resolvePipelinePath(nameOrFile, cwd);
  return { ...validatePipeline(readYaml(file), file), file };
}

/** A YAML file of the pipeline (a definition or a rule pack); one that is not YAML is a ConfigError naming it. */
export function readYaml(file: string): unknown {
  try {
    return loadYaml(readFileSync(file, 'utf8')) ?? {};
  } catch (error) {
    throw new ConfigError(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

export function validatePipeline(raw: unknown, file: string): PipelineDefinition {
  const parsed = pipelineSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`${file}: ${describeIssues(parsed.error)}`);
  const missing = REQUIRED_STAGES.filter((stage) => !parsed.data.stages.includes(stage));
  if (missing.length) throw new ConfigError(`${file}: stages: required stage(s) missing: ${missing.join(', ')}`);
  return parsed.data;
}

/** One line per problem, each naming the key path, e.g. `thresholds.nearDuplicat: unrecognized key`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const at = issue.path.join('.');
      if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys.map((key) => (at ? `${at}.${key}` : key));
        return `unknown key ${keys.map((k) => `"${k}"`).join(', ')}`;
      }
      return `${at || '(top level)'}: ${issue.message}`;
    })
    .join('; ');
}
