/**
 * The phrase and pattern rules of the rule packs (and of the document's site pack). A hit
 * marks the block, or with `tail` the rest of the document, with `list` the short or
 * linked lines under it, with `until` the blocks up to the rule's end pattern, with
 * `section` the heading's section.
 */
import type { Block, Span } from '../../../core/document.js';
import { markPossibleRules, type CompiledRule } from '../../../config/rules.js';
import { foldForMatch, words } from '../../../core/text.js';
import { hostOf } from '../../../core/url.js';
import type { Tagger } from '../tagger.js';
import { blockWeight, isProse } from '../../../core/prose.js';

/** For one rule list: which rules each anchor word can start (computed once per list). */
const anchorIndexes = new WeakMap<readonly CompiledRule[], ReadonlyMap<string, readonly number[]>>();

function anchorIndex(rules: readonly CompiledRule[]): ReadonlyMap<string, readonly number[]> {
  let index = anchorIndexes.get(rules);
  if (!index) {
    const byWord = new Map<string, number[]>();
    rules.forEach((rule, i) => rule.anchors?.forEach((word) => byWord.set(word, [...(byWord.get(word) ?? []), i])));
    anchorIndexes.set(rules, (index = byWord));
  }
  return index;
}

/**
 * The first rule, in the list's order, that matches the block. A rule's expression runs only
 * when the block is short enough for it, of its type, holds one of the rule's literals (one
 * automaton pass over the block finds them all) and, for anchored rules, one of their words.
 */
function firstHit(rules: readonly CompiledRule[], possible: Uint8Array, block: Block, count: number, maxWords: number) {
  const byAnchor = anchorIndex(rules);
  const folded = foldForMatch(block.text);
  markPossibleRules(rules, folded, possible);
  let anchored: Set<number> | undefined;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (!possible[i]) continue;
    if (count > (rule.maxWords ?? maxWords)) continue;
    if (rule.blockTypes && !rule.blockTypes.includes(block.type)) continue;
    if (rule.anchors && !(anchored ??= anchoredRules(byAnchor, folded)).has(i)) continue;
    if (rule.test.test(folded)) return rule;
  }
  return undefined;
}

/** The anchored rules one of whose words is a word of the block. */
function anchoredRules(byAnchor: ReadonlyMap<string, readonly number[]>, folded: string): Set<number> {
  const anchored = new Set<number>();
  for (const token of words(folded)) for (const i of byAnchor.get(token) ?? []) anchored.add(i);
  return anchored;
}

/** For one rule list: the most words a block matched by any of its rules may have (computed once per list). */
const widestRules = new WeakMap<readonly CompiledRule[], { phraseMaxWords: number; widest: number }>();

function widestRule(rules: readonly CompiledRule[], phraseMaxWords: number): number {
  let known = widestRules.get(rules);
  if (known?.phraseMaxWords !== phraseMaxWords) {
    let widest = 0;
    for (const rule of rules) widest = Math.max(widest, rule.maxWords ?? phraseMaxWords);
    widestRules.set(rules, (known = { phraseMaxWords, widest }));
  }
  return known.widest;
}

export const phraseRuleTagger: Tagger = {
  name: 'phrase-rules',
  tag(doc, ctx) {
    const rules = ctx.rules.rulesFor(doc.meta.language, hostOf(doc.meta.url));
    const { phraseMaxWords, tailAfter } = ctx.config.thresholds;
    const blocks = doc.blocks;
    // Weighed, not counted: a paragraph of Chinese or Japanese is one run of letters, yet long.
    // A typed array: whole and fractional weights never change the kind of array it is.
    const words = Float64Array.from(blocks, (b) => blockWeight(b));
    let total = 0;
    for (const weight of words) total += weight;
    const possible = new Uint8Array(rules.length);
    // Long prose is beyond every rule: not even folded.
    const widest = widestRule(rules, phraseMaxWords);
    const hits = blocks.map((b, i) => (words[i]! > widest ? undefined : firstHit(rules, possible, b, words[i]!, phraseMaxWords)));

    const spans: Span[] = [];
    const mark = (i: number, rule: CompiledRule) => spans.push({ block: i, action: 'drop', kind: rule.kind, rule: rule.id });
    let tail: CompiledRule | undefined;
    let before = 0;
    for (let i = 0; i < blocks.length; i++) {
      const rule = hits[i];
      if (!rule) {
        if (tail) mark(i, tail);
        before += words[i]!;
        continue;
      }
      mark(i, rule);
      if (rule.effect === 'tail' && !tail && before >= total * tailAfter) tail = rule;
      else if (rule.effect === 'until' && rule.end) {
        const last = Math.min(blocks.length - 1, i + rule.maxBlocks);
        let end = -1;
        for (let j = i + 1; j <= last; j++) if (rule.end.test(foldForMatch(blocks[j]!.text))) { end = j; break; }
        for (let j = i + 1; j <= end; j++) mark(j, rule);
        if (end > i) i = end;
      } else if (rule.effect === 'list') {
        let j = i + 1;
        // The list ends at prose, or where another box opens (comments after related stories).
        for (; j < blocks.length && j <= i + rule.maxBlocks && !isProse(blocks[j]!); j++) {
          if (hits[j] && hits[j]!.effect !== 'block') break;
          mark(j, hits[j] ?? rule);
        }
        i = j - 1;
      } else if (rule.effect === 'section' && blocks[i]!.type === 'heading') {
        const level = blocks[i]!.level ?? 6;
        let j = i + 1;
        for (; j < blocks.length && j <= i + rule.maxBlocks; j++) {
          const next = blocks[j]!;
          if (next.type === 'heading' && (next.level ?? 6) <= level) break;
          mark(j, hits[j] ?? rule);
        }
        i = j - 1;
      }
      before += words[i]!;
    }
    return spans;
  },
};
