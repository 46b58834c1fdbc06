/**
 * Links whose target is a placeholder (`#`, empty, `javascript:`): the anchor text stays,
 * the link markup goes. A block made of nothing but such links goes whole. The Markdown
 * parser leaves a link to a script as it was written (`[text](javascript:void(0);)`), so in
 * a Markdown dump those are found in the text: their brackets and target go, the text stays.
 */
import type { Block, Format, Span } from '../../../core/document.js';
import type { Tagger } from '../tagger.js';

const PLACEHOLDER = /^\s*(?:#|javascript:[^]*|)\s*$/i;

export function isPlaceholderHref(href: string): boolean {
  return PLACEHOLDER.test(href);
}

/** A script link the Markdown parser left as written: the target may hold one level of parentheses, or sit in angle brackets. */
const WRITTEN_SCRIPT_LINK = /\[([^\[\]\n]*)\]\((?:<javascript:[^>\n]*>|javascript:(?:[^()\n]|\([^()\n]*\))*)\)/giu;

/** The markup of script links written out in a Markdown block: the bracket before each anchor text and the target after it. */
function writtenScriptLinks(block: Block): Span[] {
  const spans: Span[] = [];
  const mark = (range: [number, number], text: string): Span => ({ block: block.index, range, action: 'drop', kind: 'link-stub', rule: 'link-stub/written-script-link', text });
  let rest = block.text;
  for (const match of block.text.matchAll(WRITTEN_SCRIPT_LINK)) {
    const start = match.index;
    const textEnd = start + 1 + match[1]!.length;
    const end = start + match[0].length;
    spans.push(mark([start, start + 1], '['), mark([textEnd, end], match[0].slice(match[1]!.length + 1)));
    rest = rest.replace(match[0], '');
  }
  return spans.length && !HAS_WORD.test(rest) ? [wholeBlockDrop(block)] : spans;
}

/** A letter or a digit: what a block keeps when more than its stub links is in it. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/** A block of nothing but stub links goes whole. */
const wholeBlockDrop = (block: Block): Span => ({ block: block.index, action: 'drop', kind: 'link-stub', rule: 'link-stub/only-stub-links' });

function tagBlock(block: Block, format: Format | undefined): Span[] {
  const written = format === 'markdown' && block.type !== 'code' && block.text.includes('](') ? writtenScriptLinks(block) : [];
  if (written.some((span) => !span.range)) return written; // the whole block goes
  return [...written, ...parsedStubs(block)];
}

function parsedStubs(block: Block): Span[] {
  const stubs = block.links.filter((link) => isPlaceholderHref(link.href));
  if (!stubs.length) return [];
  let rest = block.text;
  for (const stub of [...stubs].sort((a, b) => b.start - a.start)) rest = rest.slice(0, stub.start) + rest.slice(stub.end);
  if (!HAS_WORD.test(rest)) return [wholeBlockDrop(block)];
  return stubs.map((stub) => ({
    block: block.index,
    range: [stub.start, stub.end] as [number, number],
    action: 'unwrap' as const,
    kind: 'link-stub' as const,
    rule: 'link-stub/placeholder-href',
    text: `[${block.text.slice(stub.start, stub.end)}](${stub.href})`,
  }));
}

export const linkStubTagger: Tagger = {
  name: 'link-stubs',
  tag: (doc) => doc.blocks.flatMap((block) => tagBlock(block, doc.format)),
};
