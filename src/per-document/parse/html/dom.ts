/**
 * The one parse of a page: htmlparser2 into a domhandler tree, plus the small helpers the
 * extractor needs on that tree (text, attributes, tokens). No re-parsing anywhere else.
 */
import { DomHandler, Element, Text, type AnyNode, type Document, type ParentNode } from 'domhandler';
import { TextMemo } from '../../../core/text-memo.js';
import { NameParser } from './parser.js';
import { closeSelfClosedRaw } from './self-closed.js';
import { FastTokenizer } from './tokenizer.js';

/** An element of a parsed page, with room for what the stages ask of it again and again. */
export class PageElement extends Element {
  /** Its class tokens and id (tokensOf), once asked for. */
  tokens: string[] | undefined = undefined;
}

/** domhandler's tree builder, building PageElements. */
class PageHandler extends DomHandler {
  override onopentag(name: string, attribs: { [name: string]: string }): void {
    const element = new PageElement(name, attribs);
    this.addNode(element);
    this.tagStack.push(element);
  }
}

/** Deeper subtrees are flattened to text, so recursive walks stay within the stack. */
const MAX_DEPTH = 220;

export function parseHtml(html: string): Document {
  const source = closeSelfClosedRaw(html);
  const handler = new PageHandler();
  new NameParser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, Tokenizer: FastTokenizer }).end(source);
  const doc = handler.root;
  flattenDeep(doc);
  return doc;
}

/** Replaces the children of any element deeper than MAX_DEPTH by one text node (iterative). */
function flattenDeep(doc: Document): void {
  // two parallel stacks: no tuple per element
  const nodes: ParentNode[] = [doc];
  const depths: number[] = [0];
  while (nodes.length) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (depth >= MAX_DEPTH && node instanceof Element) {
      const text = textIterative(node);
      const leaf = new Text(text);
      leaf.parent = node;
      node.children = [leaf];
      continue;
    }
    for (const child of node.children) {
      if (child instanceof Element) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }
}

function textIterative(root: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node instanceof Text) parts.push(node.data);
    else if (node instanceof Element) {
      if (node.name === 'script' || node.name === 'style') continue;
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return parts.join(' ');
}

/** Raw text content, including whitespace as in the source. */
function rawText(node: AnyNode): string {
  if (node instanceof Text) return node.data;
  if (!(node instanceof Element) && !('children' in node)) return '';
  let out = '';
  for (const child of (node as ParentNode).children) {
    if (child instanceof Text) out += child.data;
    else if (child instanceof Element) {
      if (child.name === 'script' || child.name === 'style' || child.name === 'noscript' || child.name === 'template') continue;
      out += child.name === 'br' ? '\n' : rawText(child);
      if (BLOCK_TAGS.has(child.name)) out += ' ';
    }
  }
  return out;
}

const WS = /[\s\u00A0\u200B\uFEFF]+/g;
export function collapse(text: string): string {
  return text.replace(WS, ' ').trim();
}

/** Text content with whitespace collapsed. */
export function textOf(node: AnyNode): string {
  return collapse(rawText(node));
}

export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'caption', 'legend', 'option', 'noscript',
]);

export function hasBlockChild(el: Element): boolean {
  for (const c of el.children) if (c instanceof Element && BLOCK_TAGS.has(c.name)) return true;
  return false;
}

/** A character of a word: not a space nor a separator of link rows (`A | B`, `A » B`, `A，B`). */
const WORD_CHAR = /[^\s|·•,;:\-»«›‹>/，、]/;

/**
 * An inline element (a link, a span) with words of its own paragraph beside it: part of a
 * sentence, whatever its class says.
 */
export function inRunningText(el: Element): boolean {
  if (BLOCK_TAGS.has(el.name) || hasBlockChild(el)) return false;
  const parent = el.parent;
  if (!parent) return false;
  for (const s of parent.children) if (s instanceof Text && WORD_CHAR.test(s.data)) return true;
  return false;
}

/** No tokens: shared, so elements without class or id allocate nothing. */
const NO_TOKENS: string[] = [];
/** Between the class and the id in a token memo's key. */
const ID_MARK = '\u0001';
/**
 * Token lists by class/id attribute value: pages repeat the same class strings on many
 * elements, and every stage asks for the tokens of each element several times.
 */
const tokenMemo = new TextMemo(tokenize, 4096);

/**
 * Lower-cased class tokens and id of an element (the id last). The array is shared
 * between calls: callers must not modify it.
 */
export function tokensOf(el: Element): string[] {
  if (!(el instanceof PageElement)) return tokensOfAttributes(el);
  return (el.tokens ??= tokensOfAttributes(el));
}

function tokensOfAttributes(el: Element): string[] {
  const cls = el.attribs.class;
  const id = el.attribs.id;
  if (!cls && !id) return NO_TOKENS;
  return tokenMemo.get(id ? `${cls ?? ''}${ID_MARK}${id}` : cls!);
}

/** The tokens of a class attribute, or of `class ID_MARK id`. */
function tokenize(key: string): string[] {
  const mark = key.indexOf(ID_MARK);
  const cls = mark < 0 ? key : key.slice(0, mark);
  const out: string[] = [];
  for (const t of cls.split(/\s+/)) if (t) out.push(splitCamel(t));
  if (mark >= 0) out.push(splitCamel(key.slice(mark + 1).trim()));
  return out;
}

/** `articleBody` → `article-body`; then lower case. */
function splitCamel(token: string): string {
  return (/[a-z][A-Z]/.test(token) ? token.replace(/([a-z])([A-Z])/g, '$1-$2') : token).toLowerCase();
}

export function findAll(root: ParentNode, test: (el: Element) => boolean, out: Element[] = []): Element[] {
  for (const child of root.children) {
    if (child instanceof Element) {
      if (test(child)) out.push(child);
      findAll(child, test, out);
    }
  }
  return out;
}

export function findFirst(root: ParentNode, test: (el: Element) => boolean): Element | undefined {
  for (const child of root.children) {
    if (child instanceof Element) {
      if (test(child)) return child;
      const hit = findFirst(child, test);
      if (hit) return hit;
    }
  }
  return undefined;
}

export function removeNode(node: AnyNode): void {
  const parent = node.parent;
  if (!parent) return;
  const i = parent.children.indexOf(node as never);
  if (i >= 0) parent.children.splice(i, 1);
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.parent = null;
  node.prev = null;
  node.next = null;
}
