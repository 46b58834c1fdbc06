/**
 * Reading rule packs: the YAML files behind every removal, checked against their schemas and
 * compiled, once per run in the main thread (worker threads receive the result).
 *
 *   <pack>/<lang>/<kind>.yaml   boilerplate rules of one kind in one language (`any` = every language)
 *   <pack>/<lang>/fields.yaml   phrases that introduce metadata lines (byline, date, source URL), words names are read with
 *   <sites>/<name>.yaml         a site's quirks, resolved by host (Mercury-style)
 *
 * A rule's id is `<kind>/<lang>/<name>`; `removed[].rule` cites it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BOILERPLATE_KINDS, isBoilerplateKind, type BoilerplateKind } from '../core/kinds.js';
import { escapeRegExp, foldForMatch, words } from '../core/text.js';
import { ConfigError, describeIssues, readYaml, siteFolders, type PipelineConfig } from './pipeline-config.js';
import { SEPARATOR, WORD_CHARACTER } from './separator-class.js';
import { requiredLiterals } from './rule-literals.js';
import { cachedPacks } from './pack-cache.js';
import { buildRuleSet, FIELD_KEYS, mergeFields, RULE_EFFECTS, RULE_MATCHES, type CompiledRule, type FieldPhrases, type RulePacks, type RuleSet, type SitePack } from './rules.js';

const BLOCK_TYPES = ['heading', 'paragraph', 'list-item', 'quote', 'code', 'table-row', 'rule'] as const;

export const ruleSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  /** How the phrases must sit in the block: anywhere, as the whole block, or at its start. */
  match: z.enum(RULE_MATCHES).default('contains'),
  /**
   * What a hit removes: the block; the block and everything after it (a footer); the block
   * and the list of short or linked lines under it, up to the next prose paragraph (a
   * "Related" box, which may sit inside the article); the block and the blocks up to the
   * first that matches `end` (an embed); or the heading's section.
   */
  effect: z.enum(RULE_EFFECTS).default('block'),
  phrases: z.array(z.string().min(1)).default([]),
  /** Regular expressions (JavaScript syntax), matched against the folded, lower-cased block. */
  patterns: z.array(z.string().min(1)).default([]),
  /** For `until`: patterns of the block that closes the region. */
  end: z.array(z.string().min(1)).default([]),
  /** For `list`, `until` and `section`: the most blocks the region may span. */
  maxBlocks: z.number().int().positive().default(8),
  /** Overrides the pipeline's `thresholds.phraseMaxWords` for this rule. */
  maxWords: z.number().int().positive().optional(),
  /** Only blocks of these types can match. */
  blockTypes: z.array(z.enum(BLOCK_TYPES)).optional(),
});
export type RuleDefinition = z.infer<typeof ruleSchema>;

const packSchema = z.strictObject({ rules: z.array(ruleSchema) });

const phraseList = z.array(z.string()).default([]);
/** fields.yaml: a list of phrases or words under each key of FieldPhrases, every key optional. */
const fieldsSchema = z.strictObject(Object.fromEntries(FIELD_KEYS.map((key) => [key, phraseList])) as Record<(typeof FIELD_KEYS)[number], typeof phraseList>) satisfies z.ZodType<FieldPhrases>;

const siteRuleSchema = ruleSchema.extend({ kind: z.enum(BOILERPLATE_KINDS) });
export const sitePackSchema = z.strictObject({
  hosts: z.array(z.string().min(1)).min(1),
  html: z
    .strictObject({
      /** Selectors of the article body: when one matches, only it is extracted. */
      content: z.array(z.string()).default([]),
      /** Selectors removed before extraction, recorded as the given kind. */
      clean: z.array(z.strictObject({ selector: z.string(), kind: z.enum(BOILERPLATE_KINDS) })).default([]),
    })
    .default({ content: [], clean: [] }),
  rules: z.array(siteRuleSchema).default([]),
});

