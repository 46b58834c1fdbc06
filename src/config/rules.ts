/**
 * Rule packs: the phrase and pattern lists behind every removal, kept as data.
 *
 *   <pack>/<lang>/<kind>.yaml   boilerplate rules of one kind in one language (`any` = every language)
 *   <pack>/<lang>/fields.yaml   phrases that introduce metadata lines (byline, date, source URL)
 *   <sites>/<name>.yaml         a site's quirks, resolved by host (Mercury-style)
 *
 * A rule's id is `<kind>/<lang>/<name>`; `removed[].rule` cites it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isBoilerplateKind, type BoilerplateKind } from '../core/kinds.js';
import type { BlockType } from '../core/document.js';
import { foldForMatch, words } from '../core/text.js';
import { ConfigError, describeIssues, readYaml, type PipelineConfig } from './pipeline-config.js';
import { SEPARATOR, WORD_CHARACTER } from './separator-class.js';
import { LiteralAutomaton } from './literal-automaton.js';
import { requiredLiterals } from './rule-literals.js';

const BLOCK_TYPES = ['heading', 'paragraph', 'list-item', 'quote', 'code', 'table-row', 'rule'] as const;

export const ruleSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  /** How the phrases must sit in the block: anywhere, as the whole block, or at its start. */
  match: z.enum(['contains', 'whole', 'starts']).default('contains'),
  /**
   * What a hit removes: the block; the block and everything after it (a footer); the block
   * and the list of short or linked lines under it, up to the next prose paragraph (a
   * "Related" box, which may sit inside the article); the block and the blocks up to the
   * first that matches `end` (an embed); or the heading's section.
   */
  effect: z.enum(['block', 'tail', 'list', 'until', 'section']).default('block'),
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

const fieldsSchema = z.strictObject({
  byline: z.array(z.string()).default([]),
  published: z.array(z.string()).default([]),
  sourceUrl: z.array(z.string()).default([]),
});
export type FieldPhrases = z.infer<typeof fieldsSchema>;

const siteRuleSchema = ruleSchema.extend({ kind: z.string().refine(isBoilerplateKind, 'not a boilerplate kind') });
export const sitePackSchema = z.strictObject({
  hosts: z.array(z.string().min(1)).min(1),
  html: z
    .strictObject({
      /** Selectors of the article body: when one matches, only it is extracted. */
      content: z.array(z.string()).default([]),
      /** Selectors removed before extraction, recorded as the given kind. */
      clean: z.array(z.strictObject({ selector: z.string(), kind: z.string().refine(isBoilerplateKind) })).default([]),
    })
    .default({ content: [], clean: [] }),
  rules: z.array(siteRuleSchema).default([]),
});

export interface CompiledRule {
  id: string;
  kind: BoilerplateKind;
  language: string;
  match: RuleDefinition['match'];
  effect: RuleDefinition['effect'];
  test: RegExp;
  end?: RegExp;
  maxBlocks: number;
  maxWords?: number;
  blockTypes?: readonly BlockType[];
  /**
   * The words one of the rule's phrases must start with: a block without any of them
   * cannot match, so the regular expression is not run. Absent when the rule has patterns.
   */
  anchors?: ReadonlySet<string>;
  /**
   * Strings of which every match of `test` contains one (read from the expression itself):
   * a block without any of them cannot match. Absent when no such set is known.
   */
  literals?: readonly string[];
  /** The rule's place in its rule set's literal index (rules compiled on their own have none). */
  indexed?: { index: LiteralIndex; id: number };
}

/**
 * The literals of every rule of a rule set in one automaton, and what it found in the last
 * text it read: `rules.some((rule) => ruleMatches(rule, folded))` asks about one text once
 * per rule, and one pass over the text answers them all.
 */
class LiteralIndex {
  private automaton: LiteralAutomaton | undefined;
  private readonly found: Uint8Array;
  private text: string | undefined;

  constructor(private readonly rules: readonly CompiledRule[]) {
    this.found = new Uint8Array(rules.length);
  }

