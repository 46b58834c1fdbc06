/**
 * Compiled rules at work: which rules apply to a document (its language, its site), and
 * whether a block matches one, with every rule's literals found in one pass over the block.
 * The rule packs are read and compiled by rule-packs.ts; what this module holds is plain
 * data and matchers, so a worker thread loads neither the YAML reader nor the schemas.
 */
import type { BoilerplateKind } from '../core/kinds.js';
import type { BlockType } from '../core/document.js';
import type { PipelineConfig } from './pipeline-config.js';
import { LiteralAutomaton } from './literal-automaton.js';

/** How a rule's phrases must sit in the block: anywhere, as the whole block, or at its start. */
export const RULE_MATCHES = ['contains', 'whole', 'starts'] as const;
/** What a hit removes (see the rule schema in rule-packs.ts). */
export const RULE_EFFECTS = ['block', 'tail', 'list', 'until', 'section'] as const;

/** Phrases that introduce metadata lines, and the words names are read with, from a language's fields.yaml. */
export interface FieldPhrases {
  byline: string[];
  published: string[];
  sourceUrl: string[];
  /** A person's role after their name on a byline ("Education editor", "Redakteurin"): no part of the name. */
  role: string[];
  /** Words that join two names ("and", "und"). */
  nameJoiner: string[];
  /** Small words inside a name, never first or last ("van", "de"). */
  nameParticle: string[];
  /** Words after which a name cannot go on inside a head line ("am 12. Mai", "for Reuters"), in any case. */
  afterName: string[];
  /** Words that end a name in lower case only: capitalised they are a particle inside it ("Le"). */
  afterNameLower: string[];
  /** The word of the link to a post's comments ("Comments", "Kommentare"). */
  commentsLink: string[];
  /** Words before that word, in place of the count ("Leave a", "Keine"). */
  commentsLinkLead: string[];
  /** The folder of an author's page in a link's path ("/author/", "/autoren/"). */
  authorPath: string[];
  /** Words of a company's name, not a person's ("GmbH", "Media"), as written (case matters). */
  companyWord: string[];
  /** Words of a credit for a site's software, theme or design ("Powered by", "Design by"). */
  siteCredit: string[];
  /** Words of a credit to someone else than the author before a by-word ("Reviewed by", "Photos by", "Übersetzt von"). */
  otherCredit: string[];
  /** Words of a page's buttons, menus and notices ("Tweet", "Cookie", "Navigation"): no part of a person's name. */
  interfaceWord: string[];
  /** Small words that title case capitalises and names do not hold ("How To Grow …"). */
  titleCaseWord: string[];
  /** Endings that words take in the languages with case endings ("aktuell-en"): the same word with another ending is no name either. */
  inflection: string[];
}

/**
 * The keys whose words apply to a page in any language, every language's at once: a name is
 * written the same way whatever the page's language ("Anna Smith und Bo Li" on an English
 * page), so these are merged from every pack, not only the page's language and English.
 */
export const EVERY_LANGUAGE_KEYS = [
  'nameJoiner',
  'nameParticle',
  'afterName',
  'afterNameLower',
  'commentsLink',
  'commentsLinkLead',
  'authorPath',
  'companyWord',
  'siteCredit',
  'otherCredit',
  'interfaceWord',
  'titleCaseWord',
  'inflection',
] as const satisfies readonly (keyof FieldPhrases)[];

/** The keys of FieldPhrases (the schema of fields.yaml is built from them). */
export const FIELD_KEYS = ['byline', 'published', 'sourceUrl', 'role', ...EVERY_LANGUAGE_KEYS] as const satisfies readonly (keyof FieldPhrases)[];

const isEveryLanguageKey = (key: keyof FieldPhrases) => (EVERY_LANGUAGE_KEYS as readonly string[]).includes(key);

const noFields = (): FieldPhrases => Object.fromEntries(FIELD_KEYS.map((key) => [key, []])) as unknown as FieldPhrases;

export interface CompiledRule {
  id: string;
  kind: BoilerplateKind;
  language: string;
  match: (typeof RULE_MATCHES)[number];
  effect: (typeof RULE_EFFECTS)[number];
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
  /** Field phrases of the document's language plus English and `any`; the words of EVERY_LANGUAGE_KEYS of every language. */
  fieldsFor(language: string | undefined): FieldPhrases;
  /** Field phrases of every language merged: the words names are read with on a page in any language (EVERY_LANGUAGE_KEYS). */
  readonly everyLanguageFields: FieldPhrases;
  siteFor(host: string | undefined): SitePack | undefined;
}

/**
 * Whether `folded` matches the rule. The literal test only skips expressions that cannot
 * match (every match contains one of the literals), so the answer is the expression's.
 */
export function ruleMatches(rule: CompiledRule, folded: string): boolean {
  if (rule.literals && !rule.literals.some((literal) => folded.includes(literal))) return false;
  return rule.test.test(folded);
}

/** Per rule list, the marks of markPossibleRules (a list is asked about one text at a time). */
const possibleOf = new WeakMap<readonly CompiledRule[], Uint8Array>();

/** Whether `folded` matches one of the list's rules: one automaton pass finds the rules worth running. */
export function matchesAnyRule(rules: readonly CompiledRule[], folded: string): boolean {
  let possible = possibleOf.get(rules);
  if (!possible) possibleOf.set(rules, (possible = new Uint8Array(rules.length)));
  markPossibleRules(rules, folded, possible);
  for (let i = 0; i < rules.length; i++) if (possible[i] && rules[i]!.test.test(folded)) return true;
  return false;
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

export function mergeFields(a: FieldPhrases, b: FieldPhrases): FieldPhrases {
  return Object.fromEntries(FIELD_KEYS.map((key) => [key, [...a[key], ...b[key]]])) as unknown as FieldPhrases;
}

/** The field phrases of these languages (those with a fields.yaml), merged in this order. */
function mergedFields(fields: ReadonlyMap<string, FieldPhrases>, languages: readonly string[]): FieldPhrases {
  return languages.reduce((acc, lang) => (fields.has(lang) ? mergeFields(acc, fields.get(lang)!) : acc), noFields());
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

/** The rule set of a pipeline from its packs (read by readRulePacks, in this thread or the main one). */
export function buildRuleSet(config: PipelineConfig, packs: RulePacks): RuleSet {
  const { rules: allRules, fields, sites } = packs;
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
  const everyLanguage = mergedFields(fields, ['any', ...languages]);
  const cache = new Map<string, CompiledRule[]>();
  const fieldsCache = new Map<string, FieldPhrases>();
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
    everyLanguageFields: everyLanguage,
    fieldsFor(language) {
      // One object per set of languages, so what is built from it (the head patterns) is built once too.
      const langs = ['any', ...activeLanguages(language)];
      const key = langs.join(',');
      let merged = fieldsCache.get(key);
      if (!merged) {
        const active = mergedFields(fields, langs);
        merged = Object.fromEntries(FIELD_KEYS.map((k) => [k, isEveryLanguageKey(k) ? everyLanguage[k] : active[k]])) as unknown as FieldPhrases;
        fieldsCache.set(key, merged);
      }
      return merged;
    },
    siteFor,
  };
}
