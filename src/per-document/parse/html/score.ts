/**
 * Content scoring on the cleaned tree (Readability's algorithm ported to domhandler, with
 * trafilatura's article-body selectors as strong evidence), and the choice of article roots.
 */
import { Element, Text, type AnyNode, type ParentNode } from 'domhandler';
import { BLOCK_TAGS, hasBlockChild, tokensOf } from './dom.js';

export interface Stats {
  /** Characters of text (whitespace runs count as one). */
  text: number;
  /** Characters of text inside links. */
  link: number;
  /** Comma-like punctuation. */
  commas: number;
  /** Paragraph-like descendants with at least 80 characters and few links. */
  paras: number;
  /** Characters of text in such paragraphs. */
  paraText: number;
  /** Direct text (not inside child elements), characters. */
  own: number;
}

/** Comma-like punctuation: , ， 、 ، ; ； */
function isComma(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0xff0c || c === 0x3001 || c === 0x060c || c === 0xff1b;
}

/** Length (whitespace runs count as one) and comma count of a text, in one pass. */
function textStats(data: string): [number, number] {
  let len = 0;
  let commas = 0;
  let ws = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160) {
      if (!ws) len++;
      ws = true;
    } else {
      len++;
      ws = false;
      if (isComma(c)) commas++;
    }
  }
  return [len, commas];
}

const PARA_TAGS = new Set(['p', 'pre', 'blockquote', 'dd', 'li', 'td']);

/** One post-order pass computing Stats for every element under root. */
export function computeStats(root: ParentNode, stats: Map<Element, Stats>): Stats {
  const total: Stats = { text: 0, link: 0, commas: 0, paras: 0, paraText: 0, own: 0 };
  for (const child of root.children) {
    if (child instanceof Text) {
      const [len, commas] = textStats(child.data);
      total.text += len;
      total.own += len;
      total.commas += commas;
    } else if (child instanceof Element) {
      const s = computeStats(child, stats);
      total.text += s.text;
      total.link += s.link;
      total.commas += s.commas;
      total.paras += s.paras;
      total.paraText += s.paraText;
    }
  }
  if (root instanceof Element) {
    if (root.name === 'a') total.link = total.text;
    const isPara = PARA_TAGS.has(root.name) || (total.own >= 80 && !hasBlockChild(root));
    if (isPara && total.paras === 0 && total.text >= 80 && total.link < total.text * 0.3) {
      total.paras = 1;
      total.paraText = total.text;
    } else if (total.own >= 120 && root.name !== 'body' && root.name !== 'html') {
      // mixed content: text directly in a container (`text<br><br>text`)
      total.paras += 1;
      total.paraText += total.own;
    }
    stats.set(root, total);
  }
  return total;
}

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-?text|markdown|artikel|beitrag|inhalt|texte|contenu|tresc/;
const NEGATIVE = /-ad-|^ad-|-ad$|hidden|^hid$|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|teaser|card|thumb|nav|menu|header|byline|author|caption|social|newsletter|popular|trending/;
/** trafilatura-style article-body names: strong evidence. */
const BODY_NAMES = /^(?:(?:article|story|post|entry|blog|news|main|page|td-post|single|body|cms|rich|detail|artikel|text)[-_]*(?:body|content|text|copy|inner|main|entry|post|article)(?:[-_]*(?:text|content|body|inner|wrapper|container|wrap|main))?|entry|post-?entry|articlebody|article|story|post|hentry|h-entry|e-content|post-body|body-?text|bodytext|content-?body|rich-?text|richtext|prose|markdown-?body|article__body|c-entry-content|field-?body|field-?name-?body|paywall-?content|node-?content|text-?content|main-?text|maintext|content-?text|article-?copy|story-?content|story-?text|story-?body|artikel|artikeltext|beitrag|inhalt|texte|contenu)$/;

function classWeight(el: Element): number {
  const tokens = tokensOf(el);
  if (!tokens.length) return 0;
  let w = 0;
  const cls = el.attribs.class ? tokens.slice(0, tokens.length - (el.attribs.id ? 1 : 0)).join(' ') : '';
  const id = el.attribs.id ? tokens[tokens.length - 1]! : '';
  for (const s of [cls, id]) {
    if (!s) continue;
    if (NEGATIVE.test(s) && !POSITIVE.test(s)) w -= 25;
    else if (NEGATIVE.test(s)) w -= 10;
    if (POSITIVE.test(s)) w += 25;
  }
  return w;
}