  /** Whether one of rule `id`'s literals occurs in `folded`. */
  holds(id: number, folded: string): boolean {
    if (folded !== this.text) {
      this.automaton ??= new LiteralAutomaton(this.rules.flatMap((rule, i) => (rule.literals ?? []).map((literal) => ({ literal, id: i }))));
      this.found.fill(0);
      this.automaton.mark(folded, this.found);
      this.text = folded;
    }
    return this.found[id] === 1;
  }
}

export interface SitePack {
  name: string;
  hosts: string[];
  html: { content: string[]; clean: { selector: string; kind: BoilerplateKind }[] };
  rules: CompiledRule[];
}

export interface RuleSet {
  /** Every compiled rule, in a stable order (language, kind, file order). */
  readonly rules: readonly CompiledRule[];
  readonly fields: ReadonlyMap<string, FieldPhrases>;
  readonly sites: readonly SitePack[];
  /** Languages that have a pack. */
  readonly languages: readonly string[];
  /** The rules that apply to a document in `language` (undefined: not known). */
  rulesFor(language: string | undefined, host?: string): readonly CompiledRule[];
  /** Field phrases of the document's language plus English and `any`. */
  fieldsFor(language: string | undefined): FieldPhrases;
  siteFor(host: string | undefined): SitePack | undefined;
}

