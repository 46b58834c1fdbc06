/**
 * Markdown and text dumps of a set that ships only HTML (moz-dev), made the way the bench
 * README says traf-dev's were: the `<body>` without scripts, styles and non-text embeds;
 * `.md` by turndown 7.2.5 (ATX headings, `-` bullets, fenced code, `[text](#)` links for half
 * of the pages, absolute links for the other half, a `# <title>` line when the body has no
 * `<h1>`, an `Original url:` trailer), `.txt` by html-to-text 9.0.5 (one block a line, no
 * markup, no URLs, no blank lines). They are a held-out check of the dump extraction: pages
 * no rule or heuristic was tuned on, dumped the same way. The recipe is followed as the README
 * gives it, so small differences from the traf-dev dumps (tweet embeds) remain.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { convert } from 'html-to-text';
import TurndownService from 'turndown';
import { decodeBytes } from '../per-document/decode/decode-bytes.js';
import { writeFileAtomic } from '../output/atomic-write.js';

/** Elements the dumps drop: scripts, styles and embeds without text. */
const DROPPED = ['script', 'style', 'noscript', 'svg', 'template', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'map'] as const;
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

function bodyOf(html: string): string {
  return /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
}

/** Half of the pages get `#` for every href, chosen by the id as the README says. */
function stubLinks(id: string): boolean {
  return createHash('sha1').update(`links:${id}`).digest('hex')[0]! < '8';
}

export function markdownDump(html: string, id: string, url: string | undefined): string {
  const body = bodyOf(html);
  const stubs = stubLinks(id);
  const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced' });
  turndown.remove((node) => (DROPPED as readonly string[]).includes(node.nodeName.toLowerCase()));
  turndown.addRule('images', { filter: 'img', replacement: () => '' });
  turndown.addRule('links', {
    filter: 'a',
    replacement: (content, node) => {
      if (!content.trim()) return '';
      if (stubs) return `[${content}](#)`;
      let href = (node as HTMLElement).getAttribute('href') ?? '';
      try {
        href = new URL(href, url).href;
      } catch {
        // a relative href without a page URL stays as written
      }
      return content.trim() === href ? `<${href}>` : `[${content}](${href})`;
    },
  });
  let md = turndown.turndown(body);
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.trim();
  if (title && !/<h1[^>]*>[^<]*\S[\s\S]*?<\/h1>/i.test(body)) md = `# ${title}\n\n${md}`;
  md = md.replace(/^[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n');
  return url ? `${md}\n\nOriginal url:\n\n<${url}>\n` : `${md}\n`;
}

export function textDump(html: string): string {
  const text = convert(bodyOf(html), {
    wordwrap: false,
    selectors: [
      ...DROPPED.map((selector) => ({ selector, format: 'skip' })),
      { selector: 'img', format: 'skip' },
      { selector: 'a', options: { ignoreHref: true } },
      ...HEADINGS.map((selector) => ({ selector, options: { uppercase: false } })),
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  });
  // One block a line: no list bullets, whitespace collapsed, no blank lines.
  const lines = text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim().replace(/^\* ?/, '').trim());
  return `${lines.filter(Boolean).join('\n')}\n`;
}

/**
 * Writes `<id>.md` and `<id>.txt` for every page of `htmlDir` into `outDir` (the same bytes
 * every time) and returns `outDir`.
 */
export function makeDumps(htmlDir: string, truth: Record<string, { url?: string }>, outDir: string): string {
  fs.mkdirSync(outDir, { recursive: true });
  for (const name of fs.readdirSync(htmlDir).filter((n) => n.endsWith('.html'))) {
    const id = name.slice(0, -'.html'.length);
    const html = decodeBytes(new Uint8Array(fs.readFileSync(path.join(htmlDir, name)))).text;
    // Atomic: a bench and a test run may make the same dumps at once.
    writeFileAtomic(path.join(outDir, `${id}.md`), markdownDump(html, id, truth[id]?.url), { durable: false });
    writeFileAtomic(path.join(outDir, `${id}.txt`), textDump(html), { durable: false });
  }
  return outDir;
}