const NO_LETTER_OR_DIGIT_BEFORE = `(?<!${WORD_CHARACTER})`;
const NO_LETTER_OR_DIGIT_AFTER = `(?!${WORD_CHARACTER})`;
const EDGE = `${SEPARATOR}*`;
/** Not inside a word: a letter or digit on at most one side of this point (a match never cuts a word). */
const WORD_EDGE_BEFORE = `(?:${NO_LETTER_OR_DIGIT_BEFORE}|${NO_LETTER_OR_DIGIT_AFTER})`;
const WORD_EDGE_AFTER = `(?:${NO_LETTER_OR_DIGIT_AFTER}|${NO_LETTER_OR_DIGIT_BEFORE})`;

/** One regular expression per rule: phrases are folded like the text they are matched against. */
export function compileRule(def: RuleDefinition, kind: BoilerplateKind, language: string, where: string): CompiledRule {
  // Word boundaries are added only where a phrase starts or ends with a letter or digit (so
  // "foto:" and "/ reuters" match too); a pattern never starts or ends inside a word.
  const WORD_EDGE = /[\p{L}\p{N}]/u;
  // Phrases bounded by letters on both sides share one pair of boundary checks, so the
  // engine tests them once per position rather than once per phrase.
  const bounded: string[] = [];
  const other: string[] = [];
  const foldedPhrases = def.phrases.map(foldForMatch);
  for (const folded of foldedPhrases) {
    const body = escapeRegExp(folded).replace(/ /g, '\\s+');
    const before = def.match === 'contains' && WORD_EDGE.test(folded[0] ?? '');
    const after = def.match !== 'whole' && WORD_EDGE.test(folded.at(-1) ?? '');
    if (before === (def.match === 'contains') && after === (def.match !== 'whole')) bounded.push(body);
    else other.push(`${before ? NO_LETTER_OR_DIGIT_BEFORE : ''}${body}${after ? NO_LETTER_OR_DIGIT_AFTER : ''}`);
  }
  // A pattern is bounded like a word where it matches a letter or digit at its edge: one
  // that starts at punctuation ("/Shutterstock", ". Foto: …") may follow a word directly.
  const patternBefore = def.match === 'contains' ? WORD_EDGE_BEFORE : '';
  const patternAfter = def.match === 'whole' ? '' : WORD_EDGE_AFTER;
  other.push(...def.patterns.map((p) => `${patternBefore}(?:${p})${patternAfter}`));
  const group = bounded.length
    ? `${def.match === 'contains' ? NO_LETTER_OR_DIGIT_BEFORE : ''}(?:${bounded.join('|')})${def.match === 'whole' ? '' : NO_LETTER_OR_DIGIT_AFTER}`
    : undefined;
  const alternatives = [...(group ? [group] : []), ...other];
  if (!alternatives.length) throw new ConfigError(`${where}: rule "${def.name}" has no phrases or patterns`);
  const body = `(?:${alternatives.join('|')})`;
  const source = def.match === 'whole' ? `^${EDGE}${body}${EDGE}$` : def.match === 'starts' ? `^${EDGE}${body}` : body;
  const compile = (src: string) => {
    try {
      return new RegExp(src, 'u');
    } catch (error) {
      throw new ConfigError(`${where}: rule "${def.name}": bad pattern: ${(error as Error).message}`);
    }
  };
  const test = compile(source);
  const firstWords = foldedPhrases.map((folded) => (WORD_EDGE.test(folded[0] ?? '') ? words(folded)[0] : undefined));
  const anchors = def.patterns.length || firstWords.some((w) => !w) ? undefined : new Set(firstWords as string[]);
  return {
    id: `${kind}/${language}/${def.name}`,
    anchors,
    kind,
    language,
    match: def.match,
    effect: def.effect,
    test,
    literals: requiredLiterals(source),
    end: def.end.length ? compile(def.end.map((p) => `(?:${p})`).join('|')) : undefined,
    maxBlocks: def.maxBlocks,
    maxWords: def.maxWords,
    blockTypes: def.blockTypes,
  };
}

