/**
 * The head of a dump: the lines around the start of the article's body where its title,
 * byline and date lines stand. The finders of each field (dump-byline, dump-date, dump-title)
 * share one head: where to look, in which order, and which lines an earlier finder claimed.
 */
import type { Block, Format, Span } from '../../core/document.js';
import type { FieldPhrases } from '../../config/rules.js';
import { bestSegment, proseScore } from '../../core/prose.js';
import { fusedPattern, inlinePattern, labelEndPattern, prefixPattern, rolePattern } from './field-patterns.js';
import type { NameWordPatterns } from './name-words.js';

/** Lines that can hold the article's head: the first part of the dump. */
const HEAD_SHARE = 0.6;
/** How far before the body's first paragraph the article's head (title, byline, date) may sit. */
export const HEAD_BEFORE = 12;
export const HEAD_AFTER = 5;

export interface DumpHead {
  readonly blocks: readonly Block[];
  /** The first block of the body: the start of the best run of prose. */
  readonly anchor: number;
  /** The blocks to search for a head line: near the body's start first, then the rest of the head. */
  readonly order: readonly Block[];
  /** The blocks the search order leaves out (below the head), in the dump's order: where weaker evidence is looked for. */
  readonly beyond: readonly Block[];
  /** Blocks already claimed as head lines, and the spans that explain them. */
  readonly taken: Set<number>;
  readonly spans: Span[];
}

/** The head around the body's start (the best run of prose). */
export function dumpHead(blocks: readonly Block[], format: Format | undefined): DumpHead {
  const anchor = bestSegment(Float64Array.from(blocks, (b) => proseScore(b, undefined, format)))?.[0] ?? 0;
  const order = searchOrder(blocks, anchor);
  const searched = new Set(order.map((b) => b.index));
  return { blocks, anchor, order, beyond: blocks.filter((b) => !searched.has(b.index)), taken: new Set(), spans: [] };
}

/** True for a block in the head proper: from HEAD_BEFORE lines above the body's start to HEAD_AFTER below it. */
export function isNearBodyStart(head: DumpHead, block: Block): boolean {
  return block.index >= head.anchor - HEAD_BEFORE && block.index <= head.anchor + HEAD_AFTER;
}

/** Claims a block as a head line: it leaves the body as a `metadata` span with this rule. */
export function markHeadLine(head: DumpHead, block: Block, rule: string): void {
  head.taken.add(block.index);
  head.spans.push({ block: block.index, action: 'drop', kind: 'metadata', rule });
}

/** Indices to search for a head line: near the body's start first, then the rest of the head. */
function searchOrder(blocks: readonly Block[], anchor: number): Block[] {
  const near: Block[] = [];
  for (let i = anchor; i >= Math.max(0, anchor - HEAD_BEFORE); i--) near.push(blocks[i]!);
  for (let i = anchor + 1; i <= Math.min(blocks.length - 1, anchor + HEAD_AFTER); i++) near.push(blocks[i]!);
  const headEnd = Math.max(8, Math.ceil(blocks.length * HEAD_SHARE));
  const seen = new Set(near.map((b) => b.index));
  return [...near, ...blocks.slice(0, headEnd).filter((b) => !seen.has(b.index))];
}

/** A language's field phrases as the patterns the finders test lines with. */
export interface HeadPatterns {
  /** "By …" at the start of a line. */
  byline?: RegExp;
  /** A by-word run into the name ("ByMarcus Delaney"), at the start of a line. */
  fusedByline?: RegExp;
  /** A by-word anywhere in a line ("July 18, 2019 by Kara Westfall"). */
  inlineByline?: RegExp;
  /** A line that ends in a by-word ("Written by"): the names follow below. */
  bylineLabel?: RegExp;
  /** "Published …" at the start of a line. */
  published?: RegExp;
  /** "Original url:" at the start of a line. */
  sourceUrl?: RegExp;
  /** "Original url:" as the whole line (the URL on the next). */
  sourceUrlLine?: RegExp;
  /** A role at the start of the words after a name ("Science editor", "Redakteurin"). */
  role?: RegExp;
  /** The words names are read with, every language's (see name-words.ts). */
  nameWords: NameWordPatterns;
}

/** Per set of field phrases (one per language set, see RuleSet.fieldsFor): the patterns are built once, not per dump. */
const patternsMemo = new WeakMap<FieldPhrases, HeadPatterns>();

/** The patterns of a language's field phrases, with the name words of the same rule set. */
export function headPatterns(fields: FieldPhrases, nameWords: NameWordPatterns): HeadPatterns {
  let patterns = patternsMemo.get(fields);
  if (patterns?.nameWords !== nameWords) patternsMemo.set(fields, (patterns = buildHeadPatterns(fields, nameWords)));
  return patterns;
}

function buildHeadPatterns(fields: FieldPhrases, nameWords: NameWordPatterns): HeadPatterns {
  const fused = fusedPattern(fields.byline);
  const sourceUrl = prefixPattern(fields.sourceUrl);
  return {
    byline: prefixPattern(fields.byline),
    fusedByline: fused && new RegExp(`^${fused.source}`, 'u'),
    inlineByline: inlinePattern(fields.byline),
    bylineLabel: labelEndPattern(fields.byline),
    published: prefixPattern(fields.published),
    sourceUrl,
    sourceUrlLine: sourceUrl && new RegExp(`${sourceUrl.source.replace(/\\s\+$/, '')}\\s*$`, 'iu'),
    role: rolePattern(fields.role),
    nameWords,
  };
}
