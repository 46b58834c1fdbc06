/**
 * Template chaff no single-page extractor can see: a block that recurs verbatim in several
 * articles of one site (or of one run, when the site is unknown) is part of the site's
 * template, not of any article. Dumps of the same article count once.
 */
import type { ExtractedDoc } from '../../core/extracted.js';
import { foldForMatch, wordCountUpTo } from '../../core/text.js';
import { createHash } from 'node:crypto';
import { hostOf } from '../../core/url.js';
import { documentText } from '../../per-document/normalize/normalize-stage.js';

export const REPEATED_RULE = 'repeated/site-template';

/** Where the site is unknown, the run is one big "site": ask for more evidence there. */
const UNKNOWN_SITE_FACTOR = 2;

/**
 * Template lines are short: labels, menus, sign-up lines. A long paragraph found in several
 * documents is shared text (a wire story, a press release, boilerplate-free syndication),
 * which is article, not template.
 */
const MAX_TEMPLATE_WORDS = 30;
// Counted only as far as the bound: the reduce reads every block of the batch's documents.
const isCandidate = (text: string) => wordCountUpTo(text, MAX_TEMPLATE_WORDS + 1) <= MAX_TEMPLATE_WORDS;

export function removeRepeatedBlocks(docs: readonly ExtractedDoc[], clusters: readonly number[][], minDocs: number): ExtractedDoc[] {
  const seenIn = countTemplateKeys(clusters.map((cluster) => cluster.map((i) => templateKeysOf(docs[i]!))));
  return docs.map((doc) => withoutTemplate(doc, seenIn, minDocs));
}

const siteOf = (doc: Pick<ExtractedDoc, 'meta'>) => hostOf(doc.meta.url)?.replace(/^www\./, '') ?? '';
/** A block's key: 128 bits of its site and folded text (a batch of millions of blocks keeps them small). */
const keyOf = (site: string, text: string) => createHash('md5').update(`${site}\u0000${foldForMatch(text)}`).digest('base64');

/** The keys of a document's template candidates (short blocks, with its site): what the batch keeps of its blocks. */
export function templateKeysOf(doc: Pick<ExtractedDoc, 'meta' | 'blocks'>): string[] {
  const site = siteOf(doc);
  return [...new Set(doc.blocks.filter((b) => isCandidate(b.text)).map((b) => keyOf(site, b.text)))];
}

/** In how many clusters each key occurs (dumps of one article count once). */
export function countTemplateKeys(clusters: Iterable<readonly (readonly string[])[]>): Map<string, number> {
  const seenIn = new Map<string, number>();
  for (const cluster of clusters) {
    const keys = new Set<string>();
    for (const docKeys of cluster) for (const key of docKeys) keys.add(key);
    for (const key of keys) seenIn.set(key, (seenIn.get(key) ?? 0) + 1);
  }
  return seenIn;
}

/** The document without its template blocks (recorded as `repeated` removals). */
export function withoutTemplate(doc: ExtractedDoc, seenIn: ReadonlyMap<string, number>, minDocs: number): ExtractedDoc {
  const site = siteOf(doc);
  const bar = site ? minDocs : minDocs * UNKNOWN_SITE_FACTOR;
  // Each block's key is hashed once: the test decides both what goes and what stays.
  const isTemplate = doc.blocks.map((b) => isCandidate(b.text) && (seenIn.get(keyOf(site, b.text)) ?? 0) >= bar);
  const template = doc.blocks.filter((_, i) => isTemplate[i]);
  if (!template.length) return doc;
  const blocks = doc.blocks.filter((_, i) => !isTemplate[i]);
  return {
    ...doc,
    blocks,
    text: documentText(blocks.map((b, index) => ({ ...b, index, links: [] }))),
    removed: [...doc.removed, ...template.map((b) => ({ kind: 'repeated' as const, rule: REPEATED_RULE, text: b.text }))],
  };
}
