/**
 * Turns the chosen article roots into Blocks in reading order, dropping in-article chaff
 * (link-dense boxes, captions, "read more" stubs) on the way, each dropped box recorded.
 */
import { Element, Text, type AnyNode } from 'domhandler';
import { newBlock, type Block, type BlockType, type InlineLink, type Removal } from '../../../core/document.js';
import type { BoilerplateKind } from '../../../core/kinds.js';
import { BLOCK_TAGS, hasBlockChild, inRunningText, textOf } from './dom.js';
import { linkDensity, type Stats } from './score.js';
import { isTeaserItem } from './teaser.js';
import { DrawnCharts } from './drawn-chart.js';

interface Frame {
  type: BlockType;
  level?: number;
  listDepth: number;
  pre: boolean;
  /** The innermost containers (at most two), described in the block's context when a block is pushed. */
  chain: Element[];
  /** Outside the core of the article: only prose paragraphs are kept. */
  strict: boolean;
}

const HEADING = /^h([1-6])$/;
const WORD = /\S+/g;
const CONTAINER_DESC_TAGS = new Set(['div', 'section', 'article', 'main', 'ul', 'ol', 'table', 'aside', 'header', 'footer', 'nav', 'form', 'blockquote', 'figure', 'dl', 'li', 'p', 'td', 'span']);

function describe(el: Element): string {
  let d = el.name;
  const cls = el.attribs.class;
  if (cls) {
    const parts = cls.trim().split(/\s+/).slice(0, 3);
    for (const p of parts) if (p && p.length <= 40) d += '.' + p;
  }
  const id = el.attribs.id;
  if (id && id.length <= 40 && !/\s/.test(id)) d += '#' + id;
  return d;
}

export interface EmitOptions {
  stats: Map<Element, Stats>;
  resolve: (href: string) => string | undefined;
  removed: Removal[];
  /** Elements that are article roots themselves: never dropped as in-article chaff. */
  roots: Set<Element>;
  /** Where strict mode ends (undefined: no strict mode). */
  core?: Set<Element>;
}

/** Nearly all of a box's text inside links, and short: a teaser card (an article swallowed by an unclosed <a> is longer). */
const LINK_BOX_DENSITY = 0.9;
const LINK_BOX_MAX = 1000;

/** The boxes a chart drawn in HTML comes in. */
const CHART_TAGS = new Set(['div', 'figure', 'section']);

const LINK_LIST_TAGS = new Set(['ul', 'ol', 'div', 'section', 'table', 'dl', 'header', 'span', 'center', 'font', 'td', 'tr', 'nav', 'aside', 'footer']);

export class BlockEmitter {
  readonly blocks: Block[] = [];
  private buf = '';
  /** The last character of `buf` ('' when empty): asking `buf` itself would flatten it after every append. */
  private tail = '';
  private pending = false;
  private links: InlineLink[] = [];
  private frame: Frame | undefined;

  constructor(private readonly opt: EmitOptions) {}

  emitRoot(root: Element): void {
    const chain: Element[] = [];
    for (let p = root.parent; p instanceof Element && chain.length < 2; p = p.parent) {
      if (p.name === 'body' || p.name === 'html') break;
      chain.unshift(p);
    }
    const core = this.opt.core;
    const frame: Frame = { type: 'paragraph', listDepth: 0, pre: false, chain, strict: !!core && !core.has(root) };
    this.frame = frame;
    this.walk(root, frame);
    this.flush();
  }

  /** Built on first use: most pages have no <article> outside the core, nor a box worth a chart check. */
  private coreExtent: { ancestors: Set<AnyNode>; text: number } | undefined;
  private charts: DrawnCharts | undefined;

  /**
   * An <article> outside the core that is shorter than the core: another article (a teaser, a
   * comment). One longer than the core is more likely the text itself, the core being a headline box.
   */
  private isOtherArticle(el: Element): boolean {
    const core = (this.coreExtent ??= this.measureCore());
    return !core.ancestors.has(el) && (this.opt.stats.get(el)?.text ?? 0) < core.text;
  }

