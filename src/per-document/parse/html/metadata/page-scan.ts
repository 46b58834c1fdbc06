/**
 * One walk over the parsed page (before cleaning) that gathers the evidence the other
 * metadata modules weigh: <meta> tags, <html lang>, <title>, the canonical link, heading
 * candidates, <time> values, byline and date-classed elements, and the dates shown in the
 * body with their document position (so the date next to the headline can be found).
 * Comment sections are skipped: their bylines and dates are not the article's.
 */
import { Element, type Document, type ParentNode } from 'domhandler';
import { collapse, findAll, textOf, tokensOf } from '../dom.js';
import { copyrightHolder, nameAfterDate, signatureName } from './author-fallbacks.js';
import { authorMarkOf, bylineText, isByWordLabel, isByWordLine, mayOpenByWordLine, nameInAuthorBox } from './byline.js';
import { findDate, normalizeDate } from '../../../../core/dates.js';
import { recordMetaTag } from './meta-tags.js';
import { DATE_TOKEN, isUpdateDate, type ShownDate, type TimeValue } from './published.js';
import { headingText, isHiddenHeading, TITLE_CLASS, type HeadingCandidate } from './title.js';

/** The class of a microformat date: hAtom's `published`/`updated`, microformats2's `dt-` forms. */
const MICROFORMAT_DATE = /(?:^|\s)(?:dt-)?(published|updated)(?:\s|$)/;
const COMMENT_TOKEN = /(?:^|[-_])(?:comments?|commentlist|comment-list|disqus|respond|replies)(?:$|[-_])/;

/** What the walk found. */
export interface PageScan {
  /** <meta> contents by lower-cased name or property (first one wins). */
  metas: Map<string, string>;
  htmlLang: string | undefined;
  titleTag: string | undefined;
  canonical: string | undefined;
  heads: HeadingCandidate[];
  /** Position in document order of each heading in `heads`. */
  headSeq: Map<HeadingCandidate, number>;
  times: TimeValue[];
  bylineTexts: string[];
  /** Short element texts that open with a by-word ("Von …", "By …"), for pages without byline markup. */
  byWordTexts: string[];
  /** The names author boxes (bio, info card) lead with. */
  authorBoxNames: string[];
  /** Names at the end of date lines ("11.03.2022 | 09:25 Uhr | Ilka Vorbrügge"). */
  datedNames: string[];
  /** Persons copyright notices name ("(c) Matthias Brandl • Weitere Rechte siehe Impressum"). */
  copyrightHolders: string[];
  /** Names signing the article off in a paragraph of their own. */
  signatureNames: string[];
  dateTexts: string[];
  /** Dates shown on the page, with their position in document order. */
  shown: ShownDate[];
}

export function scanPage(doc: Document): PageScan {
  const scanner = new PageScanner();
  // pre-order, with an explicit stack: the document order `seq` counts in
  const nodes: Element[] = [];
  const inBodies: boolean[] = [];
  const pushChildren = (parent: ParentNode, inBody: boolean): void => {
    const children = parent.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i]!;
      if (c instanceof Element) {
        nodes.push(c);
        inBodies.push(inBody);
      }
    }
  };
  pushChildren(doc, false);
  while (nodes.length) {
    const el = nodes.pop()!;
    const inBody = inBodies.pop()!;
    if (scanner.element(el, inBody)) pushChildren(el, inBody || el.name === 'body');
  }
  return scanner.result();
}

/**
 * The walk's findings so far. Each kind of element has a method of its own: the per-element
 * step stays small, so the JIT compiles it cheaply each time a rarely seen kind of element
 * makes it start over.
 */
class PageScanner {
  private readonly metas = new Map<string, string>();
  private htmlLang: string | undefined;
  private titleTag: string | undefined;
  private canonical: string | undefined;
  private readonly heads: HeadingCandidate[] = [];
  private h2Count = 0;
  private classCount = 0;
  private readonly times: TimeValue[] = [];
  private readonly bylineTexts: string[] = [];
  private readonly byWordTexts: string[] = [];
  private readonly authorBoxNames: string[] = [];
  private readonly datedNames: string[] = [];
  private readonly copyrightHolders: string[] = [];
  private readonly signatureNames: string[] = [];
  private readonly dateTexts: string[] = [];
  private readonly shown: ShownDate[] = [];
  private seq = 0;
  private readonly headSeq = new Map<HeadingCandidate, number>();