function parseWith<T>(schema: z.ZodType<T>, raw: unknown, file: string): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`${file}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

const listDir = (dir: string) => readdirSync(dir).sort();

/** A pack file's name without its extension, `.yaml` or `.yml` (a file of another kind is no pack: undefined). */
const yamlStem = (fileName: string) => /^(.+)\.ya?ml$/u.exec(fileName)?.[1];

/** A rule pack file (`<pack>/<lang>/<kind>.yaml` or `fields.yaml`), or a site pack file (`<sites>/<name>.yaml`). */
type PackFile = { file: string; language: string; stem: string } | { file: string; site: string };

/**
 * The pack files a pipeline reads, in the order they are compiled: each rule pack folder by
 * language and file name, then each site pack folder by file name. A rule pack folder, or a
 * site pack folder the pipeline names, that does not exist is a ConfigError.
 */
function packFiles(config: PipelineConfig): PackFile[] {
  const base = path.dirname(config.file);
  const files: PackFile[] = [];
  for (const folder of config.rules.packs.map((p) => path.resolve(base, p))) {
    if (!existsSync(folder)) throw new ConfigError(`rule pack folder not found: ${folder}`);
    for (const language of listDir(folder)) {
      const langDir = path.join(folder, language);
      if (!statSync(langDir).isDirectory()) continue;
      for (const fileName of listDir(langDir)) {
        const stem = yamlStem(fileName);
        if (stem) files.push({ file: path.join(langDir, fileName), language, stem });
      }
    }
  }
  const { folders, required } = siteFolders(config);
  for (const folder of folders.map((p) => path.resolve(base, p))) {
    if (!existsSync(folder)) {
      if (required) throw new ConfigError(`site pack folder not found: ${folder}`);
      continue; // the default folder: a pipeline need not have site packs
    }
    for (const fileName of listDir(folder)) {
      const site = yamlStem(fileName);
      if (site) files.push({ file: path.join(folder, fileName), site });
    }
  }
  return files;
}

/** The packs compiled from their files: rules and fields of every language, and the site packs. */
function compilePacks(files: readonly PackFile[]): RulePacks {
  const rules: CompiledRule[] = [];
  const fields = new Map<string, FieldPhrases>();
  const sites: SitePack[] = [];
  for (const packFile of files) {
    const { file } = packFile;
    if ('site' in packFile) {
      const name = packFile.site;
      const pack = parseWith(sitePackSchema, readYaml(file), file);
      sites.push({
        name,
        hosts: pack.hosts.map((host) => host.toLowerCase()),
        html: pack.html,
        rules: pack.rules.map((def) => compileRule(def, def.kind, `site-${name}`, file)),
      });
      continue;
    }
    const { language, stem } = packFile;
    if (stem === 'fields') {
      const parsed = parseWith(fieldsSchema, readYaml(file), file);
      const prior = fields.get(language);
      fields.set(language, prior ? mergeFields(prior, parsed) : parsed);
      continue;
    }
    if (!isBoilerplateKind(stem)) throw new ConfigError(`${file}: "${stem}" is not a boilerplate kind`);
    const pack = parseWith(packSchema, readYaml(file), file);
    for (const def of pack.rules) rules.push(compileRule(def, stem, language, file));
  }
  return { rules, fields, sites };
}

/** A pipeline's packs, read and compiled (or taken from the cache of compiled packs when their files and this code are the same). */
export function readRulePacks(config: PipelineConfig): RulePacks {
  const files = packFiles(config);
  return cachedPacks(
    files.map((f) => f.file),
    () => compilePacks(files),
  );
}

/** A pipeline's rule set, its packs read and compiled in this thread. */
export function readRuleSet(config: PipelineConfig): RuleSet {
  return buildRuleSet(config, readRulePacks(config));
}