  /** The core's elements with all their ancestors, and the length of the core's text. */
  private measureCore(): { ancestors: Set<AnyNode>; text: number } {
    const ancestors = new Set<AnyNode>();
    let text = 0;
    for (const c of this.opt.core ?? []) {
      text += this.opt.stats.get(c)?.text ?? 0;
      for (let p: AnyNode | null = c; p; p = p.parent) ancestors.add(p);
    }
    return { ancestors, text };
  }

  private drop(el: Element, kind: BoilerplateKind, rule: string): void {
    const text = textOf(el);
    if (text) this.opt.removed.push({ kind, rule, text });
  }

  /** In-article chaff by shape: link lists, teaser items, charts drawn in HTML, link-only stubs. */
  private chaff(el: Element, frame: Frame): [BoilerplateKind, string] | undefined {
    if (this.opt.roots.has(el)) return undefined;
    const st = this.opt.stats.get(el);
    if (!st || !st.text) return undefined;
    const ld = linkDensity(st);
    const name = el.name;
    if (LINK_LIST_TAGS.has(name) && !frame.pre && !inRunningText(el) && !hasHeaderRow(el)) {
      if (ld > 0.5 && st.paraText < st.text * 0.5) return ['related', 'html/link-dense'];
      // a teaser card: one link around its headline and summary (the summary counts as a paragraph)
      if (ld >= LINK_BOX_DENSITY && st.text < LINK_BOX_MAX) return ['related', 'html/link-box'];
      if (ld > 0.33 && st.text < 300 && st.commas < 3 && (name === 'ul' || name === 'ol')) return ['related', 'html/link-list'];
    }
    if (!frame.pre && isTeaserItem(el, this.opt.stats)) return ['related', 'html/teaser'];
    if (CHART_TAGS.has(name) && (this.charts ??= new DrawnCharts(this.opt.stats)).isChart(el)) return ['outside-article', 'html/drawn-chart'];
    if ((name === 'p' || name === 'li' || HEADING.test(name)) && ld >= 0.9 && st.text < 160 && frame.listDepth === 0) return ['related', 'html/link-stub'];
    return undefined;
  }

  private walk(node: AnyNode, frame: Frame): void {
    if (node instanceof Text) {
      this.addText(node.data, frame.pre);
      return;
    }
    if (!(node instanceof Element)) return;
    const name = node.name;
    if (name === 'br') {
      if (this.buf) {
        this.append('\n');
        this.pending = false;
      }
      return;
    }
    if (name === 'hr') {
      this.flush();
      return;
    }
    if (frame.strict && name === 'article' && this.isOtherArticle(node)) {
      // a teaser card or a comment beside the article: its summary reads as prose
      this.flush();
      this.drop(node, 'related', 'html/other-article');
      return;
    }
    const verdict = this.chaff(node, frame);
    if (verdict) {
      this.flush();
      this.drop(node, verdict[0], verdict[1]);
      return;
    }
    if (name === 'a') {
      const href = node.attribs.href;
      const start = this.buf.length;
      for (const c of node.children) this.walk(c, frame);
      if (href !== undefined) {
        let s = start;
        if (this.buf[s] === ' ' || this.buf[s] === '\n') s++;
        const end = this.buf.length;
        const resolved = this.opt.resolve(href);
        if (resolved && end > s) this.links.push({ start: s, end, href: resolved });
      }
      return;
    }
    if (!BLOCK_TAGS.has(name)) {
      for (const c of node.children) this.walk(c, frame);
      return;
    }
    if (name === 'table') {
      this.table(node, frame);
      return;
    }
    // block element
    this.flush();
    const chain = CONTAINER_DESC_TAGS.has(name) ? [...frame.chain.slice(-1), node] : frame.chain;
    let next: Frame = { ...frame, chain };
    if (frame.strict && this.opt.core?.has(node)) next.strict = false;
    const h = HEADING.exec(name);
    if (h) next = { ...next, type: 'heading', level: Number(h[1]) };
    else if (name === 'ul' || name === 'ol' || name === 'menu' || name === 'dir') next = { ...next, listDepth: frame.listDepth + 1 };
    else if (name === 'li') next = { ...next, type: 'list-item', level: Math.max(1, frame.listDepth) };
    else if (name === 'blockquote') next = { ...next, type: 'quote', level: undefined };
    else if (name === 'pre') next = { ...next, type: 'code', level: undefined, pre: true };
    else if (name === 'p' && frame.type === 'heading') next = { ...next, type: 'paragraph', level: undefined };
    const saved = this.frame;
    this.frame = next;
    for (const c of node.children) this.walk(c, next);
    this.flush();
    this.frame = saved;
  }

