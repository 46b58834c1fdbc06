/**
 * Main-content extraction from an HTML page or fragment.
 *
 * One htmlparser2 parse into a domhandler tree, then, on that tree:
 *   1. metadata from JSON-LD, OpenGraph, <meta>, <time>, byline elements, <html lang>;
 *   2. site-pack `clean` selectors, then the pre-clean of chaff containers (tag, role, aria,
 *      hidden, class/id patterns), every removal recorded with its kind and rule;
 *   3. content scoring (Readability's algorithm plus article-body evidence) choosing the
 *      article roots, or the site pack's `content` selectors; a fallback when that is short;
 *   4. blocks in reading order, in-article link boxes dropped; text outside the roots is
 *      recorded as `outside-article`.
 * Nothing here throws on bad input: problems become messages.
 */
import { createRequire } from 'node:module';
import { Element, Text, type AnyNode, type Document, type ParentNode } from 'domhandler';
import { newBlock, type Block, type Metadata, type Removal } from '../../../core/document.js';
import { message, reasonOf, type Message } from '../../../core/messages.js';
import type { SitePack } from '../../../config/rules.js';
import { BlockEmitter } from './blocks.js';
import { makeCleanContext, preClean } from './clean.js';
import { findFirst, parseHtml, textOf } from './dom.js';
import { findDate } from '../../../core/dates.js';
import { extractMetadata } from './metadata/index.js';
import { readJsonLd } from './metadata/json-ld.js';
import { wordCount } from '../../../core/text.js';
import { chooseRoots, computeStats, type Stats } from './score.js';

export interface HtmlExtraction {
  /** The article body in reading order; `index` runs 0..n-1. */
  blocks: Block[];
  /** What extraction left out, each with its kind and rule. */
  removed: Removal[];
  /** Structured metadata found in the page (JSON-LD, OpenGraph, meta, time, html lang, canonical). */
  meta: Metadata;
  messages: Message[];
  /** Why the text is doubtful, when it is not the body's (a client-rendered page, a video page). */
  lowConfidence?: string;
}

export interface HtmlExtractionOptions {
  url?: string;
  site?: SitePack;
}

const STAGE = 'parse';
/** Below this many characters of article text the fallback is tried. */
const MIN_TEXT = 250;

export function extractHtml(html: string, options: HtmlExtractionOptions = {}): HtmlExtraction {
  const messages: Message[] = [];
  let doc: Document;
  try {
    if (typeof html !== 'string') html = String(html ?? '');
    doc = parseHtml(html);
  } catch (error) {
    return { blocks: [], removed: [], meta: {}, messages: [message('error', STAGE, `html: could not parse: ${reasonOf(error)}`)] };
  }
  let meta: Metadata = {};
  try {
    meta = extractMetadata(doc, options.url);
  } catch (error) {
    messages.push(message('warn', STAGE, `html: metadata: ${reasonOf(error)}`));
  }
  try {
    let { blocks, removed } = extractBody(doc, options, meta, messages, {});
    if (textLength(blocks) < MIN_TEXT) {
      // the class patterns may have cut the content itself: retry with tag and role rules only
      const retryMessages: Message[] = [];
      const retry = extractBody(parseHtml(html), options, meta, retryMessages, { light: true });
      if (textLength(retry.blocks) >= Math.max(MIN_TEXT, textLength(blocks) * 2)) {
        ({ blocks, removed } = retry);
        messages.push(...retryMessages, message('info', STAGE, 'html: little content after pre-clean; retried without class patterns'));
      }
    }
    let lowConfidence: string | undefined;
    if (!blocks.length) {
      // Read from a fresh tree: cleaning removed the scripts, JSON-LD among them.
      const declared = declaredText(parseHtml(html), meta);
      if (declared) {
        blocks = paragraphsOf(declared.text);
        lowConfidence = `no article text in the page's body: the text is its ${declared.from}`;
        messages.push(message('info', STAGE, `html: ${lowConfidence}`));
      }
    }
    if (!blocks.length) {
      // a page of a few words scores nothing: its body is all the text there is (rule packs still run on it)
      const bare = extractBody(parseHtml(html), options, meta, [], { wholeBody: true });
      if (bare.blocks.length) {
        ({ blocks, removed } = bare);
        lowConfidence = 'no article found: the text is the whole body';
        messages.push(message('info', STAGE, `html: ${lowConfidence}`));
      }
    }
    if (!blocks.length) messages.push(message('warn', STAGE, 'html: no main content found'));
    if (!meta.published) {
      // a date line at the top of the article
      for (const b of blocks.slice(0, 6)) {
        if (b.text.length > 200) continue;
        const d = findDate(b.text, { language: meta.language })?.iso;
        if (d) {
          meta.published = d;
          break;
        }
      }
    }
    return { blocks, removed, meta, messages, lowConfidence };
  } catch (error) {
    messages.push(message('error', STAGE, `html: extraction failed: ${reasonOf(error)}`));
    return { blocks: [], removed: [], meta, messages };
  }
}