const LETTER_OR_DIGIT_BEFORE = `(?<!${WORD_CHARACTER})`;
const LETTER_OR_DIGIT_AFTER = `(?!${WORD_CHARACTER})`;
const EDGE = `${SEPARATOR}*`;
/** Not inside a word: a letter or digit on at most one side of this point (a match never cuts a word). */
const WORD_EDGE_BEFORE = `(?:${LETTER_OR_DIGIT_BEFORE}|${LETTER_OR_DIGIT_AFTER})`;
const WORD_EDGE_AFTER = `(?:${LETTER_OR_DIGIT_AFTER}|${LETTER_OR_DIGIT_BEFORE})`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** One regular expression per rule: phrases are folded like the text they are matched against. */
export function compileRule(def: RuleDefinition, kind: BoilerplateKind, language: string, where: string): CompiledRule {
  // Word boundaries are added only where a phrase starts or ends with a letter or digit (so
  // "foto:" and "/ reuters" match too); a pattern never starts or ends inside a word.
  const WORD_EDGE = /[\p{L}\p{N}]/u;
  // Phrases bounded by letters on both sides share one pair of boundary checks, so the
  // engine tests them once per position rather than once per phrase.
  const bounded: string[] = [];
  const other: string[] = [];
  for (const p of def.phrases) {
    const folded = foldForMatch(p);
    const body = escapeRegExp(folded).replace(/ /g, '\\s+');
    const before = def.match === 'contains' && WORD_EDGE.test(folded[0] ?? '');
    const after = def.match !== 'whole' && WORD_EDGE.test(folded.at(-1) ?? '');
    if (before === (def.match === 'contains') && after === (def.match !== 'whole')) bounded.push(body);
    else other.push(`${before ? LETTER_OR_DIGIT_BEFORE : ''}${body}${after ? LETTER_OR_DIGIT_AFTER : ''}`);
  }
  // A pattern is bounded like a word where it matches a letter or digit at its edge: one
  // that starts at punctuation ("/Shutterstock", ". Foto: …") may follow a word directly.
  const patternBefore = def.match === 'contains' ? WORD_EDGE_BEFORE : '';
  const patternAfter = def.match === 'whole' ? '' : WORD_EDGE_AFTER;
  other.push(...def.patterns.map((p) => `${patternBefore}(?:${p})${patternAfter}`));
  const group = bounded.length
    ? `${def.match === 'contains' ? LETTER_OR_DIGIT_BEFORE : ''}(?:${bounded.join('|')})${def.match === 'whole' ? '' : LETTER_OR_DIGIT_AFTER}`
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
  const firstWords = def.phrases.map((p) => (WORD_EDGE.test(foldForMatch(p)[0] ?? '') ? words(foldForMatch(p))[0] : undefined));
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

/**
 * Whether `folded` matches the rule. The literal test only skips expressions that cannot
 * match (every match contains one of the literals), so the answer is the expression's.
 */
export function ruleMatches(rule: CompiledRule, folded: string): boolean {
  if (rule.literals && !holdsLiteral(rule, rule.literals, folded)) return false;
  return rule.test.test(folded);
}

function holdsLiteral(rule: CompiledRule, literals: readonly string[], folded: string): boolean {
  if (rule.indexed) return rule.indexed.index.holds(rule.indexed.id, folded);
  return literals.some((literal) => folded.includes(literal));
}

/** For one rule list: an automaton over every rule's literals, reporting rule indexes (built once per list). */
const automata = new WeakMap<readonly CompiledRule[], LiteralAutomaton>();

function automatonFor(rules: readonly CompiledRule[]): LiteralAutomaton {
  let automaton = automata.get(rules);
  if (!automaton) {
    automaton = new LiteralAutomaton(rules.flatMap((rule, id) => (rule.literals ?? []).map((literal) => ({ literal, id }))));
    automata.set(rules, automaton);
  }
  return automaton;
}

/**
 * Sets `possible[i] = 1` for each rule i of the list that `folded` may match: one pass over
 * the text finds every rule's literals; rules without literals are always possible.
 */
export function markPossibleRules(rules: readonly CompiledRule[], folded: string, possible: Uint8Array): void {
  for (let i = 0; i < rules.length; i++) possible[i] = rules[i]!.literals ? 0 : 1;
  automatonFor(rules).mark(folded, possible);
}

function parseWith<T>(schema: z.ZodType<T>, raw: unknown, file: string): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`${file}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

const listDir = (dir: string) => readdirSync(dir).sort();

function loadPacks(folders: string[]) {
  const rules: CompiledRule[] = [];
  const fields = new Map<string, FieldPhrases>();
  for (const folder of folders) {
    if (!existsSync(folder)) throw new ConfigError(`rule pack folder not found: ${folder}`);
    for (const language of listDir(folder)) {
      const langDir = path.join(folder, language);
      if (!statSync(langDir).isDirectory()) continue;
      for (const fileName of listDir(langDir)) {
        if (!fileName.endsWith('.yaml')) continue;
        const file = path.join(langDir, fileName);
        const stem = fileName.slice(0, -'.yaml'.length);
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
    }
  }
  return { rules, fields };
}

function mergeFields(a: FieldPhrases, b: FieldPhrases): FieldPhrases {
  return { byline: [...a.byline, ...b.byline], published: [...a.published, ...b.published], sourceUrl: [...a.sourceUrl, ...b.sourceUrl] };
}

function loadSites(folders: string[]): SitePack[] {
  const sites: SitePack[] = [];
  for (const folder of folders) {
    if (!existsSync(folder)) continue; // a pipeline need not have site packs
    for (const fileName of listDir(folder)) {
      if (!fileName.endsWith('.yaml')) continue;
      const file = path.join(folder, fileName);
      const name = fileName.slice(0, -'.yaml'.length);
      const pack = parseWith(sitePackSchema, readYaml(file), file);
      sites.push({
        name,
        hosts: pack.hosts.map((host) => host.toLowerCase()),
        html: { content: pack.html.content, clean: pack.html.clean as SitePack['html']['clean'] },
        rules: pack.rules.map((def) => compileRule(def, def.kind as BoilerplateKind, `site-${name}`, file)),
      });
    }
  }
  return sites;
}

function hostMatches(host: string, pattern: string): boolean {
  return host === pattern || host.endsWith(`.${pattern}`);
}

const MATCH_RANK: Record<CompiledRule['match'], number> = { whole: 0, starts: 1, contains: 2 };

/**
 * A pipeline's rule packs and site packs, read and compiled: plain data (expressions, sets,
 * maps) that a worker thread can receive by structured clone instead of reading and checking
 * the YAML files and deriving every rule's literals again.
 */
export interface RulePacks {
  rules: CompiledRule[];
  fields: Map<string, FieldPhrases>;
  sites: SitePack[];
}

export function readRulePacks(config: PipelineConfig): RulePacks {
  const base = path.dirname(config.file);
  const { rules, fields } = loadPacks(config.rules.packs.map((p) => path.resolve(base, p)));
  const sites = loadSites(config.sites.map((p) => path.resolve(base, p)));
  return { rules, fields, sites };
}

export function loadRules(config: PipelineConfig, packs: RulePacks = readRulePacks(config)): RuleSet {
  // The rules are copied, so the packs stay plain data: the literal index is this set's own.
  const allRules = packs.rules.map((rule) => ({ ...rule }));
  const fields = packs.fields;
  const sites = packs.sites.map((site) => ({ ...site, rules: site.rules.map((rule) => ({ ...rule })) }));
  // One literal index per pack (a language, `any`, a site): the automaton's table has a column
  // per character of its literals, and the CJK packs' hundreds of characters would widen the
  // table of every other pack tenfold (8.8 MB -> 96 MB for one table over all packs).
  const byPack = new Map<string, CompiledRule[]>();
  for (const rule of [...allRules, ...sites.flatMap((site) => site.rules)]) {
    const pack = byPack.get(rule.language);
    if (pack) pack.push(rule);
    else byPack.set(rule.language, [rule]);
  }
  for (const pack of byPack.values()) {
    const index = new LiteralIndex(pack);
    pack.forEach((rule, id) => (rule.indexed = { index, id }));
  }
  const disabled = config.rules.disable;
  const isOn = (rule: CompiledRule) =>
    config.kinds[rule.kind] !== false &&
    !disabled.some((name) => (name.endsWith('/') ? rule.id.startsWith(name) : rule.id === name));
  const rules = allRules.filter(isOn);
  const languages = [...new Set(allRules.map((r) => r.language).concat([...fields.keys()]))].filter((l) => l !== 'any').sort();

  const byLanguage = new Map<string, CompiledRule[]>();
  for (const rule of rules) {
    const list = byLanguage.get(rule.language) ?? [];
    list.push(rule);
    byLanguage.set(rule.language, list);
  }
  const cache = new Map<string, CompiledRule[]>();
  const setting = config.rules.languages;

  const activeLanguages = (language: string | undefined): string[] => {
    if (setting === 'all') return languages.slice();
    if (Array.isArray(setting)) return setting;
    const primary = language?.split('-')[0]?.toLowerCase();
    // A language without a pack gets English (common on pages in any language) and `any`.
    if (!primary || !byLanguage.has(primary) || primary === 'en') return ['en'];
    return [primary, 'en'];
  };

  const siteFor = (host: string | undefined) =>
    host ? sites.find((site) => site.hosts.some((pattern) => hostMatches(host.toLowerCase(), pattern))) : undefined;

  return {
    rules,
    fields,
    sites,
    languages,
    rulesFor(language, host) {
      // Keyed by site and rule packs, not host and language tag: documents in 'de', 'de-DE' and
      // 'de-CH' share one list, and with it the matchers the taggers build once per list.
      const site = siteFor(host);
      const packs = activeLanguages(language);
      const key = `${packs.join(',')}|${site?.name ?? ''}`;
      let list = cache.get(key);
      if (!list) {
        // Site rules first; then the most specific match first: a block that is exactly a
        // box heading ("À lire aussi") is that box, even if a looser rule also matches it.
        const generic = [...(byLanguage.get('any') ?? []), ...packs.flatMap((lang) => byLanguage.get(lang) ?? [])];
        list = [...(site?.rules.filter(isOn) ?? []), ...generic.sort((a, b) => MATCH_RANK[a.match] - MATCH_RANK[b.match])];
        cache.set(key, list);
      }
      return list;
    },
    fieldsFor(language) {
      const langs = ['any', ...activeLanguages(language)];
      return langs.reduce<FieldPhrases>(
        (acc, lang) => (fields.has(lang) ? mergeFields(acc, fields.get(lang)!) : acc),
        { byline: [], published: [], sourceUrl: [] },
      );
    },
    siteFor,
  };
}
