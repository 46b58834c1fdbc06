/**
 * Markdown dumps into blocks, with a real CommonMark parser (markdown-it): headings,
 * paragraphs, list items, quotes, code and table rows, with link targets kept as offsets
 * so the link-stub tagger can see `[text](#)` without reading Markdown itself.
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { newBlock, type Block, type BlockType, type InlineLink } from '../../core/document.js';

const markdown = new MarkdownIt('commonmark', { html: false }).enable('table');
// Link targets are kept as written: they are only tested for placeholders (`#`, `javascript:`),
// and percent-encoding and punycoding every target took a third of the parse.
markdown.normalizeLink = (url) => url;
// markdown-it's own first step, without its cost where there is nothing to do: its expression
// matched every line's '\n' to put back a '\n'. Same text: CR LF and lone CR become LF, NUL U+FFFD.
markdown.core.ruler.at('normalize', (state) => {
  if (state.src.includes('\r')) state.src = state.src.replace(/\r\n?/g, '\n');
  if (state.src.includes('\0')) state.src = state.src.replace(/\0/g, '\uFFFD');
});

interface InlineText {
  text: string;
  links: InlineLink[];
}

/** Renders an inline token list to plain text, recording where each link's text sits. */
function renderInline(children: Token[]): InlineText {
  let text = '';
  const links: InlineLink[] = [];
  const open: { start: number; href: string }[] = [];
  for (const token of children) {
    switch (token.type) {
      case 'text':
      case 'code_inline':
        text += token.content;
        break;
      case 'softbreak':
        text += ' ';
        break;
      case 'hardbreak':
        text += '\n';
        break;
      case 'link_open':
        open.push({ start: text.length, href: token.attrGet('href') ?? '' });
        break;
      case 'link_close': {
        const link = open.pop();
        if (link) links.push({ start: link.start, end: text.length, href: link.href });
        break;
      }
      case 'image':
        break; // images carry no article text
      default:
        break; // emphasis and inline HTML: markup only
    }
  }
  return trimInline({ text, links });
}

function trimInline({ text, links }: InlineText): InlineText {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  return {
    text: trimmed,
    links: links
      .map((l) => ({ ...l, start: Math.max(0, l.start - lead), end: Math.min(trimmed.length, l.end - lead) }))
      .filter((l) => l.end > l.start),
  };
}

/** A link around whole blocks, as turndown writes a linked teaser card: `[`, the blocks, `](href)`. */
interface BlockLink {
  /** The lines of the link, its bracket lines included. */
  from: number;
  to: number;
  href: string;
}

/** A line that opens a link it does not close: `[` alone (maybe after a close), or `[Text` with no `]`. */
const OPENS_BLOCK_LINK = /^\s*(?:\]\([^\n]*\))?\[([^\]]*)$/;
/** A line that closes a link it did not open: `](href)` or `Text](href "title")`, maybe opening the next with `[`. */
const CLOSES_BLOCK_LINK = /^([^[\]]*)\]\(([^\s)]*)(?:\s+"[^"]*")?\)(\[?)\s*$/;
/** A teaser card is a few blocks: an opening bracket with no close this near is text. */
const MAX_BLOCK_LINK_LINES = 40;

/**
 * Links that span lines or blocks, lifted out of the content (`lines` is rewritten without
 * their brackets). CommonMark cannot parse a link across paragraphs, so each bracket became a
 * block of its own and the teaser's text read as unlinked prose; instead every block of the
 * link is linked to its target as a whole.
 */
function liftBlockLinks(lines: string[]): BlockLink[] {
  const found: BlockLink[] = [];
  let open: { line: number; text: string } | undefined;
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    // Most lines hold neither bracket: a search for the literal each expression needs is cheaper than the expression.
    const close = line.includes('](') ? CLOSES_BLOCK_LINK.exec(line) : null;
    if (close && open && i > open.line && i - open.line <= MAX_BLOCK_LINK_LINES) {
      found.push({ from: open.line, to: i, href: close[2]! });
      lines[open.line] = open.text;
      lines[i] = close[1]!;
      open = close[3] ? { line: i, text: '' } : undefined;
      continue;
    }
    const opening = line.includes('[') ? OPENS_BLOCK_LINK.exec(line) : null;
    if (opening) open = { line: i, text: opening[1]! };
    else if (close) open = undefined; // a close with nothing open to close: the next link starts afresh
  }
  return found;
}

export function parseMarkdown(content: string): Block[] {
  const lines = content.split('\n');
  const blockLinks = liftBlockLinks(lines);
  const tokens = markdown.parse(blockLinks.length ? lines.join('\n') : content, {});
  const blocks: Block[] = [];
  let listDepth = 0;
  let quoteDepth = 0;
  let heading: number | undefined;
  let row: { cells: string[]; links: InlineLink[]; map?: [number, number] } | undefined;

  const sourceOf = (map: [number, number] | null | undefined) => (map ? lines.slice(map[0], map[1]).join('\n') : undefined);
  const linkAround = (map: [number, number] | null | undefined) => (map ? blockLinks.find((l) => map[0] >= l.from && map[1] - 1 <= l.to) : undefined);
  const push = (type: BlockType, inline: InlineText, map: [number, number] | null | undefined, level?: number) => {
    if (!inline.text) return;
    const around = linkAround(map);
    const links = around ? [{ start: 0, end: inline.text.length, href: around.href }] : inline.links;
    blocks.push(newBlock(blocks.length, type, inline.text, links, level, sourceOf(map)));
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        listDepth++;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth--;
        break;
      case 'blockquote_open':
        quoteDepth++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        break;
      case 'heading_open':
        heading = Number(token.tag.slice(1));
        break;
      case 'heading_close':
        heading = undefined;
        break;
      case 'tr_open':
        row = { cells: [], links: [], map: token.map ?? undefined };
        break;
      case 'tr_close':
        if (row) push('table-row', { text: row.cells.filter(Boolean).join(' | '), links: row.links }, row.map);
        row = undefined;
        break;
      case 'inline': {
        const inline = renderInline(token.children ?? []);
        if (row) {
          const offset = row.cells.filter(Boolean).join(' | ').length + (row.cells.some(Boolean) && inline.text ? 3 : 0);
          row.links.push(...inline.links.map((l) => ({ ...l, start: l.start + offset, end: l.end + offset })));
          row.cells.push(inline.text);
        } else if (heading !== undefined) push('heading', inline, token.map, heading);
        else if (listDepth > 0) push('list-item', inline, token.map, listDepth);
        else if (quoteDepth > 0) push('quote', inline, token.map);
        else push('paragraph', inline, token.map);
        break;
      }
      case 'fence':
      case 'code_block':
        push('code', { text: token.content.replace(/\n$/, ''), links: [] }, token.map);
        break;
      default:
        break;
    }
  }
  return blocks;
}