function makeResolver(doc: Document, pageUrl: string | undefined): (href: string) => string | undefined {
  const baseEl = findFirst(doc, (el) => el.name === 'base' && el.attribs.href !== undefined);
  let base: URL | undefined;
  try {
    if (pageUrl) base = new URL(pageUrl);
  } catch {
    base = undefined;
  }
  if (baseEl) {
    try {
      base = new URL(baseEl.attribs.href!.trim(), base);
    } catch {
      /* keep the page URL */
    }
  }
  const cache = new Map<string, string | undefined>();
  return (href: string) => {
    const raw = href.trim();
    if (!raw || /^javascript:/i.test(raw)) return raw ? undefined : '';
    let r = cache.get(raw);
    if (r !== undefined || cache.has(raw)) return r;
    if (!base) r = raw;
    else {
      try {
        r = new URL(raw, base).href;
      } catch {
        r = raw;
      }
    }
    cache.set(raw, r);
    return r;
  };
}

// cheerio is loaded on the first site-pack selector, not with the module: importing it takes
// longer than extracting a page, and most runs (every dump) never select anything.
const require = createRequire(import.meta.url);
let cheerioLoad: typeof import('cheerio').load | undefined;

function siteSelect(doc: Document, selector: string, messages: Message[], site: string): Element[] {
  try {
    cheerioLoad ??= (require('cheerio') as typeof import('cheerio')).load;
    const $ = cheerioLoad(doc, null, false);
    return $(selector)
      .toArray()
      .filter((n): n is Element => n instanceof Element);
  } catch (error) {
    messages.push(message('warn', STAGE, `html: site ${site}: bad selector "${selector}": ${reasonOf(error)}`));
    return [];
  }
}

/** How one pass over the body reads it. */
interface BodyPass {
  /** Tag and role rules only, no class patterns (a retry when they cut the content itself). */
  light?: boolean;
  /** The body itself is the root: nothing is scored. */
  wholeBody?: boolean;
}

function extractBody(doc: Document, options: HtmlExtractionOptions, meta: Metadata, messages: Message[], pass: BodyPass): { blocks: Block[]; removed: Removal[] } {
  const resolve = makeResolver(doc, options.url ?? meta.url);
  const ctx = makeCleanContext();
  const site = options.site;
  if (site) {
    for (const { selector, kind } of site.html.clean) {
      for (const el of siteSelect(doc, selector, messages, site.name)) if (el.parent) ctx.record(el, kind, `site/${site.name}/clean`);
    }
  }
  preClean(doc, ctx, pass.light);
  const removed = ctx.removed;

  const body = findFirst(doc, (el) => el.name === 'body') ?? wrapAsBody(doc);
  const stats = new Map<Element, Stats>();
  computeStats(body, stats);

  let roots: Element[] = [];
  let core: Element[] | undefined;
  let fromSite = false;
  if (site?.html.content.length) {
    for (const selector of site.html.content) {
      roots = siteSelect(doc, selector, messages, site.name).filter((el) => el.parent);
      if (roots.length) break;
    }
    roots = roots.filter((el, _i, all) => !all.some((o) => o !== el && contains(o, el)));
    fromSite = roots.length > 0;
  }
  // The whole-body pass stands in for scoring, not for a site pack: content a pack points at stays the only content.
  if (pass.wholeBody && !fromSite) roots = [body];
  else if (!roots.length) {
    const choice = chooseRoots(body, stats);
    roots = choice.roots;
    if (choice.core.length && (roots.length !== choice.core.length || roots.some((r, i) => r !== choice.core[i]))) core = choice.core;
  }

  const emit = (rs: Element[], rm: Removal[], coreEls?: Element[]): Block[] => {
    const emitter = new BlockEmitter({ stats, resolve, removed: rm, roots: new Set([...rs, ...(coreEls ?? [])]), core: coreEls && new Set(coreEls) });
    for (const r of rs) emitter.emitRoot(r);
    return emitter.blocks;
  };
  let inner: Removal[] = [];
  let blocks = roots.length ? emit(roots, inner, core) : [];
  if (!fromSite && textLength(blocks) < MIN_TEXT) {
    // fallback: the whole body, link-dense boxes dropped
    const wideRemoved: Removal[] = [];
    const wide = emit([body], wideRemoved);
    const good = wide.filter((b) => b.text.length >= 40 || b.type === 'heading');
    if (textLength(good) > textLength(blocks) * 1.5) {
      messages.push(message('info', STAGE, 'html: article root too short; used the whole body'));
      roots = [body];
      blocks = wide;
      inner = wideRemoved;
    }
  }
  blocks = dropOrphanHeadings(blocks, inner);
  blocks.forEach((b, i) => (b.index = i));
  recordOutside(body, roots, removed);
  removed.push(...inner);
  return { blocks, removed };
}

