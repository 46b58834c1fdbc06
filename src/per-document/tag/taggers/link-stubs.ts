/**
 * Links whose target is a placeholder (`#`, empty, `javascript:`): the anchor text stays,
 * the link markup goes. A block made of nothing but such links goes whole.
 */
import type { Block, Span } from '../../../core/document.js';
import type { Tagger } from '../tagger.js';

const PLACEHOLDER = /^\s*(?:#|javascript:[^]*|)\s*$/i;

export function isPlaceholderHref(href: string): boolean {
  return PLACEHOLDER.test(href);
}

function tagBlock(block: Block): Span[] {
  const stubs = block.links.filter((link) => isPlaceholderHref(link.href));
  if (!stubs.length) return [];
  let rest = block.text;
  for (const stub of [...stubs].sort((a, b) => b.start - a.start)) rest = rest.slice(0, stub.start) + rest.slice(stub.end);
  if (!/[\p{L}\p{N}]/u.test(rest)) {
    return [{ block: block.index, action: 'drop', kind: 'link-stub', rule: 'link-stub/only-stub-links' }];
  }
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
  tag: (doc) => doc.blocks.flatMap(tagBlock),
};
