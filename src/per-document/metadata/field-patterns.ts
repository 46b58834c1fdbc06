/** Patterns built from a language's field phrases (pipelines/rules/<lang>/fields.yaml): the words that introduce bylines, dates and source URLs. */
import { escapeRegExp, foldForMatch } from '../../core/text.js';

/** The phrases as alternatives of an expression, folded and escaped, the longest first (so "text von" wins over "text"). */
function alternativesOf(phrases: string[]): string[] {
  return [...new Set(phrases.map((p) => escapeRegExp(foldForMatch(p))))].sort((a, b) => b.length - a.length);
}

export function prefixPattern(phrases: string[]): RegExp | undefined {
  if (!phrases.length) return undefined;
  const alternatives = alternativesOf(phrases);
  // After a colon the name may follow at once ("記者：山田太郎": CJK writes no space).
  return new RegExp(`^(?:${alternatives.join('|')})(?:\\s*:\\s*|\\s+|\\s*$)`, 'iu');
}

/**
 * A one-word byline prefix run into the name when a dump dropped the link around it
 * ("ByAlex Bogdan", "vonPeter Ohm"): the prefix, then a capitalised word. Case matters
 * here, so each prefix is spelled lower-case and capitalised.
 */
export function fusedPattern(phrases: string[]): RegExp | undefined {
  const words = [...new Set(phrases.filter((p) => !/\s/u.test(p)).map((p) => p.toLowerCase()))];
  if (!words.length) return undefined;
  const spellings = words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]).map(escapeRegExp).sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}])(?:${spellings.join('|')})(?=\\p{Lu}\\p{Ll})`, 'u');
}

/** A line that ends in a byline prefix ("COLLECTED BY", "Written by"): a label, the name follows it. */
export function labelEndPattern(phrases: string[]): RegExp | undefined {
  if (!phrases.length) return undefined;
  const alternatives = alternativesOf(phrases);
  return new RegExp(`(?:^|\\s)(?:${alternatives.join('|')})\\s*:?$`, 'iu');
}

/**
 * The byline prefixes anywhere in a line, each followed by a name (checked on the original text).
 * Global, for matchAll (which works on a copy): never call test or exec on it, which would keep state.
 */
export function inlinePattern(phrases: string[]): RegExp | undefined {
  if (!phrases.length) return undefined;
  const alternatives = alternativesOf(phrases);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?:\\s*:\\s*|\\s+)`, 'gu');
}

/** A role at the start of a text ("Science editor" after its first word, "Redakteurin"): a whole word or phrase. */
export function rolePattern(phrases: string[]): RegExp | undefined {
  if (!phrases.length) return undefined;
  const alternatives = alternativesOf(phrases);
  return new RegExp(`^(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}