function textLength(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.length;
  return n;
}

function contains(a: AnyNode, b: AnyNode): boolean {
  for (let p = b.parent; p; p = p.parent) if (p === a) return true;
  return false;
}

/** A fragment without <body>: its top-level nodes go under a synthetic body. */
function wrapAsBody(doc: Document): Element {
  const htmlEl = doc.children.find((c): c is Element => c instanceof Element && c.name === 'html');
  const parent: ParentNode = htmlEl ?? doc;
  const body = new Element('body', {}, parent.children.slice());
  for (const c of body.children) c.parent = body;
  body.parent = parent;
  parent.children = [body];
  for (let i = 0; i < body.children.length; i++) {
    body.children[i]!.prev = body.children[i - 1] ?? null;
    body.children[i]!.next = body.children[i + 1] ?? null;
  }
  return body;
}

/** Text outside the chosen roots: one removal per top-level dropped node. */
function recordOutside(body: Element, roots: Element[], removed: Removal[]): void {
  if (roots.length === 1 && roots[0] === body) return;
  const onPath = new Set<AnyNode>();
  for (const r of roots) for (let p: AnyNode | null = r; p; p = p.parent) onPath.add(p);
  const rootSet = new Set<AnyNode>(roots);
  const walk = (node: ParentNode): void => {
    for (const c of node.children) {
      if (rootSet.has(c)) continue;
      if (onPath.has(c)) {
        walk(c as ParentNode);
        continue;
      }
      const text = c instanceof Text ? textOf(c) : c instanceof Element ? textOf(c) : '';
      if (text) removed.push({ kind: 'outside-article', rule: 'html/outside-main', text });
    }
  };
  walk(body);
}


/** A heading with nothing under it (followed by a heading of the same or a higher rank, or by the end) is a leftover of a removed box. */
function dropOrphanHeadings(blocks: Block[], removed: Removal[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === 'heading' && i > 0) {
      const next = blocks[i + 1];
      const orphan = !next || (next.type === 'heading' && (next.level ?? 6) <= (b.level ?? 6));
      if (orphan) {
        removed.push({ kind: 'related', rule: 'html/orphan-heading', text: b.text });
        continue;
      }
    }
    out.push(b);
  }
  return out;
}

/** A declared text shorter than this is a label or a test string, not an article's text. */
const MIN_DECLARED_WORDS = 15;

/**
 * The text a page declares for itself when its body holds none (a page rendered by scripts, a
 * video page): the JSON-LD articleBody, else the description, when it reads like text.
 */
function declaredText(doc: Document, meta: Metadata): { text: string; from: string } | undefined {
  const articleBody = readJsonLd(doc).articleBody;
  if (articleBody && wordCount(articleBody) >= MIN_DECLARED_WORDS) return { text: articleBody, from: 'JSON-LD articleBody' };
  const description = meta.description;
  return description && wordCount(description) >= MIN_DECLARED_WORDS ? { text: description, from: 'description' } : undefined;
}

function paragraphsOf(text: string): Block[] {
  return text
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((p, index) => newBlock(index, 'paragraph', p, []));
}