  private table(table: Element, frame: Frame): void {
    const rows: Element[] = [];
    let layout = false;
    const collect = (el: Element): void => {
      for (const c of el.children) {
        if (!(c instanceof Element)) continue;
        if (c.name === 'tr') rows.push(c);
        else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') collect(c);
        else if (c.name === 'caption') continue;
        else layout = true;
      }
    };
    collect(table);
    if (!layout) {
      outer: for (const r of rows) {
        let cells = 0;
        for (const cell of r.children) {
          if (!(cell instanceof Element)) continue;
          cells++;
          const st = this.opt.stats.get(cell);
          if ((st && st.text > 400) || containsBlocks(cell)) {
            layout = true;
            break outer;
          }
        }
        if (cells === 1 && rows.length <= 2) layout = true;
      }
    }
    this.flush();
    const chain = [...frame.chain.slice(-1), table];
    if (layout) {
      const f: Frame = { ...frame, chain };
      for (const c of table.children) this.walk(c, f);
      this.flush();
      return;
    }
    const f: Frame = { ...frame, chain, type: 'table-row', level: undefined };
    const saved = this.frame;
    this.frame = f;
    for (const r of rows) {
      let firstCell = true;
      for (const cell of r.children) {
        if (!(cell instanceof Element) || (cell.name !== 'td' && cell.name !== 'th')) continue;
        if (!firstCell && this.buf) {
          this.append(' | ');
          this.pending = false;
        }
        firstCell = false;
        const before = this.buf.length;
        for (const c of cell.children) this.walkInline(c, f);
        if (this.buf.length === before && this.buf.endsWith(' | ')) {
          this.buf = this.buf.slice(0, -3);
          this.tail = this.buf.slice(-1);
        }
      }
      this.flush();
    }
    this.frame = saved;
  }

  /** Inside a data-table cell: blocks are flattened into the row. */
  private walkInline(node: AnyNode, frame: Frame): void {
    if (node instanceof Element && node.name !== 'a' && node.name !== 'br' && BLOCK_TAGS.has(node.name)) {
      this.pending = this.buf.length > 0;
      for (const c of node.children) this.walkInline(c, frame);
      this.pending = this.buf.length > 0;
      return;
    }
    if (node instanceof Element && node.name === 'br') {
      this.pending = this.buf.length > 0;
      return;
    }
    if (node instanceof Element && node.name === 'a') {
      const href = node.attribs.href;
      const start = this.buf.length;
      for (const c of node.children) this.walkInline(c, frame);
      if (href !== undefined) {
        let s = start;
        if (this.buf[s] === ' ') s++;
        const resolved = this.opt.resolve(href);
        if (resolved && this.buf.length > s) this.links.push({ start: s, end: this.buf.length, href: resolved });
      }
      return;
    }
    if (node instanceof Element) {
      for (const c of node.children) this.walkInline(c, frame);
      return;
    }
    if (node instanceof Text) this.addText(node.data, false);
  }

  private addText(data: string, pre: boolean): void {
    if (pre) {
      if (this.pending && this.buf && !/\s/.test(this.tail)) this.append(' ');
      this.pending = false;
      this.append(data);
      return;
    }
    // words separated by whitespace runs; any whitespace before a word (or at the end) leaves one space pending
    WORD.lastIndex = 0;
    let end = 0;
    for (let m = WORD.exec(data); m; m = WORD.exec(data)) {
      if (m.index > end) this.pending = true;
      end = m.index + m[0].length;
      if (this.pending && this.buf && this.tail !== '\n' && this.tail !== ' ') this.append(' ');
      this.pending = false;
      this.append(m[0]);
    }
    if (end < data.length) this.pending = true;
  }