  result(): PageScan {
    const { metas, htmlLang, titleTag, canonical, heads, headSeq, times, bylineTexts, byWordTexts, authorBoxNames, datedNames, copyrightHolders, signatureNames, dateTexts, shown } = this;
    return { metas, htmlLang, titleTag, canonical, heads, headSeq, times, bylineTexts, byWordTexts, authorBoxNames, datedNames, copyrightHolders, signatureNames, dateTexts, shown };
  }

  /** One element, in document order; false when the elements inside it are not to be looked at. */
  element(el: Element, inBody: boolean): boolean {
    const name = el.name;
    this.seq++;
    if (name === 'html' && el.attribs.lang) this.htmlLang ??= el.attribs.lang;
    else if (name === 'title' && !this.titleTag && !inBody) this.titleTag = textOf(el);
    else if (name === 'meta') this.meta(el);
    else if (name === 'link' && /\bcanonical\b/i.test(el.attribs.rel ?? '') && el.attribs.href) this.canonical ??= el.attribs.href;
    else if (name === 'h1') this.h1(el);
    else if (inBody && (name === 'h2' || name === 'h3' || TITLE_CLASS.test(el.attribs.class ?? '')) && (name === 'h2' || name === 'h3' ? this.h2Count : this.classCount) < 12) this.subheading(el, name);
    else if (name === 'time') this.time(el, inBody);
    else if (el.attribs.title !== undefined && el.attribs.class !== undefined) this.microformatDate(el);
    if (inBody && name !== 'meta' && name !== 'link') {
      // Nothing in a comment section is the article's (its dates are the comments'), however many bylines were read.
      if (tokensOf(el).some((t) => COMMENT_TOKEN.test(t))) return false;
      if (this.bylineTexts.length < 6) this.bodyElement(el, name);
    }
    return name !== 'script' && name !== 'style';
  }

  private meta(el: Element): void {
    recordMetaTag(el, this.metas);
    const content = el.attribs.content;
    if (el.attribs.itemprop === 'datePublished' && content) this.times.unshift({ dt: content, pub: true });
  }

  private h1(el: Element): void {
    const t = headingText(el);
    if (t && t.length <= 400 && this.heads.length < 40) {
      const h: HeadingCandidate = { text: t, kind: isHiddenHeading(el) ? 'hidden' : 'h1' };
      this.heads.push(h);
      this.headSeq.set(h, this.seq);
    }
  }

  /** An h2, h3 or an element whose class names a title. */
  private subheading(el: Element, name: string): void {
    const t = headingText(el);
    if (t && t.length <= 400 && this.heads.length < 40) {
      const h: HeadingCandidate = { text: t, kind: name === 'h2' || name === 'h3' ? 'h2' : 'class' };
      this.heads.push(h);
      this.headSeq.set(h, this.seq);
      if (name === 'h2' || name === 'h3') this.h2Count++;
      else this.classCount++;
    }
  }

  private time(el: Element, inBody: boolean): void {
    const dt = el.attribs.datetime ?? el.attribs.content;
    const pub = el.attribs.itemprop === 'datePublished' || el.attribs.pubdate !== undefined || /publish|pubdate|posted|created/i.test(el.attribs.class ?? '');
    this.times.push({ dt: dt ?? textOf(el), pub });
    if (inBody && this.shown.length < 30) {
      const text = textOf(el);
      const date = (text.length < 120 && findDate(text, { language: this.htmlLang })?.iso) || normalizeDate(dt)?.slice(0, 10);
      if (date) this.shown.push({ seq: this.seq, date, updated: isUpdateDate(el, text) });
    }
  }

  /**
   * A microformat date (hAtom `published`/`updated`, microformats2 `dt-published`/`dt-updated`)
   * kept in the title attribute ("<abbr class="published" title="2013-04-04T18:52:11+00:00">"):
   * themes often leave the element empty, so the attribute is the only trace of the date.
   */
  private microformatDate(el: Element): void {
    const kind = MICROFORMAT_DATE.exec(el.attribs.class!)?.[1];
    const dt = kind && normalizeDate(el.attribs.title);
    if (dt) this.times.push({ dt, pub: kind === 'published' });
  }

  /** Byline, author-box and date evidence of an element in the body. */
  private bodyElement(el: Element, name: string): void {
    const tokens = tokensOf(el);
    if (this.dateTexts.length < 8 && tokens.some((t) => DATE_TOKEN.test(t))) this.dateClassed(el, name);
    const mark = authorMarkOf(el, tokens);
    if (mark === 'byline') this.byline(el);
    else if (mark === 'box') {
      const boxName = this.authorBoxNames.length < 2 ? nameInAuthorBox(el) : undefined;
      if (boxName) this.authorBoxNames.push(boxName);
    } else if (BY_WORD_HOSTS.has(name)) {
      const lead = leadingText(el);
      if (lead !== undefined) this.leadingLine(el, lead);
      if (name === 'p' && !this.signatureNames.length) {
        const signed = signatureName(el);
        if (signed) this.signatureNames.push(signed);
      }
    }
  }