function bodyEvidence(el: Element): number {
  if (el.attribs.itemprop === 'articleBody' || el.attribs.itemprop === 'text') return 60;
  let best = 0;
  for (const t of tokensOf(el)) if (BODY_NAMES.test(t)) best = 35;
  if (el.name === 'article') best = Math.max(best, 20);
  if (el.name === 'main' || el.attribs.role === 'main') best = Math.max(best, 10);
  return best;
}

function tagBase(name: string): number {
  switch (name) {
    case 'div':
    case 'article':
    case 'section':
    case 'main':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

const SCORE_TAGS = new Set(['p', 'pre', 'td', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'dd', 'section']);

const WIDEN_GOOD = 0.5;

export interface Choice {
  /** Article roots in document order (a top candidate and the siblings that belong with it). */
  roots: Element[];
  /** Elements whose every block is kept; outside them (in a widened root) only prose is. */
  core: Element[];
  top?: Element;
  score: number;
}

export function linkDensity(s: Stats | undefined): number {
  return s && s.text ? s.link / s.text : 0;
}

export function chooseRoots(body: Element, stats: Map<Element, Stats>): Choice {
  const scores = new Map<Element, number>();
  const init = (el: Element): number => {
    let s = scores.get(el);
    if (s === undefined) {
      s = tagBase(el.name) + classWeight(el) + bodyEvidence(el);
      scores.set(el, s);
    }
    return s;
  };

  const visit = (el: Element): void => {
    const name = el.name;
    const st = stats.get(el);
    let scorable = false;
    if (SCORE_TAGS.has(name)) scorable = name !== 'section' || !hasBlockChild(el);
    else if ((name === 'div' || name === 'span' || name === 'font' || name === 'center' || name === 'article') && st && st.own >= 25 && !hasBlockChild(el)) scorable = true;
    else if (st && st.own >= 120) scorable = true; // mixed content container
    if (scorable && st) {
      const len = hasBlockChild(el) ? st.own : st.text;
      if (len >= 25) {
        const s = 1 + st.commas + Math.min(Math.floor(len / 100), 3);
        let level = 0;
        for (let p = el.parent; p && p instanceof Element && level < 6; p = p.parent, level++) {
          if (p.name === 'html') break;
          const div = level === 0 ? 1 : level === 1 ? 2 : level * 3;
          scores.set(p, init(p) + s / div);
        }
      }
    }
    if (scorable && !hasBlockChild(el)) return;
    for (const c of el.children) if (c instanceof Element) visit(c);
  };
  visit(body);

  // evidence of an article body counts even where few paragraphs were scored
  let ranked: [Element, number][] = [];
  for (const [el, s] of scores) {
    const st = stats.get(el);
    const final = s * (1 - linkDensity(st));
    ranked.push([el, final]);
  }
  ranked.sort((a, b) => b[1] - a[1]);
  ranked = ranked.slice(0, 8);
  const first = ranked[0];
  if (!first) return { roots: [], core: [], score: 0 };
  let top = first[0];
  const topScore = first[1];

  // several close candidates under one ancestor: take the ancestor
  // (an ancestor or a descendant of the top candidate scores with it, and is no second candidate)
  const close = ranked
    .slice(1)
    .filter(([el, s]) => s / topScore >= 0.75 && !isAncestorOf(el, top) && !isAncestorOf(top, el))
    .map(([el]) => el);
  if (close.length >= 3) {
    let parent = top.parent as Element | null;
    while (parent && parent !== body && parent instanceof Element) {
      const count = close.filter((c) => isAncestorOf(parent!, c)).length;
      if (count >= 3) {
        top = parent;
        break;
      }
      parent = parent.parent as Element | null;
    }
  }
  const finalScore = (el: Element) => (scores.get(el) ?? 0) * (1 - linkDensity(stats.get(el)));
  // climb while the parent scores about as well (content split into sibling blocks)
  let lastScore = finalScore(top);
  const threshold = lastScore / 3;
  for (let parent = top.parent; parent instanceof Element && parent !== body && parent.name !== 'html'; parent = parent.parent) {
    if (!scores.has(parent)) continue;
    const ps = finalScore(parent);
    if (ps < threshold) break;
    if (ps > lastScore) {
      top = parent;
      break;
    }
    lastScore = ps;
  }
  // a container naming itself the body is the whole body: no siblings join it
  const declared = declaredBodyAround(top, body, stats);
  if (declared) top = declared;
  while (top.parent instanceof Element && top.parent !== body && top.parent.name !== 'html' && elementChildren(top.parent).length === 1) top = top.parent;

  // siblings that belong with the top candidate
  const roots: Element[] = [];
  const parent = top.parent;
  const topFinal = finalScore(top);
  const sibThreshold = Math.max(10, topFinal * 0.2);
  const topClass = top.attribs.class ?? '';
  if (parent && top !== body && !declared) {
    for (const sib of parent.children) {
      if (!(sib instanceof Element)) continue;
      if (sib === top) {
        roots.push(sib);
        continue;
      }
      let bonus = 0;
      if (topClass && sib.attribs.class === topClass) bonus += topFinal * 0.2;
      const st = stats.get(sib);
      const ld = linkDensity(st);
      if (scores.has(sib) && finalScore(sib) + bonus >= sibThreshold) roots.push(sib);
      else if (st && (sib.name === 'p' || !hasBlockChild(sib)) && st.text > 80 && ld < 0.25) roots.push(sib);
      else if (st && sib.name === 'p' && st.text > 0 && st.text <= 80 && ld === 0 && /\.( |$)/.test(textSample(sib))) roots.push(sib);
    }
  } else roots.push(top);

  // widen while the parent adds mostly prose (leads in a header, content split into columns);
  // in the widened part only prose paragraphs are kept (see BlockEmitter strict mode)
  let wide = top;
  for (let p = top.parent; p instanceof Element && p !== body && p.name !== 'html'; p = p.parent) {
    const ps = stats.get(p);
    const ts = stats.get(wide);
    if (!ps || !ts) break;
    const extraText = ps.text - ts.text;
    const extraGood = ps.paraText - ts.paraText;
    if (extraText <= 0) {
      wide = p;
      continue;
    }
    if (extraGood >= extraText * WIDEN_GOOD && extraText - extraGood <= Math.max(250, ts.paraText * 0.15)) wide = p;
    else break;
  }
  if (wide !== top && !roots.every((r) => r === top || isAncestorOf(wide, r))) wide = top;
  if (wide === top) {
    const leads = leadParagraphs(body, top, roots, stats);
    if (leads.length) return { roots: [...leads, ...roots], core: [...leads, ...roots], top, score: topFinal };
  }
  return { roots: wide === top ? roots : [wide], core: roots, top, score: topFinal };
}

/**
 * A body name that says text (`entry-content`, `article-body`): not the whole article with its
 * header and footer (`article`, `post`), nor the page's middle column (`main-content`, `page-content`).
 */
const TEXT_PART = /(?:body|content|text|copy|prose|markdown)(?:[-_]*(?:inner|wrapper|container|wrap))?$/;
const PAGE_PART = /^(?:main|page|site)/;

function declaresBody(el: Element): boolean {
  if (el.attribs.itemprop === 'articleBody') return true;
  for (const t of tokensOf(el)) if (BODY_NAMES.test(t) && TEXT_PART.test(t) && !PAGE_PART.test(t)) return true;
  return false;
}

/** How far above the top candidate a container declaring the article body is looked for. */
const DECLARED_LEVELS = 8;
/** The declared body's text outside the top candidate may be links up to this share (a list of links in the text). */
const DECLARED_EXTRA_LINKS = 0.5;

/**
 * The nearest ancestor of the top candidate that names itself the article body (`entry-content`,
 * itemprop articleBody): the text the page builder split into rows and columns is all in it, the
 * way trafilatura takes such a container whole. Not when what it adds is mostly links.
 */
function declaredBodyAround(top: Element, body: Element, stats: Map<Element, Stats>): Element | undefined {
  const ts = stats.get(top);
  if (!ts) return undefined;
  let level = 0;
  for (let p = top.parent; p instanceof Element && p !== body && p.name !== 'html' && level < DECLARED_LEVELS; p = p.parent, level++) {
    if (!declaresBody(p)) continue;
    const ps = stats.get(p);
    if (!ps) return undefined;
    const extra = ps.text - ts.text;
    const extraLinks = ps.link - ts.link;
    return extra > 0 && extraLinks <= extra * DECLARED_EXTRA_LINKS ? p : undefined;
  }
  return undefined;
}

/** How far up from the top candidate a lead is looked for. */
const LEAD_LEVELS = 4;
const LEAD_MIN = 100;
const LEAD_MAX = 3;

/**
 * Prose paragraphs between the headline (the first h1) and the article roots, within a few
 * levels above the top candidate: a lead or intro in a header or sibling container.
 */
function leadParagraphs(body: Element, top: Element, roots: Element[], stats: Map<Element, Stats>): Element[] {
  let scope: Element = top;
  for (let i = 0; i < LEAD_LEVELS && scope.parent instanceof Element && scope.parent !== body; ) {
    // a nested <html>/<body> (broken markup) and wrappers around nothing else are climbed over for free
    if (!isMereWrapper(scope.parent, scope)) i++;
    scope = scope.parent;
  }
  if (scope === top) return [];
  const first = roots[0];
  if (!first) return [];
  let seenH1 = false;
  let stop = false;
  const out: Element[] = [];
  const walk = (el: Element): void => {
    for (const c of el.children) {
      if (stop) return;
      if (!(c instanceof Element)) continue;
      if (c === first || roots.includes(c)) {
        stop = true;
        return;
      }
      if (isHeadline(c)) {
        seenH1 = true;
        continue;
      }
      const st = stats.get(c);
      if (!st || !st.text) continue;
      if (seenH1 && isLead(c, st)) {
        out.push(c);
        continue;
      }
      if (BYLINE_BOX.test(tokensOf(c).join(' '))) continue;
      if (BLOCK_TAGS.has(c.name) && linkDensity(st) < 0.5) walk(c);
      else if (!seenH1 && containsH1(c)) walk(c);
    }
  };
  // a headline before the scope counts: the scope then sits between the headline and the roots
  seenH1 = precededByH1(scope, body);
  walk(scope);
  if (!stop) return [];
  return out.length <= LEAD_MAX ? out : [];
}

/** A nested <html>/<body>, or an element whose only element child is `child`: no level of layout of its own. */
function isMereWrapper(el: Element, child: Element): boolean {
  if (el.name === 'html' || el.name === 'body') return true;
  return elementChildren(el).length === 1 && el.children.every((c) => c === child || !(c instanceof Text) || !c.data.trim());
}

/** Containers of author notes and tooltips: their prose is not the lead. */
const BYLINE_BOX = /byline|author|tooltip|bio(?:$|[-_ ])/;

function isLead(el: Element, st: Stats): boolean {
  if (/^h[1-6]$/.test(el.name) || el.name === 'li' || el.name === 'td' || el.name === 'ul' || el.name === 'ol' || el.name === 'table') return false;
  if (hasBlockChild(el) && el.name !== 'p') return false;
  return st.text >= LEAD_MIN && linkDensity(st) < 0.2 && !BYLINE_BOX.test(tokensOf(el).join(' '));
}

/** The headline: an h1, or an element marked up as the headline (schema.org). */
function isHeadline(el: Element): boolean {
  return el.name === 'h1' || /(?:^|\s)headline(?:\s|$)/.test(el.attribs.itemprop ?? '');
}

function containsH1(el: Element): boolean {
  for (const c of el.children) if (c instanceof Element && (isHeadline(c) || containsH1(c))) return true;
  return false;
}

/** An h1 earlier in the document than `el` (not inside it). */
function precededByH1(el: Element, body: Element): boolean {
  for (let n: Element = el; n !== body && n.parent instanceof Element; n = n.parent) {
    for (let s = n.prev; s; s = s.prev) if (s instanceof Element && (isHeadline(s) || containsH1(s))) return true;
  }
  return false;
}

function textSample(el: Element): string {
  let out = '';
  const walk = (n: AnyNode) => {
    if (n instanceof Text) out += n.data;
    else if (n instanceof Element) for (const c of n.children) walk(c);
  };
  walk(el);
  return out.trim();
}

function elementChildren(el: ParentNode): Element[] {
  return el.children.filter((c): c is Element => c instanceof Element);
}

function isAncestorOf(a: AnyNode, node: AnyNode): boolean {
  for (let p: AnyNode | null = node.parent; p; p = p.parent) if (p === a) return true;
  return false;
}