  private append(s: string): void {
    if (!s) return;
    this.buf += s;
    this.tail = s[s.length - 1]!;
  }

  flush(): void {
    const frame = this.frame;
    let text = this.buf;
    this.pending = false;
    this.buf = '';
    this.tail = '';
    const links = this.links;
    this.links = [];
    if (!frame) return;
    if (frame.type === 'code') {
      text = text.replace(/^\n+/, '').replace(/\s+$/, '');
      const lead = 0;
      if (!text.trim()) return;
      this.push(frame, text, links, lead);
      return;
    }
    // trim (trailing newlines and spaces from <br>), and spaces around newlines
    let lead = 0;
    while (lead < text.length && (text[lead] === ' ' || text[lead] === '\n')) lead++;
    let end = text.length;
    while (end > lead && (text[end - 1] === ' ' || text[end - 1] === '\n')) end--;
    text = text.slice(lead, end);
    if (!text) return;
    if (text.includes('\n')) {
      // remove spaces around hard breaks; keep at most one blank line, offsets shift accordingly
      const map: number[] = [];
      let out = '';
      for (let i = 0; i < text.length; i++) {
        const c = text[i]!;
        map.push(out.length);
        if (c === ' ' && (text[i + 1] === '\n' || out.endsWith('\n'))) continue;
        if (c === '\n' && out.endsWith('\n\n')) continue;
        out += c;
      }
      map.push(out.length);
      for (const l of links) {
        l.start = map[Math.max(0, Math.min(text.length, l.start - lead))]!;
        l.end = map[Math.max(0, Math.min(text.length, l.end - lead))]!;
      }
      this.push(frame, out, links, 0);
      return;
    }
    this.push(frame, text, links, lead);
  }

  private push(frame: Frame, text: string, links: InlineLink[], lead: number): void {
    if (frame.strict && !isProse(text, links)) {
      this.opt.removed.push({ kind: 'outside-article', rule: 'html/outside-main', text: text.replace(/\s+/g, ' ') });
      return;
    }
    const out: InlineLink[] = [];
    for (const l of links) {
      const start = Math.max(0, l.start - lead);
      let end = Math.min(text.length, l.end - lead);
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start) out.push({ start, end, href: l.href });
    }
    const level = frame.type === 'heading' || frame.type === 'list-item' ? frame.level : undefined;
    const context = frame.chain.length ? frame.chain.map(describe).join(' > ') : undefined;
    this.blocks.push(newBlock(this.blocks.length, frame.type, text, out, level, undefined, context));
  }
}

/** A table with a row of column headers: data, whose cells may all be links (a download matrix, a list of sources). */
function hasHeaderRow(table: Element): boolean {
  if (table.name !== 'table') return false;
  const rows: Element[] = [];
  for (const c of table.children) {
    if (!(c instanceof Element)) continue;
    if (c.name === 'tr') rows.push(c);
    else if (c.name === 'thead' || c.name === 'tbody') for (const r of c.children) if (r instanceof Element && r.name === 'tr') rows.push(r);
    if (rows.length) break;
  }
  const first = rows[0];
  if (!first) return false;
  let headers = 0;
  for (const cell of first.children) if (cell instanceof Element && cell.name === 'th') headers++;
  return headers >= 2;
}

function containsBlocks(cell: Element): boolean {
  const stack: Element[] = [cell];
  while (stack.length) {
    const e = stack.pop()!;
    for (const c of e.children) {
      if (!(c instanceof Element)) continue;
      if (c.name === 'table' || c.name === 'p' || c.name === 'ul' || c.name === 'ol' || /^h[1-6]$/.test(c.name) || c.name === 'blockquote') return true;
      if (c.name === 'div' && hasBlockChild(c)) return true;
      stack.push(c);
    }
  }
  return false;
}

/** Shortest prose kept outside the core: one full sentence (a verdict, a standfirst), not a label. */
const PROSE_MIN = 80;

/** A paragraph of prose: long enough, few links. */
function isProse(text: string, links: InlineLink[]): boolean {
  if (text.length < PROSE_MIN) return false;
  let linked = 0;
  for (const l of links) linked += l.end - l.start;
  return linked < text.length * 0.2;
}