  /** An element whose class names a date. */
  private dateClassed(el: Element, name: string): void {
    const t = textOf(el);
    if (t && t.length < 200) {
      this.dateTexts.push(t);
      const date = name !== 'time' && this.shown.length < 30 ? findDate(t, { language: this.htmlLang })?.iso : undefined;
      if (date) this.shown.push({ seq: this.seq, date, updated: isUpdateDate(el, t) });
    }
  }

  /** An element marked as the byline. */
  private byline(el: Element): void {
    const nameEl = findAll(el, (c) => c.attribs.itemprop === 'name')[0];
    // schema.org microdata may give the name as <meta itemprop="name" content="…">
    const t = nameEl?.name === 'meta' ? collapse(nameEl.attribs.content ?? '') : nameEl ? textOf(nameEl) : bylineText(el);
    if (t && t.length < 200) this.bylineTexts.push(t);
  }

  /** By-word lines ("Von …", or a lone "Autor" label with the name in the elements after it) and date lines ending in a name. */
  private leadingLine(el: Element, lead: string): void {
    if (this.byWordTexts.length < 4 && mayOpenByWordLine(lead)) {
      const own = textOf(el);
      const t = isByWordLabel(own) ? `${own} ${textAfter(el)}` : own;
      if (t.length < 120 && isByWordLine(t)) this.byWordTexts.push(t);
    } else if (this.datedNames.length < 2 && isDigit(lead)) {
      const dated = nameAfterDate(textOf(el));
      if (dated) this.datedNames.push(dated);
    } else if (this.copyrightHolders.length < 2 && mayOpenCopyright(lead)) {
      // the notice's own text only: the links after it ("Impressum", "Datenschutz") are not the holder
      const holder = copyrightHolder(lead);
      if (holder) this.copyrightHolders.push(holder);
    }
  }
}

/** Elements a by-word line is written in (links, lists, images, forms are not looked at: the check runs on every element). */
const BY_WORD_HOSTS = new Set(['p', 'div', 'span', 'em', 'strong', 'b', 'i', 'small', 'li', 'address', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'figcaption', 'header', 'footer', 'section', 'dd', 'cite']);

/** Inline elements a by-word may sit in, before the name ("<strong>Autorin:</strong> Uta S."). */
const INLINE_LABEL = new Set(['strong', 'b', 'em', 'i', 'span', 'small']);
/** By-word lines are short; a longer first text is prose. */
const MAX_BY_WORD_TEXT = 160;

/**
 * The first text of an element (or of a leading inline element) when it is short enough to
 * open a by-word or date line: only it is looked at, so the check stays cheap on every element.
 */
function leadingText(el: Element, depth = 0): string | undefined {
  const children = el.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (c.type === 'text') {
      const data = (c as unknown as { data: string }).data;
      if (isBlank(data)) continue;
      return data.length < MAX_BY_WORD_TEXT ? data : undefined;
    }
    return depth === 0 && c.type === 'tag' && INLINE_LABEL.has((c as Element).name) ? leadingText(c as Element, 1) : undefined;
  }
  return undefined;
}

/** How much text after a lone by-word label is read for the name. */
const MAX_TEXT_AFTER_LABEL = 120;

/**
 * The text after an element in its parent, up to the first element that holds text: the name
 * sits in the next element or text ("<span>By</span><span><a>Name</a></span><span>Date</span>").
 */
function textAfter(el: Element): string {
  let text = '';
  for (let n = el.next; n && text.length < MAX_TEXT_AFTER_LABEL; n = n.next) {
    if (n.type === 'text') text += (n as unknown as { data: string }).data;
    else if (n instanceof Element) {
      const inner = textOf(n);
      text += ` ${inner} `;
      if (inner) break;
    }
  }
  return collapse(text);
}

/** True when a text may open a copyright notice ("©", "(c)", "Copyright"), checked before the costlier reading. */
function mayOpenCopyright(s: string): boolean {
  const t = s.trimStart();
  return t.startsWith('©') || /^(?:\(c\)|copyright)/i.test(t.slice(0, 9));
}

/** True when a text starts with a digit, after any whitespace. */
function isDigit(s: string): boolean {
  const c = s.trimStart().charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** True for a text of whitespace only (markup indentation), checked without a regex. */
function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 32) return false;
  return true;
}
